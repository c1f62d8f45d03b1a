"""Work done in languages the person names: "medication counselling in Yoruba & English".

A text naming the work and, after "in", the languages it was done in names two things
(twenty-ninth round, review 29 P1): the work, and *Second language* when the languages
count as one (:func:`careermap.resolve.languages.speaks_languages`). Before, the work
was read alone when it named a skill, the languages lost as a where, and the text was
dropped when it did not. Now both are read when the work names a skill (a split), and
the languages alone, the work shown unread, when it names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.resolve.languages import speaks_languages

if TYPE_CHECKING:
    from careermap.resolve.names import SkillCandidate
    from careermap.resolve.skill_match import SkillMatch

__all__ = ["in_languages", "languages_of"]

_IN = re.compile(r"^(?P<work>\S.*?)\s+in\s+(?P<languages>\S.*)$", re.IGNORECASE)
#: The name a list of languages reads as (the resolver's language rule,
#: :mod:`careermap.resolve.parts`).
_LANGUAGES_NAME = "bilingual"


def in_languages(
    text: str,
    part: Callable[[str], SkillMatch],
    candidates: list[SkillCandidate],
    *,
    limit: int,
) -> SkillMatch | None:
    """Return the work and the languages of "work in languages", or ``None``.

    *part* matches a text by name. The work is read as a phrase is
    (:func:`~careermap.resolve.part_match.phrase_match`, without the semantic layer); a
    split of the two when it names a skill, else *Second language* with the work unread.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> found = in_languages("safety planning in Spanish and English", part, [], limit=5)
    >>> sorted(match.skill_id for match in found.split)
    ['safety-planning', 'second-language']
    >>> in_languages("counselling in schools", part, [], limit=5) is None
    True
    """
    hit = _IN.match(text.strip())
    if hit is None or not speaks_languages(hit.group("languages").strip()):
        return None
    from careermap.resolve.part_match import _names_skill, _split, phrase_match  # noqa: PLC0415

    spoken = part(_LANGUAGES_NAME)
    if spoken.skill_id is None:  # a taxonomy without the name
        return None
    work = hit.group("work").strip()
    found = part(work)
    if not _names_skill(found):
        found = phrase_match(work, part, [], limit=limit) or found
    if found.skill_id is not None and found.skill_id != spoken.skill_id:
        pieces, matches = (work, hit.group("languages")), [found, spoken]
        return _split(text, pieces, matches, candidates, limit=limit)
    unread = () if found.skill_id is not None else (work,)
    return spoken.model_copy(
        update={"query": text, "method": "part", "alternatives": (), "unread": unread}
    )


def languages_of(text: str) -> str | None:
    """Return the languages of "work in languages", or ``None`` when *text* names none.

    Examples
    --------
    >>> languages_of("counselling in Norwegian"), languages_of("counselling in schools")
    ('Norwegian', None)
    """
    hit = _IN.match(text.strip())
    if hit is None or not speaks_languages(hit.group("languages").strip()):
        return None
    return hit.group("languages").strip()
