"""A wish to step up: a post on a higher rung than the person's job, in its line of work.

Many people a counsellor sees want to step up where they are: a coordinator to run the
programme, a counsellor to supervise (the twenty-first set's St Croix disaster behavioral
health coordinator, "She wants to step up and run programmes"; seven of its sixteen
people). A person who says so (``Background.step_up``) is shown, in advice order, the
posts on a rung above the seniority of the role their job title names
(:func:`careermap.results.current.own_seniority`: entry, mid, senior, lead), in its line
of work (that role's sector, or a role requiring its defining skill), with their score
counted at :data:`STEP_UP_BOOST` for the order only: within their readiness group, never
ahead of a nearer group. The score shown is unchanged; without the wish, or with a job
title that names no role, nothing changes.
"""

from __future__ import annotations

from careermap.resolve.profile import Background
from careermap.taxonomy.models import Importance, Role, Seniority, Taxonomy

__all__ = ["STEP_UP_BOOST", "rung_up"]

#: How a post a rung up in the person's line of work counts its score in advice order,
#: for a person who wants to step up: a small lift, enough to place it before posts of
#: their own rung that fit a little better (within a tenth), not before a clearly better
#: fit.
STEP_UP_BOOST = 1.1
_RUNGS = list(Seniority)


def rung_up(background: Background | None, taxonomy: Taxonomy) -> frozenset[int]:
    """Return the positions of the roles above the person's job in its line of work.

    Its line of work: the roles of its sector, and those that require its defining
    skill (its essential requirements of the greatest weight). Empty unless they want to
    step up and their job title names a role below the top rung.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> held = Background(current_role="Peer support specialist", step_up=True)
    >>> ups = {taxonomy.roles[i].id for i in rung_up(held, taxonomy)}
    >>> "peer-support-supervisor" in ups, "peer-support-specialist" in ups
    (True, False)
    >>> rung_up(held.model_copy(update={"step_up": False}), taxonomy)
    frozenset()
    """
    if background is None or not background.step_up or not background.current_role:
        return frozenset()
    from careermap.results.current import current_role, own_seniority  # noqa: PLC0415

    role = current_role(background.current_role, taxonomy)
    rung = own_seniority(background.current_role, taxonomy)
    if role is None or rung is None or rung is Seniority.LEAD:
        return frozenset()
    essential = [r for r in role.requirements if r.importance is Importance.ESSENTIAL]
    top = max((r.weight for r in essential), default=None)
    defining = {r.skill for r in essential if r.weight == top}

    def in_line(other: Role) -> bool:
        return other.sector == role.sector or any(r.skill in defining for r in other.requirements)

    return frozenset(
        i
        for i, other in enumerate(taxonomy.roles)
        if other.entry is not None
        and _RUNGS.index(other.entry.seniority) > _RUNGS.index(rung)
        and in_line(other)
    )
