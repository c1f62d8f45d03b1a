"""Welsh initial mutations of a lexicon term's first word (resolve.mutations; lang42)."""

from __future__ import annotations

import pytest

from careermap.resolve.mutations import mutated, mutated_keys


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        # Soft, nasal, aspirate, as the grammars' table gives them.
        ("pobl", ("bobl", "mhobl", "phobl")),
        ("teulu", ("deulu", "nheulu", "theulu")),
        ("cymorth", ("gymorth", "nghymorth", "chymorth")),
        ("brysbennu", ("frysbennu", "mrysbennu")),
        ("diogelu", ("ddiogelu", "niogelu")),
        ("gofal", ("ofal", "ngofal")),
        ("mentora", ("fentora",)),
        ("llesiant", ("lesiant",)),
        ("rheoli", ("reoli",)),
    ],
)
def test_each_mutating_consonant_takes_its_forms(word, forms):
    assert mutated(word) == forms


@pytest.mark.parametrize(
    "word", ["asesiad", "nyrsio", "seicoaddysg", "therapi", "chwarae", "ffiniau"]
)
def test_a_vowel_a_letter_that_does_not_mutate_or_a_digraph_of_its_own_is_left(word):
    # "th", "ch" and "ph" are letters of the Welsh alphabet, not "t", "c", "p" mutated;
    # "n", "s", "ff" do not mutate.
    assert mutated(word) == ()


def test_only_the_first_word_of_a_key_is_mutated():
    assert mutated_keys("cymorth cyntaf") == (
        "gymorth cyntaf",
        "nghymorth cyntaf",
        "chymorth cyntaf",
    )
    assert mutated_keys("asesiad risg") == ()


def test_a_form_is_never_a_single_letter():
    # "g" softened away from a one-letter word would leave nothing to compare.
    assert all(len(form) > 1 for form in mutated("go"))
