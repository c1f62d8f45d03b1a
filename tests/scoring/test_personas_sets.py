"""benchmarks/personas.py reports each persona set, labelled: the first and the blind ones.

These tests check the harness's ``--set`` option only. They hold no ranking to a bar:
the fresh and the third to thirty-fifth sets (tests/data/personas-fresh.yaml,
personas-third.yaml to personas-thirty-fifth.yaml) are reported beside the first, never
fitted to (docs/personas.md, "A second, blind set" to "A thirty-fifth, blind set").
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ..scripts import load_script
from ..taxonomy.test_personas_data import BLIND_NAMES

ROOT = Path(__file__).resolve().parents[2]


HARNESS = load_script(ROOT / "benchmarks" / "personas.py", "personas")


def _ids(name: str) -> list[str]:
    text = (ROOT / "tests" / "data" / name).read_text("utf-8")
    return [persona["id"] for persona in yaml.safe_load(text)["personas"]]


#: Each set's name and file, in the order written.
SET_FILES = {
    "first": "personas.yaml",
    **{name: f"personas-{name}.yaml" for name in BLIND_NAMES},
}
SET_NAMES = list(SET_FILES)


def test_each_set_is_read_from_its_own_file():
    assert [p["id"] for p in HARNESS.personas()] == _ids("personas.yaml")
    assert list(HARNESS.SETS) == SET_NAMES
    for name, file in SET_FILES.items():
        assert [p["id"] for p in HARNESS.personas(name)] == _ids(file), name


def test_years_in_other_work_enter_the_background():
    # The seventh set gives years in other work by job title, as careermap.Background takes
    # them; a persona without them gives none.
    given = [p for p in HARNESS.personas("seventh") if p.get("experience")]
    assert given
    for persona in given:
        assert HARNESS.context(persona)["background"]["experience"] == persona["experience"]
    assert HARNESS.context(HARNESS.personas("first")[0])["background"]["experience"] == {}


def test_by_default_all_ten_sets_are_reported_each_labelled(capsys):
    HARNESS.main([])
    out = capsys.readouterr().out
    starts = [
        out.index(f"## {name} set ({file}): {len(_ids(file))} personas")
        for name, file in SET_FILES.items()
    ]
    assert starts == sorted(starts), "the sets are reported in the order written"
    # Each table says which set it measures; the tune/check halves belong to the first.
    ends = [*starts[1:], len(out)]
    for name, start, end in zip(SET_NAMES, starts, ends, strict=True):
        assert start < out.index(f"| ranker ({name} set) |") < end, name
    assert "| ranker | half |" in out[: starts[1]]
    assert "| ranker | half |" not in out[starts[1] :]


def test_all_is_the_default_and_both_is_the_first_and_fresh_sets(capsys):
    HARNESS.main(["--set", "all"])
    out = capsys.readouterr().out
    for name in SET_NAMES:
        assert f"## {name} set" in out, name
    HARNESS.main(["--set", "both"])
    out = capsys.readouterr().out
    assert "## first set" in out
    assert "## fresh set" in out
    for name in SET_NAMES[2:]:
        assert f"{name} set" not in out, name


@pytest.mark.parametrize("chosen", SET_NAMES)
def test_one_set_can_be_reported_alone(capsys, chosen):
    HARNESS.main(["--set", chosen])
    out = capsys.readouterr().out
    assert f"## {chosen} set" in out
    assert f"| ranker ({chosen} set) |" in out
    for left_out in set(SET_NAMES) - {chosen}:
        # Its heading and its table's label: "first set" alone also ends "twenty-first set".
        assert f"## {left_out} set" not in out, left_out
        assert f"({left_out} set)" not in out, left_out
