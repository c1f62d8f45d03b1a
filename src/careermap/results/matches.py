"""Ranking results: every score carries its own explanation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

from pydantic import BaseModel
from pydantic_core import to_json

from careermap.base.record import Explained, Record, trusted
from careermap.resolve.profile import Profile
from careermap.results import display as _display
from careermap.results import plain as _plain
from careermap.results.avoided import SetAside
from careermap.results.bands import Band
from careermap.results.frames import match_frame, ranking_frame
from careermap.results.verdict import Readiness
from careermap.taxonomy.identity import TaxonomyIdentity
from careermap.taxonomy.models import RequiredLevel

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ContextResult",
    "ContextTerm",
    "Ranking",
    "RequirementResult",
    "RoleMatch",
    "TransferStep",
    "later_match",
    "trusted",
]


_set = object.__setattr__
#: The instance dictionary's own descriptor (``RoleMatch`` puts a property in front of it).
_own = BaseModel.__dict__["__dict__"]


class TransferStep(Record):
    """One step of credit between two skills."""

    source_id: str
    source_label: str
    target_id: str
    target_label: str
    relation: Literal["transfers_to", "broader", "narrower"]
    weight: float
    reason: str

    def __str__(self) -> str:
        return f"from {self.source_label}: {self.plain()}"

    def plain(self) -> str:
        """Return why the step earns credit, in a practitioner's words (the relation's reason).

        Hierarchy steps, which carry no written reason, say how the two skills are
        related instead.
        """
        if self.reason:
            return self.reason.rstrip(".")
        if self.relation == "broader":
            return f"{self.source_label} is a kind of {self.target_label.lower()}"
        if self.relation == "narrower":
            return f"{self.target_label} is part of {self.source_label.lower()}"
        return f"{self.source_label} carries over to {self.target_label.lower()}"


class RequirementResult(Record):
    """How one requirement of a role was met: directly, by transfer, or not at all.

    Attributes
    ----------
    credit : float
        Share of the requirement met, 0-1.
    cost : float
        Share of the role's coverage lost on this requirement: its weight times
        ``1 - credit`` over the role's total weight.
    path : tuple of TransferStep
        Empty for a direct match; the transfer step for a transferred one.
    """

    skill_id: str
    label: str
    essential: bool
    weight: float
    required_level: RequiredLevel
    credit: float
    cost: float
    source_id: str | None = None
    source_label: str | None = None
    source_level: RequiredLevel | None = None
    path: tuple[TransferStep, ...] = ()
    minor: bool = False

    @property
    def kind(self) -> Literal["direct", "transferred", "gap"]:
        """``'direct'``, ``'transferred'`` or ``'gap'``."""
        if self.source_id is None:
            return "gap"
        return "transferred" if self.path else "direct"

    def __str__(self) -> str:
        need = "essential" if self.essential else "minor" if self.minor else "optional"
        if self.kind == "gap":
            return f"{self.label} ({need}, level {self.required_level}; costs {self.cost:.1%})"
        level = (
            f"level {self.source_level}/{self.required_level}"
            if self.source_level is not None and self.source_level < self.required_level
            else ""
        )
        extra = ", ".join(filter(None, [need, level, f"{self.credit:.0%} credit"]))
        how = " " + "; ".join(str(step) for step in self.path) if self.path else ""
        return f"{self.label} [{extra}]{how}"

    def __repr__(self) -> str:
        return _display.requirement_repr(self)


class ContextTerm(Record):
    """One context term of a score: its similarity and its weight in the score."""

    name: Literal["interests", "job_zone", "education", "text", "skill_groups"]
    similarity: float
    weight: float

    def __str__(self) -> str:
        return f"{self.name.replace('_', ' ')} {self.similarity:.2f} (weight {self.weight:g})"


class ContextResult(Record):
    """How context moved a score: ``score = (1 - weight) * skills + sum(w * similarity)``.

    Attributes
    ----------
    skills : float
        The skills score (``coverage ** 0.5 * utilisation ** 0.5``).
    weight : float
        The total weight of the context terms both sides have.
    terms : tuple of ContextTerm
        Each term with its similarity and weight.
    """

    skills: float
    weight: float
    terms: tuple[ContextTerm, ...]

    def __str__(self) -> str:
        terms = ", ".join(str(term) for term in self.terms)
        return f"skills {self.skills:.3f} (weight {1 - self.weight:g}); context: {terms}"


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
        return _plain.match_text(self, maybe)

    def __repr__(self) -> str:
        return _display.match_repr(self)

    def _repr_html_(self) -> str:
        return _display.match_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per requirement: matched, transferred, then gaps (needs pandas).

        Install pandas with ``pip install 'careermap[notebook]'``.
        """
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


class Matches(Explained):
    """Role matches for one profile, with the taxonomy behind them: iterate, index, ``len()``."""

    profile: Profile
    matches: tuple[RoleMatch, ...]
    taxonomy: TaxonomyIdentity

    def __iter__(self) -> Iterator[RoleMatch]:  # type: ignore[override]
        return iter(self.matches)

    def __len__(self) -> int:
        return len(self.matches)

    def __getitem__(self, index: int) -> RoleMatch:
        return self.matches[index]


_D = TypeVar("_D", bound="_Deferred")


def values_order(model: Matches, values: dict[str, Any]) -> list[str]:
    """Return the names of *values* in *model*'s fields' order, as serialisation walks them."""
    return [name for name in type(model).model_fields if name in values]


class _Pending:
    """The matches of a ranking not built yet: how many, and how to build each.

    Also the profile, when it is built on first read too (``similar_roles``).
    """

    __slots__ = ("build", "built", "count", "profile")

    def __init__(
        self,
        count: int,
        build: Callable[[int], RoleMatch],
        profile: Callable[[], Profile] | None = None,
    ) -> None:
        self.count = count
        self.build = build
        self.built: dict[int, RoleMatch] = {}
        self.profile = profile

    def get(self, index: int) -> RoleMatch:
        found = self.built.get(index)
        if found is None:
            found = self.built[index] = self.build(index)
        return found


class _Deferred(Matches):
    """Matches built only when read, by index, iteration or ``matches``.

    Showing, comparing, copying or serialising builds them too (see :meth:`deferred`).

    A ranking from :func:`~careermap.rank_careers` keeps the engine's arrays and
    builds each :class:`RoleMatch` (and its requirements) from them on first read.
    """

    __slots__ = ("_pending",)

    def _waiting(self) -> _Pending | None:
        try:
            pending: _Pending | None = object.__getattribute__(self, "_pending")
        except AttributeError:  # built eagerly
            return None
        return pending

    @classmethod
    def deferred(
        cls: type[_D],
        *,
        profile: Profile | Callable[[], Profile],
        taxonomy: TaxonomyIdentity,
        count: int,
        build: Callable[[int], RoleMatch],
        **fields: Any,
    ) -> _D:
        """Return a ranking of *count* matches, the *i*-th built by ``build(i)`` when read.

        A callable *profile* is called when the profile is first read; *fields* are the
        ranking's others (``set_aside``).
        """
        if isinstance(profile, Profile):
            ranking: _D = cls.model_construct(profile=profile, taxonomy=taxonomy, **fields)  # type: ignore[assignment]
            object.__setattr__(ranking, "_pending", _Pending(count, build))
        else:
            ranking = cls.model_construct(taxonomy=taxonomy, **fields)  # type: ignore[assignment]
            object.__setattr__(ranking, "_pending", _Pending(count, build, profile))
        return ranking

    def _fill_profile(self) -> None:
        pending = self._waiting()
        if pending is not None and pending.profile is not None:
            values = {**self.__dict__, "profile": pending.profile()}
            self.__dict__.clear()
            self.__dict__.update((name, values[name]) for name in values_order(self, values))
            self.__pydantic_fields_set__.add("profile")
            pending.profile = None

    def _materialise(self) -> None:
        self._fill_profile()
        pending = self._waiting()
        if pending is not None:
            values = {**self.__dict__, "matches": tuple(map(pending.get, range(pending.count)))}
            # In the fields' order, as serialisation walks them.
            self.__dict__.clear()
            self.__dict__.update((name, values[name]) for name in type(self).model_fields)
            self.__pydantic_fields_set__.add("matches")
            object.__setattr__(self, "_pending", None)

    def __getattr__(self, name: str) -> Any:
        if name == "matches" and self._waiting() is not None:
            self._materialise()
            return self.__dict__["matches"]
        if name == "profile" and self._waiting() is not None:
            self._fill_profile()
            return self.__dict__["profile"]
        return super().__getattr__(name)  # type: ignore[misc]

    def __len__(self) -> int:
        pending = self._waiting()
        return pending.count if pending is not None else len(self.matches)

    def __getitem__(self, index: int) -> RoleMatch:
        pending = self._waiting()
        if pending is not None and isinstance(index, int):
            count = pending.count
            if -count <= index < count:
                return pending.get(index % count)
        return self.matches[index]

    def __iter__(self) -> Iterator[RoleMatch]:  # type: ignore[override]
        pending = self._waiting()
        if pending is None:
            return iter(self.matches)
        return (pending.get(i) for i in range(pending.count))

    def __eq__(self, other: object) -> bool:
        self._materialise()
        if isinstance(other, _Deferred):
            other._materialise()
        return super().__eq__(other)

    def __hash__(self) -> int:
        self._materialise()
        return super().__hash__()

    def __getstate__(self) -> dict[Any, Any]:
        self._materialise()
        return super().__getstate__()

    def __copy__(self: _D) -> _D:
        self._materialise()
        return super().__copy__()

    def __deepcopy__(self: _D, memo: dict[int, Any] | None = None) -> _D:
        self._materialise()
        return super().__deepcopy__(memo)

    def _written(self, pending: _Pending) -> dict[str, Any]:
        """Return the ranking as ``model_dump(mode="json")`` does, each match by ``to_dict``."""
        self._fill_profile()
        values = self.__dict__
        return {
            name: [pending.get(i).to_dict() for i in range(pending.count)]
            if name == "matches"
            else [item.to_dict() for item in values[name]]
            if name == "set_aside"
            else values[name]
            if isinstance(values[name], str)
            else values[name].model_dump(mode="json")
            for name in type(self).model_fields
        }

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        pending = self._waiting()
        if pending is not None and kwargs == _JSON_MODE:
            return self._written(pending)
        self._materialise()
        return super().model_dump(**kwargs)

    def model_dump_json(self, **kwargs: Any) -> str:
        pending = self._waiting()
        if pending is not None and kwargs.keys() <= {"indent"}:
            # pydantic's own writer, over the same data: the same bytes.
            return to_json(self._written(pending), indent=kwargs.get("indent")).decode()
        self._materialise()
        return super().model_dump_json(**kwargs)

    def model_copy(self: _D, **kwargs: Any) -> _D:
        self._materialise()
        return super().model_copy(**kwargs)


class Ranking(_Deferred):
    """Roles ranked for a profile, best first; iterate it, index it, or ``len()`` it.

    ``set_aside`` lists the person's skills read but left out of the score: work they
    said they would rather not do (:class:`careermap.results.avoided.SetAside`).
    ``thin`` says, in advice order, that few of the roles the person fits best are open
    to them and where the roles listed after those come from
    (:func:`careermap.scoring.thin.thin_note`); ``abroad`` names the roles left out as
    posts not found in the person's country (:func:`careermap.results.abroad.left_out`).
    """

    set_aside: tuple[SetAside, ...] = ()
    thin: str = ""
    abroad: str = ""

    @property
    def sectors(self) -> tuple[str, ...]:
        """The distinct sectors of the ranked roles, in rank order."""
        return tuple(dict.fromkeys(m.sector for m in self.matches))

    def explain(self) -> str:
        """Return every match's explanation and what did not resolve (first, if most).

        A gap that one of the person's texts suggests they may already have says so,
        quoting the text (:func:`careermap.resolve.display.maybe_held`).
        """
        return _plain.ranking_text(self)

    def __repr__(self) -> str:
        return _display.ranking_repr(self)

    def _repr_html_(self) -> str:
        return _display.ranking_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per role: rank, ids, scores and counts (needs pandas).

        Install pandas with ``pip install 'careermap[notebook]'``.
        """
        return ranking_frame(self)
