"""Text normalisation for matching skill names typed by people.

Two levels, applied identically to the query and to every skill name:

* :func:`normalize` folds case, accents, punctuation and British/American
  spelling, so "Counselling" and "counseling" are the same name;
* :func:`match_key` also drops filler words and reduces each word to a rough
  stem, so "listening actively" and "active listener" become the same words,
  for the fuzzy scorer to compare.

:func:`listed` writes names as a list in words, for the sentences careermap says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

__all__ = [
    "BRACKETED",
    "fold_marks",
    "kept_apart",
    "key_counts",
    "latin_letter",
    "listed",
    "match_key",
    "normalize",
    "normalize_all",
    "unspaced_letter",
    "written_as",
]

#: Text in round brackets, the shortest run first: "(US)", "(lapsed 2020)".
BRACKETED = re.compile(r"\(.*?\)")
_SPELLINGS = {
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "behavioural": "behavioral",
    "counselling": "counseling",
    "counsellor": "counselor",
    "counsellors": "counselors",
    "counselled": "counseled",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "licence": "license",
    "defence": "defense",
    "practise": "practice",
    "practising": "practicing",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "modelling": "modeling",
    "labour": "labor",
    "honour": "honor",
    "colour": "color",
    "favour": "favor",
    "judgement": "judgment",
    "paediatric": "pediatric",
    "paediatrics": "pediatrics",
    "anaesthesia": "anesthesia",
    "ageing": "aging",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "travelling": "traveling",
}
# -ise/-isation words become -ize/-ization; the same rule runs on both sides,
# so over-applying it ("advise" -> "advize") cannot cause a mismatch.
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|ational|er|ers)$")
_NON_WORD = re.compile(r"[^a-z0-9+#]+")
#: The same for ASCII bytes: each byte _NON_WORD matches becomes a space (a faster path).
_WORD_BYTES = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789+#" else ord(" ") for c in range(256)
)

_FILLER = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "for",
        "to",
        "with",
        "using",
        "skill",
        "skills",
        "experience",
        "experienced",
        "ability",
        "abilities",
        "proficient",
        "strong",
        "good",
        "excellent",
        "technique",
        "techniques",
    }
)
_SUFFIXES = (
    "ically",
    "ations",
    "ation",
    "ively",
    "ments",
    "ment",
    "ings",
    "ing",
    "ions",
    "ion",
    "ers",
    "ies",
    "ive",
    "ed",
    "er",
    "ly",
    "es",
    "s",
)

#: Words whose suffix, stripped, would leave another word of a different meaning
#: (thirty-third round): each keeps a stem of its own. "notes" is no "not" (a negation),
#: "statement" no "state", "publication" no "public", "former" (a former post) no "form",
#: "owner" no "own", and "active", "actively", "action" are not ACT (acceptance and
#: commitment therapy, assertive community treatment, an Act of a parliament).
#: "medication" is no "medic" (an army or combat medic is a post).
_OWN_STEMS = {
    "notes": "note",
    "noted": "note",
    "statement": "statement",
    "statements": "statement",
    "publication": "publicat",
    "publications": "publicat",
    "former": "former",
    "owner": "owner",
    "owners": "owner",
    "active": "activ",
    "actively": "activ",
    "action": "action",
    "actions": "action",
    "medication": "medicat",
    "medications": "medicat",
}


@lru_cache(maxsize=65_536)
def normalize(text: str) -> str:
    """Fold case, accents, punctuation and spelling variants.

    Examples
    --------
    >>> normalize("  Trauma-Informed Care ")
    'trauma informed care'
    >>> normalize("Behaviour Modification & Counselling")
    'behavior modification and counseling'
    >>> normalize("Organisational psychology")
    'organizational psychology'
    """
    return " ".join(map(_spell, _folded_words(text)))


def _folded_words(text: str) -> list[str]:
    """Return :func:`normalize`'s words before spelling: case, accents and punctuation folded."""
    if text.isascii():  # NFKD leaves ASCII as it is, with no combining marks to drop
        folded = text.lower().replace("&", " and ").encode("ascii")
        return folded.translate(_WORD_BYTES).decode("ascii").split()
    return _NON_WORD.sub(" ", fold_marks(text).replace("&", " and ")).split()


@lru_cache(maxsize=65_536)
def _spell(word: str) -> str:
    word = _SPELLINGS.get(word, word)
    return _ISE.sub(lambda m: "iz" + m.group(1), word)


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    """Return *word*'s rough stem: its longest suffix of :data:`_SUFFIXES` dropped.

    A suffix beginning with *e* is not dropped where it would leave a stem ending in *e*:
    English writes *care* + *-er* as "carer", so the *e* of "career", "volunteer" or
    "degrees" is the word's own, and "career" is no "care" (thirty-third round: "Staff
    Care Counsellor" read as the career coach). A word of :data:`_OWN_STEMS` keeps its
    own stem.

    Examples
    --------
    >>> _stem("career"), _stem("careers"), _stem("carer"), _stem("care")
    ('career', 'career', 'car', 'care')
    >>> _stem("degrees"), _stem("degree"), _stem("notes"), _stem("listening")
    ('degree', 'degree', 'note', 'listen')
    """
    own = _OWN_STEMS.get(word)
    if own is not None:
        return own
    return _stripped(word, kept_e=True)


def _stripped(word: str, *, kept_e: bool) -> str:
    """Return *word* without its longest suffix; with *kept_e*, not leaving an *e* before one."""
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if kept_e and suffix[0] == "e" and stem[-1] == "e":
                continue  # "career" - "er" is no "care"
            return stem
    return word


#: The stems :data:`_OWN_STEMS` keeps apart: each word's own stem, with the stem its
#: suffix stripped would have given ("statement": "state").
_KEPT_APART = frozenset(
    pair
    for word, own in _OWN_STEMS.items()
    for pair in ((own, _stripped(word, kept_e=False)), (_stripped(word, kept_e=False), own))
)


def kept_apart(first: str, second: str) -> bool:
    """Say whether two rough stems are two words :func:`_stem` keeps apart.

    Their letters are close (one is the other with a suffix), but they are different
    words: "career" and "care", "statement" and "state" (thirty-third round). A fuzzy
    match of names by their letters should not take one for the other
    (:mod:`careermap.results.title_swaps`).

    Examples
    --------
    >>> kept_apart("career", "care"), kept_apart("note", "not"), kept_apart("nurs", "nurse")
    (True, True, False)
    """
    if first == second:
        return False
    return (
        (first, second) in _KEPT_APART
        or (_stripped(first, kept_e=False) == second and _stem(first) != second)
        or (_stripped(second, kept_e=False) == first and _stem(second) != first)
    )


@lru_cache(maxsize=65_536)
def match_key(text: str) -> str:
    """Return the words of *text* as rough stems, without filler words.

    Examples
    --------
    >>> match_key("Listening actively"), match_key("active listener")
    ('listen activ', 'activ listen')
    >>> match_key("experience with assessing clients")
    'assess client'
    """
    words = [w for w in normalize(text).split() if w not in _FILLER]
    return " ".join(map(_stem, words))


@lru_cache(maxsize=65_536)
def _keys_of(word: str) -> tuple[str, ...]:
    """Return :func:`match_key`'s words for one folded word (spelled, no filler, stemmed)."""
    return tuple(_stem(w) for w in _spell(word).split() if w not in _FILLER)


def key_counts(text: str) -> Counter[str]:
    """Count the words of ``match_key(text)``, each distinct word keyed once.

    The same counts as ``Counter(match_key(text).split())``, at a fraction of the
    cost for long texts, whose words repeat (a role's description and its dozens
    of alternative titles: ESCO's 3,039 roles hold 1.3 million characters); not
    cached, as such texts are read once.

    Examples
    --------
    >>> text = "Listening, listening & the active listeners"
    >>> key_counts(text) == Counter(match_key(text).split())
    True
    >>> sorted(key_counts(text).items())
    [('activ', 1), ('listen', 3)]
    """
    # map, chain and Counter run in C; each distinct word is keyed once (_keys_of's cache).
    return Counter(chain.from_iterable(map(_keys_of, _folded_words(text))))


#: A word as :func:`normalize` reads one (``+`` and ``#`` as in "C++"), or an ampersand.
_WRITTEN_WORD = re.compile(r"[^\W_]+(?:[+#]+)?|&")


def written_as(text: str, name: str) -> str | None:
    """Return the words of *text* that write *name*, as the person wrote them, or ``None``.

    The words compare as :func:`normalize` folds them (case, accents, punctuation,
    "&" for "and", British and American spelling), so a name is found however it was
    typed; what comes back is *text*'s own spelling, to quote to the person.
    ``None`` when *name* is not written in *text* (a skill's label or alias the text
    was read as, not one it uses: "bilingual" for "CHamoru & English").

    Examples
    --------
    >>> written_as("mentoring PQiP learners", "Mentoring")
    'mentoring'
    >>> written_as("NEWS & physical obs", "physical obs")
    'physical obs'
    >>> written_as("Drug & Alcohol counselling", "drug and alcohol counseling")
    'Drug & Alcohol counselling'
    >>> written_as("CHamoru & English", "bilingual") is None
    True
    >>> written_as("supervising NQSWs", "Clinical supervision") is None
    True
    """
    wanted = normalize(name).split()
    if not wanted:
        return None
    words: list[tuple[int, int, str]] = []  # start, end, one normalised word
    for found in _WRITTEN_WORD.finditer(text):
        words += [(found.start(), found.end(), word) for word in normalize(found.group()).split()]
    size = len(wanted)
    for first in range(len(words) - size + 1):
        if [word for _, _, word in words[first : first + size]] == wanted:
            return text[words[first][0] : words[first + size - 1][1]]
    return None


def listed(names: Sequence[str], *, last: str = "and") -> str:
    """Return *names* as a list in words: "A", "A and B", "A, B and C".

    Examples
    --------
    >>> listed(["Malawi"]), listed(["Malawi", "Zambia", "Kenya"])
    ('Malawi', 'Malawi, Zambia and Kenya')
    >>> listed(["FdSc Nursing Associate", "Nursing associate apprenticeship"], last="or")
    'FdSc Nursing Associate or Nursing associate apprenticeship'
    """
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {last} {names[-1]}"


@lru_cache(maxsize=4096)
def latin_letter(char: str) -> bool:
    """Say whether the character *char* is a letter of the Latin script.

    Looked up once per character (a lexicon's 2,700 terms are read on every load).

    Examples
    --------
    >>> latin_letter("ñ"), latin_letter("a"), latin_letter("ж"), latin_letter("λ")
    (True, True, False, False)
    """
    return unicodedata.name(char, "").startswith("LATIN")


#: Marks that make another letter, not an accent: the kana voicing marks ("か" and "が"
#: are two syllables; a half-width "ｶﾞ" is "ガ"). Kept, and composed again.
_LETTER_MARKS = frozenset("\u3099\u309a")
#: Arabic letters written one for another, folded as Arabic search folds them: the final
#: "ى" (alif maqsura) as "ي", the "ة" (ta marbuta) as "ه", the tatweel (a stretch) dropped.  # noqa: RUF003
#: The hamza seats ("أ", "إ", "آ") lose their mark with the other marks: "ا". And Latin  # noqa: RUF003
#: letters with no decomposition into a base letter and a mark, written as their base
#: letter (thirty-seventh round): before, :func:`normalize` split a word at one, so the
#: Turkish "danışmanlık" was "dan sman l k" and the Croatian "međuljudski" "me uljudski".  # noqa: RUF003
#: Thirty-eighth round: the Azerbaijani "ə" as "e" (as Azerbaijanis write it on a keyboard
#: without it: "məsləhət" was "m sl h t"), and the Persian letters written for the Arabic
#: ones as Persian search folds them (Lucene's PersianNormalizer): the Persian yeh "ی" as
#: "ي", the keheh "ک" as "ك", and the "ە" NFKD leaves of "ۀ" (heh with yeh) as "ه".  # noqa: RUF003
#: Thirty-ninth round, Sorani Kurdish, as Sorani search folds it (Lucene's
#: SoraniNormalizer): the Sorani ae (U+06D5) is the heh it folds with, the heh
#: doachashmee (U+06BE) is a heh, and the trilled r "ڕ" and its older form "ڒ" are "ر", as
#: Sorani typed without a Kurdish keyboard writes them (SoraniNormalizer reads a first
#: "ر" as "ڕ"; folding both ways to "ر" makes the same pairs one).
_FOLDS = str.maketrans(
    {
        "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None,  # Arabic
        "\u06cc": "\u064a", "\u06a9": "\u0643", "\u06d5": "\u0647",  # Persian
        "\u06be": "\u0647", "\u0695": "\u0631", "\u0692": "\u0631",  # Sorani
        "\u0131": "i", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ħ": "h", "\u0259": "e",
    }
)  # fmt: skip
#: The letters only Sorani Kurdish writes among the Arabic script's languages ("ڕ", "ڵ",
#: "ۆ", "ێ" and the ae, U+06D5): in a text holding one, a heh followed by the zero-width
#: non-joiner is the ae as Sorani was typed before keyboards had it (SoraniNormalizer),
#: not the end of a Persian compound's part.
_SORANI = re.compile("[\u0695\u06b5\u06c6\u06ce\u06d5]")
_HEH_NON_JOINER = "\u0647\u200c"
#: Letters NFKD splits that are composed again: the kana voicing marks, and the Hangul
#: jamo NFKD splits a Korean syllable into ("상" is "ᄉ", "ᅡ", "ᆼ").
_COMPOSED = re.compile("[\u3099\u309a\u1100-\u11ff]")


def fold_marks(text: str) -> str:
    """Return *text* without accents or other marks, case folded, in any script.

    What :func:`normalize` folds before it keeps only the letters a to z; a lexicon of
    another script folds the same way and keeps its letters (:func:`normalize_all`).
    A mark that makes another letter (the kana voicing marks) is kept, Arabic letters
    written one for another are folded into one, and a Latin letter with no mark to drop
    is written as its base letter (the Turkish dotless i, "ø", "đ", "ł", the Azerbaijani
    "ə": :data:`_FOLDS`); Persian letters are folded as their Arabic forms and Korean
    syllables are kept whole.

    Examples
    --------
    >>> fold_marks("Acompañamiento"), fold_marks("Краткосрочная терапия (Й)")
    ('acompanamiento', 'краткосрочная терапия (и)')
    >>> fold_marks("ｶﾞｲﾀﾞﾝｽ") == "ガイダンス"
    True
    >>> fold_marks("إدارة الحالة") == fold_marks("ادارة الحاله")
    True
    >>> fold_marks("Dan\u0131smanl\u0131k"), fold_marks("međuljudski odnosi"), fold_marks("Børn")
    ('danismanlik', 'meduljudski odnosi', 'born')
    >>> fold_marks("Psixoloji MƏSLƏHƏT"), fold_marks("심리상담") == "심리상담"
    ('psixoloji meslehet', True)
    >>> fold_marks("مشاوره کودک") == fold_marks("مشاوره كودك")
    True
    >>> older = "\u200c".join(["چاره", "سه", "ری خێزانی"])  # the non-joiner after a heh
    >>> fold_marks("چارەسەری خێزانی") == fold_marks(older)
    True
    >>> fold_marks("ڕاوێژکاری") == fold_marks("راوێژكاری")
    True
    """
    bare = unicodedata.normalize("NFKD", text).translate(_MARKS).casefold()
    if bare.isascii():
        return bare
    if _HEH_NON_JOINER in bare and _SORANI.search(text):  # older Sorani typing of the ae
        bare = bare.replace(_HEH_NON_JOINER, "\u0647")
    bare = bare.translate(_FOLDS)
    if _COMPOSED.search(bare):  # kana voicing marks, Hangul syllables: composed again
        return unicodedata.normalize("NFC", bare)
    return bare


class _Marks(dict[int, "int | None"]):
    """A ``str.translate`` table dropping combining marks but :data:`_LETTER_MARKS`.

    Each character is looked up in :mod:`unicodedata` once, then read from the table
    (a lexicon's thousands of terms in other scripts are folded on every run).
    """

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        kept = char in _LETTER_MARKS or not unicodedata.combining(char)
        self[code] = code if kept else None
        return self[code]


_MARKS = _Marks()


@lru_cache(maxsize=4096)
def _of_latin(char: str) -> bool:
    """Say whether *char* is no letter, or a letter of the Latin script."""
    return not char.isalpha() or latin_letter(char)


_NOT_WORD = re.compile(r"[^\w+#]+|_")


@lru_cache(maxsize=4096)
def unspaced_letter(char: str) -> bool:
    """Say whether *char* is a letter of a script written without spaces between words.

    Chinese characters, Japanese kana, Thai, Lao, Khmer and Burmese: a text in them is
    one run of letters, and :func:`normalize_all` drops any space or punctuation between
    two of them ("ソーシャル・スキル" is "ソーシャルスキル"). Korean's Hangul too
    (thirty-eighth round): Korean is written with spaces, but a technical term may be
    written spaced or joined alike (Korean orthography, 한글 맞춤법 art. 50: "전문 용어는
    단어별로 띄어 씀을 원칙으로 하되, 붙여 쓸 수 있다"), so "위기 개입" and "위기개입" are one.

    Examples
    --------
    >>> unspaced_letter("療"), unspaced_letter("ン"), unspaced_letter("ー"), unspaced_letter("a")
    (True, True, True, False)
    >>> unspaced_letter("상"), unspaced_letter("ش")
    (True, False)
    """
    return unicodedata.name(char, "").startswith(_UNSPACED)


_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "HANGUL")
_JOINED = re.compile(r"(?<=\S) (?=\S)")
#: A character at or above Thai, the first script written without spaces (U+0E00).
_FROM_THAI = re.compile("[\u0e00-\U0010ffff]")


@lru_cache(maxsize=65_536)
def normalize_all(text: str) -> str:
    """Return *text* normalised as :func:`normalize` does, keeping the letters of every script.

    The one normalisation for every script: a text whose letters are all Latin is
    :func:`normalize`'s (case, accents, punctuation and British spelling folded); in a
    text holding a letter of another script (Cyrillic, Greek, Arabic, Hebrew, Japanese),
    its words of Latin letters are too, and its other words are folded the same way but
    keep their letters (:func:`fold_marks`): accents and other marks dropped ("й" is
    "и"), case folded, anything but letters, digits, "+" and "#" a space. Between two
    letters of a script written without spaces (:func:`unspaced_letter`, and Korean's,
    whose terms are written spaced or joined), no space is kept; the Persian zero-width
    non-joiner between the parts of a compound is a space, as Persian search reads it
    (Lucene's PersianCharFilter), so "زوج‌درمانی" and "زوج درمانی" are one.
    :func:`normalize` is this text's Latin words alone: the taxonomy's names are English,
    so a name never holds another script (a lexicon of skill names in another language,
    :mod:`careermap.taxonomy.lexicon`, is compared in this form).

    Examples
    --------
    >>> normalize_all("Acompañamiento  terapéutico"), normalize_all("Психообразование (ПО)")
    ('acompanamiento terapeutico', 'психообразование по')
    >>> normalize_all("Кризова інтервенція") == normalize_all("кризова интервенция")
    False
    >>> normalize_all("CBT (КПТ) counselling"), normalize_all("ソーシャル・スキル トレーニング")
    ('cbt кпт counseling', 'ソーシャルスキルトレーニング')
    >>> normalize_all("위기 개입") == normalize_all("위기개입") == "위기개입"
    True
    >>> normalize_all("خانواده‌درمانی") == normalize_all("خانواده درماني")
    True
    """
    # Most texts are ASCII; a letter's script is looked up once (a lexicon's thousands of
    # terms are checked on every load of a taxonomy that is not read from the cache).
    if text.isascii() or all(map(_of_latin, text)):
        return normalize(text)
    words: list[str] = []
    for word in _NOT_WORD.sub(" ", fold_marks(text).replace("&", " and ")).split():
        if word.isascii() or all(map(_of_latin, word)):
            words += [_spell(w) for w in _NON_WORD.sub(" ", word).split()]
        else:
            words.append(word)
    key = " ".join(words)
    if _FROM_THAI.search(key) and any(map(unspaced_letter, key)):
        key = _JOINED.sub(_join, key)
    return key


def _join(space: re.Match[str]) -> str:
    """Drop a space between two letters of scripts written without spaces."""
    text, at = space.string, space.start()
    return "" if unspaced_letter(text[at - 1]) and unspaced_letter(text[at + 1]) else " "
