"""Two doing words sharing one object, as CV lines write them: "Lead and supervise a team".

A CV line often joins two duties over the same people ("Lead and supervise a team of 14
social workers", "managed and supervised the night staff"). Read whole, the two verbs
make a text no name holds, and by meaning the nearer of the two wins alone. Each verb is
read with the object (:func:`each_verb`): leading a team is *Team leadership*'s "leading a
team", and supervising or managing people is read as
:func:`~careermap.resolve.teaching.supervising` and
:func:`~careermap.resolve.teaching.managing` read them (practitioners supervised are
clinical supervision, staff are managed). Only verbs whose object this reads: a line
whose other verb names no reading here ("recruited and trained volunteers") is left to
the other readings. Fortieth round (read40, review40 P5).
"""

from __future__ import annotations

import re

from careermap.resolve.teaching import managing, supervising

__all__ = ["each_verb"]

#: The verbs this reads, in any of the forms a CV writes them, as their "-ing" word.
_VERBS = {
    "lead": "leading",
    "leads": "leading",
    "led": "leading",
    "leading": "leading",
    "head": "leading",
    "headed": "leading",
    "heading": "leading",
    "supervise": "supervising",
    "supervised": "supervising",
    "supervising": "supervising",
    "manage": "managing",
    "managed": "managing",
    "managing": "managing",
}
_TWO_VERBS = re.compile(
    r"^(?P<first>[a-z]+)\s+(?:and|&)\s+(?P<second>[a-z]+)\s+(?P<object>\S.*)$", re.IGNORECASE
)
#: A team led, with up to two words saying which ("the night team", "a team of 14").
_TEAM = re.compile(r"^(?:(?:a|an|the|my|our)\s+)?(?:\S+\s+){0,2}?teams?\b", re.IGNORECASE)
_LEADING_A_TEAM = "leading a team"
#: A team named by whom it is of ("a team of 14 social workers"): those people are whom
#: one supervises or manages.
_TEAM_OF = re.compile(r"^(?:(?:a|an|the|my|our)\s+)?teams?\s+of\s+", re.IGNORECASE)
#: Where they work, after them ("across four community teams", "in the approved centre").
_WHERE = re.compile(r"\s+(?:across|in|at|on|within|throughout)\s+\S.*$", re.IGNORECASE)


def each_verb(text: str) -> tuple[str, ...]:
    """Return the names two doing words over one object read as, or none.

    Examples
    --------
    >>> each_verb("Lead and supervise a team of 14 social workers across four teams")
    ('leading a team', 'clinical supervision')
    >>> each_verb("led and managed the night team")
    ('leading a team', 'supervising staff')
    >>> each_verb("managed and supervised student nurses")
    ('supervising staff', 'clinical supervision')
    >>> each_verb("recruited and trained volunteers"), each_verb("lead and supervise")
    ((), ())
    >>> each_verb("led and supervised the choir's tour")
    ()
    """
    hit = _TWO_VERBS.match(text.strip())
    if hit is None:
        return ()
    obj = hit.group("object")
    names: dict[str, None] = {}
    for verb in (hit.group("first"), hit.group("second")):
        doing = _VERBS.get(verb.lower())
        if doing is None:
            return ()
        found = _read(doing, obj)
        if not found:
            return ()
        names.update(dict.fromkeys(found))
    return tuple(names)


def _read(doing: str, obj: str) -> tuple[str, ...]:
    """Return the names *doing* over *obj* reads as, or none."""
    if doing == "leading":
        return (_LEADING_A_TEAM,) if _TEAM.match(obj) else ()
    whom = _WHERE.sub("", _TEAM_OF.sub("", obj))
    if doing == "supervising":
        return supervising(f"supervising {whom}")
    return managing(f"managing {whom}")
