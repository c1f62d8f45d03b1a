"""Shorthand and a leading tenure or count, read in plain words (twenty-fifth round).

Review 25 (the sixteenth set read by a counsellor, finding 1): practitioners' core work
was left unread because CV shorthand ("w/", "pts", "yo") or a tenure in front ("30 yrs")
pulled the text's similarity, by name and by meaning, below what its words alone reach.
A text that reads nothing is read again in plain words
(careermap.resolve.notes.in_plain_words); a text that reads is never re-read.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.notes import in_plain_words


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("30 yrs adult outpatient counseling", "adult outpatient counseling"),
        ("CBT for anxiety w/ 16-25 yo", "CBT for anxiety with 16-25 year-olds"),
        ("talking with pts about my own recovery", "talking with patients about my own recovery"),
        ("Epic notes + tx plan goals", "Epic notes + treatment plan goals"),
        ("Near Me video appts", "Near Me video appointments"),
        ("Over 10 years of experience in crisis work", "crisis work"),
        ("8 yrs nursing home LPN", "nursing home LPN"),
        ("5 groups a day on the unit", "groups a day on the unit"),
        ("CBT w/o supervision", "CBT without supervision"),
        ("safety planning w/callers", "safety planning with callers"),
    ],
)
def test_plain_words(text, plain):
    assert in_plain_words(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        "988 network standards",  # a number that is a name, not a count
        "12-step facilitation",
        "504 plans",
        "5 Ps formulation",  # a count before a capital: a name ("the 5 Ps")
        "4 peer-reviewed papers",  # not a plural word after the count
        "licensed in TX",  # Texas, not treatment
        "2 years experience",  # nothing but the tenure
        "and/or",
        "counselling",
    ],
)
def test_nothing_to_make_plain(text):
    assert in_plain_words(text) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("CBT for anxiety w/ 16-25 yo", "cognitive-behavioural-therapy"),
        ("sharing my story w/ the ladies in the program", "peer-support"),
        ("12 yrs safety planning w/ callers", "safety-planning"),
    ],
)
def test_read_in_plain_words_by_name(default, text, skill):
    match = careermap.resolve_skill(text, taxonomy=default, semantic=False)
    assert (match.skill_id, match.method, match.query) == (skill, "part", text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("30 yrs adult outpatient counseling", "counselling"),
        ("talking with pts about my own recovery", "recovery-oriented-practice"),
    ],
)
def test_read_in_plain_words_by_meaning(default, text, skill):
    pytest.importorskip("wordllama")
    match = careermap.resolve_skill(text, taxonomy=default)
    assert (match.skill_id, match.method, match.query) == (skill, "semantic", text)


def test_a_text_that_reads_is_not_reread(default):
    # "passing meds" is an alias: the plain words are never tried.
    match = careermap.resolve_skill("passing meds", taxonomy=default, semantic=False)
    assert (match.skill_id, match.method) == ("medication-management", "alias")
