"""Where a ranking starts: a person's skills or a role's requirements, with context.

Split from :mod:`careermap.scoring.match` (thirty-eighth round): a ranking
(:func:`careermap.rank_careers`), a role's neighbours (:func:`careermap.similar_roles`),
career paths and comparisons all score every role from a :class:`Start`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from careermap.scoring.context import ContextQuery, PersonContext, blend, context_index
from careermap.scoring.engine import Scores, scoring_index
from careermap.scoring.model import role_uses
from careermap.taxonomy.models import Role, Taxonomy

__all__ = ["Start", "person_start", "role_start", "start_scores"]


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
    """Score every role from *start*: the engine's skills score, blended with context.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> scores = start_scores(person_start({"active-listening": 4}, None, taxonomy), taxonomy)
    >>> len(scores.score) == len(taxonomy.roles)
    True
    """
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
