"""A text read as several skills: the one split match built from what its pieces named.

Two readings build one: a list whose parts each name a skill
(:func:`careermap.resolve.part_match.phrase_match`) and a CV line read duty by duty
(:func:`careermap.resolve.cv_duties.read_each`). Both give :func:`as_split` each piece
beside the match it read; each skill is kept once, by the first piece naming it, with
the whole text as its query and the piece as its ``part``; the pieces left unread are
on the text and on its first skill, so a profile shows them once; each named skill is
suggested first. What a reading keeps of each match (its method, how a piece naming
several skills is flattened) is the reading's to decide before it calls.

This module imports only the match models and :mod:`careermap.resolve.part_names`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from careermap.resolve.part_names import _as_candidates

if TYPE_CHECKING:
    from careermap.resolve.names import SkillCandidate
    from careermap.resolve.skill_match import SkillMatch

__all__ = ["as_split"]


def as_split(
    text: str,
    read: Sequence[tuple[str, SkillMatch]],
    *,
    limit: int,
    candidates: Sequence[SkillCandidate] = (),
    unread: tuple[str, ...] = (),
) -> SkillMatch:
    """Return *text* split: one match per distinct skill its pieces *read* name.

    Parameters
    ----------
    text : str
        The whole text, each skill's ``query``.
    read : sequence of (str, SkillMatch)
        Each piece as written beside what it named (one skill, or none: ``skill_id``
        ``None`` is passed over); at least one names a skill.
    limit : int
        How many skills the text suggests.
    candidates : sequence of SkillCandidate, optional
        The whole text's own suggestions, after the skills named.
    unread : tuple of str, optional
        The pieces that named nothing.

    Returns
    -------
    SkillMatch
        Method ``'split'``, no one skill, its similarity the lowest of its skills'; each
        skill keeps its own method, name and similarity, with no alternatives and no
        cosine.

    Examples
    --------
    >>> from careermap.resolve.skill_match import SkillMatch
    >>> def named(piece, skill):
    ...     return SkillMatch(query=piece, skill_id=skill, label=skill.upper(),
    ...                       method="exact", similarity=100.0, matched_name=piece)
    >>> split = as_split("CBT and DBT", [("CBT", named("CBT", "cbt")),
    ...                                  ("DBT", named("DBT", "dbt"))], limit=5)
    >>> split.method, [(one.skill_id, one.part) for one in split.split]
    ('split', [('cbt', 'CBT'), ('dbt', 'DBT')])
    """
    each: dict[str, SkillMatch] = {}
    for piece, match in read:
        if match.skill_id is not None and match.skill_id not in each:
            each[match.skill_id] = match.model_copy(
                update={"query": text, "part": piece, "alternatives": (), "cosine": None}
            )
    matches = [match for _, match in read]
    named = _as_candidates(matches)
    suggested = [*named, *(c for c in candidates if c.skill_id not in each)]
    split = list(each.values())
    split[0] = split[0].model_copy(update={"unread": unread})
    return split[0].model_copy(
        update={
            "query": text,
            "skill_id": None,
            "label": None,
            "method": "split",
            "similarity": min(match.similarity for match in split),
            "matched_name": None,
            "alternatives": tuple(suggested[:limit]),
            "cosine": None,
            "split": tuple(split),
            "part": None,
            "unread": unread,
        }
    )
