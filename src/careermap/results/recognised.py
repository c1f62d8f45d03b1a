"""A degree the person wrote is not (yet) recognised where they work.

A degree earned abroad and not recognised in the country where a person works is no
degree to its employers there: a post asking for a school diploma is not a step down
by education for them (:mod:`careermap.results.rungs`). A counsellor's review of the
twenty-first set (review 30, P4) found a harm reduction counsellor in Estonia, whose
five-year specialist diploma from St Petersburg was "never recognised in Estonia", told
that the outreach post he does every week was "A step down: an entry-level role asking
for a secondary school diploma, for someone with a master's degree", and placed 44th.
"""

from __future__ import annotations

import re

from careermap.resolve.background import Background

__all__ = ["unrecognised_degree"]

#: Words that make a credential a degree or a diploma of higher education.
_DEGREE = re.compile(
    r"\b(?:degree|diploma|bachelor'?s?|master'?s?|b\.?a|b\.?sc|m\.?a|m\.?sc|ph\.?d"
    r"|doctorate)\b",
    re.IGNORECASE,
)
#: What a person writes of a qualification not recognised, or whose recognition is still
#: to come: "not recognised", "never recognised", "unrecognised", "recognition (in
#: Estonia) applied for", "recognition pending", "recognition being assessed".
_UNRECOGNISED = re.compile(
    r"\b(?:not|never|un)[- ]?recogni[sz]ed\b"
    r"|\brecognition\b[^,;()]*\b(?:applied|pending|in\s+progress|awaited|awaiting"
    r"|under\s+way|being\s+assessed)",
    re.IGNORECASE,
)


def unrecognised_degree(background: Background) -> bool:
    """Say whether a credential the person wrote is a degree not recognised where they work.

    Examples
    --------
    >>> unrecognised_degree(Background(credentials=[
    ...     "Specialist diploma in psychology, St Petersburg (2006), recognition in "
    ...     "Estonia applied for"]))
    True
    >>> unrecognised_degree(Background(credentials=["BA (Hons) Youth and Community Work, "
    ...                                             "JNC recognised"]))
    False
    >>> unrecognised_degree(Background(credentials=["PSI recognition of qualifications (applied)"]))
    False
    """
    return any(
        _DEGREE.search(text) is not None and _UNRECOGNISED.search(text) is not None
        for text in background.credentials
    )
