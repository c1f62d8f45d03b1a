"""Results as pandas DataFrames, and the role-to-role similarity matrix.

pandas is optional (``pip install 'careermap[notebook]'``): it is imported only
inside these functions, and a missing install raises an :class:`ImportError`
that says how to get it. :func:`similarity_matrix` can also write CSV without
pandas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal, overload

import numpy as np

from careermap._engine import scoring_index
from careermap._load import default_taxonomy
from careermap._lookup import lookup_role
from careermap._match import role_start, start_scores
from careermap._models import Taxonomy

if TYPE_CHECKING:
    import pandas as pd

    from careermap._explore import RoleComparison, Upskilling
    from careermap._paths import CareerPaths
    from careermap._results import Ranking, RequirementResult, RoleMatch

__all__ = [
    "INSTALL_HINT",
    "Progress",
    "comparison_frame",
    "match_frame",
    "paths_frame",
    "ranking_frame",
    "require",
    "similarity_matrix",
    "start_progress",
    "upskilling_frame",
]

#: How to install the optional notebook dependencies.
INSTALL_HINT = "pip install 'careermap[notebook]'"

#: A progress callback: called with (items done, total or None when unknown).
Progress = Callable[[int, "int | None"], None]


def require(module: str, what: str) -> Any:
    """Import optional *module*, or raise an ImportError that says how to install it."""
    import importlib  # noqa: PLC0415 - only needed for optional dependencies

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = f"{what} needs {module.partition('.')[0]}: {INSTALL_HINT}"
        raise ImportError(msg) from exc


def start_progress(
    progress: Progress | bool | None, total: int | None, *, unit: str
) -> tuple[Progress | None, Callable[[], None]]:
    """Return ``(callback, close)`` for *progress*: a callback, ``True`` for tqdm, or off.

    ``True`` uses ``tqdm.auto`` (a notebook widget where ipywidgets is
    installed, else a text bar); it falls back to the text bar when the widget
    cannot be made.
    """
    if progress is None or progress is False:
        return None, lambda: None
    if progress is not True:
        return progress, lambda: None
    auto = require("tqdm.auto", "progress=True")
    try:
        bar = auto.tqdm(total=total, unit=unit)
    except ImportError:  # a notebook without ipywidgets: tqdm's widget cannot be made
        bar = require("tqdm.std", "progress=True").tqdm(total=total, unit=unit)

    def update(done: int, _total: int | None) -> None:
        bar.update(done - bar.n)

    return update, bar.close


def _pandas(what: str) -> Any:
    return require("pandas", what)


def ranking_frame(ranking: Ranking) -> pd.DataFrame:
    """One row per match of *ranking* (see :meth:`careermap.Ranking.to_dataframe`)."""
    pd = _pandas("to_dataframe()")
    columns = [
        "rank",
        "role_id",
        "title",
        "sector",
        "sector_label",
        "score",
        "band",
        "coverage",
        "utilisation",
        "matched",
        "transferred",
        "gaps",
        "first_gap",
    ]
    rows = [
        (
            m.rank,
            m.role_id,
            m.title,
            m.sector,
            m.sector_label,
            m.score,
            m.band,
            m.coverage,
            m.utilisation,
            len(m.matched),
            len(m.transferred),
            len(m.gaps),
            m.gaps[0].label if m.gaps else None,
        )
        for m in ranking.matches
    ]
    return pd.DataFrame(rows, columns=columns)


def _requirement_row(result: RequirementResult) -> tuple[Any, ...]:
    step = result.path[0] if result.path else None
    return (
        result.skill_id,
        result.label,
        result.kind,
        result.essential,
        result.weight,
        result.required_level,
        result.credit,
        result.cost,
        result.source_id,
        result.source_label,
        result.source_level,
        step.relation if step else None,
        step.weight if step else None,
        step.reason if step else None,
    )


_REQUIREMENT_COLUMNS = [
    "skill_id",
    "label",
    "kind",
    "essential",
    "weight",
    "required_level",
    "credit",
    "cost",
    "source_id",
    "source_label",
    "source_level",
    "relation",
    "relation_weight",
    "reason",
]


def match_frame(match: RoleMatch) -> pd.DataFrame:
    """One row per requirement of *match*: matched, transferred, then gaps.

    ``weight`` is the effective weight (doubled when essential, see
    ``docs/scoring.md``); ``relation`` and ``reason`` describe a transfer.
    """
    pd = _pandas("to_dataframe()")
    rows = [_requirement_row(r) for r in (*match.matched, *match.transferred, *match.gaps)]
    return pd.DataFrame(rows, columns=_REQUIREMENT_COLUMNS)


def paths_frame(paths: CareerPaths) -> pd.DataFrame:
    """One row per step of every path, with the path's number (1 = best) and score."""
    pd = _pandas("to_dataframe()")
    columns = [
        "path",
        "step",
        "from_role_id",
        "role_id",
        "title",
        "sector",
        "step_score",
        "coverage",
        "gaps",
        "first_gap",
        "path_score",
        "direct_score",
    ]
    rows = [
        (
            n,
            k,
            step.from_role_id,
            step.match.role_id,
            step.match.title,
            step.match.sector,
            step.match.score,
            step.match.coverage,
            len(step.match.gaps),
            step.match.gaps[0].label if step.match.gaps else None,
            path.score,
            path.direct_score,
        )
        for n, path in enumerate(paths.paths, start=1)
        for k, step in enumerate(path.steps, start=1)
    ]
    return pd.DataFrame(rows, columns=columns)


def upskilling_frame(found: Upskilling) -> pd.DataFrame:
    """One row per suggested skill, best first."""
    pd = _pandas("to_dataframe()")
    columns = [
        "rank",
        "skill_id",
        "label",
        "level",
        "roles_gained",
        "roles_lost",
        "net_roles",
        "gain",
        "raises_most",
    ]
    rows = [
        (
            s.rank,
            s.skill_id,
            s.label,
            s.level,
            s.roles_gained,
            s.roles_lost,
            s.net_roles,
            s.gain,
            s.raises[0].title if s.raises else None,
        )
        for s in found.suggestions
    ]
    return pd.DataFrame(rows, columns=columns)


def comparison_frame(comparison: RoleComparison, *, summary: bool = False) -> pd.DataFrame:
    """Credits of every required skill (rows) in every compared role (columns), or a summary."""
    pd = _pandas("to_dataframe()")
    matches = comparison.matches
    if summary:
        columns = ["role_id", "title", "sector", "rank", "score", "coverage", "utilisation"]
        rows = [
            (m.role_id, m.title, m.sector, m.rank, m.score, m.coverage, m.utilisation)
            for m in matches
        ]
        return pd.DataFrame(rows, columns=columns)
    credits = [
        {r.skill_id: r.credit for r in (*m.matched, *m.transferred, *m.gaps)} for m in matches
    ]
    skills = comparison.skills()
    data: dict[str, list[Any]] = {"label": [label for _, label in skills]}
    for match, credit in zip(matches, credits, strict=True):
        data[match.role_id] = [credit.get(skill_id, np.nan) for skill_id, _ in skills]
    return pd.DataFrame(data, index=pd.Index([s for s, _ in skills], name="skill_id"))


@overload
def similarity_matrix(
    taxonomy: Taxonomy | None = None,
    *,
    roles: Iterable[str] | None = None,
    format: Literal["dataframe"] = "dataframe",
    progress: Progress | bool | None = None,
) -> pd.DataFrame: ...


@overload
def similarity_matrix(
    taxonomy: Taxonomy | None = None,
    *,
    roles: Iterable[str] | None = None,
    format: Literal["csv"],
    progress: Progress | bool | None = None,
) -> str: ...


def similarity_matrix(
    taxonomy: Taxonomy | None = None,
    *,
    roles: Iterable[str] | None = None,
    format: Literal["dataframe", "csv"] = "dataframe",
    progress: Progress | bool | None = None,
) -> pd.DataFrame | str:
    """Score every role for a person who holds each role: a role-by-role matrix.

    Row *a*, column *b* is the score of role *b* for the requirements of role
    *a* at their levels, as :func:`similar_roles` gives it; the diagonal is 1.
    The matrix is not symmetric: a specialist role covers a generalist one
    better than the other way round.

    Parameters
    ----------
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    roles : iterable of str, optional
        Role ids for the rows and columns, in this order; default every role in
        taxonomy order.
    format : {'dataframe', 'csv'}
        A pandas DataFrame (rows and columns labelled by role id, needs pandas),
        or CSV text (header ``role_id,<ids...>``, six decimals, no pandas needed).
    progress : callable, bool or None
        ``callback(done, total)`` after each row, or ``True`` for a ``tqdm.auto`` bar.

    Examples
    --------
    >>> text = similarity_matrix(roles=["therapist", "school-counsellor"], format="csv")
    >>> print(text.splitlines()[0])
    role_id,therapist,school-counsellor
    """
    if format not in {"dataframe", "csv"}:
        msg = f"format must be 'dataframe' or 'csv', not {format!r}"
        raise ValueError(msg)
    taxonomy = taxonomy or default_taxonomy()
    engine = scoring_index(taxonomy)
    if roles is None:
        chosen = list(taxonomy.roles)
    else:
        ids = [roles] if isinstance(roles, str) else list(roles)
        chosen = [lookup_role(role_id, taxonomy=taxonomy) for role_id in dict.fromkeys(ids)]
    position = {role_id: i for i, role_id in enumerate(engine.role_ids)}
    columns = np.array([position[role.id] for role in chosen], dtype=np.int64)
    matrix = np.empty((len(chosen), len(chosen)))
    callback, close = start_progress(progress, len(chosen), unit="role")
    try:
        for row, role in enumerate(chosen):
            scores = start_scores(role_start(role, taxonomy), taxonomy)
            matrix[row] = scores.score[columns]
            if callback is not None:
                callback(row + 1, len(chosen))
    finally:
        close()
    ids = [role.id for role in chosen]
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["role_id", *ids])
        for role_id, values in zip(ids, matrix, strict=True):
            writer.writerow([role_id, *(f"{v:.6f}" for v in values)])
        return out.getvalue()
    pd = _pandas("similarity_matrix()")
    return pd.DataFrame(
        matrix,
        index=pd.Index(ids, name="role_id"),
        columns=pd.Index(ids, name="similar_role_id"),
    )
