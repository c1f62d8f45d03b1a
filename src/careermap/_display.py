"""How careermap objects show themselves: short ``repr`` texts and HTML for notebooks.

Every piece of text that comes from a person or a taxonomy (profile entries,
labels, titles, reasons, descriptions) is escaped with :func:`html.escape`, so
a label such as ``<script>`` shows as text. The HTML uses inline styles only and
no scripts; long rankings are cut at :data:`MAX_ROWS` rows with a note.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap._explore import RoleComparison, Upskilling
    from careermap._models import Role, Skill
    from careermap._paths import CareerPath, CareerPaths
    from careermap._profile import Profile
    from careermap._resolve import SkillMatch
    from careermap._results import Ranking, RequirementResult, RoleMatch

__all__ = [
    "KIND_COLOURS",
    "MAX_ROWS",
    "comparison_html",
    "comparison_repr",
    "match_html",
    "match_repr",
    "path_repr",
    "paths_html",
    "paths_repr",
    "ranking_html",
    "ranking_repr",
    "requirement_repr",
    "role_html",
    "role_repr",
    "skill_html",
    "skill_match_html",
    "skill_match_repr",
    "skill_repr",
    "upskilling_html",
    "upskilling_repr",
]

#: Colours of direct, transferred and gap requirements (Okabe-Ito: safe for colour blindness).
KIND_COLOURS = {"direct": "#0072B2", "transferred": "#E69F00", "gap": "#D55E00"}
#: Most rows an HTML table shows.
MAX_ROWS = 50

_MUTED = "color:#666"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _bar(value: float, colour: str = KIND_COLOURS["direct"], width: int = 70) -> str:
    """Return *value* with a small horizontal bar for it (0-1)."""
    share = max(0.0, min(1.0, value))
    return (
        '<span style="white-space:nowrap">'
        f'<span style="display:inline-block;width:{width}px;height:0.7em;background:#e3e3e3;'
        f'vertical-align:middle;margin-right:0.4em">'
        f'<span style="display:block;width:{share:.1%};height:100%;background:{colour}">'
        f"</span></span>{value:.3f}</span>"
    )


def _kind(kind: str) -> str:
    return f'<span style="color:{KIND_COLOURS[kind]}">&#9632;</span>&nbsp;{kind}'


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], *, numeric: int = 0) -> str:
    """Return an HTML table of HTML cells; the last *numeric* columns are right-aligned."""
    count = len(headers)

    def cell(tag: str, position: int, content: str) -> str:
        align = "right" if position >= count - numeric else "left"
        return f'<{tag} style="text-align:{align}">{content}</{tag}>'

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _box(kind: str, *parts: str) -> str:
    # No blank lines inside: Markdown renderers end an HTML block at a blank line.
    return f'<div class="careermap careermap-{kind}">' + "".join(parts) + "</div>"


def _more(shown: int, total: int, what: str) -> str:
    if total <= shown:
        return ""
    return f'<p style="{_MUTED}">... and {total - shown} more {what}</p>'


# --------------------------------------------------------------------------- repr


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


def skill_repr(skill: Skill) -> str:
    """``<Skill 'active-listening': Active listening>``."""
    return f"<Skill {skill.id!r}: {skill.label}>"


def role_repr(role: Role) -> str:
    """``<Role 'therapist': Therapist [clinic], 3 requirements>``."""
    count = len(role.requirements)
    return (
        f"<Role {role.id!r}: {role.title} [{role.sector}], "
        f"{count} requirement{'' if count == 1 else 's'}>"
    )


def skill_match_repr(match: SkillMatch) -> str:
    """``<SkillMatch 'CBT' -> Cognitive behavioural therapy [alias via 'CBT', 100]>``."""
    return f"<SkillMatch {match}>"


def path_repr(path: CareerPath) -> str:
    """``<CareerPath Therapist -> Teacher: 0.512 (direct 0.301)>``."""
    titles = " -> ".join(step.match.title for step in path.steps)
    return f"<CareerPath {titles}: {path.score:.3f} (direct {path.direct_score:.3f})>"


def paths_repr(paths: CareerPaths) -> str:
    """``<CareerPaths to Teacher: 2 paths beat the direct move (0.301); best 0.512>``."""
    best = f"; best {paths[0].score:.3f}" if len(paths) else ""
    return (
        f"<CareerPaths to {paths.direct.title}: {len(paths)} path"
        f"{'' if len(paths) == 1 else 's'} beat the direct move "
        f"({paths.direct.score:.3f}){best}>"
    )


def upskilling_repr(found: Upskilling) -> str:
    """``<Upskilling: 10 suggestions; first Teaching (+2 roles, +0.150)>``."""
    first = ""
    if len(found):
        top = found[0]
        first = f"; first {top.label} ({top.net_roles:+d} roles, {top.gain:+.3f})"
    return f"<Upskilling: {len(found)} suggestions{first}>"


def comparison_repr(comparison: RoleComparison) -> str:
    """``<RoleComparison: Therapist 0.943 | Teacher 0.653>``."""
    return (
        "<RoleComparison: "
        + " | ".join(f"{m.title} {m.score:.3f}" for m in comparison.matches)
        + ">"
    )


# --------------------------------------------------------------------------- HTML


def _profile_note(profile: Profile) -> str:
    parts = []
    for entry in profile.unresolved:
        hint = ", ".join(_e(c.label) for c in entry.match.alternatives[:3])
        parts.append(f"{_e(repr(entry.text))}" + (f" (did you mean {hint}?)" if hint else ""))
    if not parts:
        return ""
    return f'<p style="color:{KIND_COLOURS["gap"]}">Not recognised: ' + "; ".join(parts) + "</p>"


def _top_gaps(match: RoleMatch, count: int = 3) -> str:
    return ", ".join(_e(g.label) for g in match.gaps[:count])


def ranking_html(ranking: Ranking) -> str:
    """Show a ranking as a table: rank, role, sector, score, coverage, utilisation, gaps."""
    shown = ranking.matches[:MAX_ROWS]
    skills = len(ranking.profile.skills)
    title = (
        f"<p><strong>Careers for {skills} skill{'' if skills == 1 else 's'}</strong>"
        f' <span style="{_MUTED}">({_e(ranking.taxonomy)})</span></p>'
    )
    rows = [
        (
            str(m.rank),
            f"<strong>{_e(m.title)}</strong>",
            _e(m.sector_label),
            _bar(m.score),
            m.band,
            f"{m.coverage:.3f}",
            f"{m.utilisation:.3f}",
            _top_gaps(m),
        )
        for m in shown
    ]
    table = _table(
        ["#", "Role", "Sector", "Score", "Band", "Coverage", "Utilisation", "First gaps"], rows
    )
    empty = "" if shown else f'<p style="{_MUTED}">No role scores above zero.</p>'
    return _box(
        "ranking",
        title,
        table if shown else empty,
        _more(len(shown), len(ranking.matches), "roles"),
        _profile_note(ranking.profile),
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
        f'via <span title="{_e(step.reason)}">{_e(step.source_label)}</span> '
        f"({_e(step.relation)}, {step.weight:g}){level}"
    )


def match_html(match: RoleMatch) -> str:
    """One match: its scores, then every requirement (direct, transferred, gap) with its credit."""
    title = (
        f"<p><strong>{match.rank}. {_e(match.title)}</strong> [{_e(match.sector_label)}] "
        f"score <strong>{match.score:.3f}</strong> ({match.band}), "
        f"coverage {match.coverage:.3f}, utilisation {match.utilisation:.3f}</p>"
        + (f"<p>{_e(str(match.context))}</p>" if match.context is not None else "")
    )
    rows = [
        (
            _kind(r.kind),
            _e(r.label),
            "essential" if r.essential else "minor" if r.minor else "optional",
            str(r.required_level),
            _how(r),
            _bar(r.credit, KIND_COLOURS[r.kind], width=50),
        )
        for r in (*match.matched, *match.transferred, *match.gaps)
    ]
    table = _table(["", "Requirement", "Need", "Level", "How", "Credit"], rows)
    unused = ""
    if match.unused:
        unused = f'<p style="{_MUTED}">Unused strengths: ' + _e(", ".join(match.unused)) + "</p>"
    return _box("match", title, table, unused)


def _fields(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f'<tr><th style="text-align:left">{name}</th><td style="text-align:left">{value}</td></tr>'
        for name, value in pairs
        if value
    )
    return f"<table><tbody>{rows}</tbody></table>"


def skill_html(skill: Skill) -> str:
    """Show a skill: label, id, aliases, category, broader skills, codes and description."""
    return _box(
        "skill",
        f"<p><strong>{_e(skill.label)}</strong> <code>{_e(skill.id)}</code></p>",
        _fields(
            [
                ("Aliases", _e(", ".join(skill.aliases))),
                ("Category", _e(skill.category or "")),
                ("Broader", _e(", ".join(skill.broader))),
                ("Codes", _e(", ".join(f"{k}: {v}" for k, v in sorted(skill.codes.items())))),
                ("Description", _e(skill.description)),
            ]
        ),
    )


def role_html(role: Role) -> str:
    """Show a role: title, sector, codes and description, then its requirements."""
    rows = [
        (
            f"<code>{_e(req.skill)}</code>",
            req.importance.value,
            f"{req.weight:g}",
            str(req.level),
        )
        for req in role.requirements
    ]
    return _box(
        "role",
        f"<p><strong>{_e(role.title)}</strong> <code>{_e(role.id)}</code> [{_e(role.sector)}]</p>",
        _fields(
            [
                ("Aliases", _e(", ".join(role.aliases))),
                ("O*NET-SOC", _e(role.onet_soc or "")),
                ("Codes", _e(", ".join(f"{k}: {v}" for k, v in sorted(role.codes.items())))),
                ("Description", _e(role.description)),
            ]
        ),
        _table(["Skill", "Importance", "Weight", "Level"], rows, numeric=2),
    )


def skill_match_html(match: SkillMatch) -> str:
    """How a text resolved: the skill and method, or no match; then the alternatives."""
    if match.skill_id is None:
        head = f"<p>{_e(repr(match.query))}: <strong>no match</strong></p>"
    else:
        via = f" via {_e(repr(match.matched_name))}" if match.method in {"alias", "fuzzy"} else ""
        head = (
            f"<p>{_e(repr(match.query))} &rarr; <strong>{_e(match.label)}</strong> "
            f"<code>{_e(match.skill_id)}</code> ({match.method}{via}, {match.score:.0f})</p>"
        )
    alternatives = ""
    if match.alternatives:
        what = "Suggestions" if match.skill_id is None else "Alternatives"
        alternatives = f'<p style="{_MUTED}">{what}: ' + (
            ", ".join(f"{_e(c.label)} ({c.score:.0f})" for c in match.alternatives) + "</p>"
        )
    return _box("skill-match", head, alternatives)


def paths_html(paths: CareerPaths) -> str:
    """Show the direct move, then one row per path: roles, step scores and first gaps."""
    direct = paths.direct
    head = (
        f"<p><strong>Paths to {_e(direct.title)}</strong>: the direct move scores "
        f"<strong>{direct.score:.3f}</strong>"
        + (f"; its first gaps: {_top_gaps(direct)}" if direct.gaps else "")
        + "</p>"
    )
    if not paths.paths:
        return _box(
            "paths",
            head,
            f'<p style="{_MUTED}">No path of at most {paths.max_steps} steps beats it.</p>',
        )
    rows = []
    for n, path in enumerate(paths.paths, start=1):
        steps = " &rarr; ".join(
            f"{_e(step.match.title)} <small>({step.score:.2f})</small>" for step in path.steps
        )
        gaps = "<br>".join(
            f"{_e(step.match.title)}: {_top_gaps(step.match, 2) or 'none'}" for step in path.steps
        )
        rows.append((str(n), steps, _bar(path.score), f"{path.gain:+.3f}", gaps))
    table = _table(["#", "Path (step scores)", "Path score", "vs direct", "First gaps"], rows)
    return _box("paths", head, table)


def upskilling_html(found: Upskilling) -> str:
    """One row per suggested skill: roles crossing the threshold, gain, roles it raises most."""
    head = (
        f"<p><strong>Skills to add</strong> (at level {found.level}): now "
        f"{found.roles_above} roles score {found.threshold:g} or more; "
        f"the best {found.top} sum to {found.top_total:.3f}</p>"
    )
    rows = [
        (
            str(s.rank),
            f"<strong>{_e(s.label)}</strong>",
            f"{s.net_roles:+d}" + (f" <small>(-{s.roles_lost})</small>" if s.roles_lost else ""),
            f"{s.gain:+.3f}",
            "<br>".join(f"{_e(c.title)} {c.before:.2f}&rarr;{c.after:.2f}" for c in s.raises[:3]),
        )
        for s in found.suggestions
    ]
    return _box(
        "upskilling",
        head,
        _table(["#", "Skill", "Roles over threshold", "Best scores", "Raises most"], rows),
    )


def comparison_html(comparison: RoleComparison) -> str:
    """Roles as columns: their scores, then the credit each required skill earns in each."""
    matches = comparison.matches
    headers = ["", *(f"{_e(m.title)}<br><small>{_e(m.sector_label)}</small>" for m in matches)]
    summary = [
        ("rank", [str(m.rank) for m in matches]),
        ("score", [_bar(m.score, width=50) for m in matches]),
        ("coverage", [f"{m.coverage:.3f}" for m in matches]),
        ("utilisation", [f"{m.utilisation:.3f}" for m in matches]),
    ]
    by_role = [{r.skill_id: r for r in (*m.matched, *m.transferred, *m.gaps)} for m in matches]
    rows = [(f"<strong>{name}</strong>", *values) for name, values in summary]
    for skill_id, label in comparison.skills():
        cells = []
        for required in by_role:
            result = required.get(skill_id)
            if result is None:
                cells.append(f'<span style="{_MUTED}">&ndash;</span>')
            else:
                colour = KIND_COLOURS[result.kind]
                cells.append(f'<span style="color:{colour}">&#9632;</span> {result.credit:.2f}')
        rows.append((_e(label), *cells))
    legend = " ".join(_kind(k) for k in KIND_COLOURS)
    return _box(
        "comparison",
        f"<p><strong>{len(matches)} roles side by side</strong> &nbsp; {legend}</p>",
        _table(headers, rows),
    )
