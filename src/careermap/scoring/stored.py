"""The scoring and transfer indexes of a cached taxonomy, saved in its disk-cache entry.

The first process that builds the :class:`~careermap.scoring.engine.ScoringIndex`
of a taxonomy read from (or saved to) the disk cache
(:mod:`careermap.taxonomy.store`) adds it to the entry as the group ``scoring``:
every array of the index as ``.npy``, its ids as packed strings and each best
transfer's source, kind and reason. A later process reads the group instead of
walking every role, and rebuilds the :class:`~careermap.scoring.model.TransferIndex`
from the same transfers, so a first ranking builds no role it does not return.

An index holding an attribute this module does not know (a new field) is not
saved, so a cache can never hand back an index missing a field.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.base.arraycache import remove
from careermap.base.cache import derived
from careermap.base.log import logger
from careermap.scoring.context import ContextIndex, _Tfidf
from careermap.scoring.engine import ScoringIndex
from careermap.scoring.model import Transfer, TransferIndex, Via
from careermap.taxonomy.lazy import LazyIndex, LazyItems
from careermap.taxonomy.models import Importance, Taxonomy
from careermap.taxonomy.store import (
    pack_strings,
    read_derived,
    skill_labels,
    stored_entry,
    stored_ids,
    unpack_strings,
    write_derived,
)

if TYPE_CHECKING:  # annotations only (scoring.engine says why)
    import numpy.typing as npt

__all__ = ["load_context", "load_scoring", "save_context", "save_scoring"]


#: The group's name in an entry; bump the number when the index changes shape.
GROUP = "scoring-2"
#: What only explanations read (the transfers, the requirements' columns).
EXPLAIN_GROUP = "scoring-explain-1"
_VIAS: tuple[Via, ...] = ("transfers_to", "broader", "narrower")
#: The per-requirement columns of careermap.scoring.explain's _Columns.
_COLUMNS = frozenset({"skill", "label", "essential", "minor", "level", "weight"})
#: Attributes that are not arrays, each saved its own way.
_OTHER = {
    "skill_ids",
    "skill_pos",
    "role_ids",
    "role_pos",
    "sector_ids",
    "out_transfer",
    "n_roles",
    "n_skills",
}


def save_scoring(taxonomy: Taxonomy, index: ScoringIndex) -> None:
    """Add *index* to *taxonomy*'s cache entry (nothing when it has none)."""
    if stored_entry(taxonomy) is None:
        return
    fields = vars(index)
    unknown = [
        name
        for name, value in fields.items()
        if name not in _OTHER and not isinstance(value, np.ndarray)
    ]
    if unknown:
        logger(__name__).info("the scoring index is not cached: it holds %s", ", ".join(unknown))
        return
    arrays: dict[str, npt.NDArray[Any]] = {
        name: value
        for name, value in fields.items()
        if isinstance(value, np.ndarray) and name != "edge_ids"  # an arange: made on load
    }
    # The skill and role ids are the taxonomy's own, in its order: read from the entry's core.
    arrays["sector_ids"] = pack_strings(index.sector_ids)
    # What only explanations read, in a group of its own read when one is first built:
    # the per-requirement columns of careermap.scoring.explain and the transfers.
    transfers = index.out_transfer
    reqs = [req for role in taxonomy.roles for req in role.requirements]
    explained = {
        "essential": np.array([r.importance is Importance.ESSENTIAL for r in reqs]),
        "minor": np.array([r.importance is Importance.MINOR for r in reqs]),
        "level": np.array([r.level for r in reqs], dtype=np.float64),
        "level_int": np.array([isinstance(r.level, int) for r in reqs]),
        "transfer_source": np.array([index.skill_pos[t.source] for t in transfers], dtype=np.int64),
        "transfer_via": np.array([_VIAS.index(t.via) for t in transfers], dtype=np.int64),
        "transfer_reason": pack_strings(t.reason for t in transfers),
    }
    meta = {"n_roles": index.n_roles, "n_skills": index.n_skills}
    write_derived(taxonomy, EXPLAIN_GROUP, explained, meta)
    write_derived(taxonomy, GROUP, arrays, meta)


def load_scoring(taxonomy: Taxonomy) -> ScoringIndex | None:
    """Return *taxonomy*'s scoring index from its cache entry, or ``None`` (then build it).

    Also seeds the taxonomy's transfer index and the explanations' columns, both
    read from the entry when first used.
    """
    group = read_derived(taxonomy, GROUP)
    if group is None:
        return None
    try:
        index = _rebuild(group.arrays, group.meta, taxonomy)
    except (KeyError, ValueError, IndexError, TypeError) as exc:
        logger(__name__).warning("ignoring a damaged scoring index in the cache (%s)", exc)
        return None
    explained = _Explained(taxonomy, index)
    index.out_transfer = LazyItems(len(index.out_target), explained.transfer)  # type: ignore[assignment]
    transfers = _StoredTransfers(index)
    derived(taxonomy, "transfers", lambda: transfers)
    _seed_columns(taxonomy, index, explained)
    return index


class _Explained:
    """The ``scoring-explain`` group of an entry, read on first use; else built from the roles.

    Holds the taxonomy weakly: the index it belongs to is kept in the taxonomy's own
    derived cache, which a strong reference would keep alive forever.
    """

    def __init__(self, taxonomy: Taxonomy, index: ScoringIndex) -> None:
        self._taxonomy = weakref.ref(taxonomy)
        self._index = index
        self._lock = threading.Lock()
        self._arrays: dict[str, npt.NDArray[Any]] | None = None
        self._reasons: list[str] = []
        self._built: list[Transfer] | None = None  # when the group could not be read
        self._tried = False

    def arrays(self) -> dict[str, npt.NDArray[Any]] | None:
        """Return the group's arrays, or ``None`` when it is missing or damaged."""
        with self._lock:
            if self._arrays is None and not self._tried:
                self._tried = True
                taxonomy = self._taxonomy()
                group = None if taxonomy is None else read_derived(taxonomy, EXPLAIN_GROUP)
                if group is not None and len(group.arrays["transfer_source"]) == len(
                    self._index.out_target
                ):
                    self._arrays = group.arrays
                    self._reasons = unpack_strings(group.arrays["transfer_reason"])
                elif taxonomy is not None and (entry := stored_entry(taxonomy)) is not None:
                    remove(entry / GROUP)  # the next process writes both groups again
            return self._arrays

    def _taxonomy_now(self) -> Taxonomy:
        taxonomy = self._taxonomy()
        if taxonomy is None:  # pragma: no cover - the index outlived its taxonomy
            msg = "the taxonomy of this scoring index is gone"
            raise RuntimeError(msg)
        return taxonomy

    def transfer(self, i: int) -> Transfer:
        """Return the *i*-th best transfer out of the skills, in the index's edge order."""
        arrays = self.arrays()
        if arrays is None:
            if self._built is None:  # the order ScoringIndex builds them in
                outgoing = TransferIndex(self._taxonomy_now()).outgoing
                self._built = [
                    t for s in self._index.skill_ids for t in outgoing.get(s, {}).values()
                ]
            return self._built[i]
        ids = self._index.skill_ids
        return Transfer(
            ids[int(arrays["transfer_source"][i])],
            ids[int(self._index.out_target[i])],
            float(self._index.out_weight[i]),
            _VIAS[int(arrays["transfer_via"][i])],
            self._reasons[i],
        )

    def columns(self, columns: Any, make: Any) -> None:
        """Fill the explanations' per-requirement columns into *columns*."""
        arrays = self.arrays()
        if arrays is None:
            make.__init__(columns, self._taxonomy_now())
            return
        index = self._index
        label_of = skill_labels(self._taxonomy_now())  # the resolver's: built once
        columns.skill = [index.skill_ids[i] for i in index.req_skill.tolist()]
        columns.label = [label_of[skill] for skill in columns.skill]
        columns.essential = arrays["essential"].tolist()
        columns.minor = arrays["minor"].tolist()
        columns.level = [
            int(level) if whole else level
            for level, whole in zip(
                arrays["level"].tolist(), arrays["level_int"].tolist(), strict=True
            )
        ]
        columns.weight = index.req_weight.tolist()


def _seed_columns(taxonomy: Taxonomy, index: ScoringIndex, explained: _Explained) -> None:
    """Give the explanations their per-requirement columns without building every role."""
    from careermap.scoring import explain  # noqa: PLC0415 - explain imports the engine

    make = getattr(explain, "_Columns", None)
    if stored_ids(taxonomy) is None or make is None:
        return

    def fill(columns: Any, name: str) -> Any:
        if name not in _COLUMNS:
            raise AttributeError(name)
        explained.columns(columns, make)
        return vars(columns)[name]

    # Filled when an explanation first reads a column (129k requirements on ESCO).
    lazy = type("StoredColumns", (make,), {"__init__": object.__init__, "__getattr__": fill})
    columns = lazy()
    derived(taxonomy, "explain-columns", lambda: columns)


def _positions(ids: list[str], index: Mapping[str, object]) -> dict[str, int]:
    """Each id's position: a lazy taxonomy's index already maps them (the same keys, in order)."""
    if isinstance(index, LazyIndex):
        return index.positions
    return dict(zip(ids, range(len(ids)), strict=True))


def _rebuild(
    arrays: dict[str, npt.NDArray[Any]], meta: dict[str, Any], taxonomy: Taxonomy
) -> ScoringIndex:
    index = ScoringIndex.__new__(ScoringIndex)
    fields = vars(index)
    for name, array in arrays.items():
        if name != "sector_ids":
            fields[name] = array
    index.edge_ids = np.arange(len(index.out_target), dtype=np.int64)
    stored = stored_ids(taxonomy)
    if stored is not None:  # a taxonomy read from the entry: its ids, never built items
        index.skill_ids, _, index.role_ids = stored
    else:  # the taxonomy that wrote the entry, or one loaded beside it
        index.skill_ids = [skill.id for skill in taxonomy.skills]
        index.role_ids = [role.id for role in taxonomy.roles]
    index.sector_ids = unpack_strings(arrays["sector_ids"])
    index.skill_pos = _positions(index.skill_ids, taxonomy.skill_index)
    index.role_pos = _positions(index.role_ids, taxonomy.role_index)
    index.n_roles, index.n_skills = int(meta["n_roles"]), int(meta["n_skills"])
    if len(index.skill_ids) != index.n_skills or len(index.role_ids) != index.n_roles:
        msg = "the ids do not match the counts"
        raise ValueError(msg)
    return index


class _StoredTransfers(TransferIndex):
    """The transfer index the scoring index was built from, rebuilt from it when first read."""

    def __init__(self, index: ScoringIndex) -> None:  # no super().__init__: nothing to walk yet
        self._index = index

    def __getattr__(self, name: str) -> Any:
        if name not in {"general", "outgoing", "incoming"}:
            raise AttributeError(name)
        index = self._index
        self.general = frozenset(
            skill_id
            for skill_id, general in zip(index.skill_ids, index.skill_general.tolist(), strict=True)
            if general
        )
        incoming: dict[str, list[Transfer]] = {}
        self.outgoing = {}
        for transfer in sorted(index.out_transfer, key=lambda t: (t.source, t.target)):
            incoming.setdefault(transfer.target, []).append(transfer)
            self.outgoing.setdefault(transfer.source, {})[transfer.target] = transfer
        self.incoming = {target: tuple(found) for target, found in incoming.items()}
        return self.__dict__[name]


#: The context index's group; bump the number when the index changes shape.
CONTEXT_GROUP = "context-1"
_CONTEXT_ARRAYS = ("interests", "has_interests", "job_zone", "education", "has_context")
_TFIDF_ARRAYS = ("idf", "term_role", "term_weight", "term_ptr")


def _tfidf_arrays(prefix: str, tfidf: _Tfidf) -> dict[str, npt.NDArray[Any]]:
    arrays: dict[str, npt.NDArray[Any]] = {
        f"{prefix}_{name}": getattr(tfidf, name) for name in _TFIDF_ARRAYS
    }
    arrays[f"{prefix}_vocabulary"] = pack_strings(tfidf.vocabulary)
    ptr = np.zeros(len(tfidf.rows) + 1, dtype=np.int64)
    np.cumsum([len(ids) for ids, _ in tfidf.rows], out=ptr[1:])
    empty_ids, empty_values = np.zeros(0, np.int64), np.zeros(0)
    arrays[f"{prefix}_row_ptr"] = ptr
    arrays[f"{prefix}_row_ids"] = np.concatenate([empty_ids, *(ids for ids, _ in tfidf.rows)])
    arrays[f"{prefix}_row_values"] = np.concatenate(
        [empty_values, *(values for _, values in tfidf.rows)]
    )
    return arrays


class _Vocabulary(Mapping[str, int]):
    """Each word's term id, the dictionary made on first use (a person's title needs it)."""

    def __init__(self, words: list[str]) -> None:
        self._words = words
        self._ids: dict[str, int] | None = None

    def _made(self) -> dict[str, int]:
        if self._ids is None:
            self._ids = {word: i for i, word in enumerate(self._words)}
        return self._ids

    def __getitem__(self, word: str) -> int:
        return self._made()[word]

    def __contains__(self, word: object) -> bool:
        return word in self._made()

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


def _tfidf(prefix: str, arrays: dict[str, npt.NDArray[Any]], n_roles: int) -> _Tfidf:
    tfidf = _Tfidf.__new__(_Tfidf)
    tfidf.n_roles = n_roles
    for name in _TFIDF_ARRAYS:
        setattr(tfidf, name, arrays[f"{prefix}_{name}"])
    words = unpack_strings(arrays[f"{prefix}_vocabulary"])
    tfidf.vocabulary = _Vocabulary(words)  # type: ignore[assignment]
    ptr = arrays[f"{prefix}_row_ptr"].tolist()
    ids, values = arrays[f"{prefix}_row_ids"], arrays[f"{prefix}_row_values"]
    if len(ptr) != n_roles + 1 or len(words) != len(tfidf.idf):
        msg = "the cached TF-IDF rows do not match the roles"
        raise ValueError(msg)
    tfidf.rows = [(ids[ptr[i] : ptr[i + 1]], values[ptr[i] : ptr[i + 1]]) for i in range(n_roles)]
    return tfidf


def save_context(taxonomy: Taxonomy, index: ContextIndex) -> None:
    """Add the context index to *taxonomy*'s cache entry (nothing when it has none)."""
    if stored_entry(taxonomy) is None:
        return
    known = {*_CONTEXT_ARRAYS, "n_roles", "weights", "text", "rows", "groups", "has_groups"}
    unknown = sorted(set(vars(index)) - known)
    if unknown:
        logger(__name__).info("the context index is not cached: it holds %s", ", ".join(unknown))
        return
    arrays = {name: getattr(index, name) for name in _CONTEXT_ARRAYS}
    arrays.update(_tfidf_arrays("text", index.text))
    if index.groups is not None:
        arrays.update(_tfidf_arrays("groups", index.groups))
        arrays["has_groups"] = index.has_groups
    meta = {
        "n_roles": index.n_roles,
        "weights": dict(index.weights),
        "groups": index.groups is not None,
    }
    write_derived(taxonomy, CONTEXT_GROUP, arrays, meta)


def load_context(taxonomy: Taxonomy) -> ContextIndex | None:
    """Return *taxonomy*'s context index from its cache entry, or ``None`` (then build it)."""
    group = read_derived(taxonomy, CONTEXT_GROUP)
    if group is None:
        return None
    arrays, meta = group.arrays, group.meta
    try:
        index = ContextIndex.__new__(ContextIndex)
        index.n_roles = int(meta["n_roles"])
        index.weights = {str(k): float(v) for k, v in meta["weights"].items()}
        for name in _CONTEXT_ARRAYS:
            setattr(index, name, arrays[name])
        index.text = _tfidf("text", arrays, index.n_roles)
        index.rows = index.text.rows
        index.groups = None
        if meta["groups"]:
            index.groups = _tfidf("groups", arrays, index.n_roles)
            index.has_groups = arrays["has_groups"]
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        logger(__name__).warning("ignoring a damaged context index in the cache (%s)", exc)
        return None
    return index
