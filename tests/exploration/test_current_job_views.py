"""Every view of one role agrees with the ranking about the person's current job.

A ranking marks the role a person's job title names as their current job (verdict
``current``) and lists no gaps for it: they do the job. ``compare_roles`` and
``career_paths`` explain one role through ``role_match``; they must say the same.
"""

from __future__ import annotations

from tests.results.test_current_job import COACH, SKILLS

import careermap
from careermap import career_paths, compare_roles, rank_careers

# The health coach in a New Zealand general practice of tests/results/test_current_job.py
# (fifth persona set): her title names wellness-coach.
HELD = "wellness-coach"


def ranked(taxonomy, role_id):
    ranking = rank_careers(SKILLS, taxonomy=taxonomy, limit=None, background=COACH)
    return ranking, next(m for m in ranking if m.role_id == role_id)


def same_view(match, taxonomy):
    """The fields a person reads of one role, equal to the ranking's.

    A long list says the "own practice" caution once, at its head (``Ranking.practice``,
    thirty-sixth round); a view of one role says it on the role's own line.
    """
    ranking, expected = ranked(taxonomy, match.role_id)
    assert match.score == expected.score
    assert match.gaps == expected.gaps
    said = match.readiness
    if ranking.practice and said is not None and "It asks for none" in said.caution:
        before = said.caution.partition("It asks for none")[0].strip().removesuffix(".")
        said = said.model_copy(update={"caution": before})
    assert said == expected.readiness


def test_compare_roles_agrees_with_the_ranking(default):
    side = compare_roles(SKILLS, [HELD, "parent-educator"], taxonomy=default, background=COACH)
    held, other = side.matches
    assert held.readiness is not None
    assert held.readiness.verdict == "current"
    assert held.gaps == ()
    for match in side:
        same_view(match, default)
    # Another role keeps its gaps, less what the background certifies, as ranked.
    assert other.gaps


def test_compare_roles_reads_the_background_a_profile_carries(default):
    profile = careermap.build_profile(SKILLS, taxonomy=default, background=COACH)
    side = compare_roles(profile, [HELD], taxonomy=default)
    assert side.matches[0].gaps == ()
    same_view(side.matches[0], default)


def test_compare_roles_without_a_background_is_unchanged(default):
    side = compare_roles(SKILLS, [HELD], taxonomy=default)
    plain = rank_careers(SKILLS, taxonomy=default, limit=None)
    expected = next(m for m in plain if m.role_id == HELD)
    assert side.matches[0].readiness is None
    assert side.matches[0].gaps == expected.gaps != ()


def test_a_direct_move_into_the_current_job_lists_no_gaps(default):
    found = career_paths(SKILLS, HELD, taxonomy=default, background=COACH)
    same_view(found.direct, default)
    assert found.direct.gaps == ()


def test_a_path_through_the_current_job_lists_no_gaps_there(default):
    found = career_paths(SKILLS, "parent-educator", taxonomy=default, background=COACH, limit=None)
    steps = [
        (n, step)
        for path in found
        for n, step in enumerate(path.steps)
        if step.match.role_id == HELD
    ]
    # Both a first move (with readiness) and a later one (from a bridge role) into it.
    assert {n for n, _ in steps} >= {0, 1}
    for n, step in steps:
        assert step.match.gaps == ()
        if n == 0:
            same_view(step.match, default)
    # Without a job title the same moves list what the role asks that the person lacks.
    plain = career_paths(
        SKILLS,
        "parent-educator",
        taxonomy=default,
        background={**COACH, "current_role": None},
        limit=None,
    )
    assert any(s.match.gaps for p in plain for s in p.steps if s.match.role_id == HELD)
