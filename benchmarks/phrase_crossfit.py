"""How a phrase's verbs are read by meaning, through ``match_text``, cross-fitted in seven folds.

Thirty-ninth round (docs/semantic.md): a CV line's past tenses ("co-facilitated",
"liaised", "wrote") against the "-ing" forms skill names use. Each cell sets how
:mod:`careermap.resolve.cv_verbs` reads a text (``readings``) and reads every phrase and
off-domain phrase of the development set (both halves), holdout.yaml and the spent judges
holdout2-7 as a user meets them (the shipped default: WordLlama, no
``CAREERMAP_LONG_TEXTS``):

- ``as written``: the text only (the library before this round);
- ``every past tense``: every "-ed" word and irregular past in the "-ing" form
  (``extract.verb_cues``, as narratives' clauses are read), instead of the text;
- ``duty starts``: only the verb that begins each duty (``as_skill_names_say``), instead;
- ``the nearer`` (shipped): the text and its ``duty starts`` form, whichever comes nearer
  a skill.

Printed per set: first shown right (the match, or the first suggestion), silent matches
(right), off-domain phrases resolved. Each of six folds (four in the thirty-ninth round,
five in the fortieth) fits on the development set, holdout and five spent judges, and is
reported on the sixth (A: holdout7, B: holdout6, C: holdout5, D: holdout4, E: holdout3,
F: holdout2); a fold's pick is the
cell with the most phrases shown right over its fitting sets and no off-domain phrase
resolved there (on a tie, the cell listed first),
and holds when it shows more right than ``as written`` on the set it did not fit, with no
off-domain phrase resolved.
holdout9.yaml, blind when these folds were set and spent since the forty-third round, is not a
fold (holdout8 is the seventh fold, A, since the
forty-second round: ``cascade_crossfit.FOLDS``).

``--cells`` reads only the cells named (and ``as written``): with
``CAREERMAP_LONG_TEXTS=minilm`` set, ``--cells "the nearer"`` compares the opt-in cascade
before and after. ``--time`` then times ``match_text`` warm on every phrase of those sets
for ``as written`` and the shipped cell, alternating rounds (``--rounds``), each text read
with nothing remembered (``SemanticIndex.forget``): the median over rounds of each text,
then the median over texts, in milliseconds, for the CV lines whose verbs the shipped cell
reads twice and for all phrases.

    OPENBLAS_NUM_THREADS=1 python benchmarks/phrase_crossfit.py [--time --rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cascade_crossfit import FOLDS, Figures, sets

import careermap
from careermap.resolve import cv_verbs
from careermap.resolve import semantic as _semantic
from careermap.resolve.extract import verb_cues
from careermap.resolve.resolver import match_text

SHIPPED = "the nearer"
BEFORE = "as written"
CELLS: dict[str, Callable[[str], list[str]]] = {
    BEFORE: lambda text: [text],
    "every past tense": lambda text: [verb_cues(text)],
    "duty starts": lambda text: [cv_verbs.as_skill_names_say(text)],
    SHIPPED: cv_verbs.readings,
}


def run(taxonomy: Any, data: dict[str, Any], cell: str) -> dict[str, Figures]:
    """Read every set with *cell*'s readings; the figures per set."""
    shipped = cv_verbs.readings
    cv_verbs.readings = CELLS[cell]
    try:
        figures: dict[str, Figures] = {}
        for name, (items, off_domain) in data.items():
            _semantic.semantic_index(taxonomy).forget()
            shown = silent = right = 0
            for item in items:
                match = match_text(str(item["text"]), taxonomy)
                expect = item["expect"]
                alternatives = match.alternatives
                first = match.skill_id or (alternatives[0].skill_id if alternatives else None)
                shown += first in expect
                if match.skill_id is not None:
                    silent += 1
                    right += match.skill_id in expect
            off = sum(match_text(text, taxonomy).skill_id is not None for text in off_domain)
            figures[name] = (shown, len(items), silent, right, off)
        return figures
    finally:
        cv_verbs.readings = shipped


def timed(taxonomy: Any, texts: list[str], rounds: int) -> dict[str, dict[str, list[float]]]:
    """Milliseconds per text and round, for ``as written`` and the shipped cell."""
    index = _semantic.semantic_index(taxonomy)
    match_text("warm up the reader", taxonomy)
    spent: dict[str, dict[str, list[float]]] = {BEFORE: {}, SHIPPED: {}}
    shipped = cv_verbs.readings
    try:
        for _ in range(rounds):
            for cell in (BEFORE, SHIPPED):
                cv_verbs.readings = CELLS[cell]
                for text in texts:
                    index.forget()
                    start = time.perf_counter()
                    match_text(text, taxonomy)
                    spent[cell].setdefault(text, []).append((time.perf_counter() - start) * 1000)
    finally:
        cv_verbs.readings = shipped
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time", action="store_true", help="time match_text, warm")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cells", nargs="*", choices=list(CELLS), default=list(CELLS))
    args = parser.parse_args()
    taxonomy = careermap.load_taxonomy()
    data = sets()
    cells = {cell: run(taxonomy, data, cell) for cell in CELLS if cell in {*args.cells, BEFORE}}
    for cell, figures in cells.items():
        shown = " | ".join(
            f"{name} {a}/{b} {a / b:.1%}, {c} ({d}), off {e}"
            for name, (a, b, c, d, e) in figures.items()
        )
        print(f"{cell:17} {shown}")
    for fold, (fit, check) in FOLDS.items():
        allowed = [c for c, f in cells.items() if all(f[name][4] == 0 for name in fit)]
        order = list(CELLS)  # on a tie, the cell listed first (the simpler reading)
        pick = max(allowed, key=lambda c: (sum(cells[c][name][0] for name in fit), -order.index(c)))
        a, b, c, d, e = cells[pick][check]
        before = cells[BEFORE][check]
        holds = e == 0 and a > before[0]
        print(
            f"fold {fold}: pick {pick!r}; on {check} (not fitted): {a / b:.1%} shown right"
            f" (as written {before[0] / b:.1%}), {c} silent ({d} right; as written {before[2]}"
            f" ({before[3]})), off-domain {e}: {'holds' if holds else 'does not hold'}"
        )
    if args.time:
        texts = list(dict.fromkeys(str(i["text"]) for items, _ in data.values() for i in items))
        spent = timed(taxonomy, texts, args.rounds)
        twice = [t for t in texts if len(cv_verbs.readings(t)) > 1]
        for label, group in (("read twice", twice), ("every phrase", texts)):
            ms = [
                statistics.median(statistics.median(spent[cell][t]) for t in group)
                for cell in (BEFORE, SHIPPED)
            ]
            print(f"{label} ({len(group)}): {BEFORE} {ms[0]:.2f} ms, {SHIPPED} {ms[1]:.2f} ms")


if __name__ == "__main__":
    main()
