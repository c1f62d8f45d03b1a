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


@pytest.mark.parametrize("role_id", ["eap-counsellor", "clinical-supervisor"])
def test_independent_licence_posts_name_the_uk_registers_not_us_licences(role_id):
    found = verdict(role_id, ["MSc Counselling"], country="GB")
    assert found.verdict == "needs"
    assert "BACP registered counsellor" in found.summary
    assert "LPC" not in found.summary
    assert "Independent clinical licence" not in found.summary


@pytest.mark.parametrize("role_id", ["eap-counsellor", "clinical-supervisor"])
def test_a_us_licence_in_the_uk_is_checked_for_independent_licence_posts(role_id):
    found = verdict(role_id, ["LPC (US)"], country="GB")
    assert "check whether your LPC (US) is recognised in the United Kingdom" in found.summary


@pytest.mark.parametrize("role_id", ["eap-counsellor", "clinical-supervisor"])
@pytest.mark.parametrize("held", ["MBACP (UK)", "UKCP registered psychotherapist"])
def test_uk_registers_still_hold_the_independent_licences(role_id, held):
    # Moved from also to equivalents: a text naming the UK is read by them.
    licence = lookup_role(role_id).entry.credentials[0]
    assert holds([held], licence)


@pytest.mark.parametrize(
    "credential_id",
    [
        "lcsw",
        "clinical-licence-rn-lpc-lcsw",
        "clinical-licence-rn-lpc-lcsw-lmft",
        "independent-clinical-licence",
        "independent-clinical-licence-uk-counselling",
    ],
)
def test_minnesotas_lisw_is_no_clinical_licence(credential_id):
    # Minnesota Statutes 148E.050, 148E.055: the LICSW is the clinical licence.
    assert not holds(["LISW (Minnesota)"], credential(credential_id))
    assert not holds(["LISW, MN"], credential(credential_id))
    assert holds(["LISW-S (Ohio)"], credential(credential_id))
    assert holds(["LICSW (Minnesota)"], credential(credential_id))


@pytest.mark.parametrize(
    "credential_id", ["social-work-licence", "social-work-licence-or-registration"]
)
def test_minnesotas_lisw_is_a_social_work_licence(credential_id):
    assert holds(["LISW (Minnesota)"], credential(credential_id))


@pytest.mark.parametrize(
    "held",
    [
        "Registered Psychologist (College of Psychologists of Ontario)",
        "Registered psychologist (Alberta)",
    ],
)
def test_a_canadian_registered_psychologist_may_be_a_therapist_in_canada(held):
    # Ontario: members of the College of Psychologists may perform the controlled act of
    # psychotherapy (RHPA 1991 s. 27(2)); Alberta: psychologists perform psychosocial
    # intervention (AR 251/2005 s. 12).
    found = verdict("therapist", [held], country="CA")
    assert found.verdict == "ready"
    assert "check whether" not in found.summary


def test_another_countrys_psychologist_in_canada_is_asked_to_have_it_recognised():
    held = ["Registered Psychologist (PRC Philippines)"]
    found = verdict("therapist", held, country="CA")
    assert found.verdict == "needs"
    assert "recognised in Canada" in found.summary
