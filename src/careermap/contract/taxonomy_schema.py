"""The JSON Schema of the taxonomy file format, for the people who write the data."""

from __future__ import annotations

import json
from typing import Any

from careermap.taxonomy.models import TaxonomyFile

__all__ = ["dumps_schema", "taxonomy_json_schema"]

SCHEMA_ID = "https://careermap.invalid/schema/taxonomy-file.json"


def taxonomy_json_schema() -> dict[str, Any]:
    """Return the JSON Schema that every taxonomy YAML file satisfies.

    The schema is generated from the pydantic models; ``docs/taxonomy.schema.json``
    is this output, and a test keeps the two in step. Note that YAML scalars
    such as ``0.8`` reach the models as text and are converted where a field is
    numeric, so an editor validating YAML against this schema is slightly
    stricter than careermap itself.

    Examples
    --------
    >>> schema = taxonomy_json_schema()
    >>> sorted(schema["properties"])
    ['name', 'relations', 'roles', 'sectors', 'skills', 'version']
    """
    schema = TaxonomyFile.model_json_schema(by_alias=True)
    # Model docstrings carry doctest examples: keep only their prose in the schema.
    for definition in [schema, *schema.get("$defs", {}).values()]:
        if "description" in definition:
            definition["description"] = definition["description"].split("\n\nExamples")[0]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema


def dumps_schema() -> str:
    """Return :func:`taxonomy_json_schema` as stable, indented JSON text."""
    return json.dumps(taxonomy_json_schema(), indent=2, sort_keys=True) + "\n"
