"""Exceptions raised by careermap.

The hierarchy::

    CareermapError
    ├── TaxonomyError (also ValueError)      a taxonomy file or directory is invalid
    ├── ProfileError (also ValueError)       a skill profile given to the API is invalid
    ├── OptionError (also ValueError)        an option such as limit or min_score is out of range
    ├── MissingExtraError (also ImportError) a feature needs an extra: pip install 'careermap[X]'
    └── NotFoundError (also LookupError)     a lookup by id or text found nothing
        ├── SkillNotFoundError
        ├── RoleNotFoundError
        └── SectorNotFoundError

Every message names the offending value or the file, line, column and field, and
says how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "CareermapError",
    "MissingExtraError",
    "NotFoundError",
    "OptionError",
    "Problem",
    "ProfileError",
    "RoleNotFoundError",
    "SectorNotFoundError",
    "SkillNotFoundError",
    "TaxonomyError",
    "shown",
]

#: Characters of a value's ``repr`` a message shows; longer values are cut, with their length.
SHOWN = 80


def shown(value: object, limit: int = SHOWN) -> str:
    """Return ``repr(value)`` for a message: cut to *limit* characters, its length said.

    A message names the offending value, but a 10 MB value must not make a 10 MB message.

    Examples
    --------
    >>> shown("CBT")
    "'CBT'"
    >>> shown("x" * 1_000_000, limit=12)
    "'xxxxxxxxxxx... (1,000,000 characters)"
    """
    if isinstance(value, str) and len(value) > limit:
        return f"{value[: limit - 1]!r}"[:-1] + f"... ({len(value):,} characters)"
    try:
        text = repr(value)
    except Exception:
        return f"<{type(value).__name__}>"
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


class CareermapError(Exception):
    """Base class of every error careermap raises on purpose."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in a taxonomy, with where it is.

    Attributes
    ----------
    file : str
        The file, as the caller named it (or relative to the directory loaded).
    line, column : int or None
        1-based position of the offending value, when known.
    field : str
        Path of the field inside the file, such as ``roles[2].requirements[0].level``.
    message : str
        What is wrong and how to fix it.

    Examples
    --------
    >>> str(Problem("roles.yaml", 3, 7, "roles[0].sector", "unknown sector 'hr'"))
    "roles.yaml:3:7: roles[0].sector: unknown sector 'hr'"
    """

    file: str
    line: int | None
    column: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class TaxonomyError(CareermapError, ValueError):
    """A taxonomy could not be loaded; :attr:`problems` lists every problem found.

    Examples
    --------
    >>> err = TaxonomyError([Problem("a.yaml", 1, 1, "skills", "expected a list")])
    >>> print(err)
    1 problem in the taxonomy:
      a.yaml:1:1: skills: expected a list
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in the taxonomy:"]
        lines += [f"  {problem}" for problem in self.problems]
        super().__init__("\n".join(lines))


class ProfileError(CareermapError, ValueError):
    """A skill profile is invalid: the message names the offending entry."""


class OptionError(CareermapError, ValueError):
    """An option such as ``limit``, ``min_score`` or ``min_similarity`` is out of range."""


class NotFoundError(CareermapError, LookupError):
    """A lookup found nothing; :attr:`suggestions` holds close matches."""

    def __init__(self, message: str, *, query: str, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        self.suggestions = tuple(suggestions)
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        # LookupError's str() would repr() the message (KeyError does); keep it readable.
        return str(self.args[0])


class SkillNotFoundError(NotFoundError):
    """No skill matches the given id or text."""


class RoleNotFoundError(NotFoundError):
    """No role has the given id."""


class SectorNotFoundError(NotFoundError):
    """No sector has the given id."""


class MissingExtraError(CareermapError, ImportError):
    """A feature needs a package that one of careermap's extras installs.

    Examples
    --------
    >>> str(MissingExtraError("no_such_module", extra="semantic"))
    "this needs no_such_module: pip install 'careermap[semantic]'"
    """

    def __init__(self, module: str, *, extra: str, what: str = "this") -> None:
        hint = f"pip install 'careermap[{extra}]'"
        super().__init__(f"{what} needs {module.partition('.')[0]}: {hint}", name=module)
        self.extra = extra
