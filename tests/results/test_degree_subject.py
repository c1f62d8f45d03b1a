"""A post that asks for a degree in a subject (``Entry.degree_in``), and a person's field.

Forty-third round, review43 P2: a psychology lecturer's post was "Ready now" for a
Sudanese psychiatrist on his medical doctorate, even with ``--field medicine``.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from careermap import lookup_role
from careermap.resolve.profile import Background
from careermap.results.degree_subject import in_subject, subject_need
from careermap.results.gates import missing_gates
from careermap.results.readiness import assess
from careermap.results.verdict import Gate
from careermap.taxonomy.models import Entry

LECTURER = lookup_role("psychology-lecturer").entry
ASSISTANT = lookup_role("assistant-psychologist").entry


def doctor(field: str | None, **more: object) -> Background:
    return Background(education="doctorate", field=field, country="GB", years_experience=9, **more)


@pytest.mark.parametrize(
    ("field", "held"),
    [
        ("Psychology", True),
        ("Counselling Psychology", True),
        ("BSc (Hons) Psychology", True),
        ("Counseling", True),
        ("Medicine", False),
        ("Psychiatry", False),
        ("Psychotherapy", False),
        ("Nursing", False),
    ],
)
def test_a_field_holds_the_subject_words_whole(field: str, held: bool) -> None:
    assert in_subject(field, LECTURER.degree_in) is held


def test_a_medical_doctorate_needs_a_psychology_degree_for_the_lecturer() -> None:
    found = assess(LECTURER, doctor("medicine"))
    assert found is not None
    assert found.verdict == "needs"
    assert "a degree in psychology or counselling" in found.needs
    assert Gate.SUBJECT in found.gates
    assert missing_gates(found, doctor("medicine")) == 1


def test_a_psychology_doctorate_is_ready_for_the_lecturer() -> None:
    found = assess(LECTURER, doctor("Clinical Psychology"))
    assert found is not None
    assert found.verdict != "needs"
    assert Gate.SUBJECT not in found.gates


def test_no_field_given_is_not_held_against_the_person() -> None:
    assert subject_need(LECTURER, doctor(None), {}) is None
    assert subject_need(LECTURER, Background(field="medicine"), {}) is None


def test_a_degree_below_the_level_is_the_degree_need_only() -> None:
    master = Background(education="master", field="medicine")
    assert subject_need(LECTURER, master, {}) is None
    found = assess(LECTURER, master)
    assert found is not None
    assert not any("degree in" in need for need in found.needs)


def test_the_assistant_psychologist_asks_psychology_unless_the_gbc_is_held() -> None:
    nurse = Background(education="bachelor", field="Nursing", country="GB")
    assert subject_need(ASSISTANT, nurse, {}) == "a degree in psychology"
    gbc = ["BPS Graduate Basis for Chartered Membership"]
    converted = nurse.model_copy(update={"credentials": gbc})
    assert subject_need(ASSISTANT, converted, {}) is None


@pytest.mark.parametrize(
    ("written", "met"),
    [
        ("MSc Psychology (conversion, BPS-accredited), second year of two, in progress", True),
        ("MSc Psychology (conversion, BPS-accredited)", True),
        ("MD Psychiatry, Sudan Medical Specialization Board", False),
        ("Chartered psychologist", False),
    ],
)
def test_a_degree_in_the_subject_among_the_credentials_meets_it(written: str, met: bool) -> None:
    graduate = Background(education="bachelor", field="English literature", credentials=[written])
    assert (subject_need(ASSISTANT, graduate, {}) is None) is met


def test_a_post_naming_no_subject_takes_any() -> None:
    therapist = lookup_role("crisis-counsellor").entry
    assert therapist.degree_in == ()
    assert subject_need(therapist, doctor("medicine"), {}) is None


@pytest.mark.parametrize("subjects", [["psychology", "Psychology"], [" "]])
def test_degree_in_is_checked(subjects: list[str]) -> None:
    with pytest.raises(ValidationError, match="degree_in"):
        Entry(education="bachelor", job_zone=4, degree_in=subjects)
