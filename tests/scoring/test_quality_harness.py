"""benchmarks/quality.py's cosine + context baseline: its weights are fitted, not given.

The baseline puts the cosine where careermap's skills score goes and blends the same
context terms (docs/performance.md, "Ranking quality on real data"). These tests check
the harness's fit on a small made-up case; they hold no figure to a bar.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]

HARNESS = load_script(ROOT / "benchmarks" / "quality.py", "quality")


def _case() -> tuple[dict[int, np.ndarray], dict[int, dict], dict[int, set[int]]]:
    # Role 0's related role is 1; the base score puts 2 and 3 above it, the text term
    # puts it first. Every role has the text term; none has the others.
    base = {0: np.array([1.0, 0.5, 0.9, 0.8])}
    defined = np.ones(4, dtype=np.bool_)
    sims = {0: {"text": (np.array([1.0, 1.0, 0.0, 0.0]), defined)}}
    return base, sims, {0: {1}}


def test_the_fit_chooses_the_context_weights_that_rank_the_answer_first():
    base, sims, relevant = _case()
    assert HARNESS.mean_metrics(base, relevant, [0]) == (1.0, 1 / 3)
    weights = HARNESS.fit_context(base, sims, relevant, [0])
    assert weights["text"] > 0
    blended = {0: HARNESS.blend(base[0], sims[0], weights)[0]}
    assert HARNESS.mean_metrics(blended, relevant, [0]) == (1.0, 1.0)


def test_the_fit_keeps_the_base_score_when_context_does_not_help():
    base, sims, relevant = _case()
    sims[0]["text"] = (np.array([1.0, 0.0, 1.0, 1.0]), sims[0]["text"][1])
    base[0] = np.array([1.0, 0.9, 0.5, 0.4])
    # The first weights in grid order that keep role 1 first: no context at all.
    assert set(HARNESS.fit_context(base, sims, relevant, [0]).values()) == {0.0}


def test_weights_are_named_in_plain_words_and_zero_weights_left_out():
    text = HARNESS.weights_text({"interests": 0.1, "job_zone": 0.0, "text": 0.2})
    assert text == "interests 0.1, text 0.2"
