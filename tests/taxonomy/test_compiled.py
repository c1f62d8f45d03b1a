from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from careermap import TaxonomyError, load_taxonomy
from careermap.taxonomy import compiled as compiled_module
from careermap.taxonomy.compiled import FORMAT, load_compiled, save_compiled

from ..conftest import MINI


def test_compiled_round_trip(tmp_path, default):
    path = save_compiled(default, tmp_path / "default.json", source="abc")
    assert load_compiled(path) == default
    assert load_compiled(path, expect="abc") == default
    assert load_compiled(path, expect="other") is None


def test_cache_is_used_then_invalidated_when_a_source_changes(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(MINI, source)
    cache = tmp_path / "cache"
    first = load_taxonomy(source, cache=cache)
    (compiled,) = cache.glob("*.json")
    stamp = compiled.stat().st_mtime_ns
    assert load_taxonomy(source, cache=cache) == first
    assert compiled.stat().st_mtime_ns == stamp, "unchanged sources must not rebuild"
    roles = source / "roles.yaml"
    roles.write_text(roles.read_text().replace("title: Teacher", "title: Schoolteacher"))
    changed = load_taxonomy(source, cache=cache)
    assert changed.role_index["teacher"].title == "Schoolteacher"
    assert load_compiled(compiled).role_index["teacher"].title == "Schoolteacher"


def test_a_broken_source_is_still_reported_with_a_cache(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(MINI, source)
    (source / "roles.yaml").write_text("roles: [{id: x}]\n")
    with pytest.raises(TaxonomyError, match="missing required field"):
        load_taxonomy(source, cache=tmp_path / "cache")


def _compiled(body: bytes, *, digest: str | None = None) -> bytes:
    """A compiled file around *body*, its header holding the body's digest (or *digest*)."""
    body += b"\n"
    header = {
        "format": FORMAT,
        "fingerprint": "",
        "sha256": digest or hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header).encode() + b"\n" + body


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a compiled taxonomy"),
        (b"garbage\n{}", "not a compiled taxonomy"),
        (b'{"format": "other/9", "fingerprint": ""}\n{}', "format 'other/9'"),
        (b'{"format": "careermap-compiled/2", "fingerprint": ""}\n{}', "rebuild it"),
        (_compiled(b'{"skills": 5}'), "invalid"),
        (
            _compiled(b'{"skills": [{"id": "a", "label": "A", "broader": ["b"]}]}'),
            "unknown skill 'b'",
        ),
        (_compiled(b"{}"), "the taxonomy is empty"),
        (_compiled(b'{"skills": [], "roles": [], "sectors": []}'), "the taxonomy is empty"),
        (_compiled(b'{"skills": [{"id": "a", "label": "A"}], "skills": []}'), "given twice"),
        (_compiled(b'{"skills": [{"id": "a", "label": "A", "label": "B"}]}'), "given twice"),
        (_compiled(b'{"skills": [{"id": "a"'), "not JSON"),
        (_compiled(b'{"skills": []}', digest="0" * 64), "SHA-256"),
        (_compiled(b'{"skills": []}')[:-2], "SHA-256"),
    ],
)
def test_bad_compiled_files_are_errors_not_crashes(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(TaxonomyError, match=message):
        load_compiled(path)


def test_a_corrupt_cache_file_is_rebuilt(tmp_path):
    cache = tmp_path / "cache"
    load_taxonomy(MINI, cache=cache)
    (compiled,) = cache.glob("*.json")
    compiled.write_bytes(b"not json")
    assert load_taxonomy(MINI, cache=cache) == load_taxonomy(MINI)


def test_load_taxonomy_reads_a_compiled_file_and_layers_over_it(tmp_path, mini):
    path = save_compiled(mini, tmp_path / "mini.json")
    assert load_taxonomy(path) == mini
    extra = tmp_path / "org.yaml"
    extra.write_text(
        "roles: [{id: coach, title: Coach, sector: office, requirements: [{skill: cbt}]}]\n"
    )
    layered = load_taxonomy(path, extend=extra)
    assert layered.role_index["coach"].requirements[0].skill == "cbt"
    clash = tmp_path / "clash.yaml"
    clash.write_text("skills: [{id: cbt, label: Ours}]\n")
    with pytest.raises(TaxonomyError, match="may not redefine what the base taxonomy defines"):
        load_taxonomy(path, extend=clash)


def test_a_level_given_as_a_boolean_is_refused_as_in_yaml(tmp_path, mini):
    path = save_compiled(mini, tmp_path / "mini.json")
    _, body = path.read_bytes().split(b"\n", 1)
    edited = body.replace(b'"level":3', b'"level":true', 1)
    assert edited != body
    path.write_bytes(_compiled(edited.rstrip(b"\n")))
    with pytest.raises(TaxonomyError, match="level"):
        load_compiled(path)
    # Booleans where booleans belong still load.
    assert load_compiled(save_compiled(mini, tmp_path / "again.json")) == mini


def test_an_edited_body_under_its_old_header_is_refused(tmp_path, mini):
    path = save_compiled(mini, tmp_path / "mini.json")
    content = path.read_bytes()
    path.write_bytes(content.replace(b'"roles":[', b'"roles":[],"x":[', 1))
    with pytest.raises(TaxonomyError, match="SHA-256"):
        load_compiled(path)


def test_an_edited_cache_entry_is_rebuilt_not_served(tmp_path):
    cache = tmp_path / "cache"
    expected = load_taxonomy(MINI, cache=cache)
    (compiled,) = cache.glob("*.json")
    header, body = compiled.read_bytes().split(b"\n", 1)
    compiled.write_bytes(header + b"\n" + body.replace(b'"roles":[', b'"roles":[],"r":[', 1))
    assert load_taxonomy(MINI, cache=cache) == expected


def test_an_oversized_file_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_module, "MAX_COMPILED_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_bytes(_compiled(b'{"skills": []' + b" " * 200 + b"}"))
    with pytest.raises(TaxonomyError, match="MiB limit"):
        load_compiled(path)
