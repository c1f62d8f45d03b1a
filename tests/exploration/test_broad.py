"""Broad O*NET descriptors count a quarter in what upskilling advises (thirty-fourth round)."""

from __future__ import annotations

import math

import pytest

from careermap import upskilling
from careermap.exploration.broad import BROAD_WEIGHT, broad_skills
from careermap.scoring.model import effective_weight

TRAINER = ["CBT:4", "psychoeducation:4", "group facilitation:4", "clinical supervision:4"]
BACKGROUND = {"education": "master", "years_experience": 8}


def test_broad_skills_are_the_basic_skills_and_knowledge_domains(default):
    broad = broad_skills(default)
    coded = {s.id: str(s.codes.get("onet", "")) for s in default.skills}
    assert broad == {i for i, code in coded.items() if code.startswith(("2.A.", "2.C."))}
    assert {"education-and-training", "learning-strategies", "administrative"} <= broad
    # Cross-functional skills (2.B) are taught as such and count whole.
    assert coded["negotiation"].startswith("2.B.")
    assert "negotiation" not in broad
    assert "instructional-design" not in broad
    assert 0.0 < BROAD_WEIGHT < 1.0


def test_a_broad_descriptor_asks_at_a_quarter(default):
    found = upskilling(
        TRAINER,
        background=BACKGROUND,
        candidates=["education and training", "instructional design"],
        limit=None,
    )
    scores = {c.role_id: c.before for s in found for c in s.asked_by}
    best = max(scores[role_id] for role_id in found.advised if role_id in scores)
    requiring: dict[str, int] = {}
    for role in default.roles:
        for skill in {r.skill for r in role.requirements}:
            requiring[skill] = requiring.get(skill, 0) + 1
    by_id = {s.skill_id: s for s in found}
    assert set(by_id) == {"education-and-training", "instructional-design"}
    for skill_id, suggestion in by_id.items():
        assert suggestion.asked_by, f"the advised roles ask for {skill_id}"
        whole = sum(
            effective_weight(r) * min(1.0, scores[c.role_id] / best)
            for c in suggestion.asked_by
            for r in default.role_index[c.role_id].requirements
            if r.skill == skill_id
        ) * math.log(len(default.roles) / requiring[skill_id])
        factor = BROAD_WEIGHT if skill_id == "education-and-training" else 1.0
        assert suggestion.demand == pytest.approx(whole * factor, rel=1e-6, abs=1e-9)


def test_no_broad_descriptor_leads_a_trainers_advice(default):
    found = upskilling(TRAINER, background=BACKGROUND, limit=5)
    assert len(found) == 5
    assert broad_skills(default).isdisjoint(s.skill_id for s in found)
