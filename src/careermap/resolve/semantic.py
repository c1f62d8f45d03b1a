"""The semantic layer: an embedding index of a taxonomy's skill names, and its thresholds.

Every label, alias and description of every skill is encoded once (see
:mod:`careermap.resolve.embed`); a text is encoded and compared with all of them by
cosine similarity; a skill's similarity is mostly that of its nearest name and
partly that of all its names together (:data:`CENTROID_WEIGHT`), which its aliases
cannot pull far below that of its label and description (:data:`CENTROID_MARGIN`).
Two thresholds, calibrated
on the labelled development set in ``tests/data/semantic/`` (docs/semantic.md):

* at or above :data:`ACCEPT_SIMILARITY` the best skill is a match (method
  ``"semantic"``);
* from :data:`SUGGEST_SIMILARITY` up to it, skills are only suggested ("did you
  mean"); below, nothing is said.

Large indexes (ESCO's 26k names and more) are cached on disk as ``.npy`` files
(``allow_pickle=False``) keyed by the taxonomy's content hash, in
:func:`cache_dir`; a file is used only when its SHA-256 matches the digest
written beside it. ``CAREERMAP_CACHE_DIR`` moves the cache, and setting it to
``off`` (or ``0``) turns it off.

Long texts may be read by a second encoder (thirty-fourth round): with
``CAREERMAP_LONG_TEXTS=minilm`` and ``careermap[minilm]`` installed, a text of more than
:data:`LONG_WORDS` words that WordLlama reads unsurely is also read by MiniLM
(:mod:`careermap.resolve.long_texts` says when, and how the two readings are mixed).
MiniLM's index is cached on disk whatever its size: it takes seconds to build.
"""

from __future__ import annotations

import hashlib
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from careermap.base.cache import derived
from careermap.base.cachedir import cache_dir
from careermap.base.errors import MissingExtraError
from careermap.base.optional import available, install_hint
from careermap.base.text import normalize
from careermap.resolve.embed import DEFAULT_ENCODER, Encoder, load_encoder
from careermap.resolve.long_texts import (
    LONG_SHARE,
    LONG_SHIFT,
    LONG_TEXTS_ENV,
    LONG_WORDS,
    long_text_encoder,
    read_long,
)
from careermap.resolve.vector_cache import read_cached as _read_cached
from careermap.resolve.vector_cache import write_cached as _write_cached
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "ACCEPT_SIMILARITY",
    "CENTROID_MARGIN",
    "CENTROID_WEIGHT",
    "LONG_SHARE",
    "LONG_SHIFT",
    "LONG_TEXTS_ENV",
    "LONG_WORDS",
    "SUGGEST_SIMILARITY",
    "SemanticHit",
    "SemanticIndex",
    "SemanticUnavailableWarning",
    "cache_dir",
    "enabled",
    "long_text_encoder",
    "semantic_index",
]

#: Cosine similarity at or above which the nearest skill is accepted as a match.
#: Calibrated on the even-numbered items of tests/data/semantic/ so that no
#: off-domain phrase there reaches it (docs/semantic.md).
ACCEPT_SIMILARITY = 0.64
#: A skill's similarity to a text is 0.7 times the cosine of its nearest name plus 0.3
#: times the cosine of the mean of all its names (chosen on the calibration split).
CENTROID_WEIGHT = 0.3
#: The mean of all a skill's names counts for a text at least as its core does (the mean
#: of its label, description and anchor texts) less this margin. Aliases are added for
#: people's exact words ("CISM debriefings", "AutoMod"); six about debriefs pulled the mean
#: of *Critical incident debriefing* away from "critical incident support onsite"
#: (0.71 -> 0.63). However many aliases a skill gains, a text's similarity to it stays
#: within CENTROID_WEIGHT x CENTROID_MARGIN (0.015) of what its label, description and
#: nearest name give (docs/semantic.md, "Aliases and the centroid").
CENTROID_MARGIN = 0.05
#: Skills at or above this similarity (and below the match threshold) are suggested.
SUGGEST_SIMILARITY = 0.45
#: Indexes of at least this many names are cached on disk (the bundled one builds
#: in a fraction of a second and leaves no file behind).
DISK_CACHE_MIN_NAMES = 5_000
#: Texts of at most this many words, found in the names of several skills, are generic.
_GENERIC_WORDS = 2
#: How many searched texts an index remembers (their vectors and nearest skills).
MEMO_SIZE = 4_096
#: Nearest skills remembered per text: every search asking for up to this many is a look-up.
_MEMO_HITS = 16
#: Dimensions that shortlist the names of a large index (WordLlama is Matryoshka-trained).
_PREFIX = 64
#: Names shortlisted per text in a large index; their skills are then scored exactly.
_SHORTLIST = 256
#: Texts compared with the index in one matrix product.
_BATCH = 64
#: Bumped whenever what an index holds or how it is built changes.
_INDEX_FORMAT = 1
#: What ``careermap[semantic]`` installs, as modules.
_EXTRA_MODULES = ("tokenizers", "safetensors", "wordllama")


class SemanticUnavailableWarning(UserWarning):
    """A text did not resolve, and the semantic layer that might resolve it is not installed."""


_hint_lock = threading.Lock()
_hinted = False


def enabled(semantic: bool | None) -> bool:
    """Whether to use the semantic layer: ``None`` means when it is installed.

    Raises
    ------
    MissingExtraError
        When *semantic* is ``True`` and the extra is not installed.
    """
    if semantic is False:
        return False
    installed = installed_extra()
    if semantic is True and not installed:
        raise MissingExtraError("wordllama", extra="semantic")
    return installed


def installed_extra() -> bool:
    """Whether the packages of ``careermap[semantic]`` can be imported."""
    return all(available(module) for module in _EXTRA_MODULES)


def hint_once() -> None:
    """Say once per process how to install the semantic layer."""
    global _hinted  # noqa: PLW0603 - one flag for the process
    with _hint_lock:
        if _hinted:
            return
        _hinted = True
    warnings.warn(
        "a skill text did not resolve; the semantic layer understands paraphrases and "
        f"sentences: {install_hint('semantic')}",
        SemanticUnavailableWarning,
        stacklevel=3,
    )


@dataclass(frozen=True)
class SemanticHit:
    """A skill near a text: its id, the name that was nearest, and the cosine similarity."""

    skill_id: str
    matched_name: str
    similarity: float


class SemanticIndex:
    """The unit vectors of every label, alias and description of a taxonomy's skills.

    Besides, each skill's two centroids: of all its names (``centroids``) and of its
    core, its label, description and anchor texts without its aliases (``cores``).
    """

    def __init__(
        self,
        taxonomy: Taxonomy,
        encoder: Encoder,
        *,
        extra_names: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """Encode every name of *taxonomy*'s skills.

        *extra_names* (skill id to texts) adds texts to a skill's names in this
        index only, never as lexical aliases; they are shown as the skill's label.
        ``benchmarks/semantic_eval.py --anchors`` measures such anchor texts
        (docs/semantic.md, fourth pass); an index with them is not cached on disk.
        """
        self.encoder = encoder
        extra = extra_names or {}
        self.skill_ids: list[str] = [skill.id for skill in taxonomy.skills]
        owners: list[int] = []
        texts: list[str] = []
        shown: list[str] = []
        core: list[bool] = []  # the label, description and anchors: not an alias
        for position, skill in enumerate(taxonomy.skills):
            for rank, name in enumerate(skill.names):
                if rank and _abbreviation(name):
                    continue  # "PIP" reads as "pip" (a pipe) to a static model: lexical only
                owners.append(position)
                texts.append(name)
                shown.append(name)
                core.append(rank == 0)
            if skill.description:
                owners.append(position)
                texts.append(skill.description)
                shown.append(skill.label)  # a description is shown as its skill's label
                core.append(True)
            for anchor in extra.get(skill.id, ()):
                owners.append(position)
                texts.append(anchor)
                shown.append(skill.label)
                core.append(True)
        self.owners: NDArray[np.int64] = np.asarray(owners, dtype=np.int64)
        # Each skill's names are contiguous (every skill has a label): skill i owns
        # rows starts[i] up to starts[i + 1].
        self.starts: NDArray[np.int64] = np.searchsorted(
            self.owners, np.arange(len(self.skill_ids) + 1)
        ).astype(np.int64)
        self.names = shown
        self.vectors = self.encoder.encode(texts) if extra else self._vectors(taxonomy, texts)
        # Each skill's centroids: the mean of all its names' vectors, and of its core's.
        self.centroids = self._means(self.vectors)
        self.cores = self._means(self.vectors * np.asarray(core, dtype=np.float32)[:, None])
        # Each skill's place in the order of ids: equal similarities are ranked by id.
        self.id_rank: NDArray[np.int64] = np.argsort(
            np.argsort(np.asarray(self.skill_ids, dtype=object))
        ).astype(np.int64)
        # Large indexes are searched through a shortlist (see _shortlisted()).
        self.prefix: NDArray[np.float32] | None = None
        if len(texts) >= DISK_CACHE_MIN_NAMES and self.encoder.dim > _PREFIX:
            self.prefix = _unit_rows(self.vectors[:, :_PREFIX])
        # Which skills' names hold each word (see generic()), built when first asked.
        self._words: dict[str, set[int]] | None = None
        # Texts already searched: their vector and nearest skills (see prime()).
        self._memo: dict[str, tuple[NDArray[np.float32], list[SemanticHit]]] = {}
        self._lock = threading.Lock()
        # The index of the encoder that reads long texts, built when first needed.
        self.long_reader: Callable[[], SemanticIndex] | None = None

    def _means(self, vectors: NDArray[np.float32]) -> NDArray[np.float32]:
        """Return each skill's mean of *vectors* (its rows), normalised."""
        if not len(self.skill_ids):
            return np.zeros((0, self.encoder.dim), dtype=np.float32)
        sums = np.add.reduceat(vectors, self.starts[:-1], axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return np.ascontiguousarray(sums / norms, dtype=np.float32)

    def together(
        self, queries: NDArray[np.float32], skills: NDArray[np.int64] | None = None
    ) -> NDArray[np.float32]:
        """Return the cosine of each query (row) with each skill's names together.

        The cosine with the mean of all a skill's names, or if higher, with its core's
        less :data:`CENTROID_MARGIN`: however many aliases a skill has, they pull its
        names together at most that margin below its label and description.
        *skills* (positions) restricts the columns to those skills.

        Examples
        --------
        >>> from careermap import load_taxonomy
        >>> index = semantic_index(load_taxonomy())  # doctest: +SKIP
        >>> query = index.vector("critical incident support onsite")  # doctest: +SKIP
        >>> index.together(query[None, :]).shape == (1, len(index.skill_ids))  # doctest: +SKIP
        True
        """
        centroids = self.centroids if skills is None else self.centroids[skills]
        cores = self.cores if skills is None else self.cores[skills]
        together: NDArray[np.float32] = np.maximum(
            queries @ centroids.T, queries @ cores.T - CENTROID_MARGIN
        )
        return together

    def _vectors(self, taxonomy: Taxonomy, texts: list[str]) -> NDArray[np.float32]:
        slow = getattr(self.encoder, "slow", False)  # MiniLM: seconds for the bundled names
        folder = cache_dir() if slow or len(texts) >= DISK_CACHE_MIN_NAMES else None
        if folder is None:
            return self.encoder.encode(texts)
        key = hashlib.sha256(
            f"{_INDEX_FORMAT}\0{self.encoder.name}\0{self.encoder.dim}\0"
            f"{taxonomy_identity(taxonomy).sha256}".encode()
        ).hexdigest()[:32]
        path = folder / f"semantic-{key}.npy"
        cached = _read_cached(path, (len(texts), self.encoder.dim))
        if cached is not None:
            return cached
        vectors = self.encoder.encode(texts)
        _write_cached(path, vectors)
        return vectors

    def search(self, text: str, *, limit: int = 5, floor: float = -1.0) -> list[SemanticHit]:
        """Return the skills nearest to *text*, best first, at or above *floor*; ties by id.

        Results are remembered per text (see :meth:`prime`), so resolving a text
        again, or after :meth:`prime`, costs no matrix product.
        """
        if limit > _MEMO_HITS:
            return self.search_vector(self.vector(text), limit=limit, floor=floor)
        self.prime([text])
        with self._lock:
            _, hits = self._memo[text]
        return [hit for hit in hits[:limit] if hit.similarity >= floor]

    def vector(self, text: str) -> NDArray[np.float32]:
        """Return the unit vector of *text* (remembered with its nearest skills)."""
        self.prime([text])
        with self._lock:
            return self._memo[text][0]

    def prime(self, texts: Sequence[str]) -> None:
        """Encode *texts* and find their nearest skills with one matrix product.

        Resolving many texts (a profile of 20 skills against ESCO's 40k names)
        then reads the results instead of multiplying the whole index once per
        text. The newest :data:`MEMO_SIZE` texts are remembered.
        """
        with self._lock:
            todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if not todo:
            return
        vectors = self.encoder.encode(todo)
        found = self.search_many(vectors, limit=_MEMO_HITS)
        if self.long_reader is not None:
            read_long(self, todo, vectors, found, accept=ACCEPT_SIMILARITY)
        with self._lock:
            for text, vector, hits in zip(todo, vectors, found, strict=True):
                self._memo[text] = (vector, hits)
            while len(self._memo) > MEMO_SIZE:
                self._memo.pop(next(iter(self._memo)))

    def generic(self, text: str) -> bool:
        """Whether *text* is a word or two that the names of several skills share.

        "assessment" is part of *needs assessment*, *clinical assessment* and more:
        whichever is nearest, the text does not say which one is meant, so it is
        only suggested (a "did you mean"), never matched.

        Examples
        --------
        >>> from careermap import load_taxonomy
        >>> index = semantic_index(load_taxonomy())  # doctest: +SKIP
        >>> index.generic("assessment"), index.generic("calming angry people")  # doctest: +SKIP
        (True, False)
        """
        words = normalize(text).split()
        if not words or len(words) > _GENERIC_WORDS:
            return False
        if self._words is None:
            holders: dict[str, set[int]] = {}
            for position, name in zip(self.owners, self.names, strict=True):
                for word in normalize(name).split():
                    holders.setdefault(word, set()).add(int(position))
            self._words = holders
        shared = set.intersection(*(self._words.get(word, set()) for word in words))
        return len(shared) >= 2

    def forget(self) -> None:
        """Forget the texts searched so far (benchmarks time the search, not the look-up)."""
        with self._lock:
            self._memo.clear()

    def similarity_to(self, query: NDArray[np.float32], skill_id: str) -> float:
        """Return the similarity of *query* and *skill_id*, as :meth:`search_vector` scores it."""
        position = self.skill_ids.index(skill_id)
        start, end = int(self.starts[position]), int(self.starts[position + 1])
        nearest = float(np.max(self.vectors[start:end] @ query))
        together = float(self.together(query[None, :], np.asarray([position]))[0, 0])
        return round((1.0 - CENTROID_WEIGHT) * nearest + CENTROID_WEIGHT * together, 4)

    def search_vector(
        self, query: NDArray[np.float32], *, limit: int = 5, floor: float = -1.0
    ) -> list[SemanticHit]:
        """Like :meth:`search`, for a vector already encoded."""
        return self.search_many(query[None, :], limit=limit, floor=floor)[0]

    def search_many(
        self, queries: NDArray[np.float32], *, limit: int = 5, floor: float = -1.0
    ) -> list[list[SemanticHit]]:
        """Like :meth:`search_vector` for each row of *queries*, in one matrix product."""
        if not len(self.skill_ids):
            return [[] for _ in range(len(queries))]
        found: list[list[SemanticHit]] = []
        for begin in range(0, len(queries), _BATCH):  # bounds the (texts x names) matrix
            block = np.ascontiguousarray(queries[begin : begin + _BATCH], dtype=np.float32)
            if self.prefix is not None:
                found += self._shortlisted(block, limit, floor)
                continue
            sims = block @ self.vectors.T
            # A skill's similarity: mostly its nearest name, partly all of its names together.
            best = (1.0 - CENTROID_WEIGHT) * np.maximum.reduceat(
                sims, self.starts[:-1], axis=1
            ) + CENTROID_WEIGHT * self.together(block)
            found += [
                self._hits(row_sims, row_best, limit, floor)
                for row_sims, row_best in zip(sims, best, strict=True)
            ]
        return found

    def _shortlisted(
        self, block: NDArray[np.float32], limit: int, floor: float
    ) -> list[list[SemanticHit]]:
        """Search a large index in two steps: a shortlist by the vectors' first dimensions.

        WordLlama is trained Matryoshka-style: the first :data:`_PREFIX` dimensions
        are an embedding of their own. The :data:`_SHORTLIST` names nearest in them
        name the skills that are then scored exactly, on all their names and their
        centroid: a quarter of the arithmetic of scoring every name.
        """
        assert self.prefix is not None  # noqa: S101 - only called with a prefix index
        approx = _unit_rows(block[:, :_PREFIX]) @ self.prefix.T
        count = min(_SHORTLIST, approx.shape[1])
        found = []
        for query, row in zip(block, approx, strict=True):
            skills = np.unique(self.owners[np.argpartition(row, -count)[-count:]])
            lengths = self.starts[skills + 1] - self.starts[skills]
            first = np.cumsum(lengths) - lengths  # where each skill's names begin in rows
            rows = np.repeat(self.starts[skills] - first, lengths) + np.arange(int(lengths.sum()))
            near = self.vectors[rows] @ query
            best = (1.0 - CENTROID_WEIGHT) * np.maximum.reduceat(
                near, first
            ) + CENTROID_WEIGHT * self.together(query[None, :], skills)[0]
            found.append(
                self._ranked(
                    skills, best, limit=limit, floor=floor, sims=near, rows=rows, first=first
                )
            )
        return found

    def _hits(
        self, sims: NDArray[np.float32], best: NDArray[np.float32], limit: int, floor: float
    ) -> list[SemanticHit]:
        keep = np.flatnonzero(best >= floor)
        if keep.size > limit * 4:  # only the best few need sorting (ties are rare and kept)
            cut = np.partition(best[keep], -limit * 4)[-limit * 4]
            keep = keep[best[keep] >= cut]
        return self._ranked(
            keep,
            best[keep],
            limit=limit,
            floor=floor,
            sims=sims,
            rows=None,
            first=self.starts[keep],
        )

    def _ranked(
        self,
        skills: NDArray[np.int64],
        best: NDArray[np.float32],
        *,
        limit: int,
        floor: float,
        sims: NDArray[np.float32],
        rows: NDArray[np.int64] | None,
        first: NDArray[np.int64],
    ) -> list[SemanticHit]:
        """Return the best *limit* of *skills* (scored *best*) at or above *floor*.

        *sims* holds name similarities: of every name (*rows* ``None``), or of the names
        ``rows`` only, each skill's beginning at its *first* position there.
        """
        # Rounded before ranking, so equal similarities tie and are ordered by id.
        rounded = np.round(best.astype(np.float64), 4)
        order = np.lexsort((self.id_rank[skills], -rounded))
        hits = []
        for i in order[:limit]:
            if rounded[i] < floor:
                break
            position = int(skills[i])
            length = int(self.starts[position + 1] - self.starts[position])
            begin = int(first[i])
            # Names as near as float noise ("trust building", "building trust") tie, and
            # the first listed is named, in one matrix product or in many.
            nearest = begin + int(np.argmax(np.round(sims[begin : begin + length], 5)))
            name = nearest if rows is None else int(rows[nearest])
            hits.append(
                SemanticHit(
                    skill_id=self.skill_ids[position],
                    matched_name=self.names[name],
                    similarity=float(rounded[i]),
                )
            )
        return hits


def _unit_rows(vectors: NDArray[np.float32]) -> NDArray[np.float32]:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)


def _abbreviation(name: str) -> bool:
    """Whether *name* is an abbreviation ("CBT", "L&D", "PIPs"), left to the lexical step.

    Examples
    --------
    >>> _abbreviation("PIP"), _abbreviation("PIPs"), _abbreviation("Mediation")
    (True, True, False)
    """
    letters = name.rstrip("s")
    return " " not in name and len(letters) <= 6 and letters.replace("&", "").isupper()


def semantic_index(taxonomy: Taxonomy, encoder: str = DEFAULT_ENCODER) -> SemanticIndex:
    """Return the (cached) semantic index of *taxonomy* for *encoder*.

    The default encoder's index hands texts of more than :data:`LONG_WORDS` words to
    the encoder :func:`long_text_encoder` names, if any, for taxonomies of fewer than
    :data:`DISK_CACHE_MIN_NAMES` names (ESCO's would take minutes to encode).

    Raises
    ------
    MissingExtraError
        When the long-text encoder's package is not installed (on the first long text).
    """
    long = long_text_encoder() if encoder == DEFAULT_ENCODER else None

    def build() -> SemanticIndex:
        index = SemanticIndex(taxonomy, load_encoder(encoder))
        if long is not None and len(index.names) < DISK_CACHE_MIN_NAMES:
            index.long_reader = lambda: semantic_index(taxonomy, long)
        return index

    return derived(taxonomy, f"semantic:{encoder}:{long}", build)
