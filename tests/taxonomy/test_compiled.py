from __future__ import annotations

import shutil

import pytest

from careermap import TaxonomyError, load_taxonomy
from careermap.taxonomy.compiled import load_compiled, save_compiled

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


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a compiled taxonomy"),
        (b"garbage\n{}", "not a compiled taxonomy"),
        (b'{"format": "other/9", "fingerprint": ""}\n{}', "format 'other/9'"),
        (b'{"format": "careermap-compiled/2", "fingerprint": ""}\n{"skills": 5}', "invalid"),
        (
            b'{"format": "careermap-compiled/2", "fingerprint": ""}\n'
            b'{"skills": [{"id": "a", "label": "A", "broader": ["b"]}]}',
            "unknown skill 'b'",
        ),
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
