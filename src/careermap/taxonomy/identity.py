"""The identity of a taxonomy: name, version and a hash of its content.

Every result carries the identity of the taxonomy that produced it, so a stored
ranking can be traced to the exact data behind it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, Field

from careermap.base.cache import derived
from careermap.base.record import Frozen
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "TaxonomyIdentity",
    "digest_credentials",
    "digest_section",
    "item_json",
    "taxonomy_identity",
]


class TaxonomyIdentity(Frozen):
    """Name, version and content hash of a taxonomy."""

    name: str
    version: str
    sha256: str = Field(
        description=(
            "SHA-256 over the taxonomy's name and version and the compact JSON of each "
            "sector, skill, relation and role, in order, then of each credential of its "
            "credentials section (when it has one)."
        ),
        pattern=r"^[0-9a-f]{64}$",
    )

    def __str__(self) -> str:
        return f"{self.name} {self.version} ({self.sha256[:12]})"


def _compute(taxonomy: Taxonomy) -> TaxonomyIdentity:
    # pydantic writes fields in model order and codes are kept sorted, so each
    # item's compact JSON is canonical. Hashing item by item keeps memory flat
    # (the JSON of all of ESCO would be 25 MB at once).
    digest = hashlib.sha256()
    digest.update(f"{taxonomy.name}\0{taxonomy.version}\0".encode())
    sections: tuple[tuple[str, tuple[BaseModel, ...]], ...] = (
        ("sectors", taxonomy.sectors),
        ("skills", taxonomy.skills),
        ("relations", taxonomy.relations),
        ("roles", taxonomy.roles),
    )
    for name, items in sections:
        digest_section(digest, name, len(items), (item_json(item) for item in items))
    digest_credentials(taxonomy, digest)
    return TaxonomyIdentity(name=taxonomy.name, version=taxonomy.version, sha256=digest.hexdigest())


def item_json(item: BaseModel) -> bytes:
    """Return an item's compact JSON, as the identity hashes it (and the disk cache keeps it)."""
    return item.__pydantic_serializer__.to_json(item, by_alias=True)


def digest_section(digest: Any, name: str, count: int, pieces: Iterable[bytes]) -> None:
    """Add one section to *digest*: its name and *count*, then each item's JSON and a newline.

    The identity's definition, shared with the disk cache, which hashes the same
    bytes it stores (:mod:`careermap.taxonomy.store`).
    """
    digest.update(f"{name}\0{count}\0".encode())
    for piece in pieces:
        digest.update(piece)
        digest.update(b"\n")


def digest_credentials(taxonomy: Taxonomy, digest: Any) -> None:
    """Add *taxonomy*'s credentials and lexicons to *digest*; a taxonomy without them adds nothing.

    So the identity of a taxonomy written before the section existed is unchanged.
    """
    if taxonomy.credentials:
        items = taxonomy.credentials
        digest_section(digest, "credentials", len(items), (item_json(c) for c in items))
    if taxonomy.lexicons:  # as the credentials: a taxonomy without lexicons adds nothing
        found = taxonomy.lexicons
        digest_section(digest, "lexicons", len(found), (item_json(x) for x in found))


def taxonomy_identity(taxonomy: Taxonomy) -> TaxonomyIdentity:
    """Return the identity of *taxonomy* (computed once, then cached).

    Two taxonomies with the same content have the same hash, however they were
    loaded (YAML, compiled JSON, an importer).

    Parameters
    ----------
    taxonomy : Taxonomy
        Any taxonomy, however it was loaded.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> identity = taxonomy_identity(load_taxonomy())
    >>> identity.name, len(identity.sha256)
    ('careermap-default', 64)
    """
    return derived(taxonomy, "identity", lambda: _compute(taxonomy))
