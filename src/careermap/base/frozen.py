"""A read-only dict, for the mappings inside immutable models."""

from __future__ import annotations

from typing import Any, NoReturn, TypeVar

__all__ = ["FrozenDict"]

K = TypeVar("K")
V = TypeVar("V")


class FrozenDict(dict[K, V]):
    """A ``dict`` that refuses every change, hashable when its values are.

    It stays a ``dict`` so that pydantic, ``json`` and pickle handle it as one,
    but a caller sharing a taxonomy between threads cannot change what the
    others see.

    Examples
    --------
    >>> codes = FrozenDict({"onet": "2.A.1.b"})
    >>> codes["esco"] = "x"
    Traceback (most recent call last):
    ...
    TypeError: this mapping is read-only; build a new one instead
    """

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        msg = "this mapping is read-only; build a new one instead"
        raise TypeError(msg)

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[type[FrozenDict[K, V]], tuple[dict[K, V]]]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict[K, V]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict[K, V]:
        return self
