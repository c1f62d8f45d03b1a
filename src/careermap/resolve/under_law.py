"""Work done under a named law: "care coordination under the Mental Health Measure".

A person names the statute their work was done under ("care coordination under the
Mental Health (Wales) Measure 2010", "assessments under the Care Act 2014"); the law says
on what footing the work was done, never what the work was. Read whole by meaning, the
law's words steered the text: "care coordination under the Mental Health Measure" was
*Clinical assessment* (0.65, on 'mental health assessment'), and a social worker's first
post became an assistant psychologist's (forty-second round, review42 P3). When nothing
else reads the text, the work before "under" is read alone (:func:`without_law`), as a
note is taken off (:mod:`careermap.resolve.notes`). A law the names read ("under the
Mental Health Act") is read with the work by the list reading before this one, which
comes first. Only a law named as one: capitalised words ending in a word that names a
statute or an instrument (Act, Measure, Law, Regulations, Order, Code, Ordinance,
Directive, Statute, Bill), a year perhaps after it; "under supervision" or "under the
care of" are no law.

This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["without_law"]

#: The work, "under", and a law named by capitalised words (a bracket or "of" inside it).
#: A word of a law's name: capitalised, a bracket ("(Wales)"), or a joining word.
_NAME_WORD = r"(?:[A-Z][\w'\u2019-]*|\([A-Z][\w'\u2019 -]*\)|of|and|for|&)"
_UNDER_LAW = re.compile(
    rf"^(?P<work>\S.*?\S)\s+under\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*?"
    r"\s+(?:Act|Measure|Law|Regulations?|Order|Code|Ordinance|Directive|Statute|Bill)"
    r"(?:\s+(?:\(\w+\)\s+)?(?:of\s+)?\d{4})?(?:\s*,?\s*(?:s\.|section|Part|art\.)\s*[\w.()]+)?$"
)


def without_law(text: str) -> str | None:
    """Return the work *text* names before the law it was done under, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    str or None
        The words before "under" when a law named as one follows them; ``None`` otherwise.

    Examples
    --------
    >>> without_law("care coordination under the Mental Health Measure")
    'care coordination'
    >>> without_law("assessments under the Care Act 2014")
    'assessments'
    >>> without_law("detentions under the Mental Health Act 1983, s. 136")
    'detentions'
    >>> without_law("care coordination under the Mental Health (Wales) Measure 2010")
    'care coordination'
    >>> without_law("home visits under supervision") is None
    True
    >>> without_law("patients under the care of the CMHT") is None
    True
    """
    found = _UNDER_LAW.match(text.strip())
    return None if found is None else found["work"]
