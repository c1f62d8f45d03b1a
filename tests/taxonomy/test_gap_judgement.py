"""The gap judgement (tests/data/gap-judgement.yaml): its shape, checked with the public API.

A counsellor's labels of the gaps careermap showed for eight personas (benchmarks/gaps.py
reads them). These tests check only that the file is well formed and refers to things that
exist; they never run a ranking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "data"
JUDGEMENT = DATA / "gap-judgement.yaml"
SETS = {
    "first": DATA / "personas.yaml",
    "fresh": DATA / "personas-fresh.yaml",
    "third": DATA / "personas-third.yaml",
}


def _rows() -> list[dict[str, Any]]:
    with JUDGEMENT.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert set(data) == {"judgements"}, f"unexpected top-level keys {sorted(data)}"
    rows: list[dict[str, Any]] = data["judgements"]
    return rows


ROWS = _rows()


def _persona_ids(which: str) -> list[str]:
    text = SETS[which].read_text("utf-8")
    return [persona["id"] for persona in yaml.safe_load(text)["personas"]]


def test_at_least_150_lines_across_the_three_sets_first_set_first():
    assert len(ROWS) >= 150
    sets = [row["set"] for row in ROWS]
    assert set(sets) == set(SETS)
    # The first set's lines come first: they are the fitting part, the rest is reported.
    assert sets == sorted(sets, key=list(SETS).index)


def test_personas_follow_their_files_order_and_each_is_one_block():
    for which in SETS:
        named = list(dict.fromkeys(row["persona"] for row in ROWS if row["set"] == which))
        order = _persona_ids(which)
        assert set(named) <= set(order), f"{which}: unknown personas"
        assert named == sorted(named, key=order.index), f"{which}: not in the file's order"
    blocks = [row["persona"] for row in ROWS]
    starts = [p for i, p in enumerate(blocks) if i == 0 or blocks[i - 1] != p]
    assert len(starts) == len(set(starts)), "a persona's lines are split"


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['persona']}/{r['role']}/{r['skill']}")
def test_each_line_is_labelled_with_a_class_and_a_reason(row, default):
    assert set(row) == {"set", "persona", "role", "skill", "class", "why"}
    assert row["class"] in {"a", "b", "c", "d"}
    assert isinstance(row["why"], str)
    assert row["why"].strip()
    assert row["skill"] in default.skill_index
    assert row["role"] in {role.id for role in default.roles}


def test_no_line_is_labelled_twice():
    keys = [(row["persona"], row["role"], row["skill"]) for row in ROWS]
    assert len(keys) == len(set(keys))
