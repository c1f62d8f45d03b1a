"""benchmarks/gaps.py counts the labelled gaps careermap still shows, per set and class.

These tests check the harness's counting on small, made-up inputs, and that it runs on
the real file; they hold no ranking to a bar.
"""

from __future__ import annotations

from pathlib import Path

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HARNESS = load_script(ROOT / "benchmarks" / "gaps.py", "gaps_benchmark")


def _label(role: str, skill: str, cls: str) -> object:
    return HARNESS.Label("first", "p", role, skill, cls, "why")


def test_a_gap_counts_as_shown_on_its_role_wherever_the_role_ranks():
    gaps = {"p": {"__top__": ["r1"], "r1": ["law-and-government"], "r9": ["psychology"]}}
    assert HARNESS.still_shown(_label("r1", "law-and-government", "c"), gaps)
    # r9 is outside the top five but still ranked: its gap is still shown.
    assert HARNESS.still_shown(_label("r9", "psychology", "b"), gaps)
    assert not HARNESS.still_shown(_label("r1", "psychology", "b"), gaps)
    assert not HARNESS.still_shown(_label("r2", "psychology", "b"), gaps)


def test_tally_counts_each_class_and_the_onet_names_still_shown():
    chosen = [
        _label("r1", "law-and-government", "c"),
        _label("r1", "administrative", "c"),
        _label("r1", "psychology", "b"),
        _label("r1", "speaking", "a"),
    ]
    gaps = {"p": {"__top__": ["r1"], "r1": ["law-and-government", "administrative", "speaking"]}}
    counts = HARNESS.tally(chosen, gaps, {"law-and-government"})
    assert counts == {"a": (1, 1, 0), "b": (1, 0, 0), "c": (2, 2, 1), "d": (0, 0, 0)}


def test_unlabelled_lists_new_gaps_in_the_top_five_only():
    chosen = [_label("r1", "speaking", "a")]
    gaps = {"p": {"__top__": ["r1"], "r1": ["speaking", "writing"], "r9": ["coaching"]}}
    assert HARNESS.unlabelled(chosen, gaps) == [("p", "r1", "writing")]


def test_onet_named_reads_the_labels(default):
    named = HARNESS.onet_named(default)
    assert named <= set(HARNESS.ONET_NAMES)
    for skill in default.skills:
        if skill.id in named:
            assert skill.label.casefold() == HARNESS.ONET_NAMES[skill.id].casefold()


def test_every_labelled_line_is_counted_once(capsys):
    HARNESS.main([])
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("| first (fitting) |")]
    total = sum(int(line.split("|")[3]) for line in rows)
    assert total == sum(label.set == "first" for label in HARNESS.labels())
