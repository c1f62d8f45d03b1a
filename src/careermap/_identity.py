"""The identity of a taxonomy: name, version and a hash of its content.

Every result carries the identity of the taxonomy that produced it, so a stored
ranking can be traced to the exact data behind it.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict, Field

from careermap._cache import derived
from careermap._models import Taxonomy

__all__ = ["TaxonomyIdentity", "taxonomy_identity"]


class TaxonomyIdentity(BaseModel):
    """Name, version and content hash of a taxonomy."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: str
    sha256: str = Field(
        description="SHA-256 of the taxonomy's canonical JSON (fields in model order, compact).",
        pattern=r"^[0-9a-f]{64}$",
    )

    def __str__(self) -> str:
        return f"{self.name} {self.version} ({self.sha256[:12]})"


def _compute(taxonomy: Taxonomy) -> TaxonomyIdentity:
    # pydantic writes fields in model order and codes are kept sorted, so the
    # compact JSON is canonical; it is streamed to bytes without a Python tree.
    canonical: bytes = taxonomy.__pydantic_serializer__.to_json(taxonomy, by_alias=True)
    return TaxonomyIdentity(
        name=taxonomy.name,
        version=taxonomy.version,
        sha256=hashlib.sha256(canonical).hexdigest(),
    )


def taxonomy_identity(taxonomy: Taxonomy) -> TaxonomyIdentity:
    """Return the identity of *taxonomy* (computed once, then cached).

    Two taxonomies with the same content have the same hash, however they were
    loaded (YAML, compiled JSON, an importer).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> identity = taxonomy_identity(load_taxonomy())
    >>> identity.name, len(identity.sha256)
    ('careermap-default', 64)
    """
    return derived(taxonomy, "identity", lambda: _compute(taxonomy))
