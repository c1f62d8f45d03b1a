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

So does the post a returner's current title says they held before ("Returning to work
(former community mental health nurse)", :func:`careermap.results.former_posts.former_post`;
forty-first round, review41 P5: a community mental health nurse of twelve years was shown
*Clinical assessment* and *Risk assessment* as gaps of her own post), for their
``years_experience`` when it is :data:`~careermap.results.rungs.EXPERIENCED_YEARS` or more.
It is past work, not the current job: the post is not marked as the job they hold, and its
verdict (a lapsed registration to renew) stands.
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.results.current import current_role
from careermap.results.former_posts import former_post
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
        What the person said: ``experience`` (years by job title), and a current title
        naming a former post with ``years_experience``.
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
    >>> back = Background(
    ...     current_role="Returning to work (former community mental health nurse)",
    ...     years_experience=12,
    ... )
    >>> "clinical-assessment" in past_practice(back, taxonomy)
    True
    """
    if background is None:
        return frozenset()
    found: set[str] = set()
    titles = dict(background.experience)
    held = background.current_role
    former = former_post(held) if held and current_role(held, taxonomy) is None else None
    if former and background.years_experience is not None:  # read41: a returner's post
        titles.setdefault(former, background.years_experience)
    for title, years in titles.items():
        if years < EXPERIENCED_YEARS or not title.strip():
            continue
        role = current_role(title, taxonomy)
        if role is not None:
            found |= essential_skills(role)
    return frozenset(found)
