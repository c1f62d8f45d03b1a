"""Help given with something: "helping with WINZ and housing forms".

Support workers write their work as the help they gave ("helping with WINZ and housing
forms", "assisting clients with benefit claims", "support with housing applications"):
what the help was with is the work, and "helping" names no skill of its own. Read whole,
such a text named nothing; read by meaning, "helping" steered it to service and
call-line skills (forty-second round, review42 P4). :func:`helped_with` returns what the
help was with, read as any text is; a text naming nothing then is left as it was.

This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["helped_with"]

#: Helping, assisting or supporting (whom, perhaps), then "with" and what.
_HELP_WITH = re.compile(
    r"^(?:help(?:ing|ed|s)?|assist(?:ing|ed|s|ance)?|support(?:ing|ed|s)?)"
    r"(?:\s+(?:people|clients|patients|residents|tenants|families|whānau|whanau|service\s+users"
    r"|them|others))?\s+with\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)


def helped_with(text: str) -> str | None:
    """Return what *text* says help was given with, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    str or None
        The words after "with" when *text* begins by helping, assisting or supporting.

    Examples
    --------
    >>> helped_with("helping with WINZ and housing forms")
    'WINZ and housing forms'
    >>> helped_with("assisting clients with benefit claims")
    'benefit claims'
    >>> helped_with("working with families") is None
    True
    """
    found = _HELP_WITH.match(" ".join(text.split()))
    return None if found is None else found["what"]
