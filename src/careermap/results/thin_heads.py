"""Posts at the head of a thin list that ask for what the person cannot gain in a course.

A thin list (:mod:`careermap.scoring.thin`) lists what little the person's read texts
reach, whatever it asks. Among its first lines may be posts whose one condition is
something no course gives: lived experience the person has not said they have, or a
working language nothing they wrote shows (:class:`careermap.results.verdict.Gate`
``LIVED`` and ``LANGUAGE``). Each post says so in its own verdict; a counsellor reading
the list out would say it first, once, so that the head is not read as advice
(forty-first round, review41 P9: the Papeete moniteur-éducateur's top five held a lived
experience practitioner's post, "Needs lived experience", though he claims none, and a
deaf mental health support worker's, "Needs fluent sign language").

The order is not changed: :func:`far_heads` only names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.base.text import listed
from careermap.results.verdict import Gate

if TYPE_CHECKING:
    from careermap.results.matches import Ranking

__all__ = ["HEAD", "far_heads"]

#: How many of a thin list's first lines are read for such posts: the five a person
#: reads first (the persona sets' top five).
HEAD = 5

_WHAT = {
    Gate.LIVED: "lived experience you have not said you have",
    Gate.LANGUAGE: "a working language nothing you wrote shows",
}


def far_heads(ranking: Ranking, *, count: int = HEAD) -> str:
    """Name the posts among a thin list's first *count* that ask what no course gives.

    Empty when the list is not thin (``Ranking.thin``) or none of its first *count*
    posts has a lived experience or working language gate in its verdict.

    Examples
    --------
    >>> import careermap
    >>> ranking = careermap.rank_careers(
    ...     ["projets individualisés:3", "parler avec les familles en reo tahiti:5",
    ...      "psychosocial rehabilitation:4"],
    ...     background={"education": "certificate", "years_experience": 9,
    ...                 "lived_experience": False, "country": "PF"},
    ...     limit=5,
    ... )
    >>> print(far_heads(ranking))  # doctest: +NORMALIZE_WHITESPACE
    Of the first five, Lived experience practitioner (#3) asks for lived experience you have
    not said you have; Deaf mental health support worker (#5) asks for a working language
    nothing you wrote shows: they are listed because little else was reached, not as posts
    to apply for; set them aside unless that is yours.
    >>> far_heads(careermap.rank_careers(["CBT:4", "motivational interviewing:4"], limit=5))
    ''
    """
    if not ranking.thin:
        return ""
    found: list[tuple[str, Gate]] = []
    for match in ranking.matches[:count]:
        readiness = match.readiness
        if readiness is None:
            continue
        gate = next((g for g in (Gate.LIVED, Gate.LANGUAGE) if g in readiness.gates), None)
        if gate is not None:
            found.append((f"{match.title} (#{match.rank})", gate))
    if not found:
        return ""
    said = []
    for kind in dict.fromkeys(g for _, g in found):  # each condition once, first seen first
        posts = [post for post, g in found if g is kind]
        verb = "asks" if len(posts) == 1 else "ask"
        said.append(f"{listed(posts)} {verb} for {_WHAT[kind]}")
    first = {HEAD: "five"}.get(count, str(count))
    them = "it is" if len(found) == 1 else "they are"
    return (
        f"Of the first {first}, {'; '.join(said)}: {them} listed because little else was "
        f"reached, not as posts to apply for; set {'it' if len(found) == 1 else 'them'} "
        "aside unless that is yours."
    )
