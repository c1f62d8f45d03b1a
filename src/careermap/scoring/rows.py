"""Per-row errors for batches: a bad profile becomes a :class:`RowError`, not the end of the batch.

A thin layer over :func:`careermap.rank_many`: each row's profile is resolved
under the policy first (a :class:`ProfileError`, or a profile of which nothing
is recognised, becomes a :class:`RowError`), then the rows that resolved are
ranked by the batch scorer, a chunk at a time, and the results are merged back
in input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Literal

from careermap.base.errors import OptionError, ProfileError
from careermap.base.optional import Progress, start_progress
from careermap.base.record import Frozen
from careermap.resolve.ids import IdProfiles
from careermap.resolve.profile import Profile, ProfileInput
from careermap.results.matches import Ranking
from careermap.taxonomy.models import Taxonomy

__all__ = ["ERROR_POLICIES", "RowError", "check_errors", "record_rows"]

#: What a batch does with a row it cannot rank: stop with the error, or record it and go on.
ERROR_POLICIES = ("raise", "record")
ErrorPolicy = Literal["raise", "record"]

#: Rows resolved before each call of the batch scorer.
_CHUNK = 256


class RowError(Frozen):
    """A row of a batch that could not be ranked, in place of its :class:`Ranking`.

    Examples
    --------
    >>> from careermap import rank_many
    >>> results = list(rank_many([["CBT"], ["forklift"]], errors="record", limit=1))
    >>> results[1].index, results[1].unresolved
    (1, ('forklift',))
    >>> results[1].error.startswith("none of the profile's skills is recognised")
    True
    """

    index: int
    """The row's position in the batch, from 0."""
    error: str
    """The error's message, as the ``ProfileError`` would have said it."""
    unresolved: tuple[str, ...] = ()
    """The texts of the row that matched no skill (empty when the row could not be read)."""

    def __repr__(self) -> str:
        error = self.error if len(self.error) <= 50 else self.error[:47] + "..."
        return f"RowError(index={self.index}, error={error!r}, unresolved={self.unresolved!r})"


def check_errors(errors: object) -> ErrorPolicy:
    """Return *errors* if it is a policy of :data:`ERROR_POLICIES`, else raise ``OptionError``."""
    if errors == "raise":
        return "raise"
    if errors == "record":
        return "record"
    msg = f"errors must be 'raise' or 'record', not {errors!r}"
    raise OptionError(msg)


def _resolve(
    index: int, given: ProfileInput, build: Callable[[ProfileInput], Profile]
) -> Profile | RowError:
    try:
        profile = build(given)
    except ProfileError as exc:
        return RowError(index=index, error=str(exc))
    unresolved = tuple(entry.text for entry in profile.unresolved)
    if not profile.resolved:
        details = "; ".join(str(entry.match) for entry in profile.unresolved)
        message = f"none of the profile's skills is recognised: {details}"
        return RowError(index=index, error=message, unresolved=unresolved)
    return profile


def record_rows(
    profiles: Iterable[ProfileInput],
    rank: Callable[[list[Profile]], Iterable[Ranking]],
    *,
    taxonomy: Taxonomy,
    total: int | None,
    progress: Progress | bool | None,
) -> Iterator[Ranking | RowError]:
    """Yield a :class:`Ranking` or a :class:`RowError` for each profile, in order.

    *rank* is the batch scorer, called on the rows of each chunk that resolved.
    """
    callback, close = start_progress(progress, total, unit="profile")
    rows = enumerate(profiles)
    build = IdProfiles(taxonomy)  # build_profile, each skill id looked up once
    done = 0
    try:
        while chunk := list(islice(rows, _CHUNK)):
            resolved = [_resolve(index, given, build) for index, given in chunk]
            good = [row for row in resolved if isinstance(row, Profile)]
            rankings = iter(rank(good)) if good else iter(())
            for row in resolved:
                yield row if isinstance(row, RowError) else next(rankings)
                done += 1
                if callback is not None:
                    callback(done, total)
    finally:
        close()
