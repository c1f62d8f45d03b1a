"""A post done in a language the person does not show is a long step (thirty-second round).

The Deaf mental health support worker asks for work in a sign language
(``Entry.experience``, whose skill is *Sign language*). Before this a person who named no
sign language got the ``experience`` verdict, grouped with the steps, and the post filled
the first five of peer workers (the nineteenth set's Ghent peer expert, fifth); upskilling
advised sign language to a memory care activities director and a Cree wellness worker.
A language is learned over years, not for a job move: the verdict is ``needs``
(``Gate.LANGUAGE``) and upskilling suggests no language unasked
(careermap.results.working_language; docs/scoring.md, "Experience in a language is a
long step").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import careermap
from careermap import Background, lookup_role, upskilling
from careermap.results.experience import Shown
from careermap.results.gates import missing_gates
from careermap.results.readiness import assess
from careermap.results.verdict import Gate
from careermap.results.working_language import asked_language, languages
from careermap.scoring.advice import ADVICE_TIERS, advice_key

ROLE = "deaf-mental-health-support-worker"
DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def _assess(taxonomy, title, skills=()):
    background = Background(education="secondary", years_experience=6, current_role=title)
    job = f" {title.lower()} "
    shown = Shown(text=job, job=job, title=title, skills=frozenset(skills))
    return assess(lookup_role(ROLE).entry, background, taxonomy=taxonomy, shown=shown, role=ROLE)


def test_the_languages_are_second_language_and_those_under_it(taxonomy):
    assert {"second-language", "sign-language", "interpreting"} <= languages(taxonomy)
    assert "active-listening" not in languages(taxonomy)


def test_only_an_experience_in_languages_asks_a_language(taxonomy):
    assert asked_language(taxonomy.role_index[ROLE].entry.experience, taxonomy) == (
        "sign language",
    )
    # Crisis line work is work, learned in the work: no language.
    crisis = taxonomy.role_index["crisis-line-supervisor"].entry.experience
    assert asked_language(crisis, taxonomy) == ()


def test_a_post_in_a_sign_language_needs_the_language(taxonomy):
    # A Spanish-speaking community health worker who interprets does not sign.
    found = _assess(taxonomy, "Community health worker", ["interpreting", "second-language"])
    assert found.verdict == "needs"
    assert found.gates == (Gate.LANGUAGE,)
    assert found.needs[0] == "fluent sign language"
    assert found.summary.startswith("Needs fluent sign language, the post's working language")
    assert "takes years to learn" in found.summary
    assert missing_gates(found, Background(education="secondary")) == 1


@pytest.mark.parametrize(
    ("title", "skills"),
    [("Support worker", ["sign-language"]), ("Support worker, Deaf adults service", [])],
)
def test_a_signer_is_not_gated(taxonomy, title, skills):
    found = _assess(taxonomy, title, skills)
    assert found.verdict == "ready"
    assert found.gates == ()


def test_the_post_is_no_realistic_move_for_a_peer_worker_who_does_not_sign(taxonomy):
    background = Background(
        education="none", years_experience=3, lived_experience=True, current_role="Peer worker"
    )
    shown = Shown(text=" peer worker ", job=" peer worker ", title="Peer worker")
    role = taxonomy.role_index[ROLE]
    tier, _, _ = advice_key(role, background, taxonomy, shown)
    assert tier >= ADVICE_TIERS["needs"]


def _persona(which, persona_id):
    with (DATA / f"personas-{which}.yaml").open(encoding="utf-8") as handle:
        people = yaml.safe_load(handle)["personas"]
    found = next(p for p in people if p["id"] == persona_id)
    background = {
        "education": found.get("education"),
        "field": found.get("field"),
        "credentials": found.get("credentials") or [],
        "years_experience": found.get("years_experience"),
        "lived_experience": found.get("lived_experience"),
        "current_role": found.get("current_title"),
        "avoid": found.get("avoid") or [],
        "country": found.get("country"),
        "experience": found.get("experience") or {},
    }
    return found["skills"], background


@pytest.mark.parametrize(
    ("which", "persona_id"),
    [
        ("nineteenth", "wilmington-de-memory-care-activities-director"),
        ("seventh", "cree-wellness-worker-saskatchewan"),
    ],
)
def test_upskilling_suggests_no_language_unasked(taxonomy, which, persona_id):
    skills, background = _persona(which, persona_id)
    advice = upskilling(skills, background=background, taxonomy=taxonomy)
    suggested = {s.skill_id for s in advice}
    assert suggested
    assert not suggested & languages(taxonomy)


def test_a_language_asked_for_is_still_counted(taxonomy):
    advice = upskilling(
        ["peer support:4", "group facilitation:3"],
        taxonomy=taxonomy,
        candidates=["British Sign Language"],
    )
    assert [s.skill_id for s in advice] == ["sign-language"]
