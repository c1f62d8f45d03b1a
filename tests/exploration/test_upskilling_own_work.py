"""Upskilling never advises what the role a person's title names asks of them already."""

from __future__ import annotations

import math

import pytest

from careermap import upskilling
from careermap.exploration.broad import BROAD_WEIGHT, broad_skills
from careermap.exploration.own_work import own_work_skills
from careermap.resolve.background import Background
from careermap.scoring.model import effective_weight

ADVOCATE = [
    "advocacy for vulnerable populations:4",
    "mental health legislation:3",
    "active listening:4",
]
BACKGROUND = {"education": "certificate", "years_experience": 8, "country": "GB"}
TITLE = "Independent Mental Health Advocate"


def test_the_role_a_title_names_gives_every_skill_it_asks_for(default):
    own = own_work_skills(Background(current_role=TITLE), default)
    role = default.role_index["mental-health-advocate"]
    assert own == {r.skill for r in role.requirements}
    # Optional requirements too: an advocate practises patient advocacy (review33 P13).
    assert "patient-advocacy" in own
    assert not next(r for r in role.requirements if r.skill == "patient-advocacy").essential
    assert own_work_skills(Background(current_role="Senior copywriter"), default) == frozenset()
    assert own_work_skills(Background(), default) == frozenset()


def test_an_advocate_is_not_advised_his_own_work(default):
    held = upskilling(ADVOCATE, background={**BACKGROUND, "current_role": TITLE}, limit=None)
    own = own_work_skills(Background(current_role=TITLE), default)
    assert own.isdisjoint(s.skill_id for s in held)
    # Without the title the same skills are advice: the title alone rules them out.
    plain = upskilling(ADVOCATE, background=BACKGROUND, limit=None)
    assert not own.isdisjoint(s.skill_id for s in plain)
    # Asked for by name, such a skill is still weighed.
    asked = upskilling(
        ADVOCATE,
        background={**BACKGROUND, "current_role": TITLE},
        candidates=["patient advocacy"],
        limit=None,
    )
    assert [s.skill_id for s in asked] == ["patient-advocacy"]


def test_a_weak_advised_role_asks_with_the_weight_of_its_score(default):
    found = upskilling(ADVOCATE, background=BACKGROUND, limit=None)
    scores = {c.role_id: c.before for s in found for c in s.asked_by}
    best = max(scores.values())
    requiring = {}
    for role in default.roles:
        for skill in {r.skill for r in role.requirements}:
            requiring[skill] = requiring.get(skill, 0) + 1
    weaker = 0
    for suggestion in found:
        rarity = math.log(len(default.roles) / requiring[suggestion.skill_id])
        if suggestion.skill_id in broad_skills(default):
            rarity *= BROAD_WEIGHT
        weights = [
            (c.role_id, effective_weight(r))
            for c in suggestion.asked_by
            for r in default.role_index[c.role_id].requirements
            if r.skill == suggestion.skill_id
        ]
        whole = sum(w for _, w in weights) * rarity
        shared = sum(w * scores[role] / best for role, w in weights) * rarity
        assert suggestion.demand == pytest.approx(shared, rel=1e-6, abs=1e-9)
        weaker += suggestion.demand < whole - 1e-9
    # What a role weaker than the best advised one asks counts for less (review33 P13).
    assert weaker > 0
