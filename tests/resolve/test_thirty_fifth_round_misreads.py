"""Readings of the thirty-fifth round (read35, review35 P2): suggestions that misled."""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.misreads import spelled_in_context


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # BSL among body measures is a blood sugar level, not British Sign Language.
        ("metabolic monitoring (weight, waist, BSL, BP)", "physical-health-monitoring"),
        # "bilingue" is "bilingual" in French, Spanish, Italian and Portuguese.
        ("bilingue français-anglais", "second-language"),
        ("bilingue español-inglés", "second-language"),
    ],
)
def test_texts_read_as_their_context_says(text: str, skill: str) -> None:
    assert careermap.resolve_skill(text).skill_id == skill


def test_bsl_is_not_suggested_as_sign_language_among_body_measures() -> None:
    match = careermap.resolve_skill("metabolic monitoring (weight, waist, BSL, BP)")
    assert "sign-language" not in {c.skill_id for c in match.alternatives}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("BSL", "sign-language"),
        ("incident reports", "quality-improvement"),
        ("Welsh (first language)", "second-language"),
    ],
)
def test_the_readings_elsewhere_are_kept(text: str, skill: str) -> None:
    assert careermap.resolve_skill(text).skill_id == skill


def test_bsl_is_spelled_out_only_among_body_measures() -> None:
    assert spelled_in_context("BSL, BP and weight") == "blood sugar level, BP and weight"
    assert spelled_in_context("BSL and Makaton") is None
