"""The skills of the practice a person is leaving, left out of the own-practice caution's words.

The caution on posts reached by general skills alone
(:func:`careermap.scoring.anchored.head_note`, :func:`~careermap.scoring.anchored.loose_readiness`)
names "the skills of your own practice that were read". For the Mahé psychiatric nurse
going into hotel training, who excluded both sectors of her nursing, it named *Mental
health nursing* among them: the practice she said she is leaving (thirty-ninth round,
review39 P7). :func:`left_practice` finds such skills, and the caution's words leave them
out. Words only: which roles are cautioned, and the order, are unchanged.

A skill is of the practice left when the person's record names a role in an excluded
sector as their work (:func:`careermap.scoring.leaving.left_sectors`: the job their title
names, or a role asking a licence they hold), that role asks for it, and no role outside
the excluded sectors asks for it as essential: *Mental health nursing* is; *Conflict
de-escalation*, which schools and HR posts ask for too, is not.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from careermap.taxonomy.models import Importance, Taxonomy

if TYPE_CHECKING:
    from careermap.resolve.profile import Background

__all__ = ["left_practice"]


def left_practice(
    background: Background | None,
    taxonomy: Taxonomy,
    sectors: Collection[str] | None,
    *,
    left: Collection[str] | None = None,
) -> frozenset[str]:
    """Return the ids of the skills of the practice *background* says the person is leaving.

    *sectors* are the sectors a ranking keeps (``None``: every sector, nothing left);
    *left* the excluded sectors their record places their work in, where the caller has
    them (:class:`careermap.scoring.advice_rank.AdviceList`), else read here.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> kept = {s.id for s in taxonomy.sectors} - {"mental-health", "healthcare-administration"}
    >>> nurse = Background(current_role="Registered Nurse, psychiatric wards")
    >>> left = left_practice(nurse, taxonomy, kept)
    >>> "mental-health-nursing" in left, "conflict-de-escalation" in left
    (True, False)
    >>> left_practice(nurse, taxonomy, None)
    frozenset()
    """
    if background is None or sectors is None:
        return frozenset()
    # Imported here: only a ranking that leaves sectors out reads the record.
    from careermap.scoring.anchored import named_by_record  # noqa: PLC0415
    from careermap.scoring.leaving import left_sectors  # noqa: PLC0415

    left = left_sectors(background, taxonomy, sectors) if left is None else left
    if not left:
        return frozenset()
    kept = set(sectors)
    theirs = {
        req.skill
        for role in taxonomy.roles
        if role.sector in left and named_by_record(role, background, taxonomy)
        for req in role.requirements
    }
    elsewhere = {
        req.skill
        for role in taxonomy.roles
        if role.sector in kept
        for req in role.requirements
        if req.importance is Importance.ESSENTIAL
    }
    return frozenset(theirs - elsewhere)
