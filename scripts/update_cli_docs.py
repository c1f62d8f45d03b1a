"""Rewrite the example outputs of docs/cli.md with what the code prints now.

    .venv/bin/python scripts/update_cli_docs.py

Each ``$ careermap ...`` line of a ```text or ```console block is run as
tests/docs/test_cli_docs.py runs it (in a scratch folder, ``COLUMNS=100``, the
real data sets from ../shared/data), and the lines under it are replaced by its
standard output followed by its standard error. Read the diff before committing:
the test only checks that the page and the code agree, a person checks that what
the page says is right.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _machinery():
    """Return the docs test module (its example parser and runner)."""
    sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location(
        "tests.docs.test_cli_docs", ROOT / "tests" / "docs" / "test_cli_docs.py"
    )
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load tests/docs/test_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    """Run every example and write its output under it."""
    docs = _machinery()
    text = docs.DOCS.read_text(encoding="utf-8")
    outputs: dict[int, str] = {}
    os.environ["COLUMNS"] = docs.COLUMNS
    with tempfile.TemporaryDirectory() as scratch:
        workspace = Path(scratch)
        (workspace / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
        for found in docs._SAVED_AS.finditer(text):
            (workspace / found.group("name")).write_text(found.group("text"), encoding="utf-8")
        here = Path.cwd()
        os.chdir(workspace)
        try:
            for example in docs.examples(text):
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    docs.run(example.command, workspace)
                printed = out.getvalue()
                head = docs._HEAD.match(example.command)
                if head:
                    printed = "\n".join(printed.splitlines()[: int(head.group("lines"))])
                outputs[example.line] = docs.normalise(printed + err.getvalue())
        finally:
            os.chdir(here)
    lines = text.splitlines()
    rewritten: list[str] = []
    skipping = False
    for number, line in enumerate(lines, start=1):
        if number in outputs:
            rewritten += [line, *outputs[number].splitlines()]
            skipping = True
            continue
        if skipping and line.startswith(("$ ", "```")):
            skipping = False
        if not skipping:
            rewritten.append(line)
    docs.DOCS.write_text("\n".join(rewritten) + "\n", encoding="utf-8")
    print(f"rewrote {len(outputs)} examples in {docs.DOCS}")


if __name__ == "__main__":
    main()
