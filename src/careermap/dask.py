"""Rank a Dask DataFrame of profiles, partition by partition, across a cluster.

Needs the ``dask`` extra: ``pip install 'careermap[dask]'``. Nothing from Dask
is imported until a function here is called.

Each partition is ranked by :func:`careermap.rank_many` (``map_partitions``).
The taxonomy travels to each worker once, never with every task:

- the bundled taxonomy (``taxonomy=None``) is not shipped at all: each worker
  process loads its own copy once (:func:`careermap.load_taxonomy` caches it)
  and checks that its content hash is the one the client expects;
- any other taxonomy is scattered to every worker (``client.scatter(...,
  broadcast=True)``) when a ``distributed`` client is in use, and the tasks
  refer to it by key; without one, it is passed as an argument of the graph.

Either way every task on a worker ranks against the same taxonomy object, so
its indexes (name index, :class:`~careermap.scoring.engine.ScoringIndex`) are built
once per worker process and reused by every partition it ranks. A per-process
registry keyed by the taxonomy's content hash keeps that true even when a
scheduler hands each task its own unpickled copy (the ``processes`` scheduler).
See ``docs/embedding.md``.
"""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from careermap.base.errors import CareermapError, OptionError, ProfileError
from careermap.base.optional import install_hint, require
from careermap.results.matches import Ranking, RoleMatch
from careermap.scoring.batch import rank_many
from careermap.scoring.options import rank_options
from careermap.scoring.rows import ErrorPolicy, RowError, check_errors
from careermap.taxonomy.identity import taxonomy_identity
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["INSTALL_HINT", "rank_dataframe"]


def __dir__() -> list[str]:  # tab completion offers the documented names only
    return sorted(__all__)


#: What to run when Dask is missing.
INSTALL_HINT = install_hint("dask")

#: Taxonomies a worker process keeps, by content hash (most recently used last). Strong
#: references: a weak one would let each task's copy die with the task, and with it the index.
_KEEP = 2
_lock = threading.Lock()
_taxonomies: OrderedDict[str, Taxonomy] = OrderedDict()


def _import_dask() -> tuple[Any, Any]:
    """Return ``(dask.dataframe, pandas)``, or raise ImportError with the install hint."""
    dd = require("dask.dataframe", "careermap.dask", extra="dask")
    pd = require("pandas", "careermap.dask", extra="dask")
    return dd, pd


class _Shipped:
    """The taxonomy a task ranks against, as it travels: its hash, and itself unless bundled."""

    __slots__ = ("sha256", "taxonomy")

    def __init__(self, sha256: str, taxonomy: Taxonomy | None) -> None:
        self.sha256 = sha256
        self.taxonomy = taxonomy

    def __dask_tokenize__(self) -> tuple[str, str]:
        # Tokenise by content hash: cheap, and equal for equal taxonomies.
        return ("careermap-taxonomy", self.sha256)

    def __getstate__(self) -> tuple[str, Taxonomy | None]:
        return (self.sha256, self.taxonomy)

    def __setstate__(self, state: tuple[str, Taxonomy | None]) -> None:
        self.sha256, self.taxonomy = state

    def resolve(self) -> Taxonomy:
        """Return this process's copy of the taxonomy."""
        if self.taxonomy is None:
            taxonomy = default_taxonomy()
            found = taxonomy_identity(taxonomy).sha256
            if found != self.sha256:
                msg = (
                    f"this worker's bundled taxonomy ({found[:12]}) differs from the client's "
                    f"({self.sha256[:12]}); install the same careermap version everywhere"
                )
                raise CareermapError(msg)
            return taxonomy
        with _lock:
            known = _taxonomies.get(self.sha256)
            if known is None:
                known = _taxonomies[self.sha256] = self.taxonomy
                while len(_taxonomies) > _KEEP:
                    _taxonomies.popitem(last=False)
            _taxonomies.move_to_end(self.sha256)
            return known


def _frame(
    index: pd.Index,
    columns: dict[str, list[Any]],
    *,
    explain: bool,
) -> pd.DataFrame:
    """Build a result frame with fixed dtypes, so every partition matches the meta."""
    _, pd = _import_dask()
    data = {
        "rank": pd.Series(columns["rank"], dtype="int64", index=index),
        "role_id": pd.Series(columns["role_id"], dtype=str, index=index),
        "score": pd.Series(columns["score"], dtype="float64", index=index),
        "coverage": pd.Series(columns["coverage"], dtype="float64", index=index),
        "utilisation": pd.Series(columns["utilisation"], dtype="float64", index=index),
    }
    if explain:
        data["match"] = pd.Series(columns["match"], dtype=str, index=index)
    data["unresolved"] = pd.Series(columns["unresolved"], dtype=str, index=index)
    data["error"] = pd.Series(columns["error"], dtype=str, index=index)
    return pd.DataFrame(data, index=index)


#: Every column a result frame may have, in order.
_COLUMNS = ("rank", "role_id", "score", "coverage", "utilisation", "match", "unresolved", "error")


def _cell(value: Any) -> Any:
    """Turn one cell into what :func:`rank_many` takes; JSON text is parsed."""
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            hint = (
                " (it looks like a list that Dask turned into text: store profiles as JSON "
                "text, or set dask.config.set({'dataframe.convert-string': False}))"
                if value.startswith("[")
                else ""
            )
            msg = f"a profile held as text must be JSON, not {value[:60]!r}{hint}"
            raise ProfileError(msg) from None
        return parsed  # any form of the profile grammar, as rank_careers reads it
    # Numpy arrays (from Parquet) and Arrow lists become plain lists.
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else value


def _rank_partition(
    frame: pd.DataFrame,
    column: str,
    shipped: _Shipped,
    *,
    limit: int | None,
    sectors: tuple[str, ...] | None,
    min_score: float,
    explain: bool,
    errors: ErrorPolicy = "raise",
) -> pd.DataFrame:
    """Rank every profile of one partition with :func:`rank_many`."""
    taxonomy = shipped.resolve()
    columns: dict[str, list[Any]] = {name: [] for name in _COLUMNS}
    positions: list[int] = []

    def add(position: int, match: RoleMatch | None, unresolved: list[str], error: str) -> None:
        positions.append(position)
        columns["rank"].append(match.rank if match else 0)
        columns["role_id"].append(match.role_id if match else "")
        columns["score"].append(match.score if match else math.nan)
        columns["coverage"].append(match.coverage if match else math.nan)
        columns["utilisation"].append(match.utilisation if match else math.nan)
        if explain:
            columns["match"].append(match.model_dump_json() if match else "")
        columns["unresolved"].append(json.dumps(unresolved, ensure_ascii=False))
        columns["error"].append(error)

    rankings: Iterator[Ranking | RowError]
    failed: dict[int, str] = {}
    if errors == "record":
        # Cells that are not readable profiles are row errors too.
        readable = []
        for position, value in enumerate(frame[column]):
            try:
                readable.append(_cell(value))
            except ProfileError as exc:
                failed[position] = str(exc)
        rankings = rank_many(
            readable,
            taxonomy=taxonomy,
            limit=limit,
            sectors=sectors,
            min_score=min_score,
            errors="record",
        )
    else:
        rankings = rank_many(
            (_cell(value) for value in frame[column]),
            taxonomy=taxonomy,
            limit=limit,
            sectors=sectors,
            min_score=min_score,
        )
    done = 0
    try:
        for position in range(len(frame)):
            if position in failed:
                add(position, None, [], failed[position])
                continue
            result = next(rankings)
            done = position + 1
            if isinstance(result, RowError):
                add(position, None, list(result.unresolved), result.error)
                continue
            unresolved = [entry.text for entry in result.profile.unresolved]
            for match in result:
                add(position, match, unresolved, "")
            if not len(result):
                # No role scored: one row still says what did not resolve.
                add(position, None, unresolved, "")
    except ProfileError as exc:
        # rank_many numbers the profile within the partition; name its index instead.
        label = frame.index[done : done + 1].tolist()[0]  # a plain value, not a numpy scalar
        msg = f"profile at index {label!r}: {exc.__cause__ or exc}"
        raise ProfileError(msg) from exc
    return _frame(frame.index.take(positions), columns, explain=explain)


def _active_client(client: Any) -> Any:
    if client is not None:
        return client
    try:
        from distributed import default_client  # noqa: PLC0415 - optional dependency
    except ImportError:
        return None
    try:
        return default_client()  # type: ignore[no-untyped-call]
    except ValueError:  # no client: the graph runs on Dask's local schedulers
        return None


def rank_dataframe(
    profiles: Any,
    column: str = "skills",
    *,
    taxonomy: Taxonomy | None = None,
    limit: int | None = 10,
    sectors: Iterable[str] | None = None,
    exclude_sectors: Iterable[str] | None = None,
    min_score: float = 0.0,
    explain: bool = False,
    client: Any = None,
    errors: ErrorPolicy = "raise",
) -> Any:
    """Rank careers for every profile of a Dask DataFrame, one row per ranked role.

    Parameters
    ----------
    profiles : dask.dataframe.DataFrame
        One profile per row. Each cell of *column* is JSON text (best for
        Parquet and CSV, and safe from Dask's conversion of object columns to
        strings): an array of ``"text"`` / ``"text:LEVEL"`` strings or of
        ``{"text": ..., "level": ...}`` objects (the ``skills`` of
        ``docs/schema/match-request.json``), or an object of text to level.
        Python lists, tuples, mappings, numpy arrays and Arrow lists
        (``pd.ArrowDtype(pa.list_(pa.string()))``) are taken as they are.
    column : str, default "skills"
        The column holding the profiles.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy, which each worker loads itself.
    limit, sectors, exclude_sectors, min_score
        As for :func:`careermap.rank_careers`.
    explain : bool, default False
        Add a ``match`` column holding each :class:`~careermap.RoleMatch` as JSON
        (the full explanation), as ``RoleMatch.model_dump_json()`` writes it.
    client : distributed.Client, optional
        The client to scatter *taxonomy* with; defaults to the current one.
        Without any, the graph carries the taxonomy as an argument.
    errors : {'raise', 'record'}, default 'raise'
        What a profile that is invalid, or of which nothing is recognised, does:
        ``'raise'`` fails the compute with a ``ProfileError`` naming its index;
        ``'record'`` gives it one row with ``rank`` 0, an empty ``role_id``,
        NaN scores and the message in ``error``, and the rest are ranked.

    Returns
    -------
    dask.dataframe.DataFrame
        Indexed like *profiles* (so its divisions still hold), one row per
        (profile, rank) with columns ``rank``, ``role_id``, ``score``,
        ``coverage``, ``utilisation`` (and ``match``), ``unresolved`` (the
        profile's texts that matched no skill, as a JSON array) and ``error``
        (empty, or the message of a recorded row error), in the order
        :func:`careermap.rank_many` gives. A valid profile none of whose roles
        scores above *min_score* gets one row with ``rank`` 0, an empty
        ``role_id``, NaN scores and an empty ``error``, so its unresolved texts
        still show.

    Raises
    ------
    ImportError
        If Dask is not installed (``pip install 'careermap[dask]'``).
    OptionError
        If *column* is not a column of *profiles*.
    ProfileError
        When computed with ``errors='raise'``, for a profile that is invalid
        or of which nothing resolves to a skill; the message names its index.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> frame = pd.DataFrame({"skills": ['["CBT:4", "active listening"]', '["recruitment"]']})
    >>> ranked = rank_dataframe(dd.from_pandas(frame, npartitions=1), limit=2)
    >>> ranked.compute(scheduler="sync")[["rank", "role_id"]]  # doctest: +NORMALIZE_WHITESPACE
       rank         role_id
    0     1      life-coach
    0     2  eap-counsellor
    1     1       recruiter
    1     2   hr-generalist
    """
    dd, _ = _import_dask()
    if isinstance(profiles, dd.Series):
        profiles = profiles.to_frame(name=column)
    if column not in profiles.columns:
        known = ", ".join(map(str, profiles.columns))
        msg = f"no column {column!r} in the DataFrame (columns: {known})"
        raise OptionError(msg)
    options = rank_options(
        taxonomy or default_taxonomy(),
        limit=limit,
        min_score=min_score,
        sectors=sectors,
        exclude_sectors=exclude_sectors,
    )
    sha256 = taxonomy_identity(taxonomy or default_taxonomy()).sha256
    shipped: Any = _Shipped(sha256, taxonomy)
    active = _active_client(client) if taxonomy is not None else None
    if active is not None:
        # One copy per worker, held there; tasks name it by key rather than carry it.
        shipped = active.scatter(shipped, broadcast=True, hash=True)
    policy = check_errors(errors)
    meta = _frame(profiles._meta.index[:0], {name: [] for name in _COLUMNS}, explain=explain)
    return profiles.map_partitions(
        _rank_partition,
        column,
        shipped,
        limit=options.limit,
        sectors=tuple(sorted(options.sectors)) if options.sectors is not None else None,
        min_score=options.min_score,
        explain=explain,
        errors=policy,
        meta=meta,
    )
