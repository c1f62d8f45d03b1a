"""Is every gap real? careermap's gaps judged against a career counsellor's labels.

tests/data/gap-judgement.yaml labels every gap careermap showed (advice order, top five
roles) for eight personas of the three persona sets, before the change that introduced
this script: (a) real and worth saying, (b) already practised (careermap misses the link),
(c) an O*NET knowledge-area label that says little in plain words, (d) a protected scope or
licence, to be said as a credential. This script reruns the ranking for those personas
and reports, per set and class, how many of the labelled gaps careermap still shows, so it
can be rerun after any change:

    .venv/bin/python benchmarks/gaps.py            # the table
    .venv/bin/python benchmarks/gaps.py --detail   # every labelled gap no longer shown, and
                                                   # every gap shown now that is not labelled

A gap is looked up on its role wherever the role now ranks (not only in the top five), so
a role falling out of the top five never counts as a gap closed. Class (a) should stay
near 100% (a real gap must stay); (b) and (d) should fall; for (c) the table also counts
the gaps still shown under the O*NET knowledge area's own name (:data:`ONET_NAMES`).

The first set's lines are the *fitting* part (changes were chosen looking at them); the
fresh and third sets' lines are *reported* beside them. Nothing is fitted: every change
is a data change with a source.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

import careermap

sys.path.insert(0, str(Path(__file__).resolve().parent))
import personas as personas_benchmark

HERE = Path(__file__).resolve().parent
JUDGEMENT = HERE.parent / "tests" / "data" / "gap-judgement.yaml"
CLASSES = ("a", "b", "c", "d")
CLASS_NAMES = {
    "a": "real, worth saying",
    "b": "already practised",
    "c": "O*NET knowledge label",
    "d": "licence or protected scope",
}
#: The part of the labelled file each set is (the first set's lines were fitted to).
PARTS = {"first": "fitting", "fresh": "reported", "third": "reported"}
#: O*NET 29.3 knowledge-area names (Knowledge.txt), by the taxonomy's skill id: a class (c)
#: gap still shown under one of these names has not been put in plain words.
ONET_NAMES = {
    "administration-and-management": "Administration and Management",
    "administrative": "Administrative",
    "computers-and-electronics": "Computers and Electronics",
    "customer-and-personal-service": "Customer and Personal Service",
    "education-and-training": "Education and Training",
    "law-and-government": "Law and Government",
    "medicine-and-dentistry": "Medicine and Dentistry",
    "personnel-and-human-resources": "Personnel and Human Resources",
    "psychology": "Psychology",
    "public-safety-and-security": "Public Safety and Security",
    "sociology-and-anthropology": "Sociology and Anthropology",
    "therapy-and-counseling": "Therapy and Counseling",
}


@dataclass(frozen=True)
class Label:
    """One labelled gap: a skill careermap told *persona* to learn for *role*."""

    set: str
    persona: str
    role: str
    skill: str
    cls: str
    why: str


def labels(path: Path = JUDGEMENT) -> list[Label]:
    """The labelled gaps of *path*, in file order."""
    with path.open(encoding="utf-8") as handle:
        rows: list[dict[str, str]] = yaml.safe_load(handle)["judgements"]
    return [
        Label(r["set"], r["persona"], r["role"], r["skill"], r["class"], r["why"]) for r in rows
    ]


def shown_gaps(
    taxonomy: careermap.Taxonomy, chosen: Iterable[tuple[str, str]]
) -> dict[str, dict[str, list[str]]]:
    """Every role's gaps now, for each ``(set, persona id)`` in *chosen*.

    Returns ``{persona id: {role id: [skill id, ...]}}`` over every role the persona's
    ranking holds (advice order, the persona's background and excluded sectors), and the
    top five's role ids under the key ``"__top__"`` as its first entry.
    """
    harness = personas_benchmark
    found: dict[str, dict[str, list[str]]] = {}
    for which, persona_id in chosen:
        persona = next(p for p in harness.personas(which) if p["id"] == persona_id)
        ranking = harness.ranked(persona, taxonomy, len(taxonomy.roles))
        roles: dict[str, list[str]] = {
            "__top__": [match.role_id for match in list(ranking)[: harness.TOP]]
        }
        for match in ranking:
            roles[match.role_id] = [gap.skill_id for gap in match.gaps]
        found[persona_id] = roles
    return found


def still_shown(label: Label, gaps: Mapping[str, Mapping[str, Sequence[str]]]) -> bool:
    """Whether careermap still shows *label*'s skill as a gap for its role (anywhere ranked)."""
    return label.skill in gaps.get(label.persona, {}).get(label.role, ())


def tally(
    chosen: Sequence[Label],
    gaps: Mapping[str, Mapping[str, Sequence[str]]],
    onet_labelled: Iterable[str] = (),
) -> dict[str, tuple[int, int, int]]:
    """Per class: ``(labelled, still shown, still shown under an O*NET name)``.

    *onet_labelled* are the skill ids whose label is still an O*NET knowledge-area name.
    """
    onet = set(onet_labelled)
    counts: dict[str, tuple[int, int, int]] = {}
    for cls in CLASSES:
        mine = [label for label in chosen if label.cls == cls]
        shown = [label for label in mine if still_shown(label, gaps)]
        counts[cls] = (len(mine), len(shown), sum(label.skill in onet for label in shown))
    return counts


def onet_named(taxonomy: careermap.Taxonomy) -> set[str]:
    """Ids of skills whose label is still the O*NET knowledge area's own name."""
    return {
        skill.id
        for skill in taxonomy.skills
        if skill.id in ONET_NAMES and skill.label.casefold() == ONET_NAMES[skill.id].casefold()
    }


def unlabelled(
    chosen: Sequence[Label], gaps: Mapping[str, Mapping[str, Sequence[str]]]
) -> list[tuple[str, str, str]]:
    """Gaps shown now in a labelled persona's top five that no label covers."""
    known = {(label.persona, label.role, label.skill) for label in chosen}
    new = []
    for persona in dict.fromkeys(label.persona for label in chosen):
        roles = gaps[persona]
        for role in roles["__top__"]:
            new.extend(
                (persona, role, skill)
                for skill in roles[role]
                if (persona, role, skill) not in known
            )
    return new


def report(taxonomy: careermap.Taxonomy, *, detail: bool = False) -> None:
    """Print the table (and with *detail*, the lines behind it)."""
    every = labels()
    gaps = shown_gaps(taxonomy, dict.fromkeys((label.set, label.persona) for label in every))
    onet = onet_named(taxonomy)
    print(f"## Labelled gaps still shown (taxonomy {taxonomy.name} {taxonomy.version})")
    print()
    print("| set (part) | class | labelled | still shown | share | under the O*NET name |")
    print("|---|---|---|---|---|---|")
    for which in dict.fromkeys(label.set for label in every):
        mine = [label for label in every if label.set == which]
        for cls, (total, shown, named) in tally(mine, gaps, onet).items():
            if not total:
                continue
            share = f"{shown / total:.2f}"
            cell = str(named) if cls == "c" else ""
            print(
                f"| {which} ({PARTS[which]}) | {cls}: {CLASS_NAMES[cls]} | {total} | {shown} "
                f"| {share} | {cell} |"
            )
    new = unlabelled(every, gaps)
    print()
    print("| set | labelled personas | top-5 roles still labelled | gaps shown now, unlabelled |")
    print("|---|---|---|---|")
    for which in dict.fromkeys(label.set for label in every):
        people = list(dict.fromkeys(label.persona for label in every if label.set == which))
        roles = {(label.persona, label.role) for label in every}
        top = [(p, r) for p in people for r in gaps[p]["__top__"]]
        mine = sum(persona in people for persona, _, _ in new)
        print(f"| {which} | {len(people)} | {sum(t in roles for t in top)}/{len(top)} | {mine} |")
    if detail:
        print()
        for label in every:
            if not still_shown(label, gaps):
                print(f"closed ({label.cls}): {label.persona} / {label.role} / {label.skill}")
        for persona, role, skill in new:
            print(f"new, unlabelled: {persona} / {role} / {skill}")
        print()
        print("classes:", dict(Counter(label.cls for label in every)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--detail", action="store_true", help="list the labelled gaps closed and the new ones"
    )
    args = parser.parse_args(argv)
    report(careermap.load_taxonomy(), detail=args.detail)


if __name__ == "__main__":
    main()
