"""benchmarks/upskilling.py judges the first set or a blind one: fourth to thirty-fifth.

These tests check the harness's choice of set only; they hold no order to a bar and run
no upskilling: the orders' lists are replaced by the counsellor's own, so the figures are
known. The blind sets are reported whole; the tune and check halves belong to the first
(docs/personas.md, "A fourth, blind set" to "A thirty-fifth, blind set").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from ..scripts import load_script
from ..taxonomy.test_personas_data import JUDGED_NAMES

ROOT = Path(__file__).resolve().parents[2]

HARNESS = load_script(ROOT / "benchmarks" / "upskilling.py", "upskilling_benchmark")


def _ids(name: str) -> list[str]:
    text = (ROOT / "tests" / "data" / name).read_text("utf-8")
    return [persona["id"] for persona in yaml.safe_load(text)["personas"]]


#: The judged sets: the first, then the blind ones in the order written.
JUDGED = ["first", *JUDGED_NAMES]


def test_each_judged_set_is_read_from_its_own_file():
    assert list(HARNESS.judgements()) == _ids("personas.yaml")
    assert list(HARNESS.SETS) == JUDGED
    for which in JUDGED:
        file = "personas.yaml" if which == "first" else f"personas-{which}.yaml"
        assert list(HARNESS.judgements(which)) == _ids(file), which


def _as_judged(taxonomy: Any, which: str = "first") -> dict[str, dict[str, list[str]]]:
    # Every order lists the counsellor's own skills to learn: precision@5 is then known.
    learn = {pid: j["learn"] for pid, j in HARNESS.judgements(which).items()}
    return dict.fromkeys([*HARNESS.ORDERS, "baseline"], learn)


@pytest.mark.parametrize("which", JUDGED)
def test_a_set_is_reported_by_name_halves_only_for_the_first(capsys, monkeypatch, which):
    monkeypatch.setattr(HARNESS, "runs", _as_judged)
    HARNESS.main([] if which == "first" else ["--set", which])
    out = capsys.readouterr().out
    count = len(_ids("personas.yaml" if which == "first" else f"personas-{which}.yaml"))
    assert f"## Upskilling, {which} set: {count} personas" in out
    rows = [line for line in out.splitlines() if line.startswith("| baseline |")]
    parts = [row.split(" | ")[1] for row in rows]
    assert parts == (["all", "tune", "check"] if which == "first" else ["all"])
    # The whole set's row covers every persona; with five or more skills to learn each,
    # precision@5 is at least 0.6 (3-8 skills per judgement) and nothing not-advised shows.
    cells = rows[0].strip("| ").split(" | ")
    assert cells[2] == str(count)
    assert float(cells[3]) >= 0.6
    assert float(cells[5]) == 0.0
