"""What years of past work practised: the essentials of a role a past job title names.

The role the person holds now certifies its essential requirements
(:func:`careermap.results.current.practised_skills`): no match lists them among its gaps.
Years of other work are the same practice: a head nurse of ten years who was a staff
nurse on a psychiatric ward for fifteen before is not told she lacks *Mental health
nursing* (thirty-seventh round, review37 P7: the Kotor head nurse, whose current title
names no role, was shown it as an essential gap of the nurse specialist's post). So a
title of ``Background.experience`` that names one role confidently (as ``current_role``
is read, :func:`careermap.results.current.current_role`), held for
:data:`careermap.results.rungs.EXPERIENCED_YEARS` years or more, certifies that role's
essential requirements too. The threshold is the one from which a person counts as
experienced for a post (three years: the time most licensing boards ask of supervised
practice before independent practice, and the rungs' first step). Like what a
credential certifies, these leave a match's gaps and upskilling's suggestions; no
score or verdict changes.
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.results.current import current_role
from careermap.results.rungs import EXPERIENCED_YEARS
from careermap.results.work_kind import essential_skills
from careermap.taxonomy.models import Taxonomy

__all__ = ["past_practice"]


def past_practice(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the essential requirements of the roles the person's past titles name.

    Only titles held :data:`~careermap.results.rungs.EXPERIENCED_YEARS` years or more,
    each naming one role confidently.

    Parameters
    ----------
    background : Background or None
        What the person said; only ``experience`` (years by job title) is read.
    taxonomy : Taxonomy
        Where the titles' roles are found.

    Returns
    -------
    frozenset of str
        Skill ids no match lists among its gaps and upskilling never suggests.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> ward = Background(experience={"Staff nurse, psychiatric ward": 15})
    >>> "mental-health-nursing" in past_practice(ward, taxonomy)
    True
    >>> past_practice(Background(experience={"Staff nurse, psychiatric ward": 1}), taxonomy)
    frozenset()
    >>> past_practice(None, taxonomy)
    frozenset()
    """
    if background is None:
        return frozenset()
    found: set[str] = set()
    for title, years in background.experience.items():
        if years < EXPERIENCED_YEARS or not title.strip():
            continue
        role = current_role(title, taxonomy)
        if role is not None:
            found |= essential_skills(role)
    return frozenset(found)
