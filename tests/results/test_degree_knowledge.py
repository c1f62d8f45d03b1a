"""A first degree's subject counts the knowledge it teaches, modestly (review36 P1, Dili)."""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.degree_held import degree_held, degree_knowledge

#: The Dili caseworker of the twenty-seventh set, her texts in English.
DILI = ["psychological first aid:4", "psychosocial counselling:4"]
PUBLIC_HEALTH = {"education": "bachelor", "field": "public health", "country": "TL"}


def test_a_public_health_degree_holds_health_promotion_at_a_novices_level(default):
    assert degree_held(Background(education="bachelor", field="Public Health"), default) == {
        "health-promotion": 2
    }
    assert degree_held(Background(education="master", field="public health"), default) == {
        "health-promotion": 3
    }
    # Below a bachelor's, or another subject, nothing.
    assert degree_held(Background(education="associate", field="public health"), default) == {}
    assert degree_held(Background(education="bachelor", field="psychology"), default) == {}
    assert degree_held(Background(field="public health"), default) == {}


def test_the_ranking_counts_it_and_says_it_comes_from_the_degree():
    with_degree = careermap.rank_careers(DILI, background=PUBLIC_HEALTH, limit=None)
    without = careermap.rank_careers(
        DILI, background={**PUBLIC_HEALTH, "field": "nursing"}, limit=None
    )
    found = {m.role_id: m for m in with_degree}
    assert "prevention-specialist" in found
    matched = {r.skill_id: r.source_level for r in found["prevention-specialist"].matched}
    assert matched["health-promotion"] == 2
    assert "From your bachelor's degree in public health" in with_degree.degree
    before = {m.role_id: m.score for m in without}
    assert found["prevention-specialist"].score > before.get("prevention-specialist", 0.0)


def test_degree_knowledge_is_not_taken_for_the_persons_practice(default):
    background = Background(**PUBLIC_HEALTH)
    assert degree_knowledge(background, default) == frozenset({"health-promotion"})
    ranking = careermap.rank_careers(DILI, background=PUBLIC_HEALTH, limit=None)
    for match in ranking:
        assert "(Health promotion" not in str(match.readiness)
        assert ", Health promotion" not in str(match.readiness)
