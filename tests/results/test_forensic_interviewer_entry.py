"""Forensic interviewing is child abuse work first (sixteenth round, after the eighth set).

The eighth persona set's detail showed *Forensic interviewer* (recorded interviews with
abused children for police and courts) in the top five of a refugee support worker and a
youth worker, neither of whom has worked in child protection. Its interview course
(ChildFirst, NCAC; ABE in England) is taken by people already in that work: ABE
interviews are led by police officers or the child's social worker, and US child
advocacy centres hire from child protective services, law enforcement and victim work.
docs/taxonomy-notes.md, "Forensic interviewing is child abuse work first".
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import careermap
from careermap import Background, lookup_role
from careermap.base.text import normalize
from careermap.results.experience import Shown
from careermap.results.readiness import assess
from careermap.scoring.match import ADVICE_REACH

EIGHTH = Path(__file__).resolve().parents[1] / "data" / "personas-eighth.yaml"


def written(text: str) -> str:
    """*text* as a person's words are read: folded, between spaces."""
    return f" {normalize(text)} "


def person(persona_id: str) -> dict:
    people = yaml.safe_load(EIGHTH.read_text(encoding="utf-8"))["personas"]
    return next(p for p in people if p["id"] == persona_id)


@pytest.mark.parametrize(
    "persona_id",
    ["syrian-refugee-support-worker-sheffield", "youth-worker-wales-welsh-speaker"],
)
def test_people_outside_child_abuse_work_are_told_the_experience_comes_first(taxonomy, persona_id):
    found = person(persona_id)
    ranking = careermap.rank_careers(
        found["skills"],
        taxonomy=taxonomy,
        limit=len(taxonomy.roles),
        background={
            "education": found["education"],
            "credentials": found["credentials"],
            "years_experience": found["years_experience"],
            "current_role": found["current_title"],
            "avoid": found.get("avoid") or [],
            "country": found["country"],
        },
    )
    interviewer = next(m for m in ranking if m.role_id == "forensic-interviewer")
    assert interviewer.readiness.verdict == "experience"
    # Placed with the steps up and down, after every move they could take now within
    # reach of their best fit (ADVICE_REACH).
    floor = ADVICE_REACH * max(m.score for m in ranking)
    assert interviewer.score >= floor
    ready = [
        m.rank for m in ranking if m.readiness.verdict in {"ready", "certify"} and m.score >= floor
    ]
    assert interviewer.rank > max(ready)


@pytest.mark.parametrize(
    "shown",
    [
        Shown(skills=frozenset({"forensic-interviewing"})),
        Shown(text=written("Child protection social worker")),
        Shown(text=written("Detective constable, child abuse investigation team")),
        Shown(text=written("Investigator, children's services")),
    ],
)
def test_child_protection_or_abuse_investigation_shows_it(shown):
    entry = lookup_role("forensic-interviewer").entry
    trained = Background(
        education="bachelor",
        years_experience=6,
        credentials=["ChildFirst forensic interview training"],
    )
    assert assess(entry, trained, shown=shown).verdict == "ready"


def test_safeguarding_training_alone_does_not_show_it():
    # Every post with children asks for safeguarding; it is not abuse investigation.
    entry = lookup_role("forensic-interviewer").entry
    worker = Background(education="bachelor", years_experience=9)
    shown = Shown(
        skills=frozenset({"safeguarding", "child-development"}),
        text=written("Senior youth worker, safeguarding children"),
    )
    assert assess(entry, worker, shown=shown).verdict == "experience"
