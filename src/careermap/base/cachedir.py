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
import sys
from pathlib import Path

__all__ = ["CACHE_ENV", "cache_dir"]

#: The environment variable that moves the cache folder or turns it off.
CACHE_ENV = "CAREERMAP_CACHE_DIR"
_OFF = {"off", "0", "no", "false", "none"}


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
