"""How a credential's text is read: a country in its name, an issuer after a comma, a "not".

Twenty-third round, the fourteenth set read by a counsellor (review 23, finding 4):
"Mental Health First Aid USA Instructor (Adult and Youth)" was read as nothing ("USA" was
kept in the name's key), so a county's MHFA instructor of five years was told to get the
accreditation she holds; "Diploma of Youth Work (CHC50413), TAFE" was read as nothing (the
college after the comma stayed in the name); and "Diploma in Counselling and
Psychotherapy, PCI College (not IACP accredited)" was offered as a licence to check: "check
whether your Diploma ... (not IACP accredited) is accepted in Ireland".
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import certifies, holds
from careermap.results.issuers import bracketed, placed
from careermap.results.licences import unknown_licences
from careermap.results.readiness import role_readiness
from careermap.results.standing import is_lapsed, without_disclaimer


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


# A country's name anywhere outside brackets says where the credential was issued.


@pytest.mark.parametrize(
    ("held", "credential_id"),
    [
        ("Mental Health First Aid USA Instructor (Adult and Youth)", "mhfa-instructor"),
        ("Mental Health First Aid Australia Instructor", "mhfa-instructor"),
        ("Licensed Clinical Social Worker USA", "lcsw"),
    ],
)
def test_a_country_in_the_name_is_read_as_a_place(default, held, credential_id):
    assert placed(held) != held
    assert holds([held], credential(default, credential_id))


@pytest.mark.parametrize(
    "held",
    [
        # An adjective or a register is part of the name, not a place within it.
        "Canadian Certified Counsellor (CCC)",
        "CRPO Registered Psychotherapist",
        # A US state that is a country's name too, or holds one, is no country.
        "Georgia Certified Peer Specialist",
        "LPAT, New Jersey",
        # Already in brackets.
        "LCSW (US)",
    ],
)
def test_no_country_name_outside_brackets_leaves_the_text_as_it_is(held):
    assert placed(held) == held


def test_a_country_read_apart_still_says_where_it_was_issued(default):
    # Read apart, the country is in brackets: still another country's registration.
    psyba = credential(default, "psyba-registered-psychologist")
    assert not holds(["Registered Psychologist Philippines"], psyba)


# A college, university, TAFE or department after a comma is the issuer.


@pytest.mark.parametrize(
    ("held", "expected"),
    [
        ("Diploma of Youth Work (CHC50413), TAFE", "Diploma of Youth Work (CHC50413) (TAFE)"),
        (
            "Psychiatric Technician certificate, Napa Valley College",
            "Psychiatric Technician certificate (Napa Valley College)",
        ),
        ("BA Psychology, University of Pittsburgh", "BA Psychology (University of Pittsburgh)"),
        # Thirty-fifth round (own35): the institute and university in Portuguese and Spanish.
        (
            "Curso de Técnico de Psiquiatria, Instituto de Ciências de Saúde da Beira",
            "Curso de Técnico de Psiquiatria (Instituto de Ciências de Saúde da Beira)",
        ),
        (
            "Licenciatura en Psicología, Universidad de Chile",
            "Licenciatura en Psicología (Universidad de Chile)",
        ),
        (
            "PMAB Instructor (Prevention and Management of Assaultive Behavior), "
            "Department of State Hospitals",
            "PMAB Instructor (Prevention and Management of Assaultive Behavior) "
            "(Department of State Hospitals)",
        ),
    ],
)
def test_an_institution_after_a_comma_is_read_as_bracketed(held, expected):
    assert bracketed(held) == expected


def test_a_tafe_diploma_holds_the_youth_work_qualification(default):
    wanted = credential(default, "youth-work-qualification")
    held = ["Diploma of Youth Work (CHC50413), TAFE"]
    assert holds(held, wanted)
    assert certifies(held, wanted)


def test_an_unclosed_bracket_before_the_comma_is_left_as_written():
    assert bracketed("Diploma (CHC50413, TAFE") == "Diploma (CHC50413, TAFE"


# What the person says a credential is not names nothing and makes it no licence.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diploma in Counselling and Psychotherapy, PCI College (not IACP accredited)",
            "Diploma in Counselling and Psychotherapy, PCI College",
        ),
        ("Counselling diploma, not accredited", "Counselling diploma"),
        ("MBACP (not accredited)", "MBACP"),
        # Standings are read as before: lapsed, pending.
        ("LCSW (not renewed)", "LCSW (not renewed)"),
        ("NMC (not yet registered)", "NMC (not yet registered)"),
        ("HCPC registered (not practising)", "HCPC registered (not practising)"),
    ],
)
def test_a_disclaimer_is_set_aside(text, expected):
    assert without_disclaimer(text) == expected


def test_a_disclaimed_accreditation_is_no_licence_to_check(default):
    dublin = ["Diploma in Counselling and Psychotherapy, PCI College (not IACP accredited)"]
    assert unknown_licences(dublin, default, {}) == ()
    found = role_readiness(
        lookup_role("mental-health-counsellor", taxonomy=default),
        Background(education="bachelor", country="IE", credentials=dublin),
        taxonomy=default,
        shown=None,
    )
    assert found is not None
    assert "check whether" not in found.summary.casefold(), found.summary
    assert found.verdict == "needs"


def test_a_registered_member_who_says_not_accredited_is_still_registered(default):
    lpc = credential(default, "lpc")
    assert holds(["MBACP (not accredited)"], lpc)


def test_no_longer_registered_is_lapsed(default):
    text = "HCPC registered music therapist (no longer registered)"
    arts = credential(default, "hcpc-arts-therapist")
    assert is_lapsed(text)
    assert not holds([text], arts)
    assert certifies([text], arts)
