"""A returner's former post read from their title as past work (read41, review41 P5)."""

from __future__ import annotations

import pytest

from careermap.resolve.background import Background
from careermap.results.current import current_role
from careermap.results.former_posts import former_post
from careermap.results.past_work import past_practice
from careermap.results.work_kind import essential_skills
from careermap.taxonomy.lookup import get_role

RETURNING = "Returning to work (former community mental health nurse)"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        (RETURNING, "community-mental-health-nurse"),
        ("Career break - formerly Staff Nurse, acute psychiatry", "psychiatric-nurse"),
        ("On a career break (previously a substance use counsellor)", "substance-use-counsellor"),
    ],
)
def test_a_returners_former_post_is_practised(default, title, role):
    practised = past_practice(Background(current_role=title, years_experience=12), default)
    assert essential_skills(get_role(role, taxonomy=default)) <= practised


def test_the_former_post_is_not_the_current_job(default):
    # The returner's verdict (a lapsed registration to renew) stands: not "your current job".
    assert current_role(RETURNING, default) is None


def test_a_short_spell_certifies_nothing(default):
    assert past_practice(Background(current_role=RETURNING, years_experience=1), default) == (
        frozenset()
    )


@pytest.mark.parametrize(
    "title",
    [
        "Peer mentor (former service user)",
        "Volunteer (former patient)",
        "Returning to work (ex-offender)",
        "Trainee Clinical Psychologist (withdrawn)",
        "Returning to work",
    ],
)
def test_what_a_person_was_is_no_post(title):
    assert former_post(title) is None


def test_a_title_naming_a_post_held_now_is_not_past_work(default):
    # "Peer support worker (former nurse)": the post held now is read, the nurse's is not.
    back = Background(current_role="Peer support worker (former nurse)", years_experience=10)
    assert past_practice(back, default) == frozenset()


NOT_PRACTISING = "Social worker (not practising since 2014), community mental health team"


@pytest.mark.parametrize(
    ("title", "held"),
    [
        (NOT_PRACTISING, "Social worker, community mental health team"),
        ("Psychiatrist (retired)", "Psychiatrist"),
        ("Mental health nurse, non-practising", "Mental health nurse"),
    ],
)
def test_a_post_no_longer_practised_is_not_the_current_job(default, title, held):
    # read42 (review42 P5, P7): the title names the post, and says it is not held now.
    assert current_role(held, default) is not None
    assert current_role(title, default) is None


def test_a_post_no_longer_practised_is_past_work(default):
    assert former_post(NOT_PRACTISING) == "Social worker, community mental health team"
    back = Background(current_role=NOT_PRACTISING, years_experience=12)
    role = current_role("Social worker, community mental health team", default)
    assert role is not None
    assert essential_skills(role) <= past_practice(back, default)


@pytest.mark.parametrize("title", ["Social worker (practising)", "Retirement planning adviser"])
def test_practising_words_alone_say_nothing(default, title):
    assert former_post(title) is None
