"""What to learn next: the skills the roles advised to a person ask for.

The definitions, with their tie-breaks, are in ``docs/scoring.md`` ("Upskilling",
"Comparing roles"). :func:`upskilling` adds each candidate skill to the profile
in turn, scores every role again with the vectorised engine, and counts the
roles that cross a threshold and the rise of the best scores. Suggestions come
first when the best roles in advice order ask for them by name, each role with the
weight of its score beside the best of them, a skill few roles ask for (one that marks
out those careers) counting more than one most roles list, and an O*NET basic skill or
knowledge domain a quarter as much (``demand``, :mod:`.broad`); the counts break ties.
What the role the person's title names asks is never advised (:mod:`.own_work`).
Given the roles a person wants (``targets=``, :mod:`.targets`), the same is counted on
those roles instead. Which roles are counted, advised or wanted, is :mod:`.advised`'s.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.base.cache import derived
from careermap.base.errors import OptionError, SkillNotFoundError
from careermap.base.options import positive_int
from careermap.exploration.advised import advised_roles as _advised
from careermap.exploration.advised import towards_targets as _towards
from careermap.exploration.broad import BROAD_WEIGHT, broad_skills
from careermap.exploration.left_sectors import left_sector_skills
from careermap.exploration.own_work import own_work_skills
from careermap.exploration.paths import DIGITS
from careermap.exploration.suggestions import (
    RoleChange,
    SkillSuggestion,
    Upskilling,
)
from careermap.exploration.targets import TargetRole
from careermap.exploration.tied import tied_skills
from careermap.exploration.wished import coercive_practice
from careermap.resolve.profile import Background, ProfileInput, build_profile
from careermap.resolve.resolver import resolve_skill
from careermap.results.readiness import implied_skills
from careermap.results.working_language import languages
from careermap.scoring.engine import scoring_index
from careermap.scoring.match import profile_skills
from careermap.scoring.model import effective_weight, profile_reach, transfer_index
from careermap.scoring.options import rank_options
from careermap.scoring.set_aside import practising
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from careermap.scoring.engine import Float

__all__ = [
    "DEFAULT_MIN_SCORE",
    "RoleChange",
    "SkillSuggestion",
    "TargetRole",
    "Upskilling",
    "upskilling",
]

#: Transfer credit from the profile at which a skill counts as already implied: it is
#: then never suggested (unless asked for with ``candidates=``).
IMPLIED_CREDIT = 0.5

#: Score at which :func:`upskilling` counts a role as within reach.
DEFAULT_MIN_SCORE = 0.5


def _top_total(scores: Float, keep: np.ndarray[Any, np.dtype[np.bool_]], top: int) -> float:
    kept = np.sort(scores[keep & (scores > 0.0)])[::-1]
    return float(kept[:top].sum())


def _changes(
    taxonomy: Taxonomy, before: Float, after: Float, positions: Iterable[int]
) -> tuple[RoleChange, ...]:
    """Return the roles at *positions*, each with its score *before* and *after* a change."""
    return tuple(
        RoleChange(
            role_id=taxonomy.roles[i].id,
            title=taxonomy.roles[i].title,
            sector=taxonomy.roles[i].sector,
            before=float(before[i]),
            after=float(after[i]),
        )
        for i in positions
    )


def _shares(scores: Float, advised: Sequence[int], *, weigh: bool) -> dict[int, float]:
    """How much each advised role's asking counts: its score over the best advised score.

    A desk post that scores 0.15 beside a best fit of 0.45 is a weak move, and what it
    asks for is weak advice (thirty-third round, review33 P13). Targets, the roles the
    person chose, all count whole (*weigh* false).
    """
    best = max((float(scores[i]) for i in advised), default=0.0)
    if not weigh or best <= 0.0:
        return dict.fromkeys(advised, 1.0)
    return {i: min(1.0, float(scores[i]) / best) for i in advised}


def _rarity(taxonomy: Taxonomy) -> dict[str, float]:
    """``log(roles / roles requiring it)`` for every required skill, once per taxonomy.

    A skill few roles ask for marks out the careers that do; one that most roles list is
    seldom what stands between a person and a move.
    """

    def build() -> dict[str, float]:
        count: dict[str, int] = {}
        for role in taxonomy.roles:
            for skill in {requirement.skill for requirement in role.requirements}:
                count[skill] = count.get(skill, 0) + 1
        return {skill: math.log(len(taxonomy.roles) / n) for skill, n in count.items()}

    return derived(taxonomy, "upskilling-rarity", build)


def _candidates(
    given: Iterable[str] | None,
    taxonomy: Taxonomy,
    ranked: Sequence[int],
    owned: Mapping[str, int],
    certified: Set[str],
) -> list[str]:
    if given is None:
        wanted = {req.skill for i in ranked for req in taxonomy.roles[i].requirements}
        # A skill the profile already implies (a therapist who does CBT listens
        # actively) is no advice: only skills it reaches weakly or not at all.
        reach = profile_reach(owned, transfer_index(taxonomy))
        wanted -= {
            target
            for target, found in reach.items()
            if max(t.weight for t in found) >= IMPLIED_CREDIT
        }
        # Nor is what a licence or degree certifies (a nurse knows medication), nor (in
        # *certified* too) a skill whose practice is work the person wants to leave.
        wanted -= certified
        # Nor a language: learned over years, not for a job move (results.working_language).
        wanted -= languages(taxonomy)
    else:
        if isinstance(given, str):
            given = [given]
        wanted = set()
        for text in given:
            match = resolve_skill(text, taxonomy=taxonomy)
            if match.split:  # "CBT and DBT": each skill the text names is a candidate
                wanted.update(one.skill_id for one in match.split if one.skill_id is not None)
                continue
            if match.skill_id is None:
                raise SkillNotFoundError(
                    f"no skill matches the candidate {match.shown_query()}",
                    query=text,
                    suggestions=[c.label for c in match.hints],
                )
            wanted.add(match.skill_id)
    return sorted(wanted - set(owned))


def upskilling(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    level: int = 3,
    min_score: float = DEFAULT_MIN_SCORE,
    top: int = 10,
    pool: int = 30,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    candidates: Iterable[str] | None = None,
    background: Background | Mapping[str, object] | None = None,
    targets: Iterable[str] | None = None,
) -> Upskilling:
    """Rank the skills to learn next: those the roles advised now ask for, most first.

    Each candidate skill is added to the profile at *level* and every role is
    scored again with the vectorised engine. The best *top* roles in advice order
    (realistic moves first when a background is given, none involving work its
    ``avoid`` says the person wants to leave, and no step down they did not say they
    would take; :mod:`careermap.exploration.wished`) order the suggestions: a skill comes first
    when they ask for it by name (essential requirements count twice, each role times its
    score over the best advised score) and few other roles do (``demand``); a broad O*NET
    descriptor (a basic skill or a knowledge domain such as education and training) counts
    at :data:`careermap.exploration.broad.BROAD_WEIGHT` (not for *targets*). Nothing the
    role the person's job title names requires is suggested, optional skills included,
    nor restraint, which employers train (:func:`careermap.exploration.wished.coercive_practice`).
    Given *targets*, the roles the person wants to move into, those roles
    order the suggestions instead.

    Parameters
    ----------
    profile : profile
        Anything :func:`rank_careers` accepts.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    level : int, default 3
        The level at which a skill is added.
    min_score : float, default :data:`DEFAULT_MIN_SCORE`
        The score that counts a role as within reach.
    top : int, default 10
        ``gain`` is the rise of the sum of the best *top* scores, and the best *top*
        roles in advice order are those whose requirements give ``demand``.
    pool : int, default 30
        Candidates are the skills required by the best *pool* roles that the
        person does not have.
    limit : int or None, default 10
        How many suggestions to return; ``None`` for all.
    sectors : iterable of str, optional
        Only count, and draw candidates from, roles in these sectors.
    exclude_sectors : iterable of str, optional
        Leave out roles in these sector ids (for someone leaving a field), and the skills
        most roles asking for them lie there (:mod:`careermap.exploration.left_sectors`).
    candidates : iterable of str, optional
        Skills to try instead (ids, labels or aliases, resolved as
        :func:`resolve_skill` does; a text naming several in a list, such as
        "recruitment and onboarding", tries each); those the person has are left out.
    background : Background or mapping, optional
        The person's education, credentials and experience, as :func:`rank_careers`
        takes it (a :class:`Profile` built with one carries it already). What their
        credentials and degree subject certify
        (:func:`careermap.results.readiness.implied_skills`) is then never suggested,
        as no match lists it among its gaps; scores are unchanged.
    targets : iterable of str, optional
        The roles the person wants to move into ("where do you want to go?"): ids,
        titles or aliases (:func:`lookup_role`), or job titles that name one role
        confidently, read as ``Background.current_role`` is. Candidates are then the
        skills these roles require (not those the person has, implies or is certified
        in), ``demand`` is counted on them (by name, essential twice, times rarity),
        ``gain`` is the rise of the sum of their scores and the counts are theirs;
        *top* and *pool* are not used. Each suggestion names the targets it
        ``serves``; with a background, each target carries its readiness verdict, and
        one that needs a degree, licence, supervised practice, lived experience or
        experience of the work says so: it is counted in ``demand`` and ``gain``
        (what it asks for is still worth learning) but never among the roles a skill
        brings within reach.

    Returns
    -------
    Upskilling
        Best first: a larger ``demand``, then more roles newly over the threshold
        (net of those that fall below it), then a larger ``gain``, then skill id.
        A skill the person has is never suggested.

    Raises
    ------
    RoleNotFoundError
        For a target that names no role (the message names the text and suggests the
        roles whose names come close).
    OptionError
        For an option out of range; for ``targets`` that are empty, name a role twice,
        or lie in a sector that *sectors* or *exclude_sectors* leaves out.

    Examples
    --------
    >>> found = upskilling(["CBT:4", "active listening", "crisis intervention"], limit=3)
    >>> len(found)
    3
    >>> found[0].skill_id in found.profile.skills
    False

    Towards the roles a person wants, with what stands between them and each:

    >>> wanted = upskilling(
    ...     ["CBT:4", "active listening", "case management"],
    ...     targets=["UX researcher", "school counselor"],
    ...     background={"education": "bachelor"},
    ...     limit=2,
    ... )
    >>> [target.role_id for target in wanted.targets]
    ['ux-researcher', 'school-counsellor']
    >>> print(wanted.targets[1])  # doctest: +NORMALIZE_WHITESPACE
    School counsellor 0.471: Needs a master's degree; School counsellor certification;
    learning a skill does not close that
    >>> [(s.label, [change.title for change in s.serves]) for s in wanted]
    [('School counselling', ['School counsellor']), ('User research', ['UX researcher'])]
    """
    taxonomy = taxonomy or default_taxonomy()
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
        msg = f"level must be a whole number from 1 to 5, not {level!r}"
        raise OptionError(msg)
    top = positive_int(top, "top")
    pool = positive_int(pool, "pool")
    options = rank_options(
        taxonomy, limit=limit, min_score=min_score, sectors=sectors, exclude_sectors=exclude_sectors
    )
    limit, threshold, wanted = options.limit, options.min_score, options.sectors
    resolved = build_profile(profile, taxonomy=taxonomy, background=background)
    skills = profile_skills(resolved, taxonomy)  # without those set aside (avoid)
    certified = implied_skills(resolved.background, taxonomy, resolved.skills)
    held = resolved.skills  # what they have, set aside or not, is no advice

    engine = scoring_index(taxonomy)
    before = engine.score(skills)
    if targets is None:
        counted = _advised(taxonomy, resolved, skills, before, wanted, top=top, pool=pool)
    else:
        counted = _towards(taxonomy, resolved, before.score, targets, wanted)
    keep, reach, top, wished = counted.keep, counted.reach, counted.top, counted.targets
    asking: dict[str, list[tuple[int, float]]] = {}
    share = _shares(before.score, counted.advised, weigh=not wished)
    for i in counted.advised:
        for requirement in taxonomy.roles[i].requirements:
            asking.setdefault(requirement.skill, []).append(
                (i, effective_weight(requirement) * share[i])
            )
    rarity = _rarity(taxonomy)
    broad = broad_skills(taxonomy)
    above = reach & (before.score >= threshold)
    total = _top_total(before.score, keep, top)

    found: list[tuple[tuple[float, int, float, str], SkillSuggestion]] = []
    # Nor restraint, if left, nor crisis protocols to a person leaving crisis work.
    leaving = practising(resolved.background, taxonomy) | tied_skills(resolved.background, taxonomy)
    # Nor what the role the person's title names asks at all, optional skills included.
    unasked = certified | leaving | own_work_skills(resolved.background, taxonomy)
    # Nor restraint, which employers train (.wished), nor work mostly done in the sectors
    # they are leaving (.left_sectors).
    unasked |= coercive_practice(taxonomy) | left_sector_skills(exclude_sectors, taxonomy)
    for skill_id in _candidates(candidates, taxonomy, counted.pool, held, unasked):
        # Learning a skill takes nothing away: a role that does not use it keeps the
        # score the person had without it (they need not bring it up there), although
        # the model's utilisation would count the unused skill against that role.
        after = np.maximum(engine.score({**skills, skill_id: level}).score, before.score)
        now_above = reach & (after >= threshold)
        gained = int((now_above & ~above).sum())  # none falls: *after* is never lower
        gain = _top_total(after, keep, top) - total
        change = np.where(keep, np.round(after - before.score, DIGITS), 0.0)
        rising = np.flatnonzero(change > 0)
        order = np.lexsort((engine.role_id_rank[rising], -change[rising]))[:5]
        opened = np.flatnonzero(now_above & ~above)
        first = np.lexsort((engine.role_id_rank[opened], -np.round(after[opened], DIGITS)))[:5]
        asked = asking.get(skill_id, [])
        asked_by = _changes(taxonomy, before.score, after, [i for i, _ in asked])
        demand = sum(weight for _, weight in asked) * rarity.get(skill_id, 0.0)
        if skill_id in broad and not wished:  # names a field, not what to learn
            demand *= BROAD_WEIGHT
        suggestion = SkillSuggestion(
            rank=0,
            skill_id=skill_id,
            label=taxonomy.skill_index[skill_id].label,
            level=level,
            roles_gained=gained,
            roles_lost=0,
            gain=gain,
            raises=_changes(taxonomy, before.score, after, rising[order]),
            opens=_changes(taxonomy, before.score, after, opened[first]),
            demand=demand,
            asked_by=asked_by,
            serves=asked_by if wished else (),
            targets=len(wished),
            top=min(top, len(wished)) if wished else top,
        )
        key = (-round(demand, DIGITS), -gained, -round(gain, DIGITS), skill_id)
        found.append((key, suggestion))
    found.sort(key=lambda item: item[0])
    chosen = found if limit is None else found[:limit]
    return Upskilling(
        profile=resolved,
        level=level,
        min_score=threshold,
        top=top,
        roles_above=int(above.sum()),
        top_total=total,
        out_of_reach=counted.out_of_reach,
        gated=counted.gated,
        advised=() if wished else tuple(taxonomy.roles[i].id for i in counted.advised),
        targets=wished,
        suggestions=tuple(
            s.model_copy(update={"rank": n}) for n, (_, s) in enumerate(chosen, start=1)
        ),
        taxonomy=taxonomy_identity(taxonomy),
    )
