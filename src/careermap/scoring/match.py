"""Ranking careers for a profile, and roles similar to a role."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careermap.base.errors import ProfileError
from careermap.resolve.profile import Background, Profile, ProfileInput, build_profile
from careermap.results.abroad import left_out, only_in
from careermap.results.avoided import with_avoid
from careermap.results.bands import band
from careermap.results.matches import (
    ContextResult,
    Ranking,
    RequirementResult,
    RoleMatch,
    TransferStep,
)
from careermap.scoring.advice import (
    ADVICE_REACH,
    ADVICE_TIERS,
    PREFERRED_UNSHOWN_WEIGHT,
    Order,
    advice_key,
    advice_order,
    advice_sort_key,
    check_order,
)
from careermap.scoring.anchored import head_note, loose_readiness, loosen, unanchored
from careermap.scoring.context import (
    ContextQuery,
    PersonContext,
    blend,
    context_index,
)
from careermap.scoring.engine import Scores, scoring_index
from careermap.scoring.explain import Explainer, context_result
from careermap.scoring.lived_roles import kind_asked, lived_note, peer_posts
from careermap.scoring.model import (
    Credit,
    Evaluation,
    role_uses,
    whole_level,
)
from careermap.scoring.options import rank_options
from careermap.scoring.set_aside import ProfileRead, profile_skills, read_profile, shown_of
from careermap.scoring.step_up import STEP_UP_BOOST, rung_up
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.lookup import lookup_role
from careermap.taxonomy.models import Importance, Role, Skill, Taxonomy

if TYPE_CHECKING:  # imported where a profile or advice order reads them
    from careermap.results.experience import Shown

__all__ = [
    "ADVICE_REACH",
    "ADVICE_TIERS",
    "CURRENT_AFTER",
    "PREFERRED_UNSHOWN_WEIGHT",
    "advice_key",
    "advice_order",
    "advice_sort_key",
    "profile_skills",
    "rank_careers",
    "similar_roles",
]


@dataclass(frozen=True)
class Start:
    """Where a ranking starts: skills at levels, their strengths, and the context."""

    skills: Mapping[str, float]
    strengths: Mapping[str, float] | None = None
    query: ContextQuery = field(default_factory=ContextQuery)


def role_start(role: Role, taxonomy: Taxonomy) -> Start:
    """Return a role as a start: requirements at their levels, uses as strengths, context."""
    position = scoring_index(taxonomy).role_pos[role.id]
    return Start(
        {req.skill: req.level for req in role.requirements},
        role_uses(role),
        context_index(taxonomy).role_query(position),
    )


def person_start(
    skills: Mapping[str, int], context: PersonContext | None, taxonomy: Taxonomy
) -> Start:
    """Return a person as a start: skills at their levels (strength 1 each), their context."""
    query = ContextQuery() if context is None else context_index(taxonomy).person_query(context)
    return Start(skills, None, query)


def start_scores(start: Start, taxonomy: Taxonomy) -> Scores:
    """Score every role from *start*: the engine's skills score, blended with context."""
    scores = scoring_index(taxonomy).score(start.skills, start.strengths)
    if start.query.empty:
        return scores
    sims = context_index(taxonomy).similarities(start.query)
    blended, total = blend(scores.score, sims)
    return Scores(
        score=blended,
        coverage=scores.coverage,
        utilisation=scores.utilisation,
        skills=scores.score,
        context_weight=total,
        similarities=sims,
        reach=scores.reach,
    )


def _context_result(
    evaluation: Evaluation, scores: Scores | None, position: int
) -> tuple[float, ContextResult | None]:
    """Return one role's score with its context (from the reference evaluation's skills score)."""
    return context_result(evaluation.score, scores, position)


def _requirement_result(
    credit: Credit, evaluation: Evaluation, skills: Mapping[str, Skill], minor: bool
) -> RequirementResult:
    cost = credit.weight * (1.0 - credit.credit) / evaluation.total_weight
    path: tuple[TransferStep, ...] = ()
    if credit.transfer is not None:
        t = credit.transfer
        path = (
            TransferStep(
                source_id=t.source,
                source_label=skills[t.source].label,
                target_id=t.target,
                target_label=skills[t.target].label,
                relation=t.via,
                weight=t.weight,
                reason=t.reason,
            ),
        )
    return RequirementResult(
        skill_id=credit.skill,
        label=skills[credit.skill].label,
        essential=credit.essential,
        weight=credit.weight,
        required_level=credit.required_level,
        credit=credit.credit,
        cost=cost,
        source_id=credit.source,
        source_label=skills[credit.source].label if credit.source is not None else None,
        source_level=credit.source_level,
        path=path,
        minor=minor,
    )


def role_match(
    rank: int,
    evaluation: Evaluation,
    taxonomy: Taxonomy,
    scores: Scores | None = None,
    position: int = -1,
    *,
    background: Background | None = None,
    certified: frozenset[str] | None = None,
    shown: Shown | None = None,
    current: bool | None = None,
    loose: bool = False,
) -> RoleMatch:
    """Explain one evaluated role; *scores* and *position* give its context terms, if any.

    With a person's *background*, the match also says whether they could be
    hired into the role now (:func:`careermap.results.readiness.assess`), and its
    gaps leave out what their credentials and degree certify
    (:func:`careermap.results.readiness.implied_skills`). *certified*, when given,
    are those skills, already found (a career path's later moves start from a bridge
    role, so they have no readiness, but the person still holds their credentials).
    The role the person's job title names (their current job; *current*, found from
    *background* when ``None``) lists no gaps, as in a ranking: they do the job. A
    *loose* role, one a thin profile reaches by general skills alone in advice order
    (:func:`careermap.scoring.anchored.unanchored`), says so in its verdict's caution.
    """
    # The readers of a background import the credential readers: not for a ranking's ids.
    from careermap.results.current import is_current  # noqa: PLC0415
    from careermap.results.readiness import implied_skills, role_readiness  # noqa: PLC0415

    role = evaluation.role
    skills = taxonomy.skill_index
    minor = {req.skill for req in role.requirements if req.importance is Importance.MINOR}
    results = [
        _requirement_result(c, evaluation, skills, c.skill in minor) for c in evaluation.credits
    ]
    score, context = _context_result(evaluation, scores, position)
    if certified is None:  # a nurse lacks no nursing knowledge; a counsellor, empathy
        certified = implied_skills(background, taxonomy, evaluation.uses)
    if current is None:
        current = background is not None and is_current(role.id, background, taxonomy)
    readiness = role_readiness(role, background, taxonomy=taxonomy, shown=shown)
    if loose and readiness is not None:  # general skills alone (scoring.anchored)
        readiness = loose_readiness(readiness, evaluation.uses, taxonomy, shown=shown)
    gaps = sorted(
        (r for r in results if r.kind == "gap" and r.skill_id not in certified and not current),
        key=lambda r: (-r.cost, r.skill_id),
    )
    return RoleMatch(
        rank=rank,
        role_id=role.id,
        title=role.title,
        sector=role.sector,
        sector_label=taxonomy.sector_index[role.sector].label,
        score=score,
        coverage=evaluation.coverage,
        utilisation=evaluation.utilisation,
        matched=tuple(r for r in results if r.kind == "direct"),
        transferred=tuple(r for r in results if r.kind == "transferred"),
        gaps=tuple(gaps),
        unused=tuple(
            sorted(
                skills[s].label
                for s, use in evaluation.uses.items()
                if use == 0.0 and not skills[s].general
            )
        ),
        general=tuple(sorted(skills[s].label for s in evaluation.uses if skills[s].general)),
        band=band(score),
        context=context,
        readiness=readiness,
        only_in=only_in(role.countries, None if background is None else background.works_in),
    )


#: Moves that come before the person's current job in advice order: the top of the list
#: is for moves; their job (the same work elsewhere) follows, where its score earns a
#: place that high (docs/scoring.md, current job), unless they said the same work
#: elsewhere is what they want (``Background.same_work``).
CURRENT_AFTER = 5


def _after_moves(ranked: list[int], background: Background, taxonomy: Taxonomy) -> list[int]:
    """Move the role the person's job title names after the first :data:`CURRENT_AFTER`.

    Not for a person who wants that work elsewhere (``Background.same_work``): their job
    keeps the place its score earns; nor for a role named only inside a longer title
    ("Perinatal Peer Support Worker": labelled, kept where its score puts it).
    """
    if background.same_work or not background.current_role:
        return ranked
    from careermap.results.readiness import current_role  # noqa: PLC0415 - as in role_match

    held = current_role(background.current_role, taxonomy, whole=True)
    if held is None:
        return ranked
    position = scoring_index(taxonomy).role_pos[held.id]
    if position not in ranked[:CURRENT_AFTER]:
        return ranked
    ranked = [i for i in ranked if i != position]
    return [*ranked[:CURRENT_AFTER], position, *ranked[CURRENT_AFTER:]]


def _rank(
    profile: Profile | Callable[[], Profile],
    start: Start,
    taxonomy: Taxonomy,
    *,
    limit: int | None,
    min_score: float,
    sectors: set[str] | None,
    exclude: str | None = None,
    order: Order = "fit",
    read: ProfileRead | None = None,
) -> Ranking:
    """Order every role with the vectorised engine; explain only those returned.

    A callable *profile* (one without a background) is built when the ranking's
    profile is first read; a :class:`Profile` comes with what the ranking *read* of it.
    """
    engine = scoring_index(taxonomy)
    scores = start_scores(start, taxonomy)
    background = profile.background if isinstance(profile, Profile) else None
    shown = shown_of(profile, taxonomy, read)  # None without a background
    thin, lived, loose = "", "", frozenset[int]()  # loose: advice order only
    # Posts not found in the person's country are not offered (results.abroad).
    away = engine.elsewhere(background.works_in if background is not None else None)
    missed: list[int] = []
    if order == "advice" and background is not None and isinstance(profile, Profile):
        # Every role above the cutoff, best first, then the realistic moves before the
        # long ones (a stable sort keeps the score order within each tier).
        every = engine.top(
            scores, limit=None, min_score=min_score, sectors=sectors, exclude=exclude, away=away
        )
        # Their own job at score 0, for a licence they hold (scoring.own_job).
        from careermap.scoring.own_job import licensed_job  # noqa: PLC0415 - as in role_match

        own = licensed_job(background, taxonomy, scores, sectors) if min_score <= 0 else None
        own = None if own in away else own
        every, kept = (every, ()) if own is None else ([*every, own], (own,))
        keys: dict[int, tuple[int, bool, bool]] = {}
        # A wish to step up (scoring.step_up); roles a thin profile reaches by general
        # skills alone, ordered as posts preferring unshown experience (scoring.anchored).
        up = rung_up(background, taxonomy)
        loose = unanchored(start.skills, taxonomy, shown=shown, background=background)

        def key(i: int) -> tuple[int, bool, bool]:
            if i not in keys:
                found = advice_key(taxonomy.roles[i], background, taxonomy, shown)
                keys[i] = loosen(found, loose=i in loose)
            return keys[i]

        def score(i: int) -> float:
            return float(scores.score[i]) * (STEP_UP_BOOST if i in up else 1.0)

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
                background,
                taxonomy,
                scores,
                sectors,
                every,
                exclude=exclude,
                away=away,
                shown=shown,
            )
            if min_score <= 0
            else ([], [])
        )
        every += peers
        # A thin list puts posts involving avoided work after the long steps (P8, round 30).
        late = filled.within < THIN_TOP
        ranked = advice_order(every, key, score, kept=kept, then=filled.kept, late=late)
        ranked = _after_moves(ranked, background, taxonomy)
        # No step down, stray reading or unasked peer post leads (scoring.lead).
        ranked = lead(ranked, key, score, filled, background, taxonomy, shown, start.skills, kept)
        positions = ranked if limit is None else ranked[:limit]
        asked = kind_asked(met, background, taxonomy, shown=shown) if peers else frozenset()
        lived = lived_note(peers, ranked, limit, taxonomy, scored=met, asked=asked) if peers else ""
        if away:  # the posts left out that the list would have shown, in its order
            above = engine.top(
                scores, limit=None, min_score=min_score, sectors=sectors, exclude=exclude
            )
            others = [i for i in above if i in away]
            if others:
                ranked = advice_order(
                    [*every, *others], key, score, kept=kept, then=filled.kept, late=late
                )
                ranked = _after_moves(ranked, background, taxonomy)
                missed = [i for i in (ranked if limit is None else ranked[:limit]) if i in others]
    else:
        positions = engine.top(
            scores, limit=limit, min_score=min_score, sectors=sectors, exclude=exclude, away=away
        )
        if away:
            found = engine.top(
                scores, limit=limit, min_score=min_score, sectors=sectors, exclude=exclude
            )
            missed = [i for i in found if i in away]
    # Said once at the list's head where most lines would say it (scoring.anchored).
    practice, loose = head_note(loose, positions, start.skills, taxonomy, shown=shown)
    from careermap.results.starter import starter_head  # noqa: PLC0415 - as in role_match

    # Each match is explained from the engine's arrays when it is read, not now.
    explainer = Explainer(
        engine,
        taxonomy,
        start.skills,
        scores,
        positions,
        background=background,
        shown=shown,
        loose=loose,
    )
    return Ranking.deferred(
        profile=profile,
        taxonomy=taxonomy_identity(taxonomy),
        count=len(positions),
        build=explainer.builder(),
        set_aside=() if read is None else read.set_aside,
        thin=thin,
        abroad=_left_out(missed, background, taxonomy),
        lived=lived,
        degree="" if read is None else read.degree,
        practice=practice,
        starter=starter_head(positions, background, taxonomy, shown=shown),
    )


def _left_out(missed: list[int], background: Background | None, taxonomy: Taxonomy) -> str:
    """Name the roles a ranking left out as posts not found in the person's country."""
    if not missed or background is None or background.works_in is None:
        return ""
    roles = [taxonomy.roles[i] for i in missed]
    return left_out([(role.title, role.countries) for role in roles], background.works_in)


def rank_careers(
    profile: ProfileInput | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
    context: PersonContext | None = None,
    text: str | None = None,
    semantic: bool | None = None,
    background: Background | Mapping[str, object] | None = None,
    order: Order | None = None,
    avoid: Iterable[str] | None = None,
) -> Ranking:
    """Rank the taxonomy's roles for a person's skills, each with its explanation.

    Parameters
    ----------
    profile : Profile, iterable or mapping
        The person's skills: ``"text"``, ``"text:LEVEL"`` or ``("text", level)``
        items, a mapping of text to level, or a :class:`Profile` from
        :func:`build_profile`. Texts may be labels, aliases, ids or typos.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    limit : int or None, default 10
        How many roles to return; ``None`` for all that score above zero.
    sectors : iterable of str, optional
        Only rank roles in these sector ids.
    exclude_sectors : iterable of str, optional
        Leave out roles in these sector ids (for someone leaving a field).
    min_score : float, default 0
        Leave out roles scoring below this. Roles scoring 0 are left out, but for
        the person's own job in advice order when they hold its licence (``own_job``).
    context : PersonContext, optional
        The person's interests, education, job zone or current title: each adds
        its context term where the role has the same (see ``docs/scoring.md``).
    text : str, optional
        A narrative ("For six years I worked on a crisis line. I de-escalated
        callers, ...") whose skills (:func:`extract_skills`) join the profile,
        each entry holding the clause that supports it. *profile* may then be
        left out.
    semantic : bool, optional
        Use the semantic layer (``careermap[semantic]``): ``None`` (the default)
        when it is installed, ``False`` never, ``True`` always.
    background : Background or mapping, optional
        The person's education, credentials, years of experience and lived
        experience (:class:`Background`): every match then carries its
        ``readiness`` (ready now, a short step, a step up or down, or what is
        needed, named). It never changes a score.
    order : {'fit', 'advice'}, optional
        ``'fit'`` orders by score. ``'advice'`` (the default when a background
        is given) puts the roles the person could take now or after a short
        course first, then steps up or down, then roles needing a degree, a
        licence, a certification's supervised practice hours or lived experience
        they lack; by score within each group, so a
        counsellor sees realistic next steps first and the rest with what they need.
        Within each group, roles involving a working condition in *avoid* come last.
        Groups are for roles scoring at least :data:`ADVICE_REACH` (a third) of the
        best score; the others follow by score alone.
    avoid : iterable of str, optional
        Working conditions the person wants to leave behind (``Condition``:
        shift-work, crisis-work, trauma-exposure, end-of-life, clinical-caseload, caseload,
        physical-intervention, court-work, managing-staff; ``on-site`` for a
        person who wants to work from home, ``travel``), joined to
        ``background.avoid``. A role
        that involves one (``Role.conditions``) says so in its readiness and, in
        advice order, comes after the other roles of its readiness group. Its
        score is unchanged.

    Returns
    -------
    Ranking
        Best first; ties broken by coverage, then role id.

    Raises
    ------
    ProfileError
        If the profile is empty or invalid, or if none of it resolves to a skill
        (the message lists each entry with suggestions), or if neither a profile
        nor a text is given.

    Examples
    --------
    >>> ranking = rank_careers(["active listening", "CBT:4", "crisis intervention"], limit=3)
    >>> len(ranking)
    3
    >>> ranking[0].score >= ranking[1].score >= ranking[2].score
    True
    """
    taxonomy = taxonomy or default_taxonomy()
    options = rank_options(
        taxonomy, limit=limit, min_score=min_score, sectors=sectors, exclude_sectors=exclude_sectors
    )
    if text is None:
        if profile is None:
            msg = "give a profile (a list of skills) or a text to find skills in"
            raise ProfileError(msg)
        resolved = build_profile(profile, taxonomy=taxonomy, semantic=semantic)
    else:
        from careermap.resolve.extract import narrative_profile  # noqa: PLC0415 - text only

        resolved = narrative_profile(text, profile, taxonomy=taxonomy, semantic=semantic)
    if avoid:  # an empty list adds no background (nor advice order)
        background = with_avoid(background, avoid)
    if background is not None:  # its country reads "English" again (resolve.spoken)
        resolved = build_profile(resolved, taxonomy=taxonomy, background=background)
    read = read_profile(resolved, taxonomy)  # scored: without the skills set aside (avoid)
    chosen = check_order(order)
    return _rank(
        resolved,
        person_start(read.scored, context, taxonomy),
        taxonomy,
        read=read,
        order=chosen or ("advice" if resolved.background is not None else "fit"),
        limit=options.limit,
        min_score=options.min_score,
        sectors=options.sectors,
    )


def similar_roles(
    role: str,
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
) -> Ranking:
    """Rank other roles for a person who holds *role*.

    The role's own requirements, at their typical levels, are the profile, each
    with the strength the role relies on it (its weight over the heaviest's); the
    role's imported context (``Role.context``: interests, job zone, text), where
    both roles have it, adds its terms (see ``docs/scoring.md``).

    Parameters
    ----------
    role : str
        The role held: its id, title or an alias (``"therapist"``, ``"Therapist"``).
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    limit : int or None, default 10
        How many roles to return; ``None`` for all that score above zero.
    sectors : iterable of str, optional
        Only rank roles in these sector ids.
    exclude_sectors : iterable of str, optional
        Leave out roles in these sector ids (for someone leaving a field).
    min_score : float, default 0
        Leave out roles scoring below this (0-1).

    Returns
    -------
    Ranking
        Other roles, best first; the role itself is left out.

    Raises
    ------
    RoleNotFoundError
        If no role has that id, title or alias (the message suggests close ids).

    Examples
    --------
    >>> [m.role_id for m in similar_roles("school-counsellor", limit=2)]
    ['career-coach', 'student-wellbeing-coordinator']
    """
    taxonomy = taxonomy or default_taxonomy()
    options = rank_options(
        taxonomy, limit=limit, min_score=min_score, sectors=sectors, exclude_sectors=exclude_sectors
    )
    held = lookup_role(role, taxonomy=taxonomy)

    # Skill ids resolve by name or id, never by meaning: no semantic layer to look for.
    # Scoring needs only the role's requirements: the profile (its items too) is
    # built when read.
    def profile() -> Profile:
        items = [(req.skill, whole_level(req.level)) for req in held.requirements]
        return build_profile(items, taxonomy=taxonomy, semantic=False)

    return _rank(
        profile,
        role_start(held, taxonomy),
        taxonomy,
        limit=options.limit,
        min_score=options.min_score,
        sectors=options.sectors,
        exclude=held.id,
    )
