"""Texts dropped whole, misreads by meaning and Spanish clinical names (read31).

Review 31 (P1, P2, P5) on the twenty-second set: "notes & treatment plans", "court & case
conference reports" and "individual therapy with adults with SMI" were dropped whole;
"home visits & family tracing" was read by meaning as *Parent and family engagement*,
"farm visits (debt, ill health, bereavement)" as *Grief counselling*, "V100 nurse
prescribing" as *Psychopharmacology* and "progress reports" as *Grant writing*;
"terapia cognitivo-conductual" and the other Spanish names of the commonest practices
were unread. The sources are in docs/taxonomy-notes.md (thirty-first round, read31).
"""

from __future__ import annotations

import pytest

import careermap

from ..conftest import read_lexically, require_module


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("family tracing", "community-outreach"),
        ("safety assessments", "risk-assessment"),
        ("V100 nurse prescribing", "medication-management"),
        ("V150 prescribing", "medication-management"),
        ("progress reports", "report-writing"),
        # The grant's own reports stay grant writing.
        ("grant progress reports", "grant-writing"),
        # The independent prescriber's stays Psychopharmacology (cat29).
        ("V300 independent prescriber", "psychopharmacology"),
        ("terapia cognitivo-conductual", "cognitive-behavioural-therapy"),
        ("Terapia Cognitivo Conductual", "cognitive-behavioural-therapy"),
        ("terapia de grupo", "group-therapy"),
        ("individual therapy with adults with SMI", "counselling"),
        ("counselling with adults with serious mental illness", "counselling"),
        ("CBT with young people with anxiety", "cognitive-behavioural-therapy"),
        ("safety planning with clients with psychosis", "safety-planning"),
        ("psicoterapia individual", "counselling"),
        ("psicoeducación", "psychoeducation"),
        ("psicoeducacion", "psychoeducation"),
        ("intervención en crisis", "crisis-intervention"),
        ("primeros auxilios psicológicos", "psychological-first-aid"),
        ("entrevista motivacional", "motivational-interviewing"),
        ("terapia familiar", "couples-and-family-therapy"),
        ("grupos de ayuda mutua", "support-group-facilitation"),
        ("reducción de daños", "harm-reduction"),
        ("gestión de casos", "case-management"),
        ("evaluación del riesgo suicida", "suicide-risk-assessment"),
        ("escucha activa", "active-listening"),
    ],
)
def test_vocabulary_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


def test_home_visits_stay_a_setting(taxonomy):
    # Beside the work, a note of where it was done; alone, no skill.
    assert read_lexically("home visits", taxonomy) is None
    for semantic in (False, None):
        match = careermap.resolve_skill(
            "home visits & family tracing", taxonomy=taxonomy, semantic=semantic
        )
        assert match.skill_id == "community-outreach"


@pytest.mark.parametrize(
    ("text", "skill", "unread"),
    [
        ("notes & treatment plans", "treatment-planning", ("notes",)),
        ("notes & treatment plans in Epic", "treatment-planning", ("notes",)),
        ("court & case conference reports", "report-writing", ("case conference reports",)),
    ],
)
def test_a_list_keeps_the_parts_that_name_a_skill(taxonomy, text, skill, unread):
    match = careermap.resolve_skill(text, taxonomy=taxonomy, semantic=False)
    assert (match.skill_id, match.unread) == (skill, unread)


def test_a_word_several_names_share_still_stops_a_list(taxonomy):
    # "assessment" is in four skills' names: the list is only suggested, as before.
    assert read_lexically("assessment and formulation", taxonomy) is None


def test_with_people_named_by_a_condition_that_is_a_skill_makes_two(taxonomy):
    match = careermap.resolve_skill(
        "psychoeducation with adults with ADHD", taxonomy=taxonomy, semantic=False
    )
    assert {m.skill_id for m in match.split} == {
        "psychoeducation",
        "neurodevelopmental-conditions",
    }


def test_a_bracket_of_topics_names_no_skill_by_meaning(taxonomy):
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    match = careermap.resolve_skill(
        "farm visits (debt, ill health, bereavement)", taxonomy=taxonomy, semantic=True
    )
    assert match.skill_id is None
    assert "grief-counselling" in {c.skill_id for c in match.alternatives}
    # A bracket naming practices by their names still says which one.
    match = careermap.resolve_skill(
        "skills groups (WRAP, illness management and recovery)", taxonomy=taxonomy, semantic=True
    )
    assert match.skill_id == "recovery-oriented-practice"
