"""Roles and titles of the fortieth round (role40): posts the thirty-first set's people name.

The assistant psychologist (ESCO 3259.2; O*NET 29-2053.00 the nearest), the entry post of
psychology graduates in the NHS and the HSE; France's advanced practice nurse in psychiatry
(the IPA) as what the psychiatric nurse practitioner's posts ask in France and its overseas
departments. Titles: a counsellor of a
drug treatment and rehabilitation centre is an addiction counsellor, a psychologist's scope
in brackets after the post is read before it, a clinician's licence in brackets names the
profession, and two fields joined by "and" before one post share it.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles

from ..conftest import matches_by_id


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Assistant psychologist", "assistant-psychologist"),
        ("Assistant clinical psychologist", "assistant-psychologist"),
        ("Advanced nurse practitioner (mental health)", "psychiatric-nurse-practitioner"),
        ("Psychiatric nursing assistant", "behavioural-health-technician"),
        ("Drug rehabilitation counsellor", "substance-use-counsellor"),
    ],
)
def test_the_new_names_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        (
            "Counsellor, residential drug treatment and rehabilitation centre",
            "substance-use-counsellor",
        ),
        (
            "Psychologist (Educational), Learning Support, Ministry of Education",
            "school-psychologist",
        ),
        ("Psychiatric Nursing Assistant", "behavioural-health-technician"),
        ("Mental Health Clinician (RN), hospital mental health clinic", "psychiatric-nurse"),
        ("Suicide Prevention and Postvention Coordinator", "prevention-specialist"),
        ("Assistant Psychologist (CMHT psychology service)", "assistant-psychologist"),
    ],
)
def test_titles_are_read_as_the_posts_they_name(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id


def test_the_rules_read_nothing_they_should_not(taxonomy):
    # A bracket after a post that is no specialty, a licence after a post that names its
    # profession, and a joined title whose first field says nothing: read as before.
    assert current_role("Team leader", taxonomy) is None
    assert current_role("Peer Support Specialist (VA)", taxonomy).id == "peer-support-specialist"
    assert current_role("Child and family therapist", taxonomy) is None
    # A drug rehabilitation counsellor is not a vocational rehabilitation counsellor.
    assert current_role("Vocational rehabilitation counsellor", taxonomy).id == (
        "vocational-rehabilitation-counsellor"
    )


def test_the_assistant_psychologist_is_no_other_psychologists_or_workers_kind(taxonomy):
    # Its posts ask experience of its own work (support or research), so a title that does
    # not say it is not of its kind: a psychologist's, a mental health worker's (O*NET
    # 29-2053.00, its code, lists "Mental Health Worker") or an assistant's.
    for held in (
        "Psychologist, opioid substitution therapy site",
        "Mental Health Worker (MHW)",
        "Healthcare assistant",
    ):
        assert "assistant-psychologist" not in kind_roles(held, taxonomy), held
    assert kind_roles("Mental Health Worker (MHW)", taxonomy) == {"behavioural-health-technician"}


def test_most_posts_look_for_the_gbc_and_a_stranger_is_told_of_the_experience(taxonomy):
    texts = ["psychometric testing:3", "psychology:4", "research methods:3"]
    worker = {"education": "bachelor", "country": "GB", "years_experience": 2}
    worker["current_role"] = "Mental health support worker"
    found = matches_by_id(texts, worker, taxonomy)["assistant-psychologist"]
    assert found.readiness.verdict == "ready"
    assert "Graduate Basis for Chartered Membership" in str(found.readiness)
    holder = {**worker, "credentials": ["BPS Graduate Basis for Chartered Membership"]}
    found = matches_by_id(texts, holder, taxonomy)["assistant-psychologist"]
    assert found.readiness.verdict == "ready"
    assert "Graduate Basis" not in str(found.readiness)
    # In Ireland, the PSI's graduate membership in its place.
    irish = {**worker, "country": "IE"}
    found = matches_by_id(texts, irish, taxonomy)["assistant-psychologist"]
    assert "PSI graduate membership" in str(found.readiness)
    barista = {"education": "bachelor", "country": "GB", "years_experience": 2}
    barista["current_role"] = "Barista"
    barista["credentials"] = ["BPS Graduate Basis for Chartered Membership"]
    found = matches_by_id(["psychology:4", "active listening:4"], barista, taxonomy)
    assert found["assistant-psychologist"].readiness.verdict == "experience"


def test_the_assistant_psychologist_is_a_post_of_the_uk_and_ireland(taxonomy):
    texts = ["psychometric testing:3", "psychology:4", "research methods:3"]
    american = {"education": "bachelor", "country": "US", "years_experience": 2}
    assert "assistant-psychologist" not in matches_by_id(texts, american, taxonomy)
    irish = {**american, "country": "IE"}
    assert "assistant-psychologist" in matches_by_id(texts, irish, taxonomy)


@pytest.mark.parametrize("country", ["FR", "MQ", "RE"])
def test_france_asks_the_ipa_of_a_psychiatric_nurse_practitioner(taxonomy, country):
    texts = ["mental health nursing:5", "psychopharmacology:3", "clinical assessment:4"]
    nurse = {"education": "bachelor", "country": country, "years_experience": 8}
    nurse["credentials"] = ["Diplôme d'État d'infirmier"]
    found = matches_by_id(texts, nurse, taxonomy)["psychiatric-nurse-practitioner"]
    assert found.readiness.verdict != "ready"
    assert "infirmier en pratique avancée" in str(found.readiness)
    assert "United States" not in str(found.readiness)
    ipa = "Diplôme d'État d'infirmier en pratique avancée, mention psychiatrie et santé mentale"
    holder = {**nurse, "education": "master", "credentials": ["Diplôme d'État d'infirmier", ipa]}
    found = matches_by_id(texts, holder, taxonomy)["psychiatric-nurse-practitioner"]
    assert found.readiness.verdict == "ready"
