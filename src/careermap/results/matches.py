"""Ranking results: every score carries its own explanation.

A :class:`Ranking` holds the roles matched for a profile, best first, each match
(:class:`~careermap.results.role_match.RoleMatch`) built only when it is read. The
models of a match are defined beside this module (:mod:`careermap.results.role_match`,
:mod:`careermap.results.explanation`) and importable from it, the results' one namespace.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic_core import to_json

from careermap.base.record import Explained, trusted
from careermap.resolve.profile import Profile
from careermap.results.avoided import SetAside
from careermap.results.explanation import (
    ContextResult,
    ContextTerm,
    RequirementResult,
    TransferStep,
)
from careermap.results.role_match import _JSON_MODE, RoleMatch, later_match
from careermap.taxonomy.identity import TaxonomyIdentity

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
    posts not found in the person's country (:func:`careermap.results.abroad.left_out`);
    ``lived`` names the peer roles that ask for the person's lived experience that the
    limit leaves out, listed at score 0 after every role their skills reach
    (:func:`careermap.scoring.lived_roles.lived_note`); ``degree`` names the skills the
    person's completed graduate degree counts as held, that no text of theirs read
    (:func:`careermap.results.degree_held.degree_note`); ``practice`` says, in advice
    order, that most of the roles listed ask for none of the person's own practice that
    was read, once for the list (:func:`careermap.scoring.anchored.head_note`), where
    each of those roles' lines would otherwise say it, and for a person leaving the sector
    of their practice why its posts filed elsewhere come later
    (:func:`careermap.results.leaving_words.leaving_line`); ``starter`` says, where a role
    listed is an entry-level post for a person of many years, that such posts may pay a
    starter's wage, once for the list (:func:`careermap.results.starter.starter_head`).
    """

    set_aside: tuple[SetAside, ...] = ()
    thin: str = ""
    abroad: str = ""
    lived: str = ""
    degree: str = ""
    practice: str = ""
    starter: str = ""

    @property
    def sectors(self) -> tuple[str, ...]:
        """The distinct sectors of the ranked roles, in rank order."""
        return tuple(dict.fromkeys(m.sector for m in self.matches))

    def explain(self) -> str:
        """Return every match's explanation and what did not resolve (first, if most).

        A gap that one of the person's texts suggests they may already have says so,
        quoting the text (:func:`careermap.resolve.display.maybe_held`).
        """
        from careermap.results import plain  # noqa: PLC0415 - views only

        return plain.ranking_text(self)

    def __repr__(self) -> str:
        from careermap.results import display  # noqa: PLC0415 - views only

        return display.ranking_repr(self)

    def _repr_html_(self) -> str:
        from careermap.results import display  # noqa: PLC0415 - views only

        return display.ranking_html(self)

    def to_dataframe(self) -> pd.DataFrame:
        """One row per role: rank, ids, scores and counts (needs pandas).

        Install pandas with ``pip install 'careermap[notebook]'``.
        """
        from careermap.results.frames import ranking_frame  # noqa: PLC0415 - views only

        return ranking_frame(self)
