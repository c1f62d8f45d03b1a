"""The field types and settings every taxonomy model shares (ids, labels, text)."""

from __future__ import annotations

from enum import Enum
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
