"""Upskilling does not advise the work of the sectors a person is leaving (review40 P11)."""

from __future__ import annotations

from careermap import upskilling
from careermap.exploration.left_sectors import LEFT_SHARE, left_sector_skills

# The Bermuda nursing assistant of the thirty-first set, as he typed it: leaving care work
# for HR with an insurer, not a hospital, not a group home, no more shifts.
WARD = [
    "de-escalating patients on the acute ward:5",
    "restraint and seclusion (CPI trained):4",
    "shift reports and incident forms:4",
    "orienting new staff on the unit:4",
    "staying calm under pressure:4",
    "doing the ward roster:3",
]
WARD_BACKGROUND = {
    "education": "associate",
    "credentials": ["CPI Nonviolent Crisis Intervention", "CPR and AED"],
    "years_experience": 11,
    "current_role": "Psychiatric Nursing Assistant",
    "experience": {"Banquet server, hotel": 4, "Royal Bermuda Regiment (part-time)": 3},
    "avoid": ["shift-work"],
    "country": "BM",
}
LEAVING = ["mental-health", "healthcare-administration", "social-services"]


def _share(skill: str, sectors: set[str], taxonomy) -> float:
    asking = [r.sector for r in taxonomy.roles if any(q.skill == skill for q in r.requirements)]
    return sum(sector in sectors for sector in asking) / len(asking)


def test_a_skill_is_left_when_most_roles_asking_for_it_are_in_the_sectors_left(default):
    left = left_sector_skills(LEAVING, default)
    assert left, "care sectors' own skills are left with them"
    # Checked against a naive count over every role, both ways.
    asked = {r.skill for role in default.roles for r in role.requirements}
    for skill in asked:
        assert (skill in left) == (_share(skill, set(LEAVING), default) > LEFT_SHARE), skill
    assert {"housing-support", "harm-reduction", "community-outreach"} <= left
    assert "recruitment" not in left
    assert left_sector_skills(None, default) == frozenset()
    assert left_sector_skills([], default) == frozenset()


def test_advice_to_a_person_leaving_care_is_not_care_work(default):
    found = upskilling(WARD, background=WARD_BACKGROUND, exclude_sectors=LEAVING, limit=None)
    suggested = [s.skill_id for s in found]
    assert suggested
    assert not set(suggested) & left_sector_skills(LEAVING, default)
    # The first five were outreach, harm reduction, housing support and rapport building.
    assert not {"community-outreach", "harm-reduction", "housing-support"} & set(suggested[:5])


def test_choosing_sectors_leaves_no_skill_out():
    # ``sectors=`` says where a person looks, not what they leave: nothing is set aside.
    found = upskilling(WARD, background=WARD_BACKGROUND, sectors=["advocacy"], limit=None)
    assert {"community-outreach", "housing-support"} & {s.skill_id for s in found}
