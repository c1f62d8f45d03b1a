"""A thin list's first posts that ask for what no course gives are named at its head."""

from __future__ import annotations

import careermap
from careermap.results.plain import head_notes
from careermap.results.thin_heads import far_heads
from careermap.results.verdict import Gate

#: The Papeete moniteur-éducateur (thirty-second set): one of three texts read.
TEXTS = [
    "projets individualisés:3",
    "parler avec les familles en reo tahiti:5",
    "psychosocial rehabilitation:4",
]
BACKGROUND = {
    "education": "certificate",
    "years_experience": 9,
    "lived_experience": False,
    "country": "PF",
}


def _ranking(**extra: object) -> careermap.Ranking:
    return careermap.rank_careers(TEXTS, background={**BACKGROUND, **extra}, limit=5)


def test_each_post_with_a_lived_or_language_gate_in_a_thin_head_is_named_once():
    ranking = _ranking()
    assert ranking.thin
    gated = {
        m.title: g
        for m in ranking.matches[:5]
        if m.readiness is not None
        for g in (Gate.LIVED, Gate.LANGUAGE)
        if g in m.readiness.gates
    }
    assert gated  # the case the note exists for
    said = far_heads(ranking)
    for title in gated:
        assert said.count(title) == 1
    for match in ranking.matches[:5]:
        if match.title not in gated:
            assert match.title not in said


def test_the_note_is_said_after_the_thin_note():
    ranking = _ranking()
    notes = head_notes(ranking)
    said = far_heads(ranking)
    assert said in notes
    assert notes.index(ranking.thin) < notes.index(said)


def test_lived_experience_held_leaves_its_post_unnamed():
    ranking = _ranking(lived_experience=True)
    assert "lived experience you have not said" not in far_heads(ranking)


def test_a_list_that_is_not_thin_says_nothing():
    ranking = careermap.rank_careers(["CBT:4", "motivational interviewing:4"], limit=5)
    assert not ranking.thin
    assert far_heads(ranking) == ""
