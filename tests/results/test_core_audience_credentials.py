"""Registrations and qualifications of the core audience, known since the twenty-second round.

Each is read in docs/taxonomy-notes.md, "Registrations of the core audience (twenty-second
round)", with the regulator's or awarding body's published words it rests on. The texts
are those the persona sets' people wrote.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.credentials import certifies, holds
from careermap.results.readiness import assess, implied_skills

#: (credential id, the texts people wrote, what it certifies).
CASES = [
    (
        "social-care-worker-registration",
        [
            "SSSC registration (supervisor in a housing support service)",
            "SSSC registered (practitioner in a care service)",
            "SVQ Level 3 Social Services and Healthcare",
            "Level 3 Diploma in Health and Social Care",
            "NVQ Level 3 Health and Social Care",
        ],
        {"confidentiality", "professional-boundaries", "safeguarding", "rapport-building"},
    ),
    (
        "pwp-registration",
        [
            "BPS Register of Psychological Wellbeing Practitioners (accredited)",
            "PG Cert in Low Intensity Cognitive Behavioural Interventions",
            "PG Cert Low Intensity Psychological Interventions",
            "BPS Wider Psychological Workforce register (PWP)",
            "PG Cert Psychological Wellbeing Practice (England)",
        ],
        {
            "psychoeducation",
            "cognitive-behavioural-therapy",
            "evidence-based-interventions",
            "risk-assessment",
            "outcome-measurement",
            "active-listening",
        },
    ),
    (
        "credentialed-mental-health-nurse",
        ["Credentialed Mental Health Nurse (ACMHN)"],
        {"mental-health-nursing", "therapeutic-relationship", "recovery-oriented-practice"},
    ),
    (
        "agency-affiliated-counselor",
        ["Agency Affiliated Counselor registration (Washington State Department of Health)"],
        {"confidentiality", "professional-boundaries", "ethical-practice"},
    ),
    (
        "child-and-youth-care-diploma",
        ["Child and Youth Care advanced diploma, Mohawk College"],
        {"therapeutic-relationship", "needs-assessment", "strengths-based-practice"},
    ),
    (
        "qpr-gatekeeper-instructor",
        [
            "QPR Gatekeeper Instructor certification",
            "QPR Gatekeeper Instructor",
            "QPR gatekeeper instructor",
            "QPR instructor",
        ],
        {"suicide-prevention", "training-delivery", "mental-health-awareness-training"},
    ),
    (
        "asist-trainer",
        ["LivingWorks ASIST trainer", "LivingWorks ASIST Trainer"],
        {"suicide-prevention", "training-delivery", "safety-planning"},
    ),
]

HELD = [(cid, text, skills) for cid, texts, skills in CASES for text in texts]


@pytest.mark.parametrize(("credential_id", "text", "skills"), HELD)
def test_the_text_people_write_holds_the_credential(taxonomy, credential_id, text, skills):
    credential = taxonomy.credential_index[credential_id]
    assert holds([text], credential)
    assert certifies([text], credential)


@pytest.mark.parametrize(("credential_id", "text", "skills"), HELD)
def test_the_credential_certifies_its_implies(taxonomy, credential_id, text, skills):
    assert skills <= implied_skills(Background(credentials=[text]), taxonomy)


@pytest.mark.parametrize(
    ("credential_id", "text"),
    [
        # A participant's course is not its instructor's or trainer's certification.
        ("qpr-gatekeeper-instructor", "QPR gatekeeper"),
        ("asist-trainer", "ASIST"),
        ("asist-trainer", "ASIST trained"),
        ("asist-trainer", "safeTALK trainer"),
        # A registered social worker is read by the social work registration.
        ("social-care-worker-registration", "SSSC registered social worker"),
        # An NMC mental health nurse is no Australian credentialed one by these words.
        ("credentialed-mental-health-nurse", "Registered Mental Health Nurse"),
        # A PWP is no BABCP accredited CBT therapist, nor the other way round.
        ("babcp-accredited-cbt-therapist", "BABCP PWP registration"),
        ("pwp-registration", "BABCP accredited CBT therapist"),
    ],
)
def test_neighbouring_texts_are_not_the_credential(taxonomy, credential_id, text):
    assert not holds([text], taxonomy.credential_index[credential_id])


AAC = "Agency Affiliated Counselor registration (Washington State Department of Health)"


@pytest.mark.parametrize(
    "licence", ["lpc", "lcsw", "independent-clinical-licence", "clinical-licence-rn-lpc-lcsw"]
)
def test_the_agency_affiliated_counselor_holds_no_lpc(taxonomy, licence):
    # RCW 18.19: a registration to counsel inside an agency, with no degree, examination
    # or supervised hours; never a counselling licence.
    assert not holds([AAC], taxonomy.credential_index[licence])
    assert not certifies([AAC], taxonomy.credential_index[licence])


def test_the_agency_affiliated_counselor_is_not_asked_to_check_it_in_place_of_an_lpc():
    background = Background(education="bachelor", years_experience=4, credentials=[AAC])
    found = assess(lookup_role("therapist").entry, background, taxonomy=careermap.load_taxonomy())
    assert found.verdict == "needs"
    assert "Agency Affiliated Counselor" not in found.summary, found.summary
