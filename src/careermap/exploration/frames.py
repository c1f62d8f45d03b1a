"""Pathways, upskilling and comparisons as pandas DataFrames (``careermap[notebook]``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from careermap.base.optional import pandas

if TYPE_CHECKING:
    import pandas as pd

    from careermap.exploration.compare import RoleComparison
    from careermap.exploration.paths import CareerPaths
    from careermap.exploration.upskilling import Upskilling

__all__ = ["comparison_frame", "paths_frame", "upskilling_frame"]


def paths_frame(paths: CareerPaths) -> pd.DataFrame:
    """One row per step of every path, with the path's number (1 = best) and score."""
    pd = pandas("to_dataframe()")
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
    """One row per suggested skill, best first.

    With targets, ``serves`` names the target roles each skill serves (``"; "`` between
    titles) and the frame's ``attrs["targets"]`` lists the targets, each with its role
    id, title, score now and readiness verdict; without targets ``serves`` is empty.
    """
    pd = pandas("to_dataframe()")
    columns = [
        "rank",
        "skill_id",
        "label",
        "level",
        "roles_gained",
        "roles_lost",
        "net_roles",
        "gain",
        "demand",
        "asked_by",
        "raises_most",
        "serves",
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
            s.demand,
            len(s.asked_by),
            s.raises[0].title if s.raises else None,
            "; ".join(change.title for change in s.serves) if s.targets else None,
        )
        for s in found.suggestions
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame.attrs["targets"] = [
        {
            "role_id": t.role_id,
            "title": t.title,
            "score": t.score,
            "readiness": None if t.readiness is None else str(t.readiness),
        }
        for t in found.targets
    ]
    return frame


def comparison_frame(comparison: RoleComparison, *, summary: bool = False) -> pd.DataFrame:
    """Credits of every required skill (rows) in every compared role (columns), or a summary."""
    pd = pandas("to_dataframe()")
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
