"""Ranking many profiles in a stream, for batch jobs such as a whole workforce."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sized
from typing import Literal, overload

from careermap.base.errors import ProfileError
from careermap.base.optional import Progress, require, start_progress
from careermap.resolve.profile import Profile, ProfileInput
from careermap.results.matches import Ranking
from careermap.scoring.match import rank_careers
from careermap.scoring.options import rank_options
from careermap.scoring.rows import ErrorPolicy, RowError, check_errors, record_rows
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

__all__ = ["rank_many"]


@overload
def rank_many(
    profiles: Iterable[ProfileInput],
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
    progress: Progress | bool | None = None,
    errors: Literal["raise"] = "raise",
) -> Iterator[Ranking]: ...


@overload
def rank_many(
    profiles: Iterable[ProfileInput],
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
    progress: Progress | bool | None = None,
    errors: ErrorPolicy,
) -> Iterator[Ranking | RowError]: ...


def rank_many(
    profiles: Iterable[ProfileInput],
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
    progress: Progress | bool | None = None,
    errors: ErrorPolicy = "raise",
) -> Iterator[Ranking] | Iterator[Ranking | RowError]:
    """Rank careers for each profile in turn, yielding one :class:`Ranking` per profile.

    Results stream in input order, so a large batch never sits in memory at
    once; the taxonomy's indexes are built once and shared.

    Parameters
    ----------
    profiles : iterable of profiles
        Anything :func:`rank_careers` accepts, one per person.
    taxonomy, limit, sectors, exclude_sectors, min_score
        As for :func:`rank_careers`.
    progress : callable, bool or None
        ``callback(done, total)`` after each profile (``total`` is ``None`` when
        *profiles* has no length), or ``True`` for a ``tqdm.auto`` progress bar
        (needs ``tqdm``).
    errors : {'raise', 'record'}, default 'raise'
        What an invalid profile, or one of which nothing is recognised, does:
        ``'raise'`` stops the batch with a ``ProfileError``; ``'record'`` yields
        a :class:`~careermap.scoring.rows.RowError` in its place (its position,
        the message and the texts that matched nothing) and goes on.

    Raises
    ------
    ProfileError
        For an invalid profile, with ``errors='raise'``; the message starts with
        its position in the batch.

    Examples
    --------
    >>> rankings = rank_many([["CBT", "empathy"], ["recruitment", "coaching"]], limit=3)
    >>> [len(r) for r in rankings]
    [3, 3]
    >>> [type(r).__name__ for r in rank_many([["CBT"], ["forklift"]], errors="record")]
    ['Ranking', 'RowError']
    """
    policy = check_errors(errors)
    # Options are checked now, not when the first result is asked for.
    taxonomy = taxonomy or default_taxonomy()
    options = rank_options(
        taxonomy, limit=limit, min_score=min_score, sectors=sectors, exclude_sectors=exclude_sectors
    )
    if progress is True:
        require("tqdm.auto", "progress=True")  # fail now, with the hint, not at the first result
    if policy == "record":
        chosen = sorted(options.sectors) if options.sectors is not None else None

        def rank(good: list[Profile]) -> Iterator[Ranking]:
            return _stream(
                good,
                taxonomy=taxonomy,
                limit=options.limit,
                sectors=chosen,
                min_score=options.min_score,
                progress=None,
            )

        total = len(profiles) if isinstance(profiles, Sized) else None
        return record_rows(profiles, rank, taxonomy=taxonomy, total=total, progress=progress)
    return _stream(
        profiles,
        taxonomy=taxonomy,
        limit=options.limit,
        sectors=sorted(options.sectors) if options.sectors is not None else None,
        min_score=options.min_score,
        progress=progress,
    )


def _stream(
    profiles: Iterable[ProfileInput],
    *,
    taxonomy: Taxonomy,
    limit: int | None,
    sectors: list[str] | None,
    min_score: float,
    progress: Progress | bool | None,
) -> Iterator[Ranking]:
    total = len(profiles) if isinstance(profiles, Sized) else None
    callback, close = start_progress(progress, total, unit="profile")
    try:
        for done, profile in enumerate(profiles, start=1):
            try:
                ranking = rank_careers(
                    profile, taxonomy=taxonomy, limit=limit, sectors=sectors, min_score=min_score
                )
            except ProfileError as exc:
                msg = f"profile {done - 1} of the batch: {exc}"
                raise ProfileError(msg) from exc
            yield ranking
            if callback is not None:
                callback(done, total)
    finally:
        close()
