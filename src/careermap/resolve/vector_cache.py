"""Vectors cached on disk: an ``.npy`` file trusted only when its digest matches.

:class:`~careermap.resolve.semantic.SemanticIndex` keeps the vectors of large indexes
(ESCO's names) and of slow encoders (MiniLM) here, in
:func:`~careermap.base.cachedir.cache_dir`, keyed by the taxonomy's content hash. Files
are read with ``allow_pickle=False``; a file whose SHA-256 differs from the digest written
beside it, or of the wrong shape or type, is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from careermap.base.cachedir import prune_after_write, touch

__all__ = ["read_cached", "write_cached"]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_cached(path: Path, shape: tuple[int, int]) -> NDArray[np.float32] | None:
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
    touch(path)  # its last use, for pruning (careermap.base.cachedir)
    return np.ascontiguousarray(vectors)


def write_cached(path: Path, vectors: NDArray[np.float32]) -> None:
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
    prune_after_write()
