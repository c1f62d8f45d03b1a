"""Going with a person to court or the police: accompaniment, as victim services name it.

A caseworker writes "going with women to court and police", "accompanying survivors to
the police station", "went with clients to court hearings" (the thirtieth persona set's
Erbil shelter caseworker, read in the thirty-ninth round). Victim services name that
work by where the person is accompanied: the service categories US victim-service
programmes report against (the Office for Victims of Crime's Performance Measurement
Tool: personal advocacy and accompaniment; criminal justice system assistance,
"accompaniment to criminal justice offices", law enforcement and prosecution
interviews), which *Victim support*'s aliases "court accompaniment" and "law enforcement
accompaniment" hold. :func:`accompaniment` gives those names for the places a text
says; going with someone to an appointment is read as it was (the aliases of
"accompanying people to appointments").
"""

from __future__ import annotations

import re

__all__ = ["accompaniment"]

#: Going with, accompanying or escorting people, then "to" the places.
_GOING_WITH = re.compile(
    r"^(?:going\s+with|went\s+with|accompanying|accompanied|escorting|escorted)\s+"
    r"(?:(?:\S+\s+){0,3}?)(?:women|men|survivors|victims|clients|people|families|girls"
    r"|children|young\s+people|service\s+users|residents|them)\s+to\s+(?P<places>\S.*)$",
    re.IGNORECASE,
)
#: The places, and the accompaniment each is.
_PLACES = (
    (
        re.compile(r"\b(?:courts?|hearings?|tribunals?|prosecutors?)\b", re.IGNORECASE),
        "court accompaniment",
    ),
    (
        re.compile(r"\b(?:police(?:\s+stations?)?|law\s+enforcement)\b", re.IGNORECASE),
        "law enforcement accompaniment",
    ),
)


def accompaniment(text: str) -> tuple[str, ...]:
    """Return the accompaniment going with people to court or the police reads as, or none.

    The first place's, court before the police: both are *Victim support* in the bundled
    taxonomy, and one name read as the whole text is its one skill.

    Examples
    --------
    >>> accompaniment("going with women to court and police")
    ('court accompaniment',)
    >>> accompaniment("accompanying survivors to the police station")
    ('law enforcement accompaniment',)
    >>> accompaniment("going with clients to appointments"), accompaniment("going to court")
    ((), ())
    """
    hit = _GOING_WITH.match(text.strip())
    if hit is None:
        return ()
    places = hit.group("places")
    return next(((name,) for place, name in _PLACES if place.search(places)), ())
