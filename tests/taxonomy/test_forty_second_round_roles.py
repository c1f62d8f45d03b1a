"""Roles and titles of the forty-second round (role42): posts the thirty-third set's people name.

The approved mental health professional (England and Wales: a local authority's approval
under the Mental Health Act 1983 s 114, on top of a registration), which the Caernarfon
social worker wants back; the Whānau Ora navigator (New Zealand), which the Ruatoria,
Rotorua and Gisborne writers name. Titles: "Peer worker", and two posts joined by "and"
whose second is a word the catalogue has no role for.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles

from ..conftest import matches_by_id

AMHP = "approved-mental-health-professional"
NAVIGATOR = "whanau-ora-navigator"


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def test_the_amhp_is_an_approval_on_top_of_a_registration_not_a_ready_move(taxonomy):
    texts = ["Mental Health Act:5", "risk assessment:5", "safeguarding adults:4"]
    worker = {"education": "bachelor", "country": "GB", "years_experience": 8}
    worker["current_role"] = "Social worker, community mental health team"
    worker["credentials"] = ["Social Work England registration"]
    found = matches_by_id(texts, worker, taxonomy)[AMHP]
    assert found.readiness.verdict != "ready"
    assert "AMHP" in str(found.readiness)
    # Approved, she is ready; a lapsed warrant is not the approval.
    approved = {**worker, "credentials": ["Social Work England registration", "AMHP warrant"]}
    assert matches_by_id(texts, approved, taxonomy)[AMHP].readiness.verdict == "ready"
    lapsed = {
        **worker,
        "credentials": ["Social Work England registration", "AMHP (warrant lapsed)"],
    }
    assert matches_by_id(texts, lapsed, taxonomy)[AMHP].readiness.verdict != "ready"


def test_each_post_is_offered_only_in_its_country(taxonomy):
    texts = ["Mental Health Act:5", "systems navigation:4", "cultural competence:4"]
    for country, absent in (("US", {AMHP, NAVIGATOR}), ("GB", {NAVIGATOR}), ("NZ", {AMHP})):
        person = {"education": "bachelor", "country": country, "years_experience": 5}
        assert not absent & set(matches_by_id(texts, person, taxonomy)), country


def test_the_navigator_asks_work_with_whanau_in_te_reo_and_tikanga(taxonomy):
    texts = ["systems navigation:4", "benefits advice:4", "housing support:4"]
    worker = {"education": "certificate", "country": "NZ", "years_experience": 9}
    worker["current_role"] = "Support worker, community mental health team"
    assert matches_by_id(texts, worker, taxonomy)[NAVIGATOR].readiness.verdict == "experience"
    kaimahi = {**worker, "current_role": "Kaimahi, kaupapa Māori mental health service"}
    assert matches_by_id(texts, kaimahi, taxonomy)[NAVIGATOR].readiness.verdict == "ready"


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        ("Approved Mental Health Professional (social worker)", AMHP),
        ("Whānau Ora navigator", NAVIGATOR),
        (
            "Peer Worker (lived experience of suicide), suicide aftercare service",
            "peer-support-specialist",
        ),
        ("Health mediator and interpreter, hospital", "community-health-worker"),
    ],
)
def test_titles_are_read_as_the_posts_they_name(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id


def test_a_word_before_a_title_or_a_professional_of_another_field_names_no_amhp(taxonomy):
    # "Child and family therapist": a word joined to the title after it, not two jobs.
    assert current_role("Child and family therapist", taxonomy) is None
    for held in ("Direct Support Professional", "Chemical Dependency Professional"):
        assert AMHP not in kind_roles(held, taxonomy), held
