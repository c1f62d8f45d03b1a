"""Credentials the sixth persona set holds: what each opens.

Each case is read in docs/taxonomy-notes.md, "Credentials from the sixth set", with the
professional body's published page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import assess, implied_skills


def readiness(role_id, credentials, *, education="master", country=None):
    background = Background(
        education=education, years_experience=10, credentials=credentials, country=country
    )
    return assess(lookup_role(role_id).entry, background)


@pytest.mark.parametrize(
    "role_id", ["therapist", "mental-health-counsellor", "eap-counsellor", "clinical-supervisor"]
)
@pytest.mark.parametrize(
    "held",
    [
        # BACP's senior accreditation is held only by a registered accredited member.
        "BACP Senior Accredited Counsellor/Psychotherapist",
        "BACP senior accredited supervisor",
    ],
)
def test_bacp_senior_accreditation_opens_the_uk_counselling_posts(held, role_id):
    assert readiness(role_id, [held], country="GB").verdict == "ready"


def test_the_aboriginal_mhfa_instructor_licence_opens_the_mhfa_instructor_post():
    held = ["Aboriginal and Torres Strait Islander MHFA Instructor"]
    role_id = "mental-health-first-aid-instructor"
    assert readiness(role_id, held, education="certificate", country="AU").verdict == "ready"


@pytest.mark.parametrize(
    "role_id",
    [
        "clinical-social-worker",
        "hospital-social-worker",
        "school-social-worker",
        "child-protection-social-worker",
    ],
)
def test_an_ontario_rsw_is_a_registered_social_worker(role_id):
    # The Ontario College of Social Workers and Social Service Workers registers social
    # workers, who write it "RSW" (ocswssw.org): read as "Registered social worker".
    assert readiness(role_id, ["MSW", "RSW (OCSWSSW)"], country="CA").verdict == "ready"


def test_a_social_service_worker_is_no_registered_social_worker():
    # The same college registers social service workers (RSSW): a different register.
    held = ["RSSW (OCSWSSW)"]
    assert readiness("clinical-social-worker", held, country="CA").verdict != "ready"


@pytest.mark.parametrize(
    "role_id",
    ["clinical-social-worker", "hospital-social-worker", "child-protection-social-worker"],
)
@pytest.mark.parametrize(
    "held",
    [
        # A social worker in the UK is registered with one of four regulators (gov.scot):
        # each is read as Social Work England's registration is.
        "SSSC registered social worker",
        "Social Care Wales registered social worker",
        "NISCC registered social worker",
    ],
)
def test_a_uk_social_work_register_is_social_work_registration(held, role_id):
    assert readiness(role_id, ["MSW", held], country="GB").verdict == "ready"


@pytest.mark.parametrize("held", ["SSSC registered social care worker", "SSSC registered"])
def test_the_sssc_social_care_register_is_no_social_work_registration(held):
    # The SSSC also registers social care and early years workers (sssc.uk.com).
    found = readiness("child-protection-social-worker", [held], country="GB")
    assert found.verdict != "ready"


def test_the_mho_award_certifies_mental_health_law():
    # SSSC: the award gives a social worker the legal knowledge of the statutory MHO role
    # (compulsory care, treatment and detention; rights; duties to the court).
    held = Background(credentials=["Mental Health Officer Award (PG Cert)"])
    implied = set(implied_skills(held, careermap.load_taxonomy()))
    assert {"mental-health-legislation", "law-and-government", "safeguarding"} <= implied


def test_the_mho_award_opens_no_social_work_post_alone():
    # It rests on SSSC registration, which the person writes separately.
    held = ["Mental Health Officer Award (PG Cert)"]
    found = readiness("hospital-social-worker", held, education="bachelor", country="GB")
    assert found.verdict != "ready"
