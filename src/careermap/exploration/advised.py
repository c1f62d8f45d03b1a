"""The roles an upskilling counts: those advised to the person now, or their targets.

:func:`careermap.exploration.upskilling.upskilling` counts, for each candidate skill,
the roles it raises and brings within reach, and orders its suggestions by what the
roles advised now ask for. Which roles those are is this module's job:
:func:`advised_roles` (the best roles in ``rank_careers``' advice order, in the sectors
kept, not a step down the person did not ask for, nor work they want to leave; the
nearest gated posts when no post is open now or after a step) and
:func:`towards_targets` (the roles the person named as targets, ``targets=``). Both
give a :class:`Counted`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.exploration.targets import TargetRole, find_targets, target_role
from careermap.exploration.wished import step_down
from careermap.resolve.profile import Background, Profile
from careermap.results.experience import Shown, shown_by
from careermap.results.readiness import assess
from careermap.scoring.advice_rank import advice_lift, held_back
from careermap.scoring.anchored import loosen, unanchored
from careermap.scoring.engine import Scores, scoring_index
from careermap.scoring.match import ADVICE_TIERS, advice_key, advice_order
from careermap.scoring.one_line import trade_roles
from careermap.scoring.thin import fill, whole_scores
from careermap.taxonomy.models import Role, Taxonomy

if TYPE_CHECKING:
    from careermap.scoring.engine import Float

__all__ = ["Counted", "advised_roles", "towards_targets"]


def _advice_groups(
    taxonomy: Taxonomy,
    profile: Profile,
    skills: Mapping[str, int],
    shown: Shown | None,
    sectors: set[str] | None,
    *,
    trade: Sequence[Role],
) -> tuple[np.ndarray[Any, np.dtype[np.bool_]], list[tuple[int, bool, bool]]]:
    """Mark the roles needing more than a short step first; group every role.

    A degree, a licence, a certification that takes supervised practice hours, or
    lived experience.

    A role's group is its place in advice order (readiness group, then avoidance, then
    whether its postings prefer experience the person does not show or a thin profile
    reaches it by general skills alone). The
    same verdict (``"needs"``) that puts a role last in ``rank_careers``' advice order,
    and the same groups, experience of the work included: without a background every
    role is in the first. *skills* are the profile's scored skills
    (:func:`~careermap.scoring.set_aside.profile_skills`), as ``upskilling`` found them;
    *shown* what the profile's texts show (:func:`shown_by`, ``None`` without a background);
    *trade* the roles their record names as their trade
    (:func:`~careermap.scoring.one_line.trade_roles`, read once by :func:`advised_roles`).
    """
    background = profile.background
    needs = np.zeros(len(taxonomy.roles), dtype=bool)
    groups = [(0, False, False)] * len(taxonomy.roles)
    if background is not None:
        # A thin profile's roles reached by general skills alone, ordered as a ranking
        # orders them (scoring.anchored).
        loose = unanchored(skills, taxonomy, shown=shown, background=background)
        # And the posts advice order holds back for them: a leaver's licensed work filed
        # in another sector, a stranger's starter post on one routine line of their trade
        # (scoring.advice_rank.held_back), so the advised roles are rank_careers' own.
        loose |= held_back(skills, background, taxonomy, sectors, shown, trade=trade)
        groups = [
            loosen(advice_key(role, background, taxonomy, shown), loose=i in loose)
            for i, role in enumerate(taxonomy.roles)
        ]
        # A post needing experience of the work first is ordered with the long steps
        # (scoring.advice, thirty-sixth round), but a skill can still show that
        # experience (Experience.skills), so it is not among the roles no skill opens.
        needs[:] = [
            tier >= ADVICE_TIERS["needs"]
            and not _experience_first(role, background, taxonomy, shown)
            for (tier, *_), role in zip(groups, taxonomy.roles, strict=True)
        ]
    return needs, groups


def _experience_first(
    role: Role, background: Background, taxonomy: Taxonomy, shown: Shown | None
) -> bool:
    """Say whether *role*'s verdict is "experience": experience of the work first."""
    if role.entry is None or role.entry.experience is None:
        return False
    found = assess(
        role.entry, background, taxonomy=taxonomy, shown=shown, sector=role.sector, role=role.id
    )
    return found is not None and found.verdict == "experience"


@dataclass(frozen=True)
class Counted:
    """The roles an upskilling counts, and those whose requirements order it.

    ``keep``: the roles counted (``gain``, ``raises``); ``reach``: those a skill can
    bring within reach (``roles_gained``, ``opens``); ``advised``: the roles whose
    requirements give ``demand``, in order; ``pool``: those candidates come from;
    ``gated``: no advised role is open now or after a step, so ``advised`` are the nearest
    roles that need a degree, licence or the like first.
    """

    keep: np.ndarray[Any, np.dtype[np.bool_]]
    reach: np.ndarray[Any, np.dtype[np.bool_]]
    advised: list[int]
    pool: list[int]
    top: int
    out_of_reach: int = 0
    targets: tuple[TargetRole, ...] = ()
    gated: bool = False


def advised_roles(
    taxonomy: Taxonomy,
    profile: Profile,
    skills: Mapping[str, int],
    before: Scores,
    sectors: set[str] | None,
    *,
    top: int,
    pool: int,
) -> Counted:
    """Count the roles in *sectors* one skill can open; the best *top* in advice order ask.

    Not a step down the person did not say they would take, unless every move is one
    (:mod:`.wished`). *skills* are the profile's scored skills, *before* their scores;
    at most *pool* roles are where candidate skills come from.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import build_profile
    >>> from careermap.scoring.engine import scoring_index
    >>> from careermap.scoring.match import profile_skills
    >>> taxonomy = load_taxonomy()
    >>> profile = build_profile(["active listening:4", "crisis intervention:4"], taxonomy=taxonomy)
    >>> skills = profile_skills(profile, taxonomy)
    >>> before = scoring_index(taxonomy).score(skills)
    >>> counted = advised_roles(taxonomy, profile, skills, before, None, top=3, pool=20)
    >>> len(counted.advised), len(counted.pool), counted.gated
    (3, 20, False)
    """
    engine = scoring_index(taxonomy)
    # Nor posts not found in the person's country: no ranking offers them (results.abroad).
    background = profile.background
    away = engine.elsewhere(background.works_in if background is not None else None)
    scored = engine.top(before, limit=None, sectors=sectors, away=away)
    best = max((float(before.score[i]) for i in scored), default=0.0)
    # What the texts show, read once for the groups and the steps down.
    shown = shown_by(profile, taxonomy) if background is not None else None
    trade = trade_roles(background, taxonomy) if background is not None else ()
    needs, groups = _advice_groups(taxonomy, profile, skills, shown, sectors, trade=trade)
    keep = np.ones(engine.n_roles, dtype=bool) if sectors is None else engine.sector_mask(sectors)
    keep[away] = False
    needs &= keep
    keep &= ~needs
    every = [i for i in scored if keep[i]]
    # The roles advised now: the best *top* in advice order (a stable sort keeps the
    # score order within each group), as rank_careers with the background gives them,
    # within reach of the person's best fit among every role.
    lift = (
        advice_lift(background, taxonomy, trade=trade) if background is not None else lambda _: 1.0
    )
    advised = advice_order(
        every, groups.__getitem__, lambda i: float(before.score[i]) * lift(i), best
    )
    # Not the roles involving work the person wants to leave: no advice is towards them.
    advised = [i for i in advised if not groups[i][1]]
    # Nor a step down they did not say they would take, unless every move is one (.wished).
    lower = _lower(taxonomy, profile, groups, every, shown)
    advised = [i for i in advised if i not in lower] or advised
    advised = advised[:top]
    # Too few roles they could take: those their whole reading points to, as a ranking
    # lists them (scoring.thin), so the advice is towards posts open to them.
    added = fill(
        every,
        groups.__getitem__,
        lambda i: float(before.score[i]),
        0.0,
        whole=partial(whole_scores, profile, taxonomy),
        allowed=lambda i: bool(keep[i]) and i not in lower,
    ).whole
    advised = [*advised, *added][:top]
    every = [*every, *added]
    if advised:
        return Counted(keep, keep, advised, every[:pool], top, int(needs.sum()))
    # No post they could take now or after a step: the advice is towards the nearest posts
    # a degree, licence or the like stands between, in advice order (twenty-eighth round,
    # review 28 P11: "no skill to suggest" said to a person every ranked post gated).
    gated = [i for i in scored if needs[i] and not groups[i][1]]
    nearest = advice_order(gated, groups.__getitem__, lambda i: float(before.score[i]), best)
    nearest = nearest[:top]
    return Counted(
        keep, keep, nearest, [*nearest, *every][:pool], top, int(needs.sum()), gated=bool(nearest)
    )


def _lower(
    taxonomy: Taxonomy,
    profile: Profile,
    groups: Sequence[tuple[int, bool, bool]],
    positions: Iterable[int],
    shown: Shown | None,
) -> set[int]:
    """Return the *positions* whose post is a step down the person did not ask for.

    *shown* is what the profile's texts show, as :func:`advised_roles` read it.
    """
    background = profile.background
    if background is None or background.step_back:
        return set()
    return {
        i
        for i in positions
        if groups[i][0] == ADVICE_TIERS["step-down"]
        and step_down(taxonomy.roles[i], background, taxonomy, shown)
    }


def towards_targets(
    taxonomy: Taxonomy,
    profile: Profile,
    scores: Float,
    given: Iterable[str],
    sectors: set[str] | None,
) -> Counted:
    """Count the target roles named by *given*: each with its score now and its verdict.

    A target a degree, licence or experience of the work stands between is counted in
    what is asked for and in the gain, never among the roles one skill brings within reach.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.profile import build_profile
    >>> from careermap.scoring.engine import scoring_index
    >>> taxonomy = load_taxonomy()
    >>> profile = build_profile(["active listening:4"], taxonomy=taxonomy)
    >>> scores = scoring_index(taxonomy).score({"active-listening": 4}).score
    >>> counted = towards_targets(taxonomy, profile, scores, ["therapist"], None)
    >>> [taxonomy.roles[i].id for i in counted.advised], counted.top
    (['therapist'], 1)
    """
    background = profile.background
    shown = shown_by(profile, taxonomy) if background is not None else None
    position = scoring_index(taxonomy).role_pos
    wished = tuple(
        target_role(
            text, role, float(scores[position[role.id]]), background, taxonomy=taxonomy, shown=shown
        )
        for text, role in find_targets(given, taxonomy, sectors)
    )
    chosen = [position[t.role_id] for t in wished]
    keep = np.zeros(len(scores), dtype=bool)
    keep[chosen] = True
    reach = keep.copy()
    reach[[position[t.role_id] for t in wished if t.long_step]] = False
    return Counted(keep, reach, chosen, chosen, len(wished), targets=wished)
