"""Care skills' names inside other trades' tasks: how many resolve, and whether the care twins read.

Fortieth round (docs/semantic.md): tests/data/semantic/off_domain_names.yaml, a development
set written by the tuner, holds another trade's tasks that name a care skill word for word
("root cause analysis of the conveyor belt failure", "grounding of the solar panel frames
to the earth rod") and the same names in care work ("root cause analysis of the incident
on the ward"). Each text is read by ``match_text`` as a user meets it (the semantic layer
when it is installed; ``--lexical`` without it):

- off-domain resolved: any is wrong (the method and skill are printed);
- care twins: read right (the match is one of ``expect``), read wrong, or not read.

    OPENBLAS_NUM_THREADS=1 python benchmarks/off_domain_names.py [--lexical] [--list] [--short]
    OPENBLAS_NUM_THREADS=1 python benchmarks/off_domain_names.py --prepositions [--list]

``--short`` reads the forty-second round's sibling, off_domain_short.yaml: the same shape
with an object of one word ("triage of alerts", "triage of referrals"). ``--prepositions``
reads the forty-third round's, off_domain_prepositions.yaml: a care skill's name before
another preposition ("conflict resolution on pull requests"), a head word that is another
trade's own term ("grounding of the fleet"), and the same in other languages.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

import careermap
from careermap.resolve.resolver import match_text

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
DATA = FOLDER / "off_domain_names.yaml"
SHORT = FOLDER / "off_domain_short.yaml"
PREPOSITIONS = FOLDER / "off_domain_prepositions.yaml"


def main() -> None:
    """Read the set and print the two figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lexical", action="store_true", help="without the semantic layer")
    parser.add_argument("--list", action="store_true", help="print every care twin's reading")
    parser.add_argument("--short", action="store_true", help="objects of one word (sem42)")
    parser.add_argument(
        "--prepositions", action="store_true", help="other prepositions, trades' terms (sem43)"
    )
    args = parser.parse_args()
    chosen = PREPOSITIONS if args.prepositions else SHORT if args.short else DATA
    document = yaml.safe_load(chosen.read_text(encoding="utf-8"))
    taxonomy = careermap.load_taxonomy()
    semantic = False if args.lexical else None
    resolved = []
    for text in document["off_domain"]:
        match = match_text(text, taxonomy, semantic=semantic)
        if match.skill_id is not None:
            resolved.append(f"  {match.method:9} {match.skill_id:32} {text}")
    right = wrong = unread = 0
    rows = []
    for item in document["care"]:
        match = match_text(item["text"], taxonomy, semantic=semantic)
        if match.skill_id is None:
            unread += 1
            mark = "unread"
        elif match.skill_id in item["expect"]:
            right += 1
            mark = "right"
        else:
            wrong += 1
            mark = "WRONG"
        rows.append(f"  {mark:6} {match.method:9} {match.skill_id or '-':32} {item['text']}")
    print(f"off-domain resolved  {len(resolved)} of {len(document['off_domain'])}")
    print("\n".join(resolved))
    print(f"care twins           {right} right, {wrong} wrong, {unread} unread of {len(rows)}")
    if args.list:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
