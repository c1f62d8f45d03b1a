"""Scoring a profile whose skills name most requirements (a role's, on O*NET) in one sweep.

:meth:`~careermap.scoring.engine.ScoringIndex.score` walks the (profile skill,
requirement) pairs that its steps link, gathered from the index. A role as a
profile on O*NET holds about 60 of the 86 skills, and its self steps alone
reach some 46,000 of the 49,361 requirements: there the engine's gathers,
repeats and scatters cost more than one pass over every requirement.
:func:`score_dense` lays the requirements out by skill (the order of
``skill_req``), spreads each held skill's level and strength over its run (an
unheld skill's as 0, so its requirements get a credit of exactly 0) and computes
the self steps' credits and bests in one pass per operation, with no gather,
sort or ``np.maximum.at``. The transfers' pairs (few) go through
``np.maximum.at`` as in the engine. Each value comes from the same operations on
the same operands as in the engine, so every score is the same to the bit
(``tests/scoring/test_engine.py`` compares both paths).

The pairs kept to explain the roles returned (:class:`DenseReach`) are built for
those roles only, or in full (the engine's arrays, in its order) when read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.scoring.engine import (
    Reach,
    Scores,
    ScoringIndex,
    _take_segments,
    pair_values,
    utilised,
)
from careermap.scoring.model import COVERAGE_EXPONENT

if TYPE_CHECKING:
    from careermap.scoring.engine import Float, Int

__all__ = ["DenseLayout", "DenseReach", "score_dense"]

_PAIR_FIELDS = ("pair_req", "owner", "value", "step", "edge", "pair_role")


class DenseLayout:
    """The index's requirements laid out by skill, derived once per index on first use.

    ``skill``, ``level``, ``use`` and ``role`` are each requirement's in the order
    of ``skill_req`` (``skill`` and ``level`` one longer: a last slot of an absent
    skill, whose credit stays 0); ``position`` maps a requirement to its slot;
    ``key`` is ``skill * n_roles + role``; ``cell_use`` each (skill, role) cell's use, 0
    where the role does not name the skill (O*NET only). ``slot`` holds each role's requirements
    (their slots) down a column, in requirement order, padded with the last slot;
    ``weight`` their weights (0 in the padding). ``usable`` says whether the sweep
    gives the engine's values: every level and use positive and finite (validated
    taxonomies), and no role naming a skill twice.
    """

    def __init__(self, index: ScoringIndex) -> None:
        count = len(index.req_role)
        self.arange = np.arange(count, dtype=np.int64)
        counts = np.diff(index.skill_req_ptr)
        self.skill = np.append(np.repeat(np.arange(index.n_skills), counts), index.n_skills)
        # How many slots each skill's run has (the absent skill's: the last one).
        self.run = np.append(counts, 1)
        self.level = np.append(index.req_level[index.skill_req], 1.0)
        self.use = index.req_use[index.skill_req]
        self.role = index.req_role[index.skill_req]
        self.key = self.skill[:count] * index.n_roles + self.role
        # np.minimum against an array of ones runs about twice as fast as against 1.0.
        self.ones = np.ones(count + 1)
        # Each (skill, role) cell's use, 0 for an absent requirement, kept only where
        # most cells are requirements (O*NET), not on ESCO's 44 million.
        cells = index.n_skills * index.n_roles
        self.cell_use: Float | None = None
        if cells <= 4 * count:
            self.cell_use = np.zeros((index.n_skills, index.n_roles))
            self.cell_use.reshape(-1)[self.key] = self.use
        self.cell_ones = np.ones(cells if self.cell_use is not None else 0)
        self.position = np.empty(count, dtype=np.int64)
        self.position[index.skill_req] = self.arange
        sizes = np.diff(index.role_req_ptr)
        depth = int(sizes.max()) if len(sizes) else 0
        # Padded columns only while they stay short: one role with many more
        # requirements than the rest would make every column that long.
        self.padded = depth * index.n_roles <= 2 * count
        self.slot = np.full((depth if self.padded else 0, index.n_roles), count, dtype=np.int64)
        self.weight = np.zeros(self.slot.shape)
        if self.padded:
            rank = self.arange - index.role_req_ptr[index.req_role]
            self.slot[rank, index.req_role] = self.position
            self.weight[rank, index.req_role] = index.req_weight
        finite = bool(np.isfinite(self.level).all() and np.isfinite(self.use).all())
        positive = bool((self.level > 0).all() and (self.use > 0).all())
        # A skill's run lists its requirements in order, so by role: a role naming
        # the skill twice shows as the same role twice in a row.
        twice = (self.role[1:] == self.role[:-1]) & (self.skill[1:count] == self.skill[: count - 1])
        self.usable = finite and positive and not twice.any()


def layout(index: ScoringIndex) -> DenseLayout:
    """Return *index*'s :class:`DenseLayout`, built on first use and kept on the index."""
    found = vars(index).get("_dense_layout")
    if not isinstance(found, DenseLayout):
        found = DenseLayout(index)
        vars(index)["_dense_layout"] = found
    return found


@dataclass(frozen=True)
class _Transfers:
    """The transfers' pairs: slot, profile skill, step, edge, credit value, graded use."""

    slot: Int
    owner: Int
    step: Float
    edge: Int
    value: Float


def _transfers(
    index: ScoringIndex,
    lay: DenseLayout,
    pairs: tuple[Int, Int, Float, Int],
    held: int,
    spread: tuple[Float, Float],
    *,
    graded: bool,
) -> tuple[_Transfers, Float]:
    """Return the transfer steps' pairs and their graded uses (the engine's operations)."""
    src, tgt, step, edge = pairs[0][held:], pairs[1][held:], pairs[2][held:], pairs[3][held:]
    levels, strength = spread
    lengths = index.skill_req_ptr[tgt + 1] - index.skill_req_ptr[tgt]
    if not lengths.any():  # no transfer reaches a requirement (as on O*NET)
        none, empty = np.zeros(0, dtype=np.int64), np.zeros(0)
        return _Transfers(none, none, empty, none, empty), empty
    slot, _ = _take_segments(index.skill_req_ptr, lay.arange, tgt)
    owner = np.repeat(src, lengths)
    pair_step, value, used = pair_values(
        (levels, strength), src, step, lengths, (lay.level[slot], lay.use[slot]), graded=graded
    )
    return _Transfers(slot, owner, pair_step, np.repeat(edge, lengths), value), used


def score_dense(
    index: ScoringIndex,
    *,
    ordered: list[str],
    positions: Int,
    levels: Float,
    strength: Float,
    graded: bool,
    pairs: tuple[Int, Int, Float, Int],
) -> Scores | None:
    """Score a profile as :meth:`ScoringIndex.score` does, sweeping every requirement.

    *pairs* are the engine's steps (self steps first); *graded* says whether
    strengths grade the credit (a role as a profile). Returns ``None`` when the
    index's layout is not usable (see :class:`DenseLayout`): the engine then
    walks the pairs itself.
    """
    lay = layout(index)
    if not lay.usable:
        return None
    held = len(positions)
    table = np.zeros(index.n_skills + 1)
    table[positions] = levels
    # The self steps: step 1 * min(1, level / required) * min(1, strength / use),
    # each skill's value repeated over its run (table[lay.skill], at a third the cost).
    value = np.repeat(table, lay.run)
    value /= lay.level
    np.minimum(value, lay.ones, out=value)
    table[positions] = strength
    strength_at = np.repeat(table, lay.run)[:-1]
    # Utilisation's uses first: grading the credit divides strength_at in place.
    uses = _uses(index, lay, positions, strength, strength_at)
    if graded:
        np.divide(strength_at, lay.use, out=strength_at)
        np.minimum(strength_at, lay.ones[:-1], out=strength_at)
        value[:-1] *= strength_at
    moved, moved_graded = _transfers(index, lay, pairs, held, (levels, strength), graded=graded)
    credit = value
    if len(moved.slot):
        credit = value.copy()
        np.maximum.at(credit, moved.slot, moved.value)
    if lay.padded:
        # take(mode="clip") skips the bounds checks an index built here never needs:
        # the same values, about a sixth faster on O*NET's 59,000 cells.
        weighted = credit.take(lay.slot, mode="clip")
        weighted *= lay.weight
        # Down the columns, one row after another (a reduction over the outer axis
        # of a C-ordered array adds the rows in order): bincount's order of additions.
        covered: Float = np.add.reduce(weighted, axis=0)
    else:
        weights = index.req_weight * credit[lay.position]
        covered = np.bincount(index.req_role, weights, minlength=index.n_roles).astype(
            np.float64, copy=False
        )
    with np.errstate(invalid="ignore", divide="ignore"):
        coverage = np.where(index.total_weight > 0, covered / index.total_weight, 0.0)
    if len(moved.slot):
        keys = moved.owner * index.n_roles + lay.role[moved.slot]
        np.maximum.at(uses.reshape(-1), keys, moved_graded)
    weight, utilisation = utilised(index.skill_general[positions], strength, uses)
    score = coverage**COVERAGE_EXPONENT * utilisation ** (1.0 - COVERAGE_EXPONENT)
    rank = np.full(index.n_skills + 1, -1, dtype=np.int64)
    rank[positions] = np.arange(held)
    reach = DenseReach(
        ordered, levels, weight, uses, _Sweep(index, lay, positions, rank, value, moved)
    )
    return Scores(score=score, coverage=coverage, utilisation=utilisation, reach=reach)


def _uses(
    index: ScoringIndex, lay: DenseLayout, positions: Int, strength: Float, strength_at: Float
) -> Float:
    """Return each held skill's graded use of each role, ``min(1, use / strength)``.

    *strength_at* is each slot's strength (its skill's). Where the layout keeps every
    cell's use (O*NET), the held skills' rows of it, divided: the same division, cell by
    cell, as slot by slot, and an absent cell's 0 stays 0 (a strength of 0 would make it
    NaN: then, and on a sparse taxonomy, the held skills' slots are scattered instead).
    """
    if lay.cell_use is not None and bool((strength > 0).all()):
        uses = lay.cell_use.take(positions, axis=0, mode="clip")
        uses /= strength[:, None]
        np.minimum(uses, lay.cell_ones[: uses.size].reshape(uses.shape), out=uses)
        return uses
    with np.errstate(invalid="ignore", divide="ignore"):
        graded_use = lay.use / strength_at
    np.minimum(graded_use, lay.ones[:-1], out=graded_use)
    slots, owner = _take_segments(index.skill_req_ptr, lay.arange, positions)
    uses = np.zeros((len(positions), index.n_roles))
    uses[owner, lay.role[slots]] = graded_use[slots]
    return uses


@dataclass(frozen=True)
class _Sweep:
    """What :func:`score_dense` keeps to build the pairs: the self steps' credits per slot."""

    index: ScoringIndex
    layout: DenseLayout
    positions: Int
    rank: Int
    value: Float
    moved: _Transfers


class DenseReach(Reach):
    """A :class:`~careermap.scoring.engine.Reach` whose pairs are built when asked for.

    :meth:`pairs_in` builds those of the roles asked for (the ten or so returned);
    reading a pair field builds every pair, as the engine would have, in its order.
    """

    def __init__(
        self, ordered: list[str], levels: Float, weight: Float, uses: Float, sweep: _Sweep
    ):
        for name, value in (("ordered", ordered), ("levels", levels), ("weight", weight)):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "uses", uses)
        object.__setattr__(self, "_sweep", sweep)

    def __getattr__(self, name: str) -> Any:
        if name not in _PAIR_FIELDS:
            raise AttributeError(name)
        sweep: _Sweep = self.__dict__["_sweep"]
        index, lay, moved = sweep.index, sweep.layout, sweep.moved
        slots, owner = _take_segments(index.skill_req_ptr, lay.arange, sweep.positions)
        slots = np.concatenate([slots, moved.slot])
        fields = {
            "pair_req": index.skill_req[slots],
            "owner": np.concatenate([owner, moved.owner]),
            "value": np.concatenate([sweep.value[slots[: len(owner)]], moved.value]),
            "step": np.concatenate([np.ones(len(owner)), moved.step]),
            "edge": np.concatenate([np.full(len(owner), -1, dtype=np.int64), moved.edge]),
            "pair_role": lay.role[slots],
        }
        for field_name, array in fields.items():
            object.__setattr__(self, field_name, array)
        return fields[name]

    def pairs_in(
        self, wanted: np.ndarray[Any, np.dtype[np.bool_]]
    ) -> tuple[Int, Float, Int, Int, Float]:
        """Return the pairs in the roles *wanted*, built for those roles only."""
        sweep: _Sweep = self.__dict__["_sweep"]
        index, lay, moved = sweep.index, sweep.layout, sweep.moved
        reqs, _ = _take_segments(index.role_req_ptr, lay.arange, np.flatnonzero(wanted))
        slots = lay.position[reqs]
        owner = sweep.rank[lay.skill[slots]]
        kept = owner >= 0
        reqs, slots, owner = reqs[kept], slots[kept], owner[kept]
        chosen = np.flatnonzero(wanted[lay.role[moved.slot]])
        return (
            np.concatenate([reqs, index.skill_req[moved.slot[chosen]]]),
            np.concatenate([sweep.value[slots], moved.value[chosen]]),
            np.concatenate([owner, moved.owner[chosen]]),
            np.concatenate([np.full(len(reqs), -1, dtype=np.int64), moved.edge[chosen]]),
            np.concatenate([np.ones(len(reqs)), moved.step[chosen]]),
        )
