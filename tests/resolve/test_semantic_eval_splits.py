"""benchmarks/semantic_eval.py: the held-out set's tuning and report parts (thirty-third round).

The held-out set has been read since the thirty-second round and may tune, split as the
development files are: even-numbered items tune, odd-numbered ones report. These check
the split only; they hold no accuracy to a bar.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))  # semantic_eval imports semantic_candidates
HARNESS = load_script(ROOT / "benchmarks" / "semantic_eval.py", "semantic_eval")
FILES = ("phrases.yaml", "off_domain.yaml", "narratives.yaml")


def _key(item: object) -> str:
    return item if isinstance(item, str) else item["text"]  # type: ignore[index]


def test_the_holdout_parts_split_it_in_two_by_position():
    for name in FILES:
        whole = [_key(item) for item in HARNESS.load(name, "holdout")]
        tune = [_key(item) for item in HARNESS.load(name, "holdout-tune")]
        report = [_key(item) for item in HARNESS.load(name, "holdout-report")]
        assert tune == whole[0::2]
        assert report == whole[1::2]
        assert len(tune) + len(report) == len(whole) > 0


def test_four_parts_are_the_development_halves_and_the_holdout_parts():
    assert HARNESS.SPLITS["both"] == ["calibrate", "report"]
    assert HARNESS.SPLITS["four"] == ["calibrate", "report", "holdout-tune", "holdout-report"]
    assert HARNESS.SPLITS["tune"] == ["calibrate", "holdout-tune"]
    # The development halves are not the held-out set's.
    calibrate = {_key(item) for item in HARNESS.load("phrases.yaml", "calibrate")}
    assert calibrate.isdisjoint(_key(item) for item in HARNESS.load("phrases.yaml", "holdout-tune"))


def test_a_variant_reads_a_setting_from_a_preposition_after_two_words():
    variants = load_script(ROOT / "benchmarks" / "semantic_variants.py", "semantic_variants")
    variants.OPTIONS["cut"] = "setting"
    text = "co-led a weekly therapeutic group on an eating disorders unit"
    assert variants.head(text) == "co-led a weekly therapeutic group"
    assert variants.head("RMN on an acute admissions unit") == "RMN on an acute admissions unit"
    assert variants.head("lobbying for changes in policy") == "lobbying for changes"
    variants.OPTIONS["cut"] = "last"
    assert variants.head("lobbying for changes in policy") == "lobbying for changes"
    assert (
        variants.head("wrote reports for the board of the trust") == "wrote reports for the board"
    )
