"""Per-taxonomy caches of derived indexes (name index, scoring index).

A :class:`~careermap.Taxonomy` is immutable, so whatever is derived from it can be
built once and shared by every thread. Entries are keyed by the object's identity
and dropped when the taxonomy is garbage-collected.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar, cast

from careermap.base.collector import paused

__all__ = ["derived"]

T = TypeVar("T")

_lock = threading.RLock()  # re-entrant: one derived index may build on another
_entries: dict[int, dict[str, Any]] = {}


def derived(owner: object, key: str, build: Callable[[], T]) -> T:
    """Return the value cached for *owner* under *key*, building it once if needed."""
    entry = _entries.get(id(owner))
    if entry is not None and key in entry:
        return cast("T", entry[key])
    with _lock:
        entry = _entries.get(id(owner))
        if entry is None:
            entry = _entries[id(owner)] = {}
            weakref.finalize(owner, _entries.pop, id(owner), None)
        if key not in entry:
            # An index build allocates many objects that all stay alive with the
            # taxonomy: frozen after the build, later collections skip them.
            with paused(freeze=True):
                entry[key] = build()
        return cast("T", entry[key])
