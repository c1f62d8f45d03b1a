"""Text folding: the ASCII fast path of normalize gives what the general path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.base.text import _FILLER, _NON_WORD, _spell, _stem, kept_apart, match_key, normalize


def general_normalize(text: str) -> str:
    """normalize without its ASCII fast path (decompose, drop marks, fold, one regex)."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = _NON_WORD.sub(" ", folded.replace("&", " and ")).split()
    return " ".join(_spell(word) for word in words)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_text_folds_as_the_general_path_folds(text: str) -> None:
    assert normalize.__wrapped__(text) == general_normalize(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_folds_as_the_general_path_folds(text: str) -> None:
    assert normalize.__wrapped__(text) == general_normalize(text)


def test_punctuation_case_and_ampersand_fold_on_the_ascii_path() -> None:
    assert normalize("  Trauma-Informed Care\t(CBT) & DBT; #1+ ") == (
        "trauma informed care cbt and dbt #1+"
    )
    assert normalize("Café Counselling") == "cafe counseling"


def test_match_key_stems_each_word_as_the_word_alone_stems() -> None:
    text = "Counsellors assessing clients' behaviours in the community"
    words = [w for w in normalize(text).split() if w not in _FILLER]
    assert match_key(text) == " ".join(_stem(w) for w in words)


def test_a_word_whose_stripped_suffix_leaves_another_word_keeps_its_own_stem() -> None:
    # read33 (thirty-third round): "career" lost "-er" and became "care", so "Staff Care
    # Counsellor" was the career counsellor's key; an e the suffix would leave is the word's.
    assert match_key("Career counsellor") != match_key("Care counsellor")
    assert _stem("careers") == _stem("career") == "career"
    assert _stem("degrees") == _stem("degree")
    assert _stem("carer") == _stem("carers")  # a suffix after a consonant still goes
    assert _stem("notes") != _stem("not")
    assert _stem("statements") != _stem("state")
    assert match_key("ACT") != match_key("active")


def test_words_kept_apart_are_the_stemmer_s_collisions_only() -> None:
    assert kept_apart("career", "care")
    assert kept_apart("care", "career")
    assert kept_apart("statement", "state")
    assert kept_apart("activ", "act")
    assert not kept_apart("nurs", "nurse")  # one word, two inflections
    assert not kept_apart("listen", "listen")
