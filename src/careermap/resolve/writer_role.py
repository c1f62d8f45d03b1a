"""The writer's own role in a setting another profession's work names (thirtieth round).

Review 30 (P2): "interpreting in psychiatric assessments & admissions" was read by
meaning as *Clinical assessment* (0.76): the interpreter is in the room, the assessment
is the psychiatrist's. A text that begins with work done beside another's practice
(interpreting or translating it, taking its notes or minutes, accompanying, escorting or
chaperoning people to it, observing or shadowing it) and then names where it was done
("in", "at", "during", "for") is read by meaning as that work alone, as the work before
an occasion is (:func:`~careermap.resolve.by_meaning.semantic_match`: "call outs after
suicides"); where the work reads nothing, the text is only suggested. The same work in a
bracket after the setting ("Mental Health Tribunals (interpreting)", thirty-first round) is
the writer's part in it, as "interpreting at Mental Health Tribunals" would say.
"""

from __future__ import annotations

import re

__all__ = ["bracket_work", "work_beside"]

#: Work done beside another's practice, first, then where: the work is the writer's.
_WORK = (
    r"(?:(?:sign\s+language|ISL|BSL|ASL|community|medical|court|remote|video)\s+)?"
    r"(?:interpreting|interpreted|translating|translated|transcribing|scribing"
    r"|minute[-\s]taking|note[-\s]taking|taking\s+(?:notes|minutes)|chaperon(?:e|ing)"
    r"|accompanying|escorting|observing|observed|shadowing|shadowed)"
)
_BESIDE = re.compile(
    rf"^(?P<work>{_WORK}(?:\s+[^\s,;()]+){{0,3}}?)\s+(?:in|at|during|for|on)\s+\S.*$",
    re.IGNORECASE,
)
#: The setting, then the writer's work beside it in a bracket, and nothing else there.
_SETTING_THEN_WORK = re.compile(rf"^[^()]*\w[^()]*\(\s*(?P<work>{_WORK})\s*\)$", re.IGNORECASE)


def work_beside(text: str) -> str | None:
    """Return the writer's work in "work beside another's practice, in a setting", or ``None``.

    Examples
    --------
    >>> work_beside("interpreting in psychiatric assessments & admissions")
    'interpreting'
    >>> work_beside("accompanying civil parties at the ECCC")
    'accompanying civil parties'
    >>> work_beside("psychiatric assessments") is None
    True
    """
    hit = _BESIDE.match(text.strip())
    return None if hit is None else hit["work"]


def bracket_work(text: str) -> str | None:
    """Return the writer's work in "a setting (work beside it)", or ``None``.

    The bracket is the writer's part in what the setting names; it is read by name
    (:func:`careermap.resolve.readings.in_part`) before the rule that a bracket naming
    another skill leaves the text unread (:mod:`careermap.resolve.brackets`).

    Examples
    --------
    >>> bracket_work("Mental Health Tribunals (interpreting)")
    'interpreting'
    >>> bracket_work("psychiatric assessments (interpreting, observing)") is None
    True
    >>> bracket_work("interpreting") is None
    True
    """
    hit = _SETTING_THEN_WORK.match(text.strip())
    return None if hit is None else hit["work"]
