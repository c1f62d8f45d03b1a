"""A title with another word in place of a role name's is not that role (titles34)."""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role
from careermap.results.practice import title_practice
from careermap.results.title_swaps import is_variant, swaps_a_word


@pytest.mark.parametrize(
    "held",
    [
        "Patrol officer",
        "Police patrol officer",
        "Police officer",
        "Prison officer",
        "Custody officer",
    ],
)
def test_a_police_or_prison_post_is_no_probation_officer(held: str) -> None:
    # review33: "Patrol officer" read as the probation officer ("Parole Officer" by its
    # letters), so ten years on patrol counted as helping years for a step up.
    taxonomy = careermap.load_taxonomy()
    assert current_role(held, taxonomy) is None
    assert title_practice(held, taxonomy) == frozenset()


@pytest.mark.parametrize(
    ("held", "role"),
    [
        ("Parole officer", "probation-officer"),
        ("Probation oficer", "probation-officer"),
        ("Peer Suport Specialist", "peer-support-specialist"),
        ("Health and Wellbeing Coach", "wellness-coach"),
        ("Cognitive Behavioural Psychotherapist", "therapist"),
    ],
)
def test_slips_and_forms_of_a_root_still_name_the_role(held: str, role: str) -> None:
    found = current_role(held, careermap.load_taxonomy())
    assert found is not None
    assert found.id == role


def test_a_swapped_word_is_told_from_a_slip_or_a_root() -> None:
    assert swaps_a_word("patrol offic", "parole offic")
    assert not swaps_a_word("parol offic", "parole offic")  # a slip
    assert not swaps_a_word("senior parole offic", "parole offic")  # a word added
    assert is_variant("program", "programme")
    assert not is_variant("art", "act")  # short words a letter apart are other words
    assert not is_variant("care", "career")  # the stemmer keeps them apart


def test_a_title_near_a_swapped_name_and_another_names_neither() -> None:
    # "Mental health associate" is near the nursing associate's "Nursing associate (mental
    # health)" and, by its letters, the mental health advocate: O*NET lists it under the
    # psychiatric technicians, neither of the two.
    assert current_role("Mental Health Associate", careermap.load_taxonomy()) is None
