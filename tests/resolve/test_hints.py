"""A "did you mean" offers skills by meaning, or spelled alike enough (seventeenth round).

A counsellor's read of the ninth set's explanations found hints a client would find
absurd: "Te Tiriti o Waitangi in practice" offered *Mediation* and *Physical intervention*
(text similarity 61), "co-production" *Victim support* (67). Spelling-alike skills below
``HINT_SIMILARITY`` stay in ``alternatives`` but are not offered.
"""

from __future__ import annotations

from careermap import resolve_skill
from careermap.resolve.names import SkillCandidate
from careermap.resolve.skill_match import HINT_SIMILARITY, LATER_HINT_COSINE, SkillMatch


def test_weak_spelling_alike_skills_are_kept_but_not_offered(default):
    for text in ("Te Tiriti o Waitangi in practice", "co-production"):
        match = resolve_skill(text, taxonomy=default, semantic=False)
        assert match.alternatives, text  # still there for a program to weigh
        assert not match.hints, text
        assert "did you mean" not in str(match), str(match)


def test_a_named_skill_is_still_offered(default):
    # A part naming people near a name keeps the list unread ("SPSS and Mplus" is now read
    # as SPSS's skill, Mplus shown unread: twenty-eighth round).
    match = resolve_skill("SPSS and case managers", taxonomy=default, semantic=False)
    assert [c.label for c in match.hints][:2] == ["Statistical analysis", "Case management"]
    assert all(c.cosine is not None or c.similarity >= HINT_SIMILARITY for c in match.hints)
    assert "did you mean 'Statistical analysis', " in str(match)


def test_a_later_suggestion_by_meaning_needs_a_closer_reading():
    # Review35 P11: "mhGAP - depression, psychosis, alcohol, self-harm" was offered
    # *Personal therapy* (a practitioner's own therapy) at 0.51 beside *Psychopathology*.
    match = SkillMatch(
        query="mhGAP - depression, psychosis, alcohol, self-harm",
        skill_id=None,
        label=None,
        method="none",
        similarity=52.6,
        matched_name=None,
        alternatives=(
            _by_meaning("psychopathology", "Psychopathology", 0.526),
            _by_meaning("counselling", "Counselling", 0.514),
            _by_meaning("personal-therapy", "Personal therapy", 0.511),
            _by_meaning("psychoeducation", "Psychoeducation", LATER_HINT_COSINE),
        ),
    )
    assert [c.skill_id for c in match.hints] == ["psychopathology", "psychoeducation"]
    assert len(match.alternatives) == 4  # still there for a program to weigh
    assert "Personal therapy" not in str(match)
    # The first hint is offered whatever its similarity above the suggestion floor.
    alone = match.model_copy(update={"alternatives": match.alternatives[2:3]})
    assert [c.skill_id for c in alone.hints] == ["personal-therapy"]


def _by_meaning(skill_id: str, label: str, cosine: float) -> SkillCandidate:
    return SkillCandidate(
        skill_id=skill_id,
        label=label,
        matched_name=label,
        similarity=100 * cosine,
        cosine=cosine,
    )
