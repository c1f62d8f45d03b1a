"""The README's Python blocks run as they are, and its quick start names real targets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_the_readme_has_python_to_run():
    assert BLOCKS


@pytest.mark.parametrize("code", BLOCKS, ids=range(len(BLOCKS)))
def test_readme_python_block_runs(code, capsys):
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102 - our own docs
    assert capsys.readouterr().out.strip(), "a README example should show something"


def test_quick_start_commands_are_make_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in re.findall(r"^make (\S+)", README, flags=re.M):
        assert re.search(rf"^{re.escape(target)}:", makefile, flags=re.M), target


@pytest.mark.parametrize("page", ["README.md", "docs/data-sources.md"])
def test_the_taxonomy_counts_quoted_are_the_bundled_ones(page):
    import careermap  # noqa: PLC0415

    text = " ".join((ROOT / page).read_text(encoding="utf-8").split())
    taxonomy = careermap.load_taxonomy()
    found = re.search(r"(\d+) skills, (\d+) skill(?:-to-skill)? transfer relations", text)
    assert found, f"{page} no longer quotes the taxonomy's size"
    assert (int(found[1]), int(found[2])) == (len(taxonomy.skills), len(taxonomy.relations))
    assert f"{len(taxonomy.roles)} roles" in text
