"""The cache folder: where it is, what careermap keeps there, and clearing it."""

from __future__ import annotations

from pathlib import Path

import pytest

import careermap
from careermap.base import cachedir
from careermap.cli.main import main


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(cachedir.CACHE_ENV, str(tmp_path))
    return tmp_path


def _fill(folder: Path) -> None:
    """One real taxonomy entry, one semantic index file and a file of someone else's."""
    careermap.load_taxonomy(Path(__file__).parents[1] / "data" / "mini")
    (folder / "semantic-0123.npy").write_bytes(b"x" * 10)
    (folder / "semantic-0123.sha256").write_text("0" * 64, encoding="ascii")
    (folder / "notes.txt").write_text("not careermap's", encoding="utf-8")


def test_the_folder_follows_the_environment(folder: Path, monkeypatch: pytest.MonkeyPatch):
    assert cachedir.cache_dir() == folder
    monkeypatch.setenv(cachedir.CACHE_ENV, "Off")
    assert cachedir.cache_dir() is None
    assert cachedir.cache_contents() == cachedir.CacheContents(None, 0, 0, 0)
    assert cachedir.clear_cache().folder is None


def test_contents_count_only_what_careermap_wrote(folder: Path):
    _fill(folder)
    held = cachedir.cache_contents()
    entries = [path for path in (folder / cachedir.TAXONOMIES).iterdir() if path.is_dir()]
    assert held.taxonomies == len(entries) == 1
    written = [p for p in (folder / cachedir.TAXONOMIES).rglob("*") if p.is_file()]
    assert held.files == len(written) + 2  # the entry's files and the two semantic ones
    assert held.size == sum(p.stat().st_size for p in written) + 10 + 64


def test_clearing_removes_entries_and_indexes_and_leaves_other_files(folder: Path):
    _fill(folder)
    before = cachedir.cache_contents()
    assert cachedir.clear_cache() == before
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt"]
    assert cachedir.cache_contents() == cachedir.CacheContents(folder, 0, 0, 0)
    # Rebuilt when next needed.
    careermap.load_taxonomy(Path(__file__).parents[1] / "data" / "mini")
    assert cachedir.cache_contents().taxonomies == 1


def test_the_cli_shows_and_clears_the_cache(folder: Path, capsys: pytest.CaptureFixture[str]):
    _fill(folder)
    held = cachedir.cache_contents()
    assert main(["cache"]) == 0
    out = capsys.readouterr().out
    assert f"Cache folder: {folder}" in out
    assert f"taxonomy entries {held.taxonomies:>6}" in out
    assert f"files            {held.files:>6}" in out
    assert main(["cache", "--clear"]) == 0
    assert "Removed 1 taxonomy entries" in capsys.readouterr().out
    assert cachedir.cache_contents().files == 0
    assert (folder / "notes.txt").exists()


def test_the_cli_says_when_the_cache_is_off(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    monkeypatch.setenv(cachedir.CACHE_ENV, "off")
    assert main(["cache"]) == 0
    assert "off" in capsys.readouterr().out
    assert main(["cache", "--clear"]) == 0
    assert "nothing to clear" in capsys.readouterr().out
