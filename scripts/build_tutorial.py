"""Build the doc pages of the example notebooks, and their figures.

examples/career_exploration.ipynb becomes docs/tutorial.md and
examples/workforce_view.ipynb docs/workforce.md (see :data:`PAGES`). Run from
the repository root, in the project's environment (``make env``)::

    .venv/bin/python scripts/build_tutorial.py

Each notebook is executed in a kernel of this interpreter (nothing is saved
back into it: it stays committed without outputs). Markdown cells are copied,
code cells become ``python`` blocks, printed text becomes ``text`` blocks,
tables and other HTML views (``text/html``, also the static view of a widget)
are copied as HTML, and every figure is saved as
``docs/img/<prefix>-<name>.png``, named by the cell's ``careermap.figure``
metadata. tests/docs/test_notebooks.py executes each notebook and checks that
its page is exactly what this script renders from it (figures aside, which it
checks are linked and exist): a page that drifts from its notebook fails.

The kernel imports careermap from this checkout's ``src/`` (:func:`kernel_path`), never
the one another checkout installed into a shared environment: the pages show this
tree's taxonomy and code, and two runs of one tree build the same bytes.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import nbclient
import nbformat
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "img"
#: Each example notebook, the page built from it and the prefix of its figures.
PAGES = {
    "career_exploration.ipynb": ("tutorial.md", "tutorial"),
    "workforce_view.ipynb": ("workforce.md", "workforce"),
}

HEADER = """\
<!-- Built by scripts/build_tutorial.py from examples/{notebook}: edit those. -->

"""
_STYLE = re.compile(r"<style[^>]*>.*?</style>\s*", re.DOTALL)


def kernel_path(environ: Mapping[str, str]) -> str:
    """Return the kernel's ``PYTHONPATH``: this checkout's ``src/``, then *environ*'s, absolute.

    The kernel runs in the notebook's folder (examples/), so a relative entry such as
    ``PYTHONPATH=src`` (how a worktree sharing another checkout's environment is run)
    would name examples/src, which does not exist, and the notebook would import the
    careermap installed in the environment: another checkout's code and taxonomy, whose
    taxonomy hash and counts the page then showed, changing as that checkout changed.
    """
    given = [entry for entry in environ.get("PYTHONPATH", "").split(os.pathsep) if entry]
    entries = [str(ROOT / "src"), *(str(Path(entry).resolve()) for entry in given)]
    return os.pathsep.join(dict.fromkeys(entries))


def execute(path: Path) -> Any:
    """Run the notebook at *path* in a python3 kernel of this interpreter; return it."""
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "kernels" / "python3"
        spec.mkdir(parents=True)
        argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
        (spec / "kernel.json").write_text(json.dumps({"argv": argv, "language": "python"}))
        os.environ["JUPYTER_PATH"] = tmp
        os.environ["JUPYTER_PLATFORM_DIRS"] = "1"
        os.environ["JUPYTER_RUNTIME_DIR"] = str(Path(tmp) / "runtime")
        os.environ.pop("MPLBACKEND", None)
        config = Config()
        config.KernelManager.transport = "ipc"  # sockets in a temporary folder, no ports
        # An absolute path: the kernel runs in the notebook's folder, this script here.
        config.KernelManager.ip = str(Path(tmp) / "kernel")
        client = nbclient.NotebookClient(
            notebook,
            kernel_name="python3",
            timeout=120,
            resources={"metadata": {"path": str(path.parent)}},
            config=config,
        )
        client.execute(env={**os.environ, "PYTHONPATH": kernel_path(os.environ)})
    return notebook


def _fence(kind: str, text: str) -> str:
    return f"```{kind}\n{text.rstrip()}\n```\n"


def _output(
    output: Any, figure: str | None, prefix: str, written: list[Path], *, save: bool
) -> str:
    if output.output_type == "stream":
        return _fence("text", output.text)
    data = output.get("data", {})
    if "image/png" in data:
        name = f"{prefix}-{figure or len(written) + 1}.png"
        target = IMAGES / name
        if save:
            target.write_bytes(base64.b64decode(data["image/png"]))
        written.append(target)
        return f"![{figure or 'figure'}](img/{name})\n"
    if "text/html" in data:
        # An HTML block: no blank lines inside, blank lines around (CommonMark).
        markup = _STYLE.sub("", data["text/html"]).strip()
        markup = "\n".join(line for line in markup.splitlines() if line.strip())
        return f"{markup}\n"
    if "text/plain" in data:
        return _fence("text", data["text/plain"])
    return ""


def _joined(outputs: list[Any]) -> list[Any]:
    """Return *outputs* with each run of text printed to one stream joined into one output.

    A kernel may send one ``print`` in several messages (it did on a loaded machine), which
    would otherwise show as several text blocks on the page.
    """
    joined: list[Any] = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if (
            output.output_type == "stream"
            and previous is not None
            and previous.output_type == "stream"
            and previous.name == output.name
        ):
            joined[-1] = type(output)({**previous, "text": previous.text + output.text})
        else:
            joined.append(output)
    return joined


def render(notebook: Any, name: str, *, save: bool = True) -> tuple[str, list[Path]]:
    """Return the Markdown of the executed notebook *name* and its figure files.

    With ``save=False`` the figures are named but not written (for the tests).
    """
    prefix = PAGES[name][1]
    if save:
        IMAGES.mkdir(parents=True, exist_ok=True)
    parts = [HEADER.format(notebook=name)]
    written: list[Path] = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            # Links are relative to examples/ in the notebook and to docs/ here.
            parts.append(cell.source.replace("](../docs/", "](") + "\n")
        elif cell.cell_type == "code":
            parts.append(_fence("python", cell.source))
            figure = cell.metadata.get("careermap", {}).get("figure")
            parts += [
                _output(output, figure, prefix, written, save=save)
                for output in _joined(cell.outputs)
            ]
    return "\n".join(p for p in parts if p), written


def main() -> None:
    """Execute each notebook and write its page and figures."""
    for name, (page, _) in PAGES.items():
        text, written = render(execute(ROOT / "examples" / name), name)
        target = ROOT / "docs" / page
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)}")
        for path in written:
            print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
