"""Safe YAML reading that remembers where every value came from.

PyYAML's safe loader is used only to *compose* a node tree (the C loader when
present, the pure-Python safe loader otherwise); the tree is turned into Python
values here, so that:

* every value keeps its line and column, for error messages;
* a key repeated inside one mapping is an error (PyYAML keeps the last one);
* plain scalars stay strings unless they are null: ``0110`` stays ``"0110"``
  and ``NO`` stays ``"NO"``, and the models convert numbers and booleans
  where a field asks for one;
* only the standard YAML tags are accepted, never ``!!python/...``;
* aliases are expanded under two budgets, of values repeated and of the
  characters of text they repeat, so an alias bomb (many values, or a few huge
  ones) is an error, not an exhausted machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from careermap.base.errors import Problem

try:  # pragma: no cover - which branch runs depends on how PyYAML was built
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_REPEATED_TEXT",
    "MAX_REPEATS",
    "Located",
    "Path_",
    "read_yaml",
]

#: Largest taxonomy file accepted, in bytes.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Most values that aliases may repeat in one file (an alias bomb repeats billions).
MAX_REPEATS = 100_000
#: Most characters of text (scalars and keys) that aliases may repeat in one file: a few
#: aliases of one huge scalar hold gigabytes while repeating few values.
MAX_REPEATED_TEXT = 4 * 2**20
#: Deepest nesting of mappings and lists accepted.
MAX_DEPTH = 64

Path_ = tuple[str | int, ...]

_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
# Plain scalars that YAML 1.1 resolves to int/float/bool are kept as their text.
_SCALAR_TAGS = {
    _STR_TAG,
    _NULL_TAG,
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Located:
    """Python data read from one file, with the position of every value."""

    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int | None, int | None]:
        """Return the 1-based (line, column) of the value at *path*, or of its nearest parent."""
        for end in range(len(path), -1, -1):
            mark = self.marks.get(path[:end])
            if mark is not None:
                return mark
        return None, None


class _AbortError(Exception):
    """Reading stops at the first problem that makes the rest meaningless."""

    def __init__(self, line: int | None, column: int | None, field: str, message: str) -> None:
        super().__init__(message)
        self.line, self.column, self.field, self.message = line, column, field, message


def format_path(path: Path_) -> str:
    """Render a path such as ``('roles', 2, 'sector')`` as ``roles[2].sector``.

    Examples
    --------
    >>> format_path(("roles", 2, "requirements", 0, "level"))
    'roles[2].requirements[0].level'
    """
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _Builder:
    def __init__(self) -> None:
        self.marks: dict[Path_, tuple[int, int]] = {}
        self.seen: set[int] = set()
        self.repeats = 0
        # Characters of text below each node built (by id), the characters that
        # aliases have repeated so far, and whether an alias is being expanded.
        self.sizes: dict[int, int] = {}
        self.repeated_text = 0
        self.replaying = 0
        self.last_size = 0

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        mark = (node.start_mark.line + 1, node.start_mark.column + 1)
        again = id(node) in self.seen
        if again:  # reached again through an alias
            self.repeats += 1
            if self.repeats > MAX_REPEATS:
                raise _AbortError(
                    *mark,
                    format_path(path),
                    f"aliases repeat more than {MAX_REPEATS:,} values, which looks like an "
                    "alias bomb; write the values out instead of using anchors and aliases",
                )
            if not self.replaying:  # count the whole expansion once, at the alias
                self.repeated_text += self.sizes.get(id(node), 0)
                if self.repeated_text > MAX_REPEATED_TEXT:
                    raise _AbortError(
                        *mark,
                        format_path(path),
                        f"aliases repeat more than {MAX_REPEATED_TEXT:,} characters of text, "
                        "which looks like an alias bomb; write the values out instead of "
                        "using anchors and aliases",
                    )
        else:
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            raise _AbortError(
                *mark,
                format_path(path),
                f"values are nested more than {MAX_DEPTH} levels deep; flatten the structure",
            )
        self.marks.setdefault(path, mark)
        self.replaying += again
        try:
            value, size = self._build(node, path, depth, mark)
        finally:
            self.replaying -= again
        self.sizes.setdefault(id(node), size)
        self.last_size = size
        return value

    def _build(
        self, node: yaml.Node, path: Path_, depth: int, mark: tuple[int, int]
    ) -> tuple[Any, int]:
        """Return the node's value and the characters of text it holds."""
        if isinstance(node, yaml.ScalarNode):
            value = self._scalar(node, path, mark)
            return value, 1 + (len(value) if value is not None else 0)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _SEQ_TAG, path, mark)
            items, size = [], 1
            for i, item in enumerate(node.value):
                items.append(self.build(item, (*path, i), depth + 1))
                size += self.last_size
            return items, size
        if isinstance(node, yaml.MappingNode):
            self._check_tag(node, _MAP_TAG, path, mark)
            return self._mapping(node, path, depth)
        raise _AbortError(*mark, format_path(path), "unsupported YAML node")  # pragma: no cover

    def _check_tag(
        self, node: yaml.Node, expected: str, path: Path_, mark: tuple[int, int]
    ) -> None:
        if node.tag != expected:
            raise _AbortError(
                *mark,
                format_path(path),
                f"the tag {node.tag!r} is not allowed; taxonomy files hold plain "
                "mappings, lists and scalars only (remove the tag)",
            )

    def _scalar(self, node: yaml.ScalarNode, path: Path_, mark: tuple[int, int]) -> Any:
        if node.tag not in _SCALAR_TAGS:
            self._check_tag(node, _STR_TAG, path, mark)
        if node.tag == _NULL_TAG and not node.style:  # plain: None or "" by loader
            return None
        return str(node.value)

    def _mapping(
        self, node: yaml.MappingNode, path: Path_, depth: int
    ) -> tuple[dict[str, Any], int]:
        out: dict[str, Any] = {}
        size = 1
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_mark = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                raise _AbortError(
                    *key_mark, format_path(path), "a mapping key must be a plain name, not a list"
                )
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _AbortError(
                    *key_mark,
                    format_path(path),
                    "merge keys ('<<') are not supported; write the fields out",
                )
            key = str(key_node.value)
            if key in first_seen:
                raise _AbortError(
                    *key_mark,
                    format_path((*path, key)),
                    f"the key {key!r} appears twice in this mapping (first on line "
                    f"{first_seen[key]}); YAML would silently keep only the last one, "
                    "so remove one of them",
                )
            first_seen[key] = key_mark[0]
            key_path = (*path, key)
            self.marks[key_path] = key_mark
            out[key] = self.build(value_node, key_path, depth + 1)
            size += len(key) + self.last_size
            # Point errors about the value at the value, but keep the key's mark
            # when the value is missing (null).
            value_mark = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
            if out[key] is not None:
                self.marks[key_path] = value_mark
        return out, size


def _reader_problem(exc: yaml.reader.ReaderError, text: str, file: str) -> Problem:
    """Locate a character YAML refuses (control characters, U+FFFE...) by searching for it.

    The reader stops at the first refused character, so its first occurrence is the one;
    the position in the error counts UTF-8 bytes with the C loader, characters without.
    """
    if not isinstance(exc.character, int):  # pragma: no cover - only for bytes input
        return Problem(file, None, None, "", f"invalid YAML: {exc.reason}")
    char = chr(exc.character)
    at = text.find(char)
    line: int | None = None
    column: int | None = None
    if at >= 0:
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
    message = (
        f"invalid YAML: the character U+{ord(char):04X} is not allowed in a YAML file "
        f"({exc.reason}); remove it"
    )
    return Problem(file, line, column, "", message)


def read_yaml(  # noqa: PLR0911 - one early return per kind of unreadable file
    raw: bytes, file: str
) -> tuple[Located | None, list[Problem]]:
    r"""Parse *raw* bytes of one YAML file into data with positions.

    Returns the data (``None`` when unreadable) and the problems found.

    Examples
    --------
    >>> located, problems = read_yaml(b"skills:\n  - id: '0110'\n    code: 0110\n", "a.yaml")
    >>> located.data, located.where(("skills", 0, "code")), problems
    ({'skills': [{'id': '0110', 'code': '0110'}]}, (3, 11), [])
    >>> _, problems = read_yaml(b"a: 1\na: 2\n", "b.yaml")
    >>> print(problems[0])
    b.yaml:2:1: a: the key 'a' appears twice in this mapping (first on line 1); ...
    """
    if len(raw) > MAX_FILE_BYTES:
        # The caller may have read only MAX_FILE_BYTES + 1 bytes, so the size is not known here.
        limit = f"{MAX_FILE_BYTES // 2**20} MiB"
        message = f"the file is over the {limit} limit; split it into several files in a folder"
        return None, [Problem(file, None, None, "", message)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        utf16 = " (it is UTF-16)" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ""
        return None, [
            Problem(
                file,
                line,
                column,
                "",
                f"byte {raw[exc.start]:#04x} is not valid UTF-8{utf16}; save the file as UTF-8",
            )
        ]
    if "\x00" in text:
        at = text.index("\x00")
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        message = (
            "the file contains a NUL character, as UTF-16 and binary files do; "
            "save it as UTF-8 text"
        )
        return None, [Problem(file, line, column, "", message)]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at_line = mark.line + 1 if mark else None
        at_column = mark.column + 1 if mark else None
        what = " ".join(filter(None, [exc.context, exc.problem]))
        lines = text.splitlines()
        bad_line = lines[at_line - 1] if at_line and at_line <= len(lines) else ""
        hint = " (use spaces, not tabs, to indent)" if "\t" in (what + bad_line) else ""
        return None, [Problem(file, at_line, at_column, "", f"invalid YAML: {what}{hint}")]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_problem(exc, text, file)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, None, None, "", f"invalid YAML: {exc}")]
    except RecursionError:
        return None, [Problem(file, None, None, "", "values are nested too deeply to read")]
    if node is None:
        return Located({}), []
    builder = _Builder()
    try:
        data = builder.build(node, (), 0)
    except _AbortError as abort:
        return None, [Problem(file, abort.line, abort.column, abort.field, abort.message)]
    return Located(data, builder.marks), []
