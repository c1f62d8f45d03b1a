"""Clinical research coordinator: postings prefer experience of research (twenty-first round).

The post was in 17 advice-order top fives of the first twelve persona sets, accepted in
one: clinical documentation, ethics and coordination carried it for clinicians with no
research behind them. Its postings prefer research experience (docs/taxonomy-notes.md),
so a person who shows none is told, and the post is placed as the reentry specialist's is
(tests/results/test_preferred_experience.py).
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.experience import experience_shown
from careermap.results.readiness import role_readiness

NURSE = Background(education="bachelor", years_experience=9, country="US")
SKILLS = ["clinical documentation:4", "patient assessment", "medication management"]


def _verdict(texts, credentials=()):
    taxonomy = careermap.load_taxonomy()
    background = NURSE.model_copy(update={"credentials": tuple(credentials)})
    profile = careermap.build_profile(texts, semantic=False)
    skills = [entry.match.skill_id for entry in profile.resolved]
    shown = experience_shown(texts, skills, background, taxonomy)
    role = lookup_role("clinical-research-coordinator")
    return role_readiness(role, background, taxonomy=taxonomy, shown=shown)


def test_a_clinician_with_no_research_is_told_postings_prefer_it():
    found = _verdict(SKILLS)
    assert found.verdict == "ready", found
    # "though", not a bracket: the clause had read as contradicting "Ready now".
    assert found.summary == (
        "Ready now, though most postings prefer experience of research studies or clinical "
        "trials and nothing you wrote shows it"
    )


@pytest.mark.parametrize(
    ("texts", "credentials"),
    [
        ([*SKILLS, "recruiting participants for a clinical trial"], ()),
        ([*SKILLS, "research methods"], ()),
        (SKILLS, ["MSc Clinical Psychology, Utrecht University"]),
        (SKILLS, ["GCP certificate (NIHR)"]),
    ],
)
def test_research_shown_in_words_skills_or_degrees_is_read(texts, credentials):
    found = _verdict(texts, credentials)
    assert "prefer" not in found.summary, found
