"""Terms of the taxonomy's lexicons found inside a clause of a narrative in another language.

The narrative extractor (:mod:`careermap.resolve.extract`) finds a skill's English label or
alias anywhere in a clause; a clause written in another language named nothing to it,
and the English encoder reads such text barely at all (docs/semantic.md, "Thirty-eighth
round": on holdout4, whose nine narratives in another language hold 28 of its 88
expected skills, extraction found 1). Here a clause that holds a word of another language
(:func:`careermap.resolve.language.other_language`), or a letter English does not write
(German capitalises its nouns, "Ich habe Rückfallprävention gemacht", which
``other_language`` does not count; then only a term holding such a letter is read, so
that an English clause is never read for a term spelt as an English word once its
accents are folded), is searched for the terms of the
lexicons (:func:`careermap.resolve.lexicon.lexicon_index`: "Kindeswohlgefährdung",
"профилактика срывов"), word for word, each word of the text equal to the term's or, in
words of :data:`MIN_STEM` letters or more, differing only in its last
:data:`ENDING_LETTERS` letters: inflected languages write the term's words with other
endings ("профилактике срывов", "Gefährdungseinschätzungen"). A term of one word is read
only when it is longer than three letters, and a clause that holds a negation of one of the
lexicons' languages (:data:`NEGATION_WORDS`: "nicht", "не", "jamais") claims no term, as an
English one claims nothing (the extractor's negation words are English only).

This module imports only :mod:`careermap.resolve.lexicon`, :mod:`careermap.resolve.language`
and the cache; it reads nothing at import.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from careermap.base.cache import derived
from careermap.base.frozen import FrozenDict
from careermap.resolve.language import other_language
from careermap.resolve.lexicon import Term, _words, lexicon_index

if TYPE_CHECKING:
    from careermap.taxonomy.models import Taxonomy

__all__ = ["ENDING_LETTERS", "MIN_STEM", "NEGATION_WORDS", "terms_in"]

#: A word of the text and a word of a term of at least :data:`MIN_STEM` letters each are
#: one word when they differ only in their last this many letters (each): a case or
#: number ending ("профилактике" / "профилактика", "Einschätzungen" / "Einschätzung").
#: Not fitted: no narrative in another language was in a set one could fit on; three
#: letters would also read "Hilfepläne" as "Hilfeplanung" and "медицинским психологом" as
#: *Psychology* (docs/semantic.md, "Thirty-eighth round").
ENDING_LETTERS = 2
#: Words shorter than this are compared whole.
MIN_STEM = 5
#: Negations of the lexicons' languages, as :func:`careermap.base.text.normalize` and
#: :func:`~careermap.taxonomy.lexicon.term_key` write them ("não" is "nao", "jamás"
#: "jamas"): Spanish, Portuguese, French, German, Russian and Ukrainian, Italian, Dutch,
#: Greek. Not "sin", "sans", "ohne" or "без" ("without"): "personas sin hogar" is
#: homelessness, no negation; not Italian "mai", which is Hindi's "I".
NEGATION_WORDS = frozenset(
    {
        "nunca", "jamas", "tampoco", "nao", "nem", "ne", "pas", "jamais", "aucun", "aucune",
        "nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner",
        "не", "ни", "никогда", "ніколи", "non", "niet", "nooit", "geen", "δεν", "ποτε",
    }
)  # fmt: skip
#: Longest term compared, in words (the longest in the lexicons is shorter).
_MAX_WORDS = 10
_SHORT = 3

_Grouped = Mapping[tuple[int, str], tuple[tuple[tuple[str, ...], Term], ...]]


def _accented(text: str) -> bool:
    """Whether *text* holds a letter English does not write unaccented ("ü", "ñ", "ж").

    Examples
    --------
    >>> _accented("Rückfallprävention"), _accented("relapse prevention")
    (True, False)
    """
    return any(char.isalpha() and not char.isascii() for char in text)


def _same(given: str, term: str) -> bool:
    """Whether *given* is *term*'s word, or the same with another ending.

    Examples
    --------
    >>> _same("профилактике", "профилактика"), _same("hilfeplane", "hilfeplanung")
    (True, False)
    >>> _same("plans", "plane"), _same("victimas", "victimas")
    (False, True)
    """
    if given == term:
        return True
    if min(len(given), len(term)) < MIN_STEM:
        return False
    from rapidfuzz.distance import Prefix  # noqa: PLC0415 - read with a clause only

    shared = Prefix.similarity(given, term)  # the letters both begin with
    return shared >= max(len(given), len(term)) - ENDING_LETTERS and shared >= MIN_STEM


def _grouped(taxonomy: Taxonomy) -> _Grouped:
    """Return the lexicon terms by their number of words and the first letters of the first."""

    def build() -> _Grouped:
        groups: dict[tuple[int, str], list[tuple[tuple[str, ...], Term]]] = {}
        for key, term in sorted(lexicon_index(taxonomy).items()):
            words = tuple(key.split())
            if words and len(words) <= _MAX_WORDS:
                groups.setdefault((len(words), words[0][: MIN_STEM - 1]), []).append((words, term))
        return FrozenDict({at: tuple(found) for at, found in groups.items()})

    return derived(taxonomy, "clause_terms", build)


def terms_in(clause: str, taxonomy: Taxonomy) -> list[Term]:
    """Return the lexicon terms found in *clause*, longest first, when it is in another language.

    Parameters
    ----------
    clause : str
        A clause of a narrative, as the extractor cuts it.
    taxonomy : Taxonomy
        Whose lexicons are searched.

    Returns
    -------
    list of Term
        The terms found (each at most once), longer before shorter, then in the order of the
        text; empty when *clause* holds neither a word of another language nor a letter
        English does not write, or when it holds a negation.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> found = terms_in("групповые занятия по профилактике срывов", load_taxonomy())
    >>> [(term.skill_id, term.language) for term in found]
    [('relapse-prevention', 'Russian')]
    >>> terms_in("relapse prevention groups", load_taxonomy())
    []
    >>> terms_in("Ich habe nie Kinderschutz gemacht", load_taxonomy())
    []
    """
    foreign = other_language(clause)
    if not foreign and not _accented(clause):
        return []
    groups = _grouped(taxonomy)
    words, _ = _words(clause)
    if NEGATION_WORDS.intersection(words):
        return []
    found: dict[str, Term] = {}
    for size in range(min(len(words), _MAX_WORDS), 0, -1):
        for begin in range(len(words) - size + 1):
            gram = words[begin : begin + size]
            if size == 1 and len(gram[0]) <= _SHORT:
                continue
            for term_words, term in groups.get((size, gram[0][: MIN_STEM - 1]), ()):
                if (foreign or _accented(term.term)) and all(
                    _same(mine, theirs) for mine, theirs in zip(gram, term_words, strict=True)
                ):
                    found.setdefault(term.term, term)
    return list(found.values())
