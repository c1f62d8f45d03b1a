"""Explaining the roles a ranking returns, from the arrays the engine computed.

The engine (:mod:`careermap.scoring.engine`) keeps, for the profile it scored,
every (profile skill, requirement) pair with its credit. Explaining a returned
role picks each requirement's best pair with the reference's tie-break (higher
credit, then the step's weight, the relation's order and the source id: the
order of :meth:`~careermap.scoring.model.Transfer.sort_key`), and sums the role's
utilisation in the reference's order, so a :class:`RoleMatch` holds exactly the
numbers :func:`~careermap.scoring.model.evaluate` gives, without scoring the
role again. ``tests/scoring/test_explain.py`` checks that they are equal.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.base.cache import derived
from careermap.resolve.profile import Background
from careermap.results.abroad import only_in
from careermap.results.bands import band
from careermap.results.matches import (
    ContextResult,
    ContextTerm,
    RequirementResult,
    RoleMatch,
    TransferStep,
    later_match,
    trusted,
)
from careermap.scoring.anchored import loose_readiness
from careermap.scoring.context import TERMS, at, weights_of
from careermap.scoring.engine import Reach, Scores, ScoringIndex
from careermap.scoring.model import COVERAGE_EXPONENT, Transfer, effective_weight, with_general
from careermap.taxonomy.models import Importance, Taxonomy
from careermap.taxonomy.store import skill_labels

if TYPE_CHECKING:  # read with a background only (scoring.match imports it then)
    import numpy.typing as npt

    from careermap.results.experience import Shown
    from careermap.scoring.engine import Float, Int

__all__ = ["Explainer", "context_result"]


def context_result(
    skills_score: float, scores: Scores | None, position: int
) -> tuple[float, ContextResult | None]:
    """Return one role's score with its context, from its (reference) skills score."""
    return terms_result(skills_score, None if scores is None else scores.similarities, position)


def terms_result(
    skills_score: float,
    similarities: Mapping[str, tuple[Float, npt.NDArray[np.bool_]]] | None,
    position: int,
) -> tuple[float, ContextResult | None]:
    """Return a score blended with the context terms defined at *position*, and how."""
    if similarities is None:
        return skills_score, None
    terms = []
    weights = weights_of(similarities)
    for name in TERMS:
        if name not in similarities or weights[name] <= 0:
            continue
        values, defined = similarities[name]
        if defined[position]:
            terms.append(
                ContextTerm(
                    name=name,
                    similarity=float(values[position]),
                    weight=weights[name],
                )
            )
    if not terms:
        return skills_score, None
    weight = sum(term.weight for term in terms)
    added = sum(term.weight * term.similarity for term in terms)
    score = (1.0 - weight) * skills_score + added if skills_score > 0 else 0.0
    return score, ContextResult(skills=skills_score, weight=weight, terms=tuple(terms))


def _pairs_of(
    engine: ScoringIndex, reach: Reach, positions: list[int]
) -> tuple[Int, Float, Int, Int, Float]:
    """Return the pairs in the roles at *positions*: (requirement, credit, owner, edge, step)."""
    wanted = np.zeros(engine.n_roles, dtype=np.bool_)
    wanted[positions] = True
    return reach.pairs_in(wanted)


def _best_pairs(
    engine: ScoringIndex, pairs: tuple[Int, Float, Int, Int, Float]
) -> tuple[list[int], list[float], list[int], list[int]]:
    """Each reached requirement among *pairs* with its best pair, ascending.

    Returns (requirement, credit, profile skill, edge), each a list.
    """
    req, value, owner, edge, step = pairs
    via = np.zeros(len(edge), dtype=np.int64)
    stepped = edge >= 0
    via[stepped] = engine.out_via[edge[stepped]]
    order = np.lexsort((owner, via, -step, -value, req))
    first = np.ones(len(order), dtype=np.bool_)
    ordered = req[order]
    first[1:] = ordered[1:] != ordered[:-1]
    win = order[first]
    return req[win].tolist(), value[win].tolist(), owner[win].tolist(), edge[win].tolist()


class _Columns:
    """Each requirement's fixed fields in the engine's order, as plain lists (once per taxonomy)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        labels = skill_labels(taxonomy)
        reqs = [req for role in taxonomy.roles for req in role.requirements]
        self.skill = [req.skill for req in reqs]
        self.label = [labels[req.skill] for req in reqs]
        self.essential = [req.importance is Importance.ESSENTIAL for req in reqs]
        self.minor = [req.importance is Importance.MINOR for req in reqs]
        self.level = [req.level for req in reqs]
        self.weight = [float(effective_weight(req)) for req in reqs]


def _columns(taxonomy: Taxonomy) -> _Columns:
    return derived(taxonomy, "explain-columns", lambda: _Columns(taxonomy))


class _Gaps:
    """Each requirement's cost as a gap, and each role's requirements in gap order.

    The cost is ``weight * (1 - 0) / the role's total``; the order is most costly
    first, then skill id, within each role (the reference's sort of the gaps):
    a match's gaps are its unreached requirements in this order. Once per taxonomy.
    """

    def __init__(self, columns: _Columns, engine: ScoringIndex) -> None:
        cost = np.array(columns.weight) * 1.0 / engine.total_weight[engine.req_role]
        by_id = sorted(range(engine.n_skills), key=engine.skill_ids.__getitem__)
        id_rank = np.empty(engine.n_skills, dtype=np.int64)
        id_rank[by_id] = np.arange(engine.n_skills)
        self.cost: list[float] = cost.tolist()
        self.order: list[int] = np.lexsort(
            (id_rank[engine.req_skill], -cost, engine.req_role)
        ).tolist()


def _gaps(taxonomy: Taxonomy, engine: ScoringIndex) -> _Gaps:
    return derived(taxonomy, "explain-gaps", lambda: _Gaps(_columns(taxonomy), engine))


_make_step = trusted(TransferStep)
_make_result = trusted(RequirementResult)

#: A requirement's fields (``path`` holding the step's fields), and in which list it goes.
_Row = dict[str, Any]


def _step(t: Transfer, labels: Mapping[str, str]) -> dict[str, Any]:
    """Return a transfer step's fields, in the model's order."""
    return {
        "source_id": t.source,
        "source_label": labels[t.source],
        "target_id": t.target,
        "target_label": labels[t.target],
        "relation": t.via,
        "weight": float(t.weight),
        "reason": t.reason,
    }


class _Later:
    """The requirements of one match, from the explainer's arrays when first asked for."""

    __slots__ = ("explainer", "i")

    def __init__(self, explainer: Explainer, i: int) -> None:
        self.explainer, self.i = explainer, i

    def fields(self) -> dict[str, tuple[RequirementResult, ...]]:
        make = _make_result
        out: dict[str, tuple[RequirementResult, ...]] = {}
        for name, rows in self.explainer.requirements(self.i).items():
            for row in rows:
                row["path"] = tuple(map(_make_step, row["path"]))
            out[name] = tuple(map(make, rows))
        return out

    def rows(self) -> dict[str, list[_Row]]:
        # Fresh dicts each time (a caller may change what to_dict returns).
        return self.explainer.requirements(self.i)


class Explainer:
    """Builds the :class:`RoleMatch` of each returned role on demand (see the module docstring).

    It keeps only what the returned roles need (their columns of the engine's
    arrays and the best pair of each of their reached requirements), not the
    scores of every role: a batch may hold many rankings unread.
    """

    def __init__(
        self,
        engine: ScoringIndex,
        taxonomy: Taxonomy,
        skills: Mapping[str, float],
        scores: Scores,
        positions: Sequence[int],
        *,
        background: Background | None,
        shown: Shown | None = None,
        loose: frozenset[int] = frozenset(),
        leaving: frozenset[str] = frozenset(),
    ) -> None:
        reach = scores.reach
        assert reach is not None  # noqa: S101 - the engine always keeps it
        self.engine = engine
        self.taxonomy = taxonomy
        self.skills = skills
        self.positions = list(positions)
        self.background = background
        self.shown = shown
        self.loose = loose  # reached by general skills alone (scoring.anchored)
        self.leaving = leaving  # the practice left, not named in its words (left_practice)
        self.ordered = reach.ordered
        self.weight = reach.weight.tolist()
        self.uses = reach.uses[:, self.positions]
        self.coverage = scores.coverage[self.positions].tolist()
        self.similarities = (
            None if scores.similarities is None else at(scores.similarities, self.positions)
        )
        # The returned roles' pairs (small arrays: the sweep's are not kept), reduced to
        # each requirement's best when a first match's requirements are read.
        self.pairs = _pairs_of(engine, reach, self.positions)
        self._best: tuple[list[int], list[float], list[int], list[int]] | None = None
        # Labels, not skill models: a lazy taxonomy's skills stay unbuilt.
        self.labels: Mapping[str, str] = skill_labels(taxonomy)
        self.strengths: tuple[list[tuple[str, int]], tuple[str, ...]] | None = None
        self.general: list[bool] | None = None
        # A credential's skills are no gap: a nurse lacks no nursing knowledge. Without a
        # background there is nothing to read (implied_skills and current_role find
        # nothing), and their module, with the credential readers, is not imported.
        self.certified: frozenset[str] = frozenset()
        self.held = -1
        if background is not None:
            from careermap.results.readiness import current_role, implied_skills  # noqa: PLC0415

            self.certified = implied_skills(background, taxonomy, skills)
            # Nor does the person's current job ask for anything they lack: they do it.
            held = background.current_role
            whole = not background.same_work  # as is_current reads it
            found = current_role(held, taxonomy, whole=whole) if held else None
            self.held = engine.role_pos[found.id] if found is not None else -1
        self.country = background.works_in if background is not None else None

    def builder(self) -> Callable[[int], RoleMatch]:
        """Return ``build(i)``: the match ranked ``i + 1``."""
        return self.match

    def best(self) -> tuple[list[int], list[float], list[int], list[int]]:
        """Return each reached requirement of the returned roles with its best pair (once)."""
        # Two threads reading a first match may both reduce them: the same lists.
        if self._best is None:
            self._best = _best_pairs(self.engine, self.pairs)
        return self._best

    def _utilisation(self, i: int) -> tuple[float, list[float]]:
        """Return the role's utilisation summed as the reference sums it, and each skill's use."""
        uses = self.uses[:, i].tolist()
        held = relied = 0.0
        general = self._general()
        kept: list[tuple[float, float]] = []
        for weight, use, flag in zip(self.weight, uses, general, strict=True):
            if flag:  # a general competency: counted only where it raises the role
                kept.append((use, weight))
                continue
            held += weight * use
            relied += weight
        return with_general(held, relied, kept), uses

    def _general(self) -> list[bool]:
        """Return which profile skills are general competencies counted apart (none if all are)."""
        if self.general is None:
            engine = self.engine
            flags = engine.skill_general[[engine.skill_pos[s] for s in self.ordered]].tolist()
            self.general = [False] * len(flags) if all(flags) else flags
        return self.general

    def requirements(self, i: int) -> dict[str, list[_Row]]:
        """Return the requirements of the match ranked ``i + 1``: each one's fields by list.

        ``matched``, ``transferred`` and ``gaps`` (most costly first), each
        requirement's fields in the model's order, as validation would build them,
        a transferred one's ``path`` holding its step's fields in a list.
        """
        # The columns are derived when a first match is read, not when ranking.
        engine, labels = self.engine, self.labels
        columns, gap = _columns(self.taxonomy), _gaps(self.taxonomy, engine)
        position = self.positions[i]
        lo, hi = int(engine.role_req_ptr[position]), int(engine.role_req_ptr[position + 1])
        total = float(engine.total_weight[position])
        reqs, values, owners, edges = self.best()
        first = bisect_left(reqs, lo)
        last = bisect_left(reqs, hi, first)
        skill, label, essential = columns.skill, columns.label, columns.essential
        level, minor, weights = columns.level, columns.minor, columns.weight
        ordered, held, steps = self.ordered, self.skills, engine.out_transfer
        matched: list[_Row] = []
        transferred: list[_Row] = []
        for k in range(first, last):
            j, credit, source, edge = reqs[k], values[k], ordered[owners[k]], edges[k]
            weight = weights[j]
            row = {
                "skill_id": skill[j],
                "label": label[j],
                "essential": essential[j],
                "weight": weight,
                "required_level": level[j],
                "credit": credit,
                "cost": weight * (1.0 - credit) / total,
                "source_id": source,
                "source_label": labels[source],
                "source_level": held[source],
                "path": [] if edge < 0 else [_step(steps[edge], labels)],
                "minor": minor[j],
            }
            (matched if edge < 0 else transferred).append(row)
        # The rest are gaps, most costly first: (-cost, skill id), as the reference sorts.
        reached = set(reqs[first:last])
        certified, cost = self.certified, gap.cost
        missing = [j for j in gap.order[lo:hi] if j not in reached]
        if position == self.held:
            missing = []
        if certified:
            missing = [j for j in missing if skill[j] not in certified]
        gaps: list[_Row] = [
            {
                "skill_id": skill[j],
                "label": label[j],
                "essential": essential[j],
                "weight": weights[j],
                "required_level": level[j],
                "credit": 0.0,
                "cost": cost[j],
                "source_id": None,
                "source_label": None,
                "source_level": None,
                "path": [],
                "minor": minor[j],
            }
            for j in missing
        ]
        return {"matched": matched, "transferred": transferred, "gaps": gaps}

    def _strengths(self) -> tuple[list[tuple[str, int]], tuple[str, ...]]:
        """Return the profile's other skills as (label, index) by label, and its general ones.

        Once per ranking, when its first match is built: each match's unused
        skills are then these labels, in this order, filtered.
        """
        if self.strengths is None:
            labels, ordered = self.labels, self.ordered
            engine = self.engine
            flags = engine.skill_general[[engine.skill_pos[s] for s in ordered]].tolist()
            other = [(labels[s], k) for k, s in enumerate(ordered) if not flags[k]]
            general = tuple(sorted(labels[s] for k, s in enumerate(ordered) if flags[k]))
            self.strengths = (sorted(other), general)
        return self.strengths

    def match(self, i: int) -> RoleMatch:
        """Return the explained match ranked ``i + 1`` (its requirements filled when read)."""
        taxonomy = self.taxonomy
        rank, position = i + 1, self.positions[i]
        role = taxonomy.roles[position]
        coverage = self.coverage[i]
        utilisation, uses = self._utilisation(i)
        skills_score = coverage**COVERAGE_EXPONENT * utilisation ** (1.0 - COVERAGE_EXPONENT)
        score, context = terms_result(skills_score, self.similarities, i)
        other, general = self._strengths()
        readiness = None  # no verdict without a background (results.readiness.assess)
        if self.background is not None:
            from careermap.results.readiness import role_readiness  # noqa: PLC0415 - as above
            from careermap.scoring.own_job import why  # noqa: PLC0415

            readiness = role_readiness(role, self.background, taxonomy=taxonomy, shown=self.shown)
            if readiness is not None and score == 0.0:
                readiness = why(readiness, role, self.background, taxonomy)  # ranked for a licence
            if readiness is not None and position in self.loose:
                readiness = loose_readiness(
                    readiness, self.skills, taxonomy, shown=self.shown, leaving=self.leaving
                )
        return later_match(
            {
                "rank": rank,
                "role_id": role.id,
                "title": role.title,
                "sector": role.sector,
                "sector_label": taxonomy.sector_index[role.sector].label,
                "score": score,
                "coverage": coverage,
                "utilisation": utilisation,
                "unused": tuple([label for label, k in other if uses[k] == 0.0]),
                "band": band(score),
                "general": general,
                "context": context,
                "readiness": readiness,
                "only_in": only_in(role.countries, self.country),
            },
            _Later(self, i),
        )
