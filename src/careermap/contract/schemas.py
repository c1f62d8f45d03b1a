"""The JSON Schemas of the JSON contract: results, and the request a service receives.

``docs/schema/*.json`` is :func:`dumps_result_schemas` written out by
``python scripts/write_result_schemas.py``; ``tests/test_contract.py`` keeps the
two in step, byte for byte.

Results (a ranking, a match, a profile, a skill match, a taxonomy identity, a
search hit) are described as careermap *writes* them: every property is
present, so every property is required. The request is described as careermap
*reads* it: optional properties may be left out and take their defaults.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel

from careermap.contract.requests import MatchRequest
from careermap.resolve.profile import Profile
from careermap.resolve.resolver import SkillCandidate, SkillMatch
from careermap.results.matches import Ranking, RoleMatch
from careermap.taxonomy.identity import TaxonomyIdentity

__all__ = ["SCHEMA_BASE", "dumps_result_schemas", "result_json_schemas"]

#: The ``$id`` of each schema is this base followed by its file name.
SCHEMA_BASE = "https://careermap.invalid/schema/"

Mode = Literal["validation", "serialization"]

#: File stem -> (model, mode): outputs in serialization mode, inputs in validation mode.
_MODELS: dict[str, tuple[type[BaseModel], Mode]] = {
    "match-request": (MatchRequest, "validation"),
    "profile": (Profile, "serialization"),
    "ranking": (Ranking, "serialization"),
    "role-match": (RoleMatch, "serialization"),
    "skill-candidate": (SkillCandidate, "serialization"),
    "skill-match": (SkillMatch, "serialization"),
    "taxonomy-identity": (TaxonomyIdentity, "serialization"),
}


def _definitions(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [schema, *schema.get("$defs", {}).values()]


def _schema(stem: str, model: type[BaseModel], mode: Mode) -> dict[str, Any]:
    schema = model.model_json_schema(mode=mode)
    for definition in _definitions(schema):
        if "description" in definition:
            # Docstrings carry doctest examples: keep only their prose.
            definition["description"] = definition["description"].split("\n\nExamples")[0]
        if mode == "serialization" and "properties" in definition:
            # careermap writes every field, defaults included.
            definition["required"] = list(definition["properties"])
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"{SCHEMA_BASE}{stem}.json"
    return schema


def result_json_schemas() -> dict[str, dict[str, Any]]:
    """Return the JSON Schema of every model of the JSON contract, by file name.

    Examples
    --------
    >>> schemas = result_json_schemas()
    >>> sorted(schemas)  # doctest: +NORMALIZE_WHITESPACE
    ['match-request.json', 'profile.json', 'ranking.json', 'role-match.json',
     'skill-candidate.json', 'skill-match.json', 'taxonomy-identity.json']
    >>> schemas["ranking.json"]["required"]
    ['profile', 'matches', 'taxonomy']
    """
    return {f"{stem}.json": _schema(stem, model, mode) for stem, (model, mode) in _MODELS.items()}


def dumps_result_schemas() -> dict[str, str]:
    """Return :func:`result_json_schemas` as stable, indented JSON text, by file name."""
    return {
        name: json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        for name, schema in result_json_schemas().items()
    }
