"""A compiled form of a taxonomy: one JSON file that loads much faster than its sources.

The compiled file is plain JSON (never pickle), validated by the same pydantic
models on load, so a file someone hands you cannot run code. It records a
fingerprint of its sources (SHA-256 over every source file's relative name and
bytes, and the careermap format version); when the sources change, the
fingerprint no longer matches and the taxonomy is rebuilt from them. Its header
also holds the SHA-256 of the body: an edited or truncated body is refused
(and a cache entry rebuilt), never loaded.

The body is read as strictly as YAML: a key given twice in one object, a
boolean where a number belongs (``"level": true``) and a taxonomy with nothing
in it are errors, and a file over :data:`MAX_COMPILED_BYTES` is not read.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from careermap.base.collector import paused
from careermap.base.errors import Problem, TaxonomyError
from careermap.base.log import logger
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "FORMAT",
    "cached_build",
    "cached_import",
    "fingerprint",
    "import_fingerprint",
    "load_compiled",
    "save_compiled",
]


#: Identifies the compiled format; bump the number when the models change shape.
FORMAT = "careermap-compiled/4"
#: The largest compiled file read (full ESCO compiles to about 25 MiB).
MAX_COMPILED_BYTES = 512 * 2**20


class _DuplicateKeyError(ValueError):
    """A JSON object gives one key twice."""


def _strict_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object as YAML would: no key twice, booleans as their text.

    YAML keeps ``true`` as the text ``"true"`` (:mod:`careermap.taxonomy.safe_yaml`),
    which a boolean field reads as ``True`` and a number field refuses; JSON's
    ``true`` is passed on the same way, so ``"level": true`` is not read as 1.
    """
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(key)
        found[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return found


def _read_body(text: bytes) -> Any:
    return json.loads(text, object_pairs_hook=_strict_object)


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
    body = taxonomy.model_dump_json(by_alias=True).encode() + b"\n"
    digest = hashlib.sha256(body).hexdigest()
    header = json.dumps({"format": FORMAT, "fingerprint": source, "sha256": digest})
    # Write beside the target, then rename: a reader never sees half a file; the
    # temporary file goes on failure, and the umask applies (not mkstemp's 0600).
    from careermap.base.atomic import write_atomic  # noqa: PLC0415 - a load never writes

    return write_atomic(target, header.encode() + b"\n" + body)


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
    where = str(target)
    with target.open("rb") as file:
        first = file.readline(4096)
        body = file.read(MAX_COMPILED_BYTES + 1)
    if len(first) + len(body) > MAX_COMPILED_BYTES:
        msg = (
            f"the file is over the {MAX_COMPILED_BYTES // 2**20} MiB limit for a compiled "
            "taxonomy; rebuild it from its sources"
        )
        raise TaxonomyError([Problem(where, None, None, "", msg)])
    try:
        header = json.loads(first)
        found_format, found_source = header["format"], header["fingerprint"]
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"not a compiled taxonomy (its first line is not a {FORMAT} header)"
        raise TaxonomyError([Problem(where, 1, None, "header", msg)]) from exc
    if found_format != FORMAT:
        msg = f"compiled with format {found_format!r}, this careermap reads {FORMAT!r}; rebuild it"
        raise TaxonomyError([Problem(where, 1, None, "header.format", msg)])
    if expect is not None and found_source != expect:
        return None
    if header.get("sha256") != hashlib.sha256(body).hexdigest():
        msg = (
            "the body does not match the SHA-256 in the header (the file was edited or cut "
            "short); rebuild it from its sources"
        )
        raise TaxonomyError([Problem(where, 2, None, "header.sha256", msg)])
    with paused(freeze=True):  # every object built here stays alive: nothing to collect
        return _validate(body, where)


def _validate(body: bytes, where: str) -> Taxonomy:
    try:
        data = _read_body(body)
    except _DuplicateKeyError as exc:
        msg = f"the key {exc.args[0]!r} is given twice in one object; give each key once"
        raise TaxonomyError([Problem(where, 2, None, str(exc.args[0]), msg)]) from exc
    except ValueError as exc:
        msg = f"invalid compiled taxonomy: the body is not JSON ({exc}); rebuild it"
        raise TaxonomyError([Problem(where, 2, None, "", msg)]) from exc
    try:
        taxonomy = Taxonomy.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"])
        msg = f"invalid compiled taxonomy: {error['msg']}; delete the file to rebuild it"
        raise TaxonomyError([Problem(where, 2, None, field, msg)]) from exc
    if not (taxonomy.sectors or taxonomy.skills or taxonomy.relations or taxonomy.roles):
        msg = (
            "the taxonomy is empty: no sectors, skills, relations or roles; "
            "check you loaded the right file"
        )
        raise TaxonomyError([Problem(where, 2, None, "", msg)])
    # Imported here: a load from the disk cache never checks (careermap.taxonomy.load).
    from careermap.taxonomy.validate import check_taxonomy  # noqa: PLC0415

    return check_taxonomy(taxonomy, source=where)


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
            logger(__name__).warning("ignoring an unreadable compiled taxonomy at %s", path)
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
    source = import_fingerprint(kind, root, names, salt=salt)
    location = hashlib.sha256(str(root.resolve()).encode()).hexdigest()[:16]
    return cached_build(cache_dir, f"{kind}-{location}", source, build)


def import_fingerprint(
    kind: str, folder: str | os.PathLike[str], names: Iterable[str], *, salt: str = ""
) -> str:
    """Return the fingerprint of an importer *kind* reading the files *names* of *folder*.

    It covers the bytes of every file present (a missing one is left out: the
    importer reports it), the importer's *kind* and its *salt* (version, settings).
    """
    root = Path(folder)
    present = [(name, root / name) for name in sorted(names) if (root / name).is_file()]
    return fingerprint(present, salt=f"{kind}\0{salt}")
