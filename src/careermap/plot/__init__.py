"""Plots of careermap results, for notebooks (needs matplotlib: ``careermap[notebook]``).

Every function draws with matplotlib's object-oriented API and returns the
:class:`~matplotlib.figure.Figure`. Without ``ax`` it makes a new figure that
pyplot does not track (nothing is shown, nothing is left open: display it by
leaving it as a cell's last value, or save it with ``fig.savefig``); with
``ax=`` it draws into that Axes and returns the figure that holds it.
matplotlib is imported only when a function is called.

Each function takes what a person naturally has at hand (a ranking, one of
its matches, a role id with the profile) and says what it takes when given
something else.

Colours: direct matches, transfers and gaps use
:data:`careermap.base.html.KIND_COLOURS` (Okabe-Ito), as the HTML tables do.
"""

from __future__ import annotations

import typing as _typing
from typing import cast as _cast

from careermap.base.html import KIND_COLOURS as _KIND_COLOURS
from careermap.base.optional import require as _require
from careermap.exploration.paths import CareerPath as _CareerPath
from careermap.exploration.paths import CareerPaths as _CareerPaths
from careermap.exploration.paths import career_paths as _career_paths
from careermap.plot._network import GAP_STYLE as _GAP_STYLE
from careermap.plot._network import draw_neighbourhood as _draw_neighbourhood
from careermap.plot._network import draw_pathway as _draw_pathway
from careermap.plot._network import legend as _legend
from careermap.plot._network import short as _short
from careermap.resolve.profile import Profile as _Profile
from careermap.resolve.profile import build_profile as _build_profile
from careermap.results.matches import Ranking as _Ranking
from careermap.results.matches import RequirementResult as _RequirementResult
from careermap.results.matches import RoleMatch as _RoleMatch
from careermap.scoring.engine import scoring_index as _scoring_index
from careermap.scoring.match import profile_skills as _profile_skills
from careermap.scoring.match import rank_careers as _rank_careers
from careermap.taxonomy.load import default_taxonomy as _default_taxonomy
from careermap.taxonomy.lookup import lookup_role as _lookup_role
from careermap.taxonomy.models import Taxonomy as _Taxonomy

if _typing.TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from careermap.resolve.profile import ProfileInput

__all__ = ["plot_coverage", "plot_neighbourhood", "plot_pathway", "plot_sectors"]


def __dir__() -> list[str]:  # tab completion offers the plots only
    return sorted(__all__)


_GREY = "#8c8c8c"
_LIGHT = "#ececec"


def _canvas(ax: Axes | None, size: tuple[float, float]) -> tuple[Figure, Axes]:
    """Return (figure, axes): *ax* and its figure, or a new untracked figure."""
    if ax is not None:
        return _cast("Figure", ax.figure), ax
    figure_module = _require("matplotlib.figure", "careermap.plot")
    fig = _cast("Figure", figure_module.Figure(figsize=size, layout="constrained"))
    return fig, fig.add_subplot()


def _kind_of(value: object) -> str:
    return f"{type(value).__name__} {value!r}"[:120]


def _the_match(what: object, role: str | None, function: str) -> _RoleMatch:
    """Return the RoleMatch a plot of one role draws: *what* itself, or *role* of a ranking."""
    if isinstance(what, _RoleMatch):
        return what
    if isinstance(what, _Ranking):
        if role is None:
            if not len(what):
                msg = f"{function}: the ranking is empty; there is no match to draw"
                raise ValueError(msg)
            return what[0]
        for match in what:
            if role in {match.role_id, match.title}:
                return match
        msg = (
            f"{function}: role {role!r} is not among the {len(what)} roles of this ranking; "
            "rank with limit=None, or pass the profile and role=..."
        )
        raise ValueError(msg)
    if isinstance(what, str):
        msg = (
            f"{function} takes a RoleMatch (ranking[0]), a Ranking (role=... picks one) "
            f"or a profile with role=...; a role id alone ({what!r}) has no skills to score"
        )
        raise TypeError(msg)
    try:
        ranking = _rank_careers(_cast("ProfileInput", what), limit=None)
    except Exception as error:
        msg = (
            f"{function} takes a RoleMatch, a Ranking or a profile (with role=...), "
            f"not {_kind_of(what)}"
        )
        raise TypeError(msg) from error
    if role is None:
        msg = f"{function}: given a profile, say which role to draw with role=..."
        raise TypeError(msg)
    return _the_match(ranking, role, function)


def _how(result: _RequirementResult) -> str:
    if result.kind == "gap":
        return f"gap, costs {result.cost:.0%}"
    text = f"via {_short(result.path[0].source_label, 32)}" if result.path else "direct"
    if result.source_level is not None and result.source_level < result.required_level:
        text += f", level {result.source_level}/{result.required_level}"
    return text


def plot_coverage(
    match: _RoleMatch | _Ranking | ProfileInput,
    *,
    role: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Draw one bar per requirement of a match: its credit, coloured direct / transferred / gap.

    Requirements run top to bottom as the explanation lists them (matched,
    transferred, gaps most costly first); essential ones are in bold. A light
    bar behind each shows the full requirement, so a gap shows as an empty row
    with what it costs.

    Parameters
    ----------
    match : RoleMatch, Ranking or profile
        One match (``ranking[0]``); a :class:`~careermap.Ranking` (its best
        match, or the one *role* names); or a profile with *role*.
    role : str, optional
        A role id or title, to pick from a ranking or score for a profile.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Raises
    ------
    TypeError
        For anything else (a role id alone has no skills to score).

    Examples
    --------
    >>> from careermap import rank_careers
    >>> fig = plot_coverage(rank_careers(["CBT:4", "active listening"], limit=1))
    >>> len(fig.axes)
    1
    """
    match = _the_match(match, role, "plot_coverage")
    results = [*match.matched, *match.transferred, *match.gaps]
    fig, ax = _canvas(ax, (9.5, 1.9 + 0.34 * len(results)))
    rows = list(range(len(results)))
    gap = _KIND_COLOURS["gap"]
    ax.barh(rows, [1.0] * len(results), color=_LIGHT, height=0.72)
    ax.barh(
        rows,
        [r.credit for r in results],
        color=[_KIND_COLOURS[r.kind] for r in results],
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


def plot_neighbourhood(
    profile_or_ranking: ProfileInput | _Ranking | _RoleMatch,
    *,
    taxonomy: _Taxonomy | None = None,
    limit: int = 5,
    per_role: int = 3,
    ax: Axes | None = None,
) -> Figure:
    """Draw a profile's neighbourhood, left to right: its skills, the skills they earn, the roles.

    Left, the person's skills; middle, the skills the top roles require that
    the person meets: blue, the same skill (a direct match); orange, a skill
    reached by a transfer relation or the skill hierarchy; right, the best
    roles with their scores. Each role shows only the *per_role* requirements
    that earn it most (``+N`` says how many more it meets), so the picture
    stays readable at ten roles. Thicker lines carry more credit; lines stop at
    the labels' edges. The person's skills that no role shown uses are grey.

    Parameters
    ----------
    profile_or_ranking : profile, Ranking or RoleMatch
        A profile (anything :func:`rank_careers` accepts), a ranking whose
        first *limit* matches are drawn, or one match (the person's skills it
        uses on the left).
    taxonomy : Taxonomy, optional
        For a profile: defaults to the bundled taxonomy.
    limit : int, default 5
        How many roles to draw.
    per_role : int, default 3
        How many requirements each role links to.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Examples
    --------
    >>> fig = plot_neighbourhood(["CBT:4", "active listening", "crisis intervention"], limit=3)
    >>> len(fig.axes)
    1
    """
    if limit < 1 or per_role < 1:
        msg = f"limit and per_role must be at least 1, not {limit} and {per_role}"
        raise ValueError(msg)
    own: list[tuple[str, str]]
    if isinstance(profile_or_ranking, _RoleMatch):
        matches = [profile_or_ranking]
        own = []
        for r in (*profile_or_ranking.matched, *profile_or_ranking.transferred):
            if r.source_id is not None:
                own.append((r.source_id, r.source_label or r.source_id))
    else:
        if isinstance(profile_or_ranking, _Ranking):
            ranking = profile_or_ranking
        elif isinstance(profile_or_ranking, str):
            msg = (
                "plot_neighbourhood takes a profile (a list of skills), a Ranking or a "
                f"RoleMatch, not the single text {profile_or_ranking!r}: wrap it in a list"
            )
            raise TypeError(msg)
        else:
            ranking = _rank_careers(profile_or_ranking, taxonomy=taxonomy, limit=limit)
        matches = list(ranking.matches[:limit])
        own = [(e.match.skill_id or "", e.match.label or "") for e in ranking.profile.resolved]
    resize = ax is None
    fig, ax = _canvas(ax, (11.0, 3.0))
    return _draw_neighbourhood(fig, ax, own, matches, per_role=per_role, resize=resize)


def plot_pathway(
    paths: _CareerPaths | _CareerPath | ProfileInput,
    *,
    role: str | None = None,
    index: int = 0,
    taxonomy: _Taxonomy | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Draw a career path: each step through bridge roles, its score and its top gaps.

    Boxes run left to right from the start (the person's skills, or the role
    they hold) through each bridge role to the target; each arrow carries the
    move's score, each role lists the first gaps of the move into it. A dashed
    arc shows the direct move and its score, for comparison.

    Parameters
    ----------
    paths : CareerPaths, CareerPath or profile
        What :func:`career_paths` returns (its path *index* is drawn), one of
        its paths, or a profile (or a held role's id) with *role*, the target.
    role : str, optional
        The target role, when *paths* is a profile or a role id.
    index : int, default 0
        Which path of a :class:`~careermap.CareerPaths` to draw.
    taxonomy : Taxonomy, optional
        For a profile: defaults to the bundled taxonomy.
    ax : matplotlib Axes, optional
        Draw into this Axes instead of a new figure.

    Raises
    ------
    ValueError
        When no path beats the direct move (the figure would show nothing).
    TypeError
        For a profile without *role*.

    Examples
    --------
    >>> fig = plot_pathway(["CBT:4", "advocacy"], role="programme-evaluator")
    >>> len(fig.axes)
    1
    """
    start: str | None = None
    if isinstance(paths, _CareerPath):
        path = paths
    else:
        if not isinstance(paths, _CareerPaths):
            if role is None:
                msg = (
                    "plot_pathway takes what career_paths() returns, one of its paths, "
                    f"or a profile with role=... (the target), not {_kind_of(paths)} alone"
                )
                raise TypeError(msg)
            paths = _career_paths(_cast("ProfileInput", paths), role, taxonomy=taxonomy)
        if not len(paths):
            msg = (
                f"no path into {paths.direct.title} beats the direct move "
                f"({paths.direct.score:.2f}); plot_coverage(...) shows that move"
            )
            raise ValueError(msg)
        path = paths[index]
        start = paths.start_role_id
    if start is not None:
        start = _lookup_role(start, taxonomy=taxonomy).title
    else:
        start = path.steps[0].from_title
    width = min(12.0, 1.2 + 2.7 * (len(path.steps) + 1))
    fig, ax = _canvas(ax, (width, 3.4))
    return _draw_pathway(fig, ax, path, start or "Your skills")


def plot_sectors(
    profile: ProfileInput | _Ranking | _Profile,
    *,
    taxonomy: _Taxonomy | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Draw every role's score by sector, the best role of each sector named.

    One row per sector (best sector on top), a grey dot per role and a
    coloured dot, with its title, for the sector's best role: where in the
    labour market does this profile reach furthest?

    Parameters
    ----------
    profile : profile or Ranking
        Anything :func:`rank_careers` accepts, or a ranking (its profile is
        scored against every role).
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
    if isinstance(profile, _Ranking):
        profile = profile.profile
    elif isinstance(profile, (str, _RoleMatch)):
        msg = (
            f"plot_sectors takes a profile (a list of skills) or a Ranking, not {_kind_of(profile)}"
        )
        raise TypeError(msg)
    taxonomy = taxonomy or _default_taxonomy()
    resolved = _build_profile(profile, taxonomy=taxonomy)
    skills = _profile_skills(resolved, taxonomy)
    engine = _scoring_index(taxonomy)
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
        ax.scatter([best_score], [row], s=60, color=_KIND_COLOURS["direct"], zorder=3)
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
