"""The semantic layer: an embedding index of a taxonomy's skill names, and its thresholds.

Every label, alias and description of every skill is encoded once (see
:mod:`careermap.resolve.embed`); a text is encoded and compared with all of them by
cosine similarity; a skill's similarity is mostly that of its nearest name and
partly that of all its names together (:data:`CENTROID_WEIGHT`). Two thresholds, calibrated
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
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from careermap.base.cache import derived
from careermap.base.errors import MissingExtraError
from careermap.base.optional import available, install_hint
from careermap.resolve.embed import DEFAULT_ENCODER, Encoder, load_encoder
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "ACCEPT_SIMILARITY",
    "CENTROID_WEIGHT",
    "SUGGEST_SIMILARITY",
    "SemanticHit",
    "SemanticIndex",
    "SemanticUnavailableWarning",
    "cache_dir",
    "enabled",
    "semantic_index",
]

#: Cosine similarity at or above which the nearest skill is accepted as a match.
#: Calibrated on the even-numbered items of tests/data/semantic/ so that no
#: off-domain phrase there reaches it (docs/semantic.md).
ACCEPT_SIMILARITY = 0.72
#: A skill's similarity to a text is 0.7 times the cosine of its nearest name plus 0.3
#: times the cosine of the mean of all its names (chosen on the calibration split).
CENTROID_WEIGHT = 0.3
#: Skills at or above this similarity (and below the match threshold) are suggested.
SUGGEST_SIMILARITY = 0.45
#: Indexes of at least this many names are cached on disk (the bundled one builds
#: in a fraction of a second and leaves no file behind).
DISK_CACHE_MIN_NAMES = 5_000
#: Bumped whenever what an index holds or how it is built changes.
_INDEX_FORMAT = 1
_OFF = {"off", "0", "no", "false", "none"}
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


def cache_dir() -> Path | None:
    r"""Where semantic indexes are cached, or ``None`` when caching is off.

    ``CAREERMAP_CACHE_DIR`` when set (``off`` turns caching off); otherwise the
    platform's user cache directory: ``%LOCALAPPDATA%\\careermap`` on Windows,
    ``~/Library/Caches/careermap`` on macOS, ``$XDG_CACHE_HOME/careermap`` (default
    ``~/.cache/careermap``) elsewhere.

    Examples
    --------
    >>> import os
    >>> os.environ["CAREERMAP_CACHE_DIR"] = "off"
    >>> cache_dir() is None
    True
    >>> del os.environ["CAREERMAP_CACHE_DIR"]
    """
    chosen = os.environ.get("CAREERMAP_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF or not chosen.strip() else Path(chosen)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "careermap"


@dataclass(frozen=True)
class SemanticHit:
    """A skill near a text: its id, the name that was nearest, and the cosine similarity."""

    skill_id: str
    matched_name: str
    similarity: float


class SemanticIndex:
    """The unit vectors of every label, alias and description of a taxonomy's skills."""

    def __init__(self, taxonomy: Taxonomy, encoder: Encoder) -> None:
        self.encoder = encoder
        self.skill_ids: list[str] = [skill.id for skill in taxonomy.skills]
        owners: list[int] = []
        texts: list[str] = []
        shown: list[str] = []
        for position, skill in enumerate(taxonomy.skills):
            for rank, name in enumerate(skill.names):
                if rank and _abbreviation(name):
                    continue  # "PIP" reads as "pip" (a pipe) to a static model: lexical only
                owners.append(position)
                texts.append(name)
                shown.append(name)
            if skill.description:
                owners.append(position)
                texts.append(skill.description)
                shown.append(skill.label)  # a description is shown as its skill's label
        self.owners: NDArray[np.int64] = np.asarray(owners, dtype=np.int64)
        # Each skill's names are contiguous (every skill has a label): skill i owns
        # rows starts[i] up to starts[i + 1].
        self.starts: NDArray[np.int64] = np.searchsorted(
            self.owners, np.arange(len(self.skill_ids) + 1)
        ).astype(np.int64)
        self.names = shown
        self.vectors = self._vectors(taxonomy, texts)
        # Each skill's centroid: the mean of its names' vectors, normalised.
        if len(self.skill_ids):
            sums = np.add.reduceat(self.vectors, self.starts[:-1], axis=0)
        else:
            sums = np.zeros((0, self.encoder.dim), dtype=np.float32)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        self.centroids: NDArray[np.float32] = (sums / norms).astype(np.float32)

    def _vectors(self, taxonomy: Taxonomy, texts: list[str]) -> NDArray[np.float32]:
        folder = cache_dir() if len(texts) >= DISK_CACHE_MIN_NAMES else None
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
        """Return the skills nearest to *text*, best first, at or above *floor*; ties by id."""
        query = self.encoder.encode([text])[0]
        return self.search_vector(query, limit=limit, floor=floor)

    def similarity_to(self, query: NDArray[np.float32], skill_id: str) -> float:
        """Return the similarity of *query* and *skill_id*, as :meth:`search_vector` scores it."""
        position = self.skill_ids.index(skill_id)
        start, end = int(self.starts[position]), int(self.starts[position + 1])
        nearest = float(np.max(self.vectors[start:end] @ query))
        together = float(self.centroids[position] @ query)
        return round((1.0 - CENTROID_WEIGHT) * nearest + CENTROID_WEIGHT * together, 4)

    def search_vector(
        self, query: NDArray[np.float32], *, limit: int = 5, floor: float = -1.0
    ) -> list[SemanticHit]:
        """Like :meth:`search`, for a vector already encoded."""
        sims = self.vectors @ query
        if not len(self.skill_ids):
            return []
        # A skill's similarity: mostly its nearest name, partly all of its names together.
        best = (1.0 - CENTROID_WEIGHT) * np.maximum.reduceat(
            sims, self.starts[:-1]
        ) + CENTROID_WEIGHT * (self.centroids @ query)
        keep = np.flatnonzero(best >= floor)
        if keep.size > limit * 4:  # only the best few need sorting (ties are rare and kept)
            cut = np.partition(best[keep], -limit * 4)[-limit * 4]
            keep = keep[best[keep] >= cut]
        if keep.size == 0:
            return []
        # Rounded before ranking, so equal similarities tie and are ordered by id.
        rounded = np.round(best[keep].astype(np.float64), 4)
        order = sorted(range(keep.size), key=lambda i: (-rounded[i], self.skill_ids[keep[i]]))
        hits = []
        for i in order[:limit]:
            position = int(keep[i])
            start, end = int(self.starts[position]), int(self.starts[position + 1])
            nearest = start + int(np.argmax(sims[start:end]))
            hits.append(
                SemanticHit(
                    skill_id=self.skill_ids[position],
                    matched_name=self.names[nearest],
                    similarity=float(rounded[i]),
                )
            )
        return hits


def _abbreviation(name: str) -> bool:
    """Whether *name* is an abbreviation ("CBT", "L&D", "PIPs"), left to the lexical step.

    Examples
    --------
    >>> _abbreviation("PIP"), _abbreviation("PIPs"), _abbreviation("Mediation")
    (True, True, False)
    """
    letters = name.rstrip("s")
    return " " not in name and len(letters) <= 6 and letters.replace("&", "").isupper()


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_cached(path: Path, shape: tuple[int, int]) -> NDArray[np.float32] | None:
    """Read a cached index, trusting only a file whose digest matches the one written beside it."""
    try:
        data = path.read_bytes()
        expected = path.with_suffix(".sha256").read_text(encoding="ascii").strip()
    except OSError:
        return None
    if _digest(data) != expected:
        return None
    try:  # the bytes whose digest was checked, not the file again
        vectors = np.load(io.BytesIO(data), allow_pickle=False)
    except (OSError, ValueError):
        return None
    if vectors.dtype != np.float32 or vectors.shape != shape:
        return None
    return np.ascontiguousarray(vectors)


def _write_cached(path: Path, vectors: NDArray[np.float32]) -> None:
    """Write an index and its digest; a cache that cannot be written is skipped."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        with partial.open("wb") as handle:
            np.save(handle, vectors, allow_pickle=False)
        data = partial.read_bytes()
        path.with_suffix(".sha256").write_text(_digest(data) + "\n", encoding="ascii")
        partial.replace(path)
    except OSError:
        return


def semantic_index(taxonomy: Taxonomy, encoder: str = DEFAULT_ENCODER) -> SemanticIndex:
    """Return the (cached) semantic index of *taxonomy* for *encoder*."""
    return derived(
        taxonomy, f"semantic:{encoder}", lambda: SemanticIndex(taxonomy, load_encoder(encoder))
    )
