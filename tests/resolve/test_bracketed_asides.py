"""Where or how long a skill was learned or used, in brackets, names no skill.

Twenty-second round, the thirteenth set read by a counsellor: "SPSS (from my degree)",
"DBT skills groups (community health center years)", "MHFA at Work (participant, 2023)"
and "safeguarding (deputy DSL training, CPOMS)" stayed unread although each name alone
resolves; Croydon's was then shown back to her as a gap she "may already have".
"""

from __future__ import annotations

import pytest

import careermap


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("SPSS (from my degree)", "statistical-analysis"),
        ("DBT skills groups (community health center years)", "dialectical-behaviour-therapy"),
        ("MHFA at Work (participant, 2023)", "mental-health-first-aid"),
        ("safeguarding (deputy DSL training, CPOMS)", "safeguarding"),
        ("child development (early years)", "child-development"),
        ("CBT (from my previous job)", "cognitive-behavioural-therapy"),
    ],
)
def test_an_aside_in_brackets_keeps_the_skill(text, skill):
    entry = careermap.build_profile([text], semantic=False).entries[0]
    assert entry.match.skill_id == skill, entry.match
    assert entry.match.method == "part"


@pytest.mark.parametrize(
    "text",
    [
        "counselling (from my therapist)",  # as a client, not a place of study or work
        "counselling (received for two years)",
        "CBT (no training)",
        "Spanish (conversational)",  # below the fluency the skill is (languages)
    ],
)
def test_what_is_no_aside_is_still_read_as_before(text):
    entry = careermap.build_profile([text], semantic=False).entries[0]
    assert entry.match.skill_id is None or entry.match.method != "part", entry.match
