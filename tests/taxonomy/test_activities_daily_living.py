"""Activity programmes practise daily living: a relation to independent living skills.

Thirty-sixth round, review36 P1: a Paramaribo activities worker's twelve years of cooking,
gardening and outings with long-stay patients were read only as *Activities
coordination*, which transferred to nothing support work asks, and her list held none of
the support posts she asked for.
"""

from __future__ import annotations

import careermap


def test_activities_coordination_transfers_modestly_to_independent_living_skills(default):
    found = [
        r
        for r in default.relations
        if r.source == "activities-coordination" and r.target == "independent-living-skills"
    ]
    assert len(found) == 1
    assert 0 < found[0].weight <= 0.4  # modest: leisure programmes teach less than tenancy
    assert found[0].reason


def test_an_activities_worker_is_shown_a_housing_support_post(default):
    ranking = careermap.rank_careers(["activity planning:5"], taxonomy=default, limit=None)
    housing = next(m for m in ranking if m.role_id == "housing-support-worker")
    assert "independent-living-skills" in {r.skill_id for r in housing.transferred}
