r"""Where careermap keeps what it caches on disk: one folder per user, or none.

``CAREERMAP_CACHE_DIR`` moves it (``off``, ``0``, ``no``, ``false``, ``none`` or an
empty value turn every disk cache off); otherwise it is the platform's user
cache folder: ``%LOCALAPPDATA%\careermap`` on Windows,
``~/Library/Caches/careermap`` on macOS, ``$XDG_CACHE_HOME/careermap`` (default
``~/.cache/careermap``) elsewhere. Deleting the folder clears every cache; it is
rebuilt as needed.

Entries are never updated in place: new sources or a new careermap version make a
new one. So that old ones do not pile up, each use of an entry records the time
(its modification time, :func:`touch`), and the first new entry a process writes
removes the entries unused for :data:`DEFAULT_KEEP_DAYS` days
(``CAREERMAP_CACHE_KEEP_DAYS`` sets how many; ``0`` or ``off`` keeps every entry).
``careermap cache --prune DAYS`` does the same on demand (:func:`prune_cache`).
"""

from __future__ import annotations

import contextlib
import math
import os
import shutil
import sys
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CACHE_ENV",
    "DEFAULT_KEEP_DAYS",
    "KEEP_ENV",
    "TAXONOMIES",
    "CacheContents",
    "cache_contents",
    "cache_dir",
    "clear_cache",
    "keep_days",
    "prune_after_write",
    "prune_cache",
    "touch",
]

#: The environment variable that moves the cache folder or turns it off.
CACHE_ENV = "CAREERMAP_CACHE_DIR"
_OFF = {"off", "0", "no", "false", "none"}
#: The sub-folder of taxonomy entries (``careermap.taxonomy.store``).
TAXONOMIES = "taxonomies"
# The semantic layer's index files (``careermap.resolve.semantic``): the vectors,
# their digest, and a partial file left by a writer that was killed.
_SEMANTIC = ("semantic-*.npy", "semantic-*.sha256", "semantic-*.part")
#: The environment variable that says how many days an unused entry is kept.
KEEP_ENV = "CAREERMAP_CACHE_KEEP_DAYS"
#: Days an entry may go unused before a newly written entry's process removes it.
DEFAULT_KEEP_DAYS = 30
_DAY = 86_400.0
# The first entry a process writes prunes the folder; later ones do not.
_pruned = threading.Event()


def cache_dir() -> Path | None:
    r"""Where careermap caches on disk, or ``None`` when caching is off.

    ``CAREERMAP_CACHE_DIR`` when set (``off`` turns caching off); otherwise the
    platform's user cache directory: ``%LOCALAPPDATA%\\careermap`` on Windows,
    ``~/Library/Caches/careermap`` on macOS, ``$XDG_CACHE_HOME/careermap`` (default
    ``~/.cache/careermap``) elsewhere.

    Examples
    --------
    >>> import os
    >>> saved = os.environ.get("CAREERMAP_CACHE_DIR")
    >>> os.environ["CAREERMAP_CACHE_DIR"] = "off"
    >>> cache_dir() is None
    True
    >>> os.environ["CAREERMAP_CACHE_DIR"] = "/tmp/elsewhere"
    >>> cache_dir().as_posix()
    '/tmp/elsewhere'
    >>> _ = os.environ.pop("CAREERMAP_CACHE_DIR") if saved is None else os.environ.update(
    ...     CAREERMAP_CACHE_DIR=saved)
    """
    chosen = os.environ.get(CACHE_ENV)
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
class CacheContents:
    """What careermap keeps in its cache folder: where, how many entries, how large.

    Attributes
    ----------
    folder : Path or None
        The cache folder (``None`` when caching is off).
    taxonomies : int
        Taxonomy entries (one per set of sources and careermap version).
    files : int
        Files careermap wrote there, taxonomy entries and semantic indexes together.
    size : int
        Their size in bytes.
    """

    folder: Path | None
    taxonomies: int
    files: int
    size: int


def _owned(folder: Path) -> list[Path]:
    """Return the files careermap wrote under *folder*, in a stable order; nothing else."""
    found = [path for pattern in _SEMANTIC for path in folder.glob(pattern) if path.is_file()]
    entries = folder / TAXONOMIES
    if entries.is_dir() and not entries.is_symlink():
        found += [path for path in entries.rglob("*") if path.is_file() and not path.is_symlink()]
    return sorted(found)


def cache_contents() -> CacheContents:
    """Count what careermap keeps in its cache folder.

    Only what careermap itself writes counts: the ``taxonomies`` folder and the
    semantic layer's ``semantic-*`` files. Other files in a folder chosen with
    ``CAREERMAP_CACHE_DIR`` are neither counted nor touched.

    Examples
    --------
    >>> import os, tempfile
    >>> saved = os.environ.get("CAREERMAP_CACHE_DIR")
    >>> os.environ["CAREERMAP_CACHE_DIR"] = tempfile.mkdtemp()
    >>> cache_contents().files
    0
    >>> _ = os.environ.pop("CAREERMAP_CACHE_DIR") if saved is None else os.environ.update(
    ...     CAREERMAP_CACHE_DIR=saved)
    """
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return CacheContents(folder, 0, 0, 0)
    files = _owned(folder)
    entries = folder / TAXONOMIES
    count = sum(1 for path in entries.iterdir() if path.is_dir()) if entries.is_dir() else 0
    return CacheContents(folder, count, len(files), sum(path.stat().st_size for path in files))


def clear_cache() -> CacheContents:
    """Delete what careermap keeps in its cache folder and return what was there.

    Entries are rebuilt when next needed. A process that has an entry open keeps
    reading it (its files stay open until it lets them go). Files careermap did not
    write are left alone.

    Raises
    ------
    OSError
        When a file cannot be removed (on Windows, one another process holds open);
        whatever could be removed is gone.
    """
    before = cache_contents()
    if before.folder is None or not before.folder.is_dir():
        return before
    for pattern in _SEMANTIC:
        for path in sorted(before.folder.glob(pattern)):
            if path.is_file():
                path.unlink()
    entries = before.folder / TAXONOMIES
    if entries.is_dir() and not entries.is_symlink():
        shutil.rmtree(entries)
    return before


def touch(path: Path) -> None:
    """Record that the cache entry or file at *path* was used now (best effort).

    Its modification time is the entry's last use, which :func:`prune_cache`
    reads; a folder that cannot be written (a read-only cache) is left as it is.
    """
    with contextlib.suppress(OSError):
        os.utime(path)


def keep_days() -> float | None:
    """Return how many days an unused entry is kept (``None``: kept for ever).

    ``CAREERMAP_CACHE_KEEP_DAYS`` when set (a number of days; ``0``, ``off``,
    ``no``, ``false`` or ``none`` keep every entry), else :data:`DEFAULT_KEEP_DAYS`.

    Raises
    ------
    ValueError
        When the variable is set to something else, naming it and its value.

    Examples
    --------
    >>> import os
    >>> saved = os.environ.pop("CAREERMAP_CACHE_KEEP_DAYS", None)
    >>> keep_days()
    30.0
    >>> os.environ["CAREERMAP_CACHE_KEEP_DAYS"] = "off"
    >>> keep_days() is None
    True
    >>> _ = os.environ.pop("CAREERMAP_CACHE_KEEP_DAYS") if saved is None else os.environ.update(
    ...     CAREERMAP_CACHE_KEEP_DAYS=saved)
    """
    chosen = os.environ.get(KEEP_ENV)
    if chosen is None:
        return float(DEFAULT_KEEP_DAYS)
    text = chosen.strip().lower()
    if text in _OFF:
        return None
    try:
        days = float(text)
    except ValueError:
        days = math.nan
    if not math.isfinite(days) or days < 0:
        msg = (
            f"{KEEP_ENV}={chosen!r} is not a number of days: set it to a number such as 30, "
            f"or to 0 or off to keep every cache entry"
        )
        raise ValueError(msg)
    return None if days == 0 else days


def _entries(folder: Path) -> list[tuple[Path, list[Path]]]:
    """Return each entry under *folder* as (the path whose time is its last use, its files).

    A taxonomy entry is a folder of ``taxonomies/``; a semantic index is its
    ``.npy`` file with the ``.sha256`` beside it; a partial file left by a killed
    writer is an entry of its own. Temporary and renamed-aside folders (their
    names start with a dot) belong to a writer or a remover at work: not listed.
    """
    found: list[tuple[Path, list[Path]]] = []
    entries = folder / TAXONOMIES
    if entries.is_dir() and not entries.is_symlink():
        for entry in sorted(entries.iterdir()):
            if entry.is_dir() and not entry.is_symlink() and not entry.name.startswith("."):
                files = [p for p in entry.rglob("*") if p.is_file() and not p.is_symlink()]
                found.append((entry, sorted(files)))
    for path in sorted(folder.glob("semantic-*.npy")):
        if path.is_file():
            digest = path.with_suffix(".sha256")
            found.append((path, [path] + ([digest] if digest.is_file() else [])))
    found += [(path, [path]) for path in sorted(folder.glob("semantic-*.part")) if path.is_file()]
    return found


def prune_cache(older_than_days: float) -> CacheContents:
    """Remove the cache entries not used for *older_than_days* days; return what was removed.

    An entry's last use is when it was written or last read (:func:`touch`).
    A process that has a removed entry open keeps reading it; one that opens it
    later rebuilds it. Files careermap did not write are left alone.

    Parameters
    ----------
    older_than_days : float
        Entries last used longer ago than this many days are removed (``0``:
        every entry).

    Returns
    -------
    CacheContents
        The removed entries: how many taxonomy entries, how many files, their size.

    Raises
    ------
    ValueError
        When *older_than_days* is negative or not a number.

    Examples
    --------
    >>> import os, tempfile
    >>> saved = os.environ.get("CAREERMAP_CACHE_DIR")
    >>> os.environ["CAREERMAP_CACHE_DIR"] = tempfile.mkdtemp()
    >>> prune_cache(30).files
    0
    >>> _ = os.environ.pop("CAREERMAP_CACHE_DIR") if saved is None else os.environ.update(
    ...     CAREERMAP_CACHE_DIR=saved)
    """
    if not math.isfinite(older_than_days) or older_than_days < 0:
        msg = f"older_than_days must be a number of days, 0 or more, not {older_than_days!r}"
        raise ValueError(msg)
    folder = cache_dir()
    if folder is None or not folder.is_dir():
        return CacheContents(folder, 0, 0, 0)
    cutoff = time.time() - older_than_days * _DAY
    taxonomies = files = size = 0
    for used, owned in _entries(folder):
        try:
            if used.stat().st_mtime >= cutoff:
                continue
            held = sum(path.stat().st_size for path in owned)
        except OSError:  # removed meanwhile by another process
            continue
        if used.is_dir():
            aside = used.with_name(f".{used.name}.{os.getpid()}.pruned")
            try:
                os.rename(used, aside)  # whole or not at all, for a reader
            except OSError:
                continue
            shutil.rmtree(aside, ignore_errors=True)
            taxonomies += 1
        else:
            for path in owned:
                with contextlib.suppress(OSError):
                    path.unlink()
        files += len(owned)
        size += held
    return CacheContents(folder, taxonomies, files, size)


def prune_after_write() -> None:
    """Prune entries unused for :func:`keep_days` days, once per process (after a write).

    Called when a new entry has been written; a failure to prune is not an error
    of the load that wrote it (the entry stays until a later prune), and a
    ``CAREERMAP_CACHE_KEEP_DAYS`` that is not a number of days is a warning that
    names it, not an error.
    """
    if _pruned.is_set():
        return
    _pruned.set()
    try:
        days = keep_days()
    except ValueError as error:  # a cache setting never fails a load: said, and skipped
        warnings.warn(f"{error}; old cache entries were not removed", stacklevel=3)
        return
    if days is not None:
        with contextlib.suppress(OSError):
            prune_cache(days)
