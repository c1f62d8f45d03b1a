"""The example sessions in docs/cli.md show what the code prints now.

Every ``$ careermap ...`` line of a ```text (or ```console) block is run in-process,
in a scratch folder, and its output compared with the lines under it: ``| head -n N``
is emulated, files written with ``-o`` land in the scratch folder, a YAML block the
docs say is "saved as `NAME`" is written there, and the import examples read the real
data sets in ../shared/data (failing in CI when they are missing). An example that
still cannot run must be listed in ``SKIPPED`` with the reason. To refresh an
example, run the command with ``COLUMNS=100`` and paste its standard output
followed by its standard error.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import pytest

from careermap.cli.main import main

from ..conftest import require_shared

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs" / "cli.md"
COLUMNS = "100"  # argparse wraps --help at $COLUMNS; the docs are generated at this width

#: Examples not run, by their command line as written in docs/cli.md, with the reason.
#: (None now: pipes are emulated, files are written in a scratch folder, and the
#: import examples run on ../shared/data, failing in CI when it is missing.)
SKIPPED: dict[str, str] = {}

_HEAD = re.compile(r"^(?P<command>.*?)\s*\|\s*head -n (?P<lines>\d+)$")
_SAVED_AS = re.compile(r"```yaml\n(?P<text>.*?)```\s*\n\s*saved as `(?P<name>[^`]+)`", re.DOTALL)
#: Data folders the import examples read, and the files they write that later examples use.
_DATA = {"esco-1.2.0": ("esco-1.2.0", "esco.json"), "onet-29.3": ("onet-29.3", "onet/")}

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


def test_every_file_the_docs_save_is_found():
    saved = [m.group("name") for m in _SAVED_AS.finditer(DOCS.read_text(encoding="utf-8"))]
    assert saved == ["broken-roles.yaml"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch folder laid out as the examples expect: examples/, and the files the docs save."""
    folder = tmp_path_factory.mktemp("cli-docs")
    (folder / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    for found in _SAVED_AS.finditer(DOCS.read_text(encoding="utf-8")):
        (folder / found.group("name")).write_text(found.group("text"), encoding="utf-8")
    return folder


def _prepare_data(argv: list[str], workspace: Path) -> None:
    """Link the real data sets an example reads, and import them when it needs the result."""
    for folder, (name, written) in _DATA.items():
        if not any(folder in arg or arg.rstrip("/") == written.rstrip("/") for arg in argv):
            continue
        link = workspace / folder
        if not link.exists():
            link.symlink_to(require_shared(name), target_is_directory=True)
        if written.rstrip("/") in (a.rstrip("/") for a in argv) and "import" not in argv:
            target = workspace / written
            if not target.exists():
                kind = folder.split("-")[0]
                assert main(["import", kind, str(link), "-o", str(target)]) == 0


def run(command: str, workspace: Path) -> None:
    """Run one documented command line in *workspace* (its output goes to capsys)."""
    head = _HEAD.match(command)
    argv = shlex.split(head.group("command") if head else command)
    assert argv[0] == "careermap"
    assert not {"|", ">"} & set(argv), "only '| head -n N' is emulated"
    _prepare_data(argv, workspace)
    main(argv[1:])


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_output(example, capsys, monkeypatch, workspace):
    if example.command in SKIPPED:
        pytest.skip(SKIPPED[example.command])
    monkeypatch.setenv("COLUMNS", COLUMNS)
    monkeypatch.chdir(workspace)  # relative paths in the examples resolve here
    run(example.command, workspace)
    out, err = capsys.readouterr()
    head = _HEAD.match(example.command)
    if head:
        out = "\n".join(out.splitlines()[: int(head.group("lines"))])
    assert normalise(out + err) == example.expected, f"docs/cli.md line {example.line}"
