"""The options every ranking entry point shares, checked in one place.

``rank_careers``, ``similar_roles``, ``rank_many``, ``upskilling``,
``career_paths`` and ``careermap.dask.rank_dataframe`` all take ``limit``,
``min_score`` (a career score, 0-1) and, most of them, ``sectors``; each calls
:func:`rank_options` instead of repeating the checks, so a wrong value gets the
same :class:`~careermap.OptionError` everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from careermap.base.options import check_limit, check_unit
from careermap.taxonomy.lookup import check_sectors
from careermap.taxonomy.models import Taxonomy

__all__ = ["RankOptions", "rank_options"]


@dataclass(frozen=True)
class RankOptions:
    """Checked ranking options: ``limit`` (``None`` for all), ``min_score``, ``sectors``."""

    limit: int | None
    min_score: float
    sectors: set[str] | None  # None: every sector; excluded sectors already taken out


def rank_options(
    taxonomy: Taxonomy,
    *,
    limit: object,
    min_score: object = 0.0,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
) -> RankOptions:
    """Check the shared ranking options against *taxonomy*.

    *sectors* keeps only roles of those sectors; *exclude_sectors* then leaves out
    roles of these (for someone leaving a field). The result's ``sectors`` is the
    set of sectors left, or ``None`` for all.

    Raises
    ------
    OptionError
        For a limit that is not ``None`` or a positive whole number, or a
        ``min_score`` outside 0-1.
    SectorNotFoundError
        For an unknown sector id.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> rank_options(load_taxonomy(), limit=5, sectors=["education"])
    RankOptions(limit=5, min_score=0.0, sectors={'education'})
    >>> leaving = rank_options(load_taxonomy(), limit=5, exclude_sectors=["mental-health"])
    >>> "mental-health" in leaving.sectors, "education" in leaving.sectors
    (False, True)
    >>> rank_options(load_taxonomy(), limit=0)
    Traceback (most recent call last):
    ...
    careermap.OptionError: limit must be a positive whole number or None, not 0
    """
    wanted = check_sectors(sectors, taxonomy)
    excluded = check_sectors(exclude_sectors, taxonomy)
    if excluded:
        wanted = (wanted if wanted is not None else {s.id for s in taxonomy.sectors}) - excluded
    return RankOptions(
        limit=check_limit(limit),
        min_score=check_unit(min_score, "min_score"),
        sectors=wanted,
    )
