"""Work that is listening credits active listening (twenty-second round).

A counsellor's review of the thirteenth set: a 988 crisis counsellor (suicide risk
assessment, safety planning, de-escalation), a union steward who mediates and a support
worker of eleven years were shown *Active listening* as a gap on most of their top tens:
nothing carried their work to it.
"""

from __future__ import annotations

import pytest

import careermap


@pytest.mark.parametrize(
    ("skills", "source"),
    [
        (["suicide risk assessment", "safety planning"], "suicide-risk-assessment"),
        (["mediation", "employment law"], "mediation"),
        (["de-escalation", "report writing"], "conflict-de-escalation"),
        (["psychological first aid", "report writing"], "psychological-first-aid"),
        (["intake assessments", "report writing"], "intake-assessment"),
    ],
)
def test_listening_work_is_no_listening_gap(default, skills, source):
    ranking = careermap.rank_careers(skills, taxonomy=default, limit=10)
    assert not [
        m.role_id for m in ranking.matches for g in m.gaps if g.skill_id == "active-listening"
    ]
    carried = [
        t for m in ranking.matches for t in m.transferred if t.skill_id == "active-listening"
    ]
    assert carried
    assert {t.source_id for t in carried} == {source}


def test_a_trauma_therapist_is_credited_with_trauma_informed_care(default):
    ranking = careermap.rank_careers(["EMDR", "report writing"], taxonomy=default, limit=20)
    informed = [
        t for m in ranking.matches for t in m.transferred if t.skill_id == "trauma-informed-care"
    ]
    assert informed
    assert {t.source_id for t in informed} == {"trauma-focused-therapy"}
