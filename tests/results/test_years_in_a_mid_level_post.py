"""Years in a mid-level post reach no higher than its rung (twenty-sixth round).

A counsellor's review of the seventeenth set (review 26, P5a): a guidance counsellor of
15 years was told "A step down: an entry-level role after 15 years" of the employment
specialist and academic advisor posts she accepted, because 15 years count as the lead
rung. A school counsellor is a mid-level post, and one of 15 years is no lead: unless her
title carries a grade word (senior, lead, head, band 6 ...), her years reach no higher
than her role's rung, and an entry-level post is a change of field, not a step down.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.current import own_seniority
from careermap.results.readiness import role_readiness
from careermap.taxonomy.entry import Seniority


def _verdict(role_id, years, title, education="master"):
    person = Background(
        education=education,
        years_experience=years,
        country="IE",
        current_role=title,
    )
    found = role_readiness(
        lookup_role(role_id), person, taxonomy=careermap.load_taxonomy(), shown=None
    )
    assert found is not None
    return found


def test_a_mid_level_title_caps_the_years_rung():
    taxonomy = careermap.load_taxonomy()
    title = "Guidance Counsellor (post-primary school)"
    assert own_seniority(title, taxonomy) is Seniority.MID
    found = _verdict("employment-specialist", 15, title)
    assert found.verdict != "step-down", found
    assert "A step down" not in found.summary
    # A starter's pay is still named: an entry-level post pays one, whatever the level
    # of the work before it.
    assert "starter's wage" in " ".join(found.notes)


def test_a_grade_word_keeps_the_step_down():
    taxonomy = careermap.load_taxonomy()
    for title in (
        "Senior Guidance Counsellor",
        "Community Psychiatric Nurse (Band 6)",
        "Program Director and Licensed Addiction Counselor",
        "Clinical Nurse, Acute Mental Health Unit",
    ):
        assert own_seniority(title, taxonomy) is Seniority.SENIOR, title
    found = _verdict("employment-specialist", 15, "Senior Guidance Counsellor")
    assert found.summary.startswith("A step down: an entry-level role after 15 years"), found


def test_a_title_naming_no_role_names_the_starters_pay_not_a_step_down():
    # Thirty-third round (review 32, P5): a title naming no role does not say the level
    # its years reached, so years alone make no step down under it; an entry-level post
    # is named by its starter's pay. With no title given, the years still make one.
    found = _verdict("employment-specialist", 15, "Adviser")
    assert found.verdict == "ready", found
    assert "starter's wage" in " ".join(found.notes)
    untitled = _verdict("employment-specialist", 15, None)
    assert untitled.summary.startswith("A step down: an entry-level role after 15 years")


def test_with_a_school_diploma_only_a_higher_title_makes_a_step_down_by_years():
    # Review 26, P5d: a community integration worker of 19 years with a high school
    # diploma was told her accepted benefits eligibility post was "A step down: an
    # entry-level role after 19 years", and of a starter's pay. Her title names no role;
    # with a school diploma, her years are most likely years of entry-level work.
    title = "Community Integration Worker (MHRT/C)"
    found = _verdict("eligibility-worker", 19, title, education="secondary")
    assert found.verdict == "ready", found
    assert "starter" not in f"{found.summary} {found.notes}"
    # A degree two levels above the post's makes the step down; the years under a title
    # naming no role do not (thirty-third round, review 32 P5).
    graduate = _verdict("eligibility-worker", 19, title, education="bachelor")
    assert graduate.verdict == "step-down", graduate
    assert "after 19 years" not in graduate.summary
    # A title naming a role above the post keeps the step down.
    senior = _verdict("eligibility-worker", 19, "Clinical supervisor", education="secondary")
    assert senior.summary.startswith("A step down: an entry-level role after 19 years"), senior
