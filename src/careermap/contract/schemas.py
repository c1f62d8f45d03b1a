"""Every published JSON Schema: the taxonomy file format, the profile grammar, the contract.

``docs/taxonomy.schema.json`` and ``docs/schema/*.json`` are :func:`write_schemas`'s
output (``python scripts/write_schemas.py``); tests keep them in step, byte for byte.

The taxonomy schema describes what the people who write the data put in a
YAML file. The profile schema (``profile-input.json``) is the one profile
grammar every entry point accepts (``docs/profiles.md``).

Results (a ranking, a match, a profile, a skill match, a taxonomy identity, a
search hit) are described as careermap *writes* them: every property is
present, so every property is required. The request is described as careermap
*reads* it: optional properties may be left out and take their defaults.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

from careermap.contract.requests import MatchRequest, ProfileRequest
from careermap.resolve.profile import Profile
from careermap.resolve.resolver import SkillCandidate, SkillMatch
from careermap.results.matches import Ranking, RoleMatch
from careermap.taxonomy.files import TaxonomyFile
from careermap.taxonomy.identity import TaxonomyIdentity

__all__ = [
    "SCHEMA_BASE",
    "dumps_result_schemas",
    "dumps_schema",
    "result_json_schemas",
    "taxonomy_json_schema",
    "write_schemas",
]

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


#: The ``$id`` of the taxonomy file schema.
SCHEMA_ID = f"{SCHEMA_BASE}taxonomy-file.json"


def _prose(schema: dict[str, Any]) -> dict[str, Any]:
    # Docstrings carry doctest examples: keep only their prose.
    for definition in _definitions(schema):
        if "description" in definition:
            definition["description"] = definition["description"].split("\n\nExamples")[0]
    return schema


def _definitions(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [schema, *schema.get("$defs", {}).values()]


def _schema(stem: str, model: type[BaseModel], mode: Mode) -> dict[str, Any]:
    schema = _prose(model.model_json_schema(mode=mode))
    for definition in _definitions(schema):
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
    ['match-request.json', 'profile-input.json', 'profile.json', 'ranking.json',
     'role-match.json', 'skill-candidate.json', 'skill-match.json', 'taxonomy-identity.json']
    >>> schemas["ranking.json"]["required"]  # doctest: +NORMALIZE_WHITESPACE
    ['profile', 'matches', 'taxonomy', 'set_aside', 'thin', 'abroad', 'lived', 'degree',
     'practice', 'starter']
    """
    schemas = {
        f"{stem}.json": _schema(stem, model, mode) for stem, (model, mode) in _MODELS.items()
    }
    grammar = _prose(TypeAdapter(ProfileRequest).json_schema(mode="validation"))
    grammar["title"] = "ProfileInput"
    grammar["description"] = (
        "A person's skills in careermap's one profile grammar (docs/profiles.md): a list of "
        "'text', 'text:LEVEL', [text, level] or {text, level} items, or an object mapping "
        "text to level. Levels are whole numbers from 1 (novice) to 5 (expert)."
    )
    grammar["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    grammar["$id"] = f"{SCHEMA_BASE}profile-input.json"
    schemas["profile-input.json"] = grammar
    return dict(sorted(schemas.items()))


def dumps_result_schemas() -> dict[str, str]:
    """Return :func:`result_json_schemas` as stable, indented JSON text, by file name."""
    return {
        name: json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        for name, schema in result_json_schemas().items()
    }


def taxonomy_json_schema() -> dict[str, Any]:
    """Return the JSON Schema that every taxonomy YAML file satisfies.

    The schema is generated from the pydantic models. YAML scalars such as
    ``0.8`` reach the models as text and are converted where a field is
    numeric, so an editor validating YAML against this schema is slightly
    stricter than careermap itself.

    Examples
    --------
    >>> schema = taxonomy_json_schema()
    >>> print(*sorted(schema["properties"]))
    credentials lexicons name relations roles scoring sectors skills version
    """
    schema = _prose(TaxonomyFile.model_json_schema(by_alias=True))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema


def dumps_schema() -> str:
    """Return :func:`taxonomy_json_schema` as stable, indented JSON text."""
    return json.dumps(taxonomy_json_schema(), indent=2, sort_keys=True) + "\n"


def write_schemas(docs: Path) -> list[Path]:
    """Write every schema under the *docs* folder; return the files written or removed.

    ``docs/taxonomy.schema.json`` and ``docs/schema/*.json``; a stale file in
    ``docs/schema/`` (a schema no longer published) is removed.
    """
    changed = [docs / "taxonomy.schema.json"]
    changed[0].write_text(dumps_schema(), encoding="utf-8")
    folder = docs / "schema"
    folder.mkdir(exist_ok=True)
    schemas = dumps_result_schemas()
    for stale in sorted({p.name for p in folder.glob("*.json")} - set(schemas)):
        (folder / stale).unlink()
        changed.append(folder / stale)
    for name, text in schemas.items():
        (folder / name).write_text(text, encoding="utf-8")
        changed.append(folder / name)
    return changed
