"""Writes are atomic: a failure at any point leaves the old file or folder whole and no litter.

``dump_taxonomy``, ``save_compiled``, ``careermap export -o`` and ``careermap
import -o`` all go through :mod:`careermap.base.atomic`. Each test breaks a write
halfway (an exception, ``KeyboardInterrupt``, a failing rename) and checks that the
target is exactly as before and that no temporary sibling is left.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

import careermap
from careermap import Sector, Skill, Taxonomy, dump_taxonomy, load_taxonomy
from careermap.base import atomic
from careermap.base.atomic import TargetExistsError, atomic_folder, write_atomic
from careermap.cli.main import main
from careermap.taxonomy.compiled import save_compiled

from ..conftest import TESTS

ONET = TESTS / "data" / "onet-mini"


def small(label: str = "A") -> Taxonomy:
    return Taxonomy(
        name="t",
        sectors=(Sector(id="hr", label="HR"),),
        skills=(Skill(id="a", label=label),),
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")}


@pytest.fixture
def umask() -> Iterator[int]:
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


def test_a_folder_that_holds_files_is_refused_and_left_alone(tmp_path):
    target = tmp_path / "out"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(target)
    with pytest.raises(FileExistsError, match="already holds files"):
        dump_taxonomy(small(), target)
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_overwrite_replaces_the_folder_whole(tmp_path):
    target = tmp_path / "out"
    dump_taxonomy(small("Old"), target)
    (target / "roles.yaml").write_text("roles: []\n", encoding="utf-8")  # left from another run
    written = dump_taxonomy(small("New"), target, overwrite=True)
    assert sorted(p.name for p in target.iterdir()) == sorted(p.name for p in written)
    assert load_taxonomy(target).skills[0].label == "New"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_folder_write_broken_halfway_leaves_the_old_folder(tmp_path, monkeypatch, error):
    target = tmp_path / "out"
    dump_taxonomy(small("Old"), target)
    before = snapshot(target)
    calls = []
    real = Path.write_text

    def failing(self: Path, *args: object, **kwargs: object) -> int:
        calls.append(self.name)
        if len(calls) == 2:  # the first file is written, the second fails
            raise error
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", failing)
    with pytest.raises(type(error)):
        dump_taxonomy(small("New"), target, overwrite=True)
    assert len(calls) == 2
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_swap_puts_the_old_folder_back(tmp_path, monkeypatch):
    target = tmp_path / "out"
    dump_taxonomy(small("Old"), target)
    before = snapshot(target)
    renames = []

    def rename(src: Path, dst: Path) -> None:
        renames.append((src, dst))
        if len(renames) == 2:  # the new folder into place
            raise OSError(5, "Input/output error")
        os.replace(src, dst)

    real_swap = atomic._swap
    monkeypatch.setattr(atomic, "_swap", lambda new, old: real_swap(new, old, rename))
    with pytest.raises(OSError, match="Input/output"):
        dump_taxonomy(small("New"), target, overwrite=True)
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_file_write_broken_halfway_leaves_the_old_file(tmp_path, monkeypatch, error):
    for write in (
        lambda path: dump_taxonomy(small("New"), path),
        lambda path: save_compiled(small("New"), path),
        lambda path: write_atomic(path, "new"),
    ):
        target = tmp_path / "taxonomy.yaml"
        target.write_text("old", encoding="utf-8")

        def fail(*_args: object) -> None:
            raise error

        with monkeypatch.context() as patch:
            patch.setattr(os, "fsync", fail)
            with pytest.raises(type(error)):
                write(target)
        assert target.read_text(encoding="utf-8") == "old"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["taxonomy.yaml"]


def test_files_and_folders_honour_the_umask(tmp_path, umask):
    dump_taxonomy(small(), tmp_path / "one.yaml")
    save_compiled(small(), tmp_path / "compiled.json")
    dump_taxonomy(small(), tmp_path / "folder")
    for path in [tmp_path / "one.yaml", tmp_path / "compiled.json"]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o777 & ~umask
    for path in (tmp_path / "folder").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, path


def test_atomic_folder_refuses_a_file_in_the_way(tmp_path):
    target = tmp_path / "out"
    target.write_text("a file", encoding="utf-8")
    with pytest.raises(NotADirectoryError), atomic_folder(target):
        pass
    with pytest.raises(TargetExistsError), atomic_folder(tmp_path):
        pass


# -- the command line ---------------------------------------------------------------------------


def test_import_refuses_a_folder_that_holds_files_and_force_replaces_it(tmp_path, capsys):
    output = tmp_path / "outdir"
    output.mkdir()
    (output / "skills.yaml").write_text("skills: [{id: stale, label: Stale}]\n", encoding="utf-8")
    before = snapshot(output)
    assert main(["import", "onet", str(ONET), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "already holds files" in err
    assert "--force" in err
    assert snapshot(output) == before
    assert main(["import", "onet", str(ONET), "-o", str(output), "--force"]) == 0
    capsys.readouterr()
    assert "stale" not in careermap.load_taxonomy(output).skill_index
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outdir"]


def test_import_refuses_an_output_it_cannot_place(tmp_path, capsys):
    assert main(["import", "onet", str(ONET), "-o", str(tmp_path / "x.txt")]) == 2
    err = capsys.readouterr().err
    assert "give FILE.yaml, FILE.json or a folder" in err
    assert list(tmp_path.iterdir()) == []


def test_import_interrupted_leaves_nothing(tmp_path, capsys, monkeypatch):
    output = tmp_path / "outdir"
    real = Path.write_text
    calls = []

    def interrupted(self: Path, *args: object, **kwargs: object) -> int:
        calls.append(self)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "write_text", interrupted)
    code = main(["import", "onet", str(ONET), "-o", str(output)])
    capsys.readouterr()
    assert code == 130
    assert list(tmp_path.iterdir()) == []  # no partial taxonomy for validate to accept


def test_export_keeps_the_old_file_when_writing_fails(tmp_path, capsys, monkeypatch):
    target = tmp_path / "graph.json"
    target.write_text("old", encoding="utf-8")

    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["export", "--format", "json", "-o", str(target)]) == 1
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
