"""An entry-level post says it pays a starter's wage to a person of many years.

Twenty-first round, a counsellor's review of sets six to eleven: 67 of the 480 top-five
entries were entry-level posts shown to people of eight years or more as "Ready now" and
nothing else. A change of field is no step down (docs/scoring.md), so the tier stays;
the verdict's words say what the post pays.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness
from careermap.results.rungs import STARTER_YEARS

#: A school counsellor moving out of schools (a licensed therapist would be a step down in
#: scope, a tier of its own).
COUNSELLOR = {"education": "master", "country": "US"}


def summary(default, **background):
    found = role_readiness(
        lookup_role("intake-coordinator", taxonomy=default),
        Background(**background),
        taxonomy=default,
        shown=None,
    )
    assert found is not None
    return found


def test_a_counsellor_of_twelve_years_is_told_the_post_pays_a_starter(default):
    found = summary(default, years_experience=12, **COUNSELLOR)
    assert found.verdict == "ready"  # the tier is unchanged
    assert found.summary == (
        "Ready now (an entry-level post: it may pay a starter's wage, though some employers "
        "count your 12 years' experience)"
    )
    # Said as a possibility, never as what to expect (twenty-seventh round, review P10).
    assert "may pay" in found.summary
    assert "expect" not in found.summary


@pytest.mark.parametrize("years", [STARTER_YEARS - 1, None])
def test_fewer_years_or_none_given_say_nothing_of_pay(default, years):
    assert "starter" not in summary(default, years_experience=years, **COUNSELLOR).summary


def test_not_said_to_a_person_open_to_a_step_down(default):
    found = summary(default, years_experience=12, step_back=True, **COUNSELLOR)
    assert "starter" not in found.summary


def test_not_said_when_the_job_title_names_an_entry_level_role(default):
    peer = {"education": "bachelor", "years_experience": 10, "country": "US"}
    assert lookup_role("peer-support-specialist", taxonomy=default).entry.seniority.value == "entry"
    own = summary(default, current_role="Peer support specialist", **peer)
    assert "starter" not in own.summary
    # The same person with a title careermap does not know is told.
    assert "starter's wage" in summary(default, current_role="Night porter", **peer).summary


def test_a_mid_level_post_says_nothing_of_pay(default):
    found = role_readiness(
        lookup_role("mental-health-programme-manager", taxonomy=default),
        Background(years_experience=12, **COUNSELLOR),
        taxonomy=default,
        shown=None,
    )
    assert found is not None
    assert "starter" not in found.summary
