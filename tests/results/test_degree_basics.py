"""A degree certifies reading, writing and critical thinking, whatever its subject.

Twenty-second round, the thirteenth set read by a counsellor: a counselling psychologist
with a PhD and four peer-reviewed papers was shown *Writing* as a gap five times in her
top ten, and a psychology graduate was told to learn reading comprehension.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.fields import DEGREE_BASICS, degree_skills

#: A profile with no writing, reading or critical thinking of its own.
SKILLS = ["PE/CPT", "program evaluation", "outcome measurement", "qualitative research"]


def gaps(default, **background):
    ranking = careermap.rank_careers(SKILLS, taxonomy=default, limit=10, background=background)
    return {gap.skill_id for match in ranking.matches for gap in match.gaps}


@pytest.mark.parametrize("education", ["bachelor", "master", "doctorate"])
def test_a_graduate_is_not_shown_the_basics_as_gaps(default, education):
    assert not gaps(default, education=education) & DEGREE_BASICS


def test_without_a_degree_they_are_still_gaps(default):
    # The same profile with an associate degree: the gaps the basics leave out are real.
    assert gaps(default, education="associate") & DEGREE_BASICS


def test_what_a_post_asks_beyond_the_basics_stays_a_gap(default):
    assert "report-writing" in gaps(default, education="doctorate")


def test_the_basics_are_skills_of_the_bundled_taxonomy(default):
    # degree_skills keeps only ids the taxonomy has: a renamed skill would silently drop.
    found = degree_skills(Background(education="bachelor"), default)
    assert found == DEGREE_BASICS
    assert all(skill in default.skill_index for skill in found)
