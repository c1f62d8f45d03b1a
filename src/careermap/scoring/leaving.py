"""Posts that carry on the practice a person said they are leaving, filed in another sector.

A person who excludes a sector (``exclude_sectors``) no longer sees its roles, but the
same licensed work is also filed elsewhere: nurse case managers and nurse educators sit in
healthcare administration, not in mental health (review38 P5, P14). The Beau Bassin
psychiatric nursing officer, leaving nursing for employee relations with
``exclude_sectors: [mental-health]``, was shown both as his second and third posts, each
open to him only through the nursing registration he holds, ahead of the employee
relations posts he asked for; the Kochi psychiatric staff nurse, leaving for healthcare
process work, the same two first and third.

:func:`left_sectors` says which excluded sectors the person's record places their own
work in: the sector of the role their job title names, or of a role asking a licence or
registration they hold. :func:`leaving_posts` then finds the roles outside those sectors
that ask, by name, a licence of theirs that the left sector's own roles ask: the same
practice under another sector's name. Advice order counts their score at
:data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT` within their group
(:func:`careermap.scoring.anchored.loosen`), as a post whose match rests on general skills:
they stay listed, with their score, band and verdict, after the posts outside the work the
person is leaving that fit nearly as well (docs/scoring.md, "Leaving the sector of one's
practice").

A post asking any one of several clinical licences is not the practice itself, and a
person whose record names no work in the sectors they exclude (a psychologist excluding
education, or a title naming no role and no licence held) is not leaving their practice
by the exclusion: nothing changes for them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.resolve.profile import Background

__all__ = ["leaving_posts", "left_sectors"]


def left_sectors(
    background: Background, taxonomy: Taxonomy, sectors: Collection[str] | None
) -> frozenset[str]:
    """Return the sectors left out of a ranking in which the person's record places their work.

    *sectors* are the sectors the ranking keeps (``None``: every sector, nothing left
    out). A left-out sector is theirs when the role their job title names
    (:func:`careermap.results.current.current_role`) is in it, or a role in it requires a
    licence or registration they hold (:func:`careermap.results.licensed_roles.own_licence`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> kept = {s.id for s in taxonomy.sectors} - {"mental-health"}
    >>> nurse = Background(credentials=["RN (US)"], current_role="Staff nurse")
    >>> sorted(left_sectors(nurse, taxonomy, kept))
    ['mental-health']
    >>> left_sectors(Background(current_role="Barista"), taxonomy, kept)
    frozenset()
    >>> left_sectors(nurse, taxonomy, None)
    frozenset()
    """
    if sectors is None:
        return frozenset()
    excluded = {role.sector for role in taxonomy.roles} - set(sectors)
    if not excluded:
        return frozenset()
    # Imported here: only a ranking that leaves sectors out reads them (credential readers).
    from careermap.results.current import current_role  # noqa: PLC0415
    from careermap.results.licensed_roles import licensed_roles  # noqa: PLC0415

    title = (background.current_role or "").strip()
    held = current_role(title, taxonomy) if title else None
    found = {held.sector} & excluded if held is not None else set()
    opened = licensed_roles(background, taxonomy)
    found |= {role.sector for role in taxonomy.roles if role.id in opened} & excluded
    return frozenset(found)


def leaving_posts(
    background: Background, taxonomy: Taxonomy, left: Collection[str]
) -> frozenset[int]:
    """Return the positions of roles outside *left* asking the licence *left*'s roles ask.

    *left* are the sectors the person is leaving (:func:`left_sectors`). A role outside
    them counts when the licence or registration it requires that the person holds
    (:func:`careermap.results.licensed_roles.licensed_roles`) is, by name, one a role of *left*
    requires: the same licensed practice, filed under another sector (a registered
    nurse's nurse case manager). A post asking any of several clinical licences ("RN, LPC,
    LCSW or LMFT") is open to several professions and is not the practice itself: a
    social worker leaving the local authority keeps the clinical supervisor's post her
    registration opens (the twentieth set's Hexham expert witness, who accepts it).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> nurse = Background(credentials=["RN (US)"])
    >>> found = {taxonomy.roles[i].id for i in leaving_posts(nurse, taxonomy, {"mental-health"})}
    >>> "nurse-case-manager" in found, "psychiatric-nurse" in found
    (True, False)
    >>> "behavioural-health-care-manager" in found  # any of four clinical licences
    False
    >>> leaving_posts(nurse, taxonomy, ())
    frozenset()
    """
    if not left or not background.credentials:
        return frozenset()
    from careermap.results.licensed_roles import licensed_roles  # noqa: PLC0415 - as above

    opened = licensed_roles(background, taxonomy)
    held = [opened.get(role.id) for role in taxonomy.roles]
    theirs = {
        licence.name
        for role, licence in zip(taxonomy.roles, held, strict=True)
        if role.sector in left and licence is not None
    }
    return frozenset(
        i
        for i, (role, licence) in enumerate(zip(taxonomy.roles, held, strict=True))
        if role.sector not in left and licence is not None and licence.name in theirs
    )
