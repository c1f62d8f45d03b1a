"""Terminal safety: nothing the CLI prints can drive the terminal, and no message is huge.

Labels (double-quoted YAML escapes can hold ESC and bidirectional overrides), file
names and what people type reach the terminal only escaped (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careermap.cli.main import main

#: What a terminal acts on: C0/C1 controls other than newline, DEL, bidi controls.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")

HOSTILE = """\
sectors: [{id: hr, label: "HR \\e[2J"}]
skills:
  - {id: a, label: "Active \\e]0;pwned\\a listening", aliases: ["evil \\u202e gnp.exe"]}
  - {id: b, label: "Case \\u2066management\\u2069", description: "line\\u2028break"}
roles:
  - id: r
    title: "Role \\e[31mred"
    sector: hr
    requirements: [{skill: a}, {skill: b}]
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["roles", "list"],
        ["roles", "show", "r"],
        ["skills", "search", "active"],
        ["match", "active listening", "case management"],
        ["match", "--explain", "active listening", "case management"],
        ["similar", "r"],
        ["validate"],
    ],
)
def test_labels_are_printed_escaped(argv, hostile, capsys):
    command = [*argv, str(hostile)] if argv == ["validate"] else [*argv, "--taxonomy", str(hostile)]
    code, out, err = run(capsys, *command)
    assert code == 0, err
    assert out or err
    assert not RAW.search(out), out
    assert not RAW.search(err), err


def test_the_escapes_are_visible(hostile, capsys):
    code, out, _ = run(capsys, "roles", "show", "r", "--taxonomy", str(hostile))
    assert code == 0
    assert "Role \\x1b[31mred" in out
    assert "\\u2066management\\u2069" in out


def test_file_names_are_printed_escaped(tmp_path, capsys):
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "bad\x1b[2J\u202e.yaml").write_text("skills: [\n", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(folder))
    assert code == 1
    assert "bad\\x1b[2J\\u202e.yaml" in err
    assert not RAW.search(out + err)


def test_what_people_type_is_printed_escaped(capsys):
    for argv in (
        ["roles", "show", "nurse\x1b[2J"],
        ["similar", "x\u202eabc"],
        ["skills", "search", "\x1b]0;title\x07"],
        ["match", "CBT", "\x1b[2Jforklift"],
        ["validate", "/nonexistent/\x1b[2J.yaml"],
    ):
        _, out, err = run(capsys, *argv)
        assert not RAW.search(out + err), (argv, out, err)


def test_a_huge_value_gives_a_short_message(capsys):
    huge = "x" * 100_000
    for argv in (["roles", "show", huge], ["similar", huge], ["match", f"CBT:{huge}"]):
        code, out, err = run(capsys, *argv)
        assert code != 0
        assert len(out + err) < 2_000, (argv[0], len(out + err))
