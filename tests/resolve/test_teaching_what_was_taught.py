"""What was taught, not *Instructing*, and a comma between two adjectives (forty-third round).

docs/semantic.md, "Forty-third round: what was taught (teach43)": the teaching rules read
*Instructing* or *Training delivery* for what a practitioner taught the people the work
is for (31 wrong silent matches on the spent held-out sets), and the duty-by-duty reading
cut "kept a calm, structured classroom" at the comma of two adjectives. Each paraphrase
here is no longer teaching work, with a near miss that still is.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.cv_duties import duties
from careermap.resolve.parts import split_phrase
from careermap.resolve.teaching import clause_taught, doing_taught, practice_taught

from ..conftest import read_lexically


@pytest.fixture(scope="module")
def taxonomy() -> careermap.Taxonomy:
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    "text",
    [
        "taught young carers to shop and cook on a budget",
        "taught foster parents how to calm a child after contact",
        "coached ward managers to notice burnout in their teams",
        "taught the PATHS programme's calming skills to infant classes",
        "taught anxiety management skills in a closed group",
        "taught breathing techniques to women in the refuge",
        "teaching assistant for a pupil with autism",
    ],
)
def test_what_was_taught_is_no_teaching_work(text: str, taxonomy: careermap.Taxonomy) -> None:
    assert read_lexically(text, taxonomy) not in {"instructing", "training-delivery"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("taught second-year social work students how to write a case summary", "instructing"),
        ("taught new staff how to use the rostering app", "instructing"),
        ("taught psychology to undergraduates for four years", "instructing"),
        ("lectured on the counselling diploma", "instructing"),
        ("trained hostel volunteers at the hub", "training-delivery"),
    ],
)
def test_teaching_learners_is_still_teaching_work(
    text: str, skill: str, taxonomy: careermap.Taxonomy
) -> None:
    assert read_lexically(text, taxonomy) == skill


def test_the_clause_after_the_people_is_what_was_taught() -> None:
    assert clause_taught("care leavers to cook and budget")
    assert clause_taught("staff how stigma works")
    # "to" before people: a topic taught them.
    assert not clause_taught("English to refugees")
    assert not clause_taught("de-escalation to the night staff")
    assert not clause_taught("apprentices how to lay bricks")
    # Whole, after a teaching word: the with-whom and "of" readings do not peel the doing.
    assert doing_taught("training tenants of the estate to run a residents' panel")
    reads = [split.required for split in split_phrase("trained hostel volunteers to run groups")]
    assert ("delivering training",) not in reads
    near = split_phrase("trained hostel volunteers at the hub")  # where: still whom
    assert ("delivering training",) in [split.required for split in near]


def test_a_technique_taught_to_anyone_but_learners_is_practice() -> None:
    assert practice_taught("coping skills to year 7 classes")
    assert practice_taught("grounding techniques in weekly sessions")
    assert not practice_taught("coping skills to nurses on the ward")


def test_a_comma_between_two_adjectives_is_no_duty() -> None:
    assert duties("kept a calm, predictable classroom for Year 8") is None
    assert duties("ran a safe, structured group for survivors and wrote the reports") == (
        "ran a safe, structured group for survivors",
        "wrote the reports",
    )
    # A plural noun after the participle: its own duty.
    assert duties("Ran a group, facilitated sessions and wrote the reports") == (
        "Ran a group",
        "facilitated sessions",
        "wrote the reports",
    )
