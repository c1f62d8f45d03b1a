"""A fuzzy match keeps each word's first letter (seventeenth round).

Over 1,840 texts (the nine persona sets, tests/data/resolution_phrases.yaml and the
semantic development set), the fuzzy matches whose words differ in their first letter
were all wrong: "autistic" and "artistic" were *Statistical analysis*, an occupational
therapist's "functional assessment" and "vocational assessment" *Educational
assessment*. A typo keeps the first letter; a word that differs there is another word,
unless one holds the other ("reaching out" is outreach).
"""

from __future__ import annotations

import pytest

from careermap import resolve_skill


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("autistic", "statistical-analysis"),
        ("artistic", "statistical-analysis"),
        ("functional assessment", "educational-assessment"),
        ("vocational assessment", "educational-assessment"),
    ],
)
def test_a_word_that_differs_in_its_first_letter_is_another_word(default, text, wrong):
    assert resolve_skill(text, taxonomy=default, semantic=False).skill_id != wrong


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("listening activly", "active-listening"),
        ("cognative behavioral therapy", "cognitive-behavioural-therapy"),
        ("emphathy", "empathy"),
        ("reaching out to the local community", "community-outreach"),
    ],
)
def test_typos_and_a_word_inside_another_still_match(default, text, skill_id):
    assert resolve_skill(text, taxonomy=default, semantic=False).skill_id == skill_id
