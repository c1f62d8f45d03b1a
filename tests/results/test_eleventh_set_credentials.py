"""Credentials the eleventh persona set holds: what each opens (nineteenth round).

Each case is read in docs/taxonomy-notes.md ("LCMHC: four states' name for the LPC",
"Credentials from the eleventh set").
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from tests.results.test_tenth_set_credentials import verdict  # eight years, a master's

from careermap.results.credentials import is_provisional
from careermap.taxonomy.models import Entry


@pytest.mark.parametrize("role_id", ["therapist", "mental-health-counsellor", "eap-counsellor"])
def test_the_lcmhc_is_the_lpc(role_id):
    found = verdict(
        role_id, ["Licensed Clinical Mental Health Counselor (Utah DOPL)"], country="US"
    )
    assert found.verdict == "ready", found


def test_the_lcmhc_associate_is_not():
    assert is_provisional("LCMHC-A")
    found = verdict("eap-counsellor", ["LCMHC-A"], country="US")
    assert found.verdict == "needs", found


#: A national title or registration, each opening the EAP counsellor post in its country.
TITLES = [
    ("Kaunselor Berdaftar (Lembaga Kaunselor Malaysia), Sijil Perakuan Amalan (current)", "MY"),
    ("Titre de psychologue (Master 2 Psychologie clinique)", "FR"),
    ("Membro efetivo da Ordem dos Psicólogos Portugueses (OPP)", "PT"),
    ("Psicóloga, CRP-07 (Conselho Regional de Psicologia do Rio Grande do Sul)", "BR"),
]


@pytest.mark.parametrize(("held", "country"), TITLES)
def test_a_national_title_opens_the_eap_post_at_home(held, country):
    found = verdict("eap-counsellor", [held], country=country)
    assert found.verdict == "ready", found


def test_south_africas_registered_counsellor_is_not_malaysias():
    # HPCSA registered counsellors hold a four-year BPsych and practise short-term
    # counselling: the fifth set's counsellor rejects therapist posts. A name such as
    # "Registered Counsellor (Lembaga Kaunselor)" would have read her registration as
    # Malaysia's (the words in brackets are not read), so only Malaysian names are listed.
    found = verdict(
        "therapist", ["Registered Counsellor (HPCSA)"], country="ZA", education="bachelor"
    )
    assert found.verdict == "needs", found


@pytest.mark.parametrize(
    "held",
    ["Autoriseret sygeplejerske (Styrelsen for Patientsikkerhed)", "Legitimerad sjuksköterska"],
)
def test_a_danish_or_swedish_nurse_is_a_registered_nurse(held):
    found = verdict("psychiatric-nurse", [held], country="DK", education="bachelor")
    assert found.verdict == "ready", found


def test_a_country_may_ask_less_education_than_the_us():
    # Entry.education_in: France's psychologists qualify with a Master 2, the US's with a
    # doctorate (nineteenth round; the Lyon psychologist was told she needs a doctorate).
    held = ["Titre de psychologue (Master 2 Psychologie clinique)"]
    assert verdict("clinical-psychologist", held, country="FR").verdict == "ready"
    # With a master's and no title, the US still asks a doctorate, France only the title.
    assert "doctorate" in verdict("clinical-psychologist", [], country="US").summary
    assert "doctorate" not in verdict("clinical-psychologist", [], country="FR").summary
    # Hong Kong's school social workers are registered social work graduates.
    rsw = ["Registered Social Worker (Social Workers Registration Board, Hong Kong)"]
    hk = verdict("school-social-worker", rsw, country="HK", education="bachelor")
    assert "master" not in hk.summary, hk


def test_education_in_takes_country_codes():
    entry = Entry(education="doctorate", job_zone=5, education_in={"SE": "master"})
    assert entry.for_country("SE").education.value == "master"
    assert entry.for_country("US") is entry
    assert entry.for_country(None) is entry
    with pytest.raises(ValidationError, match="education_in: 'Sweden' is not an ISO 3166-1"):
        Entry(education="doctorate", job_zone=5, education_in={"Sweden": "master"})
