"""Say once why the posts of a practice the person is leaving come after the others.

A person who leaves out the sector of their own practice (``exclude_sectors``) still sees
the same licensed work filed under another sector: a nurse leaving mental health, their
nurse case manager and nurse educator posts. Advice order lists them after posts outside
that work that fit nearly as well (:mod:`careermap.scoring.leaving`, thirty-eighth round),
and until the fortieth round nothing said why: a nurse read a post scoring 0.6 below one
scoring 0.5 with no reason (docs/personas.md, what the thirty-ninth round left).
:func:`leaving_line` says it once, at the head of the list, as a counsellor would: these
posts come after the others because they are the practice you said you are leaving.

Words only: which posts are held back, and so the order, are the scoring layer's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from careermap.base import text
from careermap.resolve.background import Background
from careermap.results.licensed_roles import licensed_roles
from careermap.taxonomy.models import Taxonomy

__all__ = ["leaving_line"]

#: How many held-back posts the line names before it counts the rest.
NAMED = 3


def leaving_line(
    held: Collection[int],
    listed: Sequence[int],
    background: Background,
    taxonomy: Taxonomy,
    left: Collection[str],
) -> str:
    """Return the line saying why the posts of the practice being left come later, or ``""``.

    *held* are the positions of the posts of the practice the person leaves, filed in
    another sector (:func:`careermap.scoring.leaving.leaving_posts`), *listed* the
    positions listed, in order, and *left* the excluded sectors their record places that
    practice in (:func:`careermap.scoring.leaving.left_sectors`). Empty when none of the
    held posts is listed.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.scoring.leaving import leaving_posts
    >>> taxonomy = load_taxonomy()
    >>> nurse = Background(credentials=["RN (US)"])
    >>> held = leaving_posts(nurse, taxonomy, {"mental-health"})
    >>> pos = {role.id: i for i, role in enumerate(taxonomy.roles)}
    >>> listed = [pos["employee-relations-specialist"], pos["nurse-educator"]]
    >>> print(leaving_line(held, listed, nurse, taxonomy, {"mental-health"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    Nurse educator (#2) comes after posts that fit nearly as well: it asks for your
    Registered Nurse (RN), as the mental health care posts you said you are leaving do, so
    it is that work under another sector's name. It is listed, as your licence opens it.
    >>> leaving_line(held, listed[:1], nurse, taxonomy, {"mental-health"})
    ''
    """
    shown = [(rank, i) for rank, i in enumerate(listed, start=1) if i in held]
    if not shown or not left:
        return ""
    opened = licensed_roles(background, taxonomy)
    licences: list[str] = []
    for _, i in shown:
        found = opened.get(taxonomy.roles[i].id)
        if found is not None and found.name not in licences:
            licences.append(found.name)
    names = [f"{taxonomy.roles[i].title} (#{rank})" for rank, i in shown[:NAMED]]
    more = len(shown) - len(names)
    posts = text.listed([*names, f"{more} more"] if more else names)
    one = len(shown) == 1
    labels = {sector.id: sector.label for sector in taxonomy.sectors}
    sectors = " and ".join(sorted(labels.get(s, s).lower() for s in left))
    licence = " or ".join(licences) or "licence"
    if one:
        come, asks, it, is_, listed_ = "comes", "it asks", "it", "it is", "It is listed"
    else:
        come, asks, it, is_, listed_ = "come", "they ask", "them", "they are", "They are listed"
    return (
        f"{posts} {come} after posts that fit nearly as well: {asks} for your {licence}, as "
        f"the {sectors} posts you said you are leaving do, so {is_} that work under "
        f"another sector's name. {listed_}, as your licence opens {it}."
    )
