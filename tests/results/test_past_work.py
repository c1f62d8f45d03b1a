"""Years of past work certify the essentials of the role its title names (review37 P7)."""

from __future__ import annotations

from careermap import rank_careers, upskilling
from careermap.resolve.background import Background
from careermap.results.past_work import past_practice
from careermap.results.readiness import implied_skills

# A ward manager whose present title names no role, after years as a psychiatric staff nurse
# (the Kotor head nurse of the twenty-eighth set: "Mental health nursing (essential)").
SKILLS = ["medication administration:5", "staff supervision:4", "clinical documentation:4"]
BACKGROUND = {"education": "bachelor", "years_experience": 10, "country": "GB"}
WARD = {"Staff nurse, psychiatric ward": 15}


def _gaps(found: object) -> set[str]:
    return {gap.skill_id for match in found for gap in match.gaps}  # type: ignore[attr-defined]


def test_a_past_title_held_for_years_certifies_its_role_essentials(default):
    psychiatric = default.role_index["psychiatric-nurse"]
    essential = {r.skill for r in psychiatric.requirements if r.essential}
    assert past_practice(Background(experience=WARD), default) == essential
    assert essential <= implied_skills(Background(experience=WARD), default)
    # A year or two is not yet the practice; a title naming no role certifies nothing.
    assert past_practice(Background(experience={"Staff nurse, psychiatric ward": 2}), default) == (
        frozenset()
    )
    assert past_practice(Background(experience={"Senior copywriter": 20}), default) == frozenset()


def test_mental_health_nursing_is_no_gap_after_years_on_a_psychiatric_ward():
    plain = rank_careers(SKILLS, background=BACKGROUND, limit=None)
    assert "mental-health-nursing" in _gaps(plain)
    past = rank_careers(SKILLS, background={**BACKGROUND, "experience": WARD}, limit=None)
    assert "mental-health-nursing" not in _gaps(past)
    # Scores measure the skills listed: unchanged.
    assert {m.role_id: m.score for m in past} == {m.role_id: m.score for m in plain}
    advised = upskilling(SKILLS, background={**BACKGROUND, "experience": WARD}, limit=None)
    assert "mental-health-nursing" not in {s.skill_id for s in advised}
