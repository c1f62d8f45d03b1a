"""When-words, for whom and a title before a spaced dash (twenty-sixth round).

Review 26 (P1c): "chart audits before KDADS licensing visits" and "brief CBT for soldiers"
were unread: "before" was no when-word, "for" was read before few people, and "brief"
(a few sessions) was no word of how. Closed word lists, as the review asked: last round's
notes read by meaning brought rejected posts up (docs/taxonomy-notes.md).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.dash_titles import _after_title
from careermap.resolve.parts import Split, split_phrase


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("chart audits before KDADS licensing visits", "regulatory-compliance"),
        ("safety planning ahead of discharge", "safety-planning"),
        ("de-escalation during home visits", "conflict-de-escalation"),
        ("brief CBT for soldiers", "cognitive-behavioural-therapy"),
        ("DBT skills group for teens", "dialectical-behaviour-therapy"),
        ("stress management for new staff", "stress-management"),
        ("brief counselling", "counselling"),
    ],
)
def test_read_by_name(text, skill, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert (found.skill_id, found.method) == (skill, "part"), found


@pytest.mark.parametrize(
    "text",
    [
        "social skills groups for autistic kids",  # a need: the specialism would be lost
        "recruitment for a charity",
        "mock interviews for 6th years",
    ],
)
def test_for_anything_else_is_not_peeled(text, default):
    found = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert found.method != "part", found


def test_a_title_before_a_spaced_dash_is_a_note():
    assert _after_title("lead counselor - schedule & training new staff") == (
        "schedule & training new staff"
    )
    assert _after_title("Navy MA \u2013 trauma & first aid") == "trauma & first aid"
    assert split_phrase("peer support worker - WRAP groups")[0] == Split(("WRAP",))
    # Not a title: the dash joins the work to what it was.
    assert _after_title("honours thesis - online survey in Qualtrics").startswith("honours")
    assert _after_title("Cymraeg \u2013 rhugl") == "Cymraeg \u2013 rhugl"


def test_the_work_after_a_title_is_read(default):
    found = careermap.resolve_skill("peer support worker - WRAP groups", taxonomy=default)
    assert found.skill_id == "recovery-oriented-practice", found
