"""How careermap reads every credential the persona sets' people wrote.

For each credential text in tests/data/personas*.yaml (each once, with the sets it is
in), the table says which credentials of the bundled taxonomy's ``credentials``
section it *certifies* (by the credential's name, an ``also`` name, an ``equivalents``
name or its associate licence: what the credential implies is not shown as a gap) and
which it is only *accepted* for (an ``accepts`` name: it opens the posts that ask for
the credential, but certifies nothing of it). A text that does neither is read as no
credential: it opens no post and certifies no skill. Read the "unread" rows for
credentials people hold that the taxonomy does not know, and every row for misreadings.

    .venv/bin/python benchmarks/credential_reading.py            # the table
    .venv/bin/python benchmarks/credential_reading.py --unread   # unread texts only

benchmarks/credentials.py reads the other way: each credential a role asks for, against
ways people write theirs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

import careermap
from careermap.results.credentials import ambiguous_abbreviations, certifies, holds

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def written() -> dict[str, list[str]]:
    """Every credential text of the persona sets, with the sets that hold it, in file order."""
    found: dict[str, list[str]] = {}
    for path in sorted(DATA.glob("personas*.yaml")):
        label = path.stem.removeprefix("personas").lstrip("-") or "first"
        with path.open(encoding="utf-8") as handle:
            people = yaml.safe_load(handle)["personas"]
        for person in people:
            for text in person.get("credentials") or ():
                sets = found.setdefault(text, [])
                if label not in sets:
                    sets.append(label)
    return found


def reading(text: str, taxonomy: careermap.Taxonomy) -> tuple[list[str], list[str]]:
    """Return the ids of the credentials *text* certifies, and of those it is only accepted for."""
    ambiguous = ambiguous_abbreviations(taxonomy.credentials)
    certified = [c.id for c in taxonomy.credentials if certifies([text], c, ambiguous=ambiguous)]
    accepted = [
        c.id
        for c in taxonomy.credentials
        if c.id not in certified and holds([text], c, ambiguous=ambiguous)
    ]
    return certified, accepted


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unread", action="store_true", help="show unread texts only")
    options = parser.parse_args()
    taxonomy = careermap.load_taxonomy()
    texts = written()
    rows = [(text, sets, *reading(text, taxonomy)) for text, sets in texts.items()]
    unread = sum(1 for _, _, certified, accepted in rows if not certified and not accepted)
    print(f"{len(rows)} credential texts in the persona sets; {unread} read as no credential\n")
    print("| credential as written | sets | certifies | accepted for |")
    print("|---|---|---|---|")
    for text, sets, certified, accepted in rows:
        if options.unread and (certified or accepted):
            continue
        shown = [", ".join(sets), ", ".join(certified) or "-", ", ".join(accepted) or "-"]
        print(f"| {text} | {' | '.join(shown)} |")


if __name__ == "__main__":
    main()
