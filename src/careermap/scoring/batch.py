"""Ranking many profiles in a stream, for batch jobs such as a whole workforce."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sized
from itertools import islice
from typing import Literal, overload

from careermap.base.errors import ProfileError
from careermap.base.optional import Progress, require, start_progress
from careermap.resolve.ids import IdProfiles
from careermap.resolve.profile import Profile, ProfileInput
from careermap.results.matches import Ranking
from careermap.scoring.engine import scoring_index
from careermap.scoring.explain import Explainer
from careermap.scoring.many import Scratch, block_sizes, score_block, top_block
from careermap.scoring.match import profile_skills, rank_careers
from careermap.scoring.options import rank_options
from careermap.scoring.rows import ErrorPolicy, RowError, check_errors, record_rows
from careermap.taxonomy.identity import taxonomy_identity
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
    once; the taxonomy's indexes are built once and shared. Profiles are read
    64 at a time and scored together (:mod:`careermap.scoring.many`), each id
    resolved once per batch; every ranking is the one :func:`rank_careers`
    gives, its matches explained when read.

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
    rank = _Block(taxonomy, limit=limit, sectors=sectors, min_score=min_score).rank
    rows = enumerate(profiles)
    try:
        while True:
            chunk, failed = _read(rows)
            for index, ranking in rank(chunk):
                yield ranking
                if callback is not None:
                    callback(index + 1, total)
            if failed is not None:
                raise failed
            if len(chunk) < _CHUNK:
                return
    finally:
        close()


def _read(
    rows: Iterator[tuple[int, ProfileInput]],
) -> tuple[list[tuple[int, ProfileInput]], Exception | None]:
    """Return the next chunk of rows, and the error the input raised while reading it, if any.

    The error is raised after the rows read before it are ranked, where reading
    one profile at a time would raise it (a generator parsing each row, say).
    """
    chunk: list[tuple[int, ProfileInput]] = []
    try:
        for row in islice(rows, _CHUNK):
            chunk.append(row)
    except Exception as exc:  # the input's own error: the caller raises it in its place
        return chunk, exc
    return chunk, None


#: Profiles read from the input before any of them is ranked (scored a block at a time).
_CHUNK = 64


class _Block:
    """Ranks chunks of profiles as ``rank_careers`` ranks each (see :mod:`.many`)."""

    def __init__(
        self, taxonomy: Taxonomy, *, limit: int | None, sectors: list[str] | None, min_score: float
    ) -> None:
        self.taxonomy = taxonomy
        self.limit, self.sectors, self.min_score = limit, sectors, min_score
        self.chosen = set(sectors) if sectors is not None else None
        self.engine = scoring_index(taxonomy)
        self.identity = taxonomy_identity(taxonomy)
        self.scratch = Scratch()
        self.build = IdProfiles(taxonomy)

    def single(self, profile: ProfileInput) -> Ranking:
        return rank_careers(
            profile,
            taxonomy=self.taxonomy,
            limit=self.limit,
            sectors=self.sectors,
            min_score=self.min_score,
        )

    def rank(self, chunk: list[tuple[int, ProfileInput]]) -> Iterator[tuple[int, Ranking]]:
        """Yield ``(index, ranking)`` for each row of *chunk*, in order.

        Raises the ``ProfileError`` of the first invalid row after yielding the
        rows before it, as ranking them one by one would.
        """
        ready: list[tuple[int, Profile | Callable[[], Profile], dict[str, int]]] = []
        alone: dict[int, Ranking] = {}
        failed: tuple[int, ProfileError] | None = None
        for index, given in chunk:
            try:
                resolved = self.build.lazily(given)
                if not isinstance(resolved, Profile):
                    # Ids: the skills now, the profile itself when the ranking's is read.
                    skills, build = resolved
                    ready.append((index, build, skills))
                    continue
                if resolved.background is not None:
                    # Advice order and the current role's exclusion: rank_careers's own path.
                    alone[index] = self.single(resolved)
                    continue
                ready.append((index, resolved, profile_skills(resolved, self.taxonomy)))
            except ProfileError as exc:
                failed = index, exc
                break
        ranked = dict(zip((index for index, _, _ in ready), self.explain(ready), strict=True))
        for index, _ in chunk:
            if index in ranked:
                yield index, ranked[index]
            elif index in alone:
                yield index, alone[index]
            elif failed is not None:
                msg = f"profile {index} of the batch: {failed[1]}"
                raise ProfileError(msg) from failed[1]

    def explain(
        self, ready: list[tuple[int, Profile | Callable[[], Profile], dict[str, int]]]
    ) -> list[Ranking]:
        """Score *ready* a block at a time and return each one's (lazily explained) ranking."""
        out: list[Ranking] = []
        size = block_sizes(self.engine, max((len(s) for _, _, s in ready), default=1))
        for start in range(0, len(ready), size):
            part = ready[start : start + size]
            scores, score, coverage = score_block(
                self.engine, [s for _, _, s in part], self.scratch
            )
            tops = top_block(
                self.engine,
                score,
                coverage,
                limit=self.limit,
                min_score=self.min_score,
                sectors=self.chosen,
            )
            for (_, profile, skills), each, positions in zip(part, scores, tops, strict=True):
                explainer = Explainer(
                    self.engine, self.taxonomy, skills, each, positions, background=None
                )
                out.append(
                    Ranking.deferred(
                        profile=profile,
                        taxonomy=self.identity,
                        count=len(positions),
                        build=explainer.builder(),
                    )
                )
        self.scratch.reset()
        return out
