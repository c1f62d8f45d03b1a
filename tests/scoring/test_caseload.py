"""Holding a caseload is running cases (thirty-sixth round, review35 P7).

A rehabilitation coordinator with a caseload of sixty, whose caseload was read, was
shown *Case management (essential, level 5)* on a case manager's post, and upskilling
advised case management first: nothing carried caseload management to it.
"""

from __future__ import annotations

import careermap


def test_a_caseload_is_no_case_management_gap(default):
    ranking = careermap.rank_careers(
        ["managing a caseload", "supported employment"],
        taxonomy=default,
        limit=None,
    )
    case_manager = next(m for m in ranking if m.role_id == "mental-health-case-manager")
    assert "case-management" not in {g.skill_id for g in case_manager.gaps}
    carried = [t for t in case_manager.transferred if t.skill_id == "case-management"]
    assert [t.source_id for t in carried] == ["caseload-management"]


def test_nor_advised_to_learn(default):
    found = careermap.upskilling(
        ["managing a caseload", "supported employment"], taxonomy=default, limit=None
    )
    assert "case-management" not in {s.skill_id for s in found}
