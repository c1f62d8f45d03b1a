"""The layered figures of :mod:`careermap.plot`: a profile's neighbourhood and a career path.

Both lay their nodes out left to right in columns and draw each edge as a
curve from one label's edge to the next one's, under the labels, so no line
crosses a label. Labels are measured after the figure's layout is done, so the
columns fit the longest label of each at any figure width.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from careermap.base.html import KIND_COLOURS
from careermap.base.optional import require

if TYPE_CHECKING:
    from collections.abc import Sequence

    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    from careermap.exploration.paths import CareerPath
    from careermap.results.matches import RoleMatch

__all__ = ["GAP_STYLE", "draw_neighbourhood", "draw_pathway", "legend", "short"]

GREY = "#8c8c8c"
INK = "#222222"
_LABEL = 40  # longest label drawn, in characters
_NODE = 30  # longest skill label a neighbourhood draws
_MIDDLE = 16  # most required skills a neighbourhood shows
GAP_STYLE: dict[str, Any] = {
    "facecolor": "none",
    "edgecolor": KIND_COLOURS["gap"],
    "hatch": "///",
    "linewidth": 0.0,
}
_FACES = {"direct": "#e1eef7", "transferred": "#fdf1d8", "gap": "#fbe3d6", "own": "white"}


def short(text: str, length: int = _LABEL) -> str:
    """*text*, cut to *length* characters with an ellipsis."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "\u2026"


def legend(ax: Axes, kinds: Sequence[str], **kwargs: Any) -> None:
    """Add a legend of coloured patches for requirement *kinds* (direct, transferred, gap)."""
    patches = require("matplotlib.patches", "careermap.plot")
    handles = [
        patches.Patch(**GAP_STYLE, label=k)
        if k == "gap"
        else patches.Patch(color=KIND_COLOURS[k], label=k)
        for k in kinds
    ]
    ax.legend(handles=handles, frameon=False, **kwargs)


def _curve(ax: Axes, start: tuple[float, float], end: tuple[float, float], **style: Any) -> None:
    """Draw an S-shaped cubic curve from *start* to *end*, leaving and arriving level."""
    path_module = require("matplotlib.path", "careermap.plot")
    patches = require("matplotlib.patches", "careermap.plot")
    (x0, y0), (x1, y1) = start, end
    middle = (x0 + x1) / 2
    vertices = [(x0, y0), (middle, y0), (middle, y1), (x1, y1)]
    codes = [path_module.Path.MOVETO] + [path_module.Path.CURVE4] * 3
    ax.add_patch(
        patches.PathPatch(
            path_module.Path(vertices, codes), facecolor="none", capstyle="round", **style
        )
    )


def _extent(fig: Figure, ax: Axes, text: Text) -> tuple[float, float]:
    """Return the left and right of *text*'s box, in axes fractions."""
    box = text.get_bbox_patch()
    shape = box if box is not None else text
    extent = shape.get_window_extent(fig._get_renderer())  # type: ignore[attr-defined]
    inverse = ax.transAxes.inverted()
    (left, _), (right, _) = inverse.transform([(extent.x0, 0.0), (extent.x1, 0.0)])
    return float(left), float(right)


@dataclass
class _Node:
    label: str
    style: str  # own, direct, transferred, role
    edges: list[tuple[str, float, str]] = field(default_factory=list)  # (to, weight, colour kind)


def _graph(
    own: Sequence[tuple[str, str]], matches: Sequence[RoleMatch], per_role: int
) -> dict[str, _Node]:
    """Return the nodes ``own:<skill>``, ``mid:<skill>`` and ``role:<id>``, with edges to the right.

    Each role keeps the *per_role* requirements that earn it most (credit times
    weight); across roles, the middle column keeps the :data:`_MIDDLE` skills
    that earn the roles shown most.
    """
    nodes: dict[str, _Node] = {}
    for skill_id, label in own:
        nodes.setdefault(f"own:{skill_id}", _Node(short(label, _NODE), "own"))
    kept: list[tuple[RoleMatch, list[Any]]] = []
    strength: dict[str, float] = {}
    for match in matches:
        earned = sorted(
            (*match.matched, *match.transferred),
            key=lambda r: (-round(r.credit * r.weight, 12), r.label.casefold()),
        )[:per_role]
        kept.append((match, earned))
        for r in earned:
            strength[r.skill_id] = strength.get(r.skill_id, 0.0) + r.credit * r.weight
    middle = set(sorted(strength, key=lambda s: (-round(strength[s], 12), s))[:_MIDDLE])
    for match, earned in kept:
        shown = [r for r in earned if r.skill_id in middle]
        more = len(match.matched) + len(match.transferred) - len(shown)
        extra = f"  +{more}" if more else ""
        role = f"role:{match.role_id}"
        nodes[role] = _Node(f"{short(match.title)}  {match.score:.2f}{extra}", "role")
        for r in shown:
            mid = f"mid:{r.skill_id}"
            nodes.setdefault(mid, _Node(short(r.label, _NODE), r.kind))
            nodes[mid].edges.append((role, r.credit, r.kind))
            source = r.source_id if r.kind == "transferred" else r.skill_id
            weight = r.path[0].weight if r.path else 1.0
            if source is not None:
                owner = nodes.setdefault(
                    f"own:{source}", _Node(short(r.source_label or source, _NODE), "own")
                )
                if (mid, weight, r.kind) not in owner.edges:
                    owner.edges.append((mid, weight, r.kind))
    return nodes


def _order(nodes: dict[str, _Node]) -> dict[str, float]:
    """Heights from 1 (top) to 0 per column; roles in rank order, others near their links.

    A few sweeps of the barycentre heuristic: each middle skill goes to the
    mean height of the roles and skills it links, each of the person's skills
    to the mean of the middle skills it reaches; unlinked skills go last.
    """
    y: dict[str, float] = {}

    def spread(column: list[str]) -> None:
        count = len(column)
        y.update({n: 0.5 if count == 1 else 1.0 - i / (count - 1) for i, n in enumerate(column)})

    def centre(node: str) -> float:
        linked = [y[to] for to, _, _ in nodes[node].edges if to in y]
        linked += [
            y[a] for a, n in nodes.items() if a in y and any(to == node for to, _, _ in n.edges)
        ]
        return sum(linked) / len(linked) if linked else -1.0

    def sort(kind: str) -> None:
        column = [n for n in nodes if n.startswith(kind)]
        spread(sorted(column, key=lambda n: (-centre(n), nodes[n].label.casefold(), n)))

    spread([n for n in nodes if n.startswith("role:")])
    for kind in ("mid:", "own:", "mid:", "own:"):
        sort(kind)
    return y


def draw_neighbourhood(
    fig: Figure,
    ax: Axes,
    own: Sequence[tuple[str, str]],
    matches: Sequence[RoleMatch],
    *,
    per_role: int,
    resize: bool,
) -> Figure:
    """Draw the neighbourhood of :func:`careermap.plot.plot_neighbourhood` into *ax*.

    With *resize*, the figure's height follows the tallest column.
    """
    nodes = _graph(own, matches, per_role)
    y = _order(nodes)
    tallest = max(sum(1 for n in nodes if n.startswith(k)) for k in ("own:", "mid:", "role:"))
    if resize:
        fig.set_figheight(max(3.0, 1.3 + 0.3 * tallest))
    ax.set_xlim(0.0, 1.0)
    ax.set_ylim(-0.5 / tallest - 0.1, 1.0 + 0.5 / tallest + 0.06)
    ax.set_axis_off()
    used = {to for n in nodes.values() for to, _, _ in n.edges} | {
        name for name, n in nodes.items() if n.edges
    }
    texts: dict[str, Text] = {}
    for name, node in nodes.items():
        colour = INK if name in used else GREY
        edge = {"own": colour, "role": KIND_COLOURS["direct"]}.get(node.style)
        texts[name] = ax.text(
            0.0,
            y[name],
            node.label,
            va="center",
            ha={"own": "right", "role": "left"}.get(node.style, "left"),
            fontsize=9,
            fontweight="bold" if node.style == "role" else "normal",
            color=colour,
            zorder=3,
            bbox={
                "boxstyle": "round,pad=0.3",
                "linewidth": 0.8,
                "facecolor": _FACES.get(node.style, "white"),
                "edgecolor": edge or KIND_COLOURS[node.style],
            },
        )
    # Place the columns where the labels fit: measure at x = 0, then move.
    fig.draw_without_rendering()
    widths = {
        kind: max(
            (
                _extent(fig, ax, t)[1] - _extent(fig, ax, t)[0]
                for n, t in texts.items()
                if n.startswith(kind)
            ),
            default=0.0,
        )
        for kind in ("own:", "mid:", "role:")
    }
    # The edges into the roles fan in from many skills: give them more room.
    free = max(0.14, 1.0 - sum(widths.values()))
    x_own = widths["own:"]
    x_mid = x_own + 0.3 * free
    x_mid_right = x_mid + widths["mid:"]
    x_role = x_mid_right + 0.7 * free
    places = {"own:": x_own, "mid:": x_mid, "role:": x_role}
    pad = 0.004
    for name, text in texts.items():
        text.set_x(places[name[: name.index(":") + 1]] + (-pad if name.startswith("own:") else pad))
    fig.draw_without_rendering()
    for name, node in nodes.items():
        right = _extent(fig, ax, texts[name])[1]
        if name.startswith("mid:") and node.edges:
            # A thin leader to the column's right edge, where the edges to the roles leave.
            ax.plot(
                [right, x_mid_right + 2 * pad], [y[name]] * 2, color="#bbbbbb", lw=0.6, zorder=1
            )
            right = x_mid_right + 2 * pad
        for to, weight, kind in node.edges:
            target_left, _ = _extent(fig, ax, texts[to])
            _curve(
                ax,
                (right, y[name]),
                (target_left, y[to]),
                edgecolor=KIND_COLOURS["direct" if kind == "direct" else "transferred"],
                linewidth=0.6 + 2.4 * weight,
                alpha=0.55,
                zorder=1,
            )
    top = 1.0 + 0.5 / tallest + 0.02
    for kind, heading in (
        ("own:", "Your skills"),
        ("mid:", "Required skills you meet"),
        ("role:", "Top roles: score, +more skills met"),
    ):
        x = places[kind] - (widths[kind] if kind == "own:" else 0.0)
        ax.text(x, top, heading, ha="left", va="bottom", fontsize=10, color="#444444")
    legend(
        ax,
        ["direct", "transferred"],
        loc="lower center",
        ncol=2,
        fontsize=8.5,
        bbox_to_anchor=(0.5, -0.02),
    )
    return fig


def draw_pathway(fig: Figure, ax: Axes, path: CareerPath, start: str) -> Figure:
    """Draw the path of :func:`careermap.plot.plot_pathway` into *ax*."""
    count = len(path.steps) + 1
    ax.set_xlim(-0.6, count - 0.4)
    ax.set_ylim(-0.95, 1.0)
    ax.set_axis_off()
    box = {"boxstyle": "round,pad=0.5", "linewidth": 1.0}
    ax.text(
        0,
        0.15,
        textwrap.fill(start, 20),
        ha="center",
        va="center",
        fontsize=9.5,
        bbox={**box, "facecolor": "white", "edgecolor": INK},
        zorder=3,
    )
    gap = KIND_COLOURS["gap"]
    for n, step in enumerate(path.steps, start=1):
        last = n == len(path.steps)
        colour = KIND_COLOURS["direct"]
        ax.text(
            n,
            0.15,
            textwrap.fill(step.match.title, 20),
            ha="center",
            va="center",
            fontsize=9.5,
            fontweight="bold" if last else "normal",
            bbox={**box, "facecolor": _FACES["direct"], "edgecolor": colour},
            zorder=3,
        )
        ax.annotate(
            "",
            xy=(n - 0.36, 0.15),
            xytext=(n - 0.64, 0.15),
            arrowprops={"arrowstyle": "-|>", "color": INK, "lw": 1.2},
            zorder=2,
        )
        ax.text(
            n - 0.5,
            0.27,
            f"{step.score:.2f}",
            ha="center",
            va="bottom",
            fontsize=9.5,
            fontweight="bold",
        )
        gaps = [short(g.label, 26) for g in step.match.gaps[:3]]
        lines = ["to learn:", *gaps] if gaps else ["no gaps"]
        ax.text(
            n,
            -0.3,
            "\n".join(lines),
            ha="center",
            va="top",
            fontsize=8.5,
            color=gap if gaps else "#444444",
            linespacing=1.35,
        )
    patches = require("matplotlib.patches", "careermap.plot")
    ax.add_patch(
        patches.FancyArrowPatch(
            (0, 0.5),
            (count - 1, 0.5),
            connectionstyle="arc3,rad=-0.12",
            arrowstyle="-|>",
            mutation_scale=12,
            linestyle=(0, (4, 3)),
            color=GREY,
            lw=1.0,
            shrinkA=4,
            shrinkB=4,
            zorder=1,
        )
    )
    ax.text(
        (count - 1) / 2,
        0.78,
        f"direct move {path.direct_score:.2f}",
        ha="center",
        va="bottom",
        fontsize=8.5,
        color="#555555",
        bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
    )
    ax.set_title(
        f"Path to {short(path.steps[-1].match.title, 40)}: {path.score:.2f} "
        f"(product of the moves) against {path.direct_score:.2f} directly",
        loc="left",
        fontsize=11,
    )
    return fig
