"""Transfer relations for gaps that are not real (thirty-fifth round, review34 P8).

A psychiatric nurse of six years on a mental health triage line was shown *Telehealth*
as a gap on a telehealth intake post: mental health triage is mostly done by telephone,
so it earns part of telehealth's credit, less than a crisis line's (street triage is face
to face).
"""

from __future__ import annotations

import careermap


def _relation(taxonomy: careermap.Taxonomy, source: str, target: str) -> float | None:
    found = [r.weight for r in taxonomy.relations if r.source == source and r.target == target]
    return found[0] if found else None


def test_triage_transfers_to_telehealth_less_than_a_crisis_line(default):
    triage = _relation(default, "triage", "telehealth")
    line = _relation(default, "crisis-line-work", "telehealth")
    assert triage is not None
    assert line is not None
    assert 0 < triage < line


def test_a_triage_nurse_is_not_shown_telehealth_as_a_gap(default):
    ranking = careermap.rank_careers(["telephone triage:5"], taxonomy=default, limit=None)
    match = next(m for m in ranking if m.role_id == "telehealth-intake-coordinator")
    assert "telehealth" in {result.skill_id for result in match.transferred}
    assert "telehealth" not in {gap.skill_id for gap in match.gaps}
