"""Readings of the forty-third round (read43, review43): English texts of the thirty-fourth set."""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.completed import completed_work
from careermap.resolve.floor_work import floor_work, topic_talks
from careermap.resolve.teaching import supervising
from careermap.resolve.used_instruments import with_instruments

from ..conftest import skills_read


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # New graduates are newly qualified practitioners, supervised clinically (review43 P5).
        ("supervision of new graduates", ["clinical-supervision"]),
        ("supervised 2 new grads", ["clinical-supervision"]),
        ("clinical supervision of recent graduates", ["clinical-supervision"]),
        # Managers by grade or post are led and managed.
        ("supervising CNM2s", ["management-of-personnel-resources", "team-leadership"]),
        (
            "supervising team leaders and shift leads",
            ["management-of-personnel-resources", "team-leadership"],
        ),
        # A count before whom says nothing of who they are.
        ("Mentored three new peer support workers", ["mentoring"]),
        ("mentoring 4 junior case workers", ["mentoring"]),
        ("supervising 12 staff", ["management-of-personnel-resources"]),
        # Field education is the practice education of social work students.
        ("field instruction of MSW students", ["clinical-supervision"]),
        ("field educator for students on placement", ["clinical-supervision"]),
    ],
)
def test_supervising_a_grade_or_a_peer(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        "supervising young people on court orders",
        "supervising contact between parents and children",
    ],
)
def test_supervising_others_is_not_supervision_of_staff(text):
    assert supervising(text) == ()


def test_case_managers_are_practitioners_not_managers():
    assert supervising("supervising case managers") == ("clinical supervision",)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Visits going out to people who cannot come to a service: outreach (review43 P4).
        ("weekly home visits to housebound parishioners", ["community-outreach"]),
        ("visiting housebound older people", ["community-outreach"]),
        ("visiting the elderly and the bereaved", ["community-outreach"]),
        ("village visits on foot", ["community-outreach"]),
        ("visiting the outer villages", ["community-outreach"]),
        # To parents or babies, family home visiting.
        ("home visits to expectant mothers", ["parent-engagement"]),
        # Pastoral visiting, or pastoral care in a parish or hospital: spiritual care.
        ("pastoral visits to the housebound", ["spiritual-care"]),
        ("pastoral care in a hospice", ["spiritual-care"]),
        # Follow-up after a hospital stay: continuity of care (NICE NG53).
        ("follow-up of patients discharged from the acute unit", ["discharge-planning"]),
        ("post-discharge follow-up calls", ["discharge-planning"]),
        ("injections and follow-up of recently discharged clients", ["discharge-planning"]),
        # Admissions and discharges on a ward.
        ("ward admissions and discharges", ["discharge-planning", "intake-assessment"]),
        # Leading a named team; the team's work when its words name a skill.
        ("leading the night nursing team", ["team-leadership"]),
        # A crisis resolution and home treatment team's work is crisis response.
        ("head of the home treatment team", ["crisis-response", "team-leadership"]),
        ("coordinating the outreach team", ["community-outreach", "team-leadership"]),
        # Joint working with other services (review43 P8).
        ("joint working with housing and the police", ["multidisciplinary-collaboration"]),
        # Sports nights in a community programme (review43 P9).
        ("running a weekly football club", ["activities-coordination"]),
        ("midnight basketball league", ["activities-coordination"]),
        # Talks with their topic first (review43 P13).
        ("sleep talks for night staff", ["presentation-skills"]),
    ],
)
def test_work_as_the_floor_writes_it(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        # A home visit with nothing said of whom is a setting, read as nothing, even by
        # meaning (it had been *Parent engagement*).
        "home visiting",
        "home visits",
        "domiciliary visits",
    ],
)
def test_a_home_visit_alone_is_a_setting(default, text):
    profile = careermap.build_profile([text], taxonomy=default)
    assert [entry.match.skill_id for entry in profile.entries] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "home visits before discharge",
        # Home visits to a caseload stay a setting (measured: outreach posts first).
        "home visits to people with bipolar disorder",
        "seeing service users in their own homes",
        "visiting a consultant",
        "supporting families",
        "supporting the elderly",
        "medication talks with families",
        "working with CAMHS",
        "leading on safeguarding",
        "coordinating with the team",
        "liaising with the crisis team",
    ],
)
def test_others_are_not_floor_work(text):
    assert floor_work(text) is None
    assert topic_talks(text) is None


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        # Withdrawal assessments by their scales, and completed (review43 P6).
        ("withdrawal assessments on the detox ward", ["substance-use-treatment"]),
        ("completed withdrawal assessments for new admissions", ["substance-use-treatment"]),
        ("Completed CIWA-Ar and COWS withdrawal scoring", ["substance-use-treatment"]),
        ("completed intake assessments", ["intake-assessment"]),
        ("Completed suicide risk screens on admission", ["suicide-risk-assessment"]),
        # One duty of a CV line read so, the other still read by cv_duties.
        (
            "Completed withdrawal assessments and ran relapse prevention groups",
            ["relapse-prevention", "substance-use-treatment"],
        ),
        # An assessment with its instruments after "with" or "using" (review43 P9).
        ("diagnostic assessments using the ADOS-2 and ADI-R", ["psychometric-testing"]),
        ("autism evaluations with ADOS", ["psychometric-testing"]),
    ],
)
def test_assessments_done_and_their_instruments(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        "Completed a Certificate IV in Training and Assessment",
        "completed the ASIST workshop",
    ],
)
def test_a_course_completed_is_no_practice(default, text):
    assert completed_work(text) is None
    assert skills_read(text, default) == []


@pytest.mark.parametrize(
    "text", ["risk assessment with families", "assessments with young people", "testing with users"]
)
def test_with_whom_is_no_instrument(text):
    assert with_instruments(text) is None
