"""Rankings held to a career counsellor's persona set (tests/data/personas.yaml).

The bars are those of docs/personas.md, measured by benchmarks/personas.py; the
set was written without running the ranking and nothing is fitted to it, except
the readiness step rules, chosen on one half of the personas (by id) and checked
here on the other.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

import careermap
from careermap.results.readiness import assess

ROOT = Path(__file__).resolve().parents[2]


def _harness():
    spec = importlib.util.spec_from_file_location("personas", ROOT / "benchmarks" / "personas.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


HARNESS = _harness()


@pytest.fixture(scope="module")
def judged(default):
    return {
        "advice": HARNESS.summary(HARNESS.judge(HARNESS.careermap_top, default)),
        "fit": HARNESS.summary(HARNESS.judge(HARNESS.fit_top, default)),
        "cosine": HARNESS.summary(HARNESS.judge(HARNESS.cosine_top, default)),
    }


def test_advice_puts_fewer_rejected_roles_in_the_top_five(judged):
    advice, fit, cosine = judged["advice"], judged["fit"], judged["cosine"]
    assert advice["rejected per top 5"] <= 0.4
    assert advice["rejected per top 5"] < fit["rejected per top 5"]
    assert advice["rejected per top 5"] < cosine["rejected per top 5"]
    assert advice["personas with a rejected role"] <= 0.35


def test_advice_finds_accepted_roles(judged):
    assert judged["advice"]["precision@5"] >= judged["cosine"]["precision@5"]
    assert judged["advice"]["hit rate"] >= 0.7


def _halves():
    personas = sorted(HARNESS.personas(), key=lambda p: p["id"])
    return personas[0::2], personas[1::2]


@pytest.mark.parametrize("half", [0, 1], ids=["fit-half", "report-half"])
def test_readiness_agrees_with_the_counsellor(half, default):
    reachable = flagged = accepted = rejected = 0
    for persona in _halves()[half]:
        background = careermap.Background(**HARNESS.context(persona)["background"])
        for role_id, wanted in [*((r, True) for r in persona["accept"]),
                                *((r, False) for r in persona["reject"])]:  # fmt: skip
            verdict = assess(careermap.lookup_role(role_id, taxonomy=default).entry, background)
            ready = verdict is not None and verdict.verdict in {"ready", "certify"}
            if wanted:
                accepted += 1
                reachable += ready
            else:
                rejected += 1
                flagged += not ready
    # Report half (never used to choose the rules): 0.80 reachable, 0.84 flagged when written.
    assert reachable / accepted >= 0.72
    assert flagged / rejected >= 0.8
