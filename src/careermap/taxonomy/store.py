"""A content-addressed disk cache of validated taxonomies, read back lazily.

After a taxonomy is loaded and validated from its sources (YAML, a compiled
file, an importer's CSV files), what ranking and resolving need is saved in
the user's cache folder (:func:`careermap.base.cachedir.cache_dir`) as one
*entry*: a folder named by the SHA-256 of the sources' bytes, the careermap
version and :data:`STORE_FORMAT`. The next load of the same sources, in any
process, reads the entry instead of parsing and validating them:

* ``core/`` holds each sector, skill, relation and role as its compact JSON (one
  byte blob per section plus offsets), the skill and role ids, the skill labels
  and the taxonomy's identity (:func:`careermap.taxonomy_identity`), computed from
  those same bytes when the entry was written, so it equals the identity of the
  taxonomy loaded from its sources by construction;
* a skill, relation, role or credential definition is validated from its JSON only
  when it is first read (:class:`~careermap.taxonomy.lazy.LazyItems`): a ranking
  builds the roles it returns, not the 3,000 of ESCO;
* later layers add groups of their own indexes to the entry (the scoring and
  transfer indexes, the names), each written once by the first process that
  builds it (:func:`read_derived`, :func:`write_derived`).

Only what careermap wrote is trusted: every file is checked against the
manifest's digests (:mod:`careermap.base.arraycache`), and an entry that fails
a check is removed and rebuilt from the sources, never served. A chunk of item
JSON found damaged after the entry was opened makes the taxonomy reload its
sources once and serve the items from there.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
from pydantic import BaseModel

from careermap._version import __version__
from careermap.base.arraycache import (
    CorruptEntryError,
    Group,
    read_group,
    remove,
    write_group,
)
from careermap.base.cache import derived
from careermap.base.cachedir import TAXONOMIES, cache_dir, prune_after_write, touch
from careermap.base.log import logger
from careermap.base.registers import REGISTERED_AS
from careermap.taxonomy import display as _display
from careermap.taxonomy.compiled import cached_import, import_fingerprint
from careermap.taxonomy.identity import (
    TaxonomyIdentity,
    digest_credentials,
    digest_section,
    item_json,
)
from careermap.taxonomy.lazy import LazyIndex, LazyItems
from careermap.taxonomy.lexicon import Lexicon, LexiconEntry
from careermap.taxonomy.models import (
    CredentialDefinition,
    Role,
    ScoringSettings,
    Sector,
    Skill,
    SkillRelation,
    Taxonomy,
)

if TYPE_CHECKING:  # annotations only (scoring.engine says why)
    import numpy.typing as npt

__all__ = [
    "STORE_FORMAT",
    "cached_taxonomy",
    "entry_folder",
    "pack_strings",
    "read_derived",
    "skill_labels",
    "stored_entry",
    "stored_ids",
    "stored_import",
    "through_cache",
    "unpack_strings",
    "write_derived",
]


#: Identifies what an entry holds; bump it when the layout or the models change.
STORE_FORMAT = "careermap-store/2"
_NUL = "\0"
_SECTIONS: tuple[tuple[str, type[BaseModel]], ...] = (
    ("sectors", Sector),
    ("skills", Skill),
    ("relations", SkillRelation),
    ("roles", Role),
)


def pack_strings(values: Iterable[str]) -> npt.NDArray[np.uint8]:
    r"""Return strings as one ``uint8`` array, UTF-8: no object arrays, no pickle.

    Each string is followed by a NUL byte, after a leading NUL that marks the
    layout: splitting that text reads 26k names about four times faster than
    ``json.loads`` of their list, and a load from the disk cache reads a few of
    these arrays. Strings holding a NUL themselves are stored as their JSON list
    (which never starts with a NUL byte).

    Examples
    --------
    >>> unpack_strings(pack_strings(["a", "é\\n", ""]))
    ['a', 'é\\n', '']
    >>> pack_strings(["a", "b"]).tobytes()
    b'\x00a\x00b\x00'
    >>> unpack_strings(pack_strings(["a\x00b"]))
    ['a\x00b']
    """
    strings = list(values)
    if any(_NUL in value for value in strings):
        data = json.dumps(strings, ensure_ascii=False, separators=(",", ":")).encode()
    else:
        data = "".join([_NUL, *(value + _NUL for value in strings)]).encode()
    return np.frombuffer(data, dtype=np.uint8)


def unpack_strings(array: npt.NDArray[np.uint8]) -> list[str]:
    """Return the strings :func:`pack_strings` packed."""
    if array.size and array[0] == 0:
        # str() decodes the buffer in place: no copy to bytes first.
        strings = str(array.data[1:], "utf-8").split(_NUL)
        if strings.pop() != "":  # checked by the digest: only our writes
            msg = "not a packed list of strings"
            raise ValueError(msg)
        return strings
    found = json.loads(array.tobytes())
    if not isinstance(found, list):  # the items were checked by the digest: only our writes
        msg = "not a packed list of strings"
        raise ValueError(msg)
    return found


def entry_folder(source: str) -> Path | None:
    """Return the entry for sources of fingerprint *source* (``None``: caching is off)."""
    root = cache_dir()
    if root is None:
        return None
    # What loading adds beside the files (the places registering on another country's
    # registers, base.registers) is keyed too: a change to it is a new taxonomy (cred42).
    places = ",".join(f"{place}={country}" for place, country in sorted(REGISTERED_AS.items()))
    text = f"{STORE_FORMAT}\0{__version__}\0{places}\0{source}"
    key = hashlib.sha256(text.encode()).hexdigest()
    return root / TAXONOMIES / key[:40]


def cached_taxonomy(
    source: str, build: Callable[[], Taxonomy], *, enabled: bool = True
) -> Taxonomy:
    """Return the taxonomy whose sources have the fingerprint *source*, from the cache if there.

    Parameters
    ----------
    source : str
        A fingerprint of every byte the taxonomy is built from (and of how: an
        importer's version and settings).
    build : callable
        Loads and validates the taxonomy from its sources; called when the cache
        holds no intact entry (its result is then saved), or later when an entry
        turns out damaged.
    enabled : bool, optional
        ``False`` skips the cache (as ``CAREERMAP_CACHE_DIR=off`` does).
    """
    folder = entry_folder(source) if enabled else None
    if folder is None:
        return build()
    found = _open(folder, build)
    if found is not None:
        return found
    taxonomy = build()
    _save(taxonomy, folder)
    return taxonomy


def stored_entry(taxonomy: Taxonomy) -> Path | None:
    """Return the cache entry *taxonomy* was read from or saved to, if any."""
    return derived(taxonomy, "store-entry", lambda: None)


def read_derived(taxonomy: Taxonomy, name: str) -> Group | None:
    """Return the group *name* of *taxonomy*'s entry, checked (``None``: absent or damaged)."""
    folder = stored_entry(taxonomy)
    if folder is None:
        return None
    group = read_group(folder / name)
    if group is None and (folder / name).exists():
        remove(folder / name)
    return group


def write_derived(
    taxonomy: Taxonomy,
    name: str,
    arrays: Mapping[str, npt.NDArray[Any]],
    meta: Mapping[str, Any] | None = None,
) -> None:
    """Save the group *name* into *taxonomy*'s entry (nothing when it has none)."""
    folder = stored_entry(taxonomy)
    if folder is not None and folder.is_dir():
        write_group(folder / name, arrays, meta or {})


def _save(taxonomy: Taxonomy, folder: Path) -> None:
    digest = hashlib.sha256(f"{taxonomy.name}\0{taxonomy.version}\0".encode())
    arrays: dict[str, npt.NDArray[Any]] = {}
    for section, _ in _SECTIONS:
        items: tuple[BaseModel, ...] = getattr(taxonomy, section)
        pieces = [item_json(item) for item in items]
        digest_section(digest, section, len(pieces), pieces)  # the identity, from these bytes
        offsets = np.zeros(len(pieces) + 1, dtype=np.int64)
        np.cumsum([len(piece) for piece in pieces], out=offsets[1:])
        arrays[section] = np.frombuffer(b"".join(pieces), dtype=np.uint8)
        arrays[f"{section}-offsets"] = offsets
    digest_credentials(taxonomy, digest)
    identity = TaxonomyIdentity(
        name=taxonomy.name, version=taxonomy.version, sha256=digest.hexdigest()
    )
    derived(taxonomy, "identity", lambda: identity)
    arrays["skill-ids"] = pack_strings(skill.id for skill in taxonomy.skills)
    arrays["skill-labels"] = pack_strings(skill.label for skill in taxonomy.skills)
    arrays["role-ids"] = pack_strings(role.id for role in taxonomy.roles)
    scoring = taxonomy.scoring
    meta = {
        "name": taxonomy.name,
        "version": taxonomy.version,
        "identity": identity.sha256,
        "library": __version__,
        "scoring": None if scoring is None else scoring.model_dump(mode="json"),
        "credentials": [c.model_dump(mode="json") for c in taxonomy.credentials],
        "lexicons": [x.model_dump(mode="json") for x in taxonomy.lexicons],
    }
    if write_group(folder / "core", arrays, meta, blobs=[name for name, _ in _SECTIONS]):
        derived(taxonomy, "store-entry", lambda: folder)
        prune_after_write()


class _Fallback:
    """The taxonomy loaded from its sources, once, when the entry turns out damaged."""

    def __init__(self, folder: Path, build: Callable[[], Taxonomy]) -> None:
        self.folder = folder
        self.build = build
        self.taxonomy: Taxonomy | None = None
        self.lock = threading.Lock()

    def __call__(self) -> Taxonomy:
        with self.lock:
            if self.taxonomy is None:
                logger(__name__).warning(
                    "the cache entry %s is damaged: removed, and the taxonomy reloaded "
                    "from its sources",
                    self.folder,
                )
                remove(self.folder)
                self.taxonomy = self.build()
            return self.taxonomy


def _items(
    group: Group, section: str, model: type[BaseModel], fallback: _Fallback
) -> LazyItems[Any]:
    blob = group.blobs[section]
    offsets = group.arrays[f"{section}-offsets"].tolist()
    if len(offsets) < 1 or offsets[-1] != blob.size:
        raise CorruptEntryError(f"{section}: the offsets do not span its bytes")

    def build(index: int) -> BaseModel:
        try:
            return model.model_validate_json(blob.read(offsets[index], offsets[index + 1]))
        except (CorruptEntryError, ValueError):
            found: BaseModel = getattr(fallback(), section)[index]
            return found

    return LazyItems(len(offsets) - 1, build)


def _definitions(found: object, fallback: _Fallback) -> LazyItems[CredentialDefinition]:
    """Return the ``credentials`` section, each definition validated when it is first read.

    Only reading a person's background reads them (readiness, held credentials):
    a ranking without one, as ``careermap match`` gives, validates none of the
    bundled taxonomy's 110 (about 3 ms of a fresh process).
    """
    if not isinstance(found, list):
        raise CorruptEntryError("credentials: not a list")

    def build(index: int) -> CredentialDefinition:
        try:
            return CredentialDefinition.model_validate(found[index])
        except ValueError:
            definition: CredentialDefinition = fallback().credentials[index]
            return definition

    return LazyItems(len(found), build)


def _open(folder: Path, build: Callable[[], Taxonomy]) -> Taxonomy | None:
    group = read_group(folder / "core")
    if group is None:
        if folder.exists():
            remove(folder)
        return None
    touch(folder)  # its last use, for pruning (careermap.base.cachedir)
    try:
        return _lazy_taxonomy(group, folder, build)
    except (CorruptEntryError, ValueError, KeyError, TypeError, IndexError) as exc:
        logger(__name__).warning(
            "ignoring a damaged cache entry at %s (%s); it is rebuilt", folder, exc
        )
        remove(folder)
        return None


def _lazy_taxonomy(group: Group, folder: Path, build: Callable[[], Taxonomy]) -> Taxonomy:
    meta = group.meta
    fallback = _Fallback(folder, build)
    sections = {name: _items(group, name, model, fallback) for name, model in _SECTIONS}
    skill_ids = unpack_strings(group.arrays["skill-ids"])
    role_ids = unpack_strings(group.arrays["role-ids"])
    labels = unpack_strings(group.arrays["skill-labels"])
    skills, roles = sections["skills"], sections["roles"]
    if not (len(skill_ids) == len(labels) == len(skills) and len(role_ids) == len(roles)):
        raise CorruptEntryError("the ids do not match the items")
    sectors = sections["sectors"].as_tuple()
    scoring = None if meta["scoring"] is None else ScoringSettings.model_validate(meta["scoring"])
    credentials = _definitions(meta["credentials"], fallback)
    taxonomy = Taxonomy.model_construct(
        name=str(meta["name"]),
        version=str(meta["version"]),
        sectors=sectors,
        skills=skills,  # type: ignore[arg-type]  # a read-only sequence standing for the tuple
        relations=sections["relations"],  # type: ignore[arg-type]
        credentials=credentials,  # type: ignore[arg-type]
        roles=roles,  # type: ignore[arg-type]
        scoring=scoring,
        lexicons=tuple(map(_written_lexicon, meta.get("lexicons", ()))),
    )
    _display.remember_labels(
        zip(skill_ids, labels, strict=True), ((s.id, s.label) for s in sectors)
    )
    identity = TaxonomyIdentity(
        name=taxonomy.name, version=taxonomy.version, sha256=str(meta["identity"])
    )
    derived(taxonomy, "identity", lambda: identity)
    derived(taxonomy, "skill_index", lambda: LazyIndex(skill_ids, skills))
    derived(taxonomy, "role_index", lambda: LazyIndex(role_ids, roles))
    derived(taxonomy, "store-entry", lambda: folder)
    derived(taxonomy, "store-ids", lambda: (skill_ids, labels, role_ids))
    return taxonomy


def _written_lexicon(data: Mapping[str, Any]) -> Lexicon:
    """Return a lexicon as this cache wrote it, built without validating it again.

    It was validated before it was written, and the entry's digest is checked on read;
    validating its 2,700 terms again cost a load of the bundled taxonomy 13 ms (10 -> 23
    ms, thirty-sixth round).
    """
    entries = tuple(
        LexiconEntry.model_construct(skill=e["skill"], terms=tuple(e["terms"]))
        for e in data["skills"]
    )
    return Lexicon.model_construct(**{**data, "skills": entries})


def stored_ids(taxonomy: Taxonomy) -> tuple[list[str], list[str], list[str]] | None:
    """Skill ids, skill labels and role ids of a taxonomy read from the cache, else ``None``."""
    found: tuple[list[str], list[str], list[str]] | None = derived(
        taxonomy, "store-ids", lambda: None
    )
    return found


def skill_labels(taxonomy: Taxonomy) -> Mapping[str, str]:
    """Each skill's label by id, without building a lazy taxonomy's skill models.

    A taxonomy read from the cache keeps its labels in the entry: reading a label
    there builds no :class:`Skill` (an explanation names ten roles' worth of
    skills; resolving ids names twenty). Built once per taxonomy.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> skill_labels(load_taxonomy())["active-listening"]
    'Active listening'
    """

    def build() -> dict[str, str]:
        ids = stored_ids(taxonomy)
        if ids is not None:
            return dict(zip(ids[0], ids[1], strict=True))
        return {skill.id: skill.label for skill in taxonomy.skills}

    return derived(taxonomy, "skill-labels", build)


def stored_import(
    kind: str,
    folder: str | os.PathLike[str],
    names: Iterable[str],
    build: Callable[[], Taxonomy],
    *,
    salt: str = "",
) -> Taxonomy:
    """:func:`cached_taxonomy` for an importer reading the files *names* of *folder*.

    The fingerprint covers the bytes of every file present (a missing one is left
    out; *build* then reports it), the importer *kind* and its *salt* (version
    and settings).
    """
    source = import_fingerprint(kind, folder, names, salt=salt)
    return cached_taxonomy(f"import\0{source}", build)


def through_cache(
    cache: str | os.PathLike[str] | Literal[True] | None,
    kind: str,
    folder: str | os.PathLike[str],
    names: Iterable[str],
    build: Callable[[], Taxonomy],
    *,
    salt: str = "",
) -> Taxonomy:
    """Return an importer's taxonomy through the disk cache its *cache* option names.

    ``None`` or ``True``: the store in the user's cache folder (:func:`stored_import`);
    a path: the compiled form in that folder
    (:func:`~careermap.taxonomy.compiled.cached_import`). An importer given
    ``cache=False`` reads its files itself and never calls this.
    """
    if cache is None or cache is True:
        return stored_import(kind, folder, names, build, salt=salt)
    return cached_import(cache, kind, folder, names, build, salt=salt)
