"""A step up in the person's own trade: the senior post of their licensed work, first.

A counsellor looks first at the next rung of the person's own trade, when they are ready
for it: the counselor who orients new counselors is shown the supervisor's post before
anything else. Advice order ranks posts by the skills read, so a person whose lines are
mostly unread (the thirty-third set's Bemidji alcohol and drug counselor: six CV lines
unread, "motivational interviewing" read) has that post far down (104th at 0.12, behind
three coaching posts that rest on the one skill read), though her verdict on it is "Ready
now" and the counsellor accepts it.

:func:`own_steps` finds the posts of that next rung: a role the person's job title names
(:func:`careermap.results.current.current_role`) whose entry requires a licence or
certification, and the roles of its sector on a higher rung
(:func:`careermap.results.current.own_seniority`), no higher than the rung their years
reach (:func:`careermap.results.rungs.years_rung`), that require the same credential and
the role's defining skill (its essential requirement of the greatest weight) and involve
no working condition the person wants to leave (``Background.avoid``): the peer support
supervisor for a certified peer specialist of eight years, the substance use clinical
supervisor for a licensed addiction counsellor, the director of nursing for a nurse
manager of fifteen. None for a person who wants the same work elsewhere (``same_work``)
or who excludes their own job's sector. Across the read persona sets, of the posts so
found (before the years) whose verdict is "Ready now", 17 are accepted and 3 rejected
(rank42; two of the three for people who asked for the same work, one for a person
avoiding managing staff, whom the rule leaves out); the years keep two unjudged posts
from displacing accepted ones (docs/scoring.md). :func:`step_first` puts the first of
them the person is ready for first; scores, bands and verdicts are unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from careermap.resolve.profile import Background
from careermap.taxonomy.conditions import involved
from careermap.taxonomy.credentials import Credential
from careermap.taxonomy.models import Importance, Role, Seniority, Taxonomy

__all__ = ["own_steps", "step_first"]

_RUNGS = list(Seniority)


def _required(role: Role) -> frozenset[str]:
    """Return the ids of the credentials *role*'s entry requires."""
    if role.entry is None:
        return frozenset()
    # A loaded taxonomy has resolved its references to the registry's credentials.
    return frozenset(
        c.id for c in role.entry.credentials if isinstance(c, Credential) and c.required and c.id
    )


def _defining(role: Role) -> frozenset[str]:
    """Return *role*'s essential requirements of the greatest weight."""
    essential = [r for r in role.requirements if r.importance is Importance.ESSENTIAL]
    top = max((r.weight for r in essential), default=None)
    return frozenset(r.skill for r in essential if r.weight == top)


def own_steps(
    background: Background, taxonomy: Taxonomy, sectors: Collection[str] | None = None
) -> frozenset[int]:
    """Return the positions of the posts a rung up in the person's own licensed trade.

    *sectors* are the sectors kept (``None``: all); a person who leaves their own job's
    sector has none.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> peer = Background(current_role="Certified peer support specialist", years_experience=9)
    >>> [taxonomy.roles[i].id for i in own_steps(peer, taxonomy)]
    ['peer-support-supervisor']
    >>> own_steps(peer.model_copy(update={"years_experience": 2}), taxonomy)
    frozenset()
    >>> own_steps(peer.model_copy(update={"same_work": True}), taxonomy)
    frozenset()
    >>> own_steps(peer.model_copy(update={"avoid": ["managing-staff"]}), taxonomy)
    frozenset()
    """
    title = (background.current_role or "").strip()
    years = background.years_experience
    if background.same_work or not title or years is None:
        return frozenset()
    from careermap.results.current import current_role, own_seniority  # noqa: PLC0415
    from careermap.results.rungs import years_rung  # noqa: PLC0415 - as current_role

    role = current_role(title, taxonomy)
    rung = own_seniority(title, taxonomy)
    if role is None or rung is None or rung is Seniority.LEAD:
        return frozenset()
    if sectors is not None and role.sector not in sectors:
        return frozenset()
    licences = _required(role)
    defining = _defining(role)
    if not licences or not defining:
        return frozenset()

    reached = _RUNGS.index(years_rung(years))

    def step(other: Role) -> bool:
        essential = {r.skill for r in other.requirements if r.importance is Importance.ESSENTIAL}
        return (
            other.entry is not None
            and other.sector == role.sector
            and _RUNGS.index(rung) < _RUNGS.index(other.entry.seniority) <= reached
            and bool(_required(other) & licences)
            and bool(defining & essential)
            and not any(c in background.avoid for c in involved(other.conditions))
        )

    return frozenset(i for i, other in enumerate(taxonomy.roles) if step(other))


def step_first(
    ranked: Sequence[int], steps: Collection[int], ready: Callable[[int], bool]
) -> list[int]:
    """Return *ranked* with the first of *steps* the person is *ready* for first.

    The others keep their order; unchanged when none of *steps* is ranked and ready.

    Examples
    --------
    >>> step_first([1, 2, 3, 4], {3, 4}, lambda i: i == 4)
    [4, 1, 2, 3]
    >>> step_first([1, 2, 3], {3}, lambda i: False)
    [1, 2, 3]
    """
    first = next((i for i in ranked if i in steps and ready(i)), None)
    if first is None:
        return list(ranked)
    return [first, *(i for i in ranked if i != first)]
