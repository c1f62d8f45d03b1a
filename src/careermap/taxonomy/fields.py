"""The field types and settings every taxonomy model shares (ids, labels, text)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from functools import cache
from typing import Annotated

from pydantic import ConfigDict, Field, StringConstraints

__all__ = ["ID_PATTERN", "MODEL_CONFIG", "Education", "Identifier", "Label", "Text", "unique"]

#: Identifiers: lower-case words joined by hyphens, dots or underscores; digits allowed.
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*$"

Identifier = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, min_length=1, max_length=200),
    Field(description="Identifier: lower-case letters, digits, '.', '_' and '-'."),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=300),
    Field(description="A non-empty human-readable name."),
]
Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]


class Education(str, Enum):
    """The typical minimum education for hire, lowest first."""

    NONE = "none"
    SECONDARY = "secondary"
    CERTIFICATE = "certificate"
    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"


#: Frozen, and a key the model does not know is an error (a typo is never ignored).
MODEL_CONFIG = ConfigDict(
    frozen=True,
    extra="forbid",
    str_strip_whitespace=False,
    populate_by_name=False,
    validate_default=True,
)


def unique(values: tuple[str, ...], what: str) -> tuple[str, ...]:
    """Return *values*, or raise ``ValueError`` naming the first one listed twice (any case).

    Examples
    --------
    >>> unique(("LPC", "lpc"), "credential name")
    Traceback (most recent call last):
    ...
    ValueError: credential name 'lpc' is listed twice; remove the repeat
    """
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            msg = f"{what} {value!r} is listed twice; remove the repeat"
            raise ValueError(msg)
        seen.add(key)
    return values


@cache
def values_of(vocabulary: type[Enum]) -> tuple[str, ...]:
    """Return the values of *vocabulary*, in order, listed once per vocabulary.

    A taxonomy's validation reads them for every item (32k calls when ESCO is validated
    from its sources), so they are not listed again on each call.

    Examples
    --------
    >>> class Pace(str, Enum):
    ...     SLOW = "slow"
    ...     FAST = "fast"
    >>> values_of(Pace)
    ('slow', 'fast')
    """
    return tuple(str(member.value) for member in vocabulary)


def vocabulary_values(
    values: Sequence[object],
    vocabulary: type[Enum],
    what: tuple[str, str],
    key: Callable[[object], str],
) -> list[str]:
    """Return *values* as the values of the closed *vocabulary* they name.

    A member of *vocabulary* is its value; anything else is read by *key* (as people
    write it: "Shift work" for ``shift-work``). More values than the vocabulary has, or
    one it does not name, is an error that names it and lists the valid values; *what*
    names the vocabulary's items, one and several ("condition", "conditions").

    Examples
    --------
    >>> class Pace(str, Enum):
    ...     SLOW = "slow"
    ...     FAST = "fast"
    >>> vocabulary_values(["Fast", Pace.SLOW], Pace, ("pace", "paces"), str.casefold)
    ['fast', 'slow']
    >>> vocabulary_values(["brisk"], Pace, ("pace", "paces"), str.casefold)
    Traceback (most recent call last):
    ...
    ValueError: unknown pace 'brisk'; use one of: slow, fast
    """
    valid = values_of(vocabulary)
    one, several = what
    if len(values) > len(valid):  # before the items: each may be named once
        msg = f"at most {len(valid)} {several} (each once), got {len(values)}"
        raise ValueError(msg)
    found = []
    for value in values:
        read = str(value.value) if isinstance(value, vocabulary) else key(value)
        if read not in valid:
            msg = f"unknown {one} {value!r}; use one of: {', '.join(valid)}"
            raise ValueError(msg)
        found.append(read)
    return found
