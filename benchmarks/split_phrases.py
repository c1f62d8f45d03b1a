"""Splitting one text that names two or three skills: precision and recall on a labelled set.

tests/data/split_phrases.yaml holds texts as a client writes them, each labelled by
judgement: ``two`` (names two or three skills of the taxonomy), ``one`` (one skill, or
none known, although it holds "and", "&", "/", "," or "plus") and ``off-domain``. Each
text is built into a profile alone; it was *split* when the profile has more than one
entry for it (``ProfileEntry.part`` names the words of each).

- split precision: of the texts split, those split into exactly the labelled skills;
- split recall: of the ``two`` texts, those split into exactly the labelled skills;
- one-skill and off-domain texts: how many stay one entry that claims no skill but the
  labelled one (nothing resolving is an honest answer), and how many resolve to it.

    .venv/bin/python benchmarks/split_phrases.py              # lexical only
    .venv/bin/python benchmarks/split_phrases.py --semantic   # with careermap[semantic]

Runs on any commit since the set was written (before the split rule, nothing splits).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

import careermap

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "split_phrases.yaml"


def main() -> None:
    """Print split precision and recall, and every text judged wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--semantic", action="store_true", help="use careermap[semantic]")
    args = parser.parse_args()
    items = yaml.safe_load(DATA.read_text(encoding="utf-8"))["texts"]
    split = right_split = two = one_right = one = one_named = 0
    wrong: list[str] = []
    for item in items:
        text, kind, wanted = item["text"], item["kind"], item["skills"]
        profile = careermap.build_profile([text], semantic=args.semantic)
        got = [e.match.skill_id for e in profile.entries if e.match.skill_id is not None]
        was_split = len(profile.entries) > 1
        exact = was_split and sorted(got) == sorted(wanted)
        split += was_split
        right_split += exact
        if kind == "two":
            two += 1
            if not exact:
                wrong.append(f"  missed   {text!r}: {got or 'nothing'} (labelled {wanted})")
        else:
            one += 1
            fine = not was_split and set(got) <= set(wanted)
            one_right += fine
            one_named += bool(wanted) and got == wanted
            if was_split:
                wrong.append(f"  split    {text!r}: {got} (labelled {kind}, {wanted})")
            elif not fine:
                wrong.append(f"  other    {text!r}: {got} (labelled {wanted})")
    layer = "with the semantic layer" if args.semantic else "lexical only"
    print(f"{len(items)} texts ({two} two-skill, {one} one-skill or off-domain), {layer}")
    precision = f"{right_split / split:.1%}" if split else "n/a (nothing split)"
    print(f"split precision: {right_split}/{split} = {precision}")
    print(f"split recall:    {right_split}/{two} = {right_split / two:.1%}")
    print(f"one-skill and off-domain texts unsplit, claiming no other skill: {one_right}/{one}")
    named = sum(1 for item in items if item["kind"] != "two" and item["skills"])
    print(f"one-skill texts resolved to their skill: {one_named}/{named}")
    print("judged wrong:")
    print("\n".join(wrong) if wrong else "  none")


if __name__ == "__main__":
    main()
