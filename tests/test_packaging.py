"""The built wheel carries the bundled taxonomy and works without the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("careermap-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contains_the_taxonomy_and_type_marker(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    data = sorted(
        n.removeprefix("careermap/data/taxonomy/")
        for n in names
        if n.startswith("careermap/data/taxonomy/")
    )
    in_repo = sorted(
        p.relative_to(ROOT / "data" / "taxonomy").as_posix()
        for p in (ROOT / "data" / "taxonomy").rglob("*.yaml")
    )
    assert data == in_repo
    assert "careermap/py.typed" in names
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "examples/"))]


@pytest.mark.slow
def test_installed_wheel_loads_the_bundled_taxonomy_from_anywhere(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(python), "-c", "import careermap; print(careermap.load_taxonomy())"],
        cwd=elsewhere,
        check=True,
        capture_output=True,
        text=True,
    )
    assert result.stdout.startswith("<Taxonomy 'careermap-default'")
    located = subprocess.run(
        [str(python), "-c", "import careermap; print(careermap.__file__)"],
        cwd=elsewhere,
        check=True,
        capture_output=True,
        text=True,
    )
    assert str(env_dir) in located.stdout, "imported the source tree instead of the wheel"
    cli = subprocess.run(
        [str(env_dir / "bin" / "careermap"), "match", "active listening", "CBT:4", "--limit", "3"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr
