"""Credentials the sixth persona set holds: what each opens.

Each case is read in docs/taxonomy-notes.md, "Credentials from the sixth set", with the
professional body's published page it rests on.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.readiness import assess


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
