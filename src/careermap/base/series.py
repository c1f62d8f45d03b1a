"""Names in a sentence: "A", "A and B", "A, B and C".

The one way the library's notes list things in English (countries a post exists in, the
texts careermap could not read, the posts a leaver's practice holds back); each had
written the join by hand.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["series"]


def series(names: Sequence[str]) -> str:
    """Return *names* as a sentence lists them: commas, and "and" before the last.

    Examples
    --------
    >>> series(["Ireland"]), series(["Ireland", "Malta"])
    ('Ireland', 'Ireland and Malta')
    >>> series(["'a'", "'b'", "2 more"])
    "'a', 'b' and 2 more"
    >>> series([])
    ''
    """
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"
