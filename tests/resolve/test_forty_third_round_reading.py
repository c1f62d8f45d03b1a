"""Readings of the forty-third round (read43, review43): English texts of the thirty-fourth set."""

from __future__ import annotations

import pytest

from careermap.resolve.teaching import supervising

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
