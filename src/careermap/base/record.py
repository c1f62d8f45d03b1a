"""The bases of every model careermap builds: frozen, strict, and convertible to JSON.

:class:`Frozen` declares the pydantic configuration once (immutable, unknown
keys refused); :class:`Record` adds ``to_dict``/``to_json``; :class:`Explained`
adds ``str()`` as a readable explanation. The taxonomy's input models keep their
own configuration (they also strip and check what people write in YAML).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

__all__ = ["Explained", "Frozen", "Record"]


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
