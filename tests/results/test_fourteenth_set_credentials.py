"""Credentials of the fourteenth persona set: what each is read as, and what it certifies.

Twenty-third round, a counsellor's read of the fourteenth set (review 23, findings 4 and
13): an MHFA instructor, an RBT and an EAP counsellor with the SHRM-CP held credentials
that certified nothing, and a state hospital's PMAB instructor, an EAP counsellor's CISM
training, a Dutch health care psychologist's BIG registration and her EMDR Europe
accreditation were read as nothing. Each case rests on the body's or regulator's page
named in docs/taxonomy-notes.md, "Credentials from the fourteenth set".
"""

from __future__ import annotations

import pytest

from careermap import Background
from careermap.results.credentials import certifies, holds, lapsed_holding
from careermap.results.readiness import implied_skills


def implied(taxonomy, *credentials):
    return implied_skills(Background(credentials=list(credentials)), taxonomy)


@pytest.mark.parametrize(
    ("held", "skills"),
    [
        # The instructor programmes teach the course and how to deliver it.
        (
            "Mental Health First Aid USA Instructor (Adult and Youth)",
            {
                "mental-health-first-aid",
                "mental-health-awareness-training",
                "training-delivery",
                "group-facilitation",
            },
        ),
        # The RBT Task List: measurement, skill acquisition, behaviour reduction,
        # documentation, professional conduct.
        (
            "Registered Behavior Technician (RBT), BACB",
            {
                "applied-behaviour-analysis",
                "behaviour-support",
                "clinical-documentation",
                "confidentiality",
                "professional-boundaries",
                "ethical-practice",
            },
        ),
        # SHRM BASK; CIPD Level 5's HR units.
        (
            "SHRM-CP",
            {
                "personnel-and-human-resources",
                "employment-law",
                "employee-relations",
                "compensation-and-benefits",
            },
        ),
        ("CIPD Level 5", {"personnel-and-human-resources", "employee-relations"}),
        # The registration certifies the practice itself.
        ("HCPC registered Arts Therapist (Music Therapist)", {"creative-arts-therapies"}),
        ("LCAT", {"creative-arts-therapies"}),
        ("MT-BC", {"creative-arts-therapies"}),
    ],
)
def test_these_credentials_certify_what_their_bodies_examine(taxonomy, held, skills):
    assert skills <= implied(taxonomy, held)


def test_the_rbt_certifies_no_rapport_or_empathy(taxonomy):
    # The Task List names neither.
    found = implied(taxonomy, "Registered Behavior Technician (RBT), BACB")
    assert not found & {"rapport-building", "empathy", "social-perceptiveness"}


@pytest.mark.parametrize(
    "held",
    [
        "PMAB Instructor (Prevention and Management of Assaultive Behavior), "
        "Department of State Hospitals",
        "CPI Certified Instructor",
        "Nonviolent Crisis Intervention instructor",
        "Safety-Care instructor",
    ],
)
def test_a_crisis_prevention_instructor_is_read(taxonomy, held):
    instructor = taxonomy.credential_index["crisis-prevention-instructor"]
    assert holds([held], instructor)
    found = implied(taxonomy, held)
    assert {"training-delivery", "conflict-de-escalation", "physical-intervention"} <= found


@pytest.mark.parametrize(
    "held",
    ["CPI certified", "PMAB trained", "Safety-Care trained", "CPI Nonviolent Crisis Intervention"],
)
def test_a_participant_of_the_course_is_no_instructor(taxonomy, held):
    assert not holds([held], taxonomy.credential_index["crisis-prevention-instructor"])


def test_cism_group_crisis_intervention_certifies_debriefing(taxonomy):
    held = "ICISF Group Crisis Intervention (CISM)"
    assert holds([held], taxonomy.credential_index["icisf-group-crisis-intervention"])
    assert "critical-incident-debriefing" in implied(taxonomy, held)


@pytest.mark.parametrize(
    "held",
    ["GZ-psycholoog, BIG-registratie", "GZ-psycholoog, BIG register (Netherlands)"],
)
def test_a_dutch_health_care_psychologist_is_read(taxonomy, held):
    gz = taxonomy.credential_index["gz-psycholoog"]
    assert holds([held], gz)
    assert {"psychology", "clinical-assessment", "diagnosis", "psychometric-testing"} <= implied(
        taxonomy, held
    )


@pytest.mark.parametrize("held", ["Verpleegkundige (BIG)", "Arts, BIG-registratie"])
def test_the_big_register_alone_names_no_psychologist(taxonomy, held):
    # The BIG register holds doctors and nurses too.
    assert not holds([held], taxonomy.credential_index["gz-psycholoog"])


@pytest.mark.parametrize(
    ("held", "read"),
    [
        ("EMDR Europe practitioner (VEN)", True),
        ("EMDR practitioner (EMDR Europe)", True),
        ("EMDR basic training", False),
        ("EMDR basic training (EMDRIA approved)", False),
    ],
)
def test_an_emdr_practitioner_is_read_and_a_course_is_not(taxonomy, held, read):
    emdr = taxonomy.credential_index["emdr-europe-practitioner"]
    assert holds([held], emdr) is read
    assert ("trauma-focused-therapy" in implied(taxonomy, held)) is read


def test_ohio_prevention_specialist_is_the_cps(taxonomy):
    cps = taxonomy.credential_index["certified-prevention-specialist"]
    held = "Ohio Certified Prevention Specialist (OCPS), lapsed"
    assert holds(["Ohio Certified Prevention Specialist (OCPS)"], cps)
    assert holds(["OCPS"], cps)
    assert not holds([held], cps)
    assert certifies([held], cps)
    assert lapsed_holding([held], cps) == held
