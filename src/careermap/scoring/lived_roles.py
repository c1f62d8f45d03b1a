"""Peer roles for a person with lived experience, listed even when no skill reached them.

A person who says they have lived experience of the kind a peer role asks for meets that
role's one condition no other post has; when none of the skills they wrote was read as
peer work, the role scores 0 and was not listed, so the course that opens it was never
seen (review 29, P11: a veteran in his own PTSD recovery, whose "my own PTSD & TBI
recovery (VA)" was unread, found no peer support post among 21 roles). Advice order now
lists such roles after every role that scores, at score 0, with their verdict: the
certification or course they ask for (docs/scoring.md, "Peer roles at score 0").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from careermap.resolve.profile import Background
from careermap.results.lived import lived_need
from careermap.scoring.engine import Scores, scoring_index
from careermap.taxonomy.lived import LivedExperience
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["lived_roles"]


def lived_roles(
    background: Background,
    taxonomy: Taxonomy,
    scores: Scores,
    sectors: set[str] | None,
    *,
    exclude: str | None = None,
    away: Collection[int] = (),
    shown: Shown | None = None,
) -> list[int]:
    """Return the positions of the peer roles at score 0 whose lived experience is met.

    Only for a person who said they have lived experience (``Background.lived_experience``):
    each role that requires it (``Entry.lived_experience``), whose kinds the person's
    meets (:func:`careermap.results.lived.lived_need` finds nothing missing), in
    *sectors* (``None``: every sector), not *exclude*, not a post left out where the
    person is (*away*), and scoring 0; in the taxonomy's order. The kinds the person's
    own texts state (*shown*, :attr:`careermap.results.experience.Shown.lived`) count for
    a yes that said none: a carer is not offered a recovery coach's post (review 30 P6).
    """
    if not background.lived_experience:
        return []
    engine = scoring_index(taxonomy)
    found = []
    for role in taxonomy.roles:
        entry = role.entry
        if entry is None or entry.lived_experience is not LivedExperience.REQUIRED:
            continue
        if role.id == exclude or (sectors is not None and role.sector not in sectors):
            continue
        position = engine.role_pos[role.id]
        if position in away or float(scores.score[position]) > 0.0:
            continue
        local = entry.for_country(background.country)
        written = shown.lived if shown is not None else ()
        if lived_need(local, background, written=written) is None:
            found.append(position)
    return found
