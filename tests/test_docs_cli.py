"""The example sessions in docs/cli.md show what the code prints now.

Every ``$ careermap ...`` line of a ```text (or ```console) block is run in-process
and its output compared with the lines under it. An example that cannot run here
must be listed in ``SKIPPED`` with the reason, so that a new example is checked by
default. To refresh an example, run the command from the repository root with
``COLUMNS=100`` and paste its standard output followed by its standard error.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from careermap._cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "cli.md"
COLUMNS = "100"  # argparse wraps --help at $COLUMNS; the docs are generated at this width

#: Examples not run, by their command line as written in docs/cli.md, with the reason.
SKIPPED: dict[str, str] = {
    'careermap match "crisis intervention" "active listening" --limit 1 --json | head -n 60': (
        "pipes into head"
    ),
    "careermap validate --extend broken-roles.yaml": (
        "broken-roles.yaml is the reader's file, not in the repository"
    ),
    "careermap export --format graphml -o careermap.graphml": "writes a file (-o)",
    "careermap export --format json -o careermap.json": "writes a file (-o)",
    "careermap export --format json | head -n 12": "pipes into head",
    "careermap import esco esco-1.2.0 -o esco.json": "imports external data (../shared/data)",
    (
        'careermap match "listen actively" "manage budgets" --taxonomy esco.json --limit 3 '
        "--no-explain"
    ): "needs esco.json, written by 'careermap import esco'",
    "careermap import onet onet-29.3 -o onet/": "imports external data (../shared/data)",
    "careermap similar soc.21-1014.00 --taxonomy onet --limit 3 --no-explain": (
        "needs onet/, written by 'careermap import onet'"
    ),
}

_FENCE = re.compile(r"^```(\w*)\s*$")


@dataclass(frozen=True)
class Example:
    """One ``$ careermap ...`` line of docs/cli.md and the output documented under it."""

    command: str
    expected: str
    line: int

    @property
    def id(self) -> str:
        return self.command.removeprefix("careermap ")


def examples(text: str) -> list[Example]:
    """Return every command of the ```text and ```console blocks of *text*, in order."""
    found: list[Example] = []
    language: str | None = None  # the language of the open block, None outside blocks
    command: str | None = None
    start = 0
    output: list[str] = []

    def close() -> None:
        if command is not None:
            found.append(Example(command, normalise("\n".join(output)), start))

    for number, line in enumerate(text.splitlines(), start=1):
        fence = _FENCE.match(line)
        if language is None:
            if fence:
                language = fence.group(1)
            continue
        if fence and not fence.group(1):
            close()
            language, command, output = None, None, []
        elif language in {"text", "console"} and line.startswith("$ "):
            close()
            command, start, output = line[2:].strip(), number, []
        elif command is not None:
            output.append(line)
    assert language is None, "docs/cli.md ends inside a code block"
    return found


def normalise(output: str) -> str:
    """Strip trailing whitespace from each line, and blank lines from the end."""
    return "\n".join(line.rstrip() for line in output.splitlines()).rstrip("\n")


EXAMPLES = examples(DOCS.read_text(encoding="utf-8"))


def test_docs_have_examples():
    assert len(EXAMPLES) > 20
    assert not [e.command for e in EXAMPLES if not e.command.startswith("careermap ")]


def test_every_skip_names_an_example():
    assert set(SKIPPED) <= {e.command for e in EXAMPLES}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_output(example, capsys, monkeypatch):
    if example.command in SKIPPED:
        pytest.skip(SKIPPED[example.command])
    argv = shlex.split(example.command)
    assert argv[0] == "careermap"
    assert not {"|", ">", "-o", "--output"} & set(argv), "list this example in SKIPPED"
    monkeypatch.setenv("COLUMNS", COLUMNS)
    monkeypatch.chdir(ROOT)  # relative paths in the examples are from the repository root
    main(argv[1:])
    out, err = capsys.readouterr()
    assert normalise(out + err) == example.expected, f"docs/cli.md line {example.line}"
