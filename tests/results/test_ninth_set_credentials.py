"""Credentials the ninth persona set holds: what each opens (seventeenth round).

Each case is read in docs/taxonomy-notes.md, "Credentials from the ninth set", with the
body's published page it rests on.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness


def verdict(role_id, credentials, *, country, education="bachelor"):
    background = Background(
        education=education, years_experience=6, credentials=credentials, country=country
    )
    role = lookup_role(role_id)
    return role_readiness(role, background, taxonomy=careermap.load_taxonomy(), shown=None)


def test_a_dapaanz_registered_practitioner_is_ready_for_addiction_counselling_in_nz():
    # DAPAANZ registers addiction practitioners in Aotearoa New Zealand against the
    # Addiction Intervention Competency Framework; its registrants are gazetted as health
    # professionals under the Substance Addiction (CAT) Act 2017 (dapaanz.org.nz).
    found = verdict(
        "substance-use-counsellor", ["DAPAANZ registered AOD practitioner"], country="NZ"
    )
    assert found.verdict == "ready", found
    assert not found.needs


def test_without_it_a_new_zealander_is_told_what_nz_employers_ask_for():
    found = verdict(
        "substance-use-counsellor", ["Bachelor of Applied Social Science"], country="NZ"
    )
    assert found.verdict != "ready"
    assert any("DAPAANZ" in need for need in found.needs), found.needs


def test_a_south_african_social_worker_is_ready_for_eap_counselling():
    # SAQA's professional designation for EAPA-SA's Employee Assistance Professional asks
    # for registration with a statutory council: the SACSSP (social workers), the HPCSA
    # or the SANC (nurses). So South African EAP posts take a registered social worker in
    # place of the HPCSA registered counsellor; a BSW is a four-year professional degree.
    found = verdict("eap-counsellor", ["Registered Social Worker (SACSSP)"], country="ZA")
    assert found.verdict == "ready", found
    assert not found.needs


def test_a_south_african_without_a_council_registration_needs_one_for_eap_work():
    found = verdict(
        "eap-counsellor", ["Short course in Employee Assistance Programmes"], country="ZA"
    )
    assert found.verdict != "ready"
    assert any("HPCSA registered counsellor" in need for need in found.needs), found.needs


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
