"""Plots: the right marks, no pyplot state, nothing shown."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from .conftest import SHORT_PROFILE, require_module

matplotlib = require_module("matplotlib")
matplotlib.use("Agg")  # no display in tests; the plots never need one anyway

from matplotlib import pyplot as plt  # noqa: E402 - after choosing the backend
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from careermap import rank_careers  # noqa: E402
from careermap.base.html import KIND_COLOURS  # noqa: E402
from careermap.plot import plot_coverage, plot_neighbourhood, plot_sectors  # noqa: E402


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


def test_neighbourhood_links_skills_transfers_and_roles():
    ranking = rank_careers([*SHORT_PROFILE, "recruitment"], limit=4)
    fig = plot_neighbourhood(ranking, limit=2)
    shown = texts(fig)
    for match in ranking[:2]:
        assert f"{match.title}  {match.score:.2f}" in shown
    assert ranking[2].title not in " ".join(shown)
    assert "Cognitive behavioural therapy" in shown
    (ax,) = fig.axes
    # Recruitment is used by neither role shown (both list it as unused): drawn in grey.
    assert all("Recruitment" in m.unused for m in ranking[:2])
    recruitment = next(t for t in ax.texts if t.get_text() == "Recruitment")
    assert to_hex(recruitment.get_color()) == "#8c8c8c"
    transferred = {r.label for m in ranking[:2] for r in m.transferred}
    assert transferred & set(shown)
    assert len(ax.lines) > 0
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
