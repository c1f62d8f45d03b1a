"""Assessments completed: "Completed CIWA and COWS withdrawal assessments".

A CV line says the assessments a nurse or worker did as "completed" them, as it says
"carried out" (:mod:`careermap.resolve.parts`); "completed" is not one of that module's
doing words, since a course or a qualification is completed too ("Completed a
Certificate IV ..."), which is no practice. An addiction nurse's withdrawal assessments
were unread so (forty-third round, review43 P6). :func:`completed_work` returns what
was completed when it ends in an assessment's name (assessments, screens, screenings,
intakes, evaluations, observations, checks, scores, scoring, in the plural), to be
read as any text is.
A whole text only: a list's other duties are read by :mod:`careermap.resolve.cv_duties`.

This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["completed_work"]

#: "completed" and the assessments, in the plural ("a Certificate IV in Training and
#: Assessment" is a course), then perhaps for whom, when or where.
_COMPLETED = re.compile(
    r"^(?:completed|completing|completes)\s+(?P<work>[^,;]*?\b(?:assessments|screens"
    r"|screenings|intakes|evaluations|observations|checks|scores|scoring)"
    r"(?:\s+(?:for|on|at|in|with|every|each|per)\b[^,;]*)?)$",
    re.IGNORECASE,
)


def completed_work(text: str) -> str | None:
    """Return the assessments *text* says were completed, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    str or None
        The words after "completed" when they end in an assessment's name.

    Examples
    --------
    >>> completed_work("Completed CIWA and COWS withdrawal assessments")
    'CIWA and COWS withdrawal assessments'
    >>> completed_work("Completed a Certificate IV in Training and Assessment") is None
    True
    """
    found = _COMPLETED.match(" ".join(text.split()).strip(" ."))
    return None if found is None else found["work"]
