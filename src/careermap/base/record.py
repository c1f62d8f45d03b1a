"""The bases of every model careermap builds: frozen, strict, and convertible to JSON.

:class:`Frozen` declares the pydantic configuration once (immutable, unknown
keys refused); :class:`Record` adds ``to_dict``/``to_json``; :class:`Explained`
adds ``str()`` as a readable explanation. The taxonomy's input models keep their
own configuration (they also strip and check what people write in YAML).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["Explained", "Frozen", "Record", "trusted"]


class Frozen(BaseModel):
    """A frozen pydantic model that forbids unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Record(Frozen):
    """A :class:`Frozen` model with ``to_dict`` and ``to_json``."""

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-compatible data (plain dicts, lists and scalars)."""
        return self.model_dump(mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        """Return the result as JSON, the same JSON that ``model_validate_json`` reads back."""
        return self.model_dump_json(indent=indent)


class Explained(Record):
    """A result that explains itself in text: ``str()`` is its :meth:`explain`."""

    def explain(self) -> str:  # pragma: no cover - every subclass defines it
        """Return a readable explanation."""
        raise NotImplementedError

    def __str__(self) -> str:
        return self.explain()


_F = TypeVar("_F", bound=Frozen)
_set = object.__setattr__


def trusted(cls: type[_F], given: Iterable[str] | None = None) -> Callable[[dict[str, Any]], _F]:
    """Return ``make(values)``: a *cls* holding *values* as given, without validating them.

    Only for values the library computed itself, of the fields' exact types,
    every field given, in the model's field order: the scoring engine's
    explanations and the resolver's matches of skill ids
    (``tests/scoring/test_explain.py`` and ``tests/resolve/test_profile.py``
    check they equal what validation builds). It builds what validation would, about four times
    faster than validating (and than ``model_construct``, which looks up every
    field's alias and default); what a caller passes in is always validated.
    *given* names the fields counted as set (``model_fields_set``), as if only
    they had been passed to the model; default all.
    """
    new, every = cls.__new__, set(cls.model_fields if given is None else given)

    def make(values: dict[str, Any]) -> _F:
        made = new(cls)
        _set(made, "__dict__", values)
        # One set per model, shared as ``model_construct(_fields_set=...)``
        # shares the set it is given: a frozen model never changes it.
        _set(made, "__pydantic_fields_set__", every)
        _set(made, "__pydantic_extra__", None)
        _set(made, "__pydantic_private__", None)
        return made

    return make
