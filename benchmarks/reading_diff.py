"""How every persona text is read by two source trees, side by side: lost, gained, changed.

An alias, a description or a rule of the resolver can move readings far from the texts it
was written for: a skill's aliases move the mean of its names, which every reading by
meaning near it uses (docs/semantic.md, "Aliases and the centroid"). This reads every
skill text of every persona set (``benchmarks/personas.py``, this tree's files) with
``build_profile`` in two trees, each in a process of its own, and prints the texts whose
reading differs:

* **lost**: read before (a skill), unread now;
* **gained**: unread before, read now;
* **changed**: read as another skill (or skills);
* **method**: the same skills, read another way (``semantic`` -> ``alias``...).

Readings by meaning show their similarity. Every lost or changed reading is a finding to
justify before a change is merged: a lost right reading is a regression even when the
benchmark's summary rows do not move.

    python benchmarks/reading_diff.py --before main           # a git revision of this repo
    python benchmarks/reading_diff.py --before ../other-tree   # a checkout (src/ and data/)
    python benchmarks/reading_diff.py --before main --all      # every text, side by side
    python benchmarks/reading_diff.py --before main --set fifteenth tenth
    python benchmarks/reading_diff.py --before . --after-env CAREERMAP_LONG_TEXTS=minilm

The after tree is this one unless ``--after`` names another. A set still blind (docs/
personas.md; ``personas.BLIND``) is left out unless ``--set`` names it: this prints
per-person readings.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: Readings of one text: "skill-id/method", sorted, with the similarity of readings by meaning.
Reading = list[str]

_DUMP = """
import json, sys
import careermap
taxonomy = careermap.load_taxonomy()
out = []
for person in json.load(sys.stdin):
    profile = careermap.build_profile(person["skills"], taxonomy=taxonomy)
    read = {}
    for entry in profile.entries:
        match = entry.match
        cosine = getattr(match, "cosine", None)
        shown = f"{match.skill_id}/{match.method}"
        if match.method == "semantic" and cosine is not None:
            shown += f" {cosine:.3f}"
        read.setdefault(entry.text, []).append(shown)
    out.append({key: sorted(value) for key, value in read.items()})
json.dump(out, sys.stdout)
"""


def tree_of(spec: str, scratch: Path) -> Path:
    """Return a source tree for *spec*: a folder holding ``src/``, or a git revision here."""
    folder = Path(spec)
    if (folder / "src" / "careermap").is_dir():
        return folder.resolve()
    if folder.name == "src" and (folder / "careermap").is_dir():
        return folder.parent.resolve()
    scratch.mkdir(parents=True, exist_ok=True)
    archive = scratch / "tree.tar"
    with archive.open("wb") as handle:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", spec, "src", "data"],  # noqa: S607 - git on PATH
            stdout=handle,
            check=True,
        )
    target = scratch / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="data")
    return target


def readings(
    tree: Path, people: list[dict[str, Any]], cache: Path, extra: dict[str, str] | None = None
) -> list[dict[str, Reading]]:
    """Return each person's readings (text to readings) by the careermap of *tree*.

    *extra* adds environment variables (``--after-env``) to the process that reads.
    """
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "CAREERMAP_CACHE_DIR": str(cache)}
    env |= extra or {}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _DUMP],
        input=json.dumps([{"skills": p["skills"]} for p in people]),
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: list[dict[str, Reading]] = json.loads(done.stdout)
    return found


def kind(before: Reading, after: Reading) -> str | None:
    """Which kind of difference *before* -> *after* is, or ``None`` when there is none."""

    def skills(reading: Reading) -> set[str]:
        return {r.split("/")[0] for r in reading} - {"None"}

    def methods(reading: Reading) -> list[str]:
        return sorted(r.split(" ")[0] for r in reading)

    old, new = skills(before), skills(after)
    if old and not new:
        return "lost"
    if new and not old:
        return "gained"
    if old != new:
        return "changed"
    if methods(before) != methods(after):
        return "method"
    return None


def main() -> None:
    """Read every persona text in both trees and print the differences."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import personas as sets  # noqa: PLC0415 - this tree's persona files

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", required=True, help="a source tree or a git revision")
    parser.add_argument("--after", default=str(ROOT), help="a source tree (default: this one)")
    read = [name for name in sets.SETS if name not in sets.BLIND]
    parser.add_argument(
        "--set",
        nargs="*",
        default=read,
        choices=list(sets.SETS),
        help=f"persona sets (default: every set but the blind {', '.join(sets.BLIND)})",
    )
    parser.add_argument("--all", action="store_true", help="print every text, not only changes")
    parser.add_argument(
        "--after-env",
        nargs="*",
        default=[],
        metavar="NAME=VALUE",
        help="environment variables set for the after tree only "
        "(--before HEAD --after-env CAREERMAP_LONG_TEXTS=minilm: a variable's effect)",
    )
    args = parser.parse_args()
    extra = dict(pair.split("=", 1) for pair in args.after_env)
    for name in extra:
        os.environ.pop(name, None)  # the before tree reads without it
    people = [(name, p) for name in args.set for p in sets.personas(name)]
    with tempfile.TemporaryDirectory() as scratch:
        before_tree = tree_of(args.before, Path(scratch) / "before")
        after_tree = tree_of(args.after, Path(scratch) / "after")
        cache = Path(scratch) / "cache"
        old = readings(before_tree, [p for _, p in people], cache)
        new = readings(after_tree, [p for _, p in people], cache, extra)
    counts = {"lost": 0, "gained": 0, "changed": 0, "method": 0}
    lines: dict[str, list[str]] = {key: [] for key in counts}
    lines["same"] = []
    texts = 0
    for (name, person), read_before, read_after in zip(people, old, new, strict=True):
        for text in dict.fromkeys([*read_before, *read_after]):
            texts += 1
            before = read_before.get(text, ["None/none"])
            after = read_after.get(text, ["None/none"])
            found = kind(before, after)
            row = f"{name}\t{person['id']}\t{text!r}\t{', '.join(before)}  ->  {', '.join(after)}"
            if found is None:
                lines["same"].append(row)
                continue
            counts[found] += 1
            lines[found].append(row)
    with_ = "".join(f" with {pair}" for pair in args.after_env)
    print(f"# readings of {texts} texts, {args.before} -> {args.after}{with_}")
    print("# " + ", ".join(f"{key} {value}" for key, value in counts.items()))
    for key in (*counts, "same"):
        if lines[key] and (key != "same" or args.all):
            print(f"\n## {key} ({len(lines[key])})")
            print("\n".join(lines[key]))


if __name__ == "__main__":
    main()
