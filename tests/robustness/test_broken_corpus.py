"""The broken-taxonomy corpus: every case gives exactly the problems its manifest lists.

``tests/data/broken/expected.yaml`` lists each case with the problems (file, line,
column, field, message fragments) or, for the valid surprises, the values loaded.
Every case runs in a daemon thread under a time bound, so a hang fails the test
instead of the suite; the hostile ones also run under a memory bound (tracemalloc).
The cases too large for git (or that git cannot hold) are written at test time.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from careermap import Taxonomy, TaxonomyError, load_taxonomy
from careermap.taxonomy.safe_yaml import MAX_DEPTH, MAX_FILE_BYTES, MAX_REPEATS

from ..bounded import MEMORY_LIMIT, TIME_LIMIT, run_bounded
from ..conftest import TESTS

BROKEN = TESTS / "data" / "broken"
MANIFEST: dict[str, dict[str, Any]] = yaml.safe_load(
    (BROKEN / "expected.yaml").read_text(encoding="utf-8")
)["cases"]

#: Cases whose point is resource exhaustion: run under tracemalloc as well.
HOSTILE = {
    "alias-bomb.yaml",
    "alias-bomb-wide.yaml",
    "deep-nesting-100.yaml",
    "deep-nesting-1000.yaml",
    "huge-file.yaml",
    "sparse-4gib.yaml",
    "alias-huge-scalar.yaml",
    "alias-many-descriptions.yaml",
}


def _write_huge(base: Path) -> Path:
    """A valid one-skill taxonomy padded with comment lines to MAX_FILE_BYTES + 1 bytes."""
    path = base / "huge-file.yaml"
    head = b"skills:\n  - {id: a, label: A}\n"
    line = b"# " + b"x" * 1021 + b"\n"  # 1 KiB
    with path.open("wb") as stream:
        stream.write(head)
        remaining = MAX_FILE_BYTES + 1 - len(head)
        block = line * 1024  # 1 MiB
        while remaining >= len(block):
            stream.write(block)
            remaining -= len(block)
        stream.write(b"#" * (remaining - 1) + b"\n")
    assert path.stat().st_size == MAX_FILE_BYTES + 1
    return path


def _write_sparse(base: Path) -> Path:
    """A 4 GiB file that takes no disk: a short header, then a hole of zero bytes."""
    path = base / "sparse-4gib.yaml"
    with path.open("wb") as stream:
        stream.write(b"skills:\n  - {id: a, label: A}\n")
        stream.truncate(4 * 2**30)
    return path


def _make_empty_directory(base: Path) -> Path:
    path = base / "empty-directory"
    path.mkdir()
    return path


VALID = "sectors: [{id: hr, label: HR}]\nskills: [{id: a, label: A}]\n"


def _make_fifo(base: Path) -> Path:
    path = base / "fifo.yaml"
    os.mkfifo(path)
    return path


def _make_fifo_in_directory(base: Path) -> Path:
    path = base / "fifo-in-directory"
    path.mkdir()
    (path / "a.yaml").write_text(VALID, encoding="utf-8")
    os.mkfifo(path / "roles.yaml")
    return path


def _make_links_to_itself(base: Path) -> Path:
    """Two links to '.': a walk that followed them would read 2 ** 40 copies."""
    path = base / "links-to-itself"
    path.mkdir()
    (path / "a.yaml").write_text(VALID, encoding="utf-8")
    (path / "again").symlink_to(".")
    (path / "more").symlink_to(".")
    (path / "sub").mkdir()
    (path / "sub" / "up").symlink_to("..")
    return path


def remove_tree(path: Path) -> None:
    """Delete *path* bottom-up without recursion: no depth of folders defeats it."""
    if not path.is_dir() or path.is_symlink():
        path.unlink(missing_ok=True)
        return
    folders, pending = [], [path]
    while pending:
        folder = pending.pop()
        folders.append(folder)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                else:
                    os.unlink(entry.path)
    for folder in reversed(folders):
        os.rmdir(folder)


def _make_nested_directories(base: Path) -> Path:
    path = base / "nested-1000-directories"
    deepest = path
    deepest.mkdir()
    for _ in range(1000):  # one at a time: mkdir(parents=True) recurses 1,000 deep
        deepest = deepest / "d"
        deepest.mkdir()
    (path / "a.yaml").write_text(VALID, encoding="utf-8")
    (deepest / "b.yaml").write_text("skills: [{id: b, label: B}]\n", encoding="utf-8")
    return path


def _make_dangling_link(base: Path) -> Path:
    path = base / "dangling-link-in-directory"
    path.mkdir()
    (path / "a.yaml").write_text(VALID, encoding="utf-8")
    (path / "gone.yaml").symlink_to("nowhere.yaml")
    return path


def _write_alias_huge_scalar(base: Path) -> Path:
    """One 1 MB scalar, repeated by 1,000 aliases: few values, a gigabyte of text."""
    path = base / "alias-huge-scalar.yaml"
    lines = ["sectors: [{id: hr, label: HR}]", "skills:"]
    lines.append(f"  - {{id: s0, label: S0, description: &big {'y' * 1_000_000}}}")
    lines += [f"  - {{id: s{i}, label: S{i}, description: *big}}" for i in range(1, 1000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _write_alias_many_descriptions(base: Path) -> Path:
    """A valid 0.5 MB file: one 20,000-character description under 10,000 skills, 200 MB."""
    path = base / "alias-many-descriptions.yaml"
    lines = ["sectors: [{id: hr, label: HR}]", "skills:"]
    lines.append(f"  - {{id: s0, label: S0, description: &d {'y' * 20_000}}}")
    lines += [f"  - {{id: s{i}, label: S{i}, description: *d}}" for i in range(1, 10_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GENERATORS: dict[str, Callable[[Path], Path]] = {
    "alias-huge-scalar.yaml": _write_alias_huge_scalar,
    "alias-many-descriptions.yaml": _write_alias_many_descriptions,
    "huge-file.yaml": _write_huge,
    "sparse-4gib.yaml": _write_sparse,
    "empty-directory": _make_empty_directory,
    "fifo.yaml": _make_fifo,
    "fifo-in-directory": _make_fifo_in_directory,
    "links-to-itself": _make_links_to_itself,
    "nested-1000-directories": _make_nested_directories,
    "dangling-link-in-directory": _make_dangling_link,
}


def load_case(name: str, tmp_path: Path) -> tuple[Any, Path]:
    """Load the case; return what came out (taxonomy or exception) and its base directory."""
    if MANIFEST[name].get("posix") and os.name != "posix":
        pytest.skip("FIFOs and symbolic links need a POSIX system")
    generated = bool(MANIFEST[name].get("generated"))
    if generated:
        path, base = GENERATORS[name](tmp_path), tmp_path
    else:
        path, base = BROKEN / name, BROKEN
    try:
        if MANIFEST[name].get("layer"):  # a file added over the bundled taxonomy
            outcome = run_bounded(lambda: load_taxonomy(extend=path))
        else:
            outcome = run_bounded(lambda: load_taxonomy(path), measure_memory=name in HOSTILE)
    finally:
        if generated:
            # pytest's own clean-up of old temporary folders recurses, so 1,000 nested
            # folders left behind broke it in a later run (and big files cost disk).
            remove_tree(path)
    assert outcome.seconds < TIME_LIMIT, f"{name} took {outcome.seconds:.2f} s"
    if outcome.peak is not None:
        assert outcome.peak < MEMORY_LIMIT, f"{name}: peak {outcome.peak / 2**20:.0f} MiB"
    return outcome.error or outcome.value, base


def dig(value: Any, dotted: str) -> Any:
    """Follow ``skills.0.codes.isco`` through attributes, list positions and mapping keys."""
    for step in dotted.split("."):
        if step.isdigit() and isinstance(value, (list, tuple)):
            value = value[int(step)]
        elif isinstance(value, dict) or (hasattr(value, "keys") and step in value):
            value = value[step]
        else:
            value = getattr(value, step)
    return value


def plain(value: Any) -> Any:
    """Tuples as lists and mappings as dicts, to compare with what the manifest holds."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "keys"):
        return {k: plain(value[k]) for k in value}
    return value


def test_the_corpus_is_large_and_every_case_is_listed():
    on_disk = {p.name for p in BROKEN.iterdir() if p.name != "expected.yaml"}
    generated = {name for name, case in MANIFEST.items() if case.get("generated")}
    assert on_disk == set(MANIFEST) - generated, "every file needs a manifest entry and back"
    assert generated == set(GENERATORS)
    assert len(MANIFEST) >= 45
    for name, case in MANIFEST.items():
        assert ("problems" in case) != ("loads" in case), name
        assert case["about"], name


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_case(name: str, tmp_path: Path) -> None:
    case = MANIFEST[name]
    result, base = load_case(name, tmp_path)
    if "loads" in case:
        assert isinstance(result, Taxonomy), f"{name} should load, got {result!r}"
        for dotted, expected in case["loads"].items():
            assert plain(dig(result, dotted)) == expected, dotted
        return
    if not isinstance(result, TaxonomyError):
        if isinstance(result, BaseException):
            raise AssertionError(f"{name}: {type(result).__name__} instead of TaxonomyError") from (
                result
            )
        pytest.fail(f"{name} loaded instead of giving a TaxonomyError")
    found = [
        (Path(p.file).relative_to(base).as_posix(), p.line, p.column, p.field)
        for p in result.problems
    ]
    expected = [(p["file"], p["line"], p["column"], p["field"]) for p in case["problems"]]
    assert found == expected
    for problem, want in zip(result.problems, case["problems"], strict=True):
        for fragment in want["message"]:
            assert fragment in problem.message
        assert fragment in str(result)  # the error's text lists every problem


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused_before_it_is_read():
    outcome = run_bounded(lambda: load_taxonomy("/dev/zero"), measure_memory=True)
    assert isinstance(outcome.error, TaxonomyError)
    (problem,) = outcome.error.problems
    assert (problem.file, problem.line, problem.field) == ("/dev/zero", None, "")
    assert "a device, not a file" in problem.message
    assert outcome.seconds < TIME_LIMIT
    assert outcome.peak is not None
    assert outcome.peak < MEMORY_LIMIT


def test_a_large_valid_file_within_the_limit_loads_in_bounded_time(tmp_path: Path) -> None:
    """Within the size limit, cost grows with size: about half a MiB loads well under a second."""
    lines = ["sectors: [{id: hr, label: HR}]", "skills:"]
    lines += [f"  - {{id: s{i}, label: Skill {i}, aliases: [alias {i}]}}" for i in range(3000)]
    lines.append("roles:")
    lines += [
        f"  - {{id: r{i}, title: Role {i}, sector: hr, "
        f"requirements: [{{skill: s{i}}}, {{skill: s{i + 1}, level: 4}}]}}"
        for i in range(2999)
    ]
    path = tmp_path / "large.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 400_000
    outcome = run_bounded(lambda: load_taxonomy(path))
    assert isinstance(outcome.value, Taxonomy)
    assert (len(outcome.value.skills), len(outcome.value.roles)) == (3000, 2999)
    assert outcome.seconds < TIME_LIMIT


def test_one_directory_of_every_broken_file_reports_each_file_as_it_reports_alone(
    tmp_path: Path,
) -> None:
    """Problems are collected across files: one error, each file's problems as when alone.

    Cross-file checks (references, duplicate ids, cycles) run only once every file
    reads cleanly, so here only the problems found within single files appear.
    """
    together = tmp_path / "together"
    together.mkdir()
    names = [
        name
        for name, case in MANIFEST.items()
        if "problems" in case and not case.get("generated") and (BROKEN / name).is_file()
    ]
    for name in names:
        (together / name).write_bytes((BROKEN / name).read_bytes())
    outcome = run_bounded(lambda: load_taxonomy(together))
    result = outcome.error
    assert isinstance(result, TaxonomyError)
    assert outcome.seconds < TIME_LIMIT
    alone = {
        (p["file"], p["line"], p["column"], p["field"])
        for name in names
        for p in MANIFEST[name]["problems"]
    }
    found = [(Path(p.file).name, p.line, p.column, p.field) for p in result.problems]
    assert set(found) <= alone
    assert [f[0] for f in found] == sorted(f[0] for f in found)  # files in name order
    within_one_file = ("yaml-", "python-", "utf16", "level-", "weight-", "wrong-type-")
    assert {f[0] for f in found} >= {n for n in names if n.startswith(within_one_file)}


def test_the_reliability_doc_states_the_loader_limits_of_the_code():
    doc = (TESTS.parent / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert f"| {MAX_FILE_BYTES // 2**20} MiB (`MAX_FILE_BYTES`)" in doc
    assert f"| {MAX_REPEATS:,} per file (`MAX_REPEATS`)" in doc
    assert f"| {MAX_DEPTH} levels (`MAX_DEPTH`)" in doc
    for name in ("test_broken_corpus", "test_profiles_hostile", "test_fuzz", "test_threads"):
        assert f"`tests/robustness/{name}.py`" in doc
        assert (TESTS / "robustness" / f"{name}.py").exists()
