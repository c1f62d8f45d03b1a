"""The work of excluded sectors filed elsewhere (careermap.scoring.filed_elsewhere): review41 P7."""

from __future__ import annotations

import numpy as np

import careermap
from careermap.scoring.filed_elsewhere import NEIGHBOURS, filed_elsewhere, neighbours

# The review's Gibraltar support worker, leaving care work for a gaming company's safer
# gambling team or its HR: the texts read, her certificate, her exclusion.
TEXTS = ["de-escalation with agitated patients:4", "bilingual English and Spanish:5"]
BACKGROUND = {
    "education": "certificate",
    "years_experience": 6,
    "country": "GI",
    "avoid": ["shift-work", "physical-intervention"],
}
LEFT = ["mental-health", "social-services"]


def _kept(default, *excluded):
    return {s.id for s in default.sectors} - set(excluded)


def test_neighbours_are_the_nearest_other_roles_by_requirements(default):
    near = neighbours(default)
    assert len(near) == len(default.roles)
    column = {s.id: n for n, s in enumerate(default.skills)}

    def vector(i):
        found = np.zeros(len(column))
        for requirement in default.roles[i].requirements:
            found[column[requirement.skill]] = requirement.weight
        return found / np.linalg.norm(found)

    # A naive reference for a few roles: no role outside the five is nearer than the fifth.
    for i in (0, 17, len(default.roles) - 1):
        assert len(near[i]) == NEIGHBOURS
        assert i not in near[i]
        cosine = {j: float(vector(i) @ vector(j)) for j in range(len(default.roles)) if j != i}
        fifth = min(cosine[j] for j in near[i])
        assert all(cosine[j] <= fifth + 1e-12 for j in cosine if j not in near[i])


def test_filed_elsewhere_are_kept_roles_whose_neighbours_are_mostly_left(default):
    kept = _kept(default, *LEFT)
    found = filed_elsewhere(default, kept)
    assert found
    for i in found:
        role = default.roles[i]
        assert role.sector in kept
        assert sum(default.roles[j].sector not in kept for j in neighbours(default)[i]) >= 3
    ids = {default.roles[i].id for i in found}
    assert {"care-navigator", "outreach-worker"} <= ids
    assert not ids & {"recruiter", "hr-coordinator", "trust-and-safety-specialist"}
    # Nothing excluded, nothing filed elsewhere.
    assert filed_elsewhere(default, None) == frozenset()
    assert filed_elsewhere(default, _kept(default)) == frozenset()


def _top(excluded, limit=5):
    ranking = careermap.rank_careers(
        TEXTS, background=BACKGROUND, exclude_sectors=excluded, limit=None
    )
    return [m.role_id for m in ranking][:limit]


def test_a_care_worker_leaving_care_has_no_care_post_filed_elsewhere_first(default):
    top = _top(LEFT)
    elsewhere = {default.roles[i].id for i in filed_elsewhere(default, _kept(default, *LEFT))}
    assert not set(top) & elsewhere
    # Without the exclusion the same posts may lead: the order is the exclusion's doing.
    assert set(_top(None)) & elsewhere
