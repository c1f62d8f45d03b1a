"""Credentials from the twenty-second set (thirty-first round, review 31 P4, P7 and P11).

A counsellor's review of the twenty-second persona set found a Middlesbrough school nurse's
"NMC registered nurse (child) and SCPHN" read as nothing (one text naming two
registrations), so a nurse educator's post "Needs Registered Nurse (RN)"; licence gates in
countries careermap does not know parking a Bangladeshi counsellor's best post at rank 64;
a Slovene analyst's psychotherapy registrations read as nothing; and her verdict naming a
US arts therapist's licence as what employers in Slovenia ask for in its place.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import ambiguous_abbreviations, certifies, holds
from careermap.results.readiness import role_readiness


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


def read_as(default, held):
    ambiguous = ambiguous_abbreviations(default.credentials)
    return {c.id for c in default.credentials if certifies([held], c, ambiguous=ambiguous)}


@pytest.mark.parametrize(
    "held",
    [
        # Two registrations in one text: each is read on its own.
        "NMC registered nurse (child) and SCPHN",
        "NMC registered nurse (child) & SCPHN",
        "SCPHN; NMC registered nurse (child)",
        # The NMC's third part of the register, entered by nurses already on it.
        "SCPHN",
        "Specialist Community Public Health Nurse (SCPHN)",
        "NMC registered specialist community public health nurse",
    ],
)
def test_a_school_nurses_registrations_hold_the_registered_nurses(default, held):
    assert "registered-nurse" in read_as(default, held)


def test_each_credential_a_text_joins_keeps_its_own_status(default):
    rn = credential(default, "registered-nurse")
    # The lapsed one holds no post; the current one beside it does.
    assert holds(["RMN (lapsed) and SCPHN"], rn)
    assert not holds(["RMN (lapsed) and Solihull Approach foundation training"], rn)


def test_a_names_own_and_is_not_two_credentials(default):
    # A name's own "and" (lower case): no other body's credential is named by its tail.
    held = "CNA certified psychiatric and mental health nurse"
    assert read_as(default, held) == {"cpmhn-certification"}


def test_the_school_nurse_is_ready_for_the_nurse_educators_post(default):
    nurse = Background(
        country="GB",
        education="bachelor",
        years_experience=13,
        credentials=["NMC registered nurse (child) and SCPHN"],
    )
    role = lookup_role("nurse-educator")
    found = role_readiness(role, nurse, taxonomy=default, shown=None)
    assert found is not None
    assert "Registered Nurse (RN)" not in found.needs


@pytest.mark.parametrize(
    "role_id", ["clinical-supervisor", "therapist", "mental-health-counsellor"]
)
def test_a_country_careermap_does_not_know_is_told_no_us_licence_by_name(default, role_id):
    analyst = Background(country="SI", education="doctorate", years_experience=31)
    found = role_readiness(lookup_role(role_id), analyst, taxonomy=default, shown=None)
    assert found is not None
    assert "what employers in Slovenia ask for in place of a licence from the United States" in (
        found.summary
    )
    for name in ("LCAT", "LPC", "LCSW", "LMFT", "Licensed"):
        assert name not in found.summary, found.summary


@pytest.mark.parametrize("role_id", ["mental-health-counsellor", "therapist"])
def test_a_counsellor_in_bangladesh_is_asked_for_no_licence_in_the_lpcs_place(default, role_id):
    # Counselling is not licensed by law in Bangladesh, as in India: the posts ask for the
    # master's alone.
    counsellor = Background(
        country="BD",
        education="master",
        years_experience=6,
        credentials=["MS Psychology, University of Rajshahi"],
    )
    found = role_readiness(lookup_role(role_id), counsellor, taxonomy=default, shown=None)
    assert found is not None
    assert found.verdict == "ready", found.summary
    assert "Bangladesh" not in found.summary


def test_sierra_leone_stays_a_country_careermap_does_not_know(default):
    # No source read says what its counselling posts ask: the check stands.
    counsellor = Background(country="SL", education="master", years_experience=7)
    role = lookup_role("mental-health-counsellor")
    found = role_readiness(role, counsellor, taxonomy=default, shown=None)
    assert found is not None
    assert "what employers in Sierra Leone ask for" in found.summary


@pytest.mark.parametrize(
    "held",
    [
        "European Certificate of Psychotherapy (EAP)",
        "Psychotherapist, Slovenian Umbrella Association for Psychotherapy (SKZP)",
    ],
)
def test_a_psychotherapy_registration_with_a_body_is_asked_about_not_absent(default, held):
    analyst = Background(
        country="SI", education="doctorate", years_experience=31, credentials=[held]
    )
    found = role_readiness(lookup_role("therapist"), analyst, taxonomy=default, shown=None)
    assert found is not None
    # Thirty-second round (rules32): a registration of the post's practice, in a country
    # careermap knows no licence for, is a check ("Ready if your ..."), not a need.
    assert (
        found.verdict,
        found.summary.startswith(f"Ready if your {held} is what employers in Slovenia"),
    ) == ("certify", True), found.summary


def test_a_membership_of_a_society_is_no_registration(default):
    member = Background(
        country="SI",
        education="doctorate",
        years_experience=31,
        credentials=["Member, Society for Theoretical Psychoanalysis (Ljubljana)"],
    )
    found = role_readiness(lookup_role("therapist"), member, taxonomy=default, shown=None)
    assert found is not None
    assert found.summary.startswith("Needs what employers in Slovenia")


@pytest.mark.parametrize(
    ("country", "held"),
    [
        ("CR", "Colegio de Profesionales en Psicología de Costa Rica (colegiada)"),
        ("CR", "Psicólogo colegiado/a, Colegio de Profesionales en Psicología"),
        ("PE", "Colegio de Psicólogos del Perú (colegiado)"),
        ("ES", "Psicóloga colegiada, Colegio Oficial de la Psicología de Madrid"),
    ],
)
def test_a_colegio_s_registration_is_read_in_every_spanish_speaking_country(default, country, held):
    psychologist = Background(
        country=country, education="master", years_experience=12, credentials=[held]
    )
    role = lookup_role("eap-counsellor")
    found = role_readiness(role, psychologist, taxonomy=default, shown=None)
    assert found is not None
    assert found.summary.startswith(f"Ready if your {held}"), found.summary  # rules32: a check
