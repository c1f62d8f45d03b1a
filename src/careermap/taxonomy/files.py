"""The content of one YAML file of a taxonomy (:class:`TaxonomyFile`).

A module of its own: only reading YAML files builds this model. A taxonomy loaded
from the disk cache or from a compiled file never does, so a fresh process that
loads one does not pay for its validator (issue 12's warm load).
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from careermap.taxonomy.fields import MODEL_CONFIG, Label
from careermap.taxonomy.lexicon import Lexicon
from careermap.taxonomy.models import (
    CredentialDefinition,
    Role,
    ScoringSettings,
    Sector,
    Skill,
    SkillRelation,
)

__all__ = ["TaxonomyFile"]


class TaxonomyFile(BaseModel):
    """The content of one YAML file of a taxonomy; every section is optional."""

    model_config = MODEL_CONFIG

    name: Label | None = Field(default=None, description="Name of the taxonomy (one file only).")
    version: Label | None = Field(default=None, description="Version of the taxonomy.")
    sectors: tuple[Sector, ...] = ()
    skills: tuple[Skill, ...] = ()
    relations: tuple[SkillRelation, ...] = ()
    credentials: tuple[CredentialDefinition, ...] = Field(
        default=(),
        description="Credentials defined once, for roles to name by id in entry.credentials.",
    )
    roles: tuple[Role, ...] = ()
    lexicons: tuple[Lexicon, ...] = Field(
        default=(),
        description="Skill names in another language than English, one lexicon per language.",
    )
    scoring: ScoringSettings | None = Field(
        default=None,
        description="The taxonomy's own context weights, written by an importer (one file only).",
    )
