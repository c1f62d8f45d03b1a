"""Warm milliseconds per text, median, the shipped reading against ``CAREERMAP_LONG_TEXTS=minilm``.

Thirty-eighth round (docs/semantic.md, "Thirty-eighth round"): whether the MiniLM reading
of long texts could be the default when its weights are installed. In one process, in
alternating rounds (``--rounds``, median over rounds of each text's time, then the median
over texts), nothing remembered between texts (``SemanticIndex.forget``):

- short phrases (four words or fewer) and CV lines (more than four words) of the
  development set (phrases.yaml) and of the spent held-out sets (holdout2-5), each
  searched alone by the index the resolver uses (``search``);
- the narratives of the four spent narrative sets, each read by ``extract_skills``, and
  per clause (a narrative's time over its clauses).

Then model load: each encoder's first text in a fresh process (median of ``--loads``).
``--long-words 0`` (thirty-ninth round) lets MiniLM read the short phrases too when
WordLlama is unsure of them (``long_texts.LONG_WORDS``; the groups stay by four words);
``--skip-narratives`` times the phrases only.
holdout6.yaml, a blind judge, is never read here.

    OPENBLAS_NUM_THREADS=1 python benchmarks/long_text_speed.py [--long-words 0 --skip-narratives]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

import careermap
from careermap.resolve import extract as _extract
from careermap.resolve import long_texts as _long
from careermap.resolve import semantic as _semantic

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
SPENT = ("holdout2", "holdout3", "holdout4", "holdout5")  # never holdout6: a blind judge
_LOAD = """
import time, careermap
from careermap.resolve.embed import load_encoder
start = time.perf_counter()
load_encoder({name!r}).encode(["warm up"])
print(time.perf_counter() - start)
"""


def texts() -> dict[str, list[str]]:
    """The phrases by kind, and the narratives."""
    phrases: list[str] = []
    stories: list[str] = []
    for name in ("phrases", *SPENT, "narratives"):
        document = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
        if name == "narratives":
            stories += [item["text"] for item in document["items"]]
            continue
        phrases += [item["text"] for item in document["items"]]
        stories += [item["text"] for item in document.get("narratives", [])]
    phrases = list(dict.fromkeys(phrases))
    return {
        "short phrase": [t for t in phrases if len(t.split()) <= _semantic.LONG_WORDS],
        "CV line": [t for t in phrases if len(t.split()) > _semantic.LONG_WORDS],
        "narrative": stories,
    }


def mode(on: bool) -> _semantic.SemanticIndex:
    """Set the variable and return the index the resolver would use."""
    if on:
        os.environ[_semantic.LONG_TEXTS_ENV] = "minilm"
    else:
        os.environ.pop(_semantic.LONG_TEXTS_ENV, None)
    return _semantic.semantic_index(careermap.load_taxonomy())


def one(kind: str, text: str, index: _semantic.SemanticIndex) -> float:
    """Milliseconds to read *text* once, nothing remembered."""
    index.forget()
    start = time.perf_counter()
    if kind == "narrative":
        _extract.extract_skills(text)
    else:
        index.search(text, limit=5)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument(
        "--long-words",
        type=int,
        default=_long.LONG_WORDS,
        help="texts of more words may go to MiniLM (0: short phrases too; grouping unchanged)",
    )
    parser.add_argument("--skip-narratives", action="store_true")
    args = parser.parse_args()
    _long.LONG_WORDS = args.long_words
    groups = texts()
    if args.skip_narratives:
        del groups["narrative"]
    for on in (False, True):
        index = mode(on)
        index.search("warm up the reader of long texts")
        _extract.extract_skills("I ran groups, and I wrote plans for my clients.")
    spent: dict[tuple[str, bool], dict[str, list[float]]] = {}
    for _ in range(args.rounds):
        for kind, items in groups.items():
            for on in (False, True):
                index = mode(on)
                row = spent.setdefault((kind, on), {})
                for text in items:
                    row.setdefault(text, []).append(one(kind, text, index))
    os.environ.pop(_semantic.LONG_TEXTS_ENV, None)
    clauses = {
        t: max(len(dict.fromkeys(_extract._clauses(t))), 1) for t in groups.get("narrative", [])
    }
    print(f"{'texts':<14} {'n':>4} {'shipped ms':>11} {'minilm ms':>10}")
    for kind, items in groups.items():
        medians = [
            statistics.median(statistics.median(spent[kind, on][t]) for t in items)
            for on in (False, True)
        ]
        print(f"{kind:<14} {len(items):>4} {medians[0]:>11.2f} {medians[1]:>10.2f}")
        if kind == "narrative":
            per = [
                statistics.median(statistics.median(spent[kind, on][t]) / clauses[t] for t in items)
                for on in (False, True)
            ]
            print(
                f"{'  per clause':<14} {sum(clauses.values()):>4} {per[0]:>11.2f} {per[1]:>10.2f}"
            )
    for name in ("wordllama", "minilm"):
        loads = [
            float(
                subprocess.run(
                    [sys.executable, "-c", _LOAD.format(name=name)],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()[-1]
            )
            for _ in range(args.loads)
        ]
        print(f"model load, {name}: {statistics.median(loads):.2f} s (median of {args.loads})")


if __name__ == "__main__":
    sys.exit(main())
