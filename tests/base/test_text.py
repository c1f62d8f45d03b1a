"""Text folding: the ASCII fast path of normalize gives what the general path gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.base.text import (
    _FILLER,
    _FOLDS,
    _NON_WORD,
    _spell,
    _stem,
    kept_apart,
    latin_letter,
    match_key,
    normalize,
    normalize_all,
)


def general_normalize(text: str) -> str:
    """normalize without its ASCII fast path (decompose, drop marks, fold, one regex)."""
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    folded = folded.translate(_FOLDS)  # letters with no mark to drop: dotless i, "ø", "đ"
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


# One normalisation for every script (thirty-seventh round): normalize_all keeps the letters
# normalize drops, and is normalize itself on a text whose letters are all Latin.


LATIN = st.characters(max_codepoint=0x24F).filter(lambda c: not c.isalpha() or latin_letter(c))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=LATIN, max_size=40))
def test_a_latin_text_is_normalised_alike_by_both(text: str) -> None:
    assert normalize_all.__wrapped__(text) == normalize(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_a_text_holding_a_letter_or_digit_never_normalises_to_nothing(text: str) -> None:
    # A Latin letter normalize does not fold into a to z ("Ꜣ", an Egyptologist's alef) is
    # still dropped, as it is from the English names: only other scripts are kept.
    key = normalize_all.__wrapped__(text)
    bare = unicodedata.normalize("NFKD", text)
    if any(c.isalnum() and (c.isascii() or not latin_letter(c)) for c in bare):
        assert key.strip(), text


def test_every_script_keeps_its_letters_folded() -> None:
    assert normalize("Психообразование") == ""  # the English names' form drops it
    assert normalize_all("Психообразование") == "психообразование"
    assert normalize_all("Ψυχοεκπαίδευση") == "ψυχοεκπαιδευση"
    assert normalize_all("الإرشاد الأسري") == normalize_all("الارشاد الاسري")
    assert normalize_all("الرعاية المستنيرة") == normalize_all("الرعايه المستنيره")
    turkish = "Bili\u015fsel Davran\u0131\u015f\u00e7\u0131"  # the dotless i of "Davranışçı"  # noqa: RUF003
    assert normalize_all(turkish) == "bilissel davranisci" == normalize(turkish.upper())


def test_japanese_keeps_its_voicing_and_drops_the_spaces_between_its_letters() -> None:
    assert normalize_all("が") != normalize_all("か")  # two syllables, not one with an accent
    assert normalize_all("ｶﾞｲﾀﾞﾝｽ") == normalize_all("ガイダンス") == "ガイダンス"
    assert normalize_all("ソーシャル・スキル トレーニング") == "ソーシャルスキルトレーニング"
    assert normalize_all("認知行動療法 (CBT)") == "認知行動療法 cbt"  # a Latin word stays apart


# Thirty-eighth round: Korean, Persian and Azerbaijani.


def test_korean_keeps_its_syllables_whole_and_compares_terms_spaced_or_joined() -> None:
    # NFKD splits a Hangul syllable into its jamo; they are composed again, so a key is
    # written as Korean is, and a term written spaced or joined (한글 맞춤법 art. 50) is one.
    key = normalize_all("위기 개입")
    assert key == "위기개입" == normalize_all("위기개입")
    assert all(unicodedata.name(c).startswith("HANGUL SYLLABLE") for c in key)
    assert normalize_all("인지행동치료 (CBT)") == "인지행동치료 cbt"  # a Latin word stays apart
    assert normalize_all("상담") != normalize_all("상단")  # one jamo apart: two words


def test_persian_letters_fold_as_their_arabic_forms_and_the_non_joiner_is_a_space() -> None:
    # "مشاوره کودکی" with the Persian keheh and yeh, then with the Arabic kaf and yeh
    persian = "\u0645\u0634\u0627\u0648\u0631\u0647 \u06a9\u0648\u062f\u06a9\u06cc"
    arabic = "\u0645\u0634\u0627\u0648\u0631\u0647 \u0643\u0648\u062f\u0643\u064a"
    assert normalize_all(persian) == normalize_all(arabic)
    assert normalize_all("زوج\u200cدرمانی") == normalize_all("زوج درمانی")  # noqa: RUF001 - ZWNJ
    assert normalize_all("زوج\u200cدرمانی") != normalize_all("زوجدرمانی")  # noqa: RUF001 - joined
    assert normalize_all("خانوادۀ") == normalize_all("خانواده")  # heh with yeh above


def test_the_azerbaijani_schwa_is_a_letter_of_its_word() -> None:
    # Before the thirty-eighth round normalize split a word at "ə": "m sl h t".
    assert (
        normalize("Psixoloji MƏSLƏHƏT") == "psixoloji meslehet" == normalize("psixoloji meslehet")
    )
    assert normalize_all("psixoloji məsləhət") == "psixoloji meslehet"


# Thirty-ninth round: Sorani Kurdish.


def test_sorani_letters_fold_as_sorani_search_folds_them() -> None:
    # "ە" and "ھ" as "ه", "ڕ" and "ڒ" as "ر" (Lucene's SoraniNormalizer), the Kurdish keheh  # noqa: RUF003
    # and yeh as the Arabic ones, as for Persian: "ڕاوێژکاری" typed without a Kurdish
    # keyboard is the same text.
    assert normalize_all("ڕاوێژکاری خێزانی") == normalize_all("راوێژكاري خێزاني")
    assert normalize_all("تەندروستی") == normalize_all("تهندروستی")
    assert normalize_all("ھاوسۆزی") == normalize_all("هاوسۆزی")
    # "ڵ", "ۆ" and "ێ" are letters of their own, kept.
    assert normalize_all("گوێگرتن") != normalize_all("گویگرتن")
    assert normalize_all("بۆ") != normalize_all("بو")


def test_an_older_sorani_heh_and_non_joiner_is_the_letter_ae_not_a_space() -> None:
    # Sorani was typed "ه" + ZWNJ for "ە" before keyboards had it: in a text holding a  # noqa: RUF003
    # letter only Sorani writes, that is one word ("چاره‌سه‌ری" is "چارەسەری").
    older = "\u0686\u0627\u0631\u0647\u200c\u0633\u0647\u200c\u0631\u06cc \u062e\u06ce\u0632\u0627\u0646\u06cc"  # noqa: E501
    assert normalize_all(older) == normalize_all("چارەسەری خێزانی")
    assert normalize_all(older).count(" ") == 1  # two words, not four
    # Persian keeps its non-joiner between a compound's parts as a space.
    assert normalize_all("زوج\u200cدرمانی") == normalize_all("زوج درمانی")  # noqa: RUF001 - ZWNJ
    assert normalize_all("خانواده\u200cدرمانی") != normalize_all("خانوادهدرمانی")  # noqa: RUF001
