"""Scoring a block of person profiles at once, for :func:`careermap.rank_many`.

:meth:`ScoringIndex.score <careermap.scoring.engine.ScoringIndex.score>` scores
one profile with about fifty numpy calls over a few thousand (profile skill,
requirement) pairs, so a batch of small profiles spends most of its time in
the calls, not in the work. :func:`score_block` does the same steps once for
the pairs of every profile of a block, each profile's pairs kept together and
in the order the single call makes them; :func:`top_block` orders every
profile's roles with one ``lexsort``.

The results are those of the single call, bit for bit, not merely close: every
step is either elementwise (the same IEEE operation on the same operands), a
maximum (which does not depend on order), a sum that ``np.bincount`` adds in the
single call's order (each profile's requirements ascending; the dense path of
the single call only adds exact zeros between them), or the same call on a
view of one profile's rows (the utilisation's product). The scores therefore
round, tie and order exactly as :meth:`~careermap.scoring.engine.ScoringIndex.top`
orders them. ``tests/scoring/test_many.py`` checks it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

from careermap.scoring.engine import (
    Reach,
    Scores,
    ScoringIndex,
    _take_segments,
    best_by_key,
    utilised,
)
from careermap.scoring.model import COVERAGE_EXPONENT, MAX_LEVEL

if TYPE_CHECKING:
    from careermap.scoring.engine import Float, Int

__all__ = ["BLOCK_CELLS", "Scratch", "block_sizes", "score_block", "top_block"]

#: A block holds at most this many (profile skill, role) cells of utilisation
#: (8 bytes each): 8 MB, so a block of 20-skill profiles on ESCO is 16. From 0.5M
#: to 4M cells the time per profile was the same (within the noise).
BLOCK_CELLS = 1_000_000


def block_sizes(engine: ScoringIndex, skills: int) -> int:
    """Return how many profiles of *skills* skills each make a block on *engine*."""
    return max(1, BLOCK_CELLS // max(1, skills * engine.n_roles))


class Scratch:
    """A zeroed array reused by successive blocks for the utilisation's cells.

    Zeroing a fresh 8 MB array for each block costs more than scoring it; a
    block writes a few hundred cells per profile, which :meth:`reset` zeroes
    again. The :class:`Scores` of a block hold views of it: read them (build
    their explainers) before the next block is scored.
    """

    def __init__(self) -> None:
        self.cells = np.zeros(0)
        self.written: Int | None = None

    def take(self, size: int) -> Float:
        """Return *size* zeroed cells (the last block's cells zeroed again first)."""
        self.reset()
        if len(self.cells) < size:
            self.cells = np.zeros(size)
        return self.cells[:size]

    def reset(self) -> None:
        """Zero the cells the last block wrote."""
        if self.written is not None:
            self.cells[self.written] = 0.0
            self.written = None


def score_block(
    engine: ScoringIndex,
    profiles: Sequence[Mapping[str, float]],
    scratch: Scratch | None = None,
) -> tuple[list[Scores], Float, Float]:
    """Score every role for each person profile (``{skill id: level}``), as ``score`` does.

    Returns one :class:`Scores` per profile, equal bit for bit to
    ``engine.score(profile)`` (reach included), and the block's scores and
    coverage, one profile per row (for :func:`top_block`). With *scratch*, the
    utilisation's cells are its array (see :class:`Scratch`).
    """
    n_roles = engine.n_roles
    n_reqs = len(engine.req_role)
    orders = [sorted(profile) for profile in profiles]
    counts = np.array([len(o) for o in orders], dtype=np.int64)
    starts = np.zeros(len(orders) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    pos = engine.skill_pos
    positions = np.array([pos[s] for o in orders for s in o], dtype=np.int64)
    levels = np.array(
        [p[s] for p, o in zip(profiles, orders, strict=True) for s in o], dtype=np.float64
    )
    strength = levels / MAX_LEVEL
    row_profile = np.repeat(np.arange(len(orders)), counts)
    src, tgt, step, edge = _steps(engine, positions, row_profile)

    pair_reqs, owner, pair_step, value, graded, pair_edge = engine.step_pairs(
        (levels, strength), (src, tgt, step, edge), graded=False
    )
    pair_profile = row_profile[owner]

    covered = _covered(engine, pair_profile * n_reqs + pair_reqs, value, len(orders))
    with np.errstate(invalid="ignore", divide="ignore"):
        coverage = np.where(engine.total_weight > 0, covered / engine.total_weight, 0.0)

    size = len(positions) * n_roles
    best = np.zeros(size) if scratch is None else scratch.take(size)
    pair_role = engine.req_role[pair_reqs]
    cells = owner * n_roles + pair_role
    np.maximum.at(best, cells, graded)
    if scratch is not None:
        scratch.written = cells
    uses = best.reshape(len(positions), n_roles)
    utilisation, weights = _utilisation(engine, positions, strength, starts, uses)
    score = coverage**COVERAGE_EXPONENT * utilisation ** (1.0 - COVERAGE_EXPONENT)

    local = owner - starts[pair_profile]
    bounds = np.zeros(len(orders) + 1, dtype=np.int64)
    np.cumsum(np.bincount(pair_profile, minlength=len(orders)), out=bounds[1:])
    out = []
    for p, ordered in enumerate(orders):
        a, b = int(starts[p]), int(starts[p + 1])
        lo, hi = int(bounds[p]), int(bounds[p + 1])
        reach = Reach(
            ordered,
            levels[a:b],
            weights[p],
            uses[a:b],
            pair_reqs[lo:hi],
            local[lo:hi],
            value[lo:hi],
            pair_step[lo:hi],
            pair_edge[lo:hi],
            pair_role[lo:hi],
        )
        out.append(
            Scores(
                score=score[p],
                coverage=coverage[p],
                utilisation=utilisation[p],
                reach=reach,
            )
        )
    return out, score, coverage


def _steps(engine: ScoringIndex, positions: Int, row_profile: Int) -> tuple[Int, Int, Float, Int]:
    """Return each profile's steps as the single call makes them: self steps, then edges."""
    edges, edge_owner = _take_segments(engine.out_ptr, engine.edge_ids, positions)
    src = np.concatenate([np.arange(len(positions)), edge_owner])
    tgt = np.concatenate([positions, engine.out_target[edges]])
    step = np.concatenate([np.ones(len(positions)), engine.out_weight[edges]])
    edge = np.concatenate([np.full(len(positions), -1, dtype=np.int64), edges])
    grouped = np.argsort(row_profile[src], kind="stable")
    return src[grouped], tgt[grouped], step[grouped], edge[grouped]


def _utilisation(
    engine: ScoringIndex, positions: Int, strength: Float, starts: Int, uses: Float
) -> tuple[Float, list[Float]]:
    """Return each profile's utilisation (a row each) and weights, one product per profile.

    The product is the single call's, on a view of the profile's rows: the same
    BLAS call on the same operands, so the same sums.
    """
    general = engine.skill_general[positions]
    utilisation = np.empty((len(starts) - 1, engine.n_roles))
    weights: list[Float] = []
    for p in range(len(starts) - 1):
        a, b = int(starts[p]), int(starts[p + 1])
        weight, utilisation[p] = utilised(general[a:b], strength[a:b], uses[a:b])
        weights.append(weight)
    return utilisation, weights


def _covered(engine: ScoringIndex, keys: Int, value: Float, count: int) -> Float:
    """Return each profile's covered weight per role, as ``engine._covered`` sums it.

    *keys* are ``profile * requirements + requirement``; each requirement keeps its
    best pair, and each (profile, role) sums its requirements in ascending order.
    """
    n_reqs, n_roles = len(engine.req_role), engine.n_roles
    found, credit = best_by_key(keys, value)
    reqs = found % n_reqs
    cells = (found // n_reqs) * n_roles + engine.req_role[reqs]
    covered = np.bincount(cells, engine.req_weight[reqs] * credit, minlength=count * n_roles)
    return covered.astype(np.float64, copy=False).reshape(count, n_roles)


def top_block(
    engine: ScoringIndex,
    scores: Float,
    coverage: Float,
    *,
    limit: int | None,
    min_score: float = 0.0,
    sectors: set[str] | None = None,
) -> list[list[int]]:
    """Return each profile's role positions, best first, as ``engine.top`` orders them.

    *scores* and *coverage* hold one profile per row.
    """
    keep = (scores > 0.0) & (scores >= min_score)
    if sectors is not None:
        keep &= engine.sector_mask(sectors)
    rounded = np.round(scores, 12)
    counts = keep.sum(axis=1)
    if limit is not None and limit < scores.shape[1]:
        # Everything tied with each row's limit-th best stays in, for the tie-break.
        masked = np.where(keep, rounded, -np.inf)
        threshold = -np.partition(-masked, limit - 1, axis=1)[:, limit - 1]
        over = counts > limit
        keep &= ~over[:, None] | (rounded >= threshold[:, None])
    rows, cols = np.nonzero(keep)
    order = np.lexsort(
        (
            engine.role_id_rank[cols],
            -np.round(coverage[rows, cols], 12),
            -rounded[rows, cols],
            rows,
        )
    )
    ranked = cols[order].tolist()
    bounds = np.zeros(scores.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=scores.shape[0]), out=bounds[1:])
    out = []
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        out.append(ranked[a:b] if limit is None else ranked[a : min(b, a + limit)])
    return out
