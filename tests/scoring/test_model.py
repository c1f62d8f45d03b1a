"""The worked example of docs/scoring.md, computed by hand on tests/data/mini."""

from __future__ import annotations

import math

import pytest

from careermap import ESSENTIAL_FACTOR, rank_careers, similar_roles

PROFILE = ["CBT:4", "listening actively", "crisis intervention"]


def by_id(ranking):
    return {m.role_id: m for m in ranking}


def test_worked_example_teacher(mini):
    teacher = by_id(rank_careers(PROFILE, taxonomy=mini, limit=None))["teacher"]
    # teaching (essential, w=1): CBT -> teaching 0.4, level 4 >= 3        -> 0.4 x 2
    # de-escalation (optional, w=1): crisis -> de-escalation 0.8, 3 >= 2  -> 0.8 x 1
    # communication (essential): listening is a kind of it: 0.8          -> 0.8 x 2
    assert teacher.coverage == pytest.approx((0.4 * 2 + 0.8 * 1 + 0.8 * 2) / (2 + 1 + 2))
    # Strengths are levels over 5: CBT 0.8, listening and crisis 0.6. Each skill transfers
    # into the role: 0.4, 0.8 (broader), and 0.8 into de-escalation, which the role uses
    # half as much as its heaviest (1 of 2), against crisis intervention's strength 0.6:
    # 0.8 * 0.5 / 0.6. Utilisation is their mean weighted by strength.
    use = 0.8 * 0.5 / 0.6
    assert teacher.utilisation == pytest.approx((0.8 * 0.4 + 0.6 * 0.8 + 0.6 * use) / 2.0)
    assert teacher.utilisation == pytest.approx(0.6)
    assert teacher.score == pytest.approx(math.sqrt(0.64 * 0.6))
    assert teacher.band == "strong"
    assert [r.skill_id for r in teacher.transferred] == [
        "teaching",
        "deescalation",
        "communication",
    ]
    assert teacher.matched == ()
    assert teacher.gaps == ()
    step = teacher.transferred[1].path[0]
    assert (step.source_id, step.target_id, step.relation, step.weight) == (
        "crisis",
        "deescalation",
        "transfers_to",
        0.8,
    )
    # Explanations speak plainly: the reason a practitioner would give, not the relation.
    assert str(step) == "from Crisis intervention: Both calm a volatile situation"
    assert step.reason == "Both calm a volatile situation."


def test_level_below_the_role_earns_partial_credit(mini):
    therapist = by_id(rank_careers(PROFILE, taxonomy=mini, limit=None))["therapist"]
    listening = therapist.matched[0]
    # Listening given without a level counts as 3; the therapist role asks for 4.
    assert (listening.skill_id, listening.source_level, listening.required_level) == (
        "listening",
        3,
        4,
    )
    assert listening.credit == pytest.approx(0.75)
    assert therapist.coverage == pytest.approx((0.75 * 2 + 1 * 2 + 1 * 0.5) / 4.5)
    # Crisis intervention is optional with weight 0.5: the role uses it 0.5 / 2 = 0.25,
    # against its strength 0.6 (level 3 of 5).
    assert therapist.utilisation == pytest.approx((0.6 * 1 + 0.8 * 1 + 0.6 * 0.25 / 0.6) / 2.0)


def test_gaps_are_ordered_by_cost_and_essential_costs_more(mini):
    therapist = by_id(rank_careers(["crisis intervention"], taxonomy=mini, limit=None))["therapist"]
    assert [g.skill_id for g in therapist.gaps] == ["cbt", "listening"]
    assert all(g.essential for g in therapist.gaps)
    assert therapist.gaps[0].cost == pytest.approx(ESSENTIAL_FACTOR / 4.5)
    mediator = by_id(rank_careers(["crisis intervention"], taxonomy=mini, limit=None))["mediator"]
    assert mediator.gaps[0].cost > 0


def test_hierarchy_credit_goes_both_ways(mini):
    up = by_id(rank_careers(["listening:5"], taxonomy=mini, limit=None))["teacher"]
    assert up.transferred[0].path[0].relation == "broader"
    assert up.transferred[0].credit == pytest.approx(0.8)
    # A broader skill earns half credit for its narrower ones.
    down = by_id(rank_careers(["communication:5"], taxonomy=mini, limit=None))["mediator"]
    assert down.transferred[0].path[0].relation == "narrower"
    assert down.transferred[0].credit == pytest.approx(0.5)


def test_utilisation_keeps_narrow_roles_from_floating_up(mini):
    # Payroll clerk needs one skill; a person with payroll and three clinical skills
    # covers it fully but the role uses 0.6 of their 2.6 strengths (levels over 5).
    ranking = by_id(rank_careers([*PROFILE, "payroll"], taxonomy=mini, limit=None))
    clerk = ranking["payroll-clerk"]
    assert clerk.coverage == 1.0
    assert clerk.utilisation == pytest.approx(0.6 / 2.6)
    assert clerk.score == pytest.approx(math.sqrt(0.6 / 2.6))
    assert ranking["therapist"].score > clerk.score
    assert clerk.unused == (
        "Active listening",
        "Cognitive behavioural therapy",
        "Crisis intervention",
    )


def test_similar_roles_uses_the_roles_requirements(mini):
    ranking = similar_roles("mediator", taxonomy=mini)
    assert "mediator" not in [m.role_id for m in ranking]
    assert ranking.profile.skills == {"deescalation": 3, "listening": 3}
    # Teacher: de-escalation direct (optional), communication through listening (0.8 x 2).
    assert ranking[0].role_id == "teacher"
    assert ranking[0].coverage == pytest.approx((1.0 + 1.6) / 5)
