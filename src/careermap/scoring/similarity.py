"""The role-to-role similarity matrix, as a DataFrame or CSV (CSV needs no pandas)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Literal, overload

import numpy as np

from careermap.base.errors import OptionError
from careermap.base.optional import Progress, pandas, start_progress
from careermap.scoring.engine import scoring_index
from careermap.scoring.match import role_start, start_scores
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
) -> pd.DataFrame: ...


@overload
def similarity_matrix(
    roles: Iterable[str] | None = None,
    *,
    taxonomy: Taxonomy | None = None,
    format: Literal["csv"],
    progress: Progress | bool | None = None,
) -> str: ...


def similarity_matrix(
    roles: Iterable[str] | None = None,
    *,
    taxonomy: Taxonomy | None = None,
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
        raise OptionError(msg)
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
    pd = pandas("similarity_matrix()")
    return pd.DataFrame(
        matrix,
        index=pd.Index(ids, name="role_id"),
        columns=pd.Index(ids, name="similar_role_id"),
    )
