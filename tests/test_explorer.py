"""The explorer: widgets driven from Python show what the API returns."""

from __future__ import annotations

import json

import pytest

import careermap
from careermap.exploration import display as paths_display
from careermap.explorer import Explorer, explore
from careermap.resolve import display as profile_display

from .conftest import require_module

SAM = ["listening actively", "CBT:4", "crisis intervention", "case management", "advocacy"]


@pytest.fixture
def explorer(default):
    require_module("ipywidgets")
    return explore(SAM)


def shown_ids(explorer: Explorer) -> list[str]:
    return [value for _, value in explorer.roles.options]


def test_the_ranking_shown_is_the_api_ranking(explorer):
    ranking = careermap.rank_careers(SAM)
    assert shown_ids(explorer) == [m.role_id for m in ranking]
    assert explorer.ranking_view.value == ranking._repr_html_()
    # Every skill has a level slider: the level given, else the default.
    assert explorer.entries() == [(s.split(":")[0], 4 if s == "CBT:4" else 3) for s in SAM]
    profile = careermap.build_profile(explorer.entries())
    assert explorer.profile_view.value == profile_display.profile_html(profile)
    # The best role is chosen: its explanation, best path and suggestions show.
    best = ranking[0]
    assert explorer.roles.value == best.role_id
    assert best._repr_html_() in explorer.details.value
    paths = careermap.career_paths(ranking.profile, best.role_id, limit=1)
    assert paths_display.paths_html(paths) in explorer.details.value
    found = careermap.upskilling(ranking.profile, limit=5)
    assert paths_display.upskilling_html(found) in explorer.details.value


def test_typing_a_skill_and_moving_a_level_rerank(explorer):
    explorer.skills.value += "\ngroup facilitation:2"
    skills = [*SAM[:1], "CBT", *SAM[2:]]
    assert list(explorer.levels) == [*skills, "group facilitation"]
    assert explorer.levels["group facilitation"].value == 2
    expected = careermap.rank_careers(
        [(s, 4 if s == "CBT" else 3) for s in skills] + [("group facilitation", 2)]
    )
    assert shown_ids(explorer) == [m.role_id for m in expected]
    explorer.levels["CBT"].value = 1
    lowered = careermap.rank_careers(
        [(s, 1 if s == "CBT" else 3) for s in skills] + [("group facilitation", 2)]
    )
    assert shown_ids(explorer) == [m.role_id for m in lowered]
    assert explorer.ranking_view.value == lowered._repr_html_()


def test_sectors_to_include_or_leave_out(explorer, default):
    best = careermap.rank_careers(SAM)[0]
    explorer.exclude.value = (best.sector,)
    left = careermap.rank_careers(SAM, exclude_sectors=[best.sector])
    assert shown_ids(explorer) == [m.role_id for m in left]
    assert all(default.role_index[r].sector != best.sector for r in shown_ids(explorer))
    explorer.exclude.value = ()
    explorer.sectors.value = (best.sector,)
    only = careermap.rank_careers(SAM, sectors=[best.sector])
    assert shown_ids(explorer) == [m.role_id for m in only]
    explorer.limit.value = 3
    assert len(explorer.roles.options) == min(3, len(only))


def test_choosing_a_role_shows_its_explanation_entry_and_path(explorer, default):
    ranking = careermap.rank_careers(SAM)
    chosen = next(m for m in ranking if default.role_index[m.role_id].entry is not None)
    explorer.roles.value = chosen.role_id
    assert explorer.selected.role_id == chosen.role_id
    assert chosen._repr_html_() in explorer.details.value
    assert "Entry requirements" in explorer.details.value
    paths = careermap.career_paths(ranking.profile, chosen.role_id, limit=1)
    assert paths_display.paths_html(paths) in explorer.details.value


def test_export_writes_what_was_explored(explorer, tmp_path):
    explorer.export_name.value = str(tmp_path / "sam")
    explorer.export_button.click()
    ranking = careermap.rank_careers(SAM)
    rows = (tmp_path / "sam.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("rank,role_id,title")
    assert [r.split(",")[1] for r in rows[1:]] == [m.role_id for m in ranking]
    record = json.loads((tmp_path / "sam.json").read_text(encoding="utf-8"))
    assert [r["role_id"] for r in record["ranking"]] == [m.role_id for m in ranking]
    assert record["chosen"]["explanation"] == ranking[0].explain()
    assert "sam.csv" in explorer.export_status.value


def test_no_skills_shows_a_prompt(explorer):
    explorer.skills.value = ""
    assert explorer.ranking is None
    assert explorer.roles.options == ()
    assert "skills" in explorer.ranking_view.value


def test_without_widgets_it_is_static_html(default, monkeypatch):
    monkeypatch.setattr("careermap.explorer._available", lambda module: False)
    static = explore(SAM)
    assert static.widget is None
    ranking = careermap.rank_careers(SAM)
    page = static._repr_html_()
    assert ranking._repr_html_() in page
    assert ranking[0]._repr_html_() in page
    bundle = static._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" not in bundle
    assert bundle["text/html"] == page


def test_the_widget_carries_a_static_fallback(explorer):
    bundle = explorer._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert careermap.rank_careers(SAM)._repr_html_() in bundle["text/html"]


def test_a_paragraph_about_the_work_joins_the_skills(explorer):
    require_module("wordllama")  # the semantic extra: the paragraph box shows with it
    story = "For six years I worked on a crisis line. I de-escalated callers and made safety plans."
    explorer.text.value = story
    expected = careermap.rank_careers(explorer.entries(), text=story)
    assert shown_ids(explorer) == [m.role_id for m in expected]
    explorer.skills.value = ""
    alone = careermap.rank_careers(text=story)
    assert shown_ids(explorer) == [m.role_id for m in alone]


def test_a_background_brings_readiness(default):
    require_module("ipywidgets")
    background = {"education": "master", "credentials": ["LCSW"], "years_experience": 8}
    profile = careermap.build_profile(SAM, background=background)
    explorer = explore(profile)
    expected = careermap.rank_careers(profile)
    assert expected[0].readiness is not None
    assert "Hiring:" in explorer.details.value
    assert expected[0]._repr_html_() in explorer.details.value


def test_leaving_out_every_sector_shows_the_empty_ranking(explorer):
    every = [sector for _, sector in explorer.exclude.options]
    explorer.exclude.value = tuple(every)
    empty = careermap.rank_careers(explorer.entries(), exclude_sectors=every)
    assert len(empty) == 0
    assert explorer.roles.options == ()
    assert explorer.ranking_view.value == empty._repr_html_()
    assert explorer.details.value == ""


def test_an_error_is_shown_where_the_ranking_goes(explorer, monkeypatch):
    def refuse(*args, **kwargs):
        raise careermap.ProfileError("level of 'CBT' is 9; levels run from 1 to 5")

    monkeypatch.setattr("careermap.explorer._rank_careers", refuse)
    explorer.levels["CBT"].value = 5
    assert explorer.ranking is None
    assert "level of &#x27;CBT&#x27; is 9" in explorer.ranking_view.value
    assert "level of &#x27;CBT&#x27; is 9" in explorer.static_html()


def test_the_roles_wanted_order_the_suggestions_shown(default):
    require_module("ipywidgets")
    explorer = explore(SAM, targets=["UX researcher"])
    assert explorer.wanted() == ["ux-researcher"]
    assert explorer.targets.value == ("ux-researcher",)
    ranking = careermap.rank_careers(SAM)
    found = careermap.upskilling(ranking.profile, limit=5, targets=["ux-researcher"])
    assert paths_display.upskilling_html(found) in explorer.details.value
    assert "Serves (your targets)" in explorer.details.value
    # Choosing another role wanted orders the skills towards it.
    explorer.targets.value = ("ux-researcher", "corporate-trainer")
    both = careermap.upskilling(
        ranking.profile, limit=5, targets=["ux-researcher", "corporate-trainer"]
    )
    shown = explorer.suggestions()
    assert shown is not None
    assert (shown.suggestions, shown.targets) == (both.suggestions, both.targets)
    assert paths_display.upskilling_html(both) in explorer.details.value
    explorer.targets.value = ()
    plain = careermap.upskilling(ranking.profile, limit=5)
    shown = explorer.suggestions()
    assert shown is not None
    assert (shown.suggestions, shown.targets) == (plain.suggestions, ())


def test_the_roles_wanted_are_exported(tmp_path, default):
    require_module("ipywidgets")
    explorer = explore(SAM, targets=["UX researcher"])
    _, json_path = explorer.export(tmp_path / "wanted")
    record = json.loads(json_path.read_text("utf-8"))
    assert record["targets"] == ["ux-researcher"]
    assert all(s["serves"] == ["ux-researcher"] for s in record["chosen"]["upskilling"])
