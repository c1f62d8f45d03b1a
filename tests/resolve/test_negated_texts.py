"""A skill text that says the person has not done it is never read as that skill by meaning.

Twenty-first round: with careermap[semantic], "no crisis line work" matched *Crisis line
work* at cosine 0.88 and "CBT (no)" *Cognitive behavioural therapy* at 0.68, above the
accept threshold; the narrative extractor already left negated clauses out, the profile's
semantic stage did not. Such a text is suggested, never matched.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve import extract
from careermap.resolve.negation import negated

from ..conftest import require_module


@pytest.mark.parametrize(
    "text",
    ["no crisis line work", "CBT (no)", "no experience of crisis line work", "not CBT"],
)
def test_a_negated_text_is_only_suggested(text):
    require_module("wordllama")
    match = careermap.build_profile([text]).entries[0].match
    assert match.skill_id is None, match
    assert match.hints, match  # still offered: the person can say what they meant


def test_the_same_texts_without_the_negation_match_by_meaning():
    require_module("wordllama")
    match = careermap.build_profile(["experience of crisis line work"]).entries[0].match
    assert match.skill_id == "crisis-line-work", match


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("never managed staff", True),
        ("haven't done CBT", True),
        ("working without supervision", True),
        ("notes and letters", False),
        ("nonviolent crisis intervention", False),
        ("knowledge of benefits", False),
        # Twenty-second round: the narrative extractor's words, one list for both.
        ("I cannot drive", True),
        ("nothing clinical", True),
        ("cannotation", False),
    ],
)
def test_negation_words_are_whole_words(text, expected):
    assert negated(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("speaking up for people who cannot speak for themselves", False),
        ("youth work with young people who are not in school", False),
        ("families whose children don't attend", False),
        ("never worked with people who self-harm", True),
    ],
)
def test_a_negation_after_who_says_who_the_people_were(text, expected):
    assert negated(text) is expected


def test_a_narrative_reads_the_clause_a_skill_text_would():
    # The extractor's clauses and the profile's texts share negated(): a negation after
    # "who" no longer drops the clause, one before it still does.
    text = "I supported young people who were not in school. I never ran groups."
    spans = [text[start:end] for start, end in extract._clauses(text)]
    assert spans == ["I supported young people who were not in school"]
