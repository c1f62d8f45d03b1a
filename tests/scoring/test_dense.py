"""The sweep over every requirement gives the engine's pairs walk: the same bits, the same pairs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.importers import import_onet
from careermap.scoring import engine as engine_module
from careermap.scoring.dense import DenseLayout, DenseReach, layout
from careermap.scoring.engine import ScoringIndex, scoring_index
from careermap.scoring.start import role_start, start_scores

from ..strategies import taxonomy_and_profile

PAIRS = ("pair_req", "owner", "value", "step", "edge", "pair_role")


def both(engine, profile, strengths):
    """Score with the pairs walk (never dense) and with the sweep (always)."""
    found = {}
    for fraction in (0, 10**9):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(engine_module, "DENSE_FRACTION", fraction)
            found[fraction] = engine.score(profile, strengths)
    return found[0], found[10**9]


def as_rows(pairs):
    """The pairs as sorted tuples: their order is not part of the contract."""
    return sorted(zip(*(array.tolist() for array in pairs), strict=True))


@settings(max_examples=150, deadline=None)
@given(
    taxonomy_and_profile(),
    st.one_of(st.none(), st.lists(st.floats(0.01, 1.0), min_size=12, max_size=12)),
    st.data(),
)
def test_the_sweep_keeps_the_engines_pairs_and_uses(case, weights, data):
    taxonomy, profile = case
    strengths = None if weights is None else dict(zip(sorted(profile), weights, strict=False))
    engine = scoring_index(taxonomy)
    walked, swept = both(engine, profile, strengths)
    # Always swept, unless the held skills name no requirement at all.
    named = any((engine.req_skill == engine.skill_pos[skill_id]).any() for skill_id in profile)
    assert isinstance(swept.reach, DenseReach) == named
    assert not isinstance(walked.reach, DenseReach)
    assert walked.reach.uses.tobytes() == swept.reach.uses.tobytes()
    wanted = np.zeros(engine.n_roles, dtype=np.bool_)
    chosen = data.draw(st.lists(st.integers(0, engine.n_roles - 1), max_size=engine.n_roles))
    wanted[chosen] = True
    # Only the roles asked for, built from the sweep: the same pairs as the engine's.
    assert as_rows(swept.reach.pairs_in(wanted)) == as_rows(walked.reach.pairs_in(wanted))
    # Every pair, read whole: the engine's arrays, in its order, bit for bit.
    for name in PAIRS:
        mine, theirs = getattr(swept.reach, name), getattr(walked.reach, name)
        assert mine.dtype == theirs.dtype, name
        assert mine.tobytes() == theirs.tobytes(), name


def test_a_role_on_onet_is_swept_with_the_same_bits(onet_dir):
    onet = import_onet(onet_dir)
    engine = scoring_index(onet)
    assert layout(engine).usable
    assert layout(engine).padded
    for role in onet.roles[:5]:
        start = role_start(role, onet)
        walked, swept = both(engine, start.skills, start.strengths)
        assert isinstance(swept.reach, DenseReach)
        assert walked.score.tobytes() == swept.score.tobytes()
        assert walked.coverage.tobytes() == swept.coverage.tobytes()
        assert walked.reach.uses.tobytes() == swept.reach.uses.tobytes()
        # Without the monkeypatch a role on O*NET takes the sweep.
        assert isinstance(start_scores(start, onet).reach, DenseReach)


def test_a_layout_the_sweep_cannot_reproduce_is_not_used(default):
    engine = scoring_index(default)
    lay = layout(engine)
    profile = {engine.skill_ids[0]: 3, engine.skill_ids[1]: 4}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lay, "usable", False)
        patch.setattr(engine_module, "DENSE_FRACTION", 10**9)
        scores = engine.score(profile)
    assert not isinstance(scores.reach, DenseReach)


def test_a_role_naming_a_skill_twice_is_not_swept(default):
    # Validation forbids it; a taxonomy copied without validation can hold it, and
    # the sweep would then keep the last of the two uses, not the best.
    role = default.roles[0]
    twice = role.model_copy(update={"requirements": (*role.requirements, role.requirements[0])})
    copied = default.model_copy(update={"roles": (twice, *default.roles[1:])})
    assert not DenseLayout(ScoringIndex(copied)).usable
    assert DenseLayout(ScoringIndex(default)).usable


def test_the_cell_map_and_the_held_slots_give_the_same_uses(onet_dir):
    # O*NET keeps each (skill, role) cell's use; a sparse taxonomy scatters the held
    # skills' slots instead. Both must give the same utilisation, bit for bit.
    onet = import_onet(onet_dir)
    engine = scoring_index(onet)
    lay = layout(engine)
    assert lay.cell_use is not None
    for role in onet.roles[:5]:
        start = role_start(role, onet)
        mapped = engine.score(start.skills, start.strengths)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(lay, "cell_use", None)
            scattered = engine.score(start.skills, start.strengths)
        assert isinstance(scattered.reach, DenseReach)
        assert mapped.reach.uses.tobytes() == scattered.reach.uses.tobytes()
        assert mapped.score.tobytes() == scattered.score.tobytes()


@pytest.mark.filterwarnings("ignore:divide by zero:RuntimeWarning")  # the engine's walk
def test_a_strength_of_zero_takes_the_held_slots(onet_dir):
    # The cells' uses divided by a strength of 0 would turn an absent requirement's 0
    # into NaN; the sweep then scatters the held skills' slots, as the engine's walk.
    onet = import_onet(onet_dir)
    engine = scoring_index(onet)
    start = role_start(onet.roles[0], onet)
    strengths = dict(start.strengths or {})
    named = np.diff(engine.skill_req_ptr)  # the held skill fewest roles name: many absent cells
    strengths[min(strengths, key=lambda s: (named[engine.skill_pos[s]], s))] = 0.0
    walked, swept = both(engine, start.skills, strengths)
    assert isinstance(swept.reach, DenseReach)
    assert not np.isnan(swept.reach.uses).any()
    assert walked.reach.uses.tobytes() == swept.reach.uses.tobytes()
    assert walked.score.tobytes() == swept.score.tobytes()
