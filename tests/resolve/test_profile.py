"""Profiles built from checked values without validation equal what validation builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from careermap import ProfileError, build_profile
from careermap.importers import import_esco
from careermap.resolve.profile import ProfileEntry
from careermap.resolve.resolver import SkillMatch


def assert_as_validated(model, again, *, same_set=True):
    """*model* equals *again* (validated), every field of the same type, in the same order."""
    assert model == again
    if same_set:
        assert model.model_fields_set == again.model_fields_set
    assert list(model.__dict__) == list(again.__dict__)
    for name, value in model.__dict__.items():
        assert type(value) is type(again.__dict__[name]), name


@pytest.fixture(scope="module")
def esco():
    # ESCO's ids (UUIDs) are never names: they resolve by id.
    return import_esco(Path(__file__).resolve().parents[1] / "data" / "esco-mini")


def test_entries_and_id_matches_are_what_validation_builds(esco):
    ids = [s.id for s in esco.skills[:4]]
    labels = [s.label for s in esco.skills[4:6]]
    profile = build_profile(
        [
            ids[0],  # an id, no level
            (ids[1], 4),  # an id with a level
            f"{ids[2]}:2",  # an id with a level in the text
            {"text": ids[3], "level": "3"},  # a level given as text
            (labels[0], 5.0),  # a label, a whole float level
            labels[1][:-1],  # a typo
            "forklift operation on the moon",  # nothing
        ],
        taxonomy=esco,
        semantic=False,
    )
    methods = [entry.match.method for entry in profile.entries]
    assert methods[:4] == ["id"] * 4
    assert "none" in methods
    for entry in profile.entries:
        again = ProfileEntry.model_validate(entry.model_dump())
        assert_as_validated(entry, again)
        match = entry.match
        given = SkillMatch(**{name: getattr(match, name) for name in match.model_fields_set})
        assert_as_validated(match, given)  # the fields given to the model, and only those, set
        assert_as_validated(match, SkillMatch.model_validate(match.model_dump()), same_set=False)
        assert SkillMatch.model_validate_json(match.to_json()) == match


def test_a_text_of_a_str_subclass_is_validated(esco):
    class Text(str):
        __slots__ = ()

    skill_id = esco.skills[0].id
    entry = build_profile([Text(skill_id)], taxonomy=esco, semantic=False).entries[0]
    assert entry.match.method == "id"
    assert entry == ProfileEntry.model_validate(entry.model_dump())
    validated = ProfileEntry(text=Text(skill_id), level=None, match=entry.match)
    assert type(entry.text) is type(validated.text)


# The subject of a degree (Background.field), checked as the other texts a person writes.


def test_a_background_keeps_the_subject_of_a_degree():
    profile = build_profile(["CBT"], background={"education": "bachelor", "field": "Psychology"})
    assert profile.background is not None
    assert profile.background.field == "Psychology"


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("   ", "background.field: Value error, the field of study is blank"),
        ("psy\x07chology", "contains a control character (U+0007)"),
        ("psy\u202echology", "contains RIGHT-TO-LEFT OVERRIDE (U+202E)"),
        ("x" * 201, "at most 200 characters"),
        (4, "background.field: Input should be a valid string"),
        (["psychology"], "background.field: Input should be a valid string"),
    ],
)
def test_a_bad_field_of_study_is_named(field, message):
    with pytest.raises(ProfileError) as info:
        build_profile(["CBT"], background={"education": "bachelor", "field": field})
    assert message in str(info.value)
    assert "given " + repr(field)[:20] in str(info.value)
