"""Upskilling advice judged against a career counsellor's judgement on a persona set.

For each client profile of tests/data/personas.yaml, ``careermap.upskilling`` (with the
person's background and the sectors they leave) gives every candidate skill; this
script orders the same candidates in several ways and compares each order's top 5
with tests/data/upskilling-judgement.yaml, written by a counsellor without running the
upskilling code: the skills they would advise the person to learn next (``learn``) and
those the person should not be told to learn (``avoid_advising``: already practised, a
licence rather than a skill, or serving roles the person rejects).

    .venv/bin/python benchmarks/upskilling.py                # the tables, first set
    .venv/bin/python benchmarks/upskilling.py --detail       # each persona's top 5 per order
    .venv/bin/python benchmarks/upskilling.py --set fourth   # the fourth, blind set
    .venv/bin/python benchmarks/upskilling.py --set fifth    # the fifth, blind set
    .venv/bin/python benchmarks/upskilling.py --set sixth    # the sixth, blind set
    .venv/bin/python benchmarks/upskilling.py --set seventh  # the seventh, blind set
    .venv/bin/python benchmarks/upskilling.py --set eighth   # the eighth, blind set
    .venv/bin/python benchmarks/upskilling.py --set ninth    # the ninth, blind set
    .venv/bin/python benchmarks/upskilling.py --set tenth    # the tenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set eleventh # the eleventh, blind set
    .venv/bin/python benchmarks/upskilling.py --set twelfth  # the twelfth, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirteenth  # the thirteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set fourteenth  # the fourteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set fifteenth   # the fifteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set sixteenth   # the sixteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set seventeenth # the seventeenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set eighteenth  # the eighteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set nineteenth  # the nineteenth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twentieth   # the twentieth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-first  # the twenty-first, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-second  # the twenty-second, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-third  # the twenty-third, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-fourth  # the twenty-fourth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-fifth  # the twenty-fifth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-sixth  # the twenty-sixth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-seventh  # the twenty-seventh, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-eighth  # the twenty-eighth, blind set
    .venv/bin/python benchmarks/upskilling.py --set twenty-ninth  # the twenty-ninth, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirtieth  # the thirtieth, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirty-first  # the thirty-first, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirty-second  # the thirty-second, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirty-third  # the thirty-third, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirty-fourth  # the thirty-fourth, blind set
    .venv/bin/python benchmarks/upskilling.py --set thirty-fifth  # the thirty-fifth, blind set

Thirty-three sets are judged (:data:`SETS`): the first, and the fourth, fifth, sixth,
seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth,
sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twenty-first, twenty-second,
twenty-third, twenty-fourth, twenty-fifth, twenty-sixth, twenty-seventh, twenty-eighth,
twenty-ninth, thirtieth, thirty-first, thirty-second, thirty-third, thirty-fourth and
thirty-fifth, blind ones (tests/data/personas-fourth.yaml to personas-thirty-fifth.yaml,
judged in tests/data/upskilling-judgement-fourth.yaml to
upskilling-judgement-thirty-fifth.yaml, written the same way, before any order was
compared with them; docs/personas.md, "A fourth, blind set" to "A thirty-fifth, blind
set"). Each
blind set is reported whole: nothing was chosen on it.

Orders (all over the same candidates, so only the order differs):

- ``roles over threshold (0.1.x)``: the order careermap shipped until this benchmark:
  more roles newly at 0.5 or more, then the rise of the best ten scores, then id.
- ``gain``: the rise of the best ten scores alone.
- ``gain, realistic roles``: the rise of the best ten scores among the *realistic*
  roles only: those the advice order puts first (ready now, or after a certification
  or registration) and that involve no working condition the person wants to leave.
- ``roles over threshold, realistic roles``: the first order, counted on realistic roles.
- ``rise on advised top 10``: the summed rise of the ten roles ``rank_careers`` advises
  now (advice order), the moves a counsellor would discuss first.
- ``asked by advised top 10``: how much those ten roles ask for the skill by name: the sum
  of its requirements' effective weights (essential twice optional, as in the score).
- ``asked by advised top 10, rarity``: the same times the skill's rarity,
  ``log(roles / roles that require it)``: a skill few roles ask for marks out the
  careers that do (utilisation review, content moderation), where one that most roles
  list (speaking, coordination) is seldom what stands between a person and a move.
- ``careermap (as shipped)``: the order ``upskilling`` returns in this checkout.

Beside them, in the same run, a baseline that does not re-score anything: the skills
most often among the gaps of the person's advice-order top ten (``rank_careers``), ties
by how early they come in those gaps, then id.

Towards the roles wanted (a different question, reported as its own rows): a counsellor
asks "where do you want to go?" before saying what to learn. Each persona's ``accept``
list is what the client told the counsellor they want (the moves they would be glad to
make), so these orders pass it as ``upskilling(..., targets=accept)``; their candidates
are the skills those roles require, not the same candidates as the orders above:

- ``towards the roles wanted``: ``upskilling`` with the accept list as ``targets``, as
  shipped (what the targets ask for by name, times rarity; then targets brought to 0.5,
  then the rise of their scores).
- ``towards the roles wanted, no rarity``: the same candidates by what the targets ask
  for by name alone (effective weights), the rule compared on the tune half.
- ``baseline, towards the roles wanted``: its own baseline, which re-scores nothing: the
  skills most often among the gaps of the target roles (``rank_careers`` with the
  background, the targets' matches), ties by how early they come, then id.
- ``towards the roles wanted, long steps half`` and ``... long steps apart``: the same
  candidates, with what a target that is a long step (``TargetRole.long_step``: a degree,
  licence, lived experience or experience of the work stands between) asks for counted at
  half its weight, or not at all (its skills listed apart, after the others, in shipped
  order). Compared in the fourteenth round: counting long steps less did not help
  (docs/scoring.md, "Towards the roles a person wants").

Precision@5 is the share of the top 5 that the counsellor would advise; "not-advised
per top 5" counts the ``avoid_advising`` skills there. The personas are split into the
tune and check halves of benchmarks/personas.py (:func:`half`); an order is chosen on
the tune half and reported on the check half (first set only). Nothing is fitted: each
order is a rule.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import yaml

import careermap
from careermap.results.readiness import assess
from careermap.scoring.engine import scoring_index
from careermap.scoring.match import ADVICE_TIERS, profile_skills
from careermap.scoring.model import effective_weight

sys.path.insert(0, str(Path(__file__).resolve().parent))
import personas as personas_benchmark

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data"
#: The judged persona sets, by their name in benchmarks/personas.py: the counsellor's
#: judgement of each.
SETS = {
    "first": DATA / "upskilling-judgement.yaml",
    "fourth": DATA / "upskilling-judgement-fourth.yaml",
    "fifth": DATA / "upskilling-judgement-fifth.yaml",
    "sixth": DATA / "upskilling-judgement-sixth.yaml",
    "seventh": DATA / "upskilling-judgement-seventh.yaml",
    "eighth": DATA / "upskilling-judgement-eighth.yaml",
    "ninth": DATA / "upskilling-judgement-ninth.yaml",
    "tenth": DATA / "upskilling-judgement-tenth.yaml",
    "eleventh": DATA / "upskilling-judgement-eleventh.yaml",
    "twelfth": DATA / "upskilling-judgement-twelfth.yaml",
    "thirteenth": DATA / "upskilling-judgement-thirteenth.yaml",
    "fourteenth": DATA / "upskilling-judgement-fourteenth.yaml",
    "fifteenth": DATA / "upskilling-judgement-fifteenth.yaml",
    "sixteenth": DATA / "upskilling-judgement-sixteenth.yaml",
    "seventeenth": DATA / "upskilling-judgement-seventeenth.yaml",
    "eighteenth": DATA / "upskilling-judgement-eighteenth.yaml",
    "nineteenth": DATA / "upskilling-judgement-nineteenth.yaml",
    "twentieth": DATA / "upskilling-judgement-twentieth.yaml",
    "twenty-first": DATA / "upskilling-judgement-twenty-first.yaml",
    "twenty-second": DATA / "upskilling-judgement-twenty-second.yaml",
    "twenty-third": DATA / "upskilling-judgement-twenty-third.yaml",
    "twenty-fourth": DATA / "upskilling-judgement-twenty-fourth.yaml",
    "twenty-fifth": DATA / "upskilling-judgement-twenty-fifth.yaml",
    "twenty-sixth": DATA / "upskilling-judgement-twenty-sixth.yaml",
    "twenty-seventh": DATA / "upskilling-judgement-twenty-seventh.yaml",
    "twenty-eighth": DATA / "upskilling-judgement-twenty-eighth.yaml",
    "twenty-ninth": DATA / "upskilling-judgement-twenty-ninth.yaml",
    "thirtieth": DATA / "upskilling-judgement-thirtieth.yaml",
    "thirty-first": DATA / "upskilling-judgement-thirty-first.yaml",
    "thirty-second": DATA / "upskilling-judgement-thirty-second.yaml",
    "thirty-third": DATA / "upskilling-judgement-thirty-third.yaml",
    "thirty-fourth": DATA / "upskilling-judgement-thirty-fourth.yaml",
    "thirty-fifth": DATA / "upskilling-judgement-thirty-fifth.yaml",
}
TOP = 5
#: How many of the best scores ``gain`` sums, as ``upskilling(top=10)``.
BEST = 10
#: The advice-order roles whose rise one order sums, and whose gaps the baseline counts.
ADVISED = 10


half: Callable[[str], str] = personas_benchmark.half
context: Callable[[dict[str, Any]], dict[str, Any]] = personas_benchmark.context


def judgements(which: str = "first") -> dict[str, dict[str, Any]]:
    """The counsellor's judgement of the set *which* (a key of :data:`SETS`), by persona id."""
    with SETS[which].open(encoding="utf-8") as handle:
        found: list[dict[str, Any]] = yaml.safe_load(handle)["judgements"]
    return {judgement["persona"]: judgement for judgement in found}


@dataclass(frozen=True)
class Candidate:
    """One candidate skill for one person, with what adding it does to every role."""

    skill_id: str
    current_rank: int
    gained: int
    lost: int
    gain: float
    after: np.ndarray[Any, np.dtype[np.float64]]


@dataclass(frozen=True)
class Situation:
    """One person's scores now, the roles that count, and every candidate skill."""

    persona: dict[str, Any]
    before: np.ndarray[Any, np.dtype[np.float64]]
    keep: np.ndarray[Any, np.dtype[np.bool_]]
    realistic: np.ndarray[Any, np.dtype[np.bool_]]
    advised: tuple[int, ...]
    advised_gaps: tuple[tuple[str, ...], ...]
    candidates: tuple[Candidate, ...]
    threshold: float
    requirements: tuple[dict[str, float], ...]
    rarity: dict[str, float]


def situation(persona: dict[str, Any], taxonomy: careermap.Taxonomy) -> Situation:
    """Score *persona* and every candidate skill ``upskilling`` would weigh."""
    background = context(persona)["background"]
    exclude = persona.get("exclude_sectors") or None
    found = careermap.upskilling(
        persona["skills"],
        taxonomy=taxonomy,
        background=background,
        exclude_sectors=exclude,
        limit=None,
    )
    engine = scoring_index(taxonomy)
    skills = profile_skills(found.profile, taxonomy)
    before = engine.score(skills).score
    held = found.profile.background
    assert held is not None
    keep = np.ones(engine.n_roles, dtype=bool)
    realistic = np.ones(engine.n_roles, dtype=bool)
    for i, role in enumerate(taxonomy.roles):
        verdict = assess(role.entry, held, taxonomy=taxonomy)
        tier = ADVICE_TIERS[None if verdict is None else verdict.verdict]
        excluded = exclude is not None and role.sector in exclude
        keep[i] = not excluded and tier < ADVICE_TIERS["needs"]
        avoided = any(condition in held.avoid for condition in role.conditions)
        realistic[i] = not excluded and tier == 0 and not avoided
    ranking = careermap.rank_careers(
        persona["skills"],
        taxonomy=taxonomy,
        limit=ADVISED,
        exclude_sectors=exclude,
        **context(persona),
    )
    index = {role.id: i for i, role in enumerate(taxonomy.roles)}
    candidates = tuple(
        Candidate(
            skill_id=s.skill_id,
            current_rank=s.rank,
            gained=s.roles_gained,
            lost=s.roles_lost,
            gain=s.gain,
            after=engine.score({**skills, s.skill_id: found.level}).score,
        )
        for s in found.suggestions
    )
    return Situation(
        persona=persona,
        before=before,
        keep=keep,
        realistic=realistic,
        advised=tuple(index[m.role_id] for m in ranking),
        advised_gaps=tuple(tuple(g.skill_id for g in m.gaps) for m in ranking),
        candidates=candidates,
        threshold=found.min_score,
        requirements=tuple(
            {r.skill: effective_weight(r) for r in role.requirements} for role in taxonomy.roles
        ),
        rarity=_rarity(taxonomy),
    )


def _rarity(taxonomy: careermap.Taxonomy) -> dict[str, float]:
    """``log(roles / roles requiring it)`` per skill: how much it marks out the roles asking."""
    count: Counter[str] = Counter(r.skill for role in taxonomy.roles for r in role.requirements)
    return {skill: float(np.log(len(taxonomy.roles) / n)) for skill, n in count.items()}


def _asked(s: Situation, c: Candidate, rare: bool) -> float:
    """How much the advised top ten ask for *c* (effective weights), times its rarity if *rare*."""
    asked = sum(s.requirements[i].get(c.skill_id, 0.0) for i in s.advised)
    return asked * (s.rarity.get(c.skill_id, 0.0) if rare else 1.0)


def _best(scores: np.ndarray[Any, np.dtype[np.float64]], mask: np.ndarray[Any, Any]) -> float:
    kept = np.sort(scores[mask & (scores > 0.0)])[::-1]
    return float(kept[:BEST].sum())


def _crossings(s: Situation, c: Candidate, mask: np.ndarray[Any, Any]) -> int:
    above = mask & (s.before >= s.threshold)
    now = mask & (c.after >= s.threshold)
    return int((now & ~above).sum()) - int((above & ~now).sum())


Key = Callable[[Situation, Candidate], tuple[Any, ...]]

ORDERS: dict[str, Key] = {
    "careermap (as shipped)": lambda s, c: (c.current_rank,),
    "roles over threshold (0.1.x)": lambda s, c: (
        c.lost - c.gained,
        -round(c.gain, 12),
        c.skill_id,
    ),
    "gain": lambda s, c: (-round(c.gain, 12), c.skill_id),
    "gain, realistic roles": lambda s, c: (
        -round(_best(c.after, s.realistic) - _best(s.before, s.realistic), 12),
        c.skill_id,
    ),
    "roles over threshold, realistic roles": lambda s, c: (
        -_crossings(s, c, s.realistic),
        -round(_best(c.after, s.realistic) - _best(s.before, s.realistic), 12),
        c.skill_id,
    ),
    "rise on advised top 10": lambda s, c: (
        -round(float(sum(c.after[i] - s.before[i] for i in s.advised)), 12),
        c.skill_id,
    ),
    "asked by advised top 10": lambda s, c: (-round(_asked(s, c, False), 12), c.skill_id),
    "asked by advised top 10, rarity": lambda s, c: (-round(_asked(s, c, True), 12), c.skill_id),
}


def ordered(s: Situation, key: Key) -> list[str]:
    """The candidates of *s* in the order *key* gives."""
    return [c.skill_id for c in sorted(s.candidates, key=lambda c: key(s, c))]


def baseline(s: Situation) -> list[str]:
    """The skills most often among the gaps of the advice-order top ten, most first."""
    return _most_common(s.advised_gaps)


def _most_common(lists: Sequence[Sequence[str]]) -> list[str]:
    """The skills most often in *lists*, most first; ties by how early they come, then id."""
    count: Counter[str] = Counter()
    place: Counter[str] = Counter()
    for gaps in lists:
        for position, skill in enumerate(gaps):
            count[skill] += 1
            place[skill] += position
    return sorted(count, key=lambda k: (-count[k], place[k] / count[k], k))


@dataclass(frozen=True)
class Judged:
    persona: str
    top: tuple[str, ...]
    advised: int
    not_advised: int


#: The orders towards the roles a persona wants (``targets=accept``), reported beside the others.
TOWARDS = "towards the roles wanted"
TOWARDS_PLAIN = "towards the roles wanted, no rarity"
TOWARDS_BASELINE = "baseline, towards the roles wanted"
#: The same candidates with what long-step targets ask for (a degree, licence, lived
#: experience or experience of the work stands between: ``TargetRole.long_step``)
#: counted at these shares of their weight: half, and none (listed apart, after).
TOWARDS_LONG = {
    "towards the roles wanted, long steps half": 0.5,
    "towards the roles wanted, long steps apart": 0.0,
}


def towards(persona: dict[str, Any], taxonomy: careermap.Taxonomy) -> dict[str, list[str]]:
    """The orders towards the persona's accept list, and their baseline, by name."""
    background = context(persona)["background"]
    exclude = persona.get("exclude_sectors") or None
    wanted = list(persona["accept"])
    found = careermap.upskilling(
        persona["skills"],
        taxonomy=taxonomy,
        background=background,
        exclude_sectors=exclude,
        targets=wanted,
        limit=None,
    )
    weights = [{r.skill: effective_weight(r) for r in role.requirements} for role in taxonomy.roles]
    index = {role.id: i for i, role in enumerate(taxonomy.roles)}

    def asked(skill: str) -> float:
        return sum(weights[index[role]].get(skill, 0.0) for role in wanted)

    plain = sorted(found.suggestions, key=lambda s: (-round(asked(s.skill_id), 12), s.rank))
    rarity = _rarity(taxonomy)
    share = {t.role_id: t.long_step for t in found.targets}

    def weighed(skill: str, long: float) -> float:
        counted = sum(
            weights[index[role]].get(skill, 0.0) * (long if share[role] else 1.0) for role in wanted
        )
        return counted * rarity.get(skill, 0.0)

    longer = {
        name: [
            s.skill_id
            for s in sorted(
                found.suggestions, key=lambda s: (-round(weighed(s.skill_id, part), 12), s.rank)
            )
        ]
        for name, part in TOWARDS_LONG.items()
    }
    ranking = careermap.rank_careers(
        persona["skills"],
        taxonomy=taxonomy,
        limit=None,
        exclude_sectors=exclude,
        **context(persona),
    )
    matches = {m.role_id: m for m in ranking}
    gaps = [tuple(g.skill_id for g in matches[r].gaps) for r in wanted if r in matches]
    return {
        TOWARDS: [s.skill_id for s in found],
        TOWARDS_PLAIN: [s.skill_id for s in plain],
        TOWARDS_BASELINE: _most_common(gaps),
        **longer,
    }


def judge(tops: dict[str, list[str]], judged: dict[str, dict[str, Any]]) -> list[Judged]:
    """Compare each persona's top 5 with the counsellor's judgement."""
    found = []
    for pid, top in tops.items():
        chosen = tuple(top[:TOP])
        found.append(
            Judged(
                persona=pid,
                top=chosen,
                advised=sum(s in judged[pid]["learn"] for s in chosen),
                not_advised=sum(s in judged[pid]["avoid_advising"] for s in chosen),
            )
        )
    return found


def summary(judged: Sequence[Judged]) -> dict[str, float]:
    return {
        "precision@5": statistics.fmean(j.advised / TOP for j in judged),
        "hit rate": statistics.fmean(j.advised > 0 for j in judged),
        "not-advised per top 5": statistics.fmean(j.not_advised for j in judged),
        "with a not-advised skill": statistics.fmean(j.not_advised > 0 for j in judged),
    }


def runs(taxonomy: careermap.Taxonomy, which: str = "first") -> dict[str, dict[str, list[str]]]:
    """Every order's full list for every persona of the set *which* (and the baseline's)."""
    judged = judgements(which)
    names = [*ORDERS, "baseline", TOWARDS, TOWARDS_PLAIN, TOWARDS_BASELINE, *TOWARDS_LONG]
    found: dict[str, dict[str, list[str]]] = {name: {} for name in names}
    for persona in personas_benchmark.personas(which):
        assert persona["id"] in judged, f"no judgement for {persona['id']}"
        s = situation(persona, taxonomy)
        for name, key in ORDERS.items():
            found[name][persona["id"]] = ordered(s, key)
        found["baseline"][persona["id"]] = baseline(s)
        for name, tops in towards(persona, taxonomy).items():
            found[name][persona["id"]] = tops
    return found


def _mark(skill: str, judgement: dict[str, Any]) -> str:
    if skill in judgement["learn"]:
        return " +"
    return " X" if skill in judgement["avoid_advising"] else ""


def report(taxonomy: careermap.Taxonomy, which: str = "first", *, detail: bool = False) -> None:
    """Print each order's figures on the set *which*; the halves only for the first set."""
    judged = judgements(which)
    found = runs(taxonomy, which)
    # The tune and check halves belong to the first set: orders were chosen on its tune half.
    parts = ("all", "tune", "check") if which == "first" else ("all",)
    print(
        f"## Upskilling, {which} set: {len(judged)} personas, top {TOP}, "
        f"taxonomy {taxonomy.name} {taxonomy.version}"
    )
    print()
    print(
        "| order | half | personas | precision@5 | hit rate | not-advised per top 5 "
        "| with a not-advised skill |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, tops in found.items():
        results = judge(tops, judged)
        for part in parts:
            chosen = [j for j in results if part == "all" or half(j.persona) == part]
            cells = " | ".join(f"{v:.2f}" for v in summary(chosen).values())
            print(f"| {name} | {part} | {len(chosen)} | {cells} |")
    if detail:
        for pid, judgement in judged.items():
            print(f"\n{pid}" + (f" [{half(pid)}]" if which == "first" else ""))
            for name, tops in found.items():
                marks = [f"{s}{_mark(s, judgement)}" for s in tops[pid][:TOP]]
                print(f"  {name}: " + ", ".join(marks))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--detail", action="store_true", help="print each persona's top 5s")
    parser.add_argument(
        "--set",
        dest="which",
        choices=list(SETS),
        default="first",
        help=(
            "which judged set: first (default; with tune and check halves), or fourth, "
            "fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, "
            "fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, "
            "twenty-first, twenty-second, twenty-third, twenty-fourth, twenty-fifth, "
            "twenty-sixth, twenty-seventh, twenty-eighth, twenty-ninth, thirtieth, "
            "thirty-first, thirty-second, thirty-third, thirty-fourth or thirty-fifth "
            "(blind, whole)"
        ),
    )
    args = parser.parse_args(argv)
    report(careermap.load_taxonomy(), args.which, detail=args.detail)


if __name__ == "__main__":
    main()
