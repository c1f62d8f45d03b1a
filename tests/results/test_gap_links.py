"""Gaps a counsellor judged already practised (tests/data/gap-judgement.yaml, class b).

Each link comes from a published source (docs/taxonomy-notes.md, "Is every gap real?"):
a credential certifies what its body's standards say every holder does, and a relation
gives credit where the work is the same work.
"""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.readiness import implied_skills


def test_school_counsellor_certification_certifies_the_asca_competencies():
    # ASCA School Counselor Professional Standards & Competencies: collaboration with
    # families, teachers and other stakeholders (M 5), classroom and large-group lessons
    # (B-PF 1d), using data to monitor students' progress (O*NET 21-1012.00 Monitoring 3.75).
    held = Background(credentials=["State school counselor certification (PK-12)"])
    implied = implied_skills(held, careermap.load_taxonomy())
    assert {"stakeholder-engagement", "psychoeducation", "monitoring"} <= implied


def test_the_school_counsellor_is_not_told_to_learn_stakeholder_engagement():
    ranking = careermap.rank_careers(
        ["school counseling:5", "college and career readiness:5", "SEL curriculum"],
        limit=None,
        background={
            "education": "master",
            "credentials": ["State school counselor certification (PK-12)"],
        },
    )
    wellbeing = next(m for m in ranking if m.role_id == "student-wellbeing-coordinator")
    shown = {gap.skill_id for gap in wellbeing.gaps}
    assert not shown & {"stakeholder-engagement", "psychoeducation", "monitoring"}
    # A real gap stays: running a whole programme is new to her.
    assert "programme-management" in shown


def test_crisis_line_work_gives_credit_for_telehealth():
    ranking = careermap.rank_careers(["crisis hotline:4", "active listening:4"], limit=None)
    intake = next(m for m in ranking if m.role_id == "telehealth-intake-coordinator")
    assert "telehealth" not in {gap.skill_id for gap in intake.gaps}
    credit = {t.skill_id: t for t in intake.transferred}
    assert "telehealth" in credit
    assert credit["telehealth"].path[0].source_id == "crisis-line-work"
