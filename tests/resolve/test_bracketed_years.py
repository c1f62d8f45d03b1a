"""A year in brackets after a skill says when, and names no skill (twenty-first round).

"NICHD investigative interview protocol (trained 2022)" (the twelfth set's Reykjavik
social worker) and "EMDR (trained 2016)" had stayed unread: a bracket was read as a note
on the skill only when it began with a capital or a digit, or held only words of setting
or training.
"""

from __future__ import annotations

import pytest

import careermap


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("NICHD investigative interview protocol (trained 2022)", "forensic-interviewing"),
        ("TF-CBT (certified since 2019)", "trauma-focused-therapy"),
        ("counselling (since 2010)", "counselling"),
        ("CBT (2016-2021)", "cognitive-behavioural-therapy"),
        ("CBT (trained 2016\u20132018)", "cognitive-behavioural-therapy"),
        # Twenty-third round: any bracket naming no skill is a note, so a second role
        # beside a date keeps the name (before, only words in a list did).
        ("counselling (supervisor since 2019)", "counselling"),
    ],
)
def test_a_year_in_brackets_keeps_the_skill(text, skill):
    entry = careermap.build_profile([text], semantic=False).entries[0]
    assert entry.match.skill_id == skill, entry.match


@pytest.mark.parametrize(
    "text",
    [
        "counselling (received 2019)",  # as a client: never read as the skill
        "CBT (not since 2019)",
    ],
)
def test_other_words_beside_a_year_are_still_read(text):
    entry = careermap.build_profile([text], semantic=False).entries[0]
    assert entry.match.skill_id is None or entry.match.method != "part", entry.match
