"""The bundled taxonomy's compiled form: up to date, equal to its YAML, never trusted blindly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from careermap import taxonomy_identity
from careermap.taxonomy import load
from careermap.taxonomy.compiled import load_compiled
from careermap.taxonomy.load import _load, _load_bundled, bundled_sources


def test_the_shipped_compiled_form_is_up_to_date_and_equals_the_yaml():
    # Fails after an edit to data/taxonomy/ until scripts/compile_taxonomy.py is run.
    files, source = bundled_sources()
    path = load._compiled_bundled()
    assert path is not None
    compiled = load_compiled(path, expect=source)
    assert compiled is not None, "run .venv/bin/python scripts/compile_taxonomy.py"
    from_yaml = _load([files])
    assert compiled == from_yaml
    assert taxonomy_identity(compiled) == taxonomy_identity(from_yaml)


def test_the_default_reads_the_compiled_form_not_the_yaml(monkeypatch):
    def no_yaml(*args, **kwargs):
        raise AssertionError("parsed YAML")

    monkeypatch.setattr(load, "_load", no_yaml)
    assert _load_bundled().name == "careermap-default"


@pytest.fixture
def edited(tmp_path, monkeypatch) -> Path:
    """A copy of the bundled YAML with one role's title changed, as the bundled root."""
    root = tmp_path / "taxonomy"
    shutil.copytree(load._bundled_root(), root)
    target = next(p for p in sorted(root.rglob("*.yaml")) if "title:" in p.read_text())
    text = target.read_text()
    start = text.index("title:")
    line = text[start : text.index("\n", start)]
    target.write_text(text.replace(line, "title: Edited title", 1))
    monkeypatch.setattr(load, "_bundled_root", lambda: root)
    return root


def test_edited_yaml_is_read_instead_of_a_stale_compiled_form(edited):
    taxonomy = _load_bundled()
    assert "Edited title" in {role.title for role in taxonomy.roles}


@pytest.mark.parametrize("damage", ["truncate", "edit", "format"])
def test_a_damaged_compiled_form_is_not_used(tmp_path, monkeypatch, caplog, damage):
    original = load._compiled_bundled()
    assert original is not None
    data = original.read_bytes()
    header, body = data.split(b"\n", 1)
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "edit":
        data = header + b"\n" + body.replace(b"Counsellor", b"Counselor", 1)
    else:
        data = header.replace(b"careermap-compiled/", b"careermap-compiled/0") + b"\n" + body
    copy = tmp_path / "taxonomy.json"
    copy.write_bytes(data)
    monkeypatch.setattr(load, "_compiled_bundled", lambda: copy)
    taxonomy = _load_bundled()
    assert taxonomy == _load([bundled_sources()[0]])
    assert "ignoring the bundled compiled taxonomy" in caplog.text
