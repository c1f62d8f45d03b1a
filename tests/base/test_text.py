"""Text folding: the ASCII fast path of normalize gives what the general path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.base.text import _FILLER, _NON_WORD, _spell, _stem, match_key, normalize


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
