from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import careermap
from careermap.contract.schemas import dumps_schema, taxonomy_json_schema

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "taxonomy.schema.json"


def test_published_schema_matches_the_models():
    assert SCHEMA.read_text(encoding="utf-8") == dumps_schema(), (
        "docs/taxonomy.schema.json is stale: run python scripts/write_schemas.py"
    )


def test_schema_forbids_unknown_keys_everywhere():
    schema = taxonomy_json_schema()
    for name, definition in schema["$defs"].items():
        if definition.get("type") == "object":
            assert definition.get("additionalProperties") is False, name


def test_schema_uses_the_yaml_key_names():
    relation = taxonomy_json_schema()["$defs"]["SkillRelation"]
    assert {"from", "to", "weight", "reason"} <= set(relation["properties"])
    assert set(relation["required"]) == {"from", "to", "weight", "reason"}


def test_schema_accepts_a_valid_file_and_rejects_an_invalid_one():
    document = {
        "skills": [{"id": "a", "label": "A"}],
        "relations": [{"from": "a", "to": "a", "weight": 0.5, "reason": "r"}],
    }
    jsonschema.validate(document, taxonomy_json_schema())
    careermap.TaxonomyFile.model_validate(document)
    bad = {"skills": [{"id": "a", "label": "A", "colour": "blue"}]}
    validator = jsonschema.Draft202012Validator(json.loads(dumps_schema()))
    assert list(validator.iter_errors(bad))
