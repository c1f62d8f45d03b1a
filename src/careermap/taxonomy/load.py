"""Loading taxonomies: the bundled default, a user's file or directory, and layers."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from careermap.base.collector import paused
from careermap.base.errors import SHOWN, Problem, TaxonomyError, shown
from careermap.base.log import logger
from careermap.taxonomy.compiled import cached_build, fingerprint, load_compiled
from careermap.taxonomy.credentials import CREDENTIAL_FORMS, credential_form
from careermap.taxonomy.models import Entry, Taxonomy
from careermap.taxonomy.store import cached_taxonomy

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from careermap.taxonomy.validate import Part

# A load from the disk cache or from a compiled file reads no YAML file and checks no
# parts: the YAML file's model (careermap.taxonomy.files) and the cross-file checks
# (careermap.taxonomy.validate) are imported where files are read or checked.

__all__ = ["DEFAULT_TAXONOMY", "default_taxonomy", "load_taxonomy"]

#: Largest YAML file read (as :data:`careermap.taxonomy.safe_yaml.MAX_FILE_BYTES`, which
#: ``tests/taxonomy`` checks): that module imports PyYAML, which a cached load never needs.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Name under which the bundled taxonomy is shown in messages.
DEFAULT_TAXONOMY = "careermap:data/taxonomy"

_SUFFIXES = (".yaml", ".yml")
#: Deepest folder below a taxonomy folder that is read.
MAX_FOLDER_DEPTH = 32
_lock = threading.Lock()
_default: Taxonomy | None = None

StrPath = str | os.PathLike[str]


def _bundled_root() -> Traversable:
    from importlib import resources  # noqa: PLC0415 - only the bundled taxonomy needs it

    packaged = resources.files("careermap") / "data" / "taxonomy"
    if packaged.is_dir():
        return packaged
    # A source checkout or editable install: the data lives at the repository root.
    source = Path(__file__).resolve().parents[3] / "data" / "taxonomy"
    if source.is_dir():
        return source
    msg = (
        "the bundled taxonomy is missing from the installation "
        f"(looked in {packaged} and {source}); reinstall careermap"
    )
    raise TaxonomyError([Problem(DEFAULT_TAXONOMY, None, None, "", msg)])


def _walk(root: Traversable, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """Yield ``(relative name, file)`` for YAML files below *root*, sorted by name.

    For the bundled taxonomy inside an installed package (a trusted,
    shallow tree); folders on disk go through :func:`_walk_disk`.
    """
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        rel = f"{prefix}{entry.name}"
        if entry.is_dir():
            yield from _walk(entry, rel + "/")
        elif entry.name.lower().endswith(_SUFFIXES):
            yield rel, entry


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _walk_disk(root: Path, display: str) -> tuple[list[tuple[str, Traversable]], list[Problem]]:
    """Return the YAML files below the folder *root*, in name order, and what was refused.

    Iterative, so no depth of folders can exhaust the stack; each real folder
    (by device and inode) is entered once, so links to ``.`` or to a parent
    add nothing; folders deeper than :data:`MAX_FOLDER_DEPTH` and anything
    named ``*.yaml`` that is not a regular file (a FIFO, a socket, a device,
    a broken link) are reported by name and never opened. The suffix is
    matched in any case (``.YAML`` too).
    """
    files: list[tuple[str, Traversable]] = []
    problems: list[Problem] = []
    top = root.stat()
    seen = {(top.st_dev, top.st_ino)}
    # A stack of (folder, relative prefix, depth); sorted pushes keep name order.
    stack: list[tuple[Path, str, int]] = [(root, "", 0)]
    while stack:
        folder, prefix, depth = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            where = f"{display}/{prefix}".rstrip("/")
            message = f"cannot list the folder: {exc.strerror}"
            problems.append(Problem(where, None, None, "", message))
            continue
        below: list[tuple[Path, str, int]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"{prefix}{entry.name}"
            shown = f"{display}/{rel}"
            try:
                info = entry.stat()  # follows links
            except OSError:
                if entry.name.lower().endswith(_SUFFIXES):
                    message = "cannot read it: a broken link or a missing file"
                    problems.append(Problem(shown, None, None, "", message))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in seen:
                    continue  # a link back into the walk: already read, or being read
                if depth + 1 > MAX_FOLDER_DEPTH:
                    message = (
                        f"folders nested more than {MAX_FOLDER_DEPTH} deep are not read; "
                        "keep a taxonomy in a shallower tree"
                    )
                    problems.append(Problem(shown, None, None, "", message))
                    continue
                seen.add(key)
                below.append((Path(entry.path), rel + "/", depth + 1))
            elif entry.name.lower().endswith(_SUFFIXES):
                if stat.S_ISREG(info.st_mode):
                    files.append((shown, Path(entry.path)))
                else:
                    message = f"{_kind(info.st_mode)}, not a file; only regular files are read"
                    problems.append(Problem(shown, None, None, "", message))
        stack.extend(reversed(below))
    files.sort(key=lambda item: item[0])
    return files, problems


def _files(source: StrPath | Traversable, display: str) -> list[tuple[str, Traversable]]:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            found, problems = _walk_disk(path, display.rstrip("/") or display)
            if problems:
                raise TaxonomyError(problems)
            if not found:
                msg = f"no .yaml or .yml files in directory {display!r}"
                raise TaxonomyError([Problem(display, None, None, "", msg)])
            return found
        if not path.exists():
            msg = "no such file or directory; give the path of a taxonomy .yaml file or folder"
            raise TaxonomyError([Problem(display, None, None, "", msg)])
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            msg = f"{_kind(mode)}, not a file; give the path of a taxonomy .yaml file or folder"
            raise TaxonomyError([Problem(display, None, None, "", msg)])
        return [(display, path)]
    return [(f"{display}/{rel}", f) for rel, f in _walk(source)]


def _read_bounded(file: Traversable) -> bytes:
    """Read at most one byte more than the size limit, so a huge file costs no more than that.

    A file on disk is opened without blocking and checked to be a regular file
    on the open descriptor, so a FIFO swapped in after the walk cannot hang the read.
    """
    if not isinstance(file, Path):
        with file.open("rb") as stream:
            return stream.read(MAX_FILE_BYTES + 1)
    fd = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as stream:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, f"{_kind(mode)}, not a file; only regular files are read")
        return stream.read(MAX_FILE_BYTES + 1)


def _pydantic_problems(exc: ValidationError, part: Part) -> list[Problem]:
    from careermap.taxonomy import safe_yaml  # noqa: PLC0415 - PyYAML, only when parsing

    problems = []
    errors = exc.errors(include_url=False)
    locs = [_untagged(tuple(error["loc"])) for error in errors]
    for error, loc in zip(errors, locs, strict=True):
        if error["type"] == "too_short" and any(
            len(other) > len(loc) and other[: len(loc)] == loc for other in locs
        ):
            continue  # a list emptied by its own invalid items: the items say what is wrong
        # Dict-key errors end in '[key]'; point at the key itself.
        path = tuple(p for p in loc if p != "[key]")
        message = (
            error["msg"]
            .replace("a valid tuple", "a list")
            .replace("a valid dictionary", "a mapping")
        )
        if error["type"] == "extra_forbidden":
            parent = part.located.data
            for step in path[:-1]:
                parent = parent[step]
            allowed = _allowed_fields(path[:-1], parent)
            message = f"unknown field {path[-1]!r}"
            if allowed:
                message += f"; allowed fields here: {', '.join(allowed)}"
        elif error["type"] == "missing":
            message = f"missing required field {path[-1]!r}"
        elif "input" in error and error["type"] not in {"string_type", "model_type"}:
            message = f"{message} (got {shown(error['input'])})"
        item_id = _item_id(part.located.data, path)
        if len(item_id) > SHOWN:  # a huge id would repeat itself in every message
            item_id = item_id[:SHOWN] + "..."
        field = safe_yaml.format_path(path) + (f" ({item_id})" if item_id else "")
        line, column = part.located.where(path)
        problems.append(Problem(part.file, line, column, field, message))
    # In the order of the file, not of the model's fields.
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _untagged(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Return *loc* without the form pydantic names inside a role's credential item.

    ``roles.0.entry.credentials.1.reference.note`` is the file's
    ``roles[0].entry.credentials[1].note``.
    """
    return tuple(
        step
        for k, step in enumerate(loc)
        if not (
            step in CREDENTIAL_FORMS
            and k >= 2
            and isinstance(loc[k - 1], int)
            and loc[k - 2] == "credentials"
        )
    )


def _allowed_fields(path: tuple[Any, ...], parent: Any) -> list[str]:
    """Return the fields allowed at *path*, whose value in the file is *parent*."""
    from careermap.taxonomy.files import TaxonomyFile  # noqa: PLC0415 - YAML files only

    model: Any = TaxonomyFile
    for step in path:
        if isinstance(step, int):
            continue
        info = model.model_fields.get(step)
        if info is None:
            return []
        if step == "credentials" and model is Entry:
            model = CREDENTIAL_FORMS[credential_form(parent)]
            continue
        args = getattr(info.annotation, "__args__", ())
        model = next((a for a in args if hasattr(a, "model_fields")), None)
        if model is None:
            return []
    return sorted(info.alias or name for name, info in model.model_fields.items())


def _item_id(data: Any, path: tuple[Any, ...]) -> str:
    """Return the id of the top-level item *path* points into, for friendlier messages."""
    if len(path) < 2 or not isinstance(data, dict):
        return ""
    section = data.get(path[0])
    if isinstance(section, list) and isinstance(path[1], int) and path[1] < len(section):
        item = section[path[1]]
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            return str(item["id"])
    return ""


def _read_parts(
    files: Iterable[tuple[str, Traversable]], layer: int
) -> tuple[list[Part], list[Problem]]:
    from careermap.taxonomy import safe_yaml  # noqa: PLC0415 - PyYAML, only when parsing
    from careermap.taxonomy.files import TaxonomyFile  # noqa: PLC0415 - YAML files only
    from careermap.taxonomy.validate import Part  # noqa: PLC0415 - when files are checked

    parts: list[Part] = []
    problems: list[Problem] = []
    for display, file in files:
        try:
            raw = _read_bounded(file)
        except OSError as exc:
            problems.append(
                Problem(display, None, None, "", f"cannot read the file: {exc.strerror}")
            )
            continue
        located, found = safe_yaml.read_yaml(raw, display)
        problems += found
        if located is None:
            continue
        if not isinstance(located.data, dict):
            kind = "list" if isinstance(located.data, list) else "single value"
            if located.data is None:
                kind = "null value"
            problems.append(
                Problem(
                    display,
                    *located.where(()),
                    "",
                    f"the file holds a {kind}, not a mapping; start it with one of "
                    "'sectors:', 'skills:', 'relations:', 'credentials:', 'roles:' or 'lexicons:'",
                )
            )
            continue
        try:
            content = TaxonomyFile.model_validate(located.data)
        except ValidationError as exc:
            problems += _pydantic_problems(exc, Part(display, TaxonomyFile(), located, layer))
            continue
        parts.append(Part(display, content, located, layer))
    return parts, problems


def _merge(parts: Sequence[Part]) -> Taxonomy:
    """Merge checked *parts* into one taxonomy, every credential named by id written out."""
    from careermap.taxonomy.validate import resolve_credentials  # noqa: PLC0415 - as above

    name = next((p.content.name for p in parts if p.content.name), "custom")
    version = next((p.content.version for p in parts if p.content.version), "0")
    credentials = tuple(c for p in parts for c in p.content.credentials)
    roles = tuple(r for p in parts for r in p.content.roles)
    return Taxonomy(
        name=name,
        version=version,
        sectors=tuple(s for p in parts for s in p.content.sectors),
        skills=tuple(s for p in parts for s in p.content.skills),
        relations=tuple(r for p in parts for r in p.content.relations),
        credentials=credentials,
        roles=resolve_credentials(roles, {c.id: c for c in credentials}),
        scoring=next((p.content.scoring for p in parts if p.content.scoring), None),
        lexicons=tuple(x for p in parts for x in p.content.lexicons),
    )


def _load(
    layers: Sequence[Sequence[tuple[str, Traversable]]], base: Sequence[Part] = ()
) -> Taxonomy:
    """Read every layer, check each file, then check across files, then merge.

    *base* holds an already loaded base (a compiled taxonomy); the layers then
    count from 1, as files added over it.
    """
    with paused(freeze=True):  # every object built here stays alive: nothing to collect
        return _load_layers(layers, base)


def _load_layers(
    layers: Sequence[Sequence[tuple[str, Traversable]]], base: Sequence[Part]
) -> Taxonomy:
    from careermap.taxonomy.validate import check_parts  # noqa: PLC0415 - as above

    parts: list[Part] = list(base)
    problems: list[Problem] = []
    for layer, files in enumerate(layers, start=1 if base else 0):
        found_parts, found = _read_parts(files, layer)
        parts += found_parts
        problems += found
    # Cross-file checks only make sense once every file is valid on its own:
    # a file that failed would otherwise show up as a flood of unknown references.
    if not problems:
        problems = check_parts(parts)
    if not problems and not any(
        p.content.sectors
        or p.content.skills
        or p.content.relations
        or p.content.credentials
        or p.content.roles
        for p in parts
    ):
        where = parts[0].file if len(parts) == 1 else "the files given"
        message = (
            "the taxonomy is empty: no sectors, skills, relations or roles; "
            "check you loaded the right file or folder"
        )
        problems = [Problem(where, None, None, "", message)]
    if problems:
        raise TaxonomyError(problems)
    return _merge(parts)


def load_taxonomy(
    path: StrPath | None = None,
    *,
    extend: StrPath | Sequence[StrPath] = (),
    cache: StrPath | bool | None = None,
) -> Taxonomy:
    """Load and validate a taxonomy.

    Parameters
    ----------
    path : str or path-like, optional
        A YAML file, or a directory whose ``*.yaml``/``*.yml`` files (searched
        recursively, in name order) together form the taxonomy, or a compiled
        taxonomy (a ``.json`` file written by ``careermap import`` or
        :func:`careermap.save_compiled`). ``None``, the default, loads the
        taxonomy bundled with careermap.
    extend : path or sequence of paths, optional
        Files or directories layered over the base: they may add sectors, skills,
        relations and roles and refer to the base's ids, but redefining an id
        the base defines is reported as a conflict, never silently overwritten.
    cache : bool, str or path-like, optional
        ``None`` or ``True`` (the default): use the disk cache in the user's cache
        folder (``docs/performance.md``, "The cache"): a second load of the same
        files, in any process, reads what the first one saved and builds each
        skill and role when it is first used. ``False`` reads the sources every
        time (so does ``CAREERMAP_CACHE_DIR=off``). A path keeps the compiled
        form (one JSON file) in that folder instead, rebuilt when a source changed.

    Returns
    -------
    Taxonomy
        The validated, immutable taxonomy.

    Raises
    ------
    TaxonomyError
        Listing every problem found, each with its file, line, column and field.

    Examples
    --------
    >>> taxonomy = load_taxonomy()
    >>> taxonomy.role_index["school-counsellor"].sector
    'education'
    """
    if path is None and not extend:
        return default_taxonomy()
    if isinstance(extend, (str, os.PathLike)):
        extend = [extend]
    store = cache is None or cache is True
    if path is not None and os.fspath(path).endswith(".json") and Path(path).is_file():
        extra = [_files(more, os.fspath(more)) for more in extend]

        def from_compiled() -> Taxonomy:
            compiled = load_compiled(path)
            if compiled is None:  # pragma: no cover - only with an expected fingerprint
                raise AssertionError
            if not extra:
                return compiled
            from careermap.taxonomy.validate import as_part  # noqa: PLC0415 - as above

            return _load(extra, [as_part(compiled, os.fspath(path))])

        # A compiled file is named by its header (which holds the SHA-256 of its body)
        # and its size: the cache is found without reading its 25 MB.
        named = _stored_source("compiled", [[("compiled", Path(path))], *extra], head=True)
        if not store or named is None:
            return from_compiled()
        return cached_taxonomy(named, from_compiled)
    layers: list[list[tuple[str, Traversable]]] = []
    if path is None:
        layers.append(_files(_bundled_root(), DEFAULT_TAXONOMY))
    else:
        layers.append(_files(path, os.fspath(path)))
    layers += [_files(extra, os.fspath(extra)) for extra in extend]
    if cache is None or isinstance(cache, bool):
        named = _stored_source("yaml", layers) if store else None
        if named is None:
            return _load(layers)
        return cached_taxonomy(named, lambda: _load(layers))
    names = [display for files in layers for display, _ in files]
    source = fingerprint(
        [(display, _read_bounded(file)) for files in layers for display, file in files]
    )
    key = "taxonomy-" + hashlib.sha256("\0".join(names).encode()).hexdigest()[:16]
    return cached_build(cache, key, source, lambda: _load(layers))


def _stored_source(
    kind: str, layers: Sequence[Sequence[tuple[str, Traversable]]], *, head: bool = False
) -> str | None:
    """Return the fingerprint naming these sources in the disk cache (``None``: unreadable).

    With *head*, the first file counts by its first line and size (a compiled file).
    """
    named: list[tuple[str, bytes]] = []
    try:
        for layer, files in enumerate(layers):
            for display, file in files:
                if head and layer == 0:
                    with Path(str(file)).open("rb") as stream:
                        first = stream.readline(4096)
                        size = os.fstat(stream.fileno()).st_size
                    named.append((display, first + f"\0{size}".encode()))
                else:
                    named.append((display, _read_bounded(file)))
    except OSError:
        return None  # the load reports it
    return fingerprint(named, salt=kind)


def default_taxonomy() -> Taxonomy:
    """Return the bundled taxonomy, loading it on first use (thread-safe).

    Examples
    --------
    >>> default_taxonomy() is default_taxonomy()
    True
    """
    global _default  # noqa: PLW0603 - the lazily loaded default is module state on purpose
    if _default is None:
        with _lock:
            if _default is None:
                _default = _stored_bundled()
    return _default


#: The bundled taxonomy compiled (``scripts/compile_taxonomy.py``), shipped beside its YAML.
COMPILED_BUNDLED = ("data", "compiled", "taxonomy.json")


def _compiled_bundled() -> Path | None:
    from importlib import resources  # noqa: PLC0415 - only the bundled taxonomy needs it

    packaged = resources.files("careermap") / "/".join(COMPILED_BUNDLED)
    if isinstance(packaged, Path) and packaged.is_file():
        return packaged
    source = Path(__file__).resolve().parents[3].joinpath(*COMPILED_BUNDLED)
    return source if source.is_file() else None


def bundled_sources() -> tuple[list[tuple[str, Traversable]], str]:
    """Return the bundled taxonomy's YAML files and their fingerprint (read, not parsed)."""
    files = _files(_bundled_root(), DEFAULT_TAXONOMY)
    return files, fingerprint([(display, _read_bounded(file)) for display, file in files])


def _stored_bundled() -> Taxonomy:
    """Load the bundled taxonomy through the disk cache, keyed by its YAML's bytes.

    A process whose cache holds it skips validating the compiled file, and reads the
    indexes the first process built (``docs/performance.md``, "The cache").
    """
    _, source = bundled_sources()
    return cached_taxonomy(f"bundled\0{source}", _load_bundled)


def _load_bundled() -> Taxonomy:
    """Load the bundled taxonomy from its compiled form when that was built from these files.

    The compiled file's header names the fingerprint of the YAML it was built
    from: edited YAML (a source checkout), a file from another version or a
    damaged one is not used, and the YAML is read instead. Either way the
    taxonomy is the same, validated the same way.
    """
    files, source = bundled_sources()
    compiled = _compiled_bundled()
    if compiled is not None:
        try:
            found = load_compiled(compiled, expect=source)
        except TaxonomyError as exc:
            logger(__name__).warning(
                "ignoring the bundled compiled taxonomy at %s: %s", compiled, exc
            )
            found = None
        if found is not None:
            return found
    return _load([files])
