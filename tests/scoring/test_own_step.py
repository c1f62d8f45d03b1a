"""A step up in the person's own licensed trade first (careermap.scoring.own_step)."""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.scoring.own_step import own_steps, step_first
from careermap.taxonomy.models import Importance, Seniority

# The thirty-third set's Bemidji alcohol and drug counselor: her CV lines are unread but
# one, her licence is read, and her verdict on the supervisor's post is "Ready now".
TEXTS = [
    "Oriented and shadowed new counselors and reviewed their treatment plans:4",
    "motivational interviewing:5",
]
BACKGROUND = {
    "education": "bachelor",
    "field": "addiction studies",
    "credentials": ["LADC, Minnesota Board of Behavioral Health and Therapy"],
    "years_experience": 9,
    "current_role": "Licensed Alcohol and Drug Counselor, women's residential treatment",
    "country": "US",
}
_RUNGS = list(Seniority)


def _ids(default, positions):
    return {default.roles[i].id for i in positions}


def _top(background, limit=5, **options):
    ranking = careermap.rank_careers(TEXTS, background=background, limit=None, **options)
    return [m.role_id for m in ranking][:limit]


def test_own_steps_are_higher_rungs_of_the_same_licence_and_work(default):
    counselor = Background(**BACKGROUND)
    found = own_steps(counselor, default)
    assert "substance-use-clinical-supervisor" in _ids(default, found)
    own = next(r for r in default.roles if r.id == "substance-use-counsellor")
    own_licences = {c.id for c in own.entry.credentials if c.required}
    for i in found:
        role = default.roles[i]
        assert role.sector == own.sector
        assert _RUNGS.index(role.entry.seniority) > _RUNGS.index(own.entry.seniority)
        assert {c.id for c in role.entry.credentials if c.required} & own_licences
        essential = {r.skill for r in role.requirements if r.importance is Importance.ESSENTIAL}
        assert essential
    # No wish for the same work elsewhere, no avoided condition, their own sector kept.
    assert own_steps(counselor.model_copy(update={"same_work": True}), default) == frozenset()
    avoid = counselor.model_copy(update={"avoid": ["managing-staff"]})
    assert "substance-use-clinical-supervisor" not in _ids(default, own_steps(avoid, default))
    kept = {s.id for s in default.sectors} - {own.sector}
    assert own_steps(counselor, default, kept) == frozenset()
    # A title naming no role, or a role asking no licence, has no step of this kind.
    assert own_steps(Background(current_role="Quantity surveyor"), default) == frozenset()


def test_the_ready_step_up_of_her_own_trade_leads_her_list():
    top = _top(BACKGROUND)
    assert top[0] == "substance-use-clinical-supervisor"
    # Wanting the same work elsewhere, the step is not brought up.
    same = _top({**BACKGROUND, "same_work": True}, limit=None)
    assert same[0] != "substance-use-clinical-supervisor"
    # The order only: its score and verdict are those of the score order.
    ranking = careermap.rank_careers(TEXTS, background=BACKGROUND, limit=None)
    by_fit = careermap.rank_careers(TEXTS, background=BACKGROUND, limit=None, order="fit")
    lead = ranking[0]
    same_role = next(m for m in by_fit if m.role_id == lead.role_id)
    assert lead.score == same_role.score
    assert str(lead.readiness).startswith("Ready now")


def test_step_first_moves_the_first_ready_step_only():
    assert step_first([5, 6, 7, 8], {7, 8}, lambda i: True) == [7, 5, 6, 8]
    assert step_first([5, 6, 7, 8], {7, 8}, lambda i: i == 8) == [8, 5, 6, 7]
    assert step_first([5, 6], {9}, lambda i: True) == [5, 6]
