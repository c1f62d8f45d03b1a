"""Readings of the forty-second round (read42, review42): English texts of the thirty-third set."""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.cv_duties import duties
from careermap.resolve.new_staff import as_bringing_on
from careermap.resolve.under_law import without_law

from ..conftest import read_lexically, skills_read


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # The work before "under", the law it was done under taken off (review42 P3).
        ("care coordination under the Mental Health Measure", ["care-coordination"]),
        ("care coordination under the Mental Health (Wales) Measure 2010", ["care-coordination"]),
        ("safeguarding under the Care Act 2014", ["safeguarding"]),
        # A law the names read is still read with the work, by the list reading first.
        (
            "care coordination under the Mental Health Act",
            ["care-coordination", "mental-health-legislation"],
        ),
    ],
)
def test_work_under_a_named_law(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text", ["home visits under supervision", "patients under the care of the CMHT"]
)
def test_under_without_a_law_is_not_taken_off(text):
    assert without_law(text) is None


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Cambridge Dictionary: to show someone the ropes is to show them how to do a job.
        ("showing new orderlies the ropes", ["training-delivery"]),
        ("showed the ropes to new starters", ["training-delivery"]),
        # One-to-one on the floor: mentoring, as precepting is (not HR's onboarding).
        ("Oriented and shadowed new counselors", ["mentoring"]),
        ("inducted newly qualified nurses", ["mentoring"]),
    ],
)
def test_bringing_new_colleagues_on(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    ["orienting patients to the ward", "shadowing a consultant psychiatrist", "ropes course"],
)
def test_others_brought_on_are_not_new_staff(text):
    assert as_bringing_on(text) is None


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Each duty of a CV line read as a text of its own (review42 P3, Bemidji); by
        # meaning "reviewed their treatment plans" is *Treatment planning* too.
        (
            "Oriented and shadowed new counselors and reviewed their treatment plans",
            ["mentoring"],
        ),
        (
            "Wrote care plans for every client and liaised with GPs",
            ["multidisciplinary-collaboration"],
        ),
        # Forty-third round (read43): assessments completed are read (resolve.completed),
        # so both duties are.
        (
            "Completed risk assessments on admission, ran DBT skills groups",
            ["dialectical-behaviour-therapy", "risk-assessment"],
        ),
        (
            "Conducted intake interviews, ran DBT skills groups and liaised with GPs",
            [
                "dialectical-behaviour-therapy",
                "intake-assessment",
                "multidisciplinary-collaboration",
            ],
        ),
    ],
)
def test_a_cv_lines_duties_read_each(default, text, skills):
    assert skills_read(text, default) == skills


def test_a_duty_naming_nothing_is_shown_unread(default):
    text = "Kept 245G binders current and ran motivational interviewing groups"
    (entry,) = careermap.build_profile([text], taxonomy=default, semantic=False).entries
    assert entry.match.skill_id == "motivational-interviewing"
    assert entry.match.unread == ("Kept 245G binders current",)


@pytest.mark.parametrize(
    "text",
    [
        "Supervised and trained two junior technicians",  # one duty, its verbs sharing the object
        "CBT and DBT skills groups",  # no past tense first: no CV line
        "Registered nurse and trained counsellor",
    ],
)
def test_no_duties(text):
    assert duties(text) is None


def test_a_cv_line_read_whole_is_not_cut(default):
    assert read_lexically("liaised with GPs", default) is not None
