"""One evaluated role explained: matched, transferred and missing, with readiness.

Split from :mod:`careermap.scoring.match` (thirty-eighth round): career paths explain
their moves with :func:`role_match`; a ranking's matches are explained lazily by
:class:`careermap.scoring.explain.Explainer` from the same parts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from careermap.results.abroad import only_in
from careermap.results.bands import band
from careermap.results.matches import (
    ContextResult,
    RequirementResult,
    RoleMatch,
    TransferStep,
)
from careermap.scoring.anchored import loose_readiness
from careermap.scoring.engine import Scores
from careermap.scoring.explain import context_result
from careermap.scoring.model import Credit, Evaluation
from careermap.taxonomy.models import Importance, Skill, Taxonomy

if TYPE_CHECKING:  # imported where a background reads them
    from careermap.resolve.profile import Background
    from careermap.results.experience import Shown

__all__ = ["role_match"]


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

    Examples
    --------
    >>> from careermap.scoring.model import evaluate, transfer_index
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> role = taxonomy.role_index["school-counsellor"]
    >>> skills = {"active-listening": 4, "crisis-intervention": 3}
    >>> evaluation = evaluate(role, skills, transfer_index(taxonomy), None, None)
    >>> match = role_match(1, evaluation, taxonomy)
    >>> match.role_id, [r.skill_id for r in match.matched]
    ('school-counsellor', ['crisis-intervention', 'active-listening'])
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
