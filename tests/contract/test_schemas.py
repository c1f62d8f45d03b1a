"""The JSON contract: results round-trip exactly, carry their taxonomy, match the schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

import careermap
from careermap.contract.schemas import dumps_result_schemas, result_json_schemas

from ..strategies import taxonomy_and_profile

SCHEMAS = Path(__file__).resolve().parents[2] / "docs" / "schema"

PROFILES = [
    ["listening actively", "CBT:4", "motivational interviewing:4", "crisis intervention"],
    ["case management", "advocacy", "forklift operation", "recruitment:2"],
    {"trauma informed care": 5, "group facilitation": None, "psychoeducation": 1},
]


def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def plain_values(value: Any, where: str = "") -> list[str]:
    """Paths of every value that is not a plain str, int, float, bool or None."""
    if isinstance(value, BaseModel):
        return [
            found
            for name in type(value).model_fields
            for found in plain_values(getattr(value, name), f"{where}.{name}")
        ]
    if isinstance(value, (tuple, list)):
        return [
            found for i, item in enumerate(value) for found in plain_values(item, f"{where}[{i}]")
        ]
    if type(value) not in {str, int, float, bool, type(None)}:
        return [f"{where}: {type(value).__module__}.{type(value).__name__}"]
    return []


def test_published_schemas_match_the_models():
    generated = dumps_result_schemas()
    assert sorted(p.name for p in SCHEMAS.glob("*.json")) == sorted(generated), (
        "docs/schema/ is stale: run python scripts/write_schemas.py"
    )
    for name, text in generated.items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, (
            f"docs/schema/{name} is stale: run python scripts/write_schemas.py"
        )


def test_schemas_forbid_unknown_keys_and_results_list_every_field():
    for name, schema in result_json_schemas().items():
        for definition in [schema, *schema.get("$defs", {}).values()]:
            if definition.get("type") == "object":
                assert definition.get("additionalProperties") is False, (name, definition["title"])
                if name not in {"match-request.json", "profile-input.json"}:
                    assert set(definition["required"]) == set(definition["properties"])


@pytest.mark.parametrize("profile", PROFILES, ids=range(len(PROFILES)))
def test_real_rankings_round_trip_exactly(profile, default):
    ranking = careermap.rank_careers(profile, taxonomy=default, limit=None)
    text = ranking.model_dump_json()
    assert careermap.Ranking.model_validate_json(text) == ranking
    assert careermap.Ranking.model_validate(json.loads(text)) == ranking
    assert careermap.Ranking.model_validate_json(text).model_dump_json() == text
    assert plain_values(ranking) == []
    validator("ranking.json").validate(json.loads(text))


def test_matches_profiles_and_skill_matches_validate_on_their_own(default):
    ranking = careermap.rank_careers(PROFILES[1], taxonomy=default)
    for match in ranking:
        assert careermap.RoleMatch.model_validate_json(match.model_dump_json()) == match
        validator("role-match.json").validate(match.model_dump(mode="json"))
    profile = ranking.profile
    assert careermap.Profile.model_validate_json(profile.model_dump_json()) == profile
    validator("profile.json").validate(profile.model_dump(mode="json"))
    assert profile.unresolved, "the profile should hold an unresolved entry with suggestions"
    for entry in profile.entries:
        validator("skill-match.json").validate(entry.match.model_dump(mode="json"))
    for hit in careermap.search_skills("crisis", taxonomy=default):
        validator("skill-candidate.json").validate(hit.model_dump(mode="json"))


def test_similar_roles_round_trip(default):
    ranking = careermap.similar_roles("school-counsellor", taxonomy=default, limit=None)
    assert careermap.Ranking.model_validate_json(ranking.model_dump_json()) == ranking
    assert plain_values(ranking) == []


def test_results_carry_the_identity_of_their_taxonomy(default, mini):
    ranking = careermap.rank_careers(PROFILES[0], taxonomy=default)
    identity = careermap.taxonomy_identity(default)
    assert ranking.taxonomy == identity
    assert identity.name == "careermap-default"
    validator("taxonomy-identity.json").validate(identity.model_dump(mode="json"))
    stored = json.loads(ranking.model_dump_json())
    assert stored["taxonomy"] == {
        "name": identity.name,
        "version": identity.version,
        "sha256": identity.sha256,
    }
    other = careermap.rank_careers(["CBT:4", "active listening"], taxonomy=mini)
    assert other.taxonomy.sha256 != identity.sha256


def test_the_ranking_schema_rejects_what_the_model_rejects(default):
    document = json.loads(careermap.rank_careers(PROFILES[0], taxonomy=default).model_dump_json())
    document["matches"][0]["colour"] = "blue"
    assert list(validator("ranking.json").iter_errors(document))
    with pytest.raises(ValidationError, match="colour"):
        careermap.Ranking.model_validate(document)
    del document["matches"][0]["colour"]
    document["taxonomy"]["sha256"] = "not-a-hash"
    assert list(validator("ranking.json").iter_errors(document))
    with pytest.raises(ValidationError, match="sha256"):
        careermap.Ranking.model_validate(document)


@settings(max_examples=60, deadline=None)
@given(
    case=taxonomy_and_profile(),
    noise=st.lists(
        st.text(st.characters(categories=("L", "N", "P", "Zs")), min_size=1, max_size=20).filter(
            lambda t: t.strip() and ":" not in t
        ),
        max_size=2,
    ),
    limit=st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
)
def test_round_trip_on_random_taxonomies(case, noise, limit):
    taxonomy, skills = case
    profile = [*((skill, level) for skill, level in skills.items()), *((t, None) for t in noise)]
    ranking = careermap.rank_careers(profile, taxonomy=taxonomy, limit=limit)
    text = ranking.model_dump_json()
    again = careermap.Ranking.model_validate_json(text)
    assert again == ranking
    assert again.model_dump_json() == text
    assert plain_values(ranking) == []
    validator("ranking.json").validate(json.loads(text))


# The request a service receives.


def test_a_match_request_ranks_as_rank_careers_does(default):
    request = careermap.MatchRequest.model_validate_json(
        '{"skills": [{"text": "CBT", "level": 4}, {"text": "advocacy"}],'
        ' "limit": 5, "sectors": ["education", "advocacy"]}'
    )
    assert request.rank(taxonomy=default) == careermap.rank_careers(
        ["CBT:4", "advocacy"], taxonomy=default, limit=5, sectors=["education", "advocacy"]
    )
    assert careermap.MatchRequest.model_validate_json(request.model_dump_json()) == request
    validator("match-request.json").validate(request.model_dump(mode="json"))
    validator("match-request.json").validate({"skills": [{"text": "CBT"}]})


def test_a_match_request_carries_the_subject_of_a_degree(default):
    request = careermap.MatchRequest.model_validate_json(
        '{"skills": ["SPSS", "informed consent"], "limit": 10,'
        ' "background": {"education": "bachelor", "field": "psychology"}}'
    )
    assert request.background is not None
    assert request.background.field == "psychology"
    assert careermap.MatchRequest.model_validate_json(request.model_dump_json()) == request
    validator("match-request.json").validate(request.model_dump(mode="json"))
    ranking = request.rank(taxonomy=default)
    assert ranking == careermap.rank_careers(
        ["SPSS", "informed consent"],
        taxonomy=default,
        limit=10,
        background={"education": "bachelor", "field": "psychology"},
    )
    assert "psychology" not in {g.skill_id for m in ranking for g in m.gaps}
    assert json.loads(ranking.model_dump_json())["profile"]["background"]["field"] == "psychology"


@pytest.mark.parametrize(
    ("field", "message"), [("  ", "the field of study is blank"), (4, "a valid string")]
)
def test_a_bad_field_of_study_in_a_request_is_named(field, message):
    document = {"skills": [{"text": "CBT"}], "background": {"field": field}}
    with pytest.raises(ValidationError) as info:
        careermap.MatchRequest.model_validate(document)
    (error,) = info.value.errors()
    assert error["loc"] == ("background", "field")
    assert message in error["msg"]
    assert list(validator("match-request.json").iter_errors(document))


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"skills": [{"text": "CBT", "level": 9}]}, ("skills", 0, "object", "level")),
        ({"skills": [{"text": "CBT", "level": 0}]}, ("skills", 0, "object", "level")),
        ({"skills": [{"text": "CBT", "level": "4.5"}]}, ("skills", 0, "object", "level")),
        ({"skills": [["CBT", 9]]}, ("skills", 0, "pair", 1)),
        ({"skills": [{"text": "CBT", "level": True}]}, ("skills", 0, "object", "level")),
        ({"skills": [{"text": "CBT", "level": 3.5}]}, ("skills", 0, "object", "level")),
        ({"skills": []}, ("skills",)),
        ({}, ("skills",)),
        ({"skills": [{"text": "   "}]}, ("skills", 0, "object", "text")),
        ({"skills": [{"text": "x" * 301}]}, ("skills", 0, "object", "text")),
        ({"skills": [{"text": 7}]}, ("skills", 0, "object", "text")),
        ({"skills": [{"text": "CBT", "colour": "blue"}]}, ("skills", 0, "object", "colour")),
        ({"skills": [{"text": "CBT"}], "limit": 0}, ("limit",)),
        ({"skills": [{"text": "CBT"}], "sectors": [""]}, ("sectors", 0)),
        ({"skills": [{"text": "CBT"}], "sectors": "education"}, ("sectors",)),
    ],
)
def test_bad_requests_name_the_field(document, field):
    with pytest.raises(ValidationError) as info:
        careermap.MatchRequest.model_validate(document)
    assert [error["loc"] for error in info.value.errors()] == [field]
    assert list(validator("match-request.json").iter_errors(document))


def test_a_request_that_needs_the_taxonomy_to_fail_raises_the_library_errors(default):
    unknown = careermap.MatchRequest(skills=[{"text": "CBT"}], sectors=["space-travel"])
    with pytest.raises(careermap.SectorNotFoundError, match="space-travel"):
        unknown.rank(taxonomy=default)
    nothing = careermap.MatchRequest(skills=[{"text": "forklift operation"}])
    with pytest.raises(careermap.ProfileError, match="forklift operation"):
        nothing.rank(taxonomy=default)


def test_a_match_request_carries_a_country_as_its_code(default):
    request = careermap.MatchRequest.model_validate_json(
        '{"skills": ["peer support", "recovery-oriented practice"], "limit": 200,'
        ' "background": {"education": "secondary", "lived_experience": ["mental-health"],'
        ' "country": "United Kingdom"}}'
    )
    assert request.background is not None
    assert request.background.country == "GB"
    assert careermap.MatchRequest.model_validate_json(request.model_dump_json()) == request
    validator("match-request.json").validate(request.model_dump(mode="json"))
    data = request.rank(taxonomy=default).model_dump(mode="json")
    assert data["profile"]["background"]["country"] == "GB"
    peer = next(m for m in data["matches"] if m["role_id"] == "peer-support-specialist")
    assert "Certified Peer Specialist (CPS/CPRS)" not in peer["readiness"]["needs"]
