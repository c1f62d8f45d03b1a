"""Leaving the sector of one's practice (careermap.scoring.leaving): review38 P5, P14."""

from __future__ import annotations

import careermap
from careermap.resolve.profile import Background
from careermap.scoring.leaving import leaving_posts, left_sectors

# The review's Beau Bassin nursing officer, as a US nurse: his two nursing texts read,
# his union texts not (review38 P5), leaving nursing for employee relations.
NURSE = ["psychiatric nursing:5", "de-escalation and restraint:4"]
BACKGROUND = {
    "education": "bachelor",
    "field": "human resource management",
    "credentials": ["RN (US)"],
    "years_experience": 19,
    "country": "US",
    "avoid": ["shift-work", "physical-intervention"],
}
NURSING_POSTS = ("nurse-case-manager", "nurse-educator", "nurse-manager")


def _kept(default, *excluded):
    return {s.id for s in default.sectors} - set(excluded)


def test_left_sectors_are_excluded_sectors_the_record_names(default):
    nurse = Background(credentials=["RN (US)"])
    assert left_sectors(nurse, default, _kept(default, "mental-health")) == {"mental-health"}
    # Excluding a sector their record does not place them in leaves no practice.
    assert left_sectors(nurse, default, _kept(default, "education")) == frozenset()
    # A title naming a role of the excluded sector, without a licence, does.
    titled = Background(current_role="Psychiatric nurse")
    assert left_sectors(titled, default, _kept(default, "mental-health")) == {"mental-health"}
    assert left_sectors(Background(), default, _kept(default, "mental-health")) == frozenset()
    assert left_sectors(nurse, default, None) == frozenset()


def test_leaving_posts_are_open_only_through_the_left_practices_licence(default):
    nurse = Background(credentials=["RN (US)"])
    found = {default.roles[i].id for i in leaving_posts(nurse, default, {"mental-health"})}
    assert set(NURSING_POSTS) <= found
    for role_id in found:
        assert default.role_index[role_id].sector != "mental-health"
    # Posts no licence of theirs opens are not among them, nor is anything with no credential.
    assert "employee-relations-specialist" not in found
    # A post asking any of several clinical licences is not the nursing practice itself.
    assert "behavioural-health-care-manager" not in found
    assert leaving_posts(Background(), default, {"mental-health"}) == frozenset()


def _order(excluded):
    ranking = careermap.rank_careers(
        NURSE, background=BACKGROUND, exclude_sectors=excluded, limit=None
    )
    return [m.role_id for m in ranking]


def test_a_nurse_leaving_mental_health_sees_employee_relations_before_nursing_posts():
    order = _order(["mental-health"])
    for post in ("nurse-case-manager", "nurse-educator"):
        assert order.index("employee-relations-specialist") < order.index(post)
    assert not any(m in order for m in ("psychiatric-nurse", "community-mental-health-nurse"))


def test_without_the_exclusion_the_nursing_posts_keep_their_place():
    order = _order(None)
    assert order.index("nurse-case-manager") < order.index("employee-relations-specialist")
