"""Texts the read sets left unread or misread (fortieth round, read40).

The thirty-first set, read this round (review40 P3, P5), wrote its ward and team work as
CV lines: new staff oriented, the ward roster done, a team led and supervised, senior
social workers and practice teachers supervised, case files audited against a framework,
work coordinated with a ministry, and living skills taught (with examples, in clients'
homes). Each paraphrase now reads by name (or, for the taught skills, is no longer
*Instructing*), with a near miss that must not.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.agencies import with_agencies
from careermap.resolve.shared_verbs import each_verb
from careermap.resolve.teaching import practice_taught

from ..conftest import read_lexically, skills_read


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("orienting new staff to the ward", "onboarding"),
        ("new staff orientation", "onboarding"),
        ("doing the ward roster", "management-of-personnel-resources"),
        ("writing the ward rota", "management-of-personnel-resources"),
        ("case file audits against the standards", "regulatory-compliance"),
        ("audited nursing care records against CQC standards", "regulatory-compliance"),
        ("basic living skills", "independent-living-skills"),
        ("life skills (budgeting, cooking)", "independent-living-skills"),
        ("Supervise senior social workers and practice teachers", "clinical-supervision"),
        ("liaising with social services and the police", "multidisciplinary-collaboration"),
        ("coordination with the Ministry of Health", "multidisciplinary-collaboration"),
    ],
)
def test_ward_and_team_work_reads(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text",
    [
        "sexual orientation",
        "orientation week for freshers",
        "rosters for the football team",
        "the duty roster for student crises",
        "violence against women",
        "working with clients on probation",
        "auditing financial records against the budget",
        "coordination of the annual conference",
    ],
)
def test_near_misses_stay_unread(taxonomy, text):
    assert read_lexically(text, taxonomy) not in {
        "onboarding",
        "management-of-personnel-resources",
        "multidisciplinary-collaboration",
        "regulatory-compliance",
    }


def test_coordinating_with_the_team_is_still_coordination(taxonomy):
    assert read_lexically("coordinating with the team", taxonomy) == "coordination"
    assert with_agencies("coordinating with the team") == ()


def test_two_verbs_over_one_team_read_each(taxonomy):
    text = "Lead and supervise a team of 12 nurses across two wards"
    assert skills_read(text, taxonomy) == ["clinical-supervision", "team-leadership"]
    assert skills_read("led and managed the night team", taxonomy) == [
        "management-of-personnel-resources",
        "team-leadership",
    ]


@pytest.mark.parametrize(
    "text", ["recruited and trained volunteers", "led and supervised the choir's tour"]
)
def test_two_verbs_read_only_when_each_has_a_reading(text):
    assert each_verb(text) == ()


def test_living_skills_taught_in_homes_are_no_instructing(taxonomy):
    text = "Taught daily living skills (budgeting, cooking) in tenants' homes"
    assert practice_taught("daily living skills (budgeting, cooking) in tenants' homes")
    assert read_lexically(text, taxonomy) != "instructing"
    # A course taught in the community is still teaching work.
    assert read_lexically("teaching the diploma module in the community", taxonomy) == (
        "instructing"
    )


def test_a_bracket_naming_another_skill_still_stops_the_reading(taxonomy):
    # Budgeting is an example of living skills (its alias "teaching budgeting"), not of
    # statistics.
    assert read_lexically("statistics (SPSS, budgeting)", taxonomy) is None
