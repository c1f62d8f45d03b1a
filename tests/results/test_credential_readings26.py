"""Credentials from the seventeenth set (twenty-sixth round, review 26 P2, P4 and P9).

A counsellor's review of the seventeenth persona set found 8 of 56 credential texts read:
a Townsville psychologist's "General registration, Psychology Board of Australia (Ahpra)",
a Wichita counselor's Kansas LAC, a Plymouth nursing associate's NMC registration and a
Tromsø vernepleier's authorisation were read as nothing; "Social Care Wales registration
(social worker)" was read as the care workers' register; a grade range and a teaching
subject kept two certificates unread; and an unread licence naming the person's own state
was asked about as if it were foreign ("accepted in the United States").
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import ambiguous_abbreviations, certifies, name_key
from careermap.results.readiness import role_readiness


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


def read_as(default, held):
    ambiguous = ambiguous_abbreviations(default.credentials)
    return {c.id for c in default.credentials if certifies([held], c, ambiguous=ambiguous)}


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        # The Board's own word for a psychologist's full registration, with its name.
        (
            "General registration, Psychology Board of Australia (Ahpra)",
            "psyba-registered-psychologist",
        ),
        ("General registration (Psychology Board of Australia)", "psyba-registered-psychologist"),
        # Kansas's, Montana's, North Dakota's and Colorado's addiction counselor licences.
        ("Licensed Addiction Counselor (LAC), Kansas Behavioral Sciences Regulatory Board", "cadc"),
        ("LAC (Colorado)", "cadc"),
        ("Licensed Clinical Addiction Counselor (LCAC), Kansas", "cadc"),
        # A grade range outside brackets is what the certificate covers.
        ("South Dakota K-12 School Counselor certification", "school-counsellor-certification"),
        ("Teaching Council registration", "teaching-licence"),
        # A profession in brackets says which of a body's registers it is.
        ("Social Care Wales registration (social worker)", "social-work-licence"),
        ("SSSC registration (support worker)", "social-care-worker-registration"),
        # New credentials, for what they certify.
        (
            "Registered Nursing Associate, Nursing and Midwifery Council",
            "nursing-associate-registration",
        ),
        ("Autorisasjon som vernepleier (Helsedirektoratet)", "vernepleier-authorisation"),
        ("Mental Health Rehabilitation Technician/Community (MHRT/C), Maine", "mhrt-c"),
    ],
)
def test_the_seventeenth_sets_credentials_are_read(default, held, credential_id):
    assert credential_id in read_as(default, held)


@pytest.mark.parametrize(
    ("held", "not_read_as"),
    [
        # "General registration" is every Ahpra board's word: only the Psychology Board's
        # is a psychologist's.
        (
            "General registration (Nursing and Midwifery Board of Australia)",
            "psyba-registered-psychologist",
        ),
        ("General registration", "psyba-registered-psychologist"),
        # A support worker registered with the SSSC is no social worker.
        ("SSSC registration (support worker)", "social-work-licence"),
        # A nursing associate is not a registered nurse.
        ("Registered Nursing Associate, Nursing and Midwifery Council", "registered-nurse"),
        # Maine's crisis certificate shares "MHRT", not the community one.
        ("Mental Health Rehabilitation Technician/Crisis Service Provider (MHRT/CSP)", "mhrt-c"),
        # A certificate to teach one subject (a language) is not read as the teaching
        # licence: measured, it opened the special education teacher's post (rejected).
        ("South Dakota teaching certificate, Lakota language", "teaching-licence"),
    ],
)
def test_what_they_are_not_read_as(default, held, not_read_as):
    assert not_read_as not in read_as(default, held)


def test_a_profession_in_brackets_after_a_name_that_names_one_says_no_more(default):
    # The HCPC registers music therapists as arts therapists: the bracket names the
    # modality, not another register.
    assert "hcpc-arts-therapist" in read_as(
        default, "HCPC registered Arts Therapist (Music Therapist)"
    )
    assert name_key("Social Care Wales registration (social worker)") == name_key(
        "Social Care Wales registered social worker"
    )


@pytest.mark.parametrize(
    ("credential_id", "skills"),
    [
        # O*NET 21-1011.00: the counselling licences' core practice.
        (
            "cadc",
            {
                "active-listening",
                "empathy",
                "rapport-building",
                "social-perceptiveness",
                "judgment-and-decision-making",
            },
        ),
        # The NMC Code and NCLEX-RN's psychosocial integrity.
        ("registered-nurse", {"empathy", "rapport-building"}),
        # AOTA OTPF-4: evaluation, group intervention, discharge, the team.
        (
            "occupational-therapist-licence",
            {
                "needs-assessment",
                "group-facilitation",
                "discharge-planning",
                "multidisciplinary-collaboration",
            },
        ),
        # The NMC's standards of proficiency for nursing associates and its Code.
        (
            "nursing-associate-registration",
            {"active-listening", "confidentiality", "medication-management", "monitoring"},
        ),
        # RETHOS, the vernepleier's national guideline.
        (
            "vernepleier-authorisation",
            {"ethical-practice", "multidisciplinary-collaboration", "medication-management"},
        ),
        ("mhrt-c", {"case-management", "recovery-oriented-practice", "ethical-practice"}),
    ],
)
def test_what_the_credentials_certify(default, credential_id, skills):
    assert skills <= set(credential(default, credential_id).implies)


def _verdict(default, role_id, held, country, education="bachelor"):
    background = Background(
        education=education, years_experience=8, credentials=held, country=country
    )
    found = role_readiness(lookup_role(role_id), background, taxonomy=default, shown=None)
    assert found is not None
    return found


def test_a_canadian_nurse_is_not_told_she_needs_the_us_pmhnp(default):
    held = ["Registered Nurse, Professional Regulation Commission, Philippines"]
    canada = _verdict(default, "psychiatric-nurse-practitioner", held, "CA", "master")
    assert "PMHNP-BC" not in " ".join([canada.summary, *canada.needs]), canada
    assert "Canadian provincial college" in " ".join(canada.needs), canada
    us = _verdict(default, "psychiatric-nurse-practitioner", held, "US", "master")
    assert "PMHNP-BC" in " ".join(us.needs), us


def test_an_unread_licence_of_the_persons_own_state_is_not_asked_about_as_foreign(default):
    # A licence careermap does not know, naming the person's own state.
    held = ["Licensed Psychotherapist, Kansas"]
    home = _verdict(default, "therapist", held, "US", "master")
    assert "accepted in" not in home.summary, home
    assert "careermap could not tell whether your" in home.summary, home
    # The same licence for a person in the United Kingdom is another country's.
    abroad = _verdict(default, "therapist", ["Licensed Clinical Counsellor (BC)"], "GB", "master")
    assert "is accepted in the United Kingdom" in abroad.summary, abroad
