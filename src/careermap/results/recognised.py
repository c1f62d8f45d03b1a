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

__all__ = ["DEGREE", "RECOGNITION_PENDING", "unrecognised_degree"]

#: Words that make a credential a degree or a diploma of higher education. A degree's
#: abbreviation is read only as a whole token, written as degrees are written ("MA",
#: "M.A.", "MSc", "Ph.D."), and never joined to another word by a hyphen or a slash
#: ("MA-licensed") nor alone in brackets ("LMHC (MA)": a US state); a lower-case "ma" or
#: "ba" is a word of another language (Estonian "ma", I) or of another text. "Master" is a
#: degree only as "master's", "masters" or "master of/in" (an NLP "Master Practitioner"
#: is none). Thirty-first round: rules30's reader matched them case-blind anywhere.
#: German "Diplom" ("Diplom-Psychologin") is a diploma (thirty-second round).
DEGREE = re.compile(
    r"(?i:\b(?:degree|diploma|diplom|bachelor['\u2019]?s?|master['\u2019]?s|masters"
    r"|master(?=\s+(?:of|in|degree)\b)|doctorate)\b)"
    r"|(?<![\w/(-])(?:B\.?A|B\.?S[cC]|M\.?A|M\.?S[cC]|P[hH]\.?D)\.?(?![\w/)-])",
)
#: Where one credential's text ends and another's begins, when several share a line
#: ("MA Counselling (recognised); NLP diploma not recognised"): the degree and the words
#: saying it is not recognised must be in one part.
_PARTS = re.compile(r"\s*(?:;|\|)\s*")
#: What a person writes of a qualification whose recognition is still to come:
#: "recognition (in Estonia) applied for", "recognition pending", "recognition being
#: assessed"; the other way round, "pending recognition", "awaiting recognition",
#: "submitted for recognition"; a nostrification under way (Central Europe's word for it:
#: "nostrification in progress"); German "Anerkennung ausständig", "beantragt" or "in
#: Bearbeitung" (thirty-second round).
RECOGNITION_PENDING = re.compile(
    r"\b(?:recognition|nostrifi(?:cation|kation|kace)|Anerkennung|Nostrifizierung)\b[^,;()]*"
    r"\b(?:applied|pending|in\s+progress|awaited|awaiting|under\s+way|being\s+assessed"
    r"|submitted|beantragt|ausst(?:ä|ae)ndig|ausstehend|in\s+Bearbeitung)"
    r"|\b(?:pending|awaiting|submitted\s+for|applied\s+for|in\s+(?:the\s+)?process\s+of)"
    r"\s+(?:its\s+)?(?:recognition|nostrification)\b",
    re.IGNORECASE,
)
#: What a person writes of a qualification not recognised, or whose recognition is still
#: to come: "not recognised", "never recognised", "unrecognised", and the above.
_UNRECOGNISED = re.compile(
    rf"\b(?:not|never|un)[- ]?recogni[sz]ed\b|{RECOGNITION_PENDING.pattern}", re.IGNORECASE
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
        DEGREE.search(part) is not None and _UNRECOGNISED.search(part) is not None
        for text in background.credentials
        for part in _PARTS.split(text)
    )
