"""Writing a taxonomy back to YAML that :func:`careermap.load_taxonomy` reads identically."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from careermap.base.atomic import atomic_folder, write_atomic
from careermap.taxonomy.credentials import Credential, CredentialReference, resolve
from careermap.taxonomy.models import Role, Taxonomy

try:  # pragma: no cover - which branch runs depends on how PyYAML was built
    from yaml import CSafeDumper as _Dumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]

__all__ = ["dump_taxonomy", "taxonomy_to_yaml"]

_SECTIONS = ("sectors", "skills", "relations", "credentials", "roles", "lexicons")


def _section(taxonomy: Taxonomy, name: str) -> list[dict[str, Any]]:
    items = getattr(taxonomy, name)
    # Defaults are left out to keep files small; by_alias writes 'from'/'to'.
    found = [item.model_dump(mode="json", by_alias=True, exclude_defaults=True) for item in items]
    if name == "roles":
        for role, data in zip(items, found, strict=True):
            _name_credentials(taxonomy, role, data)
    return found


def _name_credentials(taxonomy: Taxonomy, role: Role, data: dict[str, Any]) -> None:
    """Write each credential of *role* that its taxonomy defines by id, as it was written.

    A credential read from a reference (``credential: id``, with the role's note and
    ``required``) is written as one again, so the definition stays in one place.
    """
    if role.entry is None:
        return
    for k, credential in enumerate(role.entry.credentials):
        if not isinstance(credential, Credential) or credential.id is None:
            continue
        definition = taxonomy.credential_index.get(credential.id)
        reference = CredentialReference(
            credential=credential.id,
            required=credential.required,
            usual=credential.usual,
            note=credential.note,
            meets_degree=credential.meets_degree,
            reserved=credential.reserved,
        )
        if definition is not None and resolve(reference, definition) == credential:
            data["entry"]["credentials"][k] = reference.model_dump(
                mode="json", exclude_defaults=True
            )


def _head(taxonomy: Taxonomy) -> dict[str, Any]:
    """Name, version and, when an importer recorded them, the scoring settings."""
    data: dict[str, Any] = {"name": taxonomy.name, "version": taxonomy.version}
    if taxonomy.scoring is not None:
        data["scoring"] = taxonomy.scoring.model_dump(mode="json")
    return data


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
    data = _head(taxonomy)
    for name in _SECTIONS:
        section = _section(taxonomy, name)
        if section:
            data[name] = section
    return _dump(data)


def dump_taxonomy(
    taxonomy: Taxonomy, path: str | os.PathLike[str], *, overwrite: bool = False
) -> list[Path]:
    """Write *taxonomy* as YAML, atomically; return the files written.

    A path ending in ``.yaml`` or ``.yml`` gets one file; any other path is a
    directory that gets ``taxonomy.yaml`` (name and version) and one file per
    section (``sectors.yaml``, ``skills.yaml``, ``relations.yaml``, ``credentials.yaml``,
    ``roles.yaml``, ``lexicons.yaml``).

    Nothing is ever half written: a file is written to a temporary sibling and
    renamed into place, so the old file stays whole until the new one is
    complete; a folder is built as a temporary sibling and renamed into place
    whole, so it never mixes old files with new ones. A failure (a full disk,
    Ctrl-C) leaves the target as it was and no temporary files.

    Parameters
    ----------
    taxonomy : Taxonomy
        The taxonomy to write.
    path : str or path-like
        A ``.yaml`` file, or a folder to write one file per part into.
    overwrite : bool, default False
        Replace a folder that already holds files, whole (its other files go
        too). Without it such a folder is refused. A file is always replaced.

    Raises
    ------
    FileExistsError
        If *path* is a folder that holds files and *overwrite* is false.
    NotADirectoryError
        If *path* is an existing file that is not ``.yaml`` or ``.yml``.
    """
    target = Path(path)
    if target.suffix.lower() in {".yaml", ".yml"}:
        target.parent.mkdir(parents=True, exist_ok=True)
        return [write_atomic(target, taxonomy_to_yaml(taxonomy))]
    names = ["taxonomy.yaml"]
    texts = [_dump(_head(taxonomy))]
    for name in _SECTIONS:
        section = _section(taxonomy, name)
        if section:
            names.append(f"{name}.yaml")
            texts.append(_dump({name: section}))
    with atomic_folder(target, replace=overwrite) as folder:
        for name, text in zip(names, texts, strict=True):
            (folder / name).write_text(text, encoding="utf-8")
    return [target / name for name in names]
