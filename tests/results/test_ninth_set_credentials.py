"""Credentials the ninth persona set holds: what each opens (seventeenth round).

Each case is read in docs/taxonomy-notes.md, "Credentials from the ninth set", with the
body's published page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness


def verdict(role_id, credentials, *, country, education="bachelor"):
    background = Background(
        education=education, years_experience=6, credentials=credentials, country=country
    )
    role = lookup_role(role_id)
    return role_readiness(role, background, taxonomy=careermap.load_taxonomy(), shown=None)


#: A registration, the post it opens in its own country, and what the post asks of a
#: person there who holds none of the country's registrations.
#:
#: DAPAANZ registers addiction practitioners in Aotearoa New Zealand against the Addiction
#: Intervention Competency Framework; its registrants are gazetted as health professionals
#: under the Substance Addiction (CAT) Act 2017 (dapaanz.org.nz). SAQA's professional
#: designation for EAPA-SA's Employee Assistance Professional asks for registration with a
#: statutory council: the SACSSP (social workers), the HPCSA or the SANC (nurses); a BSW is
#: a four-year professional degree.
REGISTRATIONS = [
    ("substance-use-counsellor", "DAPAANZ registered AOD practitioner", "NZ", "DAPAANZ"),
    ("eap-counsellor", "Registered Social Worker (SACSSP)", "ZA", "HPCSA registered counsellor"),
]


@pytest.mark.parametrize(("role_id", "held", "country", "asked"), REGISTRATIONS)
def test_a_registration_opens_the_post_in_its_country(role_id, held, country, asked):
    found = verdict(role_id, [held], country=country)
    assert found.verdict == "ready", found
    assert not found.needs


@pytest.mark.parametrize(("role_id", "held", "country", "asked"), REGISTRATIONS)
def test_without_one_a_person_there_is_told_what_the_country_asks(role_id, held, country, asked):
    found = verdict(role_id, ["BA (Hons) Psychology"], country=country)
    assert found.verdict != "ready"
    assert any(asked in need for need in found.needs), found.needs


def test_a_registered_social_worker_elsewhere_is_not_read_as_south_african():
    # The council's registration is read by its abbreviation: a "Registered social
    # worker" of the United Kingdom or Ontario is asked what EAP posts ask there.
    for held, country in (
        ("Registered social worker", "GB"),
        ("Registered Social Worker (RSW)", "CA"),
    ):
        found = verdict("eap-counsellor", [held], country=country, education="master")
        assert found.verdict != "ready", (held, found)
        assert not any(note.startswith("Check whether") for note in found.notes), found.notes


HONG_KONG = "Registered Social Worker (Social Workers Registration Board, Hong Kong)"


def test_another_countrys_register_sharing_local_words_is_to_be_recognised_first():
    # The ninth set's Hong Kong social worker in Vancouver, waiting for the BC College of
    # Social Workers: her text shares the words of Ontario's register ("Registered Social
    # Worker"), which the clinical social work post takes; it is Hong Kong's registration,
    # and BC requires its own before social work practice.
    for role_id in ("clinical-social-worker", "hospital-social-worker"):
        found = verdict(role_id, [HONG_KONG], country="CA", education="master")
        assert found.verdict != "ready", (role_id, found)
        assert any("registration from Hong Kong" in note for note in found.notes), found.notes


def test_a_local_register_and_a_person_without_a_country_read_as_before():
    ontario = "Registered Social Worker (Ontario College of Social Workers)"
    assert (
        verdict("clinical-social-worker", [ontario], country="CA", education="master").verdict
        == "ready"
    )
    # Without a country careermap cannot say the register is another country's.
    background = Background(education="master", years_experience=6, credentials=[HONG_KONG])
    role = lookup_role("clinical-social-worker")
    found = role_readiness(role, background, taxonomy=careermap.load_taxonomy(), shown=None)
    assert found.verdict == "ready"
