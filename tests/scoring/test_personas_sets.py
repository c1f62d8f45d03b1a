"""benchmarks/personas.py reports each persona set, labelled: the first and the blind ones.

These tests check the harness's ``--set`` option only. They hold no ranking to a bar:
the fresh, third, fourth, fifth, sixth, seventh and eighth sets
(tests/data/personas-fresh.yaml, personas-third.yaml, personas-fourth.yaml,
personas-fifth.yaml, personas-sixth.yaml, personas-seventh.yaml, personas-eighth.yaml) are
reported beside the first, never fitted to (docs/personas.md, "A second, blind set" to
"An eighth, blind set").
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
    assert [p["id"] for p in HARNESS.personas("third")] == _ids("personas-third.yaml")
    assert [p["id"] for p in HARNESS.personas("fourth")] == _ids("personas-fourth.yaml")
    assert [p["id"] for p in HARNESS.personas("fifth")] == _ids("personas-fifth.yaml")
    assert [p["id"] for p in HARNESS.personas("sixth")] == _ids("personas-sixth.yaml")
    assert [p["id"] for p in HARNESS.personas("seventh")] == _ids("personas-seventh.yaml")
    assert [p["id"] for p in HARNESS.personas("eighth")] == _ids("personas-eighth.yaml")


def test_years_in_other_work_enter_the_background():
    # The seventh set gives years in other work by job title, as careermap.Background takes
    # them; a persona without them gives none.
    given = [p for p in HARNESS.personas("seventh") if p.get("experience")]
    assert given
    for persona in given:
        assert HARNESS.context(persona)["background"]["experience"] == persona["experience"]
    assert HARNESS.context(HARNESS.personas("first")[0])["background"]["experience"] == {}


def test_by_default_all_eight_sets_are_reported_each_labelled(capsys):
    HARNESS.main([])
    out = capsys.readouterr().out
    first = out.index(f"## first set (personas.yaml): {len(_ids('personas.yaml'))} personas")
    fresh = out.index(f"## fresh set (personas-fresh.yaml): {len(_ids('personas-fresh.yaml'))}")
    third = out.index(f"## third set (personas-third.yaml): {len(_ids('personas-third.yaml'))}")
    fourth = out.index(f"## fourth set (personas-fourth.yaml): {len(_ids('personas-fourth.yaml'))}")
    fifth = out.index(f"## fifth set (personas-fifth.yaml): {len(_ids('personas-fifth.yaml'))}")
    sixth = out.index(f"## sixth set (personas-sixth.yaml): {len(_ids('personas-sixth.yaml'))}")
    count = len(_ids("personas-seventh.yaml"))
    seventh = out.index(f"## seventh set (personas-seventh.yaml): {count}")
    count = len(_ids("personas-eighth.yaml"))
    eighth = out.index(f"## eighth set (personas-eighth.yaml): {count}")
    assert first < fresh < third < fourth < fifth < sixth < seventh < eighth
    # Each table says which set it measures; the tune/check halves belong to the first.
    assert out.index("| ranker (first set) |") < fresh < out.index("| ranker (fresh set) |")
    assert third < out.index("| ranker (third set) |") < fourth
    assert fourth < out.index("| ranker (fourth set) |") < fifth
    assert fifth < out.index("| ranker (fifth set) |") < sixth
    assert sixth < out.index("| ranker (sixth set) |") < seventh
    assert seventh < out.index("| ranker (seventh set) |") < eighth
    assert eighth < out.index("| ranker (eighth set) |")
    assert "| ranker | half |" in out[:fresh]
    assert "| ranker | half |" not in out[fresh:]


def test_all_is_the_default_and_both_is_the_first_and_fresh_sets(capsys):
    HARNESS.main(["--set", "all"])
    out = capsys.readouterr().out
    assert "## third set" in out
    assert "## fourth set" in out
    assert "## fifth set" in out
    assert "## sixth set" in out
    assert "## seventh set" in out
    assert "## eighth set" in out
    HARNESS.main(["--set", "both"])
    out = capsys.readouterr().out
    assert "## first set" in out
    assert "## fresh set" in out
    assert "third set" not in out
    assert "fourth set" not in out
    assert "fifth set" not in out
    assert "sixth set" not in out
    assert "seventh set" not in out
    assert "eighth set" not in out


SET_NAMES = ["first", "fresh", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]


@pytest.mark.parametrize("chosen", SET_NAMES)
def test_one_set_can_be_reported_alone(capsys, chosen):
    HARNESS.main(["--set", chosen])
    out = capsys.readouterr().out
    assert f"## {chosen} set" in out
    assert f"| ranker ({chosen} set) |" in out
    for left_out in set(SET_NAMES) - {chosen}:
        assert f"{left_out} set" not in out
