"""The opt-in long-text cascade's share and margin, read through ``match_text``, cross-fitted.

Thirty-seventh round (docs/semantic.md): with ``CAREERMAP_LONG_TEXTS=minilm`` (set here),
each cell sets ``careermap.resolve.long_texts.LONG_SHARE`` and ``SURE_MARGIN`` and reads
every phrase and off-domain phrase of the development set (both halves), holdout.yaml,
and the spent judges holdout2.yaml, holdout3.yaml and holdout4.yaml as a user meets them:
first shown right (the match, or the first suggestion), silent matches and how many are
right, off-domain phrases resolved. Six folds since the forty-first round, over the spent
judges holdout2-8 (holdout9.yaml, blind when these folds were set and spent since the
forty-third round, is not a fold; holdout8 is a fold since the forty-second round): each
fits on the development set, holdout and six of the spent judges
and is reported on the seventh (A: holdout8, B: holdout7, C: holdout6, D: holdout5, E:
holdout4, F: holdout3, G: holdout2); a fold's pick
is the most phrases shown right over its fitting sets with no off-domain phrase resolved there, and
holds when it shows more right than the shipped cell on the set it did not fit, with no
off-domain phrase resolved. ``--long-words`` sets ``LONG_WORDS`` too (0: MiniLM may read short
phrases as well, when WordLlama is unsure of them).

    OPENBLAS_NUM_THREADS=1 python benchmarks/cascade_crossfit.py --share 0.7 0.85 1 --margin 0 0.05
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import semantic_eval

import careermap
from careermap.resolve import long_texts as _long
from careermap.resolve import semantic as _semantic
from careermap.resolve.resolver import match_text

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
SPENT = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8")
#: Each fold fits on the development set, holdout and six spent judges; reports on the seventh.
FOLDS = {
    fold: (("dev", "holdout", *(name for name in SPENT if name != check)), check)
    for fold, check in zip("ABCDEFG", reversed(SPENT), strict=True)
}
Figures = tuple[int, int, int, int, int]  # shown right, phrases, silent, silent right, off-domain


def sets() -> dict[str, tuple[list[dict[str, Any]], list[str]]]:
    found = {}
    for name in ("holdout", *SPENT):  # not holdout9: no fold (spent, but not refitted)
        document = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
        found[name] = (document["items"], document["off_domain"])
    halves = ("calibrate", "report")
    found["dev"] = (
        [i for half in halves for i in semantic_eval.load("phrases.yaml", half)],
        [t for half in halves for t in semantic_eval.load("off_domain.yaml", half)],
    )
    return found


def run(
    taxonomy: Any, data: dict[str, Any], share: float, margin: float, words: int
) -> dict[str, Figures]:
    _long.LONG_SHARE, _long.SURE_MARGIN, _long.LONG_WORDS = share, margin, words
    figures: dict[str, Figures] = {}
    for name, (items, off_domain) in data.items():
        index = _semantic.semantic_index(taxonomy)
        index.forget()  # every cell reads afresh
        shown = silent = right = 0
        for item in items:
            match = match_text(item["text"], taxonomy)
            alternatives = match.alternatives
            first = match.skill_id or (alternatives[0].skill_id if alternatives else None)
            shown += first in item["expect"]
            if match.skill_id is not None:
                silent += 1
                right += match.skill_id in item["expect"]
        off = sum(match_text(text, taxonomy).skill_id is not None for text in off_domain)
        figures[name] = (shown, len(items), silent, right, off)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--share", type=float, nargs="*", default=[0.7, 0.85, 1.0])
    parser.add_argument("--margin", type=float, nargs="*", default=[0.0, 0.05])
    parser.add_argument("--long-words", type=int, nargs="*", default=[_long.LONG_WORDS])
    args = parser.parse_args()
    os.environ[_long.LONG_TEXTS_ENV] = "minilm"
    taxonomy = careermap.load_taxonomy()
    data = sets()
    shipped = (_long.LONG_SHARE, _long.SURE_MARGIN, _long.LONG_WORDS)
    cells = {
        (s, m, w): run(taxonomy, data, s, m, w)
        for s in args.share
        for m in args.margin
        for w in args.long_words
    }
    if shipped not in cells:
        cells[shipped] = run(taxonomy, data, *shipped)
    for (share, margin, words), figures in cells.items():
        shown = " | ".join(
            f"{name} {a / b:.1%}, {c} ({d}), off {e}" for name, (a, b, c, d, e) in figures.items()
        )
        print(f"share {share}, margin {margin}, long words {words}: {shown}")
    for fold, (fit, check) in FOLDS.items():
        allowed = [cell for cell, f in cells.items() if all(f[name][4] == 0 for name in fit)]
        pick = max(allowed, key=lambda cell: (sum(cells[cell][name][0] for name in fit), cell))
        a, b, c, d, e = cells[pick][check]
        holds = e == 0 and a > cells[shipped][check][0]
        print(
            f"fold {fold}: pick share {pick[0]}, margin {pick[1]}, long words {pick[2]};"
            f" on {check} (not fitted):"
            f" {a / b:.1%} shown right, {c} silent ({d} right), off-domain {e}:"
            f" {'holds' if holds else 'does not hold'}"
        )


if __name__ == "__main__":
    main()
