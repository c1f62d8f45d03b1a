"""Credentials read by the country or state that issues them (sixteenth round, creds12).

Each case is read in docs/taxonomy-notes.md, "Registers, states and provinces (sixteenth
round, creds12)", with the body's published page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.base.countries import countries_in
from careermap.results.credentials import holds
from careermap.results.readiness import role_readiness


def verdict(role_id, credentials, *, country=None):
    """The verdict as a ranking gives it: with the taxonomy, which reads unknown licences."""
    background = Background(
        education="doctorate", years_experience=9, credentials=credentials, country=country
    )
    taxonomy = careermap.load_taxonomy()
    return role_readiness(lookup_role(role_id), background, taxonomy=taxonomy, shown=None)


def credential(credential_id):
    return careermap.load_taxonomy().credential_index[credential_id]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Registered psychologist (HPCSA)", "ZA"),
        ("AHPRA registered psychologist", "AU"),
        ("PsyBA general registration", "AU"),
        ("NZPB registered psychologist", "NZ"),
        ("Registered Psychotherapist (CRPO)", "CA"),
        ("Registered Psychologist (Ontario)", "CA"),
        ("CORU registered social worker", "IE"),
        ("HCPC registered counselling psychologist", "GB"),
    ],
)
def test_a_register_names_its_country(text, code):
    assert countries_in(text) == {code}


@pytest.mark.parametrize("text", ["PMH-C (PSI)", "CPA", "LPC (Georgia)"])
def test_ambiguous_bodies_name_no_country(text):
    # PSI is Postpartum Support International as often as the Psychological Society of
    # Ireland; CPA an accountant as often as the Canadian Psychological Association.
    assert countries_in(text) == frozenset()


@pytest.mark.parametrize(
    "held", ["Registered psychologist (HPCSA)", "Registered Psychologist (Ontario)"]
)
def test_another_countrys_registered_psychologist_is_not_australias(held):
    assert not holds([held], credential("psyba-registered-psychologist"))


def test_an_hpcsa_psychologist_in_the_uk_is_asked_to_have_it_recognised():
    # Not read as the Psychology Board of Australia's registration ("Ready now"), nor as
    # nothing: the HCPC's international route is how a psychologist trained abroad
    # practises in the UK.
    held = ["Registered psychologist (HPCSA)"]
    for role_id in ("therapist", "clinical-psychologist"):
        found = verdict(role_id, held, country="GB")
        assert found.verdict == "needs"
        assert "check whether your Registered psychologist (HPCSA) is recognised" in found.summary
    assert (
        "HCPC registered clinical psychologist"
        in verdict("clinical-psychologist", held, country="GB").summary
    )
