"""A graduate degree in a subject that teaches a practice counts that practice as held."""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.degree_held import degree_held
from careermap.scoring.set_aside import degree_counted, profile_skills

#: The Quito police psychologist of the twenty-first set (review 30, P7), her texts in
#: English: a master's in occupational safety and health, wanting psychosocial risk work.
QUITO = ["psychological evaluations:5", "crisis intervention:5", "MMPI-2, 16PF:4"]
OSH_MASTER = {"education": "master", "field": "occupational safety and health", "country": "EC"}


def _match(ranking: careermap.Ranking, role: str) -> careermap.RoleMatch:
    return next(m for m in ranking.matches if m.role_id == role)


def test_an_osh_master_counts_risk_assessment_in_the_score_and_says_so():
    with_degree = careermap.rank_careers(QUITO, background=OSH_MASTER, limit=None)
    without = careermap.rank_careers(
        QUITO, background={**OSH_MASTER, "field": "psychology"}, limit=None
    )
    role = "psychosocial-safety-specialist"
    assert _match(with_degree, role).score > _match(without, role).score
    matched = {r.skill_id: r.source_level for r in _match(with_degree, role).matched}
    assert matched["workplace-risk-assessment"] == 3
    assert "psychosocial-risk-management" in matched
    assert "From your master's degree in occupational safety and health" in with_degree.degree
    assert "Workplace risk assessment" in with_degree.degree
    assert without.degree == ""
    assert "From your master's degree" in with_degree.explain()


def test_a_text_that_reads_the_skill_is_not_counted_twice():
    profile = careermap.build_profile(
        [*QUITO, "hazard identification:5"], background=OSH_MASTER, semantic=False
    )
    taxonomy = careermap.load_taxonomy()
    assert profile.skills["workplace-risk-assessment"] == 5
    assert profile_skills(profile, taxonomy)["workplace-risk-assessment"] == 5  # her rating
    assert set(degree_counted(profile, taxonomy)) == {"psychosocial-risk-management"}


def test_only_a_completed_graduate_degree_in_a_named_subject_counts(default):
    assert degree_held(Background(education="bachelor", field="OSH"), default) == {}
    assert degree_held(Background(field="occupational safety and health"), default) == {}
    # Broad knowledge (psychology) and social work practice only leave the gaps.
    for field in ("psychology", "counselling", "social work"):
        assert degree_held(Background(education="master", field=field), default) == {}
    assert degree_held(Background(education="doctorate", field="OHS"), default) == {
        "psychosocial-risk-management": 4,
        "workplace-risk-assessment": 4,
    }


def test_the_degree_adds_to_the_skills_scored_not_to_the_profile_read():
    taxonomy = careermap.load_taxonomy()
    profile = careermap.build_profile(QUITO, background=OSH_MASTER, semantic=False)
    assert "workplace-risk-assessment" in profile_skills(profile, taxonomy)
    assert "workplace-risk-assessment" not in profile.skills  # from the degree alone
