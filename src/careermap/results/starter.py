"""What an entry-level post may pay, said once at the head of a ranking.

A person of many years (:data:`careermap.results.rungs.STARTER_YEARS`) is told that an
entry-level post may pay a starter's wage (:func:`careermap.results.rungs.starter_pay`).
The sentence sat on 24 of the twenty-sixth set's top-ten lines, on all ten of one
person's (review35 P11): each such post's verdict now says "(an entry-level post)", and
what that may mean for pay is said once, at the head of the list (:func:`starter_head`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from careermap.resolve.background import Background
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.results.experience import Shown

__all__ = ["starter_head"]


def starter_head(
    listed: Iterable[int],
    background: Background | None,
    taxonomy: Taxonomy,
    *,
    shown: Shown | None = None,
) -> str:
    """Return the note on a starter's wage for a list of roles, or ``""``.

    Said when the verdict of one of the roles *listed* (positions in ``taxonomy.roles``;
    :func:`~careermap.results.readiness.role_readiness`, with what *shown* shows) marks
    it "(an entry-level post)": a ready or certify verdict on an entry-level post that
    :func:`~careermap.results.rungs.starter_pay` names for the person, other than the job
    their title names. Nothing without a *background*.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> where = {role.id: i for i, role in enumerate(taxonomy.roles)}
    >>> print(starter_head([where["intake-coordinator"]], Background(years_experience=12),
    ...                    taxonomy))  # doctest: +NORMALIZE_WHITESPACE
    Posts marked "an entry-level post" may pay a starter's wage, though some employers
    count your 12 years' experience.
    >>> starter_head([where["therapist"]], Background(years_experience=12), taxonomy)
    ''
    """
    if background is None:
        return ""
    # The readers of a background, imported only with one (a ranking of ids needs none).
    from careermap.results.current import is_current, own_seniority  # noqa: PLC0415
    from careermap.results.readiness import role_readiness  # noqa: PLC0415
    from careermap.results.rungs import starter_pay  # noqa: PLC0415

    current = own_seniority(background.current_role, taxonomy)
    for i in listed:
        role = taxonomy.roles[i]
        if role.entry is None or is_current(role.id, background, taxonomy):
            continue
        pay = starter_pay(role.entry, background, current)
        if pay is None:
            continue
        found = role_readiness(role, background, taxonomy=taxonomy, shown=shown)
        if found is not None and pay in found.notes:
            return pay.replace("An entry-level post", 'Posts marked "an entry-level post"', 1)
    return ""
