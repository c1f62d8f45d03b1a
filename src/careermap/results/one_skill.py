"""A band above a stretch that rests on one skill of the person's alone says so.

A score's band reads how well a person's skills fit a post (:mod:`careermap.results.bands`).
Where a post's every matched and transferred requirement comes from one skill of theirs,
its score is that skill's fit: a post using all that was read of the person scores high
on utilisation alone. The Martinique CMP nurse, one of his six texts read
("éducation thérapeutique du patient" as Psychoeducation), saw three posts banded "good"
under "Only 1 of your 6 skills was recognised" (fortieth round, review40 P12): a
counsellor reads that as a contradiction.

The band itself stays the score's (the JSON contract, and the order, are unchanged);
:func:`hiring_line` says beside it what it rests on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap.results.role_match import RoleMatch

__all__ = ["alone", "hiring_line"]

#: Bands a client reads as a recommendation.
_HIGH = frozenset({"strong", "good"})


def alone(match: RoleMatch) -> str | None:
    """Return the label of the one skill of theirs a strong or good match rests on, or ``None``.

    ``None`` below "good", or when the matched and transferred requirements come from
    more than one skill of the person's.

    Examples
    --------
    >>> from careermap import rank_careers
    >>> alone(rank_careers(["psychoeducation:3"], limit=1, semantic=False)[0])
    'Psychoeducation'
    >>> print(alone(rank_careers(["CBT:4", "motivational interviewing:4"], limit=1)[0]))
    None
    """
    if match.band not in _HIGH:
        return None
    sources = {(r.source_id, r.source_label) for r in (*match.matched, *match.transferred)}
    if len(sources) != 1:
        return None
    ((_, label),) = sources
    return label


def hiring_line(match: RoleMatch) -> str:
    """Return the match's verdict as shown beside its score, with what a high band rests on.

    :meth:`careermap.results.verdict.Readiness.beside`, and where the band rests on one
    skill of theirs alone (:func:`alone`), that it measures that skill, not all their work.
    Empty without a verdict.

    Examples
    --------
    >>> from careermap import rank_careers
    >>> only = rank_careers(["psychoeducation:3"], background={"education": "bachelor"},
    ...                     limit=1, semantic=False)[0]
    >>> print(hiring_line(only))  # doctest: +ELLIPSIS +NORMALIZE_WHITESPACE
    Ready now; its good band rests on one skill of yours alone (Psychoeducation): it
    measures that skill, not all your work
    """
    if match.readiness is None:
        return ""
    said = match.readiness.beside(match.band, score=match.score)
    label = alone(match)
    if label is None:
        return said
    return (
        f"{said}; its {match.band} band rests on one skill of yours alone ({label}): "
        "it measures that skill, not all your work"
    )
