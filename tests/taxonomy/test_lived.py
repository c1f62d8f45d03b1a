"""Kinds of lived experience: the vocabulary, on roles and on people."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careermap import Background
from careermap.taxonomy.lived import LIVED_WORDS, LivedKind, asked_for, lived_kinds
from careermap.taxonomy.models import Entry


def entry(**fields):
    base = {"education": "secondary", "job_zone": 4, "seniority": "entry"}
    return Entry.model_validate({**base, **fields})


def test_every_kind_has_plain_words():
    assert set(LIVED_WORDS) == set(LivedKind)
    for words in LIVED_WORDS.values():
        assert words.startswith(("of ", "as ")), words


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("substance-use", ["substance-use"]),
        ("Substance use", ["substance-use"]),
        ("addiction, carer", ["substance-use", "family"]),
        (["Mental_health", "veteran"], ["mental-health", "military"]),
        ([LivedKind.JUSTICE], ["justice"]),
    ],
)
def test_kinds_are_read_as_people_write_them(given, expected):
    assert lived_kinds(given) == expected


def test_an_unknown_kind_is_named_with_the_valid_ones():
    with pytest.raises(ValueError, match=r"'gambling'; use one of: mental-health, substance-use"):
        lived_kinds(["gambling"])


def test_a_person_may_say_yes_or_which_kinds():
    # Backward compatible: a yes or no is still a valid answer.
    assert Background(lived_experience=True).lived_experience is True
    assert Background(lived_experience=False).lived_experience is False
    assert Background().lived_experience is None
    kinds = Background(lived_experience=["substance-use"]).lived_experience
    assert kinds == (LivedKind.SUBSTANCE_USE,)
    assert Background(lived_experience="mental health").lived_experience == (
        LivedKind.MENTAL_HEALTH,
    )
    assert Background.model_validate_json('{"lived_experience": ["family"]}').lived_experience == (
        LivedKind.FAMILY,
    )
    with pytest.raises(ValidationError, match="listed twice"):
        Background(lived_experience=["family", "carer"])
    for unknown in (["gambling"], "gambling"):
        with pytest.raises(ValidationError, match="unknown kind of lived experience") as raised:
            Background(lived_experience=unknown)
        assert raised.value.error_count() == 1  # one error, naming it


def test_a_role_names_the_kinds_that_count_only_when_it_asks_for_lived_experience():
    peer = entry(lived_experience="required", lived_experience_of=["mental-health"])
    assert peer.lived_experience_of == (LivedKind.MENTAL_HEALTH,)
    assert entry(lived_experience="valued").lived_experience_of == ()
    with pytest.raises(ValidationError, match="lived_experience is none"):
        entry(lived_experience_of=["substance-use"])


def test_asked_for_reads_as_a_need():
    assert asked_for([LivedKind.SUBSTANCE_USE, LivedKind.MENTAL_HEALTH]) == (
        "lived experience of mental illness or mental-health problems, or of substance-use recovery"
    )
