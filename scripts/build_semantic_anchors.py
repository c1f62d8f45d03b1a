"""Write the semantic layer's anchor texts: ESCO and O*NET names of skills that carry their codes.

A bundled skill with ``codes.esco`` (an ESCO URI) or ``codes.onet`` (an O*NET
element id) gets, in the semantic index only (never as a lexical alias), the
other vocabulary's words for it:

* ESCO 1.2.0 (``skills_en.csv``): the preferred label, each official alternative
  label (skills in a collection file) or, for the other skills, the text the
  reconstructed file holds before the description (the alternative labels run
  together), and the description;
* O*NET 29.3 (``Content Model Reference.txt``): the element's name and description.

None of these texts comes from the labelled set in ``tests/data/semantic/``.
Collisions are checked against the bundled taxonomy with the plain encoder
(no anchors): an anchor whose nearest skill is a different one, at a similarity of
at least ``--collision`` (default :data:`COLLISION`) and at least its own skill's,
is dropped and listed; with ``--strict``, also any anchor nearer another skill than
its own. Output: JSON, skill id to anchor texts, deterministic (sorted), for
``benchmarks/semantic_eval.py --anchors`` (docs/semantic.md, fourth pass: nothing
shipped).

    python scripts/build_semantic_anchors.py --strict --out /tmp/anchors.json
    python benchmarks/semantic_eval.py --encoders candidate --split calibrate \
        --anchors /tmp/anchors.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

import careermap
from careermap.resolve.embed import StaticEncoder
from careermap.resolve.semantic import SemanticIndex

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
#: An anchor nearer than this to another skill than its own is dropped.
COLLISION = 0.80
_DESCRIPTION_START = re.compile(r" (?=[A-Z][a-z])")


def esco_texts(folder: Path, uris: set[str]) -> dict[str, list[str]]:
    """Return the ESCO wording of each skill in *uris*: label, alternatives, description."""
    csv.field_size_limit(10_000_000)
    found: dict[str, list[str]] = {}
    with (folder / "skills_en.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["conceptUri"] not in uris:
                continue
            texts = [row["preferredLabel"].strip()]
            description = " ".join(row["description"].split())
            alternatives = [a.strip() for a in row["altLabels"].split("\n") if a.strip()]
            if not alternatives:  # reconstructed: "alt alt alt Description..."
                cut = _DESCRIPTION_START.search(" " + description)
                if cut is not None and cut.start() > 0:
                    alternatives = [description[: cut.start() - 1].strip()]
                    description = description[cut.start() :].strip()
            texts += alternatives
            if description:
                texts.append(description)
            found[row["conceptUri"]] = texts
    return found


def onet_texts(folder: Path, codes: set[str]) -> dict[str, list[str]]:
    """Return the name and description of each O*NET element in *codes*."""
    found: dict[str, list[str]] = {}
    with (folder / "Content Model Reference.txt").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["Element ID"] in codes:
                found[row["Element ID"]] = [row["Element Name"], row["Description"]]
    return found


def main() -> None:
    """Collect, check and write the anchors (by skill id)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the JSON file to write")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also drop an anchor nearer another skill than its own",
    )
    parser.add_argument("--collision", type=float, default=COLLISION)
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    taxonomy = careermap.load_taxonomy()
    owners = {
        (scheme, code): skill.id
        for skill in taxonomy.skills
        for scheme, code in skill.codes.items()
        if scheme in {"esco", "onet"}
    }
    texts = {
        "esco": esco_texts(args.data / "esco-1.2.0", {c for s, c in owners if s == "esco"}),
        "onet": onet_texts(args.data / "onet-29.3", {c for s, c in owners if s == "onet"}),
    }
    index = SemanticIndex(taxonomy, StaticEncoder())
    kept: dict[str, list[str]] = {}
    for scheme, by_code in sorted(texts.items()):
        for code, anchors in sorted(by_code.items()):
            own = owners[(scheme, code)]
            names = {n.casefold() for n in taxonomy.skill_index[own].names}
            for text in dict.fromkeys(anchors):
                if text.casefold() in names:
                    continue
                hits = index.search(text, limit=16)
                top = hits[0]
                mine = next((h.similarity for h in hits if h.skill_id == own), -1.0)
                if args.strict:
                    collides = top.similarity >= args.collision or top.similarity > mine
                else:
                    collides = top.similarity >= max(args.collision, mine)
                if top.skill_id != own and collides:
                    print(
                        f"dropped ({own}; nearer {top.skill_id} {top.similarity:.2f}): {text[:70]}"
                    )
                    continue
                kept.setdefault(own, []).append(text)
    count = sum(len(v) for v in kept.values())
    print(f"{count} anchors for {len(kept)} skills")
    args.out.write_text(json.dumps(kept, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
