"""Block scoring (rank_many's path) gives exactly what one profile at a time gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careermap import ProfileError, build_profile, rank_careers, rank_many
from careermap.importers import import_esco
from careermap.scoring import many
from careermap.scoring.engine import scoring_index
from careermap.scoring.many import Scratch, score_block, top_block

from ..strategies import LEVELS, taxonomies

DATA = Path(__file__).resolve().parents[1] / "data"

REACH = ("levels", "weight", "uses", "pair_req", "owner", "value", "step", "edge", "pair_role")


@st.composite
def taxonomy_and_profiles(draw: st.DrawFn):
    """A random taxonomy and 1-9 non-empty profiles of its skill ids with levels."""
    taxonomy = draw(taxonomies())
    ids = [s.id for s in taxonomy.skills]
    chosen = st.lists(st.sampled_from(ids), unique=True, min_size=1, max_size=len(ids))
    profiles = draw(st.lists(chosen, min_size=1, max_size=9))
    return taxonomy, [{skill: draw(LEVELS) for skill in p} for p in profiles]


def assert_scores_identical(engine, profiles, block, scratch):
    """Each profile's block scores equal engine.score's, bit for bit, reach included."""
    scores, score, coverage = block
    assert len(scores) == len(profiles) == score.shape[0] == coverage.shape[0]
    for profile, got in zip(profiles, scores, strict=True):
        want = engine.score(profile)
        for name in ("score", "coverage", "utilisation"):
            assert np.array_equal(getattr(got, name), getattr(want, name)), name
        assert got.reach.ordered == want.reach.ordered
        for name in REACH:
            mine, theirs = getattr(got.reach, name), getattr(want.reach, name)
            assert mine.dtype == theirs.dtype, name
            assert np.array_equal(mine, theirs), name


@settings(max_examples=150, deadline=None)
@given(
    taxonomy_and_profiles(),
    st.sampled_from([None, 1, 2, 5]),
    st.sampled_from([0.0, 0.2]),
    st.booleans(),
)
def test_block_scores_and_order_are_the_single_calls(case, limit, min_score, one_sector):
    taxonomy, profiles = case
    engine = scoring_index(taxonomy)
    sectors = {taxonomy.roles[0].sector} if one_sector else None
    scratch = Scratch()
    for size in (1, 2, len(profiles)):  # the scratch is reused from block to block
        for start in range(0, len(profiles), size):
            part = profiles[start : start + size]
            block = score_block(engine, part, scratch)
            assert_scores_identical(engine, part, block, scratch)
            scores, score, coverage = block
            tops = top_block(
                engine, score, coverage, limit=limit, min_score=min_score, sectors=sectors
            )
            for each, top in zip(scores, tops, strict=True):
                want = engine.top(each, limit=limit, min_score=min_score, sectors=sectors)
                assert top == want
        scratch.reset()
        assert not scratch.cells.any()  # zeroed again for the next block


@settings(max_examples=100, deadline=None)
@given(taxonomy_and_profiles(), st.sampled_from([None, 1, 3]))
def test_rank_many_equals_rank_careers_per_profile(case, limit):
    taxonomy, profiles = case
    items = [list(p.items()) for p in profiles]
    got = list(rank_many(items, taxonomy=taxonomy, limit=limit))
    want = [rank_careers(p, taxonomy=taxonomy, limit=limit) for p in items]
    assert got == want
    assert [r.to_dict() for r in got] == [r.to_dict() for r in want]


def test_many_blocks_on_the_bundled_taxonomy(default, monkeypatch):
    """Blocks of three profiles (and chunk boundaries) on the bundled taxonomy, all fields equal."""
    engine = scoring_index(default)
    monkeypatch.setattr(many, "BLOCK_CELLS", 3 * 20 * engine.n_roles)
    rng = np.random.default_rng(0)
    ids = [s.id for s in default.skills]
    items = [
        [(ids[i], int(rng.integers(1, 6))) for i in rng.choice(len(ids), 20, replace=False)]
        for _ in range(70)
    ]
    got = list(rank_many(items, taxonomy=default, limit=5))
    want = [rank_careers(p, taxonomy=default, limit=5) for p in items]
    assert got == want
    assert [r.to_dict() for r in got] == [r.to_dict() for r in want]
    assert len({tuple(m.role_id for m in r) for r in got}) > 1


def test_blocks_on_the_esco_slice():
    esco = import_esco(DATA / "esco-mini")
    items = [[(s.id, 1 + i % 5) for s in esco.skills[i:]] for i in range(len(esco.skills))]
    got = list(rank_many(items, taxonomy=esco, limit=None))
    assert got == [rank_careers(p, taxonomy=esco, limit=None) for p in items]


def test_an_invalid_profile_stops_the_batch_after_the_ones_before(default):
    items = [["CBT"], ["empathy"], [""], ["coaching"]]
    results = rank_many(items, taxonomy=default, limit=2)
    assert next(results) == rank_careers(["CBT"], taxonomy=default, limit=2)
    assert next(results) == rank_careers(["empathy"], taxonomy=default, limit=2)
    with pytest.raises(ProfileError, match=r"^profile 2 of the batch: a profile entry is empty"):
        next(results)


def test_an_error_of_the_input_comes_after_the_rows_before_it(default):
    def rows():
        yield ["CBT"]
        yield ["empathy"]
        msg = "row 2 cannot be read"
        raise ProfileError(msg)

    results = rank_many(rows(), taxonomy=default, limit=2)
    assert next(results) == rank_careers(["CBT"], taxonomy=default, limit=2)
    assert next(results) == rank_careers(["empathy"], taxonomy=default, limit=2)
    with pytest.raises(ProfileError, match=r"^row 2 cannot be read$"):
        next(results)


def test_a_profile_with_a_background_keeps_rank_careers_order(default):
    background = {"education": "bachelor", "years_experience": 2}
    nurse = build_profile(["CBT", "empathy"], taxonomy=default, background=background)
    items = [["CBT"], nurse, ["coaching"]]
    got = list(rank_many(items, taxonomy=default, limit=4))
    assert got == [rank_careers(p, taxonomy=default, limit=4) for p in items]
    assert got[1].profile.background is not None
