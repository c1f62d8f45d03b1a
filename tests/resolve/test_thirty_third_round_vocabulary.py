"""Vocabulary from the twenty-fourth set (thirty-third round, vocab33, review33 P3).

UK mental health law (an IMHA's MHA rights, the Mental Health (Wales) Measure, hospital
managers' hearings, non-instructed advocacy), US emergency holds, medicines prompting and
side-effect scales, early warning signs, child life's procedural preparation, sibling
support and legacy work, sex therapy and sensate focus, crisis home treatment and a
national mental health strategy were unread. Sources in docs/taxonomy-notes.md
(thirty-third round, vocab33) and beside each alias.
"""

from __future__ import annotations

import pytest

import careermap

from ..conftest import read_lexically


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("MHA rights", "mental-health-legislation"),
        ("Mental Health (Wales) Measure", "mental-health-legislation"),
        ("hospital managers' hearings", "mental-health-legislation"),
        ("emergency holds & mental health transports", "mental-health-legislation"),
        ("non-instructed advocacy", "advocacy-for-vulnerable-populations"),
        ("meds prompting", "medication-management"),
        ("side effect scales (GASS, LUNSERS)", "medication-management"),
        ("early warning signs", "relapse-prevention"),
        ("sibling support", "child-life-practice"),
        ("legacy building (end of life)", "child-life-practice"),
        ("procedural preparation", "child-life-practice"),
        ("sensate focus", "couples-and-family-therapy"),
        ("psychosexual therapy", "couples-and-family-therapy"),
        ("home treatment", "crisis-response"),
        ("national mental health strategy", "health-policy"),
    ],
)
def test_vocabulary_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize("text", ["CIT trained", "home visits"])
def test_near_words_stay_unread(taxonomy, text):
    # Attending a course is not teaching it; a visit's setting is no skill (31st round).
    assert read_lexically(text, taxonomy) is None
