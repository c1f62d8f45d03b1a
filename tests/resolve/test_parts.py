"""A skill named inside a longer phrase (careermap.resolve.parts, and the resolver's use of it)."""

from __future__ import annotations

import pytest

from careermap import build_profile, resolve_skill
from careermap.cli.format import resolution
from careermap.resolve.parts import Split, split_phrase


def test_split_readings():
    assert split_phrase("PHQ-9 and GAD-7") == [Split(("PHQ-9", "GAD-7"))]
    assert split_phrase("CPI / physical restraint") == [Split(("CPI", "physical restraint"))]
    assert split_phrase("telehealth sessions") == [Split(("telehealth",))]
    assert split_phrase("referrals to housing services") == [Split(("referrals",))]
    assert split_phrase("charting in Epic") == [Split(("charting",))]
    assert split_phrase("statistics (SPSS, R)") == [Split(("statistics",), ("SPSS", "R"))]
    # Doing words and activity words peel off one after another.
    heads = [split.required for split in split_phrase("running a DBT skills group")]
    assert ("DBT skills",) in heads
    # Brackets that are not examples (lower case, or a negation) are not read at all.
    assert split_phrase("counselling (received)") == []
    assert split_phrase("CBT (Not DBT)") == []
    # "for" and "of" are not read as with whom: their rest often changes the skill.
    assert split_phrase("recruitment of participants") == []
    assert split_phrase("small groups for anxiety") == []
    # "meetings" are attended, not run: no reading.
    assert split_phrase("HR meetings") == []
    assert split_phrase("forklift operation") == []


@pytest.mark.parametrize(
    ("text", "skill_id", "name"),
    [
        ("telehealth sessions", "telehealth", "Telehealth"),
        ("classroom guidance lessons", "social-emotional-learning", "classroom guidance"),
        ("community education presentations", "health-promotion", "community education"),
        ("Narcan training", "harm-reduction", "Narcan"),
        ("WRAP facilitation", "recovery-oriented-practice", "WRAP"),
        ("writing shift notes", "clinical-documentation", "shift notes"),
        ("running a DBT skills group", "dialectical-behaviour-therapy", "DBT skills"),
        ("helping people apply for benefits", "benefits-advice", "applying for benefits"),
        ("safety planning with families", "safety-planning", "Safety planning"),
        ("referrals to community mental health", "resource-referral", "referrals"),
        ("coordinating with psychiatrists and hospitals", "coordination", "coordinating"),
        ("DEI workshops", "diversity-equity-inclusion", "DEI"),
        ("presenting to county board", "presentation-skills", "presenting"),
        ("charting in Epic", "clinical-documentation", "charting"),
        ("building relationships with young people", "rapport-building", "relationship building"),
        ("statistics (SPSS, R)", "statistical-analysis", "statistics"),
        ("restraint training (Team Teach)", "physical-intervention", "restraint"),
        ("PHQ-9 and GAD-7", "outcome-measurement", "PHQ-9"),
        ("CPI / physical restraint", "physical-intervention", "CPI"),
    ],
)
def test_a_skill_named_in_a_phrase(default, text, skill_id, name):
    match = resolve_skill(text, taxonomy=default, semantic=False)
    assert (match.skill_id, match.method, match.matched_name) == (skill_id, "part", name)
    assert f"[part via {name!r}" in str(match)


@pytest.mark.parametrize(
    "text",
    [
        # the part before "to" is one word whose only near name is fuzzy
        "listening to music",
        "adaptation to climate change",
        # activity words after words that are no skill, or after a loose near name
        "board meetings",
        "piano lessons",
        "cooking classes",
        "forklift training",
        "welding workshops",
        "investor presentations",
        "writing software",
        "delivering pizzas",
        "running marathons",
        # attended, not practised
        "HR meetings",
        "leadership meetings",
        "supervision sessions",  # still ambiguous: giving or receiving it
        # brackets that qualify rather than give examples
        "counselling (received)",
        "CBT (not really)",
        # lists with a part that names nothing
        "CBT and forklift operation",
        "welding and truck driving",
        "Excel and Word",
    ],
)
def test_hostile_phrases_match_nothing(default, text):
    assert resolve_skill(text, taxonomy=default, semantic=False).skill_id is None


def test_a_phrase_naming_two_skills_is_neither_but_suggests_both(default):
    for text, named in [
        ("counselling and coaching", ["counselling", "coaching"]),
        ("listening skills, empathy", ["active-listening", "empathy"]),
        ("statistics (SPSS, CBT)", ["statistical-analysis", "cognitive-behavioural-therapy"]),
    ]:
        match = resolve_skill(text, taxonomy=default, semantic=False)
        assert match.skill_id is None, text
        assert [c.skill_id for c in match.alternatives[:2]] == named, text


def test_the_rest_of_a_phrase_cannot_change_the_skill_silently(default):
    # "to" reads what comes before it, so research recruitment has aliases of its own.
    trials = resolve_skill("recruitment to clinical trials", taxonomy=default, semantic=False)
    assert trials.skill_id == "research-methods"
    hiring = resolve_skill("recruitment to senior posts", taxonomy=default, semantic=False)
    assert (hiring.skill_id, hiring.method) == ("recruitment", "part")


def test_profiles_and_the_cli_say_how_a_phrase_resolved(default):
    profile = build_profile(["telehealth sessions:3", "CBT"], taxonomy=default, semantic=False)
    assert profile.skills == {"telehealth": 3, "cognitive-behavioural-therapy": 3}
    assert resolution(profile.entries[0]) == (
        "Telehealth (named in part of the text as 'Telehealth', level 3)"
    )
