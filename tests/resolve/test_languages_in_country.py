"""Languages read against the person's country, and fluency said in the language itself.

Twenty-sixth round (review 26, finding P1e): a Norwegian's "English:4" is a second
language at work, but the language rule read only "a language besides English"; and
"Cymraeg - rhugl" ("Welsh - fluent", with an en dash as she wrote it) was unread because
"rhugl" was not a fluency word.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import build_profile, rank_careers
from careermap.resolve.languages import main_languages, speaks_languages
from careermap.resolve.spoken import in_country


@pytest.mark.parametrize(
    "text",
    [
        "Cymraeg \u2013 rhugl",
        "Gaeilge (líofa)",
        "Norwegian - flytende",
        "French (courant)",
        "German fließend",
    ],
)
def test_fluency_in_the_language_itself_is_read(text):
    assert speaks_languages(text), text


def test_rhugl_reads_welsh_as_a_working_language():
    profile = build_profile(["Cymraeg \u2013 rhugl"], semantic=False)
    assert profile.skills == {"second-language": 3}


def test_the_countrys_main_language_is_not_a_second_one():
    assert speaks_languages("English", ("norwegian",))
    assert speaks_languages("English (fluent), Norwegian (native)", ("norwegian",))
    assert not speaks_languages("Norwegian (native)", ("norwegian",))
    assert not speaks_languages("English", ("english",))
    # Without the country, the rule of the eighteenth round: English says nothing.
    assert not speaks_languages("English")
    assert speaks_languages("Norwegian (native)")


def test_main_languages_are_known_only_where_one_language_is_main():
    assert main_languages("NO") == ("norwegian",)
    assert main_languages("GB") == ("english",)
    assert main_languages("BE") is None  # Dutch and French: left as before
    assert main_languages(None) is None


def test_a_norwegians_english_is_a_second_language(default):
    profile = build_profile(
        ["English:4", "Norwegian", "motivational interviewing"],
        taxonomy=default,
        background={"country": "NO"},
    )
    read = {entry.text: entry.match.skill_id for entry in profile.entries}
    assert read == {
        "English": "second-language",
        "Norwegian": None,
        "motivational interviewing": "motivational-interviewing",
    }
    assert profile.skills["second-language"] == 4


def test_without_a_country_nothing_changes(default):
    profile = build_profile(["English", "Norwegian"], taxonomy=default)
    assert [entry.match.skill_id for entry in profile.entries] == [None, "second-language"]


def test_a_background_given_later_reads_the_languages_again(default):
    # rank_careers resolves the skills first and adds the background after: the country
    # must still reach the language rule, and the skills ranked.
    profile = build_profile(["English:4", "supported employment"], taxonomy=default)
    assert "second-language" not in profile.skills
    with_country = build_profile(profile, taxonomy=default, background={"country": "NO"})
    assert with_country.skills["second-language"] == 4
    # The skills ranked are read with the country: care navigator asks for a second
    # language, no longer a gap for the Norwegian.
    skills = ["English:4", "care coordination", "systems navigation"]
    gaps = {}
    for country in ("NO", "GB"):
        ranking = rank_careers(skills, taxonomy=default, background={"country": country})
        navigator = next(m for m in ranking.matches if m.role_id == "care-navigator")
        gaps[country] = {gap.skill_id for gap in navigator.gaps}
    assert "second-language" in gaps["GB"]
    assert "second-language" not in gaps["NO"]


def test_other_readings_are_left_alone(default):
    match = careermap.resolve_skill("English teaching", taxonomy=default, semantic=False)
    assert in_country(match, "NO", default) is match
