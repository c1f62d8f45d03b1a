"""Horticulture, career plans, fire risk assessments and federal grant reports (round 32, cat32).

Three old misreadings (the twenty-second set's review, review 31): "career plans" was read,
by spelling, as the care plans of *Treatment planning*; "fire risk assessments" by meaning
as the clinical *Risk assessment*; "federal grant reports (BJA, SAMHSA)" as nothing, the
word "federal" keeping the alias "grant reports" out. And no skill for horticulture, the
growing half of horticultural therapy. Sources in docs/taxonomy-notes.md ("Horticulture,
career plans and two reading rules", round 32); the near misses must stay unread.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.taxonomy.vocabulary import resolved, vocabulary_faults

from careermap.resolve.qualified import funded, hazard_assessment
from careermap.resolve.resolver import match_text

EXPECTED = {
    # ESCO "horticulture principles", "propagate plants", "grow plants".
    "horticulture": "horticulture",
    "gardening": "horticulture",
    "veg growing, propagation, the polytunnel": "horticulture",
    "plant propagation": "horticulture",
    "gardening group": "horticulture",
    # O*NET 21-1012.00, tasks 18627 and 5619 ("career planning").
    "career plans": "career-guidance",
    "career planning": "career-guidance",
    "education & career plans for players": "career-guidance",
    # ESCO "determine fire risks"; the Regulatory Reform (Fire Safety) Order 2005, art. 9.
    "fire risk assessments": "workplace-risk-assessment",
    "fire safety risk assessment": "workplace-risk-assessment",
    "COSHH risk assessments": "workplace-risk-assessment",
    "manual handling risk assessments": "workplace-risk-assessment",
    # ESCO "report on grants": the funder says whose, not what.
    "federal grant reports (BJA, SAMHSA)": "grant-writing",
    "federal grant reports": "grant-writing",
    "state grant reporting": "grant-writing",
    # Care plans stay care plans; a case plan is the case manager's (O*NET 39-9041.00
    # task 6984), one letter from both "care plans" and "career plans".
    "care plans": "treatment-planning",
    "case planning with young people": "case-management",
    "case plans": "case-management",
}

NEAR_MISSES = (
    # A level of government before a practice done with people changes its scale: state
    # advocacy is policy work, not an advocate's casework.
    "state advocacy",
    "national advocacy",
    # A place, not a skill.
    "state hospital",
)


def test_thirty_second_round_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)


def test_a_clinical_risk_assessment_is_no_workplace_hazard(default):
    part = partial(match_text, taxonomy=default, semantic=False, phrases=False)
    for text in ("suicide risk assessments", "ligature risk assessments", "risk assessments"):
        assert hazard_assessment(text, part) is None, text
    assert resolved("risk assessments", default) == "risk-assessment"


@pytest.mark.parametrize(
    ("text", "skill"),
    [("federal grant reports", "grant-writing"), ("county grant reporting", "grant-writing")],
)
def test_a_funder_before_a_name_is_dropped(default, text, skill):
    part = partial(match_text, taxonomy=default, semantic=False, phrases=False)
    found = funded(text, part, default)
    assert found is not None
    assert (found.skill_id, found.method, found.query) == (skill, "part", text)
    assert found.alternatives == ()


def test_horticulture_is_sourced_and_certified(default):
    skill = default.skill_index["horticulture"]
    assert skill.codes["esco"].endswith("dcb01a4f-720a-480f-b61a-11a1286d56f3")
    assert not skill.general
    # AHTA's HTR (and Thrive's diploma in its place) certify the growing too.
    assert "horticulture" in default.credential_index["htr"].implies
    # The recreational therapist: gardening among O*NET 29-1125.00's activities, optional.
    asked = {r.skill: r for r in default.role_index["recreational-therapist"].requirements}
    assert asked["horticulture"].importance.value == "optional"
