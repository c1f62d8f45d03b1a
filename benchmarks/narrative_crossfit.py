"""Narrative extraction cross-fitted over the six narrative sets one may tune on.

Thirty-seventh round (docs/semantic.md, "Thirty-seventh round"), three folds in the
thirty-eighth, four in the thirty-ninth, five in the fortieth, six since the forty-first
("Forty-first round"). The sets are tests/data/semantic/narratives.yaml (development),
holdout.yaml, and the spent judges holdout2.yaml to holdout7.yaml; holdout8.yaml, a blind
judge, is never read here. Six folds, each fitted on the development sets and five of the
spent judges, and checked on the sixth:

- A: check on holdout7; B: on holdout6; C: on holdout5; D: on holdout4; E: on holdout3;
  F: on holdout2 (each fitted on narratives, holdout and the other five).

For every setting of the grid, the fitting sets' narratives are pooled and scored
(precision counts a skill in ``expect`` or ``also`` as right, recall counts ``expect``);
the fold's pick is the highest F1 there (ties: fewer words in a "short" clause, the
lower short threshold, the higher second threshold, the higher floor), and its figures
are reported on the set it was not fitted on, beside the library's own constants there.
A setting is worth shipping only if every fold's pick gains on the set it did not fit
("holds" below). Then the best setting pooled over all six sets, and the library's own
constants on each set.

The clause readings are the library's own (``extract._clauses``, ``extract._lexical``,
``practice_names``, ``verb_skills``,
``verb_cues``, the index's ``search_many`` and, with ``--mixed``,
``long_texts.mixed_hits``); only the thresholds vary:

- ``floor``: a clause's nearest skill is kept at this similarity (``EXTRACT_SIMILARITY``);
- ``words``: clauses of at most this many words need ``short`` (the WordLlama grid);
  with ``--mixed``, clauses of more than ``words`` words are read by the mix;
- ``second``: a clause's second skill is kept at this similarity within ``gap`` of the
  first (9 = never);
- with ``--named`` (thirty-eighth round; the other thresholds the library's), ``named``: a
  clause that names a skill by a label, alias or term is read by meaning too, its nearest
  other skill kept at this similarity (9 = never, as the library does).

    python benchmarks/narrative_crossfit.py            # WordLlama, as shipped
    CAREERMAP_LONG_TEXTS=minilm python benchmarks/narrative_crossfit.py --mixed
    python benchmarks/narrative_crossfit.py --named
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path
from typing import Any

import yaml

import careermap
from careermap.resolve import extract as _extract
from careermap.resolve.clause_verbs import verb_skills
from careermap.resolve.long_texts import mixed_hits
from careermap.resolve.practitioner_names import practice_names
from careermap.resolve.semantic import SemanticHit, semantic_index

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
SPENT = ("holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")
SETS = ("narratives", "holdout", *SPENT)  # holdout8, a blind judge, never
FOLDS = {
    fold: (("narratives", "holdout", *(name for name in SPENT if name != check)), check)
    for fold, check in zip("ABCDEF", reversed(SPENT), strict=True)
}
Setting = dict[str, float]


def narratives(name: str) -> list[dict[str, Any]]:
    document = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    return list(document["items" if name == "narratives" else "narratives"])


class Reader:
    """Each narrative's clauses read once: lexical skills, and the nearest two by meaning."""

    def __init__(self, *, mixed: bool, named: bool = False) -> None:
        self.taxonomy = careermap.load_taxonomy()
        self.index = semantic_index(self.taxonomy)
        self.mixed = mixed
        self.named = named
        self.memo: dict[str, tuple[set[str], list[tuple[int, Any, Any, frozenset[str]]]]] = {}

    def read(self, text: str) -> tuple[set[str], list[tuple[int, Any, Any, frozenset[str]]]]:
        if text in self.memo:
            return self.memo[text]
        named: set[str] = set()
        queries: list[str] = []
        names: list[frozenset[str]] = []  # the skills each queried clause names (--named)
        for start, end in dict.fromkeys(_extract._clauses(text)):
            found = _extract._lexical(text[start:end], self.taxonomy)
            named |= {skill_id for skill_id, _, _ in found}
            named |= {skill_id for skill_id, _ in practice_names(text[start:end], self.taxonomy)}
            named |= {skill_id for skill_id, _ in verb_skills(text[start:end], self.taxonomy)}
            if not found or self.named:
                queries.append(_extract.verb_cues(_extract._LEAD.sub("", text[start:end])))
                names.append(frozenset(skill_id for skill_id, _, _ in found))
        rows: list[tuple[int, Any, Any, frozenset[str]]] = []
        if queries:
            vectors = self.index.encoder.encode(queries)
            own = self.index.search_many(vectors, limit=3)
            both = mixed_hits(self.index, queries, vectors) if self.mixed else None
            rows = [
                (len(q.split()), hits, both[i] if both else None, names[i])
                for i, (q, hits) in enumerate(zip(queries, own, strict=True))
            ]
        self.memo[text] = (named, rows)
        return self.memo[text]

    def extract(self, text: str, setting: Setting) -> set[str]:
        named, rows = self.read(text)
        found = set(named)
        for words, own, both, names in rows:
            if names:  # a clause that names a skill: its nearest other skill, at "named"
                other = [hit for hit in own if hit.skill_id not in names][:1]
                if other and other[0].similarity >= setting.get("named", 9):
                    found.add(other[0].skill_id)
                continue
            hits: list[SemanticHit] = own[:2]
            floor, second = setting["floor"], setting["second"]
            if self.mixed and words > setting["words"]:
                hits, floor = both, max(floor, setting["mixed"])
                second = setting["mixed_second"]
            elif words <= (1 if self.mixed else setting["words"]):
                floor = max(floor, setting["short"])
            if hits and hits[0].similarity >= floor:
                found.add(hits[0].skill_id)
                close = len(hits) > 1 and hits[0].similarity - hits[1].similarity <= setting["gap"]
                if close and hits[1].similarity >= max(floor, second):
                    found.add(hits[1].skill_id)
        return found


def score(reader: Reader, items: list[dict[str, Any]], setting: Setting) -> tuple[float, float]:
    right = found = hit = expected = 0
    for item in items:
        ids = reader.extract(item["text"], setting)
        expect = set(item["expect"])
        right += len(ids & (expect | set(item.get("also", []))))
        found += len(ids)
        hit += len(ids & expect)
        expected += len(expect)
    return right / max(found, 1), hit / max(expected, 1)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def grid(mixed: bool, *, named: bool = False) -> list[Setting]:
    if named:  # the library's thresholds, and a clause that names a skill read for another
        return [
            {**shipped(mixed), "named": n} for n in (9, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80)
        ]
    if mixed:
        return [
            {
                "floor": _extract.EXTRACT_SIMILARITY,
                "words": w,
                "mixed": m,
                "mixed_second": s,
                "second": _extract.SECOND_SKILL_SIMILARITY,
                "gap": _extract.SECOND_SKILL_GAP,
                "short": _extract.ONE_WORD_SIMILARITY,
            }
            for w, m, s in itertools.product(
                (1, 2, 3, 4, 6), (0.40, 0.45, 0.48, 0.50, 0.52, 0.55), (0.6, 0.65, 0.7, 0.75, 9)
            )
        ]
    return [
        {"floor": f, "words": w, "short": t, "second": s, "gap": g}
        for f, w, t, s, g in itertools.product(
            (0.40, 0.45, 0.50),
            (0, 1, 2, 3),
            (0.7, 0.8, 1.01),
            (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 9),
            (0.05, 0.1, 0.2, 1),
        )
    ]


def shipped(mixed: bool) -> Setting:
    return {
        "floor": _extract.EXTRACT_SIMILARITY,
        "words": 1,
        "short": _extract.ONE_WORD_SIMILARITY,
        "second": _extract.SECOND_SKILL_SIMILARITY,
        "gap": _extract.SECOND_SKILL_GAP,
        "mixed": _extract.MIXED_SIMILARITY if mixed else 9.0,
        "mixed_second": _extract.MIXED_SECOND_SIMILARITY,
    }


def best(reader: Reader, items: list[dict[str, Any]], settings: list[Setting]) -> Setting:
    def key(setting: Setting) -> tuple[float, ...]:
        return (
            -round(f1(*score(reader, items, setting)), 4),
            setting["words"],
            setting.get("short", 0),
            -setting["second"],
            -setting["floor"],
            -setting.get("named", 9),
        )

    return min(settings, key=key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mixed", action="store_true", help="grid the opt-in mix's thresholds")
    parser.add_argument(
        "--named", action="store_true", help="read a clause that names a skill for another"
    )
    args = parser.parse_args()
    reader = Reader(mixed=args.mixed, named=args.named)
    if args.mixed and reader.index.long_reader is None:
        parser.error("--mixed reads the opt-in mix: set CAREERMAP_LONG_TEXTS=minilm")
    data = {name: narratives(name) for name in SETS}
    settings = grid(args.mixed, named=args.named)
    library = shipped(args.mixed)
    held = []
    for fold, (fit, check) in FOLDS.items():
        pooled = [item for name in fit for item in data[name]]
        pick = best(reader, pooled, settings)
        p, r = score(reader, pooled, pick)
        cp, cr = score(reader, data[check], pick)
        lp, lr = score(reader, data[check], library)
        holds = f1(cp, cr) > f1(lp, lr)
        held.append(holds)
        print(f"fold {fold}: pick {pick}")
        print(f"  fitted on {'+'.join(fit)}: precision {p:.3f} recall {r:.3f}")
        print(
            f"  on {check} (not fitted): precision {cp:.3f} recall {cr:.3f} "
            f"(library {lp:.3f} / {lr:.3f}): {'holds' if holds else 'does not hold'}"
        )
    print(f"holds on every set it was not fitted on: {'yes' if all(held) else 'no'}")
    pick = best(reader, [item for name in SETS for item in data[name]], settings)
    print(f"pooled over all six: {pick}")
    for label, setting in (("library", library), ("pooled pick", pick)):
        figures = ", ".join(
            f"{n} {p:.3f} / {r:.3f}" for n in SETS for p, r in [score(reader, data[n], setting)]
        )
        print(f"{label}: {figures}")


if __name__ == "__main__":
    sys.exit(main())
