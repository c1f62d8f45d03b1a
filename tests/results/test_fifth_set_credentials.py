"""Credentials the fifth persona set holds: what each opens and what it certifies.

Each case is read in docs/taxonomy-notes.md, "Credentials from the fifth set", with the
professional body's published page it rests on.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.readiness import assess, implied_skills

#: The register's name, as the verdict names it (SAC alone names no credential: the
#: association has members of several kinds besides its registered counsellors).
SAC = "Singapore Association for Counselling Registered Counsellor"


def readiness(role_id, credentials, *, education="master"):
    background = Background(education=education, years_experience=6, credentials=credentials)
    return assess(lookup_role(role_id).entry, background)


@pytest.mark.parametrize(
    ("credentials", "role_id"),
    [
        # Ireland: CORU's Social Workers Registration Board register, read as New Zealand's.
        (["CORU registered social worker"], "hospital-social-worker"),
        (["CORU registered social worker"], "clinical-social-worker"),
        (["CORU registered social worker"], "school-social-worker"),
        # Singapore: the Singapore Association for Counselling's Register of Counsellors.
        (["SAC Registered Counsellor"], "therapist"),
        (["Singapore Association for Counselling Registered Counsellor"], "eap-counsellor"),
        (["SAC Registered Counsellor"], "mental-health-counsellor"),
        # South Africa: the HPCSA's registered counsellor, whose scope is short-term
        # counselling, for an EAP post; with the four-year BPsych, not a master's.
        (["Registered Counsellor (HPCSA)"], "eap-counsellor"),
    ],
)
def test_a_registration_abroad_opens_the_post_it_opens_at_home(credentials, role_id):
    education = "bachelor" if "HPCSA" in credentials[0] else "master"
    assert readiness(role_id, credentials, education=education).verdict == "ready"


@pytest.mark.parametrize(
    ("credentials", "role_id"),
    [
        # A registered counsellor's scope excludes psychotherapy and diagnosis (HPCSA).
        (["Registered Counsellor (HPCSA)"], "therapist"),
        (["Registered Counsellor (HPCSA)"], "mental-health-counsellor"),
        # HPCSA registers psychologists and a dozen other professions: its name alone is
        # not the counsellor's registration.
        (["HPCSA registered psychologist"], "eap-counsellor"),
        # No source read says Singapore's school counselling posts take SAC registration.
        (["SAC Registered Counsellor"], "school-counsellor"),
    ],
)
def test_a_registration_does_not_open_a_post_outside_its_scope(credentials, role_id):
    assert readiness(role_id, credentials).verdict == "needs"


def test_a_counsellor_working_toward_sac_registration_practises_under_supervision():
    # The fifth set's new counsellor in Singapore: a master's, supervised practice, and SAC
    # registration still to earn; the verdict names the register she is completing.
    found = readiness("therapist", ["SAC associate member (working toward Registered Counsellor)"])
    assert found.verdict == "certify"
    assert found.needs == (SAC,)
    provisional = readiness("mental-health-counsellor", ["SAC Provisional Clinical Member"])
    assert (provisional.verdict, provisional.needs) == ("certify", (SAC,))
    # An EAP post asks for an independent licence: SAC registration is taken in its place,
    # and a provisional member is not offered it.
    assert readiness("eap-counsellor", ["SAC Provisional Clinical Member"]).verdict == "needs"


@pytest.mark.parametrize(
    ("credentials", "skills"),
    [
        # CORU's social work register certifies what the generalist social work licence does.
        (["CORU registered social worker"], {"social-work-practice", "safeguarding"}),
        # SAC registration: 600 supervised counselling hours under SAC's code of ethics.
        (["SAC Registered Counsellor"], {"counselling", "clinical-assessment", "empathy"}),
        # Its provisional clinical membership certifies the same (an associate).
        (["SAC Provisional Clinical Member"], {"counselling", "therapeutic-relationship"}),
        # The HPCSA's scope: counselling, psychoeducation, screening and referral.
        (
            ["Registered Counsellor (HPCSA)"],
            {"counselling", "psychoeducation", "psychometric-testing", "resource-referral"},
        ),
    ],
)
def test_a_credential_certifies_what_its_body_names(credentials, skills, taxonomy):
    assert skills <= set(implied_skills(Background(credentials=credentials), taxonomy))


def test_the_hpcsa_registered_counsellor_is_not_certified_in_psychotherapy(taxonomy):
    implied = set(implied_skills(Background(credentials=["HPCSA registered counsellor"]), taxonomy))
    assert not implied & {"therapy-and-counseling", "clinical-assessment", "treatment-planning"}


def test_an_indian_counsellor_is_told_that_india_licenses_no_counsellors():
    # No country of practice is known, so the post's licence is still named; its note says
    # that counselling is not licensed in India and what counsellors there hold instead.
    found = readiness("mental-health-counsellor", ["MSc Counselling Psychology"])
    assert found.verdict == "needs"
    assert any("India: counselling is not licensed by law" in note for note in found.notes)
