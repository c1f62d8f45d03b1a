"""The library's loggers, with :mod:`logging` imported when a message is logged.

Only a damaged or unwritable cache entry logs anything on the way to a ranking;
importing :mod:`logging` (and :mod:`traceback` with it) costs a fresh process about
4 ms, which a warm load of the cache and ``careermap match`` otherwise skip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

__all__ = ["logger"]


def logger(name: str) -> logging.Logger:
    """Return ``logging.getLogger(name)``, importing :mod:`logging` on first use.

    Examples
    --------
    >>> logger("careermap.base.arraycache").name
    'careermap.base.arraycache'
    """
    import logging  # noqa: PLC0415 - only when there is a message to log

    return logging.getLogger(name)
