"""The collector pause nests, resumes, and freezes only what a build that worked left."""

from __future__ import annotations

import gc

import pytest

from careermap.base.collector import paused


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
    assert gc.get_freeze_count() == before


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
