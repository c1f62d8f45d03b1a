"""A named assessment with its instruments' codes in brackets; a garden's risk assessments.

Thirty-third round (read33), leftovers of the thirty-second: "psychological assessment
(WISC-V)" named two skills, the assessment and the Wechsler scale's psychometric testing,
and was read as neither (careermap.resolve.instruments); "garden risk assessments", a
horticultural therapist's, was read by meaning as the clinical risk assessment of a
person (careermap.resolve.qualified).
"""

from __future__ import annotations

import pytest

import careermap

from ..conftest import read_lexically, skills_read


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("psychological assessment (WISC-V)", ["clinical-assessment", "psychometric-testing"]),
        ("clinical assessment (WISC, CBCL)", ["clinical-assessment", "psychometric-testing"]),
        ("intake assessment (PHQ-9)", ["intake-assessment", "outcome-measurement"]),
        # A code naming the same skill, or nothing, leaves the name's reading as it was.
        ("risk assessment (HCR-20)", ["risk-assessment"]),
        ("psychological assessment (MMPI-3, PAI)", ["clinical-assessment"]),
    ],
)
def test_a_named_practice_and_its_instruments_codes_are_both_read(taxonomy, text, skills):
    assert skills_read(text, taxonomy) == skills


def test_a_bracket_of_words_naming_another_skill_still_names_two(taxonomy):
    # Only instruments by their codes: a practice in words is a second skill, read as none.
    assert skills_read("psychological assessment (play therapy)", taxonomy) == []


@pytest.mark.parametrize(
    "text", ["garden risk assessments", "workshop risk assessment", "allotment risk assessments"]
)
def test_a_workplaces_risk_assessment_is_workplace_risk(taxonomy, text):
    assert read_lexically(text, taxonomy) == "workplace-risk-assessment"


def test_a_persons_risk_assessment_stays_clinical(taxonomy):
    assert read_lexically("suicide risk assessments", taxonomy) != "workplace-risk-assessment"
