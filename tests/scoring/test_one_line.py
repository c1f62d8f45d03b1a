"""A stranger's starter post resting on one routine line (careermap.scoring.one_line)."""

from __future__ import annotations

import careermap
from careermap.resolve.profile import Background
from careermap.scoring.one_line import defining_skills, one_line_posts, trade_roles

# The twenty-eighth set's Kotor ward head nurse, asking to step up: her English lines, as
# the benchmark reads them (rosters, supervision, de-escalation and restraint, languages).
HEAD_NURSE = [
    "rosters for the ward:5",
    "supervision of 14 nurses and technicians:5",
    "de-escalation and restraint records:4",
    "English and Italian:3",
]
BACKGROUND = {
    "education": "bachelor",
    "field": "nursing",
    "credentials": ["Licence to practise as a nurse (Montenegro)", "Bachelor of Nursing"],
    "years_experience": 10,
    "country": "ME",
    "current_role": "Glavna sestra odjeljenja (ward head nurse), special psychiatric hospital",
    "experience": {"Staff nurse, psychiatric ward": 15},
}
STRANGERS = ("behaviour-interventionist", "residence-life-coordinator")
OWN_TRADE = ("nurse-educator", "mental-health-programme-manager")


def _order(**changes):
    ranking = careermap.rank_careers(HEAD_NURSE, background={**BACKGROUND, **changes}, limit=None)
    return [m.role_id for m in ranking]


def test_the_head_nurses_own_trade_leads_before_starter_posts_on_her_de_escalation():
    order = _order()
    # Before the thirty-ninth round the behaviour interventionist and the residence post
    # came first and second, each from "de-escalation" alone.
    first = max(order.index(r) for r in OWN_TRADE)
    assert all(order.index(r) > first for r in STRANGERS), order[:8]
    # Both stay listed, in her first ten.
    assert all(order.index(r) < 10 for r in STRANGERS), order[:10]


def test_without_a_trade_named_nothing_moves(default):
    said = ["conflict-de-escalation", "clinical-supervision"]
    assert one_line_posts(said, Background(current_role="Barista"), default) == frozenset()
    assert one_line_posts(said, Background(), default) == frozenset()


def test_the_posts_are_entry_level_strangers_resting_on_one_routine_line(default):
    nurse = Background(**{k: v for k, v in BACKGROUND.items() if k != "years_experience"})
    said = ["conflict-de-escalation", "clinical-supervision", "management-of-personnel-resources"]
    found = {default.roles[i].id for i in one_line_posts(said, nurse, default)}
    assert set(STRANGERS) <= found
    sectors = {role.sector for role in trade_roles(nurse, default)}
    for role_id in found:
        role = default.role_index[role_id]
        assert role.entry is not None
        assert role.entry.seniority.value == "entry"
        assert role.sector not in sectors
        assert not defining_skills(role) & set(said)
    # A post whose own core work the person gave is not a stranger's.
    own = one_line_posts([*said, "behaviour-support"], nurse, default)
    assert "behaviour-interventionist" not in {default.roles[i].id for i in own}


def test_a_person_leaving_the_sector_of_their_trade_keeps_the_order_of_fit():
    # Excluding the sectors her record places her trade in, another trade is what she
    # asks for: the rule does not apply (scoring.leaving.left_sectors).
    ranking = careermap.rank_careers(
        HEAD_NURSE,
        background=BACKGROUND,
        exclude_sectors=["mental-health", "healthcare-administration"],
        limit=3,
    )
    assert ranking[0].role_id in STRANGERS
