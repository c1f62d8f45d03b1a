"""Crisis line posts and the words of crisis work (sixteenth round, crisis).

Found by reading the seventh persona set's detail: the Crisis Text Line volunteer who is
an undergraduate was told every crisis post "needs a bachelor's", and the group-home
support worker's "calm in a crisis" was read as the work of crisis response. The
judgements and their sources are in docs/taxonomy-notes.md ("Crisis line posts take a
high school diploma", sixteenth round).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from tests.taxonomy.vocabulary import resolved

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import assess

SEVENTH = Path(__file__).resolve().parents[1] / "data" / "personas-seventh.yaml"


@pytest.fixture(scope="module")
def volunteer():
    people = yaml.safe_load(SEVENTH.read_text(encoding="utf-8"))["personas"]
    return next(p for p in people if p["id"] == "crisis-text-line-volunteer-undergraduate")


def test_a_crisis_line_post_takes_a_high_school_diploma(volunteer):
    # 988 and crisis line centres hire phone, text and chat counsellors with a high
    # school diploma and their own training; a bachelor's is preferred, not the minimum.
    entry = lookup_role("crisis-counsellor").entry
    assert entry is not None
    assert entry.education.value == "secondary"
    background = Background(
        education=volunteer["education"],
        credentials=volunteer["credentials"],
        years_experience=volunteer["years_experience"],
        country=volunteer["country"],
    )
    verdict = assess(entry, background)
    assert verdict.verdict == "ready", verdict
    assert not any("bachelor" in need for need in verdict.needs), verdict


def test_the_note_names_the_preferred_degree_the_route_in_and_the_mobile_clinician():
    entry = lookup_role("crisis-counsellor").entry
    assert entry is not None
    (note,) = [c.note for c in entry.credentials if c.id == "crisis-worker-training"]
    assert note is not None
    for words in ("high school diploma", "prefer", "bachelor's", "volunteer hours"):
        assert words in note, words
    # Mobile crisis clinicians are still told they need a master's.
    assert "Mobile crisis clinician posts want a master's" in note


def test_calm_in_a_crisis_is_composure_not_crisis_work(default):
    assert resolved("calm in a crisis", default) == "composure-under-pressure"
    # The work itself still reads as crisis response.
    assert resolved("crisis work", default) == "crisis-response"


def test_the_group_home_worker_is_not_credited_with_housing_support():
    # Her "calm in a crisis" had been read as crisis response, which transferred to
    # housing support (0.4) and put housing support work second in her advice.
    people = yaml.safe_load(SEVENTH.read_text(encoding="utf-8"))["personas"]
    worker = next(p for p in people if p["id"] == "group-home-direct-support-no-degree")
    ranking = careermap.rank_careers(worker["skills"], limit=104)
    housing = next(m for m in ranking if m.role_id == "housing-support-worker")
    credited = {req.skill_id for req in (*housing.matched, *housing.transferred)}
    assert "housing-support" not in credited
