"""Writing a taxonomy back to YAML that :func:`careermap.load_taxonomy` reads identically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from careermap.taxonomy.models import Taxonomy

try:  # pragma: no cover - which branch runs depends on how PyYAML was built
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

__all__ = ["dump_taxonomy", "taxonomy_to_yaml"]

_SECTIONS = ("sectors", "skills", "relations", "roles")


def _section(taxonomy: Taxonomy, name: str) -> list[dict[str, Any]]:
    items = getattr(taxonomy, name)
    # Defaults are left out to keep files small; by_alias writes 'from'/'to'.
    return [item.model_dump(mode="json", by_alias=True, exclude_defaults=True) for item in items]


def _dump(data: dict[str, Any]) -> str:
    # Every string is quoted, so a code such as '0110' or a word such as 'NO'
    # reads back as the same text under any YAML 1.1 or 1.2 loader.
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
        default_style=None,
    )


def taxonomy_to_yaml(taxonomy: Taxonomy) -> str:
    """Return *taxonomy* as the text of one YAML file.

    Examples
    --------
    >>> from careermap import Skill, Taxonomy
    >>> print(taxonomy_to_yaml(Taxonomy(name="t", skills=(Skill(id="a", label="0110"),))))
    name: t
    version: '0'
    skills:
    - id: a
      label: '0110'
    <BLANKLINE>
    """
    data: dict[str, Any] = {"name": taxonomy.name, "version": taxonomy.version}
    for name in _SECTIONS:
        section = _section(taxonomy, name)
        if section:
            data[name] = section
    return _dump(data)


def dump_taxonomy(taxonomy: Taxonomy, path: str | os.PathLike[str]) -> list[Path]:
    """Write *taxonomy* as YAML; return the files written.

    A path ending in ``.yaml`` or ``.yml`` gets one file; any other path is a
    directory that gets ``taxonomy.yaml`` (name and version) and one file per
    section (``sectors.yaml``, ``skills.yaml``, ``relations.yaml``, ``roles.yaml``).

    Parameters
    ----------
    taxonomy : Taxonomy
        The taxonomy to write.
    path : str or path-like
        A ``.yaml`` file, or a folder to write one file per part into.
    """
    target = Path(path)
    if target.suffix in {".yaml", ".yml"}:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(taxonomy_to_yaml(taxonomy), encoding="utf-8")
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written = [target / "taxonomy.yaml"]
    written[0].write_text(
        _dump({"name": taxonomy.name, "version": taxonomy.version}), encoding="utf-8"
    )
    for name in _SECTIONS:
        section = _section(taxonomy, name)
        if section:
            file = target / f"{name}.yaml"
            file.write_text(_dump({name: section}), encoding="utf-8")
            written.append(file)
    return written
