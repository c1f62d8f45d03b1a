"""A one-role taxonomy whose role's ``entry`` a test writes, loaded from YAML."""

from __future__ import annotations

import textwrap
from pathlib import Path

import careermap

ROLE = """\
sectors:
  - {id: s, label: S}
skills:
  - {id: a, label: A}
roles:
  - id: r
    title: R
    sector: s
    requirements: [{skill: a}]
    entry:
"""


def load(tmp_path: Path, entry: str) -> careermap.Taxonomy:
    """Load the one-role taxonomy with *entry* (YAML, dedented) as its role's entry."""
    path = tmp_path / "t.yaml"
    path.write_text(ROLE + textwrap.indent(textwrap.dedent(entry), "      "), encoding="utf-8")
    return careermap.load_taxonomy(path)
