"""Sequences and mappings of taxonomy items built one at a time, on first access.

A taxonomy read from the disk cache (:mod:`careermap.taxonomy.store`) holds its
skills, relations and roles as :class:`LazyItems`: each item is validated from
its cached JSON the first time it is read, and the same object is returned after
that. Iterating builds every item once; the rest of the library sees an ordinary
read-only sequence, equal to the tuple of the same items.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, overload

from pydantic import BaseModel

from careermap.base.collector import freeze_alive

__all__ = ["LazyIndex", "LazyItems", "Settled"]

T = TypeVar("T")

FREEZE_AT = 1_000
"""A sequence this long, once fully built, is frozen out of the collector's walks."""


class LazyItems(Sequence[T]):
    """A read-only sequence of *count* items; item ``i`` is ``build(i)``, built once.

    Examples
    --------
    >>> calls = []
    >>> items = LazyItems(3, lambda i: calls.append(i) or i * 10)
    >>> items[1], items[-1], calls
    (10, 20, [1, 2])
    >>> items == (0, 10, 20), items.built
    (True, 3)
    """

    __slots__ = ("_build", "_items", "_lock", "_missing")

    def __init__(self, count: int, build: Callable[[int], T]) -> None:
        self._build = build
        self._items: list[Any] = [None] * count
        self._missing = count
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def _get(self, index: int) -> T:
        item = self._items[index]
        if item is None:
            with self._lock:
                item = self._items[index]
                if item is None:
                    item = self._items[index] = self._build(index)
                    self._missing -= 1
                    if self._missing == 0 and len(self._items) >= FREEZE_AT and gc.isenabled():
                        # Every item is built and stays alive with the taxonomy: move
                        # them out of the collector's way, as a load does (base.collector;
                        # inside a paused build, or with the collector off, that decides).
                        freeze_alive()
        return item  # type: ignore[no-any-return]

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self._get(i) for i in range(*index.indices(len(self._items))))
        if index < 0:
            index += len(self._items)
        if not 0 <= index < len(self._items):
            raise IndexError("item index out of range")
        return self._get(index)

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self._items)):
            yield self._get(i)

    @property
    def built(self) -> int:
        """How many items were built so far."""
        return len(self._items) - self._missing

    def as_tuple(self) -> tuple[T, ...]:
        """Every item, built as needed, as a tuple."""
        if self._missing:
            for i in range(len(self._items)):
                self._get(i)
        return tuple(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (LazyItems, tuple)):
            return len(self) == len(other) and self.as_tuple() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.as_tuple())

    def __add__(self, other: Sequence[T]) -> tuple[T, ...]:
        return self.as_tuple() + tuple(other)

    def __radd__(self, other: Sequence[T]) -> tuple[T, ...]:
        return tuple(other) + self.as_tuple()

    def __repr__(self) -> str:
        return repr(self.as_tuple())

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (for a worker process) as the plain tuple it stands for.
        return (tuple, (self.as_tuple(),))


class LazyIndex(Mapping[str, T]):
    """Items of a :class:`LazyItems` by key: ``index[key]`` builds that item only.

    Examples
    --------
    >>> index = LazyIndex(["a", "b"], LazyItems(2, lambda i: i * 10))
    >>> index["b"], len(index), list(index)
    (10, 2, ['a', 'b'])
    """

    __slots__ = ("_items", "_position")

    def __init__(self, keys: Sequence[str], items: Sequence[T]) -> None:
        # dict(zip(...)) builds ESCO's 14k positions in half a comprehension's time.
        self._position = dict(zip(keys, range(len(keys)), strict=True))
        self._items = items

    @property
    def positions(self) -> dict[str, int]:
        """Each key's position: shared with the scoring index, so never to be changed."""
        return self._position

    def __getitem__(self, key: str) -> T:
        return self._items[self._position[key]]

    def __contains__(self, key: object) -> bool:
        return key in self._position

    def __iter__(self) -> Iterator[str]:
        return iter(self._position)

    def __len__(self) -> int:
        return len(self._position)

    def __repr__(self) -> str:
        return f"LazyIndex({len(self._position)} items)"


class Settled(BaseModel):
    """A model whose fields may hold :class:`LazyItems`: serialising builds them first."""

    def _settle(self) -> None:
        """Build every lazy item, so that the fields serialise as the tuples they stand for."""
        for name, value in list(self.__dict__.items()):
            if isinstance(value, LazyItems):
                self.__dict__[name] = value.as_tuple()

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """Return the model as a dictionary (see pydantic's ``BaseModel.model_dump``).

        Lazy items (a taxonomy read from the disk cache) are built first.

        Parameters
        ----------
        kwargs : Any
            As for pydantic's ``BaseModel.model_dump``.

        Returns
        -------
        dict
            The whole model.
        """
        self._settle()
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        """Return the model as JSON (see pydantic's ``BaseModel.model_dump_json``).

        Lazy items (a taxonomy read from the disk cache) are built first.

        Parameters
        ----------
        kwargs : Any
            As for pydantic's ``BaseModel.model_dump_json``.

        Returns
        -------
        str
            The whole model.
        """
        self._settle()
        return super().model_dump_json(**kwargs)
