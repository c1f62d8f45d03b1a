"""The skill-group term and a taxonomy's own context weights (``Taxonomy.scoring``)."""

from __future__ import annotations

import math
import typing

import pydantic
import pytest

import careermap
from careermap import (
    CONTEXT_WEIGHTS,
    PersonContext,
    Requirement,
    Role,
    RoleContext,
    Sector,
    Skill,
    Taxonomy,
    rank_careers,
    similar_roles,
)
from careermap.scoring.context import TERMS, context_index
from careermap.scoring.model import evaluate, transfer_index
from careermap.scoring.role_match import role_match
from careermap.scoring.start import role_start, start_scores
from careermap.taxonomy.dump import dump_taxonomy
from careermap.taxonomy.models import ContextTermName, ScoringSettings

from .test_context import assert_blend

WEIGHTS = {"text": 0.4, "skill_groups": 0.3}
GROUP = "skill-group"


def _taxonomy(scoring: ScoringSettings | None) -> Taxonomy:
    skills = (
        Skill(id="care", label="Care work", category=GROUP),
        Skill(id="trade", label="Trades", category=GROUP),
        Skill(id="talking", label="Talking", category=GROUP, broader=("care",)),
        Skill(id="listen", label="Listen", broader=("talking",)),
        Skill(id="plan", label="Plan", broader=("care",)),
        Skill(id="lift", label="Lift", broader=("trade",)),
        Skill(id="drive", label="Drive", broader=("trade",)),
        Skill(id="loose", label="Loose"),
    )

    def role(ident: str, title: str, required: tuple[str, ...], isco: str | None) -> Role:
        return Role(
            id=ident,
            title=title,
            sector="work",
            description=f"{title} work.",
            requirements=tuple(Requirement(skill=s) for s in required),
            context=None if isco is None else RoleContext(isco=isco),
        )

    roles = (
        role("counsellor", "Counsellor", ("listen", "plan"), "2634"),
        role("adviser", "Adviser", ("listen", "plan", "drive"), "2635"),
        role("mover", "Mover", ("lift", "drive", "plan"), "9333"),
        role("bare", "Planner", ("plan",), None),
        role("loner", "Loner", ("loose", "plan"), "1111"),
    )
    return Taxonomy(
        name="groups",
        sectors=(Sector(id="work", label="Work"),),
        skills=skills,
        roles=roles,
        scoring=scoring,
    )


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return _taxonomy(ScoringSettings(context_weights=WEIGHTS, basis="a test"))


def test_the_terms_are_the_ones_a_taxonomy_may_weigh():
    assert set(TERMS) == set(typing.get_args(ContextTermName))
    assert CONTEXT_WEIGHTS["skill_groups"] == 0  # O*NET and the shared default: no such term


def _group_vector(bag: dict[str, int], df: dict[str, int], n: int) -> dict[str, float]:
    values = {g: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[g])) + 1) for g, c in bag.items()}
    norm = math.sqrt(sum(v * v for v in values.values()))
    return {g: v / norm for g, v in values.items()}


def test_skill_group_similarity_is_the_cosine_of_tfidf_group_bags(taxonomy):
    # Groups above each requirement at any distance, counted once per requirement.
    bags = {
        "counsellor": {"talking": 1, "care": 2},
        "adviser": {"talking": 1, "care": 2, "trade": 1},
        "mover": {"trade": 2, "care": 1},
        "bare": {"care": 1},
        "loner": {"care": 1},
    }
    n = len(bags)
    df = {g: sum(g in b for b in bags.values()) for g in ("talking", "care", "trade")}
    vectors = {r: _group_vector(b, df, n) for r, b in bags.items()}
    index = context_index(taxonomy)
    sims = index.similarities(index.role_query(0))
    values, defined = sims["skill_groups"]
    for i, role in enumerate(taxonomy.roles):
        expected = sum(w * vectors[role.id].get(g, 0.0) for g, w in vectors["counsellor"].items())
        assert values[i] == pytest.approx(expected, abs=1e-12)
    # Defined only for roles with imported context (the planner has none).
    assert defined.tolist() == [True, True, True, False, True]


def test_similar_roles_blends_the_taxonomys_own_weights_exactly(taxonomy):
    ranking = similar_roles("counsellor", taxonomy=taxonomy, limit=None)
    adviser = next(m for m in ranking if m.role_id == "adviser")
    assert adviser.context is not None
    terms = {t.name: t for t in adviser.context.terms}
    assert {name: t.weight for name, t in terms.items()} == WEIGHTS
    # The taxonomy's weights (0.7 in all); the skills part is still the reference evaluation.
    assert_blend(adviser, taxonomy, "counsellor", 0.7)
    # The explanation names the term with its weight.
    text = adviser.explain()
    assert f"skill groups {terms['skill_groups'].similarity:.2f} (weight 0.3)" in text
    assert "text" in text
    assert "(weight 0.4)" in text
    # The roles sharing more groups rank above those sharing fewer, for the same skills score.
    ids = [m.role_id for m in ranking]
    assert ids.index("adviser") < ids.index("mover")


def test_explanations_equal_the_reference_with_the_taxonomys_weights(taxonomy):
    counsellor = taxonomy.role_index["counsellor"]
    ranking = similar_roles("counsellor", taxonomy=taxonomy, limit=None)
    start = role_start(counsellor, taxonomy)
    scores = start_scores(start, taxonomy)
    position = {role.id: i for i, role in enumerate(taxonomy.roles)}
    expected = [
        role_match(
            rank,
            evaluate(
                taxonomy.roles[position[m.role_id]],
                dict(start.skills),
                transfer_index(taxonomy),
                strengths=start.strengths,
            ),
            taxonomy,
            scores,
            position[m.role_id],
        )
        for rank, m in enumerate(ranking, start=1)
    ]
    assert any(m.context is not None and len(m.context.terms) == 2 for m in expected)
    assert list(ranking) == expected
    for m in ranking:
        assert scores.score[position[m.role_id]] == pytest.approx(m.score, abs=1e-12)


def test_a_person_gets_no_skill_group_term(taxonomy):
    # Role to role only: a person's own title still gives the text term, at ESCO's weight.
    ranking = rank_careers(
        ["listen", "plan"], taxonomy=taxonomy, limit=None, context=PersonContext(title="adviser")
    )
    adviser = next(m for m in ranking if m.role_id == "adviser")
    assert adviser.context is not None
    assert [(t.name, t.weight) for t in adviser.context.terms] == [("text", 0.4)]


def test_without_the_block_the_shared_weights_apply():
    plain = _taxonomy(None)
    index = context_index(plain)
    assert dict(index.weights) == dict(CONTEXT_WEIGHTS)
    assert index.groups is None  # not built where it weighs nothing
    sims = index.similarities(index.role_query(0))
    assert "skill_groups" not in sims
    adviser = next(m for m in similar_roles("counsellor", taxonomy=plain) if m.role_id == "adviser")
    assert adviser.context is not None
    assert [(t.name, t.weight) for t in adviser.context.terms] == [
        ("text", CONTEXT_WEIGHTS["text"])
    ]


@pytest.mark.parametrize(
    ("weights", "field", "message"),
    [
        ({"txt": 0.4}, "context_weights.txt", "skill_groups"),
        ({"text": -0.1}, "context_weights.text", "greater than or equal to 0"),
        ({"text": 0.7, "skill_groups": 0.3}, "context_weights", "less than 1"),
    ],
)
def test_scoring_settings_are_checked_and_name_the_field(weights, field, message):
    with pytest.raises(pydantic.ValidationError) as caught:
        Taxonomy(scoring={"context_weights": weights})
    text = str(caught.value)
    assert f"scoring.{field}" in text
    assert message in text


def test_scoring_settings_need_weights_and_refuse_unknown_keys():
    with pytest.raises(pydantic.ValidationError, match="context_weights"):
        ScoringSettings.model_validate({})
    with pytest.raises(pydantic.ValidationError, match="weight"):
        ScoringSettings.model_validate({"context_weights": {}, "weight": 1})
    assert ScoringSettings(context_weights={}).total == 0


def test_scoring_weights_keep_the_terms_order_however_given():
    given = ScoringSettings(context_weights={"skill_groups": 0.3, "text": 0.4})
    assert list(given.context_weights) == ["text", "skill_groups"]
    assert given == ScoringSettings(context_weights={"text": 0.4, "skill_groups": 0.3})


def test_the_scoring_block_round_trips_through_yaml(taxonomy, tmp_path):
    dump_taxonomy(taxonomy, tmp_path / "folder")
    assert careermap.load_taxonomy(tmp_path / "folder").scoring == taxonomy.scoring
    dump_taxonomy(taxonomy, tmp_path / "one.yaml")
    assert careermap.load_taxonomy(tmp_path / "one.yaml").scoring == taxonomy.scoring


def test_a_bad_scoring_block_in_yaml_names_the_file_and_field(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("name: t\nscoring:\n  context_weights:\n    txt: 0.3\n", encoding="utf-8")
    with pytest.raises(careermap.TaxonomyError) as caught:
        careermap.load_taxonomy(path)
    text = str(caught.value)
    assert "t.yaml" in text
    assert "scoring.context_weights.txt" in text
