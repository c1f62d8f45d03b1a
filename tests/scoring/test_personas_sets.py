"""benchmarks/personas.py reports each persona set, labelled: the first and the blind one.

These tests check the harness's ``--set`` option only. They hold no ranking to a bar:
the fresh set (tests/data/personas-fresh.yaml) is reported beside the first, never
fitted to (docs/personas.md, "A second, blind set").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


HARNESS = load_script(ROOT / "benchmarks" / "personas.py", "personas")


def _ids(name: str) -> list[str]:
    text = (ROOT / "tests" / "data" / name).read_text("utf-8")
    return [persona["id"] for persona in yaml.safe_load(text)["personas"]]


def test_each_set_is_read_from_its_own_file():
    assert [p["id"] for p in HARNESS.personas()] == _ids("personas.yaml")
    assert [p["id"] for p in HARNESS.personas("first")] == _ids("personas.yaml")
    assert [p["id"] for p in HARNESS.personas("fresh")] == _ids("personas-fresh.yaml")


def test_by_default_both_sets_are_reported_each_labelled(capsys):
    HARNESS.main([])
    out = capsys.readouterr().out
    first = out.index(f"## first set (personas.yaml): {len(_ids('personas.yaml'))} personas")
    fresh = out.index(f"## fresh set (personas-fresh.yaml): {len(_ids('personas-fresh.yaml'))}")
    assert first < fresh
    # Each table says which set it measures; the tune/check halves belong to the first.
    assert out.index("| ranker (first set) |") < fresh < out.index("| ranker (fresh set) |")
    assert "| ranker | half |" in out[:fresh]
    assert "| ranker | half |" not in out[fresh:]


@pytest.mark.parametrize(("chosen", "left_out"), [("fresh", "first"), ("first", "fresh")])
def test_one_set_can_be_reported_alone(capsys, chosen, left_out):
    HARNESS.main(["--set", chosen])
    out = capsys.readouterr().out
    assert f"## {chosen} set" in out
    assert f"| ranker ({chosen} set) |" in out
    assert f"{left_out} set" not in out
