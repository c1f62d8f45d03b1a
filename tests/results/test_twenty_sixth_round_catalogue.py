"""Catalogue gaps (twenty-sixth round, cat26; review 26, P6).

Supported employment and independent living skills were required by no role, so no
ranking could rest on them and upskilling could never advise them; and occupational
therapists had no post of their own and no skill for their practice. The sources are in
docs/taxonomy-notes.md ("Catalogue gaps from the seventeenth set").
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.readiness import assess, implied_skills


def _importance(taxonomy, role_id, skill_id):
    found = [r for r in taxonomy.role_index[role_id].requirements if r.skill == skill_id]
    return found[0].importance.value if found else None


@pytest.mark.parametrize(
    ("role_id", "skill_id", "importance"),
    [
        ("employment-specialist", "supported-employment", "essential"),
        ("vocational-rehabilitation-counsellor", "supported-employment", "optional"),
        ("housing-support-worker", "independent-living-skills", "optional"),
        ("mental-health-case-manager", "independent-living-skills", "optional"),
        ("occupational-therapist", "independent-living-skills", "essential"),
    ],
)
def test_ips_and_living_skills_are_asked_for(taxonomy, role_id, skill_id, importance):
    assert _importance(taxonomy, role_id, skill_id) == importance


def test_every_practice_skill_with_credit_is_asked_for_by_some_role(taxonomy):
    # The two the review found: a skill no role asks for can never be advised.
    asked = {req.skill for role in taxonomy.roles for req in role.requirements}
    assert {"supported-employment", "independent-living-skills", "occupational-therapy"} <= asked


def test_upskilling_toward_the_ips_post_can_advise_supported_employment(taxonomy):
    profile = careermap.build_profile(
        ["case management", "motivational interviewing", "active listening"], taxonomy=taxonomy
    )
    found = careermap.upskilling(profile, limit=10, targets=["employment-specialist"])
    assert found.suggestions[0].skill_id == "supported-employment"


@pytest.mark.parametrize(
    "text",
    ["occupational therapy in mental health", "COPM and MOHOST", "activity analysis"],
)
def test_an_occupational_therapists_practice_is_read(taxonomy, text):
    profile = careermap.build_profile([text], taxonomy=taxonomy, semantic=False)
    assert {e.match.skill_id for e in profile.entries if e.match} == {"occupational-therapy"}


def test_a_functional_behaviour_assessment_is_not_occupational_therapy(taxonomy):
    profile = careermap.build_profile(["functional assessment and PBS plans"], taxonomy=taxonomy)
    assert "occupational-therapy" not in {e.match.skill_id for e in profile.entries if e.match}


def test_an_otr_l_holds_the_occupational_therapist_post_and_its_practice(taxonomy):
    background = Background(
        education="master", years_experience=8, credentials=["OTR/L"], country="US"
    )
    assert assess(lookup_role("occupational-therapist").entry, background).verdict == "ready"
    assert "occupational-therapy" in implied_skills(background, taxonomy)


def test_a_uk_occupational_therapist_with_a_bsc_is_ready(taxonomy):
    background = Background(
        education="bachelor",
        years_experience=11,
        credentials=["HCPC registered Occupational Therapist"],
        country="GB",
    )
    assert assess(lookup_role("occupational-therapist").entry, background).verdict == "ready"


def test_a_counsellor_without_the_licence_is_not_ready_for_occupational_therapy():
    background = Background(education="master", years_experience=10, credentials=["LPC"])
    entry = lookup_role("occupational-therapist").entry
    assert assess(entry, background).verdict != "ready"


def test_an_occupational_therapist_title_names_the_post(taxonomy):
    role = current_role("Occupational Therapist, OTR/L (inpatient psychiatry)", taxonomy)
    assert role is not None
    assert role.id == "occupational-therapist"
