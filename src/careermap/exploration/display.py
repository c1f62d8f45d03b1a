"""How pathways, upskilling and comparisons show themselves: ``repr`` texts and HTML.

Built from the primitives of :mod:`careermap.base.html`; every text from a person
or a taxonomy is escaped there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from careermap.base import html
from careermap.base.html import escape as esc
from careermap.resolve.display import maybe_held
from careermap.results.display import top_gaps
from careermap.results.plain import maybe_note

if TYPE_CHECKING:
    from careermap.exploration.compare import RoleComparison
    from careermap.exploration.paths import CareerPath, CareerPaths
    from careermap.exploration.upskilling import RoleChange, Upskilling

__all__ = [
    "already_noted",
    "comparison_html",
    "comparison_repr",
    "nothing_to_suggest",
    "path_repr",
    "paths_html",
    "paths_repr",
    "rise",
    "starting_point",
    "upskilling_html",
    "upskilling_order",
    "upskilling_repr",
]


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


def starting_point(found: Upskilling) -> str:
    """Say how many roles are within reach now, and which were left out as out of reach."""
    above = found.roles_above
    if found.targets:
        wanted = len(found.targets)
        long = sum(target.long_step for target in found.targets)
        return (
            f"Towards your {wanted} target {'role' if wanted == 1 else 'roles'} (their scores "
            f"sum to {found.top_total:.3f}): {above or 'none'} "
            f"{'score' if above > 1 else 'scores'} "
            f"{found.min_score:g} or more"
            + (
                f", not counting the {long} that need{'s' if long == 1 else ''} more than a skill"
                " first"
                if long
                else ""
            )
        )
    text = (
        f"{above} {'role scores' if above == 1 else 'roles score'} {found.min_score:g} or more; "
        f"the best {found.top} sum to {found.top_total:.3f}"
    )
    if found.out_of_reach:
        out = found.out_of_reach
        text += (
            f" (leaving out {out} {'role' if out == 1 else 'roles'} that need a degree, "
            "licence, supervised practice or lived experience first)"
        )
    return text


def nothing_to_suggest(found: Upskilling) -> str:
    """Say why an upskilling suggests no skill, as it is true of *found*.

    Without targets and with no advised role, no post the person could take was found
    to draw skills from: saying every skill is theirs already was untrue of a person who
    holds one or two (twenty-seventh round, a counsellor's review, P10).

    Examples
    --------
    >>> from careermap import upskilling
    >>> found = upskilling(["CBT:4"], candidates=[], limit=3)
    >>> print(nothing_to_suggest(found.model_copy(update={"advised": ()})))
    ... # doctest: +NORMALIZE_WHITESPACE
    no skill to suggest: no post you could take now or after a step was found to draw
    skills from (the others need a degree, licence, supervised practice or lived
    experience first)
    """
    if not found.targets and not found.advised:
        return (
            "no skill to suggest: no post you could take now or after a step was found to "
            "draw skills from (the others need a degree, licence, supervised practice or "
            "lived experience first)"
        )
    return (
        "no skill to suggest: every skill these roles ask for is yours already, close to "
        "one of yours, or covered by your credentials or current job"
    )


def rise(scores: str, gain: float, *, one: bool = False) -> str:
    """Say how much *scores* rise, added up, in words a client reads (review 29b).

    A sum of several scores runs above 1 though each runs from 0 to 1, so it is said
    to be shared "between them"; *one*: *scores* names a single score.

    Examples
    --------
    >>> rise("your best 10 scores", 1.416)
    'your best 10 scores rise by 1.42 between them'
    >>> rise("your target role's score", 0.0812, one=True)
    "your target role's score rises by 0.08"
    >>> rise("your best 10 scores", 0.003), rise("your best 10 scores", 0.0)
    ('your best 10 scores rise by under 0.01 between them', 'your best 10 scores do not rise')
    """
    if gain <= 0.0:
        return f"{scores} {'does' if one else 'do'} not rise"
    by = f"{gain:.2f}" if gain >= 0.005 else "under 0.01"
    return f"{scores} {'rises' if one else 'rise'} by {by}" + ("" if one else " between them")


def upskilling_order(found: Upskilling) -> str:
    """Say in plain words how the suggestions are ordered."""
    if found.targets:
        return (
            "Skills come first when your target roles ask for them by name (an essential "
            "requirement counts twice), and more so when few other roles ask for them: such "
            "a skill marks out those careers. Then come the target roles each brings to "
            f"{found.min_score:g} or more, then the rise of their scores, added up. A target "
            "that needs a degree, licence, supervised practice, lived experience or "
            "experience of the work first still counts for what it asks for, but no skill "
            "brings it within reach."
        )
    advised = len(found.advised)
    roles = "role" if advised == 1 else f"{advised} roles"
    if found.gated:
        return (
            f"No post you could take now or after a step was found, so skills come first when "
            f"the nearest {roles} ask for them by name (an essential requirement counts "
            "twice), and more so when few other roles ask for them. Each needs a degree, "
            "licence, supervised practice or lived experience first: learning a skill does "
            "not close that, but what they ask for is worth learning on the way."
        )
    return (
        f"Skills come first when your best {roles} in advice order ask for them by name "
        "(an essential requirement counts twice), and more so when few other roles ask for "
        "them: such a skill marks out those careers, where one that most roles list seldom "
        f"stands between you and a move. Then come the roles each brings to "
        f"{found.min_score:g} or more, then the rise of the best scores, added up. A role "
        "that does not use a skill keeps its score: learning it takes nothing away. These are "
        "careermap's best roles for you, not necessarily the ones you want: naming those "
        "as your targets orders the skills towards them instead."
    )


def already_noted(found: Upskilling) -> dict[str, str]:
    """Return, for each suggested skill a text of the person's suggests, what to say of it.

    A text that matched nothing may name a skill careermap then advises learning
    (:func:`careermap.resolve.display.maybe_held`): as with a gap, a counsellor would ask
    first, so the advice says so, quoting the text (twenty-eighth round, review 28 P11).

    Examples
    --------
    >>> from careermap import upskilling
    >>> already_noted(upskilling(["CBT:4"], limit=3))
    {}
    """
    maybe = maybe_held(found.profile)
    return {s.skill_id: maybe_note(maybe[s.skill_id]) for s in found if s.skill_id in maybe}


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


def paths_html(paths: CareerPaths) -> str:
    """Show the direct move, then one row per path: roles, step scores and first gaps."""
    direct = paths.direct
    head = (
        f"<p><strong>Paths to {esc(direct.title)}</strong>: the direct move scores "
        f"<strong>{direct.score:.3f}</strong>"
        + (f"; its first gaps: {top_gaps(direct)}" if direct.gaps else "")
        + "</p>"
    )
    if not paths.paths:
        return html.box(
            "paths",
            head,
            f'<p style="{html.MUTED}">No path of at most {paths.max_steps} steps beats it.</p>',
        )
    rows = []
    for n, path in enumerate(paths.paths, start=1):
        steps = " &rarr; ".join(
            f"{esc(step.match.title)} <small>({step.score:.2f})</small>" for step in path.steps
        )
        gaps = "<br>".join(
            f"{esc(step.match.title)}: {top_gaps(step.match, 2) or 'none'}" for step in path.steps
        )
        rows.append((str(n), steps, html.bar(path.score), f"{path.gain:+.3f}", gaps))
    table = html.table(["#", "Path (step scores)", "Path score", "vs direct", "First gaps"], rows)
    return html.box("paths", head, table)


def upskilling_html(found: Upskilling) -> str:
    """One row per suggested skill: advised roles asking for it, roles over, gain, raises."""
    if found.targets:
        return _towards_html(found)
    head = (
        f"<p><strong>Skills to add</strong> (at level {found.level}): now "
        f"{esc(starting_point(found))}</p><p><small>{esc(upskilling_order(found))}</small></p>"
    )
    noted = already_noted(found)
    rows = [
        (
            str(s.rank),
            f"<strong>{esc(s.label)}</strong>" + _noted(noted.get(s.skill_id)),
            _changes(s.asked_by),
            f"{s.net_roles:+d}",
            _by(s.gain),
            _changes(s.opens),
            _changes(s.raises),
        )
        for s in found.suggestions
    ]
    headers = [
        "#",
        "Skill",
        "Asked for by (advised now)",
        "Roles over threshold",
        f"Your best {found.top} scores rise by (between them)",
        "Opens",
        "Raises most",
    ]
    return html.box("upskilling", head, html.table(headers, rows))


def _by(gain: float) -> str:
    """Return a rise of scores added up for an HTML cell: "1.42", "under 0.01" or "none"."""
    return "none" if gain <= 0.0 else f"{gain:.2f}" if gain >= 0.005 else "under 0.01"


def _noted(note: str | None) -> str:
    """Return a suggestion's note that the person may already have it, for an HTML cell."""
    return "" if note is None else f"<br><small>({esc(note)})</small>"


def _towards_html(found: Upskilling) -> str:
    """Upskilling towards target roles: each target with its verdict, then the skills."""
    targets = "".join(f"<li>{esc(str(target))}</li>" for target in found.targets)
    head = (
        f"<p><strong>Skills to add</strong> (at level {found.level}). "
        f"{esc(starting_point(found))}:</p><ul>{targets}</ul>"
        f"<p><small>{esc(upskilling_order(found))}</small></p>"
    )
    noted = already_noted(found)
    rows = [
        (
            str(s.rank),
            f"<strong>{esc(s.label)}</strong>" + _noted(noted.get(s.skill_id)),
            _changes(s.serves, limit=None),
            f"{len(s.asked_by)} of {s.targets}",
            f"{s.net_roles:+d}",
            _by(s.gain),
        )
        for s in found.suggestions
    ]
    headers = [
        "#",
        "Skill",
        "Serves (your targets)",
        "Asked for by",
        "Targets over threshold",
        "Your target scores rise by (between them)",
    ]
    return html.box("upskilling", head, html.table(headers, rows))


def _changes(changes: Sequence[RoleChange], limit: int | None = 3) -> str:
    """Up to *limit* roles with their scores before and after, one a line."""
    return "<br>".join(f"{esc(c.title)} {c.before:.2f}&rarr;{c.after:.2f}" for c in changes[:limit])


def comparison_html(comparison: RoleComparison) -> str:
    """Roles as columns: their scores, then the credit each required skill earns in each."""
    matches = comparison.matches
    headers = [
        "",
        *(f"{esc(m.title)}<br><small>{esc(m.sector_label)}</small>" for m in matches),
    ]
    summary = [
        ("rank", [str(m.rank) for m in matches]),
        ("score", [html.bar(m.score, width=50) for m in matches]),
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
                cells.append(f'<span style="{html.MUTED}">&ndash;</span>')
            else:
                colour = html.KIND_COLOURS[result.kind]
                cells.append(f'<span style="color:{colour}">&#9632;</span> {result.credit:.2f}')
        rows.append((esc(label), *cells))
    legend = " ".join(html.kind_mark(k) for k in html.KIND_COLOURS)
    return html.box(
        "comparison",
        f"<p><strong>{len(matches)} roles side by side</strong> &nbsp; {legend}</p>",
        html.table(headers, rows),
    )
