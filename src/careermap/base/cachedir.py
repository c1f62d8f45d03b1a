r"""Where careermap keeps what it caches on disk: one folder per user, or none.

``CAREERMAP_CACHE_DIR`` moves it (``off``, ``0``, ``no``, ``false``, ``none`` or an
empty value turn every disk cache off); otherwise it is the platform's user
cache folder: ``%LOCALAPPDATA%\careermap`` on Windows,
``~/Library/Caches/careermap`` on macOS, ``$XDG_CACHE_HOME/careermap`` (default
``~/.cache/careermap``) elsewhere. Deleting the folder clears every cache; it is
rebuilt as needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CACHE_ENV", "TAXONOMIES", "CacheContents", "cache_contents", "cache_dir", "clear_cache"]

#: The environment variable that moves the cache folder or turns it off.
CACHE_ENV = "CAREERMAP_CACHE_DIR"
_OFF = {"off", "0", "no", "false", "none"}
#: The sub-folder of taxonomy entries (``careermap.taxonomy.store``).
TAXONOMIES = "taxonomies"
# The semantic layer's index files (``careermap.resolve.semantic``): the vectors,
# their digest, and a partial file left by a writer that was killed.
_SEMANTIC = ("semantic-*.npy", "semantic-*.sha256", "semantic-*.part")


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
