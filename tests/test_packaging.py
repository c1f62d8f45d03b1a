"""The built wheel carries the bundled taxonomy and works without the source tree."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure, show what it printed."""
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--wheel", "--outdir", out, ROOT)
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
    assert "careermap/data/compiled/taxonomy.json" in names  # read instead of the YAML
    assert "careermap/py.typed" in names
    assert not [n for n in names if n.startswith(("tests/", "benchmarks/", "examples/"))]


@pytest.mark.slow
def test_installed_wheel_loads_the_bundled_taxonomy_from_anywhere(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", wheel)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run(python, "-c", "import careermap; print(careermap.load_taxonomy())", cwd=elsewhere)
    assert result.stdout.startswith("<Taxonomy 'careermap-default'")
    located = run(python, "-c", "import careermap; print(careermap.__file__)", cwd=elsewhere)
    assert str(env_dir) in located.stdout, "imported the source tree instead of the wheel"
    cli = run(
        env_dir / "bin" / "careermap", "match", "listening", "CBT:4", "--limit", "3", cwd=elsewhere
    )
    assert "Careers for your skills" in cli.stdout
