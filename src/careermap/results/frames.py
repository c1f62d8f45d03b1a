"""Rankings and matches as pandas DataFrames (pandas is optional: ``careermap[notebook]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from careermap.base.optional import pandas

if TYPE_CHECKING:
    import pandas as pd

    from careermap.results.matches import Ranking, RequirementResult, RoleMatch

__all__ = ["match_frame", "ranking_frame", "requirement_row"]


def ranking_frame(ranking: Ranking) -> pd.DataFrame:
    """One row per match of *ranking* (see :meth:`careermap.Ranking.to_dataframe`)."""
    pd = pandas("to_dataframe()")
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


def requirement_row(result: RequirementResult) -> tuple[Any, ...]:
    """Return one requirement result as a DataFrame row."""
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
    pd = pandas("to_dataframe()")
    rows = [requirement_row(r) for r in (*match.matched, *match.transferred, *match.gaps)]
    return pd.DataFrame(rows, columns=_REQUIREMENT_COLUMNS)
