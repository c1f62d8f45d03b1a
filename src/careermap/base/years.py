"""A number of years in words: "1 year", "4 years", "1 year's experience" (thirty-third round).

Review33 (P12): a peer educator with one year in her current title read "A step up: a
senior-level role after 1 years".
"""

from __future__ import annotations

__all__ = ["years", "years_of"]


def years(count: float | None) -> str:
    """Return *count* years in words, singular for one (``None``, not given: "0 years").

    Examples
    --------
    >>> years(1), years(4), years(0.5), years(1.0)
    ('1 year', '4 years', '0.5 years', '1 year')
    """
    given = count or 0
    return f"{given:g} year" if given == 1 else f"{given:g} years"


def years_of(count: float) -> str:
    """Return *count* years as a possessive before a noun ("1 year's", "8 years'").

    Examples
    --------
    >>> years_of(1), years_of(8)
    ("1 year's", "8 years'")
    """
    return f"{years(count)}'s" if count == 1 else f"{years(count)}'"
