"""Run a call under a time bound (and optionally a memory bound) without risking the suite.

The call runs in a daemon thread: if it hangs, the test fails after the bound and the
stuck thread dies with the interpreter instead of blocking the run.
"""

from __future__ import annotations

import threading
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

#: Seconds any one hostile input may take. They take milliseconds to about a second;
#: this catches hangs (a FIFO read blocks forever), not slowness, so it leaves room
#: for a loaded 2-core machine (one case took 5.1 s under a load of 7).
TIME_LIMIT = 20.0
#: Peak bytes of Python allocations allowed while handling a hostile input.
MEMORY_LIMIT = 200 * 2**20


@dataclass
class Outcome:
    """What a bounded call returned or raised, how long it took and its peak memory."""

    value: Any
    error: BaseException | None
    seconds: float
    peak: int | None


def run_bounded(
    func: Callable[[], Any], *, seconds: float = TIME_LIMIT, measure_memory: bool = False
) -> Outcome:
    """Call *func* in a daemon thread; fail the test if it is still running after *seconds*.

    With *measure_memory*, tracemalloc records the peak of Python allocations meanwhile.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # the caller inspects whatever came out
            box["error"] = exc

    if measure_memory:
        tracemalloc.start()
    try:
        thread = threading.Thread(target=target, daemon=True)
        start = time.perf_counter()
        thread.start()
        thread.join(seconds)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] if measure_memory else None
    finally:
        if measure_memory:
            tracemalloc.stop()
    if thread.is_alive():
        pytest.fail(f"still running after {seconds} s: a hang")
    return Outcome(box.get("value"), box.get("error"), elapsed, peak)


def raises_within(
    error: type[BaseException], func: Callable[[], Any], *, seconds: float = TIME_LIMIT
) -> BaseException:
    """Assert that *func* raises *error* (nothing else, and not nothing) within *seconds*."""
    outcome = run_bounded(func, seconds=seconds)
    if outcome.error is None:
        pytest.fail(f"expected {error.__name__}, got a result: {outcome.value!r:.200}")
    if not isinstance(outcome.error, error):
        raise AssertionError(
            f"expected {error.__name__}, got {type(outcome.error).__name__}"
        ) from outcome.error
    assert outcome.seconds < seconds
    return outcome.error
