"""Every notebook in examples/ runs top to bottom, is committed without outputs,
and matches the tutorial built from it.

The notebooks run in a kernel of this very interpreter (the project's venv): a
kernelspec named ``python3`` that points at ``sys.executable`` is written to a
temporary directory put first on ``JUPYTER_PATH``, so no other installed
``python3`` kernel can be picked up. ``JUPYTER_PLATFORM_DIRS=1`` opts in to the
platformdirs paths that jupyter_core otherwise warns it will move to. The
kernel talks over IPC sockets in a temporary runtime directory, not TCP ports.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from ..conftest import require_module
from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "examples").glob("*.ipynb"))
TIMEOUT = 120  # seconds for one cell; a whole notebook takes about 10 s


def build_script():
    """scripts/build_tutorial.py, the script that builds each notebook's page."""
    return load_script(ROOT / "scripts" / "build_tutorial.py", "build_tutorial")


def page_of(path: Path) -> Path:
    return ROOT / "docs" / build_script().PAGES[path.name][0]


def client(notebook, sockets, **options):
    """A NotebookClient for a python3 kernel that talks over IPC sockets under *sockets*."""
    nbclient = require_module("nbclient")
    config = require_module("traitlets.config").Config()
    config.KernelManager.transport = "ipc"
    # An absolute path: the kernel runs in the notebook's folder, the client here.
    config.KernelManager.ip = str(sockets / "kernel")
    return nbclient.NotebookClient(
        notebook, kernel_name="python3", timeout=TIMEOUT, config=config, **options
    )


@pytest.fixture
def kernel_env(tmp_path, monkeypatch):
    """Point Jupyter at a python3 kernelspec for this interpreter, and nothing else."""
    spec = tmp_path / "jupyter" / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "careermap tests",
                "language": "python",
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel uses the inline backend
    # The kernel runs in examples/: this checkout's src/ first, as the script has it.
    require_module("nbclient")
    monkeypatch.setenv("PYTHONPATH", build_script().kernel_path(os.environ))
    return tmp_path


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(path):
    nbformat = require_module("nbformat")
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: clear the outputs before committing"
            assert cell.execution_count is None


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, kernel_env):
    nbformat = require_module("nbformat")
    require_module("ipykernel")
    notebook = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    client(notebook, kernel_env, resources={"metadata": {"path": str(path.parent)}}).execute()
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"{path.name} took {elapsed:.0f} s; keep notebooks quick"
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", "".join(output.get("traceback", []))
            if output.output_type == "stream":
                assert output.name == "stdout", f"{path.name} wrote to stderr: {output.text}"
        if cell.metadata.get("careermap", {}).get("figure"):
            kinds = {k for o in cell.outputs for k in o.get("data", {})}
            assert "image/png" in kinds, f"{path.name}: a figure cell showed no image"
    # The page built from the notebook is what this run shows: a stale page fails.
    require_module("nbclient")
    text, figures = build_script().render(notebook, path.name, save=False)
    page = page_of(path)
    assert text == page.read_text(encoding="utf-8"), (
        f"docs/{page.name} drifted from {path.name}: run scripts/build_tutorial.py"
    )
    assert all(figure.is_file() for figure in figures)
    # The kernel really was this interpreter.
    checked = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import sys; print(sys.executable)")]
    )
    client(checked, kernel_env).execute()
    assert checked.cells[0].outputs[0].text.strip() == sys.executable


def test_every_notebook_has_a_page():
    require_module("nbclient")
    assert sorted(build_script().PAGES) == [p.name for p in NOTEBOOKS]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_the_page_is_built_from_the_notebook(path):
    nbformat = require_module("nbformat")
    require_module("nbclient")
    notebook = nbformat.read(path, as_version=4)
    text = page_of(path).read_text(encoding="utf-8")
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert f"```python\n{cell.source}\n```" in text, "run scripts/build_tutorial.py"
    images = re.findall(r"!\[[^\]]*\]\((img/[^)]+\.png)\)", text)
    figures = [c for c in notebook.cells if c.metadata.get("careermap", {}).get("figure")]
    assert len(images) == len(figures)
    for image in images:
        assert (ROOT / "docs" / image).is_file(), image


def test_one_print_sent_in_pieces_is_one_text_block():
    # A loaded kernel sent "learning Safeguarding: 29 -> 29 ..." in two stream messages,
    # and the page, built from the test's own run, showed an extra empty block: a stale
    # page by the test's check though nothing had changed.
    nbformat = require_module("nbformat")
    require_module("nbclient")
    script = build_script()
    name = next(iter(script.PAGES))
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="a\n"),
        nbformat.v4.new_output("stream", name="stdout", text="b\n"),
        nbformat.v4.new_output("stream", name="stderr", text="c\n"),
    ]
    text, _ = script.render(nbformat.v4.new_notebook(cells=[cell]), name, save=False)
    assert "```text\na\nb\n```" in text
    assert text.count("```text") == 2  # stdout joined; stderr, another stream, apart


def test_the_kernel_imports_this_checkout(tmp_path, monkeypatch):
    # Run as PYTHONPATH=src (a worktree sharing another checkout's environment), the kernel,
    # in the notebook's folder, read "src" there: the pages showed the installed careermap's
    # taxonomy hash and counts, another checkout's, which changed between two runs of one
    # tree (thirty-fifth round). A careermap in the notebook's folder's src/ stands in for it.
    nbformat = require_module("nbformat")
    require_module("nbclient")
    require_module("ipykernel")
    folder = tmp_path / "examples"
    (folder / "src" / "careermap").mkdir(parents=True)
    (folder / "src" / "careermap" / "__init__.py").write_text("")
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import careermap; print(careermap.__file__)")]
    )
    path = folder / "check.ipynb"
    nbformat.write(notebook, path)
    for name in ("JUPYTER_PATH", "JUPYTER_PLATFORM_DIRS", "JUPYTER_RUNTIME_DIR"):
        monkeypatch.setenv(name, "")  # the script sets them; put back after the test
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("PYTHONPATH", "src")
    monkeypatch.chdir(ROOT)
    ran = build_script().execute(path)
    printed = ran.cells[0].outputs[0].text.strip()
    assert Path(printed) == ROOT / "src" / "careermap" / "__init__.py"
