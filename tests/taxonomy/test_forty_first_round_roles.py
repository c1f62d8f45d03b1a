"""Roles and titles of the forty-first round (role41): posts the thirty-second set's people name.

The safer gambling advisor (a gambling operator's customer interaction post: the UK Gambling
Commission's LCCP social responsibility code 3.4.3; O*NET 43-4051.00 the nearest), which
the Gibraltar support worker wants and the sixteenth set's Las Vegas counselor asked for;
the psychiatrist (O*NET 29-1223.00), review41's first missing role. Titles: a
profession's name in French (*secrétaire médicale*), Spanish (*médico psiquiatra*) and
Malay (*kaunselor*), and drug rehabilitation in Malay (*pemulihan dadah*).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role
from careermap.results.post_names import english_post

from ..conftest import matches_by_id

GAMBLING = "safer-gambling-advisor"


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    "title",
    ["Safer gambling advisor", "Responsible gaming specialist", "Player protection analyst"],
)
def test_the_post_is_found_by_its_names(taxonomy, title):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == GAMBLING


def test_the_post_asks_customer_facing_experience_which_care_work_alone_does_not_show(
    taxonomy,
):
    texts = ["de-escalation:4", "safeguarding:4", "harm reduction:4", "active listening:4"]
    worker = {"education": "certificate", "country": "GI", "years_experience": 6}
    worker["current_role"] = "Support Worker, mental health facility"
    found = matches_by_id(texts, worker, taxonomy)[GAMBLING]
    assert found.readiness.verdict == "experience"
    # Three years behind a bar show it (the Gibraltar support worker's), as a casino
    # floor's would.
    for past in ("Bar staff", "Casino table games dealer"):
        served = {**worker, "experience": {past: 3}}
        found = matches_by_id(texts, served, taxonomy)[GAMBLING]
        assert found.readiness.verdict == "ready", past


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        ("Secrétaire médicale, service de psychiatrie", "medical-secretary"),
        ("Kaunselor, pusat pemulihan dadah (Narcotics Control Bureau)", "substance-use-counsellor"),
        ("Counsellor, pusat rawatan dadah", "substance-use-counsellor"),
        ("Safer Gambling Advisor, online sportsbook", GAMBLING),
        ("Médico psiquiatra, hospital departamental", "psychiatrist"),
        ("Psychiatre, centre hospitalier", "psychiatrist"),
        ("Consultant Psychiatrist", "psychiatrist"),
    ],
)
def test_titles_are_read_as_the_posts_they_name(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id


def test_the_names_read_nothing_they_should_not(taxonomy):
    # A secretary of another kind, and a counsellor's name inside a longer post, are left
    # as written; a Malay drug prevention talk names no treatment.
    assert english_post("Secrétaire de direction, clinique") is None
    assert english_post("Kaunselor pelajar") is None
    assert english_post("Kaunselor, sekolah menengah") == "Counsellor, sekolah menengah"
    found = current_role("Kaunselor, pencegahan dadah di sekolah", taxonomy)
    assert found is None or found.id != "substance-use-counsellor"


def test_a_psychiatrist_needs_the_medical_licence_and_a_nurse_is_not_one(taxonomy):
    texts = ["psychopharmacology:5", "diagnosis:5", "clinical assessment:5"]
    nurse = {"education": "master", "country": "US", "years_experience": 10}
    nurse["credentials"] = ["Registered Nurse (RN)"]
    found = matches_by_id(texts, nurse, taxonomy)["psychiatrist"]
    assert found.readiness.verdict != "ready"
    assert "specialist registration in psychiatry" in str(found.readiness)
    # A UK consultant's medical degree is a bachelor's (MBBS): the licence meets it.
    doctor = {"education": "bachelor", "country": "GB", "years_experience": 12}
    doctor["credentials"] = ["MRCPsych", "GMC Specialist Register (psychiatry)"]
    found = matches_by_id(texts, doctor, taxonomy)["psychiatrist"]
    assert found.readiness.verdict == "ready"
    # Psychiatric nursing is not psychiatry.
    assert current_role("Psychiatric nurse", taxonomy).id == "psychiatric-nurse"
