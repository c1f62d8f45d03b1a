"""benchmarks/reading_diff.py: how two source trees read the persona texts, side by side.

These check the harness on made-up readings, and one small run on this tree; they hold
no reading to a bar.
"""

from __future__ import annotations

from pathlib import Path

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HARNESS = load_script(ROOT / "benchmarks" / "reading_diff.py", "reading_diff")


def test_each_kind_of_difference_is_named():
    unread = ["None/none"]
    debrief = ["critical-incident-debriefing/semantic 0.721"]
    assert HARNESS.kind(debrief, unread) == "lost"
    assert HARNESS.kind(unread, debrief) == "gained"
    assert HARNESS.kind(debrief, ["crisis-protocols/semantic 0.650"]) == "changed"
    assert HARNESS.kind(debrief, ["critical-incident-debriefing/alias"]) == "method"
    # A similarity that moves with the same skill and method is no difference.
    assert HARNESS.kind(debrief, ["critical-incident-debriefing/semantic 0.700"]) is None
    assert HARNESS.kind(unread, unread) is None


def test_a_checkout_or_its_src_folder_is_a_tree(tmp_path):
    assert HARNESS.tree_of(str(ROOT), tmp_path) == ROOT
    assert HARNESS.tree_of(str(ROOT / "src"), tmp_path) == ROOT


def test_a_tree_reads_each_persona_text(tmp_path):
    people = [{"skills": ["CBT", "forklift driving"]}]
    (read,) = HARNESS.readings(ROOT, people, tmp_path)
    assert read["CBT"] == ["cognitive-behavioural-therapy/alias"]
    assert read["forklift driving"] == ["None/none"]
