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


# --- pruning: entries unused for a number of days ------------------------------------

_DAY = 86_400


def _age(path: Path, days: float) -> None:
    """Make *path* look last used *days* ago."""
    import os  # noqa: PLC0415
    import time  # noqa: PLC0415

    then = time.time() - days * _DAY
    os.utime(path, (then, then))


def _entry(folder: Path) -> Path:
    (entry,) = [p for p in (folder / cachedir.TAXONOMIES).iterdir() if p.is_dir()]
    return entry


def test_prune_removes_only_entries_unused_for_that_long(folder: Path):
    _fill(folder)
    entry = _entry(folder)
    _age(entry, 40)
    _age(folder / "semantic-0123.npy", 10)
    files = [p for p in entry.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    gone = cachedir.prune_cache(30)
    assert (gone.taxonomies, gone.files, gone.size) == (1, len(files), size)
    assert not entry.exists()
    assert (folder / "semantic-0123.npy").exists()
    assert cachedir.prune_cache(5).files == 2  # the index and its digest
    assert sorted(path.name for path in folder.iterdir()) == ["notes.txt", "taxonomies"]


def test_prune_reports_what_it_removed(folder: Path):
    _fill(folder)
    before = cachedir.cache_contents()
    assert cachedir.prune_cache(0) == before
    assert cachedir.cache_contents().files == 0
    assert (folder / "notes.txt").exists()


def test_reading_an_entry_counts_as_using_it(folder: Path):
    mini = Path(__file__).parents[1] / "data" / "mini"
    careermap.load_taxonomy(mini)
    entry = _entry(folder)
    _age(entry, 40)
    careermap.load_taxonomy(mini)  # read from the entry: its time is now
    assert cachedir.prune_cache(30).taxonomies == 0
    assert entry.exists()


def test_a_new_entry_prunes_old_ones_once_per_process(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    import shutil  # noqa: PLC0415
    import threading  # noqa: PLC0415

    mini = Path(__file__).parents[1] / "data" / "mini"
    careermap.load_taxonomy(mini)
    old = _entry(folder)
    _age(old, 31)
    monkeypatch.setattr(cachedir, "_pruned", threading.Event())  # a new process
    other = tmp_path_factory.mktemp("other") / "mini"
    shutil.copytree(mini, other)
    (other / "extra.yaml").write_text("# a change of the sources: a new entry\n")
    careermap.load_taxonomy(other)
    assert not old.exists()
    (new,) = list((folder / cachedir.TAXONOMIES).iterdir())
    _age(new, 31)
    careermap.load_taxonomy(mini)  # a second write in the same process prunes nothing
    assert new.exists()


@pytest.mark.parametrize("value", ["off", "0", "none"])
def test_keep_days_off_keeps_every_entry(folder: Path, monkeypatch: pytest.MonkeyPatch, value: str):
    import threading  # noqa: PLC0415

    monkeypatch.setattr(cachedir, "_pruned", threading.Event())
    monkeypatch.setenv(cachedir.KEEP_ENV, value)
    _fill(folder)
    _age(folder / "semantic-0123.npy", 400)
    cachedir.prune_after_write()
    assert (folder / "semantic-0123.npy").exists()


def test_a_bad_keep_days_is_a_warning_naming_it_and_the_load_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch
):
    import threading  # noqa: PLC0415

    monkeypatch.setattr(cachedir, "_pruned", threading.Event())
    monkeypatch.setenv(cachedir.KEEP_ENV, "30d")
    with pytest.raises(ValueError, match=r"CAREERMAP_CACHE_KEEP_DAYS='30d' is not a number"):
        cachedir.keep_days()
    with pytest.warns(UserWarning, match=r"'30d' is not a number of days.*not removed"):
        careermap.load_taxonomy(Path(__file__).parents[1] / "data" / "mini")
    assert cachedir.cache_contents().taxonomies == 1


@pytest.mark.parametrize("days", [-1.0, float("nan"), float("inf")])
def test_prune_refuses_a_bad_number_of_days(folder: Path, days: float):
    with pytest.raises(ValueError, match="number of days"):
        cachedir.prune_cache(days)


def test_the_cli_prunes(folder: Path, capsys: pytest.CaptureFixture[str]):
    _fill(folder)
    _age(_entry(folder), 60)
    assert main(["cache", "--prune", "30"]) == 0
    out = capsys.readouterr().out
    assert "Removed 1 taxonomy entries" in out
    assert "unused for 30 days" in out
    assert cachedir.cache_contents().taxonomies == 0
    assert (folder / "semantic-0123.npy").exists()
    assert main(["cache", "--prune", "soon"]) != 0
    assert "not a number of days: 'soon'" in capsys.readouterr().err


def test_reading_a_semantic_index_counts_as_using_it(folder: Path):
    import numpy as np  # noqa: PLC0415

    from careermap.resolve import semantic  # noqa: PLC0415

    path = folder / "semantic-abcd.npy"
    vectors = np.ones((3, 4), dtype=np.float32)
    semantic._write_cached(path, vectors)
    _age(path, 40)
    found = semantic._read_cached(path, (3, 4))
    assert found is not None
    assert found.tolist() == vectors.tolist()
    assert cachedir.prune_cache(30).files == 0
    assert path.exists()
