"""Checks of the options every public function shares: each raises :class:`OptionError`."""

from __future__ import annotations

import math

from careermap.base.errors import OptionError

__all__ = ["check_limit", "check_unit", "positive_int", "check_similarity"]


def positive_int(value: object, name: str) -> int:
    """Return *value* if it is a whole number of at least 1.

    Examples
    --------
    >>> positive_int(3, "top")
    3
    >>> positive_int(0, "top")
    Traceback (most recent call last):
    ...
    careermap.OptionError: top must be a positive whole number, not 0
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{name} must be a positive whole number, not {value!r}"
        raise OptionError(msg)
    return value


def check_limit(limit: object) -> int | None:
    """Return *limit* if it is ``None`` (no limit) or a positive whole number."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        msg = f"limit must be a positive whole number or None, not {limit!r}"
        raise OptionError(msg)
    return limit


def check_unit(value: object, name: str) -> float:
    """Return *value* as a float if it is a number from 0 to 1 (NaN is refused)."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or math.isnan(value)
        or not 0 <= value <= 1
    ):
        msg = f"{name} must be a number from 0 to 1, not {value!r}"
        raise OptionError(msg)
    return float(value)


def check_similarity(value: object) -> float:
    """Return a text-similarity cutoff if it is a number from 0 to 100."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or math.isnan(value)
        or not 0 <= value <= 100
    ):
        msg = f"min_similarity must be a number from 0 to 100, not {value!r}"
        raise OptionError(msg)
    return float(value)
