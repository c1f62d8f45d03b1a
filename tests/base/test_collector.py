"""The collector pause nests, resumes, and freezes only what a build that worked left."""

from __future__ import annotations

import gc

import pytest

from careermap.base.cache import derived
from careermap.base.collector import paused
from careermap.taxonomy.lazy import FREEZE_AT, LazyItems


def test_pauses_nest_and_resume():
    assert gc.isenabled()
    with paused():
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_failed_build_resumes_without_freezing():
    before = gc.get_freeze_count()
    with pytest.raises(ValueError, match="boom"), paused(freeze=True):
        raise ValueError("boom")
    assert gc.isenabled()
    # Nothing was frozen (frozen objects freed meanwhile may lower the count).
    assert gc.get_freeze_count() <= before


def test_a_build_that_worked_is_frozen():
    kept = [[i] for i in range(100)]
    with paused(freeze=True):
        kept.append([0])
    assert gc.get_freeze_count() >= len(kept)


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with paused(freeze=True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_derived_index_is_frozen_once_built():
    # An index built once per taxonomy lives as long as it: later collections skip it.
    class Owner:
        pass

    owner = Owner()
    before = gc.get_freeze_count()
    built = derived(owner, "rows", lambda: [[i] for i in range(500)])
    assert len(built) == 500
    assert gc.get_freeze_count() >= before + len(built)


def test_a_lazy_sequence_is_frozen_when_its_last_item_is_built():
    items = LazyItems(FREEZE_AT, lambda i: [i])
    for i in range(FREEZE_AT - 1):
        items[i]
    before = gc.get_freeze_count()
    items[FREEZE_AT - 1]  # the last one: every item now lives as long as the taxonomy
    assert gc.get_freeze_count() >= before + FREEZE_AT


def test_a_short_lazy_sequence_is_not_frozen():
    before = gc.get_freeze_count()
    items = LazyItems(3, lambda i: [i])
    assert items.as_tuple() == ([0], [1], [2])
    assert gc.get_freeze_count() <= before


@pytest.mark.parametrize("value", ["off", "0", "False"])
def test_freezing_can_be_turned_off(monkeypatch, value):
    # A long-running application may want cycles alive at a load collected later.
    monkeypatch.setenv("CAREERMAP_GC_FREEZE", value)
    before = gc.get_freeze_count()
    kept = [[i] for i in range(100)]
    with paused(freeze=True):
        kept.append([0])
    items = LazyItems(FREEZE_AT, lambda i: [i])
    assert len(items.as_tuple()) == FREEZE_AT
    assert gc.get_freeze_count() <= before
    assert gc.isenabled()
