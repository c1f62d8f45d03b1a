"""Another trade's task that names a care skill: the rule's settings, cross-fitted in seven folds.

Forty-first round (docs/semantic.md): :mod:`careermap.resolve.other_trades` holds a care
skill's name at the head of another trade's task ("risk assessment of the bond portfolio
for the credit committee"). Each cell sets how it counts the object's words and reads,
through ``match_text`` as a user meets them (WordLlama, the shipped default), every
phrase and off-domain phrase of the development set (both halves), holdout.yaml and the
spent judges holdout2-7, and the development set of this shape
(tests/data/semantic/off_domain_names.yaml):

- ``no rule``: the library before the fortieth round;
- ``sem41``: two words no entry of the taxonomy uses (the fortieth round), a word used in
  at most ``RARE_USES`` entries, outside the named skill's own side, counting
  ``RARE_WEIGHT`` (0.5) (the forty-first round); with ``--all`` also its other settings:
  ``foreign only`` (``RARE_WEIGHT`` 0), ``no skill side``, ``in passing counts one``
  (``RARE_WEIGHT`` 1), ``five uses count half`` (``RARE_USES`` 5);

forty-second round (an object of one word: "triage of tickets"), each on top of ``sem41``
(the shipped setting above at 162bab24, ``SHORT_OBJECT`` 0):

- ``one word``: an object of one word needs one foreign word, unless it names a person by
  its "-ee" ending; read in part or by meaning (the skill's name at the head of the text);
- ``one word, in part only``: the same for readings in part only;
- ``one word, no -ee people``: without the "-ee" ending;
- ``two words by meaning too``: readings by meaning of objects of two words judged as well;
- ``one word, in passing counts one``: ``RARE_WEIGHT`` 1 as well.

Printed per set: first shown right (the match, or the first suggestion), silent matches
(right), off-domain phrases resolved; for off_domain_names.yaml, off-domain resolved and
the care twins read right. Each fold fits on the development set, holdout and five spent
judges and is reported on the seventh (``cascade_crossfit.FOLDS``: A holdout8 ... G
holdout2): the pick is the most phrases shown right over its fitting sets with no
off-domain phrase resolved there, then the most right silent matches, then the cell listed
first (off_domain_names.yaml is the tuner's own and not in the key); it holds when it
resolves no off-domain phrase on the set it did not fit and shows as many right there, and
as many right silent matches, as ``sem41``. holdout9.yaml, blind when these folds were set
and spent since the forty-third round, is not a fold (sem43's eight folds, docs/semantic.md,
were run outside this script);
off_domain_short.yaml (the forty-second round's sibling) is printed beside
off_domain_names.yaml.

    OPENBLAS_NUM_THREADS=1 python benchmarks/other_trades_crossfit.py [--all]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cascade_crossfit import DATA, FOLDS, Figures, sets

import careermap
from careermap.resolve import other_trades as _rule
from careermap.resolve import semantic as _semantic
from careermap.resolve.resolver import match_text

Cell = Callable[[], None]
_SHIPPED = (_rule.FOREIGN_WORDS, _rule.RARE_USES, _rule.RARE_WEIGHT, _rule.skill_side)
_NAMES = (_rule.head_name, _rule._PERSON)


def _setting(
    *,
    foreign: int = _SHIPPED[0],
    uses: int = _SHIPPED[1],
    weight: float = _SHIPPED[2],
    side: bool = True,
    short: int = 0,
    meaning: bool = True,
    people: bool = True,
) -> Cell:
    def apply() -> None:
        _rule.FOREIGN_WORDS, _rule.RARE_USES, _rule.RARE_WEIGHT = foreign, uses, weight
        _rule.skill_side = _SHIPPED[3] if side else (lambda *_: frozenset())  # type: ignore[assignment]
        _rule.SHORT_OBJECT = short
        _rule.head_name = _NAMES[0] if meaning else (lambda *_: "")  # type: ignore[assignment]
        _rule._PERSON = _NAMES[1] if people else re.compile(r"(?!)")

    return apply


CELLS: dict[str, Cell] = {
    "no rule": _setting(foreign=10**6),
    "sem41": _setting(),
    "one word": _setting(short=1),
    "one word, in part only": _setting(short=1, meaning=False),
    "one word, no -ee people": _setting(short=1, people=False),
    "two words by meaning too": _setting(short=2),
    "one word, in passing counts one": _setting(short=1, weight=1.0),
}
#: The forty-first round's other cells ("foreign only", "no skill side", "in passing counts
#: one", "five uses count half"): ``--all`` adds them (docs/semantic.md has their figures).
MORE: dict[str, Cell] = {
    "foreign only": _setting(weight=0.0),
    "no skill side": _setting(side=False),
    "in passing counts one": _setting(weight=1.0),
    "five uses count half": _setting(uses=5),
}


def _first(text: str, taxonomy: Any) -> tuple[str | None, str | None]:
    match = match_text(text, taxonomy)
    shown = match.skill_id or (match.alternatives[0].skill_id if match.alternatives else None)
    return match.skill_id, shown


def run(
    taxonomy: Any, data: dict[str, Any], names: dict[str, Any], short: dict[str, Any]
) -> dict[str, Figures]:
    figures: dict[str, Figures] = {}
    for name, (items, off_domain) in data.items():
        _semantic.semantic_index(taxonomy).forget()
        shown = silent = right = 0
        for item in items:
            skill, first = _first(item["text"], taxonomy)
            shown += first in item["expect"]
            silent += skill is not None
            right += skill is not None and skill in item["expect"]
        off = sum(_first(text, taxonomy)[0] is not None for text in off_domain)
        figures[name] = (shown, len(items), silent, right, off)
    for key, document in (("names", names), ("short", short)):
        twins = [_first(item["text"], taxonomy)[0] for item in document["care"]]
        figures[key] = (
            sum(s in item["expect"] for s, item in zip(twins, document["care"], strict=True)),
            len(twins),
            sum(s is not None for s in twins),
            0,
            sum(_first(text, taxonomy)[0] is not None for text in document["off_domain"]),
        )
    return figures


def main() -> None:
    taxonomy = careermap.load_taxonomy()
    data = sets()
    names = yaml.safe_load((DATA / "off_domain_names.yaml").read_text(encoding="utf-8"))
    short = yaml.safe_load((DATA / "off_domain_short.yaml").read_text(encoding="utf-8"))
    cells: dict[str, dict[str, Figures]] = {}
    every = CELLS | (MORE if "--all" in sys.argv[1:] else {})
    for label, apply in every.items():
        apply()
        cells[label] = figures = run(taxonomy, data, names, short)
        a, b, c, _, e = figures["names"]
        a2, b2, c2, _, e2 = figures["short"]
        shown = " | ".join(
            f"{name} {s / n:.1%}, {si} ({r}), off {o}"
            for name, (s, n, si, r, o) in figures.items()
            if name not in ("names", "short")
        )
        print(
            f"{label}: off_domain_names off {e} of {len(names['off_domain'])}, twins {a}/{b} "
            f"right ({c} read) | off_domain_short off {e2} of {len(short['off_domain'])}, "
            f"twins {a2}/{b2} right ({c2} read) | {shown}",
            flush=True,
        )
    CELLS["one word"]()  # as shipped
    order = list(cells)
    for fold, (fit, check) in FOLDS.items():
        allowed = [c for c in order if all(cells[c][name][4] == 0 for name in fit)]
        pick = min(
            allowed,
            key=lambda c: (
                -sum(cells[c][name][0] for name in fit),
                -sum(cells[c][name][3] for name in fit),
                order.index(c),
            ),
        )
        a, b, c, d, e = cells[pick][check]
        base = cells["sem41"][check]
        holds = e == 0 and a >= base[0] and d >= base[3]
        print(
            f"fold {fold}: pick {pick}; on {check} (not fitted): {a / b:.1%} shown right,"
            f" {c} silent ({d} right), off-domain {e}: {'holds' if holds else 'does not hold'}"
        )


if __name__ == "__main__":
    main()
