"""A degree awaiting recognition: an education fact, not a licence applied for.

A person who has submitted a degree earned abroad for recognition where they work
("Specialist diploma in psychology, St Petersburg (2006), recognition in Estonia applied
for"; "MA Psychology (Ukraine), nostrification in progress"; "Diplom-Psychologin,
Anerkennung ausständig") holds the degree; what is pending is its recognition, a
ministry's or an agency's comparison of the qualification (the ENIC-NARIC centres under
the Lisbon Recognition Convention, 1997), not a licence to practise. The thirty-first
round's closing note found the Narva harm reduction counsellor's diploma read as a
licence applied for: his own job was said to need "what employers in Estonia ask for in
place of a certification" because the diploma "is not held yet".

So a text naming a degree or diploma (:data:`~careermap.results.recognised.DEGREE`) with
its recognition pending (:data:`~careermap.results.recognised.RECOGNITION_PENDING`), and
naming no licence or registration, is read as the degree held (the education the person
gave counts), and a post that asks for a degree says beside its verdict "check:
recognition of a foreign degree" (:func:`degree_check`). A text that names a licence or a
registration with it ("Diploma in psychology, registration with the Chamber pending")
is a licence pending, as before (:func:`careermap.results.standing.is_pending`).
"""

from __future__ import annotations

import re

from careermap.resolve.background import Background
from careermap.results.recognised import DEGREE, RECOGNITION_PENDING
from careermap.taxonomy.models import Education, Entry

__all__ = ["CHECK", "awaiting_recognition", "degree_check", "degrees_awaiting"]

#: What the verdict says beside a post that asks for a degree.
CHECK = "check: recognition of a foreign degree"
#: Words that make a text a licence or registration, whatever else it names: a licence,
#: registration or practising certificate (and their German names: Approbation,
#: Berufszulassung, Eintragung in a register).
_LICENCE = re.compile(
    r"\b(?:licen[cs]e[ds]?|licensure|regist(?:ration|ered|er|ry)|practi[cs]ing\s+certificate"
    r"|Approbation|Berufs(?:zulassung|erlaubnis)|Eintragung)\b",
    re.IGNORECASE,
)
#: The levels of education that are degrees (a post asking one of them asks a degree).
_DEGREES = (Education.ASSOCIATE, Education.BACHELOR, Education.MASTER, Education.DOCTORATE)


def awaiting_recognition(text: str) -> bool:
    """Say whether *text* is a degree whose recognition is pending, and no licence.

    Examples
    --------
    >>> awaiting_recognition("Specialist diploma in psychology, St Petersburg (2006), "
    ...                      "recognition in Estonia applied for")
    True
    >>> awaiting_recognition("MA Psychology (Kyiv), pending recognition")
    True
    >>> awaiting_recognition("Diplom-Psychologin (Wien), Anerkennung ausständig")
    True
    >>> awaiting_recognition("Diploma in psychology, registration with the Chamber pending")
    False
    >>> awaiting_recognition("Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt")
    False
    >>> awaiting_recognition("MSc Psychology (in progress)")
    False
    """
    return (
        DEGREE.search(text) is not None
        and RECOGNITION_PENDING.search(text) is not None
        and _LICENCE.search(text) is None
    )


def degrees_awaiting(background: Background) -> tuple[str, ...]:
    """Return the credentials *background* lists that are degrees awaiting recognition.

    Examples
    --------
    >>> degrees_awaiting(Background(credentials=["BA Social Work (Lagos), awaiting "
    ...                                          "recognition", "Naloxone trainer"]))
    ('BA Social Work (Lagos), awaiting recognition',)
    """
    return tuple(text for text in background.credentials if awaiting_recognition(text))


def degree_check(entry: Entry, background: Background) -> str | None:
    """Return the note a post asking for a degree gets for a degree awaiting recognition.

    ``None`` where the post asks for no degree, the person gave no education that meets
    it, or wrote no degree awaiting recognition.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> waiting = Background(education="master", credentials=[
    ...     "MA Psychology (Kyiv), pending recognition"])
    >>> print(degree_check(lookup_role("programme-evaluator").entry, waiting))
    ... # doctest: +NORMALIZE_WHITESPACE
    Check: recognition of a foreign degree: your 'MA Psychology (Kyiv), pending
    recognition' is read as the degree you hold; posts that ask for a degree may ask to see
    it recognised where you work
    >>> print(degree_check(lookup_role("peer-support-specialist").entry, waiting))
    None
    """
    asked = entry.education
    given = background.education
    if (
        asked not in _DEGREES
        or given is None
        or list(Education).index(given) < list(Education).index(asked)
    ):
        return None
    waiting = degrees_awaiting(background)
    if not waiting:
        return None
    return (
        f"{CHECK[0].upper()}{CHECK[1:]}: your {waiting[0]!r} is read as the degree you hold; "
        "posts that ask for a degree may ask to see it recognised where you work"
    )
