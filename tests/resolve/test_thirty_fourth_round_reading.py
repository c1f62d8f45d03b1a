"""Misreadings found by the counsellor's review of the twenty-fifth set (review34 P4).

Thirty-fourth round (read34): "Safewards" was *Safeguarding* by its letters (fuzzy 82);
"HCR-20 v3 structured professional judgement" was unread although "HCR-20" is an alias
(the words after the code defeated it); "bilingual counseling (Spanish/English)" was
*Second language* alone (the counselling lost); "practice development, preceptorship
programme" was *Programme development* by meaning; "psych evals" was *Psychometric
testing* (91 from "psychoed evaluations"); "peer counselling" was bare *Counselling*.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.codes import leading_code
from careermap.resolve.resolver import another_word

from ..conftest import read_lexically, skills_read


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


# One word near a one-word name by its letters: another word, unless a typo or a form.


@pytest.mark.parametrize(
    ("text", "name"),
    [("Safewards", "Safeguarding"), ("safewards", "safeguarding")],
)
def test_a_word_three_changes_from_a_name_is_another_word(text, name):
    assert another_word(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("safegaurding", "Safeguarding"),  # two letters swapped
        ("safguarding", "Safeguarding"),  # one missing
        ("counsellors", "counselling"),  # another form: the same stem
        ("listening activly", "active listening"),  # two words: covers() decides
    ],
)
def test_a_typo_or_another_form_is_the_same_word(text, name):
    assert not another_word(text, name)


def test_safewards_is_never_safeguarding(taxonomy):
    match = careermap.resolve_skill("Safewards", taxonomy=taxonomy, semantic=False)
    assert match.skill_id == "conflict-de-escalation"
    assert match.method == "alias"


@pytest.mark.parametrize("text", ["safegaurding", "safguarding", "Safeguardng"])
def test_safeguarding_with_a_typo_is_still_read(taxonomy, text):
    assert read_lexically(text, taxonomy) == "safeguarding"


# A known code first, and words after it: the code is read.


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("HCR-20 v3 structured professional judgement", "HCR-20"),
        ("PHQ-9: scores tracked weekly", "PHQ-9"),
        ("V300 - antipsychotics", "V300"),
    ],
)
def test_the_code_that_begins_a_text(text, code):
    assert leading_code(text) == code


@pytest.mark.parametrize("text", ["HCR-20", "ACT team", "CAMHS duty work", "Level 3 diploma"])
def test_no_leading_code_alone_or_without_a_digit(text):
    assert leading_code(text) is None


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("HCR-20 v3 structured professional judgement", "risk-assessment"),
        ("HCR-20 assessments", "risk-assessment"),
        ("PHQ-9 scores", "outcome-measurement"),
        ("NMP V300 - antipsychotics, clozapine titration", "psychopharmacology"),
        ("structured professional judgement", "risk-assessment"),
        ("NMP", "psychopharmacology"),
    ],
)
def test_a_known_code_before_other_words_is_read(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


def test_a_code_without_a_digit_is_not_taken_from_a_longer_name(taxonomy):
    # "ACT team" is assertive community treatment, never acceptance and commitment therapy.
    assert read_lexically("ACT team", taxonomy) == "assertive-community-treatment"


# A practice done in two languages: both skills.


@pytest.mark.parametrize(
    ("text", "practice"),
    [
        ("bilingual counseling (Spanish/English)", "counselling"),
        ("bilingual case management", "case-management"),
        ("bilingual CBT", "cognitive-behavioural-therapy"),
        ("multilingual counselling", "counselling"),
    ],
)
def test_a_bilingual_practice_is_the_language_and_the_practice(taxonomy, text, practice):
    assert skills_read(text, taxonomy) == sorted(["second-language", practice])


@pytest.mark.parametrize("text", ["bilingual", "bilingual Spanish/English"])
def test_bilingual_alone_is_the_language(taxonomy, text):
    assert skills_read(text, taxonomy) == ["second-language"]


# Names in a nurse's and an emergency department's shorthand.


def test_practice_development_and_preceptorship_are_both_read(taxonomy):
    read = skills_read("practice development, preceptorship programme", taxonomy)
    assert read == ["mentoring", "quality-improvement"]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("preceptorship programme", "mentoring"),
        ("CBT programme", "cognitive-behavioural-therapy"),
        ("practice development", "quality-improvement"),
    ],
)
def test_a_programme_run_is_its_practice(taxonomy, text, skill):
    assert read_lexically(text, taxonomy) == skill


@pytest.mark.parametrize(
    "text", ["psych evals", "psych eval", "psych evals in the ED / EDW paperwork"]
)
def test_a_psych_eval_is_a_psychiatric_evaluation(taxonomy, text):
    assert read_lexically(text, taxonomy) == "clinical-assessment"


def test_a_psychoed_evaluation_stays_psychometric_testing(taxonomy):
    assert read_lexically("psychoed evaluations", taxonomy) == "psychometric-testing"


@pytest.mark.parametrize("text", ["peer counselling", "peer counseling", "peer counsellor"])
def test_peer_counselling_is_peer_support(taxonomy, text):
    assert read_lexically(text, taxonomy) == "peer-support"


def test_counselling_alone_stays_counselling(taxonomy):
    assert read_lexically("counselling", taxonomy) == "counselling"
