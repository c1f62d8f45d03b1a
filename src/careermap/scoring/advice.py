"""Advice order: the readiness groups a ranking puts realistic moves first by.

Split from :mod:`careermap.scoring.match` (twenty-seventh round), which ranks with it
and re-exports every name here; docs/scoring.md, "Readiness first, within reach".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from careermap.base.errors import OptionError
from careermap.resolve.profile import Background
from careermap.taxonomy.conditions import involved
from careermap.taxonomy.models import Entry, Role, Taxonomy

if TYPE_CHECKING:  # read with a background only: imported where a profile shows it
    from careermap.results.experience import Shown

__all__ = [
    "ADVICE_REACH",
    "ADVICE_TIERS",
    "AVOIDED_LATE_TIER",
    "FAR_TIER",
    "PREFERRED_UNSHOWN_WEIGHT",
    "SCHOOL_BY_WORK_TIER",
    "Order",
    "advice_key",
    "advice_order",
    "advice_sort_key",
    "check_order",
]


#: How ``order="advice"`` groups roles: realistic now (or after a short course) first,
#: then a step up or down, then those needing a degree, a licence, a certification's
#: supervised practice hours, lived experience or experience of the work first: years of
#: a kind of work the person has never done are as long a step as a degree (thirty-sixth
#: round; upskilling counts both as long steps; docs/scoring.md, "Experience of the work
#: first is a long step"). The role
#: the person's job title names (``current``: the same work elsewhere) is placed by its
#: score among the moves they could take now, but after the first :data:`CURRENT_AFTER`
#: (and, as any role, after those that involve no condition they want to leave).
ADVICE_TIERS: dict[str | None, int] = {
    None: 0,
    "ready": 0,
    "certify": 0,
    "current": 0,
    "step-up": 1,
    "step-down": 1,
    "experience": 2,
    "needs": 2,
}

#: The advice group of a post needing two or more gates the person lacks (education levels
#: and credentials, :func:`careermap.results.gates.missing_gates`): after every other post
#: that needs a long step, those involving work the person would rather not do included
#: (review 29, P9; docs/scoring.md, "Two or more gates").
FAR_TIER = ADVICE_TIERS["needs"] + 1

Order = Literal["fit", "advice"]


def check_order(order: object) -> Order | None:
    """Return *order* checked (``None`` when not given), or raise :class:`OptionError`."""
    if order is None or order == "fit":
        return None if order is None else "fit"
    if order == "advice":
        return "advice"
    msg = f"order must be 'fit' or 'advice', not {order!r}"
    raise OptionError(msg)


def advice_key(
    role: Role, background: Background, taxonomy: Taxonomy, shown: Shown | None = None
) -> tuple[int, bool, bool]:
    """Return a role's place in advice order: its readiness group, avoidance, preference.

    Readiness comes first; within a group, a role involving a working condition the
    person wants to leave comes after every role that involves none. The last element
    says whether the role's postings prefer experience nothing the person wrote shows
    (:meth:`~careermap.results.experience.Shown.lacks_preferred`), or whether the person
    is ready only if their own country's licence is what employers there ask, which
    careermap cannot confirm (:func:`careermap.results.own_licence.is_check`):
    :func:`advice_sort_key` then counts its score at :data:`PREFERRED_UNSHOWN_WEIGHT`.
    A step down is grouped with the moves the person could take now when they said
    they are open to one (``Background.step_back``). A post needing two or more gates
    the person lacks (:func:`careermap.results.gates.missing_gates`: education levels
    and credentials) follows every other post needing a long step (:data:`FAR_TIER`).
    A peer post asking for a kind of lived experience the person's yes did not say
    (:func:`careermap.results.lived.lived_question`) is ordered as such a post too.
    """
    # Imported here: a ranking in score order reads no verdict, and these import the
    # credential readers (careermap match, a warm load's first ranking).
    from careermap.results.gates import FAR_GATES, missing_gates  # noqa: PLC0415
    from careermap.results.own_licence import is_check  # noqa: PLC0415
    from careermap.results.readiness import assess  # noqa: PLC0415

    found = assess(
        role.entry, background, taxonomy=taxonomy, shown=shown, sector=role.sector, role=role.id
    )
    verdict = None if found is None else found.verdict
    tier = 0 if verdict == "step-down" and background.step_back else ADVICE_TIERS[verdict]
    if tier == 0 and role.entry is not None and _by_work(role.entry, background):
        tier = SCHOOL_BY_WORK_TIER  # many employers, not all, take the years: a step
    if tier == ADVICE_TIERS["needs"] and missing_gates(found, background) >= FAR_GATES:
        tier = FAR_TIER  # two or more gates: after every nearer long step
    entry = role.entry if verdict != "current" else None  # their own job asks nothing
    # Its kind of lived experience asked, not known: as experience not shown (below).
    asked = entry is not None and _kind_asked(entry, background, shown)
    avoided = any(c in background.avoid for c in involved(role.conditions))
    experience = role.entry.experience if role.entry is not None else None
    # A licence of the person's own that careermap cannot say is accepted: as unshown.
    check = found is not None and is_check(found)
    unshown = shown is not None and shown.lacks_preferred(experience)
    return tier, avoided, check or asked or unshown


# Thirty-sixth round (review36 P9): a peer post open to the person only if their lived
# experience, of a kind not said, is the kind its posts ask for (a recovery coach's:
# recovery from addiction) is ordered as a post preferring experience nothing shows: its
# score counts at :data:`PREFERRED_UNSHOWN_WEIGHT` within its group, and the question stays
# in its verdict. A bipolar peer specialist's first line was a recovery coach's post; an
# addiction-only post no longer outranks a general peer post on an unknown kind alone.
# Placed with the steps instead (tried), it left the posts of people in recovery from
# addiction who said only yes (docs/scoring.md, "A yes read from credentials and titles").


def _kind_asked(entry: Entry, background: Background, shown: Shown | None) -> bool:
    """Say whether *entry*'s verdict asks which kind the person's lived experience is.

    The kinds their texts, titles and credentials show (``Shown.lived``) answer it, as
    in the verdict; a family peer credential known only by its abbreviation is not read
    here (the verdict reads it), so such a post may come a step later than its verdict.
    """
    from careermap.scoring.lived_roles import asks_kind  # noqa: PLC0415 - as in advice_key

    return asks_kind(entry, background, shown)


#: The advice group of a post the person could take only because their years of work
#: stand in for its school diploma (:func:`careermap.results.education.school_by_work`):
#: with the steps, after the posts open to them outright and before those needing a
#: degree or a licence. Many employers take the years, some ask for the diploma itself
#: (twenty-seventh round; docs/scoring.md, "A school diploma asked of an adult").
SCHOOL_BY_WORK_TIER = ADVICE_TIERS["step-up"]


def _by_work(entry: Entry, background: Background) -> bool:
    """Say whether *entry*'s school diploma is met only by the person's years of work."""
    from careermap.results.education import school_by_work  # noqa: PLC0415 - as in advice_key

    asked = entry.for_country(background.works_in).education
    return school_by_work(asked, background) is not None


#: How a role whose postings prefer experience the person does not show is ordered within
#: its advice group: its score counts at this share, for the order only (the score shown
#: is unchanged). 0.7 keeps a post the person scores well for near their first moves
#: (the first persona set's ACT case manager's reentry post, 0.61, is eighth, not 52nd as
#: when placed after all her ready moves) while a post carried by one generic skill falls
#: behind (docs/scoring.md, "Experience postings prefer"; docs/taxonomy-notes.md,
#: "Reentry specialist: experience postings prefer", says how 0.7 was chosen).
PREFERRED_UNSHOWN_WEIGHT = 0.7


def advice_sort_key(key: tuple[int, bool, bool], score: float) -> tuple[int, bool, float]:
    """Return the sort key of a role in advice order, from :func:`advice_key` and its score.

    Examples
    --------
    >>> advice_sort_key((0, False, True), 0.6) > advice_sort_key((0, False, False), 0.5)
    True
    >>> advice_sort_key((0, False, True), 0.8) < advice_sort_key((0, False, False), 0.5)
    True
    """
    tier, avoided, unshown = key
    # Rounded as engine.top rounds: scores equal but for float noise keep that order.
    return tier, avoided, -_tied(score * (PREFERRED_UNSHOWN_WEIGHT if unshown else 1.0))


def _tied(score: float) -> float:
    """Return *score* rounded to the 12 places ``ScoringIndex.top`` compares."""
    return round(score, 12)


#: The advice group, in a thin list (:mod:`careermap.scoring.thin`), of a role involving
#: work the person would rather not do: after every post needing a long step, those two
#: or more gates away included. Where few posts are open, one they avoid is not a first
#: move ahead of the posts they want that need a degree (thirtieth round, review 30 P8:
#: a safer custody officer leaving trauma work was shown a crisis counsellor post third).
AVOIDED_LATE_TIER = FAR_TIER + 1

#: Advice order gives its readiness groups only to roles scoring at least this share of the
#: best score; the rest follow by score alone: a ready post fitting a tenth as well as the
#: best is no first move (docs/scoring.md, "Readiness first, within reach", the sweep).
ADVICE_REACH = 1 / 3


def advice_order(
    positions: Iterable[int],
    key: Callable[[int], tuple[int, bool, bool]],
    score: Callable[[int], float],
    best: float | None = None,
    *,
    kept: Collection[int] = (),
    then: Sequence[int] = (),
    late: bool = False,
) -> list[int]:
    """Return *positions* in advice order, from each one's :func:`advice_key` and score.

    Roles scoring at least :data:`ADVICE_REACH` of the best score (*best*; by default
    the best among *positions*), and those *kept*, come first, by :func:`advice_sort_key`
    (readiness group, avoidance, score); those in *then* (a thin list's realistic roles,
    :mod:`careermap.scoring.thin`) follow them, in the order given; the rest follow by
    score alone. A stable sort keeps the given order among equals. With *late* (a thin
    list, :mod:`careermap.scoring.thin`), a role within reach involving work the person
    would rather not do follows every role within reach that involves none, those
    needing a long step included (:data:`AVOIDED_LATE_TIER`).

    Examples
    --------
    >>> scores = {0: 0.1, 1: 0.45, 2: 0.3, 3: 0.12}
    >>> keys = {0: (0, False, False), 1: (2, False, False), 2: (0, False, False)}
    >>> advice_order([1, 2, 0], keys.__getitem__, scores.__getitem__)
    [2, 1, 0]
    >>> advice_order([1, 2, 0, 3], keys.__getitem__, scores.__getitem__, then=[0])
    [2, 1, 0, 3]
    >>> keys[2] = (0, True, False)  # avoided: after the long step only in a thin list
    >>> advice_order([1, 2], keys.__getitem__, scores.__getitem__)
    [2, 1]
    >>> advice_order([1, 2], keys.__getitem__, scores.__getitem__, late=True)
    [1, 2]
    """
    chosen = list(positions)
    if best is None:
        best = max((score(i) for i in chosen), default=0.0)
    floor = ADVICE_REACH * best
    after = {i: n for n, i in enumerate(then)}

    def place(i: int) -> tuple[int, int, bool, float]:
        mine = score(i)
        if i in after:  # a thin list's realistic roles, after those within reach
            return 1, after[i], False, 0.0
        if mine < floor and i not in kept:  # out of reach of the best fit: by score alone
            return 2, 0, False, -_tied(mine)
        found = key(i)
        if late and found[1]:  # a thin list: avoided work after every long step
            found = (AVOIDED_LATE_TIER, *found[1:])
        return (0, *advice_sort_key(found, mine))

    return sorted(chosen, key=place)
