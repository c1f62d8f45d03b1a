"""Supervising students in placement shows the clinical supervisor's experience.

Twenty-third round, review 23 (finding 12): the clinical supervisor's experience words
("supervisor, supervising, practice educator ...") did not list what those who supervise
students call themselves: a US social work field instructor, an Australian field educator,
a UK practice teacher, a nurse who precepts. docs/taxonomy-notes.md, "Experience words
for student supervision".
"""

from __future__ import annotations

import pytest

from careermap import lookup_role
from careermap.base.text import normalize
from careermap.results.experience import Shown


@pytest.fixture(scope="module")
def wanted():
    experience = lookup_role("clinical-supervisor").entry.experience
    assert experience is not None
    return experience


def shown(text):
    return Shown(text=f" {normalize(text)} ")


@pytest.mark.parametrize(
    "text",
    [
        "takes students on placement every year",
        "MSW field instructor",
        "social work field instructor for six years",
        "field instructor for MSW students",
        "field educator (AASW)",
        "practice teacher for social work students",
        "precepting new graduate nurses",
        "preceptor for nursing students",
    ],
)
def test_supervising_students_shows_the_experience(wanted, text):
    assert shown(text).holds(wanted)


@pytest.mark.parametrize(
    "text",
    [
        # Being supervised, or a front-line job of the same name, is not supervising.
        "prescribing under preceptor supervision",
        "wilderness therapy field instructor",
        "completed my preceptorship",
        "teaching students",
    ],
)
def test_these_do_not_show_it(wanted, text):
    assert not shown(text).holds(wanted)
