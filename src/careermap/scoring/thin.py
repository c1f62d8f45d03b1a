"""A thin advice list filled with the best roles the person could take.

Advice order groups by readiness only the roles scoring at least a third of the best
(:data:`careermap.scoring.match.ADVICE_REACH`). When a profile rests on one or two
skills, or a skill was set aside because its practice is work the person wants to leave
(:mod:`careermap.scoring.set_aside`), the few roles over that floor may all need a degree
or a licence the person lacks, and the roles they could take fall below it, after them
(twenty-seventh round, a counsellor's review, P6: a nursing assistant of thirty years was
shown four HR posts, each "Needs a bachelor's degree", and no post he could take).

:func:`fill` then keeps the best realistic roles below the floor with the others, until
:data:`THIN_TOP` realistic roles are grouped; where even those are too few, it adds the
realistic roles the person's whole reading points to (their set-aside skills counted),
leaving out every role involving work they want to leave. :func:`thin_note` says plainly
that the list is thin and why (docs/scoring.md, "A thin list").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from careermap.resolve.profile import Profile
from careermap.scoring.advice import ADVICE_REACH
from careermap.scoring.engine import scoring_index
from careermap.scoring.set_aside import set_aside
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.results.avoided import SetAside
    from careermap.scoring.engine import Float

__all__ = [
    "FILL_REACH",
    "THIN_TOP",
    "Filled",
    "fill",
    "realistic",
    "thin_advice",
    "thin_note",
    "whole_scores",
]

#: How many realistic roles advice order keeps within reach before it fills: the first
#: screen a counsellor reads out with the client (the persona benchmarks' top 5).
THIN_TOP = 5

#: The least share of the best score a role below the floor needs to fill a thin list:
#: half the advice reach. A post fitting a tenth as well as the person's best is no move
#: (twenty-fifth round: a billing specialist's care navigator post at 0.039 against 0.427
#: stays out of her first five); roles the whole reading adds are held to no share, as
#: nothing else points to a post the person could take.
FILL_REACH = ADVICE_REACH / 2


def realistic(key: tuple[int, bool, bool]) -> bool:
    """Say whether a role's advice key (:func:`~careermap.scoring.match.advice_key`) is realistic.

    Realistic: a post the person could take now, after a short course or a step up or
    down (groups 0 and 1), and one involving no working condition they want to leave.
    A post needing experience of the work first is a long step (thirty-sixth round).

    Examples
    --------
    >>> realistic((0, False, False)), realistic((1, False, True))
    (True, True)
    >>> realistic((2, False, False)), realistic((0, True, False))
    (False, False)
    """
    tier, avoided, _ = key
    return tier <= 1 and not avoided


@dataclass(frozen=True)
class Filled:
    """What :func:`fill` kept, and how many realistic roles were within reach before.

    ``below``: realistic roles below the floor; ``whole``: those the person's whole
    reading (set-aside skills counted) adds; ``within``: those over the floor;
    ``avoided``: the roles over the floor the person could take now or after a step but
    for a working condition they want to leave (not counted as open); ``first``: the
    roles filled in lead the list, as none over the floor is open and the ranking rests
    on one skill read (:func:`thin_advice`; review37 P12).
    """

    below: tuple[int, ...] = ()
    whole: tuple[int, ...] = ()
    within: int = 0
    avoided: int = 0
    first: bool = False

    @property
    def kept(self) -> tuple[int, ...]:
        """Every role filled in, below the floor first, in the order to list them."""
        return (*self.below, *self.whole)


def fill(
    positions: Sequence[int],
    key: Callable[[int], tuple[int, bool, bool]],
    score: Callable[[int], float],
    floor: float,
    *,
    whole: Callable[[], Float | None] | None = None,
    allowed: Callable[[int], bool] = lambda _: True,
) -> Filled:
    """Return the realistic roles to list next when fewer than :data:`THIN_TOP` are within reach.

    *positions* are the roles ranked (each scoring above the cutoff), *floor* the advice
    order's; a role below it fills only from :data:`FILL_REACH` of the best score.
    *whole*, when given, returns the scores of every role with the person's set-aside
    skills counted (or ``None``: nothing was set aside), from which roles not in
    *positions* (and *allowed*: in the sectors asked) are added, best first, when those
    below the floor are too few; it is called only then, as it scores every role again.
    Empty when :data:`THIN_TOP` realistic roles are within reach already.

    Examples
    --------
    >>> import numpy as np
    >>> keys = {0: (2, False, False), 1: (0, False, False), 2: (0, True, False),
    ...         3: (0, False, False), 4: (0, False, False)}
    >>> scores = {0: 0.6, 1: 0.1, 2: 0.15}
    >>> found = fill([0, 1, 2], keys.__getitem__, scores.__getitem__, 0.2,
    ...              whole=lambda: np.array([0.6, 0.1, 0.15, 0.05, 0.0]))
    >>> found.below, found.whole, found.within, found.avoided
    ((1,), (3,), 0, 0)
    """
    over = [i for i in positions if score(i) >= floor]
    within = [i for i in over if realistic(key(i))]
    wanted = THIN_TOP - len(within)
    if wanted <= 0:
        return Filled(within=len(within))
    avoided = sum(key(i)[0] <= 1 and key(i)[1] for i in over)
    least = FILL_REACH / ADVICE_REACH * floor
    below = [i for i in positions if least <= score(i) < floor and realistic(key(i))]
    below = below[:wanted]
    added: list[int] = []
    scores = whole() if whole is not None and len(below) < wanted else None
    if scores is not None:
        ranked = set(positions)
        order = sorted(
            (i for i in range(len(scores)) if scores[i] > 0.0 and i not in ranked and allowed(i)),
            key=lambda i: (-float(scores[i]), i),
        )
        added = [i for i in order if realistic(key(i))][: wanted - len(below)]
    return Filled(tuple(below), tuple(added), len(within), avoided)


def thin_note(filled: Filled, set_aside: Sequence[str] = ()) -> str:
    """Say that an advice list is thin, why, and where the roles filled in come from.

    Empty when nothing was filled in. *set_aside* are the labels of the skills set aside.

    Examples
    --------
    >>> print(thin_note(Filled(below=(4, 5), within=1)))  # doctest: +NORMALIZE_WHITESPACE
    A thin list: of the roles your skills fit best, only 1 is open to you now or after a
    step, so the best others you could take follow them, though your skills fit them
    less well.
    >>> print(thin_note(Filled(whole=(7,)), ["Physical intervention"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    A thin list: of the roles your skills fit best, none is open to you now or after a
    step, so roles you could take that your Physical intervention points to follow them
    (none involving work you would rather not do), though their scores leave it out.

    Where the roles filled in lead (``Filled.first``, review37 P12), it says so:

    >>> print(thin_note(Filled(whole=(7,), first=True), ["Physical intervention"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    A thin list: of the roles your skills fit best, none is open to you now or after a
    step, each resting on the one skill of yours that was read, so roles you could take
    that your Physical intervention points to come first (none involving work you would
    rather not do), though their scores leave it out.

    A role open to the person but involving work they want to leave is not counted as
    open, and the note says so, as such a role may head the list (review 29b):

    >>> print(thin_note(Filled(below=(4,), within=0, avoided=1)))
    ... # doctest: +NORMALIZE_WHITESPACE
    A thin list: of the roles your skills fit best, none you would take is open to you
    now or after a step (1 is, but it involves work you would rather not do), so the best
    others you could take follow them, though your skills fit them less well.
    """
    if not filled.kept:
        return ""
    n, k = filled.within, filled.avoided
    take = " you would take" if k else ""
    open_ = (
        f"none{take} is" if n == 0 else f"only {n}{take} is" if n == 1 else f"only {n}{take} are"
    )
    open_ += " open to you now or after a step"
    if k:  # open, but involving work they want to leave (review 29b)
        more = "" if n == 0 else " more"
        they = "1{} is, but it involves" if k == 1 else f"{k}{{}} are, but they involve"
        open_ += f" ({they.format(more)} work you would rather not do)"
    one = ", each resting on the one skill of yours that was read" if filled.first else ""
    said = f"A thin list: of the roles your skills fit best, {open_}{one}, so "
    follow = "come first" if filled.first else "follow them"
    if not filled.whole:
        less = "though your skills fit them less well"
        return f"{said}the best others you could take {follow}, {less}."
    named = " and ".join(set_aside) or "the work you set aside"
    others = "the best others you could take and " if filled.below else ""
    it = "it" if len(set_aside) <= 1 else "them"
    return (
        f"{said}{others}roles you could take that your {named} points to {follow} (none "
        f"involving work you would rather not do), though their scores leave {it} out."
    )


def thin_advice(
    positions: Sequence[int],
    key: Callable[[int], tuple[int, bool, bool]],
    score: Callable[[int], float],
    profile: Profile,
    taxonomy: Taxonomy,
    *,
    sectors: set[str] | None = None,
    min_score: float = 0.0,
    away: Sequence[int] = (),
) -> tuple[Filled, str]:
    """Fill a thin advice list for *profile* (:func:`fill`) and say so (:func:`thin_note`).

    The floor is advice order's, from the best score among *positions*. Roles from the
    whole reading are added only when some skill of the profile counts besides those set
    aside (a profile whose every skill is set aside ranks nothing, and says why), and
    only with no *min_score* (they score below any): in *sectors*, when given, and not
    in *away* (posts not found in the person's country, ``ScoringIndex.elsewhere``).

    Where at most half the person's texts were read, the note says so and names the
    texts to write again (:mod:`careermap.scoring.unread`), even when nothing could fill
    the list (review39 P11: the San Marino educatore's nine posts, none she could take,
    had no note at all); the roles filled, and so the order, are the same either way.
    """
    best = max((score(i) for i in positions), default=0.0)
    # The skills set aside, read from profile.skills once, when first needed.
    aside_of = cache(lambda: set_aside(profile, taxonomy))
    engine = scoring_index(taxonomy)
    mask = None if sectors is None else engine.sector_mask(sectors)
    if away:
        mask = engine.sector_mask(set(engine.sector_ids)) if mask is None else mask.copy()
        mask[list(away)] = False
    filled = fill(
        positions,
        key,
        score,
        ADVICE_REACH * best,
        whole=(lambda: whole_scores(profile, taxonomy, aside=aside_of()))
        if min_score <= 0.0
        else None,
        allowed=lambda i: mask is None or bool(mask[i]),
    )
    if not filled.kept:  # nothing to fill: a note only where little was read (unread)
        if filled.within >= THIN_TOP:
            return filled, ""
        from careermap.scoring.unread import unread_note  # noqa: PLC0415 - thin lists only

        left = {item.skill_id for item in aside_of()}
        return filled, unread_note(profile, filled.within, left)
    aside = aside_of()
    if filled.within == 0:  # nothing over the floor open, all on one skill read: fills lead
        read = set(profile.skills) - {item.skill_id for item in aside}
        filled = replace(filled, first=len(read) <= 1)
    from careermap.scoring.unread import unread_tail  # noqa: PLC0415 - thin lists only

    said = thin_note(filled, [item.label for item in aside])
    tail = unread_tail(profile, {item.skill_id for item in aside})
    return filled, f"{said} {tail}" if tail else said


def whole_scores(
    profile: Profile, taxonomy: Taxonomy, *, aside: Sequence[SetAside] | None = None
) -> Float | None:
    """Return every role's score with *profile*'s set-aside skills counted, or ``None``.

    ``None`` when no skill was set aside, or when every skill read was (that profile
    ranks nothing, and says why: :func:`careermap.results.avoided.reading_caution`).
    *aside* is :func:`~careermap.scoring.set_aside.set_aside`, where the caller has it.
    """
    left = {item.skill_id for item in (set_aside(profile, taxonomy) if aside is None else aside)}
    if not left:
        return None
    skills = profile.skills  # read once
    if not set(skills) - left:
        return None
    return scoring_index(taxonomy).score(dict(skills)).score
