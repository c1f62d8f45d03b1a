"""A practice's supervision: "CBT and schema therapy supervision".

A clinician who supervises others in a therapy writes the therapy before "supervision"
("CBT supervision", "CBT and schema therapy supervision", "family therapy supervision"):
the supervision of that practice, which BABCP, for one, accredits as such (BABCP,
*Standards for supervision*, "CBT supervision"; https://babcp.com/Supervision). Read by
its parts, "CBT and schema therapy supervision" was *Cognitive behavioural therapy*
alone, the supervision lost, and a head of psychology was shown *Clinical supervision*
as a gap (forty-second round, review42 P10). Here the words before "supervision" are read
by name and, when they name a practice, the text is that practice and *Clinical
supervision* both (:func:`supervised_practice`). Words that name nothing leave the text
to the readings after this one; supervision received ("under supervision", "supervision
received") and one's own ("personal supervision") are not read so.

This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["SUPERVISION", "supervised_practice"]

#: How the supervision is read: *Clinical supervision*'s alias.
SUPERVISION = "providing clinical supervision"
#: The practice, then "supervision" last; not a list's joint or a note before it.
_PRACTICE_SUPERVISION = re.compile(
    r"^(?P<practice>[^(),;]*?[^\s(),;&/+])\s+supervision$", re.IGNORECASE
)
#: Words before "supervision" that say whose or what kind, not which practice.
_NOT_PRACTICE = re.compile(
    r"(?:^|\s)(?:and|or|&|my|own|personal|under|received|receiving|weekly|monthly|regular"
    r"|individual|group|peer|line|staff|team|reflective|clinical|case|student|trainee|of)$",
    re.IGNORECASE,
)


def supervised_practice(text: str) -> str | None:
    """Return the practice *text* says was supervised, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    str or None
        The words before a last "supervision" when they may name a practice.

    Examples
    --------
    >>> supervised_practice("CBT and schema therapy supervision")
    'CBT and schema therapy'
    >>> supervised_practice("family therapy supervision")
    'family therapy'
    >>> supervised_practice("group supervision") is None
    True
    >>> supervised_practice("supervision") is None
    True
    >>> supervised_practice("CBT supervision (received)") is None
    True
    """
    found = _PRACTICE_SUPERVISION.match(" ".join(text.split()))
    if found is None or _NOT_PRACTICE.search(found["practice"]):
        return None
    return found["practice"]
