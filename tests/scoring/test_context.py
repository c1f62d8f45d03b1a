"""Context terms (interests, job zone, education, text) and score bands."""

from __future__ import annotations

import json

import pytest

import careermap
from careermap import (
    BANDS,
    CONTEXT_WEIGHTS,
    PersonContext,
    Requirement,
    Role,
    RoleContext,
    Sector,
    Skill,
    Taxonomy,
    rank_careers,
    score_band,
    similar_roles,
)
from careermap.scoring.context import context_index
from careermap.scoring.model import evaluate, role_uses, transfer_index
from careermap.scoring.role_match import role_match
from careermap.scoring.set_aside import profile_skills
from careermap.scoring.start import person_start, role_start, start_scores

SOCIAL = (1.5, 3.0, 2.0, 6.5, 3.0, 2.5)
REALISTIC = (6.5, 3.0, 1.5, 1.5, 2.5, 3.0)


def _role(role_id, title, description, skills, context):
    return Role(
        id=role_id,
        title=title,
        sector="work",
        description=description,
        requirements=tuple(Requirement(skill=s, level=3) for s in skills),
        context=context,
    )


@pytest.fixture(scope="module")
def taxonomy():
    skills = tuple(Skill(id=s, label=s.title()) for s in ("listen", "plan", "lift", "drive"))
    roles = (
        _role(
            "counsellor",
            "School counsellor",
            "Counsels pupils at school.",
            ["listen", "plan"],
            RoleContext(interests=SOCIAL, job_zone=5, education=8.0),
        ),
        _role(
            "adviser",
            "School adviser",
            "Advises pupils on courses at school.",
            ["listen", "plan", "drive"],
            RoleContext(interests=SOCIAL, job_zone=4, education=7.0),
        ),
        _role(
            "mover",
            "Furniture mover",
            "Lifts and carries furniture.",
            ["lift", "drive", "plan"],
            RoleContext(interests=REALISTIC, job_zone=2, education=2.0),
        ),
        _role("bare", "Planner", "Plans.", ["plan"], None),
        _role("driver", "Driver", "Drives.", ["drive"], RoleContext(job_zone=2)),
    )
    return Taxonomy(
        name="context", sectors=(Sector(id="work", label="Work"),), skills=skills, roles=roles
    )


def assert_blend(match, taxonomy, source, weight):
    """*match*'s score blends its skills part and its context terms with *weight* in all,
    and the skills part is the reference evaluation of *source*'s requirements (with
    its uses as strengths)."""
    terms = match.context.terms
    expected = (1 - weight) * match.context.skills + sum(t.weight * t.similarity for t in terms)
    assert match.score == pytest.approx(expected, abs=1e-12)
    held = taxonomy.role_index[source]
    reference = evaluate(
        taxonomy.role_index[match.role_id],
        {q.skill: q.level for q in held.requirements},
        transfer_index(taxonomy),
        strengths=role_uses(held),
    )
    assert match.context.skills == pytest.approx(reference.score, abs=1e-12)


def test_similar_roles_blends_skills_and_context_exactly(taxonomy):
    ranking = similar_roles("counsellor", taxonomy=taxonomy, limit=None)
    by_id = {m.role_id: m for m in ranking}
    adviser = by_id["adviser"]
    assert adviser.context is not None
    terms = {t.name: t for t in adviser.context.terms}
    # Terms with weight 0 are not shown; the others carry the library's weights.
    assert set(terms) == {name for name, w in CONTEXT_WEIGHTS.items() if w > 0}
    assert terms["interests"].similarity == pytest.approx(1.0)  # same RIASEC profile
    assert terms["job_zone"].similarity == pytest.approx(1 - 1 / 4)
    weight = sum(t.weight for t in terms.values())
    assert adviser.context.weight == pytest.approx(weight)
    assert_blend(adviser, taxonomy, "counsellor", weight)
    counsellor = taxonomy.role_index["counsellor"]
    # The explanation shows the context on its own line.
    assert "context: interests 1.00" in adviser.explain()
    # The ranking's scores are the engine's blended scores.
    scores = start_scores(role_start(counsellor, taxonomy), taxonomy)
    position = [r.id for r in taxonomy.roles].index("adviser")
    assert scores.score[position] == pytest.approx(adviser.score, abs=1e-12)


def test_context_reorders_roles_with_the_same_skills_score(taxonomy):
    ranking = similar_roles("counsellor", taxonomy=taxonomy, limit=None)
    ids = [m.role_id for m in ranking]
    # The mover shares one of two skills, as the planner does; its interests, zone and
    # text are far from the counsellor's, the planner has no context at all.
    assert ids.index("adviser") < ids.index("mover")
    bare = next(m for m in ranking if m.role_id == "bare")
    assert bare.context is None
    assert bare.score == pytest.approx(
        evaluate(
            taxonomy.role_index["bare"],
            {"listen": 3, "plan": 3},
            transfer_index(taxonomy),
            strengths={"listen": 1.0, "plan": 1.0},
        ).score
    )


def test_a_role_with_no_skills_score_stays_out(taxonomy):
    ranking = similar_roles("driver", taxonomy=taxonomy, limit=None)
    # The counsellor shares no skill with the driver: context cannot bring it in.
    assert "counsellor" not in {m.role_id for m in ranking}
    scores = start_scores(role_start(taxonomy.role_index["driver"], taxonomy), taxonomy)
    assert scores.score[0] == 0.0


def test_a_roles_own_context_and_skills_score_it_one(taxonomy):
    role = taxonomy.role_index["counsellor"]
    scores = start_scores(role_start(role, taxonomy), taxonomy)
    assert scores.score[0] == pytest.approx(1.0, abs=1e-12)


def test_person_context_adds_the_same_terms(taxonomy):
    plain = rank_careers(["listen", "plan"], taxonomy=taxonomy, limit=None)
    assert all(m.context is None for m in plain)
    person = PersonContext(interests=SOCIAL, job_zone=5, title="school counsellor")
    with_context = rank_careers(["listen", "plan"], taxonomy=taxonomy, limit=None, context=person)
    first = with_context[0]
    assert first.role_id == "counsellor"
    assert first.context is not None
    text = next(t for t in first.context.terms if t.name == "text")
    assert text.similarity > 0.3
    other = {m.role_id: m for m in with_context}["mover"]
    other_text = next(t for t in other.context.terms if t.name == "text")
    assert other_text.similarity == 0.0  # no word in common with "school counsellor"
    # Without a title the text term is absent; interests still apply.
    no_title = rank_careers(
        ["listen", "plan"], taxonomy=taxonomy, context=PersonContext(interests=SOCIAL)
    )
    assert {t.name for t in no_title[0].context.terms} == {"interests"}


def test_context_serialises_and_validates(taxonomy):
    ranking = similar_roles("counsellor", taxonomy=taxonomy, limit=None)
    data = json.loads(ranking.to_json())
    assert [m["band"] for m in data["matches"]] == [m.band for m in ranking]
    assert any(m["context"] and m["context"]["terms"] for m in data["matches"])
    assert careermap.Ranking.model_validate(data) == ranking


def test_interest_similarity_is_a_correlation(taxonomy):
    index = context_index(taxonomy)
    sims = index.similarities(index.person_query(PersonContext(interests=REALISTIC)))
    values, defined = sims["interests"]
    assert list(defined) == [True, True, True, False, False]
    assert values[2] == pytest.approx(1.0)
    assert 0.0 <= values[0] < 0.5  # social against realistic: negatively correlated


def test_bands():
    assert [name for name, _ in BANDS] == ["strong", "good", "stretch", "weak"]
    thresholds = [threshold for _, threshold in BANDS]
    assert thresholds == sorted(thresholds, reverse=True)
    for name, threshold in BANDS:
        assert score_band(threshold) == name
    assert score_band(1.0) == "strong"
    assert score_band(0.0) == "weak"
    good = dict(BANDS)["good"]
    assert score_band(good - 1e-13) == "good"  # compared after rounding to 12 decimals
    assert score_band(good - 1e-9) == "stretch"


def test_every_match_carries_its_band(default):
    for match in rank_careers(["active listening", "CBT:4"], limit=None):
        assert match.band == score_band(match.score)
        assert f"({match.band})" in match.explain().splitlines()[0]
        assert match.band in match._repr_html_()


def test_minor_requirements_are_scored_but_not_listed():
    skills = (Skill(id="a", label="Alpha"), Skill(id="b", label="Beta"))
    role = Role(
        id="r",
        title="Role",
        sector="s",
        requirements=(
            Requirement(skill="a", importance="essential", weight=0.5),
            Requirement(skill="b", importance="minor", weight=0.25),
        ),
    )
    taxonomy = Taxonomy(sectors=(Sector(id="s", label="S"),), skills=skills, roles=(role,))
    (match,) = rank_careers(["Alpha"], taxonomy=taxonomy)
    assert match.coverage == pytest.approx(1.0 / 1.25)
    (gap,) = match.gaps
    assert gap.minor
    assert gap.skill_id == "b"
    text = match.explain()
    assert "gaps:" not in text
    assert "minor requirements (not listed): 0 of 1 met, costing 20.0% of coverage" in text


def test_bands_tell_generic_skills_from_a_clinician(default):
    # docs/scoring.md: six generic soft skills reach "good" at best, a clinician "strong".
    generic = rank_careers(
        [
            "communication",
            "teamwork",
            "empathy",
            "active listening",
            "time management",
            "problem solving",
        ],
        limit=1,
    )
    assert (generic[0].role_id, round(generic[0].score, 3), generic[0].band) == (
        "teaching-assistant",
        0.465,
        "good",
    )
    clinician = rank_careers(
        [
            "active listening:5",
            "CBT:5",
            "crisis intervention:5",
            "case management:4",
            "clinical assessment:5",
            "treatment planning:5",
            "motivational interviewing:4",
            "trauma informed care:4",
            "psychology:4",
            "clinical documentation:4",
        ],
        limit=1,
    )
    # 0.739 before case management credited active listening and social perceptiveness
    # (eleventh round); the clinician already had listening, so perceptiveness moved it.
    assert (clinician[0].role_id, round(clinician[0].score, 3), clinician[0].band) == (
        "therapist",
        0.757,
        "strong",
    )


def test_explanations_with_context_equal_the_reference(taxonomy):
    person = PersonContext(interests=SOCIAL, job_zone=5, title="school counsellor")
    ranking = rank_careers(["listen", "plan"], taxonomy=taxonomy, limit=None, context=person)
    skills = profile_skills(ranking.profile, taxonomy)
    start = person_start(skills, person, taxonomy)
    scores = start_scores(start, taxonomy)
    position = {role.id: i for i, role in enumerate(taxonomy.roles)}
    expected = [
        role_match(
            rank,
            evaluate(taxonomy.roles[position[m.role_id]], skills, transfer_index(taxonomy)),
            taxonomy,
            scores,
            position[m.role_id],
        )
        for rank, m in enumerate(ranking, start=1)
    ]
    assert any(m.context is not None for m in expected)
    assert list(ranking) == expected


def test_person_context_is_checked_and_takes_a_degree():
    with pytest.raises(ValueError, match="less than or equal to 7"):
        PersonContext(interests=(1, 2, 3, 4, 5, 8))
    with pytest.raises(ValueError, match="finite number"):
        PersonContext(education=float("nan"))
    assert PersonContext().empty
    assert PersonContext(title="  ").empty
    assert not PersonContext(job_zone=3).empty
    assert PersonContext().with_education("doctorate").education == 11.0
    assert PersonContext(education=4).with_education("doctorate").education == 4.0
    assert PersonContext().with_education(None) == PersonContext()


def test_match_request_carries_the_context(taxonomy):
    request = careermap.MatchRequest.model_validate_json(
        '{"skills": ["listen", "plan"], "limit": null,'
        ' "context": {"interests": [1.5, 3, 2, 6.5, 3, 2.5], "job_zone": 5,'
        ' "title": "school counsellor"}}'
    )
    context = PersonContext(interests=SOCIAL, job_zone=5, title="school counsellor")
    assert request.context == context
    expected = rank_careers(["listen", "plan"], taxonomy=taxonomy, limit=None, context=context)
    assert request.rank(taxonomy=taxonomy) == expected
    assert expected[0].context is not None
    with pytest.raises(ValueError, match="job_zone"):
        careermap.MatchRequest.model_validate({"skills": ["listen"], "context": {"job_zone": 9}})
