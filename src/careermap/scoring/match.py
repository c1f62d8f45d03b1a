"""Ranking careers for a profile, and roles similar to a role.

Where a ranking starts is :mod:`careermap.scoring.start`; the order a counsellor gives,
:mod:`careermap.scoring.advice_rank`; one role explained, :mod:`careermap.scoring.role_match`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from careermap.base.errors import ProfileError
from careermap.resolve.profile import Background, Profile, ProfileInput, build_profile
from careermap.results.abroad import left_out
from careermap.results.avoided import with_avoid
from careermap.results.matches import Ranking
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
from careermap.scoring.advice_rank import CURRENT_AFTER, advice_list
from careermap.scoring.anchored import head_note
from careermap.scoring.context import PersonContext
from careermap.scoring.engine import scoring_index
from careermap.scoring.explain import Explainer
from careermap.scoring.left_practice import left_practice
from careermap.scoring.model import whole_level
from careermap.scoring.options import rank_options
from careermap.scoring.set_aside import ProfileRead, profile_skills, read_profile, shown_of
from careermap.scoring.start import Start, person_start, role_start, start_scores
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.lookup import lookup_role
from careermap.taxonomy.models import Taxonomy

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
    thin, lived, loose = "", "", frozenset[int]()  # loose, left: advice order only
    left = frozenset[str]()
    leaving_held = frozenset[int]()  # a leaver's posts of their practice, held back
    # Posts not found in the person's country are not offered (results.abroad).
    away = engine.elsewhere(background.works_in if background is not None else None)
    missed: list[int] = []
    if order == "advice" and background is not None and isinstance(profile, Profile):
        found = advice_list(
            profile,
            start,
            scores,
            taxonomy,
            shown=shown,
            away=away,
            limit=limit,
            min_score=min_score,
            sectors=sectors,
            exclude=exclude,
        )
        positions, thin, lived = found.positions, found.thin, found.lived
        loose, missed, left = found.loose, found.missed, found.left
        leaving_held = found.leaving
    else:
        positions = engine.top(
            scores, limit=limit, min_score=min_score, sectors=sectors, exclude=exclude, away=away
        )
        if away:
            found_all = engine.top(
                scores, limit=limit, min_score=min_score, sectors=sectors, exclude=exclude
            )
            missed = [i for i in found_all if i in away]
    # Said once at the list's head where most lines would say it (scoring.anchored).
    # Not naming as their own a practice they leave by its sectors (scoring.left_practice).
    leaving = left_practice(background, taxonomy, sectors, left=left) if loose else frozenset[str]()
    practice, loose = head_note(
        loose, positions, start.skills, taxonomy, shown=shown, leaving=leaving
    )
    if leaving_held and background is not None:  # why they come later, said once
        from careermap.results.leaving_words import leaving_line  # noqa: PLC0415 - as starter

        said = leaving_line(leaving_held, positions, background, taxonomy, left)
        practice = " ".join(s for s in (practice, said) if s)
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
        leaving=leaving,
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
