"""Plots of careermap results, for notebooks (needs matplotlib: ``careermap[notebook]``).

Every function draws with matplotlib's object-oriented API and returns the
:class:`~matplotlib.figure.Figure`. Without ``ax`` it makes a new figure that
pyplot does not track (nothing is shown, nothing is left open: display it by
leaving it as a cell's last value, or save it with ``fig.savefig``); with
``ax=`` it draws into that Axes and returns the figure that holds it.
matplotlib is imported only when a function is called.

Colours: direct matches, transfers and gaps use
:data:`careermap.base.html.KIND_COLOURS` (Okabe-Ito), as the HTML tables do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from careermap.base.html import KIND_COLOURS
from careermap.base.optional import require
from careermap.resolve.profile import ProfileInput, build_profile
from careermap.results.matches import Ranking, RequirementResult, RoleMatch
from careermap.scoring.engine import scoring_index
from careermap.scoring.match import profile_skills, rank_careers
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["plot_coverage", "plot_neighbourhood", "plot_sectors"]

_GREY = "#8c8c8c"
_LIGHT = "#ececec"
_LABEL = 40  # longest label drawn, in characters
_MIDDLE = 12  # most transferred skills a neighbourhood shows
_GAP_STYLE: dict[str, Any] = {
    "facecolor": "none",
    "edgecolor": KIND_COLOURS["gap"],
    "hatch": "///",
    "linewidth": 0.0,
}


def _short(text: str, length: int = _LABEL) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "\u2026"


def _canvas(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """Return (figure, axes): *ax* and its figure, or a new untracked figure."""
    if ax is not None:
        return cast("Figure", ax.figure), ax
    figure_module = require("matplotlib.figure", "careermap.plot")
    fig = cast("Figure", figure_module.Figure(figsize=size, layout="constrained"))
    return fig, fig.add_subplot()


def _legend(ax: Axes, kinds: Sequence[str], **kwargs: Any) -> None:
    patches = require("matplotlib.patches", "careermap.plot")
    handles = [
        patches.Patch(**_GAP_STYLE, label=k)
        if k == "gap"
        else patches.Patch(color=KIND_COLOURS[k], label=k)
        for k in kinds
    ]
    ax.legend(handles=handles, frameon=False, **kwargs)


def _how(result: RequirementResult) -> str:
    if result.kind == "gap":
        return f"gap, costs {result.cost:.0%}"
    text = f"via {_short(result.path[0].source_label, 32)}" if result.path else "direct"
    if result.source_level is not None and result.source_level < result.required_level:
        text += f", level {result.source_level}/{result.required_level}"
    return text


def plot_coverage(match: RoleMatch, *, ax: Axes | None = None) -> Figure:
    """Draw one bar per requirement of a match: its credit, coloured direct / transferred / gap.

    Requirements run top to bottom as the explanation lists them (matched,
    transferred, gaps most costly first); essential ones are in bold. A light
    bar behind each shows the full requirement, so a gap shows as an empty row
    with what it costs.

    Parameters
    ----------
    match : RoleMatch
        One match of a :class:`~careermap.Ranking` (or of another result).
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Examples
    --------
    >>> from careermap import rank_careers
    >>> fig = plot_coverage(rank_careers(["CBT:4", "active listening"], limit=1)[0])
    >>> len(fig.axes)
    1
    """
    results = [*match.matched, *match.transferred, *match.gaps]
    fig, ax = _canvas(ax, (9.5, 1.9 + 0.34 * len(results)))
    rows = list(range(len(results)))
    gap = KIND_COLOURS["gap"]
    ax.barh(rows, [1.0] * len(results), color=_LIGHT, height=0.72)
    ax.barh(
        rows,
        [r.credit for r in results],
        color=[KIND_COLOURS[r.kind] for r in results],
        height=0.72,
    )
    gaps = [row for row, r in zip(rows, results, strict=True) if r.kind == "gap"]
    ax.barh(gaps, [1.0] * len(gaps), height=0.72, **_GAP_STYLE)
    for row, result in zip(rows, results, strict=True):
        colour = gap if result.kind == "gap" else "#333333"
        ax.text(1.02, row, _how(result), va="center", fontsize=8.5, color=colour)
    ax.set_yticks(rows, [_short(r.label) for r in results])
    for tick, result in zip(ax.get_yticklabels(), results, strict=True):
        tick.set_fontweight("bold" if result.essential else "normal")
    ax.set_ylim(len(results) - 0.5, -0.5)  # first requirement on top
    # The bars run 0-1; the room to their right holds how each requirement was met.
    ax.set_xlim(0.0, 1.62)
    ax.set_xticks([0.0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.spines["bottom"].set_bounds(0.0, 1.0)
    ax.set_xlabel("credit: share of the requirement met (bold: essential)", loc="left")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(
        f"{_short(match.title, 40)}: score {match.score:.2f} "
        f"(coverage {match.coverage:.2f}, utilisation {match.utilisation:.2f})",
        loc="left",
        fontsize=11,
        pad=22,  # room for the legend between the title and the bars
    )
    _legend(
        ax,
        ["direct", "transferred", "gap"],
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=3,
        fontsize=8.5,
        borderaxespad=0.1,
        borderpad=0.2,
    )
    return fig


def _spread(count: int) -> list[float]:
    """Heights for *count* nodes of a column, top (1) to bottom (0), centred."""
    if count == 1:
        return [0.5]
    return [1.0 - i / (count - 1) for i in range(count)]


_COLUMNS = {"own": 0.0, "mid": 1.0, "role": 2.0}
_NODE_STYLE: dict[str, dict[str, Any]] = {
    "own": {"ha": "right", "fontsize": 9, "color": "#222222", "face": "white", "edge": "#222222"},
    "direct": {"ha": "center", "fontsize": 9, "face": "#e1eef7", "edge": KIND_COLOURS["direct"]},
    "transferred": {
        "ha": "center",
        "fontsize": 9,
        "face": "#fdf1d8",
        "edge": KIND_COLOURS["transferred"],
    },
    "role": {
        "ha": "left",
        "fontsize": 9.5,
        "fontweight": "bold",
        "face": "#e1eef7",
        "edge": KIND_COLOURS["direct"],
    },
}

Edge = tuple[str, str, float, str]  # (from node, to node, weight, kind)


def _neighbourhood(
    ranking: Ranking, matches: Sequence[RoleMatch]
) -> tuple[dict[str, tuple[str, str]], list[Edge]]:
    """Return the nodes to draw, as ``{node: (label, style)}``, and the edges.

    Nodes are ``own:<skill>`` (the person's skills), ``mid:<skill>`` (the
    required skills they earn credit for: the same skill, or one a transfer
    reaches) and ``role:<id>``. Every edge runs one column to the right.
    """
    nodes: dict[str, tuple[str, str]] = {}
    for entry in ranking.profile.resolved:
        nodes.setdefault(f"own:{entry.match.skill_id}", (_short(entry.match.label or ""), "own"))
    edges: list[Edge] = []
    for match in matches:
        role = f"role:{match.role_id}"
        nodes[role] = (f"{_short(match.title, 30)}  {match.score:.2f}", "role")
        for r in match.matched:
            nodes[f"mid:{r.skill_id}"] = (_short(r.label), "direct")
            edges.append((f"own:{r.skill_id}", f"mid:{r.skill_id}", 1.0, "direct"))
            edges.append((f"mid:{r.skill_id}", role, r.credit, "direct"))
        for r in match.transferred:
            nodes.setdefault(f"mid:{r.skill_id}", (_short(r.label), "transferred"))
            edges.append((f"own:{r.source_id}", f"mid:{r.skill_id}", r.path[0].weight, "step"))
            edges.append((f"mid:{r.skill_id}", role, r.credit, "transferred"))
    edges = list(dict.fromkeys(edges))
    # Every skill met directly, but only the strongest transfers, so the picture stays readable.
    strength = {n: 0.0 for n, (_, style) in nodes.items() if style == "transferred"}
    for source, _, weight, kind in edges:
        if source in strength and kind == "transferred":
            strength[source] += weight
    dropped = set(sorted(strength, key=lambda n: (-round(strength[n], 12), n))[_MIDDLE:])
    nodes = {n: value for n, value in nodes.items() if n not in dropped}
    return nodes, [e for e in edges if e[0] not in dropped and e[1] not in dropped]


def _heights(nodes: dict[str, tuple[str, str]], edges: Sequence[Edge]) -> dict[str, float]:
    """Place each column's nodes from 1 (top) to 0, by the mean height of their neighbours.

    Roles keep their rank order; then the middle column follows the roles, and
    the person's skills follow the middle column (a skill no role shown uses
    goes last).
    """
    y: dict[str, float] = {}

    def centre(node: str) -> float:
        linked = [y[b] for a, b, _, _ in edges if a == node and b in y]
        linked += [y[a] for a, b, _, _ in edges if b == node and a in y]
        return sum(linked) / len(linked) if linked else -1.0

    def place(kind: str, key: Callable[[str], tuple[float, str, str]] | None = None) -> None:
        column = [n for n in nodes if n.startswith(kind + ":")]
        if key is not None:
            column.sort(key=key)
        y.update(zip(column, _spread(len(column)), strict=True))

    def by_centre(node: str) -> tuple[float, str, str]:
        return (-centre(node), nodes[node][0].casefold(), node)

    place("role")  # in rank order
    place("mid", by_centre)  # near the roles that need them
    place("own", by_centre)  # near the skills they meet
    return y


def plot_neighbourhood(
    profile_or_ranking: ProfileInput | Ranking,
    *,
    taxonomy: Taxonomy | None = None,
    limit: int = 5,
    ax: Axes | None = None,
) -> Figure:
    """Draw a profile's neighbourhood: its skills -> skills they transfer to -> the top roles.

    Left, the person's skills; middle, the skills the top roles require that
    the person meets: blue, the same skill (a direct match); orange, a skill
    reached by a transfer relation or the skill hierarchy (the strongest
    twelve); right, the best roles with their scores. Thicker lines carry more
    credit. The person's skills that no role shown uses are grey.

    Parameters
    ----------
    profile_or_ranking : profile or Ranking
        A profile (anything :func:`rank_careers` accepts), or a ranking whose
        first *limit* matches are drawn.
    taxonomy : Taxonomy, optional
        For a profile: defaults to the bundled taxonomy.
    limit : int, default 5
        How many roles to draw.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Examples
    --------
    >>> fig = plot_neighbourhood(["CBT:4", "active listening", "crisis intervention"], limit=3)
    >>> len(fig.axes)
    1
    """
    if isinstance(profile_or_ranking, Ranking):
        ranking = profile_or_ranking
    else:
        ranking = rank_careers(profile_or_ranking, taxonomy=taxonomy, limit=limit)
    matches = ranking.matches[:limit]
    nodes, edges = _neighbourhood(ranking, matches)
    y = _heights(nodes, edges)
    columns = {kind: sum(1 for n in nodes if n.startswith(kind)) for kind in _COLUMNS}
    tallest = max(*columns.values(), 1)

    fig, ax = _canvas(ax, (11.0, 1.4 + 0.36 * tallest))
    for source, target, weight, kind in edges:
        ax.plot(
            [_COLUMNS[source.split(":", 1)[0]], _COLUMNS[target.split(":", 1)[0]]],
            [y[source], y[target]],
            color=KIND_COLOURS["direct" if kind == "direct" else "transferred"],
            linewidth=0.5 + 2.5 * weight,
            alpha=0.5,
            solid_capstyle="round",
            zorder=1,
        )
    used = {a for a, _, _, _ in edges}
    for node, (label, kind) in nodes.items():
        style = dict(_NODE_STYLE[kind])
        if kind == "own" and node not in used:  # a skill none of the roles shown uses
            style["color"] = style["edge"] = _GREY
        ax.text(
            _COLUMNS[node.split(":", 1)[0]],
            y[node],
            label,
            va="center",
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.3",
                "linewidth": 0.8,
                "facecolor": style.pop("face"),
                "edgecolor": style.pop("edge"),
            },
            **style,
        )
    for column, heading in ((0.0, "Your skills"), (1.0, "Required skills met"), (2.0, "Top roles")):
        ax.text(
            column,
            1.0 + 0.6 / tallest + 0.04,
            heading,
            ha="center",
            va="bottom",
            fontsize=10,
            color="#444444",
        )
    ax.set_xlim(-1.05, 3.05)
    ax.set_ylim(-0.6 / tallest - 0.04, 1.0 + 1.2 / tallest + 0.08)
    ax.set_axis_off()
    _legend(
        ax,
        ["direct", "transferred"],
        loc="lower center",
        ncol=2,
        fontsize=8.5,
        bbox_to_anchor=(0.5, -0.02),
    )
    return fig


def plot_sectors(
    profile: ProfileInput,
    *,
    taxonomy: Taxonomy | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Draw every role's score by sector, the best role of each sector named.

    One row per sector (best sector on top), a grey dot per role and a
    coloured dot, with its title, for the sector's best role: where in the
    labour market does this profile reach furthest?

    Parameters
    ----------
    profile : profile
        Anything :func:`rank_careers` accepts.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Examples
    --------
    >>> fig = plot_sectors(["CBT:4", "active listening", "recruitment"])
    >>> len(fig.axes)
    1
    """
    taxonomy = taxonomy or default_taxonomy()
    resolved = build_profile(profile, taxonomy=taxonomy)
    skills = profile_skills(resolved, taxonomy)
    engine = scoring_index(taxonomy)
    scores = engine.score(skills).score
    by_sector: dict[str, list[tuple[float, str]]] = {}
    for role, score in zip(taxonomy.roles, scores, strict=True):
        by_sector.setdefault(role.sector, []).append((float(score), role.id))
    # Best sector first; ties by sector id. Within a sector, best role, then id.
    order = sorted(by_sector, key=lambda s: (-round(max(by_sector[s])[0], 12), s))
    fig, ax = _canvas(ax, (9.0, 1.5 + 0.42 * len(order)))
    for row, sector in enumerate(order):
        values = [score for score, _ in by_sector[sector]]
        ax.scatter(values, [row] * len(values), s=22, color=_GREY, alpha=0.6, zorder=2)
        best_score, best_id = min(by_sector[sector], key=lambda v: (-round(v[0], 12), v[1]))
        ax.scatter([best_score], [row], s=60, color=KIND_COLOURS["direct"], zorder=3)
        right = best_score < 0.62
        ax.annotate(
            f"{_short(taxonomy.role_index[best_id].title, 40)}  {best_score:.2f}",
            (best_score, row),
            xytext=(7 if right else -7, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=8.5,
        )
    ax.set_yticks(
        list(range(len(order))),
        [_short(taxonomy.sector_index[s].label) for s in order],
    )
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(0.0, 1.0)
    ax.grid(axis="x", color=_LIGHT, zorder=0)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("score of each role (best of the sector named)")
    count = len(skills)
    ax.set_title(
        f"Roles by sector for {count} skill{'' if count == 1 else 's'}", loc="left", fontsize=11
    )
    return fig
