"""One role's score for a profile, with its explanation, filled on first read.

:class:`RoleMatch` is a ranking's match. One the engine explains
(:func:`~careermap.rank_careers`) is made by :func:`later_match` and builds its
requirements (``matched``, ``transferred``, ``gaps``) from the engine's arrays only
when they are first read; :meth:`RoleMatch.to_dict` writes them without building
them. Importable from :mod:`careermap.results.matches` too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel
from pydantic_core import to_json

from careermap.base.record import Explained
from careermap.results.bands import Band
from careermap.results.explanation import ContextResult, RequirementResult
from careermap.results.verdict import Readiness

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RoleMatch", "later_match"]


_set = object.__setattr__
#: The instance dictionary's own descriptor (``RoleMatch`` puts a property in front of it).
_own = BaseModel.__dict__["__dict__"]


class _Filled(Explained):
    """A match whose requirements may be filled on first read (the base of :class:`RoleMatch`).

    A match the engine explains (:func:`~careermap.rank_careers`) fills
    ``matched``, ``transferred`` and ``gaps`` on first read (``_later``), and
    :meth:`to_dict` (so ``model_dump(mode="json")`` and ``model_dump_json()``)
    writes them from the engine's arrays without building them.
    """

    __slots__ = ("_later",)

    def _waiting(self) -> Requirements | None:
        try:
            later: Requirements | None = object.__getattribute__(self, "_later")
        except AttributeError:  # validated, copied or unpickled: complete
            return None
        return later

    @property
    def __dict__(self) -> dict[str, Any]:
        # Everything that reads the fields as a whole (comparison from either side,
        # hashing, pickling, copying, iteration, pydantic's serialisation, also of a
        # ranking holding this match) reads them here: the requirements are filled first.
        values: dict[str, Any] = _own.__get__(self)
        later = self._waiting()
        if later is None:
            return values
        filled = {**values, **later.fields()}
        # One new dictionary, in the fields' order, swapped in whole.
        values = {name: filled[name] for name in _FIELDS}
        _own.__set__(self, values)
        _set(self, "_later", None)
        return values

    @__dict__.setter
    def __dict__(self, values: dict[str, Any]) -> None:
        _own.__set__(self, values)

    def __getattr__(self, name: str) -> Any:
        if name in _LATER and self._waiting() is not None:
            return self.__dict__[name]
        return super().__getattr__(name)  # type: ignore[misc]

    def to_dict(self) -> dict[str, Any]:
        """Return the match as JSON-compatible data (plain dicts, lists and scalars).

        For a match whose requirements are not built yet, written from the
        engine's arrays: the same data as ``model_dump(mode="json")``.
        """
        later = self._waiting()
        if later is None:
            return super().to_dict()
        values: dict[str, Any] = _own.__get__(self)
        out = later.rows()
        for name, kind in _KINDS:
            if kind == _LATER_ROWS:
                out[name] = out.pop(name)  # in the fields' order
                continue
            value = values[name]
            if kind == _LIST:
                value = list(value)
            elif kind == _MODEL and value is not None:
                value = value.model_dump(mode="json")
            out[name] = value
        return out

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        if kwargs == _JSON_MODE and self._waiting() is not None:
            return self.to_dict()
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        if kwargs.keys() <= {"indent"} and self._waiting() is not None:
            # pydantic's own writer, over the same data: the same bytes.
            return to_json(self.to_dict(), indent=kwargs.get("indent")).decode()
        return super().model_dump_json(**kwargs)


class RoleMatch(_Filled):
    """One role's score for a profile, with its explanation.

    ``matched`` are requirements met by the person's own skills, ``transferred``
    those met through a transfer relation or the hierarchy, ``gaps`` those not
    met at all, most costly first (``minor`` ones included, though
    :meth:`explain` only counts them); ``unused`` are the person's skills the
    role has no use for (they lower ``utilisation``); ``general`` are the
    person's general professional competencies (self-care, reflective practice,
    ...), which count where the role asks for them and are never held against
    it (``docs/scoring.md``). ``band`` reads the score
    (see :func:`careermap.score_band`); ``context`` says how context terms moved
    it, when any applied; ``only_in`` where the post exists, for a person who gave no
    country (:func:`careermap.results.abroad.only_in`).
    """

    rank: int
    role_id: str
    title: str
    sector: str
    sector_label: str
    score: float
    coverage: float
    utilisation: float
    matched: tuple[RequirementResult, ...]
    transferred: tuple[RequirementResult, ...]
    gaps: tuple[RequirementResult, ...]
    unused: tuple[str, ...]
    band: Band
    general: tuple[str, ...] = ()
    context: ContextResult | None = None
    readiness: Readiness | None = None
    only_in: str = ""

    def explain(self, maybe: Mapping[str, str] | None = None) -> str:
        """Return a readable, multi-line explanation of the score.

        Parameters
        ----------
        maybe : mapping of str to str, optional
            Skills the person may already have, each with the text of theirs that
            suggests it (:func:`careermap.resolve.display.maybe_held`): a gap among
            them says so. :meth:`Ranking.explain` passes its profile's.

        Examples
        --------
        >>> from careermap import rank_careers
        >>> print(rank_careers(["CBT", "active listening"], limit=1)[0].explain())
        ... # doctest: +ELLIPSIS
        1. ... - score 0... (...), coverage ..., utilisation ...
           matched: ...
        """
        from careermap.results import plain  # noqa: PLC0415 - views only

        return plain.match_text(self, maybe)

    def __repr__(self) -> str:
        from careermap.results import display  # noqa: PLC0415 - views only

        return display.match_repr(self)

    def _repr_html_(self) -> str:
        from careermap.results import display  # noqa: PLC0415 - views only

        return display.match_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per requirement: matched, transferred, then gaps (needs pandas).

        Install pandas with ``pip install 'careermap[notebook]'``.
        """
        from careermap.results.frames import match_frame  # noqa: PLC0415 - views only

        return match_frame(self)


#: The fields of a match filled on first read.
_LATER = frozenset({"matched", "transferred", "gaps"})
_JSON_MODE = {"mode": "json"}


class Requirements(Protocol):
    """A match's requirements, not built yet: as results, or as ``to_dict`` writes them."""

    def fields(self) -> dict[str, tuple[RequirementResult, ...]]:
        """Return ``matched``, ``transferred`` and ``gaps``."""

    def rows(self) -> dict[str, list[dict[str, Any]]]:
        """Return the same, as JSON-compatible data."""


# How ``model_dump(mode="json")`` writes each field of a match (plain ints: an
# enum's members cost a class attribute look-up each).
_PLAIN = 0  # as it is: a string, a number
_LIST = 1  # a tuple of strings, as a list
_MODEL = 2  # a model or None
_LATER_ROWS = 3  # requirements, from the engine's arrays


def _kind(name: str) -> int:
    if name in _LATER:
        return _LATER_ROWS
    annotation = RoleMatch.model_fields[name].annotation
    if annotation in {ContextResult | None, Readiness | None}:
        return _MODEL
    if annotation == tuple[str, ...]:
        return _LIST
    if annotation in {int, str, float, Band}:
        return _PLAIN
    msg = f"RoleMatch.{name}: say how to_dict writes a {annotation}"  # a field added
    raise TypeError(msg)


_KINDS = tuple((name, _kind(name)) for name in RoleMatch.model_fields)


def later_match(values: dict[str, Any], later: Requirements) -> RoleMatch:
    """Return a :class:`RoleMatch` of *values* (all but its requirements), filled by *later*.

    As :func:`trusted`: only for values the library computed itself, of the
    fields' exact types, in the model's field order.
    """
    made = RoleMatch.__new__(RoleMatch)
    _own.__set__(made, values)
    _set(made, "__pydantic_fields_set__", _EVERY)
    _set(made, "__pydantic_extra__", None)
    _set(made, "__pydantic_private__", None)
    _set(made, "_later", later)
    return made


_EVERY = set(RoleMatch.model_fields)
_FIELDS = tuple(RoleMatch.model_fields)
