"""Credentials of the nineteenth set (twenty-eighth round, review 28 P2 and P10).

A US territory licenses as a US jurisdiction; credentials written as in progress are
pending; the credentials careermap did not know by their names there.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.base.countries import licensing_country
from careermap.results.countries import elsewhere, is_unknown_name
from careermap.results.readiness import assess

PR_LICENCE = "Licencia de Psicóloga, Junta Examinadora de Psicólogos de Puerto Rico"


def _assess(role_id: str, **background: object):
    role = lookup_role(role_id)
    return assess(role.entry, Background(**background), sector=role.sector, role=role.id)


@pytest.mark.parametrize("code", ["PR", "GU", "VI", "AS", "MP"])
def test_a_us_territory_licenses_as_the_united_states(code):
    # ASPPB's and NCSBN's member boards: the territories' boards license as a state's do.
    assert licensing_country(code) == "US"
    lpc = lookup_role("therapist").entry.written[0]
    assert lpc.countries == ("US",)
    assert not elsewhere(lpc, code)


def test_a_country_that_is_not_a_territory_stays_itself():
    lpc = lookup_role("therapist").entry.written[0]
    assert licensing_country("MX") == "MX"
    assert elsewhere(lpc, "MX")


@pytest.mark.parametrize("role_id", ["clinical-psychologist", "clinical-supervisor", "therapist"])
def test_a_puerto_rico_psychology_licence_opens_the_clinical_posts(role_id):
    # The Ponce psychologist of the nineteenth set was told what employers "in Puerto Rico
    # ask for in place of Licensed clinical psychologist" while holding that licence.
    found = _assess(role_id, country="PR", education="doctorate", credentials=[PR_LICENCE])
    assert found.verdict == "ready", str(found)
    assert "Puerto Rico ask for" not in str(found)


def test_without_the_licence_puerto_rico_is_asked_for_the_us_licence():
    found = _assess("clinical-psychologist", country="PR", education="doctorate")
    assert found.verdict == "needs"
    assert "Licensed clinical psychologist" in found.summary
    assert not any(is_unknown_name(need) for need in found.summary.split("; "))
    assert "Puerto Rico" not in found.summary


def test_a_puerto_rico_licence_is_not_foreign_to_a_person_in_a_state():
    found = _assess(
        "clinical-psychologist",
        country="US",
        education="doctorate",
        credentials=["Licencia de Psicólogo (Puerto Rico)"],
    )
    assert found.verdict == "ready", str(found)
    assert not any("recognised" in note for note in found.notes)


def test_a_licenciatura_is_no_licence():
    # In Latin America a licenciado holds the licenciatura, a first degree.
    found = _assess(
        "clinical-psychologist",
        country="UY",
        education="bachelor",
        credentials=["Licenciatura en Psicología, Udelar"],
    )
    assert found.verdict != "ready"
