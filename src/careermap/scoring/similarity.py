"""The role-to-role similarity matrix, as a DataFrame or CSV (CSV needs no pandas)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Literal, overload

import numpy as np

from careermap.base.errors import OptionError
from careermap.base.optional import Progress, pandas, start_progress
from careermap.scoring.engine import scoring_index
from careermap.scoring.start import role_start, start_scores
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.lookup import lookup_role
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd

__all__ = ["similarity_matrix"]


@overload
def similarity_matrix(
    roles: Iterable[str] | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    format: Literal["dataframe"] = "dataframe",
    progress: Progress | bool | None = None,
    labels: Literal["title", "id"] = "title",
) -> pd.DataFrame: ...


@overload
def similarity_matrix(
    roles: Iterable[str] | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    format: Literal["csv"],
    progress: Progress | bool | None = None,
    labels: Literal["title", "id"] = "title",
) -> str: ...


def similarity_matrix(
    roles: Iterable[str] | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    format: Literal["dataframe", "csv"] = "dataframe",
    progress: Progress | bool | None = None,
    labels: Literal["title", "id"] = "title",
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
        A pandas DataFrame (needs pandas), or CSV text (header
        ``role_id,<ids...>``, six decimals, no pandas needed).
    progress : callable, bool or None
        ``callback(done, total)`` after each row, or ``True`` for a ``tqdm.auto`` bar.
    labels : {'title', 'id'}, default 'title'
        How the DataFrame names its rows and columns: by role title, for
        people (a title two roles share gets its id in brackets), or by role
        id, for code. The CSV always uses ids.

    Examples
    --------
    >>> text = similarity_matrix(roles=["therapist", "school-counsellor"], format="csv")
    >>> print(text.splitlines()[0])
    role_id,therapist,school-counsellor
    >>> list(similarity_matrix(roles=["therapist", "school-counsellor"]).columns)
    ['Therapist', 'School counsellor']
    """
    if format not in {"dataframe", "csv"}:
        msg = f"format must be 'dataframe' or 'csv', not {format!r}"
        raise OptionError(msg)
    if labels not in {"title", "id"}:
        msg = f"labels must be 'title' or 'id', not {labels!r}"
        raise OptionError(msg)
    taxonomy = taxonomy or default_taxonomy()
    engine = scoring_index(taxonomy)
    if roles is None:
        chosen = list(taxonomy.roles)
    else:
        ids = [roles] if isinstance(roles, str) else list(roles)
        chosen = [lookup_role(role_id, taxonomy=taxonomy) for role_id in dict.fromkeys(ids)]
    position = engine.role_pos
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
    pd = pandas("similarity_matrix()")
    if labels == "id":
        return pd.DataFrame(
            matrix,
            index=pd.Index(ids, name="role_id"),
            columns=pd.Index(ids, name="similar_role_id"),
        )
    titles = [role.title for role in chosen]
    shared = {t for t in titles if titles.count(t) > 1}
    names = [f"{r.title} ({r.id})" if r.title in shared else r.title for r in chosen]
    return pd.DataFrame(
        matrix,
        index=pd.Index(names, name="role"),
        columns=pd.Index(names, name="similar_role"),
    )
