"""How rankings and matches show themselves: short ``repr`` texts and HTML for notebooks.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc
from careermap.resolve.display import maybe_held
from careermap.results.avoided import SetAside, reading_caution
from careermap.results.bands import weak_lead
from careermap.results.one_skill import hiring_line
from careermap.results.plain import told_little
from careermap.results.thin_heads import far_heads

if TYPE_CHECKING:
    from careermap.resolve.profile import Profile
    from careermap.results.matches import Ranking, RequirementResult, RoleMatch

__all__ = [
    "match_html",
    "match_repr",
    "ranking_html",
    "ranking_repr",
    "requirement_repr",
    "top_gaps",
]


def ranking_repr(ranking: Ranking) -> str:
    """``<Ranking: 10 roles for 8 skills; best Therapist (0.943)>``."""
    skills = len(ranking.profile.skills)
    unresolved = len(ranking.profile.unresolved)
    extra = f", {unresolved} not recognised" if unresolved else ""
    best = f"; best {ranking[0].title} ({ranking[0].score:.3f})" if len(ranking) else ""
    return f"<Ranking: {len(ranking)} roles for {skills} skills{extra}{best}>"


def match_repr(match: RoleMatch) -> str:
    """``<RoleMatch 1. Therapist [Clinic] score 0.943: 2 matched, 0 transferred, 1 gap>``."""
    gaps = len(match.gaps)
    return (
        f"<RoleMatch {match.rank}. {match.title} [{match.sector_label}] score {match.score:.3f} "
        f"({match.band}): "
        f"{len(match.matched)} matched, {len(match.transferred)} transferred, "
        f"{gaps} gap{'' if gaps == 1 else 's'}>"
    )


def requirement_repr(result: RequirementResult) -> str:
    """``<RequirementResult Teaching: transferred, credit 0.40>``."""
    return f"<RequirementResult {result.label}: {result.kind}, credit {result.credit:.2f}>"


def _profile_note(profile: Profile, set_aside: Sequence[SetAside] = ()) -> str:
    understood = [
        f"{esc(repr(entry.text))} &rarr; {esc(entry.match.label or '')} "
        f"(cosine {entry.match.cosine or 0:.2f})"
        for entry in profile.resolved
        if entry.match.method == "semantic"
    ]
    note = (
        f'<p style="{html.MUTED}">Understood by meaning (semantic): '
        + "; ".join(understood)
        + "</p>"
        if understood
        else ""
    )
    caution = reading_caution(profile, set_aside)
    if caution:
        note += f'<p style="color:{html.KIND_COLOURS["gap"]}"><strong>{esc(caution)}</strong></p>'
    if set_aside:
        note += f'<p style="{html.MUTED}">Not counted: ' + "; ".join(map(esc, map(str, set_aside)))
        note += "</p>"
    parts = []
    for entry in profile.unresolved:
        hint = ", ".join(esc(c.label) for c in entry.match.hints)
        parts.append(f"{esc(repr(entry.text))}" + (f" (did you mean {hint}?)" if hint else ""))
    if not parts:
        return note
    return (
        note
        + f'<p style="color:{html.KIND_COLOURS["gap"]}">Not recognised: '
        + "; ".join(parts)
        + "</p>"
    )


def top_gaps(match: RoleMatch, count: int = 3, maybe: Mapping[str, str] | None = None) -> str:
    """Return the labels of the first *count* gaps of *match*, escaped.

    A gap in *maybe* (:func:`careermap.resolve.display.maybe_held`) is marked as one the
    person may already have.
    """
    maybe = maybe or {}
    return ", ".join(
        esc(g.label) + (" (you may already have it)" if g.skill_id in maybe else "")
        for g in match.gaps[:count]
    )


def ranking_html(ranking: Ranking) -> str:
    """Show a ranking as a table: rank, role, sector, score, coverage, utilisation, gaps."""
    shown = ranking.matches[: html.MAX_ROWS]
    skills = len(ranking.profile.skills)
    maybe = maybe_held(ranking.profile)
    title = (
        f"<p><strong>Careers for {skills} skill{'' if skills == 1 else 's'}</strong>"
        f' <span style="{html.MUTED}">({esc(ranking.taxonomy)})</span></p>'
    )
    rows = [
        (
            str(m.rank),
            f"<strong>{esc(m.title)}</strong>"
            + (f'<br><small style="{html.MUTED}">{esc(m.only_in)}</small>' if m.only_in else ""),
            esc(m.sector_label),
            html.bar(m.score),
            m.band,
            f"{m.coverage:.3f}",
            f"{m.utilisation:.3f}",
            top_gaps(m, maybe=maybe),
        )
        for m in shown
    ]
    table = html.table(
        ["#", "Role", "Sector", "Score", "Band", "Coverage", "Utilisation", "First gaps"], rows
    )
    empty = "" if shown else f'<p style="{html.MUTED}">No role scores above zero.</p>'
    said = (
        ranking.thin,
        ranking.abroad,
        weak_lead(ranking.matches, told=told_little(ranking)),
        far_heads(ranking),
        ranking.lived,
        ranking.practice,
        ranking.starter,
    )
    lead = " ".join(s for s in said if s)  # thin first
    return html.box(
        "ranking",
        title + (f'<p style="color:{html.KIND_COLOURS["gap"]}">{esc(lead)}</p>' if lead else ""),
        table if shown else empty,
        html.more(len(shown), len(ranking.matches), "roles"),
        _profile_note(ranking.profile, ranking.set_aside),
    )


def _how(result: RequirementResult) -> str:
    if result.kind == "gap":
        return f"missing; costs {result.cost:.1%} of coverage"
    level = ""
    if result.source_level is not None and result.source_level < result.required_level:
        level = f" at level {result.source_level}/{result.required_level}"
    if result.kind == "direct":
        return f"you have it{level}"
    step = result.path[0]
    return (
        f"from your <strong>{esc(step.source_label)}</strong>{level}: "
        f'<span title="{esc(step.relation)}, {step.weight:g}">{esc(step.plain())}</span>'
    )


def match_html(match: RoleMatch) -> str:
    """One match: its scores, then every requirement (direct, transferred, gap) with its credit."""
    title = (
        f"<p><strong>{match.rank}. {esc(match.title)}</strong> [{esc(match.sector_label)}] "
        f"score <strong>{match.score:.3f}</strong> ({match.band}), "
        f"coverage {match.coverage:.3f}, utilisation {match.utilisation:.3f}</p>"
        + (f"<p>{esc(str(match.context))}</p>" if match.context is not None else "")
        + (
            f"<p><strong>Hiring:</strong> {esc(hiring_line(match))}</p>"
            if match.readiness is not None
            else ""
        )
        + (f"<p><strong>Where:</strong> {esc(match.only_in)}</p>" if match.only_in else "")
    )
    rows = [
        (
            html.kind_mark(r.kind),
            esc(r.label),
            "essential" if r.essential else "minor" if r.minor else "optional",
            str(r.required_level),
            _how(r),
            html.bar(r.credit, html.KIND_COLOURS[r.kind], width=50),
        )
        for r in (*match.matched, *match.transferred, *match.gaps)
    ]
    table = html.table(["", "Requirement", "Need", "Level", "How", "Credit"], rows)
    unused = ""
    if match.unused:
        unused = (
            f'<p style="{html.MUTED}">Unused strengths: ' + esc(", ".join(match.unused)) + "</p>"
        )
    return html.box("match", title, table, unused)
