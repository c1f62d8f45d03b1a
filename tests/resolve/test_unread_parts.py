"""A known skill inside a longer text is read, and what is left is shown unread (round 28).

Review 28 (P3): six people of the nineteenth set had a skill they named by its label or
alias dropped because a neighbour in the list named nothing ("reasonable adjustments /
Access to Work apps"), a version followed a code ("HCR-20 V3"), or a dash introduced
examples ("outreach - Guard drill weekends, rodeos, State Fair"). The guard the list rule
kept (a part in words may be work of another field) now shows that part as not
recognised instead of dropping the whole text (careermap.resolve.part_match._known).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.cli.format import profile_lines
from careermap.resolve.codes import is_code, without_version
from careermap.resolve.parts import dash_examples


def _read(text, taxonomy):
    profile = careermap.build_profile([text], taxonomy=taxonomy, semantic=False)
    return [(entry.match.skill_id, entry.match.unread) for entry in profile.entries]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "reasonable adjustments / Access to Work apps",
            [("reasonable-adjustments", ("Access to Work apps",))],
        ),
        (
            "CBT and forklift operation",
            [("cognitive-behavioural-therapy", ("forklift operation",))],
        ),
        ("MSE & relapse signs", [("clinical-assessment", ("relapse signs",))]),
        (
            "CBT, DBT and forklift operation",
            [
                ("cognitive-behavioural-therapy", ("forklift operation",)),
                ("dialectical-behaviour-therapy", ()),
            ],
        ),
    ],
)
def test_a_named_part_is_read_and_the_rest_shown_unread(text, read, default):
    assert _read(text, default) == read


@pytest.mark.parametrize(
    "text",
    [
        "welding and truck driving",  # no part names a skill
        "assessment and formulation",  # a word several names share is a suggestion
        "social workers and case managers",  # people near a name
        "SPSS and case managers",
        "Excel and SQL basics",  # read by its peeled words, as before
        # the parts after "with", "for" or "on" name whom or what it was with
        "liaison with occupational physicians and HR",
        "writing OH reports for managers and HR",
        "informal education sessions on drugs, consent and online safety",
    ],
)
def test_a_part_near_a_name_still_stops_the_list(text, default):
    assert all(not unread for _, unread in _read(text, default))


def test_a_reading_s_own_parts_are_not_a_list(default):
    """ "yoga instructor": the training and its topic, not a list the person wrote."""
    assert _read("yoga instructor", default) == [(None, ())]


def test_the_resolution_table_says_what_was_not_read(default):
    profile = careermap.build_profile(
        ["reasonable adjustments / Access to Work apps"], taxonomy=default, semantic=False
    )
    assert profile_lines(profile)[1].endswith("'Access to Work apps' not recognised)")
    assert "&#x27;Access to Work apps&#x27; not recognised" in profile._repr_html_()
    found = careermap.resolve_skill("CBT and forklift operation", taxonomy=default, semantic=False)
    assert str(found).endswith("'forklift operation' not recognised]")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("HCR-20 V3", "HCR-20"),
        ("ADOS-2 (2nd ed.)", "ADOS-2"),
        ("WAIS-IV, version 4.1", "WAIS-IV"),
        ("MoCA v8.1", "MoCA"),
        ("Level 3", "Level 3"),  # no code
        ("Step 2", "Step 2"),
    ],
)
def test_a_version_belongs_to_its_code(text, code):
    assert without_version(text) == code
    assert is_code(text) == (code != text)


def test_a_known_code_is_read_whatever_its_version(default):
    assert _read("HCR-20 V3", default) == [("risk-assessment", ())]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("outreach - Guard drill weekends, rodeos, State Fair", "community-outreach"),
        ("depot clinic - paliperidone, Abilify Maintena, Clopixol", "medication-management"),
        ("honours thesis - online survey in Qualtrics", None),
    ],
)
def test_a_dash_before_examples_reads_as_a_bracket(text, skill, default):
    assert [found for found, _ in _read(text, default)] == [skill]


def test_a_dash_after_a_title_is_not_a_bracket():
    assert dash_examples("lead counselor - schedule & training new staff") is None
    assert dash_examples("CBT - DBT - ACT") is None
    assert dash_examples("outreach - rodeos") == "outreach (rodeos)"


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        # Thirty-second round (silent32): a doing word's objects are no skills of the
        # person's own; the held-out phrase set found them matched without asking.
        ("assessed swallowing and communication after stroke", "communication"),
        ("assessed how patients managed cooking and self-care at home", "self-care"),
    ],
)
def test_a_doing_words_objects_are_only_suggested(text, suggested, default):
    match = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert match.skill_id is None
    assert suggested in [c.skill_id for c in match.alternatives]
    # A list of the person's own work still reads the part that names a skill.
    assert _read("CBT and forklift operation", default) == [
        ("cognitive-behavioural-therapy", ("forklift operation",))
    ]
