"""Plots: the right marks, no pyplot state, nothing shown."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from .conftest import SHORT_PROFILE, TUTORIAL_PROFILE, require_module

SAM = TUTORIAL_PROFILE

matplotlib = require_module("matplotlib")
matplotlib.use("Agg")  # no display in tests; the plots never need one anyway

from matplotlib import pyplot as plt  # noqa: E402 - after choosing the backend
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

import careermap.plot  # noqa: E402
from careermap import career_paths, rank_careers  # noqa: E402
from careermap.base.html import KIND_COLOURS  # noqa: E402
from careermap.plot import (  # noqa: E402
    plot_coverage,
    plot_neighbourhood,
    plot_pathway,
    plot_sectors,
)


@pytest.fixture(autouse=True)
def _no_figures_left_open():
    yield
    assert plt.get_fignums() == [], "a plot left a pyplot figure open"


def renders(fig: Figure) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png")
    data = out.getvalue()
    assert data.startswith(b"\x89PNG")
    return data


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_coverage_has_one_coloured_bar_per_requirement(mini):
    match = next(
        m
        for m in rank_careers(["CBT:4", "listening actively"], taxonomy=mini)
        if m.role_id == "teacher"
    )
    fig = plot_coverage(match)
    assert isinstance(fig, Figure)
    (ax,) = fig.axes
    results = [*match.matched, *match.transferred, *match.gaps]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [r.label for r in results]
    containers = ax.containers
    credit_bars = containers[1]
    assert [bar.get_width() for bar in credit_bars] == pytest.approx([r.credit for r in results])
    colours = [to_hex(bar.get_facecolor()) for bar in credit_bars]
    assert colours == [KIND_COLOURS[r.kind].lower() for r in results]
    gap_bars = containers[2]
    assert len(gap_bars) == len(match.gaps) == 1
    assert [t.get_fontweight() for t in ax.get_yticklabels()] == [
        "bold" if r.essential else "normal" for r in results
    ]
    assert "gap, costs 20%" in texts(fig)
    assert any(t.startswith("via Cognitive") for t in texts(fig))
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["direct", "transferred", "gap"]
    renders(fig)


def test_plots_draw_into_a_given_axes():
    fig, (left, right) = plt.subplots(1, 2)
    try:
        ranking = rank_careers(SHORT_PROFILE, limit=3)
        assert plot_coverage(ranking[0], ax=left) is fig
        assert plot_sectors(SHORT_PROFILE, ax=right) is fig
        assert len(fig.axes) == 2
        assert left.get_yticklabels()
    finally:
        plt.close(fig)
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 4))
    try:
        assert plot_neighbourhood(ranking, limit=3, ax=left) is fig
        assert plot_pathway(SAM, role="mental-health-policy-analyst", ax=right) is fig
        assert list(fig.get_size_inches()) == [14, 4]  # the given figure keeps its size
    finally:
        plt.close(fig)


def test_neighbourhood_links_skills_transfers_and_roles():
    ranking = rank_careers([*SHORT_PROFILE, "fundraising"], limit=4)
    fig = plot_neighbourhood(ranking, limit=2)
    shown = texts(fig)
    for match in ranking[:2]:
        assert any(t.startswith(f"{match.title}  {match.score:.2f}") for t in shown)
    assert ranking[2].title not in " ".join(shown)
    assert "Cognitive behavioural therapy" in shown
    (ax,) = fig.axes
    # Fundraising is used by neither role shown (both list it as unused): drawn in grey.
    # (It was grant writing until eligibility work, to which grant writing transfers, rose
    # into the top two in the third taxonomy pass.)
    assert all("Fundraising" in m.unused for m in ranking[:2])
    unused = next(t for t in ax.texts if t.get_text() == "Fundraising")
    assert to_hex(unused.get_color()) == "#8c8c8c"
    transferred = {r.label for m in ranking[:2] for r in m.transferred}
    assert transferred & set(shown)
    assert len(ax.patches) > 0  # the edges
    renders(fig)


def test_neighbourhood_from_a_profile(mini):
    fig = plot_neighbourhood(["CBT:4", "crisis intervention"], taxonomy=mini, limit=2)
    shown = texts(fig)
    assert any(t.startswith("Therapist") for t in shown)
    renders(fig)


def test_sectors_name_the_best_role_of_each_sector(default):
    fig = plot_sectors(SHORT_PROFILE)
    (ax,) = fig.axes
    ranking = rank_careers(SHORT_PROFILE, limit=None)
    best = {}
    for match in ranking:
        best.setdefault(match.sector_label, match.title)
    order = list(best)
    assert [t.get_text() for t in ax.get_yticklabels()] == order
    assert [t.get_text().rsplit("  ", 1)[0] for t in ax.texts] == [best[s] for s in order]
    dots = sum(len(c.get_offsets()) for c in ax.collections)
    assert dots == len(default.roles) + len(default.sectors)  # every role, plus each best again
    renders(fig)


def test_missing_matplotlib_says_how_to_install_it(monkeypatch):
    match = rank_careers(SHORT_PROFILE, limit=1)[0]
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    with pytest.raises(ImportError, match=r"careermap\[notebook\]"):
        plot_coverage(match)


def test_importing_careermap_and_its_plots_loads_no_optional_library():
    code = (
        "import sys\n"
        "import careermap, careermap.plot\n"
        "heavy = [m for m in ('pandas', 'matplotlib', 'tqdm') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def boxes(fig: Figure):
    """The display boxes of every label of *fig*, by text (after drawing it)."""
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    return {
        t.get_text(): (t.get_bbox_patch() or t).get_window_extent(renderer)
        for ax in fig.axes
        for t in ax.texts
        if t.get_text()
    }


def test_neighbourhood_of_ten_roles_stays_legible(default):
    ranking = rank_careers(SAM, limit=10)
    fig = plot_neighbourhood(ranking, limit=10)
    (ax,) = fig.axes
    found = boxes(fig)
    labels = [b for text, b in found.items() if "\n" not in text]
    # No two labels overlap.
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not a.overlaps(b)
    # No edge runs over a label: each edge lies between two columns of labels.
    renderer = fig._get_renderer()
    edges = [p.get_window_extent(renderer) for p in ax.patches]
    # At least one link into each role; at most per_role=3 per role, one per shown skill.
    assert 10 <= len(edges) <= 3 * 10 + 16
    for edge in edges:
        for label in labels:
            overlap = min(edge.x1, label.x1) - max(edge.x0, label.x0)
            assert overlap < 2.0 or not (edge.y0 < label.y1 and label.y0 < edge.y1)
    # Each role is named with its score; the ones beyond per_role are counted.
    roles = [t for t in found if any(t.startswith(m.title + "  ") for m in ranking)]
    assert len(roles) == 10
    renders(fig)


def test_neighbourhood_of_one_match(default):
    match = rank_careers(SAM, limit=1)[0]
    fig = plot_neighbourhood(match)
    assert any(t.startswith(match.title) for t in texts(fig))
    renders(fig)


def test_coverage_takes_a_ranking_a_role_or_says_what_it_takes(default):
    ranking = rank_careers(SHORT_PROFILE, limit=5)
    title = lambda fig: fig.axes[0].get_title(loc="left")  # noqa: E731
    assert title(plot_coverage(ranking)).startswith(ranking[0].title)
    assert title(plot_coverage(ranking, role=ranking[2].role_id)).startswith(ranking[2].title)
    assert title(plot_coverage(SHORT_PROFILE, role=ranking[1].title)).startswith(ranking[1].title)
    with pytest.raises(TypeError, match=r"RoleMatch.*Ranking"):
        plot_coverage("therapist")
    with pytest.raises(TypeError, match="role="):
        plot_coverage(SHORT_PROFILE)
    with pytest.raises(ValueError, match="not among the 5 roles"):
        plot_coverage(ranking, role="no-such-role")


def test_pathway_draws_each_step_its_score_and_gaps(default):
    paths = career_paths(SAM, "mental-health-policy-analyst")
    assert len(paths)
    path = paths[0]
    fig = plot_pathway(paths)
    shown = texts(fig)
    flat = " ".join(shown).replace("\n", " ")
    for step in path.steps:
        assert f"{step.score:.2f}" in shown
        for gap in step.match.gaps[:3]:
            assert gap.label in flat
    assert f"direct move {path.direct_score:.2f}" in shown
    renders(fig)
    fig = plot_pathway(SAM, role="mental-health-policy-analyst")
    assert texts(fig) == shown
    with pytest.raises(TypeError, match="role="):
        plot_pathway(SAM)


def test_plot_offers_only_its_plots_to_tab_completion():
    assert dir(careermap.plot) == sorted(careermap.plot.__all__)
    assert "plot_pathway" in careermap.plot.__all__
