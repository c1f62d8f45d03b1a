"""A practitioner's title in a narrative read as its practice's name (thirty-eighth round).

docs/semantic.md, "Thirty-eighth round": "I am a social worker in Soweto with a caseload
of about 60 families" and "Nagtrabaho ako bilang social worker sa DSWD" were not read as
social work on holdout2, holdout3 and holdout4.
"""

from __future__ import annotations

from careermap.resolve.extract import extract_skills
from careermap.resolve.practitioner_names import practice_names


def skills(text: str, taxonomy, *, semantic: bool = False) -> set[str]:
    return {s.skill_id for s in extract_skills(text, taxonomy=taxonomy, semantic=semantic)}


def test_a_title_is_read_as_its_practice(default):
    assert "social-work-practice" in skills("Nagtrabaho ako bilang social worker sa DSWD.", default)
    assert "mental-health-nursing" in skills(
        "I worked as a mental health nurse for ten years.", default
    )


def test_the_finding_keeps_the_clause_and_the_name_it_was_read_as(default):
    text = "I am a social worker in Soweto with a caseload of about 60 families."
    hit = next(
        s
        for s in extract_skills(text, taxonomy=default, semantic=False)
        if s.skill_id == "social-work-practice"
    )
    assert hit.matched_name == "social work"
    assert hit.evidence == text[hit.start : hit.end]
    assert hit.evidence.startswith("I am a social worker")


def test_a_bare_practitioners_word_is_not_read(default):
    # "psychologist" is no Psychology, "therapist" no Therapy: only names of two words or more.
    assert practice_names("I assisted the psychologist during intake interviews", default) == []
    assert practice_names("an accredited EMDR therapist", default) == []


def test_a_negated_title_claims_nothing(default):
    assert "social-work-practice" not in skills("I was never a social worker.", default)


def test_the_work_itself_is_read_as_before(default):
    # The rule reads a practitioner's word; a practice named outright is the extractor's own.
    assert practice_names("I did social work in Soweto", default) == []
    assert "social-work-practice" in skills("I did social work in Soweto.", default)


def test_anothers_title_is_not_the_writers(default):
    # The social worker in the room, the one a client was referred to, the ones supervised.
    for clause in (
        "I chair CPA reviews with the GP and the social worker",
        "I referred him to a social worker",
        "I supervised three social workers",
        "I worked alongside a mental health nurse",
    ):
        assert practice_names(clause, default) == [], clause
    assert practice_names("I am a social worker", default) == [
        ("social-work-practice", "social work")
    ]
