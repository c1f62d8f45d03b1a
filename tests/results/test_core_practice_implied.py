"""Core practice a person's own licence or degree certifies is never shown as a gap.

Fourteenth round, "Core practice gaps, fourth pass" in docs/taxonomy-notes.md: the
registrations of other jurisdictions for the practices whose US licences already implied
judgement and social perceptiveness (O*NET 29.3 rates both important at a working level
for the practice's own occupation) imply them too.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background
from careermap.results.readiness import implied_skills

JUDGEMENT = "judgment-and-decision-making"
PERCEPTIVENESS = "social-perceptiveness"


@pytest.mark.parametrize(
    "held",
    [
        "Canadian Certified Counsellor (CCC)",
        "Registered Clinical Counsellor (RCC)",
        "Registered Psychotherapist (CRPO)",
        "PACFA registered counsellor",
        "Registered psychologist (Psychology Board of Australia)",
        "HCPC registered art therapist",
        "Licensed Creative Arts Therapist (LCAT)",
        "Registered Art Therapist (ATR)",
        "BABCP accredited cognitive behavioural therapist",
        "Accredited Mental Health Social Worker (AMHSW)",
        "Occupational Therapist Registered (OTR)",
    ],
)
def test_a_registered_therapist_is_certified_in_judgement_and_perceptiveness(taxonomy, held):
    implied = implied_skills(Background(credentials=[held]), taxonomy)
    assert {JUDGEMENT, PERCEPTIVENESS} <= implied


@pytest.mark.parametrize("held", ["LSW", "Registered social worker", "School social work licence"])
def test_a_licensed_social_worker_is_certified_in_judgement(taxonomy, held):
    assert JUDGEMENT in implied_skills(Background(credentials=[held]), taxonomy)


def test_a_registered_counsellor_moving_to_hr_is_not_told_to_learn_judgement(taxonomy):
    # The fourth set's counsellor back to HR: fourteen years as an RCC, told to learn
    # judgement for four HR posts and social perceptiveness for four coaching posts.
    background = Background(
        education="master",
        field="counselling psychology",
        credentials=["RCC (BCACC)", "CPHR (BC & Yukon)"],
        years_experience=14,
    )
    ranking = careermap.rank_careers(
        ["workplace mediation:4", "workplace investigations:4", "performance management:3"],
        taxonomy=taxonomy,
        background=background,
        limit=10,
    )
    core = {JUDGEMENT, PERCEPTIVENESS}
    assert [(m.role_id, g.skill_id) for m in ranking for g in m.gaps if g.skill_id in core] == []
    # The gaps that remain real are still said: none of this touches the score.
    assert any(m.gaps for m in ranking)


@pytest.mark.parametrize(
    ("skills", "source"),
    [
        # The fifth set's newly qualified counsellor in Singapore: told to build rapport
        # for four of her top ten (no credential careermap knows, no role of her title).
        (["individual counselling:3", "youth counselling:3", "genograms"], "counselling"),
        # The fifth set's recovery worker: told to build rapport for six of his top ten.
        (["one-to-one keywork:4", "peer support:4", "harm reduction:4"], "peer-support"),
    ],
)
def test_counselling_and_peer_work_are_not_told_to_build_rapport(taxonomy, skills, source):
    # Twenty posts: since "genograms" reads as clinical assessment (twenty-third round), the
    # counsellor's top ten is counselling and therapy posts, none of which lists rapport.
    ranking = careermap.rank_careers(skills, taxonomy=taxonomy, limit=20)
    asking = {
        r.id for r in taxonomy.roles if any(q.skill == "rapport-building" for q in r.requirements)
    }
    asked = [m for m in ranking if m.role_id in asking]
    assert asked, "no role of the top ten asks for rapport: the case tests nothing"
    for match in asked:
        assert "rapport-building" not in {g.skill_id for g in match.gaps}, match.role_id
        credited = {t.skill_id: t.source_id for t in match.transferred}
        assert credited.get("rapport-building") == source, match.role_id
