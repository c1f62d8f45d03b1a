"""Lexicon terms found inside a narrative's clauses in another language (thirty-eighth round).

docs/semantic.md, "Thirty-eighth round": holdout4's narratives in Russian, German and
Spanish named skills by the lexicons' terms, with case endings the whole-text reading of
a term does not allow, and extraction found none of them.
"""

from __future__ import annotations

import pytest

from careermap.resolve import clause_terms as _terms
from careermap.resolve.clause_terms import terms_in
from careermap.resolve.extract import extract_skills


def skills(text: str, taxonomy) -> set[str]:
    return {s.skill_id for s in extract_skills(text, taxonomy=taxonomy, semantic=False)}


def test_a_term_with_another_ending_is_found_in_a_clause(default):
    # "профилактика срывов" (relapse prevention) in the prepositional case.
    found = skills("Проводила групповые занятия по профилактике срывов.", default)
    assert "relapse-prevention" in found


def test_a_term_is_found_inside_a_longer_clause(default):
    text = "Ich habe zehn Jahre im Jugendamt bei Kindeswohlgefährdung gearbeitet."
    found = extract_skills(text, taxonomy=default, semantic=False)
    hit = next(s for s in found if s.skill_id == "safeguarding")
    assert hit.method == "alias"
    assert hit.matched_name == "Kindeswohlgefährdung"
    assert text[hit.start : hit.end] == hit.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Nunca hice prevención de la recaída.",
        "Я никогда не вела группы профилактики срывов.",
        "Ich habe keine Rückfallprävention gemacht.",
    ],
)
def test_a_clause_negated_in_its_own_language_claims_no_term(default, text):
    assert "relapse-prevention" not in skills(text, default)


@pytest.mark.parametrize(
    "text",
    [
        "Hice prevención de la recaída con adolescentes.",
        "Я вела группы профилактики срывов.",
        "Ich habe Rückfallprävention gemacht.",
    ],
)
def test_the_same_clauses_unnegated_claim_it(default, text):
    assert "relapse-prevention" in skills(text, default)


def test_english_clauses_are_not_searched_for_terms(default):
    # The lexicons hold terms spelt as English words once their accents are folded
    # ("mediación" is "mediacion", "médiation" "mediation"); an English clause is read as before.
    assert terms_in("I ran mediation sessions for families", default) == []
    assert skills("I ran mediation sessions for families.", default) == skills(
        "I ran mediation sessions for families.", default
    )


@pytest.mark.parametrize(
    ("given", "term", "same"),
    [
        ("профилактике", "профилактика", True),
        ("einschatzungen", "einschatzung", True),
        ("hilfeplane", "hilfeplanung", False),  # three letters differ: not the same word
        ("plans", "plant", False),  # short words are compared whole
        ("terapeuta", "terapia", False),
    ],
)
def test_which_words_differ_only_in_their_ending(given, term, same):
    assert _terms._same(given, term) is same


def test_a_term_of_three_letters_or_fewer_is_not_read_on_its_own(default):
    short = [
        term for term in terms_in("trabajé con la TCC y la DBT", default) if len(term.term) <= 3
    ]
    assert short == []
