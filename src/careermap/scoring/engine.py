"""The vectorised ranking engine: the scoring model of :mod:`careermap.scoring.model` on arrays.

A :class:`ScoringIndex` is derived once per taxonomy (and cached): the
requirements as flat arrays in role order (a role x skill sparse matrix in CSR
form), the inverse index from each skill to the requirements that name it (the
same matrix in CSC form), and the best one-step transfer out of every skill.
Scoring a profile then touches only the requirements its skills can reach:

1. the pairs ``(profile skill a, target skill j, step weight t)``, ``a -> a`` included;
2. the requirements naming each reached skill, and per pair the credit
   ``t * min(1, level_a / r_j) * min(1, strength_a / use_j)``; the best per
   requirement (``np.maximum.at``);
3. the credit of every reached requirement, summed per role with
   ``np.bincount`` in requirement order, exactly as the reference loop sums;
4. per (profile skill, role) the best step into any of the role's requirements,
   scaled by how much the role uses that requirement against the skill's
   strength, averaged over the profile's skills (weighted by strength) for
   utilisation.

No Python loop runs over roles, requirements or skills of the taxonomy.
``tests/scoring/test_engine.py``
checks that this gives the reference implementation's scores (within 1e-9)
and order on random taxonomies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, TypeAlias

import numpy as np

from careermap.base._iso3166 import COUNTRIES
from careermap.base.cache import derived
from careermap.scoring.model import (
    COVERAGE_EXPONENT,
    IMPORTANCE_FACTOR,
    MAX_LEVEL,
    Transfer,
    transfer_index,
)
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "Reach",
    "ScoringIndex",
    "Scores",
    "best_by_key",
    "country_index",
    "pair_values",
    "scoring_index",
    "utilised",
]

# numpy.typing for annotations only: importing it at run time costs a fresh process 2.8M
# instructions, about 0.4 ms (thirty-fourth round).
if TYPE_CHECKING:
    import numpy.typing as npt

    Int: TypeAlias = npt.NDArray[np.int64]
    Float: TypeAlias = npt.NDArray[np.float64]

#: Above one reached pair per this many requirements, credits go into a dense array.
DENSE_FRACTION = 8


@dataclass(frozen=True)
class Scores:
    """Score, coverage and utilisation of every role, in taxonomy order.

    When context terms applied (see :mod:`careermap.scoring.context`), ``score`` is the
    blended score, ``skills`` the skills score before blending, ``context_weight``
    each role's total context weight and ``similarities`` each term's values.
    """

    score: Float
    coverage: Float
    utilisation: Float
    skills: Float | None = None
    context_weight: Float | None = None
    similarities: Mapping[str, tuple[Float, npt.NDArray[np.bool_]]] | None = None
    reach: Reach | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Reach:
    """What scoring a profile computed, kept to explain the roles returned.

    ``ordered`` are the profile's skill ids (sorted), ``levels`` and ``weight``
    (its utilisation weights) per profile skill, ``uses`` the best graded step
    from each profile skill into each role; per (profile skill, requirement)
    pair: the requirement, the profile skill (``owner``), the credit ``value``,
    the step weight, the edge taken (``-1`` for the skill itself) and the
    requirement's role (``pair_role``).
    """

    ordered: list[str]
    levels: Float
    weight: Float
    uses: Float
    pair_req: Int
    owner: Int
    value: Float
    step: Float
    edge: Int
    pair_role: Int

    def pairs_in(self, wanted: npt.NDArray[np.bool_]) -> tuple[Int, Float, Int, Int, Float]:
        """Return the pairs in the roles *wanted* (a mask over roles), in no fixed order.

        As (requirement, credit value, profile skill, edge, step weight) arrays.
        """
        sel = np.flatnonzero(wanted[self.pair_role])
        return self.pair_req[sel], self.value[sel], self.owner[sel], self.edge[sel], self.step[sel]


#: From this many values per segment on, segments are sliced, not gathered by index.
LONG_SEGMENT = 64


@cache
def country_index() -> dict[str, int]:
    """Return each ISO 3166-1 alpha-2 code's place among them, sorted (``bound_country``)."""
    return {code: k for k, code in enumerate(sorted(COUNTRIES))}


def best_by_key(keys: Int, value: Float) -> tuple[Int, Float]:
    """Return the distinct *keys*, ascending, and the largest *value* of each.

    A stable sort and one ``maximum.at``: the sparse path of every scoring path's
    best credit per requirement (or per profile and requirement).
    """
    by_key = np.argsort(keys, kind="stable")
    ordered = keys[by_key]
    first = np.ones(len(ordered), dtype=np.bool_)
    first[1:] = ordered[1:] != ordered[:-1]
    slot = np.empty(len(by_key), dtype=np.int64)
    slot[by_key] = np.cumsum(first) - 1
    best = np.zeros(int(first.sum()))
    np.maximum.at(best, slot, value)
    return ordered[first], best


def utilised(general: npt.NDArray[np.bool_], strength: Float, uses: Float) -> tuple[Float, Float]:
    """Return a profile's utilisation weights and its utilisation of every role.

    Each skill weighs by its strength; a general competency counts in a role only
    where it raises that role's utilisation (:func:`careermap.scoring.model.with_general`),
    unless the profile holds nothing else. *uses* is the profile's skills x roles
    matrix of best graded steps. The weights returned are the skills' strengths.
    One function for every scoring path (same operands, same BLAS call, same sums).
    """
    weight = np.where(general, 0.0, strength)
    if not weight.any():
        relied = float(strength.sum())
        return strength, (strength @ uses) / relied if relied else uses.sum(axis=0)
    relied = float(weight.sum())
    held: Float = weight @ uses
    if not general.any():
        return strength, held / relied
    # Each role takes its general skills by use, highest first, while the use is
    # above its utilisation so far (with_general, vectorised over the roles).
    counted = np.full(uses.shape[1], relied)
    their = uses[general]
    strong = strength[general]
    roles = np.arange(uses.shape[1])
    for row in np.argsort(-their, axis=0, kind="stable"):
        use = their[row, roles]
        raises = use * counted > held
        held = np.where(raises, held + strong[row] * use, held)
        counted = np.where(raises, counted + strong[row], counted)
    return strength, held / counted


def pair_values(
    person: tuple[Float, Float],
    src: Int,
    step: Float,
    lengths: Int,
    required: tuple[Float, Float],
    *,
    graded: bool,
) -> tuple[Float, Float, Float]:
    """Return each (profile skill, requirement) pair's step, credit and graded use.

    *person* holds the profile's levels and strengths, *src* each step's profile
    skill, *lengths* how many requirements each step reaches, *required* those
    requirements' levels and uses. Credit is ``step * min(1, level / required)``,
    times ``min(1, strength / use)`` when *graded*; the graded use is ``step *
    min(1, use / strength)``. One function for every scoring path (one profile,
    a block of profiles, the dense sweep's transfers), so that each computes the
    same operations in the same order and gets the same bits.
    """
    levels, strength = person
    level, use = required
    pair_step = np.repeat(step, lengths)
    pair_strength = np.repeat(strength[src], lengths)
    ratio = np.repeat(levels[src], lengths)
    ratio /= level
    np.minimum(ratio, 1.0, out=ratio)
    value = pair_step * ratio
    if graded:
        ratio = pair_strength / use
        np.minimum(ratio, 1.0, out=ratio)
        value *= ratio
    ratio = use / pair_strength
    np.minimum(ratio, 1.0, out=ratio)
    return pair_step, value, pair_step * ratio


def _take_segments(ptr: Int, values: Int, which: Int) -> tuple[Int, Int]:
    """Concatenate ``values[ptr[w]:ptr[w+1]]`` for each ``w`` in *which*; also return owners.

    Long segments (a role's skills, on O*NET, each named by most roles) are
    sliced and joined; short ones are gathered with one computed index.
    """
    starts = ptr[which]
    ends = ptr[which + 1]
    lengths = ends - starts
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(which)), lengths)
    if total >= LONG_SEGMENT * len(which) > 0:
        pieces = [values[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
        return np.concatenate(pieces), owner
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return values[np.repeat(starts, lengths) + offsets], owner


class ScoringIndex:
    """Arrays derived from a taxonomy for vectorised scoring (see the module docstring)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.skill_ids = [s.id for s in taxonomy.skills]
        self.skill_pos = dict(zip(self.skill_ids, range(len(self.skill_ids)), strict=True))
        self.skill_general = np.array([s.general for s in taxonomy.skills], dtype=np.bool_)
        self.role_ids = [r.id for r in taxonomy.roles]
        self.role_pos = dict(zip(self.role_ids, range(len(self.role_ids)), strict=True))
        self.sector_ids = sorted({r.sector for r in taxonomy.roles})
        sector_pos = {s: i for i, s in enumerate(self.sector_ids)}
        self.role_sector = np.array([sector_pos[r.sector] for r in taxonomy.roles], dtype=np.int64)
        # Rank of each role id in sorted order: the final tie-break.
        order = sorted(range(len(self.role_ids)), key=self.role_ids.__getitem__)
        self.role_id_rank = np.empty(len(order), dtype=np.int64)
        self.role_id_rank[order] = np.arange(len(order))
        # The roles whose post exists only in some countries (Role.countries), with their
        # countries as CSR over ISO's sorted codes: few roles, read per ranking.
        codes = country_index()
        bound = [(i, r.countries) for i, r in enumerate(taxonomy.roles) if r.countries]
        self.bound_role = np.array([i for i, _ in bound], dtype=np.int64)
        self.bound_ptr = np.zeros(len(bound) + 1, dtype=np.int64)
        np.cumsum([len(c) for _, c in bound], out=self.bound_ptr[1:])
        self.bound_country = np.array([codes[c] for _, cs in bound for c in cs], dtype=np.int64)

        # Filled straight into arrays: no transient Python lists of ~129k items each.
        count = sum(len(role.requirements) for role in taxonomy.roles)
        self.req_role = np.repeat(
            np.arange(len(taxonomy.roles), dtype=np.int64),
            [len(role.requirements) for role in taxonomy.roles],
        )
        reqs = [req for role in taxonomy.roles for req in role.requirements]
        pos = self.skill_pos
        self.req_skill = np.fromiter((pos[r.skill] for r in reqs), dtype=np.int64, count=count)
        self.req_level = np.fromiter((r.level for r in reqs), dtype=np.float64, count=count)
        self.req_weight = np.fromiter(
            (r.weight * IMPORTANCE_FACTOR[r.importance] for r in reqs),
            dtype=np.float64,
            count=count,
        )
        n_roles, n_skills = len(self.role_ids), len(self.skill_ids)
        # Summed in requirement order, as the reference implementation does.
        self.total_weight = np.bincount(self.req_role, self.req_weight, minlength=n_roles)
        # How much each role uses each requirement: its weight over the role's heaviest.
        heaviest = np.zeros(n_roles)
        np.maximum.at(heaviest, self.req_role, self.req_weight)
        self.req_use = self.req_weight / heaviest[self.req_role]
        # CSC: for each skill, the requirements naming it (ascending).
        by_skill = np.argsort(self.req_skill, kind="stable")
        self.skill_req_ptr = np.zeros(n_skills + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.req_skill, minlength=n_skills), out=self.skill_req_ptr[1:])
        self.skill_req = by_skill.astype(np.int64)
        # Each role's requirements: req_role is ascending, so a CSR pointer.
        self.role_req_ptr = np.zeros(n_roles + 1, dtype=np.int64)
        np.cumsum(np.bincount(self.req_role, minlength=n_roles), out=self.role_req_ptr[1:])
        # Best one-step transfer out of each skill, as CSR.
        transfers = transfer_index(taxonomy)
        out_ptr = [0]
        out_target: list[int] = []
        self.out_transfer: list[Transfer] = []
        for skill_id in self.skill_ids:
            for target, transfer in transfers.outgoing.get(skill_id, {}).items():
                out_target.append(self.skill_pos[target])
                self.out_transfer.append(transfer)
            out_ptr.append(len(out_target))
        self.out_ptr = np.array(out_ptr, dtype=np.int64)
        self.out_target = np.array(out_target, dtype=np.int64)
        self.edge_ids = np.arange(len(self.out_target), dtype=np.int64)
        self.out_weight = np.array([t.weight for t in self.out_transfer], dtype=np.float64)
        # The reference's tie-break among equal credits: the via order of each edge.
        self.out_via = np.array([t.sort_key()[1] for t in self.out_transfer], dtype=np.int64)
        self.n_roles, self.n_skills = n_roles, n_skills

    def _pairs(self, positions: Int) -> tuple[Int, Int, Float, Int]:
        """Return (profile index, target skill, step weight, edge), self steps included.

        The edge is the position of the step in the ``out_*`` arrays, ``-1`` for a self step.
        """
        edges, owner = _take_segments(self.out_ptr, self.edge_ids, positions)
        src = np.concatenate([np.arange(len(positions)), owner])
        tgt = np.concatenate([positions, self.out_target[edges]])
        step = np.concatenate([np.ones(len(positions)), self.out_weight[edges]])
        edge = np.concatenate([np.full(len(positions), -1, dtype=np.int64), edges])
        return src, tgt, step, edge

    def _covered(self, pair_reqs: Int, value: Float) -> Float:
        """Return each role's covered weight: the best credit per reached requirement, summed.

        Summed per role in requirement order, as the reference does. A profile reaching
        few requirements (a person's) sorts its pairs, not a pass over every requirement
        (nor ``np.unique``, which imports numpy.ma); one reaching many (a role's, on
        O*NET) fills a dense array instead. Both give the same sums: an unreached
        requirement adds an exact 0.
        """
        if len(pair_reqs) * DENSE_FRACTION >= len(self.req_role):
            credit = np.zeros(len(self.req_role))
            np.maximum.at(credit, pair_reqs, value)
            summed = np.bincount(self.req_role, self.req_weight * credit, minlength=self.n_roles)
            return summed.astype(np.float64, copy=False)  # already float64: no copy
        reqs, req_credit = best_by_key(pair_reqs, value)
        covered = np.bincount(
            self.req_role[reqs], self.req_weight[reqs] * req_credit, minlength=self.n_roles
        )
        return covered.astype(np.float64, copy=False)

    def score(
        self, profile: Mapping[str, float], strengths: Mapping[str, float] | None = None
    ) -> Scores:
        """Score every role for ``{skill id: level}`` (ids must be in the taxonomy).

        Without *strengths* the profile is a person's: each skill's strength is its
        level over 5, and strengths weigh utilisation only. With *strengths* (a role
        as a profile) they also grade each requirement's credit.
        """
        ordered = sorted(profile)
        positions = np.array([self.skill_pos[s] for s in ordered], dtype=np.int64)
        levels = np.array([profile[s] for s in ordered], dtype=np.float64)
        graded_credit = strengths is not None
        strength = (
            levels / MAX_LEVEL
            if strengths is None
            else np.array([strengths[s] for s in ordered], dtype=np.float64)
        )
        src, tgt, step, edge = self._pairs(positions)
        held = self.skill_req_ptr[positions + 1] - self.skill_req_ptr[positions]
        if int(held.sum()) * DENSE_FRACTION >= len(self.req_role) > 0:
            # The held skills name many requirements (a role's, on O*NET): scored
            # over every requirement at once (careermap.scoring.dense), the same bits.
            from careermap.scoring import dense  # noqa: PLC0415 - it imports this module

            found = dense.score_dense(
                self,
                ordered=ordered,
                positions=positions,
                levels=levels,
                strength=strength,
                graded=graded_credit,
                pairs=(src, tgt, step, edge),
            )
            if found is not None:
                return found
        pair_reqs, owner, pair_step, value, graded, pair_edge = self.step_pairs(
            (levels, strength), (src, tgt, step, edge), graded=graded_credit
        )
        # Credit of every reached requirement: its best pair.
        covered = self._covered(pair_reqs, value)
        with np.errstate(invalid="ignore", divide="ignore"):
            coverage = np.where(self.total_weight > 0, covered / self.total_weight, 0.0)

        # Utilisation: best graded step from each profile skill into each role.
        # One flat maximum.at (a 2-D index takes numpy's slower path).
        best = np.zeros(len(positions) * self.n_roles)
        pair_role = self.req_role[pair_reqs]
        np.maximum.at(best, owner * self.n_roles + pair_role, graded)
        uses = best.reshape(len(positions), self.n_roles)
        weight, utilisation = utilised(self.skill_general[positions], strength, uses)
        score = coverage**COVERAGE_EXPONENT * utilisation ** (1.0 - COVERAGE_EXPONENT)
        reach = Reach(
            ordered,
            levels,
            weight,
            uses,
            pair_reqs,
            owner,
            value,
            pair_step,
            pair_edge,
            pair_role,
        )
        return Scores(score=score, coverage=coverage, utilisation=utilisation, reach=reach)

    def step_pairs(
        self,
        person: tuple[Float, Float],
        steps: tuple[Int, Int, Float, Int],
        *,
        graded: bool,
    ) -> tuple[Int, Int, Float, Float, Float, Int]:
        """Return every (profile skill, requirement) pair the *steps* link, with its values.

        *person* holds the profile's levels and strengths, *steps* each step's
        profile skill, target skill, step and edge. Returns each pair's
        requirement, owner (the step's profile skill), step, credit, graded use
        and edge: the pairs of one profile (:meth:`score`) or of a block of
        profiles (``careermap.scoring.many``), the same operations for both.
        """
        src, tgt, step, edge = steps
        # Each pair's own values are repeated over its requirements (a repeat, not a gather).
        pair_reqs, _ = _take_segments(self.skill_req_ptr, self.skill_req, tgt)
        lengths = self.skill_req_ptr[tgt + 1] - self.skill_req_ptr[tgt]
        pair_step, value, graded_use = pair_values(
            person,
            src,
            step,
            lengths,
            (self.req_level[pair_reqs], self.req_use[pair_reqs]),
            graded=graded,
        )
        owner = np.repeat(src, lengths)
        return pair_reqs, owner, pair_step, value, graded_use, np.repeat(edge, lengths)

    def sector_mask(self, sectors: set[str]) -> npt.NDArray[np.bool_]:
        """Return which roles lie in *sectors* (a sector without roles selects none)."""
        wanted = [i for i, sector in enumerate(self.sector_ids) if sector in sectors]
        return np.isin(self.role_sector, wanted)

    def elsewhere(self, country: str | None) -> list[int]:
        """Return the roles whose post exists only in countries other than *country*.

        *country* is an ISO 3166-1 alpha-2 code (``Background.country``); ``None`` (a
        person who gave none) returns no role: they are told where each post exists. A
        territory licensing as a country's jurisdiction (:data:`~careermap.base.countries.
        LICENSED_AS`: Puerto Rico, Guam...) has that country's posts too, as its licences
        are that country's: a veterans service officer serves veterans in Puerto Rico. One
        only registering on a country's registers (:data:`~careermap.base.registers.
        REGISTERED_AS`: Jersey) does not: its posts are its own law's.
        """
        if country is None or not len(self.bound_role):
            return []
        from careermap.base.countries import LICENSED_AS  # noqa: PLC0415 - a country given only (a ranking imports no country table)

        index = country_index()
        codes = {index[country], index[LICENSED_AS.get(country, country)]}
        ptr, found = self.bound_ptr.tolist(), self.bound_country.tolist()
        return [
            role
            for k, role in enumerate(self.bound_role.tolist())
            if codes.isdisjoint(found[ptr[k] : ptr[k + 1]])
        ]

    def top(
        self,
        scores: Scores,
        *,
        limit: int | None,
        min_score: float = 0.0,
        sectors: set[str] | None = None,
        exclude: str | None = None,
        away: list[int] | None = None,
    ) -> list[int]:
        """Return role positions, best first, with the reference's tie-break.

        Roles in *away* (:meth:`elsewhere`: posts not found in the person's country) are
        left out, as roles outside *sectors* are.
        """
        keep = (scores.score > 0.0) & (scores.score >= min_score)
        if sectors is not None:
            keep &= self.sector_mask(sectors)
        if exclude is not None:
            keep[self.role_pos[exclude]] = False
        if away:
            keep[away] = False
        candidates = np.flatnonzero(keep)
        rounded = np.round(scores.score[candidates], 12)
        if limit is not None and len(candidates) > limit:
            # Everything tied with the limit-th best stays in, for the tie-break below.
            threshold = -np.partition(-rounded, limit - 1)[limit - 1]
            close = rounded >= threshold
            candidates, rounded = candidates[close], rounded[close]
        order = np.lexsort(
            (
                self.role_id_rank[candidates],
                -np.round(scores.coverage[candidates], 12),
                -rounded,
            )
        )
        ranked = candidates[order]
        return [int(i) for i in (ranked if limit is None else ranked[:limit])]


def _build(taxonomy: Taxonomy) -> ScoringIndex:
    # The disk cache's copy when the taxonomy has one (careermap.scoring.stored).
    from careermap.scoring import stored  # noqa: PLC0415 - it imports this module

    found = stored.load_scoring(taxonomy)
    if found is not None:
        return found
    try:
        index = ScoringIndex(taxonomy)
    except KeyError:
        # A taxonomy built in code skips load_taxonomy's checks: say what is wrong.
        from careermap.taxonomy.validate import check_taxonomy  # noqa: PLC0415 - then only

        check_taxonomy(taxonomy)
        raise
    stored.save_scoring(taxonomy, index)
    return index


def scoring_index(taxonomy: Taxonomy) -> ScoringIndex:
    """Return the (cached) scoring index of *taxonomy*.

    Raises
    ------
    TaxonomyError
        For a taxonomy built in code whose references do not resolve.
    """
    return derived(taxonomy, "scoring", lambda: _build(taxonomy))
