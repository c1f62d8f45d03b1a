"""Pausing Python's cyclic garbage collector around bulk builds.

Loading a large taxonomy creates millions of objects that all stay alive; the
collector, triggered every few hundred allocations, walks them again and again
for nothing (three quarters of a YAML load of ESCO). :func:`paused` turns it off
for the duration of a build and, with ``freeze=True``, moves everything alive
at the end into the permanent generation (:func:`gc.freeze`), so later
collections skip the loaded taxonomy. Reference counting still frees memory
while paused; only cycles wait for the collector to resume.

``gc.freeze()`` acts on the whole process: garbage cycles alive at that moment,
the application's included, are never collected. An application that wants
them collected sets ``CAREERMAP_GC_FREEZE=off`` (read at each freeze); the
collector is then still paused during builds, but nothing is frozen.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["FREEZE_ENV", "freeze_alive", "paused"]

#: Set to ``off`` (or ``0``, ``no``, ``false``) to never call :func:`gc.freeze`.
FREEZE_ENV = "CAREERMAP_GC_FREEZE"
_OFF = frozenset({"off", "0", "no", "false"})

_lock = threading.Lock()
_depth = 0  # nested or concurrent pauses: the collector resumes when the last one ends
_resume = False


@contextmanager
def paused(*, freeze: bool = False) -> Iterator[None]:
    """Run the enclosed block with the cyclic collector off (if it was on).

    Examples
    --------
    >>> import gc
    >>> with paused():
    ...     gc.isenabled()
    False
    """
    global _depth, _resume  # noqa: PLW0603 - the collector is process state
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    done = False
    try:
        yield
        done = True
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                if freeze and done:  # a failed build leaves garbage: never freeze that
                    freeze_alive()
                gc.enable()


def freeze_alive() -> bool:
    """Move every object alive into the permanent generation, unless turned off.

    Returns whether it did (``CAREERMAP_GC_FREEZE=off`` turns it off).

    Examples
    --------
    >>> import os
    >>> os.environ[FREEZE_ENV] = "off"
    >>> freeze_alive()
    False
    >>> del os.environ[FREEZE_ENV]
    """
    if os.environ.get(FREEZE_ENV, "").strip().lower() in _OFF:
        return False
    gc.freeze()
    return True
