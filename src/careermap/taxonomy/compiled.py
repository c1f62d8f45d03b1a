"""A compiled form of a taxonomy: one JSON file that loads much faster than its sources.

The compiled file is plain JSON (never pickle), validated by the same pydantic
models on load, so a file someone hands you cannot run code. It records a
fingerprint of its sources (SHA-256 over every source file's relative name and
bytes, and the careermap format version); when the sources change, the
fingerprint no longer matches and the taxonomy is rebuilt from them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from careermap.base.atomic import write_atomic
from careermap.base.errors import Problem, TaxonomyError
from careermap.taxonomy.models import Taxonomy
from careermap.taxonomy.validate import check_taxonomy

__all__ = [
    "FORMAT",
    "cached_build",
    "cached_import",
    "fingerprint",
    "load_compiled",
    "save_compiled",
]

logger = logging.getLogger(__name__)

#: Identifies the compiled format; bump the number when the models change shape.
FORMAT = "careermap-compiled/2"


def fingerprint(files: Iterable[tuple[str, bytes | Path]], *, salt: str = "") -> str:
    """Return the SHA-256 of the files' names and contents, in the order given."""
    digest = hashlib.sha256(f"{FORMAT}\0{salt}\0".encode())
    for name, content in files:
        data = content.read_bytes() if isinstance(content, Path) else content
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def save_compiled(taxonomy: Taxonomy, path: str | os.PathLike[str], *, source: str = "") -> Path:
    """Write *taxonomy* to *path* as compiled JSON, atomically; *source* is its fingerprint.

    The file is a one-line JSON header (format and fingerprint) and, on the
    next line, the taxonomy as JSON.

    Parameters
    ----------
    taxonomy : Taxonomy
        The taxonomy to write.
    path : str or path-like
        The ``.json`` file to write (replaced atomically).
    source : str, optional
        A fingerprint of the sources it was built from, kept in the header.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps({"format": FORMAT, "fingerprint": source})
    body = taxonomy.model_dump_json(by_alias=True)
    # Write beside the target, then rename: a reader never sees half a file; the
    # temporary file goes on failure, and the umask applies (not mkstemp's 0600).
    return write_atomic(target, f"{header}\n{body}\n")


def load_compiled(path: str | os.PathLike[str], *, expect: str | None = None) -> Taxonomy | None:
    """Load a compiled taxonomy; ``None`` when its fingerprint is not *expect*.

    The content is validated by the models and the cross-reference checks, as
    for YAML, so a compiled file from elsewhere is no more trusted than YAML.

    Raises
    ------
    TaxonomyError
        When the file is not a valid compiled taxonomy.
    """
    target = Path(path)
    with target.open("rb") as file:
        first = file.readline()
        body = file.read()
    try:
        header = json.loads(first)
        found_format, found_source = header["format"], header["fingerprint"]
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"not a compiled taxonomy (its first line is not a {FORMAT} header)"
        raise TaxonomyError([Problem(str(target), 1, None, "header", msg)]) from exc
    if found_format != FORMAT:
        msg = f"compiled with format {found_format!r}, this careermap reads {FORMAT!r}; rebuild it"
        raise TaxonomyError([Problem(str(target), 1, None, "header.format", msg)])
    if expect is not None and found_source != expect:
        return None
    try:
        taxonomy = Taxonomy.model_validate_json(body)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"])
        msg = f"invalid compiled taxonomy: {error['msg']}; delete the file to rebuild it"
        raise TaxonomyError([Problem(str(target), 2, None, field, msg)]) from exc
    return check_taxonomy(taxonomy, source=str(target))


def cached_build(
    cache_dir: str | os.PathLike[str],
    key: str,
    source: str,
    build: Callable[[], Taxonomy],
) -> Taxonomy:
    """Return the compiled taxonomy for *source* from *cache_dir*, building and saving it if needed.

    *key* names the cache file (``<key>.json``); *source* is the fingerprint of
    what the taxonomy is built from.
    """
    path = Path(cache_dir) / f"{key}.json"
    if path.exists():
        try:
            found = load_compiled(path, expect=source)
        except TaxonomyError:
            logger.warning("ignoring an unreadable compiled taxonomy at %s", path)
            found = None
        if found is not None:
            return found
    taxonomy = build()
    save_compiled(taxonomy, path, source=source)
    return taxonomy


def cached_import(
    cache_dir: str | os.PathLike[str],
    kind: str,
    folder: str | os.PathLike[str],
    names: Iterable[str],
    build: Callable[[], Taxonomy],
    *,
    salt: str = "",
) -> Taxonomy:
    """:func:`cached_build` for an importer reading the files *names* of *folder*.

    Missing files are left out of the fingerprint; *build* then reports them.
    """
    root = Path(folder)
    present = [(name, root / name) for name in sorted(names) if (root / name).is_file()]
    source = fingerprint(present, salt=f"{kind}\0{salt}")
    location = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return cached_build(cache_dir, f"{kind}-{location}", source, build)
