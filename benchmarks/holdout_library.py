"""A held-out set through the library as a user meets it: ``match_text`` and ``extract_skills``.

``semantic_eval.py --split holdout2`` measures the encoder and the lexical resolver apart;
this script asks the library itself, with its shipped thresholds (the semantic layer when
it is installed), what it does with each text of tests/data/semantic/holdout.yaml,
holdout2.yaml, holdout3.yaml, holdout4.yaml, holdout5.yaml, holdout6.yaml, holdout7.yaml,
holdout8.yaml, holdout9.yaml or holdout10.yaml (the third to tenth, written blind in the
thirty-fifth, thirty-seventh, thirty-eighth, thirty-ninth, fortieth, forty-first,
forty-second and forty-third rounds, are not run until their round's end;
docs/semantic.md):

- silent matches: phrases ``match_text`` resolves without asking, and how many are right
  (the match is one of the item's ``expect``);
- first shown right: the match, or else the first suggestion, is one of ``expect``
  (over all phrases and per kind);
- off-domain phrases resolved (any is wrong);
- narratives through ``extract_skills``: precision (found in expect or also), recall of
  expect, and skills extracted that a negated sentence names (never).

    python benchmarks/holdout_library.py --split holdout2 [--list]  # or holdout, holdout3-10
    python benchmarks/holdout_library.py --split holdout-report   # a part, as semantic_eval.py

``--split`` also takes ``semantic_eval.py``'s halves and parts (``calibrate``, ``report``,
``holdout-tune``, ``holdout-report``). With ``CAREERMAP_LONG_TEXTS=minilm`` in the
environment, the library reads long texts with MiniLM (docs/semantic.md, thirty-fourth
round).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import semantic_eval

import careermap
from careermap.resolve.extract import extract_skills
from careermap.resolve.resolver import match_text

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
FILES = {
    "holdout": DATA / "holdout.yaml",
    "holdout2": DATA / "holdout2.yaml",
    "holdout3": DATA / "holdout3.yaml",
    "holdout4": DATA / "holdout4.yaml",
    "holdout5": DATA / "holdout5.yaml",
    "holdout6": DATA / "holdout6.yaml",
    "holdout7": DATA / "holdout7.yaml",
    "holdout8": DATA / "holdout8.yaml",
    "holdout9": DATA / "holdout9.yaml",
    "holdout10": DATA / "holdout10.yaml",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parts = ["calibrate", "report", "holdout-tune", "holdout-report"]
    parser.add_argument("--split", choices=[*FILES, *parts], default="holdout2")
    parser.add_argument("--list", action="store_true", help="print every silent match")
    args = parser.parse_args()
    if args.split in FILES:
        document = yaml.safe_load(FILES[args.split].read_text(encoding="utf-8"))
    else:
        document = {
            key: semantic_eval.load(name, args.split)
            for name, key in semantic_eval.HOLDOUT_KEYS.items()
        }
    taxonomy = careermap.load_taxonomy()
    silent = silent_right = shown_right = 0
    kinds: dict[str, list[int]] = {}
    for item in document["items"]:
        match = match_text(item["text"], taxonomy)
        first = match.skill_id or (match.alternatives[0].skill_id if match.alternatives else None)
        shown_right += first in item["expect"]
        kinds.setdefault(item["kind"], []).append(first in item["expect"])
        if match.skill_id is not None:
            silent += 1
            silent_right += match.skill_id in item["expect"]
            if args.list:
                mark = "right" if match.skill_id in item["expect"] else "WRONG"
                print(f"{mark:5} {match.method:9} {match.skill_id:32} {item['text']}")
    off_resolved = [text for text in document["off_domain"] if match_text(text, taxonomy).skill_id]
    right = found = true_pos = expected = negated = 0
    for item in document["narratives"]:
        ids = {f.skill_id for f in extract_skills(item["text"], taxonomy=taxonomy)}
        expect = set(item["expect"])
        right += len(ids & (expect | set(item.get("also", []))))
        found += len(ids)
        true_pos += len(ids & expect)
        expected += len(expect)
        negated += len(ids & set(item.get("never", [])))
    phrases = len(document["items"])
    print(f"set                      {args.split}")
    print(f"phrases                  {phrases}")
    print(f"silent matches           {silent} ({silent_right} right)")
    print(f"first shown right        {shown_right / phrases:.3f}")
    for kind, rights in sorted(kinds.items()):
        print(f"  {kind:22} {sum(rights) / len(rights):.3f} of {len(rights)}")
    print(f"off-domain resolved      {len(off_resolved)} of {len(document['off_domain'])}")
    for text in off_resolved:
        print(f"  off-domain resolved:   {text}")
    print(f"narrative precision      {right / max(found, 1):.3f}")
    print(f"narrative recall         {true_pos / max(expected, 1):.3f}")
    print(f"negated skills extracted {negated}")


if __name__ == "__main__":
    main()
