"""The words other languages write around a lexicon term (resolve.lexicon_leads, fortieth round)."""

from __future__ import annotations

import pytest

from careermap.resolve.lexicon_leads import arabic_bare, attached_complement, lead_stripped
from careermap.taxonomy.lexicon import term_key


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Realizei avaliações psicológicas", "avaliações psicológicas"),
        ("REALICÉ evaluaciones", "evaluaciones"),  # case and accents folded
        ("Participé en las sesiones de mediación", "mediación"),  # verb, article, form
        ("Apliquei testes (MMPI-2) para relatórios", "testes para relatórios"),  # no brackets
        ("séances de relaxation", "relaxation"),
        ("suivi de la médiation", "médiation"),
        ("جلسات إرشاد أسري", "إرشاد أسري"),
    ],
)
def test_a_lead_is_stripped(text, rest):
    assert lead_stripped(text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "avaliações psicológicas",  # no lead
        "Trabalhei no hospital",  # a verb of holding a post, then a place
        "Supervise senior social workers",  # English, never a lead
        "sessões de",  # nothing left
        "psychoeducation sessions",
    ],
)
def test_what_is_no_lead(text):
    assert lead_stripped(text) is None


def test_the_arabic_article_is_dropped_from_words_of_four_letters_or_more():
    assert arabic_bare(term_key("الإرشاد الأسري")) == arabic_bare(term_key("إرشاد أسري"))
    assert arabic_bare("الم") == "الم"  # three letters: "pain", no article
    assert arabic_bare("case management") == "case management"


def test_an_attached_complement_is_found_after_the_first_word_only():
    assert attached_complement(term_key("دراسة الحالة للمريض").split()) == 2
    assert attached_complement(term_key("للمريض دراسة").split()) is None
    assert attached_complement(["لل", "x"]) is None
