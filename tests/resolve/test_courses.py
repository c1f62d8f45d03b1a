"""Short courses named as skills count as training, not practice (review35 P2)."""

from __future__ import annotations

import pytest

import careermap
from careermap.cli.format import resolution
from careermap.resolve.courses import TRAINED_LEVEL, course_named, scored_levels
from careermap.resolve.levels import levels_by_skill


@pytest.mark.parametrize(
    ("text", "course"),
    [
        ("ASIST", "ASIST"),
        ("ASIST trained", "ASIST"),
        ("ASIST (Applied Suicide Intervention Skills Training)", "ASIST"),
        ("safeTALK", "safeTALK"),
        ("QPR", "QPR"),
    ],
)
def test_a_course_name_is_read_as_its_course(text: str, course: str) -> None:
    assert course_named(careermap.resolve_skill(text)) == course


@pytest.mark.parametrize(
    "text", ["suicide risk assessment", "C-SSRS", "Mental Health First Aid", "Safewards", "CBT"]
)
def test_practice_and_other_names_are_not_courses(text: str) -> None:
    assert course_named(careermap.resolve_skill(text)) is None


def test_sudbury_asist_counts_as_trained_not_practised() -> None:
    # "ASIST:3" rated a two-day workshop; the profile counts it at the trained level.
    profile = careermap.build_profile(["ASIST:3", "de-escalation (group home, 2 yrs):4"])
    assert profile.skills["suicide-risk-assessment"] == TRAINED_LEVEL
    assert profile.skills["conflict-de-escalation"] == 4  # practice keeps its level
    (asist, _) = profile.entries
    assert asist.level == 3  # the level given is kept, and shown
    assert asist.course == "ASIST"


def test_a_course_never_lowers_practice_named_elsewhere() -> None:
    both = careermap.build_profile(["ASIST:3", "suicide risk assessment"])
    assert both.skills["suicide-risk-assessment"] == 3
    higher = careermap.build_profile(["suicide assessment:4", "ASIST:5"])
    assert higher.skills["suicide-risk-assessment"] == 4


def test_a_low_level_given_to_a_course_is_kept() -> None:
    assert careermap.build_profile(["safeTALK:1"]).skills == {"suicide-prevention": 1}


def test_without_courses_levels_are_those_of_levels_by_skill() -> None:
    texts = [("CBT", 4), ("motivational interviewing", None), ("cognitive behavioural therapy", 5)]
    matches = [(level, careermap.resolve_skill(text)) for text, level in texts]
    assert scored_levels(matches) == levels_by_skill((lv, m.skill_id) for lv, m in matches)


def test_the_cli_says_why_a_course_counts_lower() -> None:
    profile = careermap.build_profile(["ASIST:3"])
    line = resolution(profile.entries[0], profile.skills["suicide-risk-assessment"])
    assert "level 2 used: ASIST is a short course" in line
    assert "another entry" not in line


def test_a_crisis_post_is_not_strong_on_a_two_day_course() -> None:
    ranking = careermap.rank_careers(["ASIST:3", "de-escalation (group home, 2 yrs):4"], limit=None)
    crisis = next(m for m in ranking if m.role_id == "crisis-counsellor")
    assert crisis.band != "strong"


def test_a_course_the_person_teaches_counts_at_the_level_given() -> None:
    # Cincinnati (fourteenth set) teaches QPR: her "QPR:4" is work she delivers.
    taught = careermap.build_profile(
        ["QPR:4", "ASIST:4"], background={"credentials": ["QPR Gatekeeper Instructor"]}
    )
    assert taught.skills["suicide-prevention"] == 4
    assert taught.skills["suicide-risk-assessment"] == TRAINED_LEVEL  # ASIST is not taught
    attended = careermap.build_profile(
        ["QPR:4"], background={"credentials": ["QPR (Question, Persuade, Refer) certificate"]}
    )
    assert attended.skills["suicide-prevention"] == TRAINED_LEVEL


def test_a_text_saying_the_person_teaches_the_course_is_not_capped() -> None:
    profile = careermap.build_profile(["QPR gatekeeper instructor:4"])
    assert profile.entries[0].match.skill_id is not None
    assert profile.entries[0].course is None
    assert max(profile.skills.values()) == 4
