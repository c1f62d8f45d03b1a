"""Credentials the persona sets' people hold that careermap did not read (fourteenth round).

Each case is read in docs/taxonomy-notes.md, "Credentials the persona sets hold", with the
professional body's published page it rests on; benchmarks/credential_reading.py lists how
every credential text of the five sets is read.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import holds
from careermap.results.readiness import assess, implied_skills


def implied(credentials, taxonomy):
    return set(implied_skills(Background(credentials=credentials), taxonomy))


def readiness(role_id, credentials, *, education="master"):
    background = Background(education=education, years_experience=6, credentials=credentials)
    return assess(lookup_role(role_id).entry, background)


@pytest.mark.parametrize(
    ("credentials", "skills"),
    [
        # CBMT: 1,200 hours of supervised clinical training, AMTA's code; O*NET 29-1129.02.
        (
            ["MT-BC (CBMT)"],
            {"therapeutic-relationship", "ethical-practice", "social-perceptiveness"},
        ),
        # PRA's seven CPRP practice domains and the principle its holders share.
        (
            ["CPRP (Psychiatric Rehabilitation Association)"],
            {"recovery-oriented-practice", "resource-referral", "needs-assessment", "coordination"},
        ),
        # NBCC: a counselling master's in nine content areas, the NCE and supervised practice.
        (["NCC"], {"counselling", "group-facilitation", "career-guidance", "empathy"}),
        # A lapsed certification was earned: what it certified was learnt.
        (["NCC (lapsed)"], {"counselling", "therapeutic-relationship"}),
        # Texas's licence for the CADC's practice.
        (["LCDC (Texas)"], {"counselling", "treatment-planning", "clinical-assessment"}),
        # APT: 150 hours of play therapy instruction and 350 supervised play therapy hours.
        (["Registered Play Therapist"], {"play-therapy", "child-development", "empathy"}),
    ],
)
def test_a_credential_certifies_what_its_body_names(credentials, skills, taxonomy):
    assert skills <= implied(credentials, taxonomy)


def test_texas_chemical_dependency_licence_holds_the_substance_use_counsellors_credential():
    # The post prefers the CADC "or licence"; Texas's licence is the same credential.
    (cadc,) = lookup_role("substance-use-counsellor").entry.written
    assert holds(["LCDC (Texas)"], cadc)
    assert holds(["Licensed Chemical Dependency Counselor"], cadc)


@pytest.mark.parametrize(
    ("credentials", "role_id"),
    [
        # National certifications, not licences to practise: the post asks for the licence.
        (["NCC"], "mental-health-counsellor"),
        (["MT-BC (CBMT)"], "therapist"),
        (["Registered Play Therapist"], "therapist"),
        (["CPRP (Psychiatric Rehabilitation Association)"], "mental-health-counsellor"),
    ],
)
def test_a_national_certification_opens_no_licensed_post(credentials, role_id):
    assert readiness(role_id, credentials).verdict == "needs"


def test_a_uk_play_therapist_is_not_read_as_apts_registered_play_therapist(taxonomy):
    # PTUK's register and APT's credential are two bodies' (and play-therapy is not
    # implied by PTUK's, whose implications were read in the twelfth round).
    assert "play-therapy" not in implied(["PTUK certified play therapist"], taxonomy)


@pytest.mark.parametrize("role_id", ["clinical-psychologist", "therapist", "school-psychologist"])
def test_hcpc_registration_alone_names_no_profession(role_id, taxonomy):
    # The HCPC registers fifteen professions: "HCPC registered" says which regulator, not
    # which of them; it certifies nothing and opens no post until the person names one.
    assert implied(["HCPC registered (UK)"], taxonomy) == set()
    found = readiness(role_id, ["HCPC registered (UK)"], education="doctorate")
    assert found.verdict == "needs"
