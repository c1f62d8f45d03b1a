"""A therapy's own parts read as the therapy where the profile names it (read41, review41 P3)."""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.components import COMPONENTS, FORMS


def _read(texts: list[str], default: careermap.Taxonomy) -> dict[str, list[str]]:
    profile = careermap.build_profile(texts, taxonomy=default, semantic=False)
    read: dict[str, list[str]] = {}
    for entry in profile.entries:
        read.setdefault(entry.text, []).append(entry.match.skill_id or "")
    return read


@pytest.mark.parametrize(
    ("therapy_text", "part", "therapy"),
    [
        ("DBT skills groups", "phone coaching", "dialectical-behaviour-therapy"),
        ("dialectical behaviour therapy", "diary cards", "dialectical-behaviour-therapy"),
        ("DBT", "chain analysis", "dialectical-behaviour-therapy"),
        ("CBT", "homework", "cognitive-behavioural-therapy"),
        ("ERP", "exposure hierarchies", "cognitive-behavioural-therapy"),
    ],
)
def test_a_part_beside_its_therapy_is_the_therapy(default, therapy_text, part, therapy):
    read = _read([therapy_text, f"{part}:4"], default)
    assert read[part] == [therapy]
    entry = careermap.build_profile([therapy_text, part], taxonomy=default).entries[1]
    assert (entry.match.method, entry.match.matched_name) == ("part", part)


@pytest.mark.parametrize("part", ["phone coaching", "homework", "chain analysis"])
def test_a_part_alone_is_not_read_as_the_therapy(default, part):
    # A health coach's phone coaching is coaching: the therapy must be named in the profile.
    read = _read(["career guidance", part], default)
    assert not set(read[part]) & set(COMPONENTS)


def test_a_list_of_the_therapy_and_its_part_is_the_therapy(default):
    # review41 P1: "individual DBT and chain analysis" was unread.
    assert _read(["individual DBT and chain analysis"], default) == {
        "individual DBT and chain analysis": ["dialectical-behaviour-therapy"]
    }


def test_a_named_skill_is_not_read_again(default):
    # "skills coaching" is read whole by nothing here; "coaching" is a name written whole.
    read = _read(["DBT", "coaching"], default)
    assert read["coaching"] == ["coaching"]


@pytest.mark.parametrize("form", sorted(FORMS))
def test_a_named_form_of_cbt_is_cbt_as_well(default, form):
    read = _read([f"{form}:3"], default)
    assert read[form] == ["trauma-focused-therapy", FORMS[form]]


def test_a_named_form_meets_a_requirement_of_cbt(default):
    # review41 P1: the therapist's post showed CBT as a gap to a TF-CBT clinician.
    ranked = careermap.rank_careers(["TF-CBT:4"], taxonomy=default, limit=None, semantic=False)
    therapist = next(match for match in ranked if match.role_id == "therapist")
    assert "cognitive-behavioural-therapy" not in {gap.skill_id for gap in therapist.gaps}
