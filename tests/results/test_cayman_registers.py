"""The Cayman Islands take the United Kingdom's registrations and six other countries' (cred43).

Forty-third round: the thirty-third set's George Town consultant clinical psychologist,
"HCPC registered practitioner psychologist (clinical)", was told to check whether it is
recognised in the Cayman Islands and that her own post needed "what employers in Cayman
Islands ask for in place of a licence from the United States". The islands' Health
Practice Commission registers a practitioner registered or licensed in Australia, Canada,
Jamaica, New Zealand, South Africa, the United Kingdom or the United States (Department of
Health Regulatory Services, otp.gov.ky/web/dhrs/faqs): base.registers.REGISTERED_AS and
ALSO_TAKEN.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.base.countries import licensing_country, registers_taken
from careermap.results.readiness import role_readiness


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def _readiness(role_id, taxonomy, credentials, country="KY"):
    person = Background(
        education="doctorate",
        field="clinical psychology",
        years_experience=8,
        country=country,
        credentials=credentials,
    )
    found = role_readiness(lookup_role(role_id), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    return found


def _asks_recognition(found):
    return "recognised in" in found.summary or any("recognised in" in n for n in found.notes)


def test_the_george_town_psychologist_s_hcpc_registration_holds_her_post(taxonomy):
    held = ["DClinPsy", "HCPC registered practitioner psychologist (clinical)"]
    for role_id in ("clinical-psychologist", "therapist"):
        found = _readiness(role_id, taxonomy, held)
        assert found.verdict == "ready", (role_id, found)
        assert not _asks_recognition(found), (role_id, found)
        assert "what employers in" not in found.summary, (role_id, found)


def test_a_us_licence_is_taken_there_too(taxonomy):
    # The same list names the United States: a US-licensed psychologist is not sent to
    # find "what employers in Cayman Islands ask for in place of" her own licence, nor
    # told the United Kingdom's register is what she lacks.
    found = _readiness("clinical-psychologist", taxonomy, ["Licensed Psychologist (Florida)"])
    assert found.verdict == "ready", found
    assert not _asks_recognition(found), found
    assert "HCPC" not in found.summary, found


def test_a_registration_of_a_country_not_on_the_list_is_still_asked_about(taxonomy):
    # The Philippines are not among the seven: its registration is one to have recognised.
    held = ["Registered Psychologist (PRC Philippines)"]
    found = _readiness("clinical-psychologist", taxonomy, held)
    assert found.verdict != "ready", found
    assert _asks_recognition(found), found


def test_without_a_registration_the_post_is_not_ready(taxonomy):
    found = _readiness("clinical-psychologist", taxonomy, ["DClinPsy"])
    assert found.verdict != "ready", found


def test_the_other_overseas_territories_keep_registers_of_their_own():
    # Bermuda (Psychological Practitioners Act 2018; Allied Health Professions Act 2018),
    # Gibraltar (its Medical Registration Board: registration elsewhere, "including the UK",
    # "is not sufficient"), the Turks and Caicos Islands (Health Professions Ordinance 2016)
    # and the British Virgin Islands (Nurses and Midwives Act 2020) register on their own
    # councils' terms; Anguilla's, Montserrat's and St Helena's were not found. None of
    # them is read as the United Kingdom (docs/taxonomy-notes.md, cred43).
    for code in ("BM", "GI", "TC", "VG", "AI", "MS", "SH"):
        assert licensing_country(code) == code
        assert registers_taken(code) == {code}
    assert licensing_country("KY") == "GB"
    assert registers_taken("KY") == {"AU", "CA", "GB", "JM", "NZ", "US", "ZA"}
