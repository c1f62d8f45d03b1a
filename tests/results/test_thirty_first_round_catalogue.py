"""The Deaf mental health support worker, and sign language as a skill (thirty-first round, cat31).

Review 30 (P4-cat) and the twenty-first set's Sligo interpreter: a post in a Deaf mental
health team had no role. It asks fluent sign language, so a sign language is a skill of
its own (ESCO v1.2.0 "sign language"), narrower than a second language: a Spanish
community interpreter does not sign. Sources in docs/taxonomy-notes.md ("Interpreting,
emergency management, first aid and spiritual care", thirty-first round).
"""

from __future__ import annotations

import pytest
from tests.taxonomy.vocabulary import resolved

from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.experience import Shown
from careermap.results.readiness import assess

ROLE = "deaf-mental-health-support-worker"


@pytest.mark.parametrize(
    "title",
    [
        "Deaf support worker",
        "Support Worker, Deaf Mental Health Service",
        "Support worker, Deaf mental health team",
        "Deaf Recovery Worker",
    ],
)
def test_a_title_names_the_post(taxonomy, title):
    role = current_role(title, taxonomy)
    assert role is not None, title
    assert role.id == ROLE


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("British Sign Language (first language)", "sign-language"),
        ("BSL and English", "sign-language"),
        ("ISL (native)", "sign-language"),
        ("Irish Sign Language", "sign-language"),
        # Another language beside a sign language: any second language.
        ("BSL, Polish", "second-language"),
        ("fluent Spanish", "second-language"),
    ],
)
def test_a_sign_language_is_read_as_one(taxonomy, text, skill):
    assert resolved(text, taxonomy) == skill


def test_sign_language_is_a_second_language_and_a_general_competency(taxonomy):
    skill = taxonomy.skill_index["sign-language"]
    assert skill.broader == ("second-language",)
    assert skill.general


def test_the_post_asks_sign_language_not_any_second_language(taxonomy):
    role = taxonomy.role_index[ROLE]
    asked = {r.skill: r for r in role.requirements}
    assert asked["sign-language"].essential
    assert asked["sign-language"].weight == 1.0
    assert "second-language" not in asked
    assert role.entry.experience.skills == ("sign-language",)


def _shown(title, skills=()):
    background = Background(education="secondary", years_experience=6, current_role=title)
    job = f" {title.lower()} "
    found = assess(
        lookup_role(ROLE).entry,
        background,
        shown=Shown(text=job, job=job, title=title, skills=frozenset(skills)),
    )
    assert found is not None
    return found.verdict


def test_the_post_asks_for_work_in_a_sign_language():
    # A community health worker who interprets Spanish shows none of it (the third set's
    # promotora had the post fourth before this); a signer does, by the language or the
    # Deaf people named.
    assert _shown("Community health worker", ["interpreting", "second-language"]) == "experience"
    assert _shown("Support worker", ["sign-language"]) == "ready"
    assert _shown("Support worker, Deaf adults service") == "ready"
