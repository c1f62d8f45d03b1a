"""A ranking in advice order: realistic moves first, then the longer steps, explained.

Split from :mod:`careermap.scoring.match` (thirty-eighth round), whose ``_rank`` orders
by score alone unless a person with a background asks for advice order; then
:func:`advice_list` gathers every role above the cutoff, the person's own licensed job,
the posts a thin list fills in (:mod:`careermap.scoring.thin`) and the peer posts their
lived experience opens (:mod:`careermap.scoring.lived_roles`), orders them
(:func:`careermap.scoring.advice.advice_order`; a thin profile's posts reached by general
skills alone, :mod:`careermap.scoring.anchored`, and a leaver's licensed posts filed in
another sector, :mod:`careermap.scoring.leaving`, and a stranger's starter post resting
on one routine line of the person's trade, :mod:`careermap.scoring.one_line`, at a share
of their score; a post a certificate of theirs names outside their trade,
:mod:`careermap.scoring.trained`, at more), puts the next rung of their own licensed
trade first (:mod:`careermap.scoring.own_step`), moves their current job after the first
moves (:func:`after_moves`) and lets :func:`careermap.scoring.lead.lead` choose what leads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from careermap.scoring.advice import advice_key, advice_order
from careermap.scoring.anchored import loosen, unanchored
from careermap.scoring.engine import Scores, scoring_index
from careermap.scoring.leaving import leaving_posts, left_sectors
from careermap.scoring.lived_roles import kind_asked, lived_note, peer_posts
from careermap.scoring.one_line import one_line_posts, trade_roles
from careermap.scoring.own_step import own_steps, step_first
from careermap.scoring.step_up import STEP_UP_BOOST, rung_up
from careermap.scoring.trained import TRAINED_FOR_BOOST, trained_posts
from careermap.taxonomy.models import Role, Taxonomy

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence

    from careermap.resolve.profile import Background, Profile
    from careermap.results.experience import Shown
    from careermap.scoring.start import Start

__all__ = [
    "CURRENT_AFTER",
    "AdviceList",
    "advice_lift",
    "advice_list",
    "after_moves",
    "held_back",
]


#: Moves that come before the person's current job in advice order: the top of the list
#: is for moves; their job (the same work elsewhere) follows, where its score earns a
#: place that high (docs/scoring.md, current job), unless they said the same work
#: elsewhere is what they want (``Background.same_work``).
CURRENT_AFTER = 5


def after_moves(ranked: list[int], background: Background, taxonomy: Taxonomy) -> list[int]:
    """Move the role the person's job title names after the first :data:`CURRENT_AFTER`.

    Not for a person who wants that work elsewhere (``Background.same_work``): their job
    keeps the place its score earns; nor for a role named only inside a longer title
    ("Perinatal Peer Support Worker": labelled, kept where its score puts it).

    Examples
    --------
    >>> from careermap import Background
    >>> from careermap.scoring.engine import scoring_index
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> own = scoring_index(taxonomy).role_pos["school-counsellor"]
    >>> others = [i for i in range(8) if i != own]
    >>> ranked = after_moves([own, *others], Background(current_role="School counsellor"), taxonomy)
    >>> ranked.index(own) == CURRENT_AFTER
    True
    """
    if background.same_work or not background.current_role:
        return ranked
    from careermap.results.readiness import current_role  # noqa: PLC0415 - readers of a background

    held = current_role(background.current_role, taxonomy, whole=True)
    if held is None:
        return ranked
    position = scoring_index(taxonomy).role_pos[held.id]
    if position not in ranked[:CURRENT_AFTER]:
        return ranked
    ranked = [i for i in ranked if i != position]
    return [*ranked[:CURRENT_AFTER], position, *ranked[CURRENT_AFTER:]]


@dataclass(frozen=True)
class AdviceList:
    """What :func:`advice_list` found: the positions to explain and the list's notes.

    Attributes
    ----------
    positions : list of int
        The roles' positions in the taxonomy, in advice order, cut at the limit.
    thin : str
        The thin-list note (:mod:`careermap.scoring.thin`), or ``""``.
    lived : str
        The note on posts the person's lived experience opens, or ``""``.
    loose : frozenset of int
        Roles a thin profile reaches by general skills alone (:mod:`careermap.scoring.anchored`).
    missed : list of int
        Posts not found in the person's country that the list would have shown.
    left : frozenset of str
        The excluded sectors the person's record places their work in
        (:func:`careermap.scoring.leaving.left_sectors`), for the caution's words
        (:mod:`careermap.scoring.left_practice`).
    leaving : frozenset of int
        The posts of that practice filed in another sector, held back
        (:func:`careermap.scoring.leaving.leaving_posts`), for the line saying why
        (:func:`careermap.results.leaving_words.leaving_line`).
    """

    positions: list[int]
    thin: str
    lived: str
    loose: frozenset[int]
    missed: list[int]
    left: frozenset[str] = frozenset()
    leaving: frozenset[int] = frozenset()


def held_back(
    skills: Iterable[str],
    background: Background,
    taxonomy: Taxonomy,
    sectors: Collection[str] | None,
    shown: Shown | None,
    *,
    trade: Sequence[Role] | None = None,
    left: frozenset[str] | None = None,
) -> frozenset[int]:
    """Return the posts advice order counts as reached by general skills, beyond a thin profile's.

    For a person leaving the sector of their practice, the same licensed work filed under
    another sector (:mod:`careermap.scoring.leaving`; review38 P5, P14); for anyone else,
    a starter's post of another trade resting on one routine line of their own
    (:mod:`careermap.scoring.one_line`; review38 P1, P3). :func:`advice_list` and the
    upskilling's advised roles (:mod:`careermap.exploration.upskilling`) both order by it.
    *trade* is :func:`~careermap.scoring.one_line.trade_roles` and *left*
    :func:`~careermap.scoring.leaving.left_sectors`, where the caller has them (read once
    for this, :func:`advice_lift` and the caution's words).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> taxonomy = load_taxonomy()
    >>> ward = {"Staff nurse, psychiatric ward": 9}
    >>> head = Background(current_role="Ward head nurse", experience=ward)
    >>> said = {"clinical-supervision": 4, "conflict-de-escalation": 4}
    >>> found = held_back(said, head, taxonomy, None, None)
    >>> "behaviour-interventionist" in {taxonomy.roles[i].id for i in found}
    True
    """
    left = left_sectors(background, taxonomy, sectors) if left is None else left
    if left:
        return leaving_posts(background, taxonomy, left)
    return one_line_posts(skills, background, taxonomy, shown=shown, trade=trade)


def advice_lift(
    background: Background, taxonomy: Taxonomy, *, trade: Sequence[Role] | None = None
) -> Callable[[int], float]:
    """Return how much advice order lifts the score of the role at a position.

    A rung up the person's own trade, when they asked to step up
    (:mod:`careermap.scoring.step_up`), and a post a certificate of theirs names outside
    their trade (:mod:`careermap.scoring.trained`; *trade* as for :func:`held_back`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import Background
    >>> advice_lift(Background(), load_taxonomy())(0)
    1.0
    """
    up = rung_up(background, taxonomy)
    trained = trained_posts(background, taxonomy, trade=trade)

    def lift(i: int) -> float:
        return (STEP_UP_BOOST if i in up else 1.0) * (TRAINED_FOR_BOOST if i in trained else 1.0)

    return lift


def advice_list(
    profile: Profile,
    start: Start,
    scores: Scores,
    taxonomy: Taxonomy,
    *,
    shown: Shown | None,
    away: list[int],
    limit: int | None,
    min_score: float,
    sectors: set[str] | None,
    exclude: str | None,
) -> AdviceList:
    """Order every role above the cutoff for a person with a background, in advice order.

    Every role above *min_score*, best first, then the realistic moves before the long
    ones (a stable sort keeps the score order within each tier); *away* are the posts
    not found in the person's country, left out and named in :attr:`AdviceList.missed`.

    Examples
    --------
    >>> from careermap import Background, build_profile
    >>> from careermap.scoring.engine import scoring_index
    >>> from careermap.scoring.start import person_start, start_scores
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> profile = build_profile(
    ...     ["active listening", "crisis intervention"],
    ...     background=Background(education="bachelor"),
    ...     semantic=False,
    ... )
    >>> start = person_start({"active-listening": 3, "crisis-intervention": 3}, None, taxonomy)
    >>> found = advice_list(
    ...     profile, start, start_scores(start, taxonomy), taxonomy, shown=None,
    ...     away=[], limit=5, min_score=0.0, sectors=None, exclude=None,
    ... )
    >>> len(found.positions)
    5
    """
    background = profile.background
    if background is None:
        msg = "advice order needs the person's background; build the profile with background=..."
        raise ValueError(msg)
    engine = scoring_index(taxonomy)
    every = engine.top(
        scores, limit=None, min_score=min_score, sectors=sectors, exclude=exclude, away=away
    )
    # Their own job at score 0, for a licence they hold (scoring.own_job).
    from careermap.scoring.own_job import licensed_job  # noqa: PLC0415 - advice order only

    own = licensed_job(background, taxonomy, scores, sectors) if min_score <= 0 else None
    own = None if own in away else own
    every, kept = (every, ()) if own is None else ([*every, own], (own,))
    keys: dict[int, tuple[int, bool, bool]] = {}
    # A wish to step up (scoring.step_up); roles a thin profile reaches by general
    # skills alone, ordered as posts preferring unshown experience (scoring.anchored).
    loose = unanchored(start.skills, taxonomy, shown=shown, background=background)
    # The list's note counts only a thin profile's (AdviceList.loose); order holds back more.
    # Read once: for held_back, advice_lift and (left) the caution's words.
    trade = trade_roles(background, taxonomy)
    left = left_sectors(background, taxonomy, sectors)
    held = held_back(start.skills, background, taxonomy, sectors, shown, trade=trade, left=left)
    general = loose | held

    def key(i: int) -> tuple[int, bool, bool]:
        if i not in keys:
            found = advice_key(taxonomy.roles[i], background, taxonomy, shown)
            keys[i] = loosen(found, loose=i in general)
        return keys[i]

    lift = advice_lift(background, taxonomy, trade=trade)

    def score(i: int) -> float:
        return float(scores.score[i]) * lift(i)

    # Too few realistic roles within reach: the best others follow them (scoring.thin).
    from careermap.scoring.lead import lead  # noqa: PLC0415 - advice order only
    from careermap.scoring.thin import THIN_TOP, thin_advice  # noqa: PLC0415 - advice order only

    filled, thin = thin_advice(
        [i for i in every if i not in kept],
        key,
        score,
        profile,
        taxonomy,
        sectors=sectors,
        min_score=min_score,
        away=away,
    )
    every = [*every, *filled.whole]
    # Peer roles whose lived experience they meet, at 0, and those a skill reaches.
    peers, met = (
        peer_posts(
            background, taxonomy, scores, sectors, every, exclude=exclude, away=away, shown=shown
        )
        if min_score <= 0
        else ([], [])
    )
    every += peers
    # A thin list puts posts involving avoided work after the long steps (P8, round 30).
    late = filled.within < THIN_TOP
    ranked = advice_order(every, key, score, kept=kept, then=filled.kept, late=late)
    # The next rung of their own licensed trade, ready now, first (scoring.own_step).
    steps = own_steps(background, taxonomy, sectors)
    if steps:
        ranked = step_first(ranked, steps, lambda i: key(i)[0] == 0 and not key(i)[1])
    ranked = after_moves(ranked, background, taxonomy)
    # No step down, stray reading or unasked peer post leads (scoring.lead).
    # ... nor the work of a sector they exclude, filed elsewhere (scoring.filed_elsewhere).
    from careermap.scoring.filed_elsewhere import filed_elsewhere  # noqa: PLC0415 - as lead

    found = (ranked, key, score, filled, background, taxonomy, shown, start.skills, kept)
    ranked = lead(*found, elsewhere=filed_elsewhere(taxonomy, sectors))
    positions = ranked if limit is None else ranked[:limit]
    asked = kind_asked(met, background, taxonomy, shown=shown) if peers else frozenset()
    lived = lived_note(peers, ranked, limit, taxonomy, scored=met, asked=asked) if peers else ""
    missed: list[int] = []
    if away:  # the posts left out that the list would have shown, in its order
        above = engine.top(
            scores, limit=None, min_score=min_score, sectors=sectors, exclude=exclude
        )
        others = [i for i in above if i in away]
        if others:
            ranked = advice_order(
                [*every, *others], key, score, kept=kept, then=filled.kept, late=late
            )
            ranked = after_moves(ranked, background, taxonomy)
            missed = [i for i in (ranked if limit is None else ranked[:limit]) if i in others]
    return AdviceList(positions, thin, lived, loose, missed, left, held if left else frozenset())
