"""Career pathways: multi-step moves into a role through bridge roles, on the vectorised engine.

The definitions, with their tie-breaks, are in ``docs/scoring.md`` ("Pathways").
In short: the first move is scored from the person's skills (as
:func:`rank_careers` does), every later move from the previous role's
requirements (as :func:`similar_roles` does); a path's score is the product of
its moves' scores, and only paths that score above the direct move are
returned. The helpers here (rank of a role, a role explained from a position)
are shared with :mod:`careermap.exploration.upskilling`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import numpy as np

from careermap.base.errors import OptionError
from careermap.base.options import positive_int
from careermap.base.record import Explained, Frozen
from careermap.exploration import display as _display
from careermap.exploration.frames import paths_frame
from careermap.resolve.profile import Background, Profile, ProfileInput, build_profile
from careermap.results.current import current_role
from careermap.results.experience import Shown, shown_by
from careermap.results.matches import RoleMatch
from careermap.results.readiness import implied_skills
from careermap.scoring.anchored import unanchored
from careermap.scoring.engine import Scores, ScoringIndex, scoring_index
from careermap.scoring.model import evaluate, transfer_index, whole_level
from careermap.scoring.options import rank_options
from careermap.scoring.role_match import role_match
from careermap.scoring.set_aside import profile_skills
from careermap.scoring.start import Start, person_start, role_start, start_scores
from careermap.taxonomy.identity import TaxonomyIdentity, taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.lookup import lookup_role
from careermap.taxonomy.models import Role, Taxonomy

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["DEFAULT_MIN_STEP_SCORE", "CareerPath", "CareerPaths", "PathStep", "career_paths"]

#: Lowest score a single move of a career path may have.
DEFAULT_MIN_STEP_SCORE = 0.3
#: Scores are compared after rounding to this many decimals, so float noise cannot swap ties.
DIGITS = 12


def _rank_of(engine: ScoringIndex, scores: Scores, position: int, exclude: int | None) -> int:
    """Position of a role in the full ranking, with the ranking's tie-break (1 = best).

    For a role that scores, this is its rank in ``rank_careers(..., limit=None)``
    (``similar_roles`` when *exclude* is the role moved from); a role scoring 0
    comes after every role that scores.
    """
    score = np.round(scores.score, DIGITS)
    cover = np.round(scores.coverage, DIGITS)
    ids = engine.role_id_rank
    s, c, i = score[position], cover[position], ids[position]
    ahead = (score > s) | ((score == s) & ((cover > c) | ((cover == c) & (ids < i))))
    if exclude is not None:
        ahead[exclude] = False
    return int(ahead.sum()) + 1


def explained(
    taxonomy: Taxonomy,
    start: Start,
    scores: Scores,
    position: int,
    *,
    exclude: int | None,
    background: Background | None = None,
    certified: frozenset[str] | None = None,
    shown: Shown | None = None,
    current: bool | None = None,
    loose: frozenset[int] = frozenset(),
) -> RoleMatch:
    """Return the :class:`RoleMatch` of one role, as rank_careers / similar_roles give it.

    A move from the person takes their *background* (its readiness), as
    ``rank_careers`` does; every move leaves out of its gaps the skills *certified*
    by the person's credentials and degree, and a move into their current job
    (*current*) lists none (see :func:`careermap.scoring.role_match.role_match`). A move whose
    position is in *loose*, one a thin profile reaches by general skills alone
    (:func:`careermap.scoring.anchored.unanchored`, found once by the caller), carries
    the caution a ranking in advice order gives it, so that a role reads the same here
    as in ``rank_careers``.
    """
    engine = scoring_index(taxonomy)
    evaluation = evaluate(
        taxonomy.roles[position], start.skills, transfer_index(taxonomy), None, start.strengths
    )
    rank = _rank_of(engine, scores, position, exclude)
    return role_match(
        rank,
        evaluation,
        taxonomy,
        scores,
        position,
        background=background,
        certified=certified,
        shown=shown,
        current=current,
        loose=position in loose,
    )


def _held(background: Background | None, taxonomy: Taxonomy) -> str | None:
    """Return the id of the role the person's job title names, or ``None``."""
    title = background.current_role if background is not None else None
    whole = background is None or not background.same_work  # as is_current reads it
    found = current_role(title, taxonomy, whole=whole) if title and title.strip() else None
    return None if found is None else found.id


def requirements(role: Role) -> dict[str, float]:
    """Return a role's requirements as a profile: ``{skill id: typical level}``."""
    return {req.skill: req.level for req in role.requirements}


# --------------------------------------------------------------------------- pathways


class PathStep(Frozen):
    """One move of a career path: into ``match.role_id``, from a role or from the profile.

    ``match`` is the role's :class:`RoleMatch` scored from where the move starts:
    from the person's skills for the first step (as :func:`rank_careers` gives
    it), from the previous role's requirements otherwise (as
    :func:`similar_roles` gives it), with its gaps.
    """

    from_role_id: str | None
    from_title: str | None
    match: RoleMatch

    @property
    def score(self) -> float:
        """The move's score."""
        return self.match.score

    def __str__(self) -> str:
        start = self.from_title or "your skills"
        gaps = ", ".join(g.label for g in self.match.gaps[:3])
        return f"{start} -> {self.match.title} ({self.score:.3f})" + (
            f"; gaps: {gaps}" if gaps else ""
        )


class CareerPath(Explained):
    """A sequence of moves ending in the target role.

    Attributes
    ----------
    score : float
        The product of the steps' scores.
    weakest : float
        The lowest step score.
    direct_score : float
        The score of moving straight into the target; ``score`` is above it.
    """

    steps: tuple[PathStep, ...]
    score: float
    weakest: float
    direct_score: float

    @property
    def role_ids(self) -> tuple[str, ...]:
        """The ids of the roles moved into, the target last."""
        return tuple(step.match.role_id for step in self.steps)

    @property
    def gain(self) -> float:
        """How much the path's score exceeds the direct move's."""
        return self.score - self.direct_score

    def explain(self) -> str:
        """Return the path on one line, then each step with its score and first gaps."""
        titles = " -> ".join(step.match.title for step in self.steps)
        lines = [
            f"{titles}: path score {self.score:.3f} (direct {self.direct_score:.3f}, "
            f"weakest step {self.weakest:.3f})"
        ]
        lines += [f"   {n}. {step}" for n, step in enumerate(self.steps, start=1)]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return _display.path_repr(self)


class CareerPaths(Explained):
    """Paths into a target role through bridge roles, best first, beside the direct move.

    Iterate it, index it or ``len()`` it for the paths; ``direct`` is the target
    scored from the start. Empty when no path beats the direct move.
    """

    start_role_id: str | None
    profile: Profile
    target_id: str
    direct: RoleMatch
    paths: tuple[CareerPath, ...]
    max_steps: int
    min_score: float
    taxonomy: TaxonomyIdentity

    def __iter__(self) -> Iterator[CareerPath]:  # type: ignore[override]
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, index: int) -> CareerPath:
        return self.paths[index]

    def explain(self) -> str:
        """Return the direct move, then every path with its steps."""
        lines = [f"direct: {self.direct.title} ({self.direct.score:.3f})"]
        if not self.paths:
            lines.append(
                f"no path of at most {self.max_steps} steps beats the direct move "
                f"(each step scoring at least {self.min_score:g})"
            )
        lines += [path.explain() for path in self.paths]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return _display.paths_repr(self)

    def _repr_html_(self) -> str:
        return _display.paths_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per step of every path (needs pandas: ``careermap[notebook]``)."""
        return paths_frame(self)


def _start(
    profile_or_role: ProfileInput | str,
    taxonomy: Taxonomy,
    background: Background | Mapping[str, object] | None,
) -> tuple[Profile, Start, Role | None]:
    if isinstance(profile_or_role, str):
        role = lookup_role(profile_or_role, taxonomy=taxonomy)
        skills = requirements(role)
        profile = build_profile(
            [(skill, whole_level(level)) for skill, level in skills.items()],
            taxonomy=taxonomy,
            background=background,
        )
        return profile, role_start(role, taxonomy), role
    profile = build_profile(profile_or_role, taxonomy=taxonomy, background=background)
    return profile, person_start(profile_skills(profile, taxonomy), None, taxonomy), None


class _Search:
    """Beam search over moves; role score rows are computed once each, on demand."""

    def __init__(
        self,
        engine: ScoringIndex,
        start: Scores,
        target: int,
        taxonomy: Taxonomy,
        banned: set[int],
    ) -> None:
        self.engine = engine
        self.start = start
        self.target = target
        self.taxonomy = taxonomy
        self.banned = banned
        self.rows: dict[int, Scores] = {}
        # How much of the target's skill set each role would use: a cheap guide
        # to which bridges lead toward the target (one engine call).
        self.toward = start_scores(role_start(taxonomy.roles[target], taxonomy), taxonomy).score
        self.id_of = engine.role_ids

    def scores(self, position: int | None) -> Scores:
        """Return every role's scores from *position*: a role, or the start when ``None``."""
        if position is None:
            return self.start
        if position not in self.rows:
            role = self.taxonomy.roles[position]
            self.rows[position] = start_scores(role_start(role, self.taxonomy), self.taxonomy)
        return self.rows[position]

    def run(
        self, *, max_steps: int, min_step: float, neighbours: int, beam_width: int
    ) -> list[tuple[int, ...]]:
        direct = round(float(self.start.score[self.target]), DIGITS)
        frontier: list[tuple[tuple[int, ...], float]] = [((), 1.0)]
        complete: list[tuple[int, ...]] = []
        for depth in range(1, max_steps + 1):
            grown: list[tuple[tuple[int, ...], float]] = []
            for roles, product in frontier:
                row = self.scores(roles[-1] if roles else None).score
                if roles:
                    into = float(row[self.target])
                    if into >= min_step and round(product * into, DIGITS) > direct:
                        complete.append((*roles, self.target))
                if depth == max_steps:
                    continue
                values = product * row
                viable = (row >= min_step) & (np.round(values, DIGITS) > direct)
                for position in (*self.banned, *roles):
                    viable[position] = False
                found = np.flatnonzero(viable)
                guide = np.round(values[found] * self.toward[found], DIGITS)
                order = np.lexsort((self.engine.role_id_rank[found], -guide))
                grown += [((*roles, int(i)), float(values[i])) for i in found[order][:neighbours]]
            grown.sort(
                key=lambda item: (
                    -round(item[1] * float(self.toward[item[0][-1]]), DIGITS),
                    [self.id_of[i] for i in item[0]],
                )
            )
            frontier = grown[:beam_width]
        return complete


def career_paths(
    start: ProfileInput | str,
    role: str,
    *,
    taxonomy: Taxonomy | None = None,
    max_steps: int = 3,
    limit: int | None = 5,
    min_score: float = DEFAULT_MIN_STEP_SCORE,
    neighbours: int = 15,
    beam_width: int = 30,
    background: Background | Mapping[str, object] | None = None,
) -> CareerPaths:
    """Find multi-step moves into *role* through bridge roles.

    Parameters
    ----------
    start : profile or str
        The person's skills (anything :func:`rank_careers` accepts), or the role
        the person holds, by id, title or alias (its requirements are the
        profile, as in :func:`similar_roles`).
    role : str
        The role to reach: its id, title or an alias.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    max_steps : int, default 3
        Most moves in a path, the last into the target (3 allows two bridges).
    limit : int or None, default 5
        How many paths to return; ``None`` for all found.
    min_score : float, default :data:`DEFAULT_MIN_STEP_SCORE`
        Every move of a path must score at least this (0-1).
    neighbours : int, default 15
        Moves tried from each position: the viable roles most promising toward
        the target.
    beam_width : int, default 30
        Partial paths kept from one step to the next.
    background : Background or mapping, optional
        The person's education, credentials and experience, as :func:`rank_careers`
        takes it (a :class:`Profile` built with one carries it already). No move's
        gaps then list what their credentials or degree subject certify
        (:func:`careermap.results.readiness.implied_skills`); a move from the person
        (the direct move, each path's first) also carries its readiness, as
        ``rank_careers`` gives it. Scores and paths are unchanged.

    Returns
    -------
    CareerPaths
        The direct move and the paths that score above it, best first: higher
        path score, then fewer steps, then role ids in order.

    Raises
    ------
    RoleNotFoundError
        If a role id is unknown.
    ProfileError
        If the profile is invalid or nothing in it resolves.
    OptionError
        If the target is the start role or an option is out of range.

    Examples
    --------
    >>> found = career_paths("therapist", "instructional-designer")
    >>> found.direct.score < found[0].score
    True
    >>> found[0].role_ids[-1]
    'instructional-designer'
    """
    taxonomy = taxonomy or default_taxonomy()
    max_steps = positive_int(max_steps, "max_steps")
    options = rank_options(taxonomy, limit=limit, min_score=min_score)
    limit, min_step = options.limit, options.min_score
    neighbours = positive_int(neighbours, "neighbours")
    beam_width = positive_int(beam_width, "beam_width")
    target = lookup_role(role, taxonomy=taxonomy)
    profile, origin, start_role = _start(start, taxonomy, background)
    person = profile.background if start_role is None else None
    certified = implied_skills(profile.background, taxonomy, profile.skills)
    shown = shown_by(profile, taxonomy) if person is not None else None
    # The person's current job lists no gaps wherever a path moves into it, as in a ranking.
    held = _held(profile.background, taxonomy)
    if start_role is not None and start_role.id == target.id:
        msg = f"the target {target.id!r} is the start role; choose another target"
        raise OptionError(msg)

    engine = scoring_index(taxonomy)
    position = engine.role_pos
    start_at = None if start_role is None else position[start_role.id]
    target_at = position[target.id]
    from_start = start_scores(origin, taxonomy)
    # A thin profile's moves reached by general skills alone (scoring.anchored): the
    # first step from the person carries the caution a ranking gives it.
    loose = (
        unanchored(origin.skills, taxonomy, shown=shown, background=person)
        if person is not None
        else frozenset()
    )
    direct = explained(
        taxonomy,
        origin,
        from_start,
        target_at,
        exclude=start_at,
        background=person,
        certified=certified,
        shown=shown,
        current=target.id == held,
        loose=loose,
    )

    banned = {target_at} | ({start_at} if start_at is not None else set())
    # No bridge through a post not found in the person's country (results.abroad).
    country = profile.background.works_in if profile.background is not None else None
    banned |= set(engine.elsewhere(country)) - {target_at}
    search = _Search(engine, from_start, target_at, taxonomy, banned)
    found = search.run(
        max_steps=max_steps, min_step=min_step, neighbours=neighbours, beam_width=beam_width
    )

    paths = []
    for roles in found:
        steps = []
        for n, at in enumerate(roles):
            before = start_at if n == 0 else roles[n - 1]
            if n == 0:
                source, scores = origin, from_start
            else:
                source = role_start(taxonomy.roles[roles[n - 1]], taxonomy)
                scores = search.scores(roles[n - 1])
            steps.append(
                PathStep(
                    from_role_id=None if before is None else engine.role_ids[before],
                    from_title=None if before is None else taxonomy.roles[before].title,
                    match=explained(
                        taxonomy,
                        source,
                        scores,
                        at,
                        exclude=before,
                        background=person if n == 0 else None,
                        certified=certified,
                        shown=shown if n == 0 else None,
                        current=engine.role_ids[at] == held,
                        loose=loose if n == 0 else frozenset(),
                    ),
                )
            )
        step_scores = [step.score for step in steps]
        score = math.prod(step_scores)
        # Scores were searched on the engine; keep only what the reference confirms.
        if round(score, DIGITS) > round(direct.score, DIGITS):
            paths.append(
                CareerPath(
                    steps=tuple(steps),
                    score=score,
                    weakest=min(step_scores),
                    direct_score=direct.score,
                )
            )
    paths.sort(key=lambda p: (-round(p.score, DIGITS), len(p.steps), p.role_ids))
    return CareerPaths(
        start_role_id=None if start_role is None else start_role.id,
        profile=profile,
        target_id=target.id,
        direct=direct,
        paths=tuple(paths if limit is None else paths[:limit]),
        max_steps=max_steps,
        min_score=min_step,
        taxonomy=taxonomy_identity(taxonomy),
    )
