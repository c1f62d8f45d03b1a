"""An entry-level post says it pays a starter's wage to a person of many years.

Twenty-first round, a counsellor's review of sets six to eleven: 67 of the 480 top-five
entries were entry-level posts shown to people of eight years or more as "Ready now" and
nothing else. A change of field is no step down (docs/scoring.md), so the tier stays;
the verdict's words say what the post pays.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness
from careermap.results.rungs import STARTER_YEARS
from careermap.results.starter import starter_head

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
    # The line names the post's level; what it may pay is a note, said once at the head
    # of a ranking (thirty-sixth round, review35 P11: on 24 top-ten lines).
    assert found.summary == "Ready now (an entry-level post)"
    assert found.notes[-1] == (
        "An entry-level post may pay a starter's wage, though some employers count your 12 "
        "years' experience."
    )
    # Said as a possibility, never as what to expect (twenty-seventh round, review P10).
    assert "may pay" in found.notes[-1]
    assert "expect" not in found.notes[-1]


@pytest.mark.parametrize("years", [STARTER_YEARS - 1, None])
def test_fewer_years_or_none_given_say_nothing_of_pay(default, years):
    found = summary(default, years_experience=years, **COUNSELLOR)
    assert "starter" not in f"{found.summary} {found.notes}"
    assert "entry-level" not in found.summary


def test_not_said_to_a_person_open_to_a_step_down(default):
    found = summary(default, years_experience=12, step_back=True, **COUNSELLOR)
    assert "starter" not in f"{found.summary} {found.notes}"


def test_not_said_when_the_job_title_names_an_entry_level_role(default):
    peer = {"education": "bachelor", "years_experience": 10, "country": "US"}
    assert lookup_role("peer-support-specialist", taxonomy=default).entry.seniority.value == "entry"
    own = summary(default, current_role="Peer support specialist", **peer)
    assert "starter" not in f"{own.summary} {own.notes}"
    # The same person with a title careermap does not know is told.
    assert "starter's wage" in " ".join(summary(default, current_role="Night porter", **peer).notes)


def test_a_mid_level_post_says_nothing_of_pay(default):
    found = role_readiness(
        lookup_role("mental-health-programme-manager", taxonomy=default),
        Background(years_experience=12, **COUNSELLOR),
        taxonomy=default,
        shown=None,
    )
    assert found is not None
    assert "starter" not in found.summary


def test_a_ranking_says_the_starters_pay_once_at_its_head(default):
    # Review35 P11: "Ready now (an entry-level post: it may pay a starter's wage, ...)" sat
    # on 24 top-ten lines, all ten of one person's first ten.
    ranking = careermap.rank_careers(
        ["customer service", "intake", "scheduling", "case management"],
        taxonomy=default,
        background={"years_experience": 12, **COUNSELLOR},
        limit=10,
    )
    marked = [m for m in ranking if "(an entry-level post)" in m.readiness.summary]
    assert marked
    assert ranking.starter == (
        'Posts marked "an entry-level post" may pay a starter\'s wage, though some employers '
        "count your 12 years' experience."
    )
    assert not any("starter" in m.readiness.summary for m in ranking)
    assert ranking.explain().count("starter's wage") >= 1
    younger = careermap.rank_careers(
        ["customer service", "intake", "scheduling", "case management"],
        taxonomy=default,
        background={"years_experience": 4, **COUNSELLOR},
        limit=10,
    )
    assert younger.starter == ""
    assert not any("entry-level post" in m.readiness.summary for m in younger)


def test_no_head_note_when_no_listed_post_is_marked(default):
    # An entry-level post whose verdict is not ready or certify (lived experience needed,
    # a step down) is not marked "(an entry-level post)": the head does not speak of it.
    where = {role.id: i for i, role in enumerate(default.roles)}
    person = Background(years_experience=12, **COUNSELLOR)
    for role_id in ("peer-support-specialist", "community-health-worker"):
        found = role_readiness(default.roles[where[role_id]], person, taxonomy=default, shown=None)
        assert found.verdict in {"needs", "step-down"}, role_id
        assert starter_head([where[role_id]], person, default) == ""
    intake = where["intake-coordinator"]
    assert starter_head([where["peer-support-specialist"], intake], person, default)
    assert starter_head([intake], None, default) == ""


def test_not_said_of_the_post_whose_licence_the_person_holds(default):
    # Thirty-eighth round (review38 P10): a registered occupational therapist of seventeen
    # years, whose title (a DBT team leader) names no role, was told the OT's post is "an
    # entry-level post". It is her own profession; an entry-level post of another is still
    # named as one.
    background = Background(
        education="master",
        years_experience=17,
        credentials=["HCPC registered occupational therapist"],
        country="GB",
        current_role="Team Leader, DBT programme",
    )
    own = role_readiness(
        lookup_role("occupational-therapist", taxonomy=default),
        background,
        taxonomy=default,
        shown=None,
    )
    assert own is not None
    assert own.verdict == "ready"
    assert "entry-level" not in own.summary
    other = role_readiness(
        lookup_role("intake-coordinator", taxonomy=default),
        background,
        taxonomy=default,
        shown=None,
    )
    assert other is not None
    assert "an entry-level post" in other.summary  # "A step down in scope ...: an entry-level post"
