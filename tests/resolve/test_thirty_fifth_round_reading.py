"""Misreadings and unread work behind gaps that are not real (review34 P4 and P8).

Thirty-fifth round (gaps35): "V300 nurse prescribing" was *Medication management* by its
letters, 95 from "V100 nurse prescribing": the V300 is the nurse independent and
supplementary prescriber's annotation, the V100 and V150 the community practitioner nurse
prescriber's (NMC, Standards for prescribing programmes, 2018 rev. 2023), so a word whose
number differs is another word. "mhGAP training for health centre nurses" was unread:
training for people of a place or service named in two words says for whom. "psych
evaluations" was *Psychometric testing*, 96 from a school psychologist's "psychoed
evaluations". A family group conference coordinator's and a trauma-sensitive yoga
teacher's work, named by its model, was unread.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.resolver import covers

from ..conftest import read_lexically


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


# A word with another number is another word.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("V300 nurse prescribing", "V100 nurse prescribing"),
        ("V100 independent prescriber", "V300 independent prescriber"),
        ("CORE-34", "CORE-10"),
    ],
)
def test_a_word_with_another_number_is_not_covered(text, name):
    assert not covers(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [("V300 nurse prescribr", "V300 nurse prescriber"), ("PHQ9", "PHQ9 screening")],
)
def test_the_same_number_with_a_typo_beside_it_is_covered(text, name):
    assert covers(text, name)


@pytest.mark.parametrize(
    "text", ["V300 nurse prescribing", "V300 nurse prescriber", "V300 non medical prescriber"]
)
def test_the_v300_is_never_read_as_the_v100(taxonomy, text):
    match = careermap.resolve_skill(text, taxonomy=taxonomy, semantic=False)
    assert match.matched_name is None or "V100" not in match.matched_name
    assert match.skill_id == "psychopharmacology"


def test_the_v100_is_never_read_as_the_v300(taxonomy):
    match = careermap.resolve_skill(
        "V100 independent prescriber", taxonomy=taxonomy, semantic=False
    )
    assert match.skill_id == "medication-management"


@pytest.mark.parametrize("text", ["V150 nurse prescriber", "V300 prescribing"])
def test_the_same_code_is_still_read(taxonomy, text):
    expected = "psychopharmacology" if "V300" in text else "medication-management"
    assert read_lexically(text, taxonomy) == expected


# "psych evaluations": the emergency department's psychiatric evaluation, spelled out.


@pytest.mark.parametrize(
    "text", ["psych evaluation", "psych evaluations", "psych evaluations in the ED"]
)
def test_psych_evaluations_are_clinical_assessment(taxonomy, text):
    assert read_lexically(text, taxonomy) == "clinical-assessment"


def test_psychoeducational_evaluations_are_still_psychometric_testing(taxonomy):
    assert read_lexically("psychoed evaluations", taxonomy) == "psychometric-testing"


# Training "for" learners of a place or service named in two words ("health centre nurses").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mhGAP training for health centre nurses", "training-delivery"),
        ("stress management for ward night staff", "stress-management"),
        # The course the writer took is still the course's skill (the sixth set's dispatcher).
        ("crisis intervention training for dispatchers", "crisis-intervention"),
    ],
)
def test_for_people_named_in_two_words_says_for_whom(taxonomy, text, expected):
    assert read_lexically(text, taxonomy) == expected


# Work named by its model: the family group conference, trauma-sensitive yoga.


@pytest.mark.parametrize(
    "text",
    [
        "family group conferences",
        "Family Welfare Conferences - preparing families, private family time",
    ],
)
def test_family_group_conferences_are_family_engagement(taxonomy, text):
    assert read_lexically(text, taxonomy) == "parent-engagement"


@pytest.mark.parametrize("text", ["trauma-sensitive yoga (TCTSY)", "TCTSY", "trauma-informed yoga"])
def test_trauma_sensitive_yoga_is_trauma_informed_care(taxonomy, text):
    assert read_lexically(text, taxonomy) == "trauma-informed-care"
