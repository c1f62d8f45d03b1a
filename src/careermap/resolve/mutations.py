"""Welsh initial mutations: the forms a Welsh term's first word takes after other words.

A Welsh word changes its first consonant after some words (forty-second round, lang42):
"gofal" (care) is "ofal" after "i" (to) and "ei" (his), "nghofal" after "fy" (my) and
stays "gofal" after "a" (and); "cymorth" (help) is "gymorth", "nghymorth" and
"chymorth"; "teuluoedd" (families) is "theuluoedd" after "gyda" (with). The Welsh lexicon
(``data/taxonomy/languages/cy.yaml``) lists each term in its radical form, and the
resolver's index (:func:`careermap.resolve.lexicon.lexicon_index`) holds the mutated
forms of its first word too (:func:`mutated_keys`), so a term written after a word that
mutates it reads as the term does. A mutation inside a term is written in the term, as
practitioners write it: those words always follow the word that mutates them.

Three mutations of the nine consonants that mutate, as Welsh grammars give them (Thorne,
*A Comprehensive Welsh Grammar*, 1993, §§ 3-8; King, *Modern Welsh*, 2016, ch. 2):

=========  =====  =====  =====  =====  =====  =====  =====  =====  =====
radical    p      t      c      b      d      g      m      ll     rh
soft       b      d      g      f      dd     (none) f      l      r
nasal      mh     nh     ngh    m      n      ng
aspirate   ph     th     ch
=========  =====  =====  =====  =====  =====  =====  =====  =====  =====

A word beginning "ch", "ph" or "th" is a radical of its own (those are letters of the
Welsh alphabet, never mutated). Only these forms are made: nothing is guessed back from a
text, where a word opening with a vowel may or may not be a "g" softened away. This module
imports nothing of careermap.
"""

from __future__ import annotations

__all__ = ["MUTATING_LANGUAGES", "mutated", "mutated_keys"]

#: The lexicons (by language code) whose terms are read in their mutated forms too.
MUTATING_LANGUAGES = frozenset({"cy"})

#: The radical consonants, longest first, and their soft, nasal and aspirate forms
#: (``None`` where the mutation leaves the consonant as it is).
_MUTATIONS: tuple[tuple[str, str | None, str | None, str | None], ...] = (
    ("ll", "l", None, None),
    ("rh", "r", None, None),
    ("p", "b", "mh", "ph"),
    ("t", "d", "nh", "th"),
    ("c", "g", "ngh", "ch"),
    ("b", "f", "m", None),
    ("d", "dd", "n", None),
    ("g", "", "ng", None),
    ("m", "f", None, None),
)
#: Letters of the Welsh alphabet written with two characters that open a word unmutated.
_UNMUTATED = ("ch", "ph", "th")


def mutated(word: str) -> tuple[str, ...]:
    """Return the soft, nasal and aspirate forms of a Welsh *word*, those that differ.

    *word* is written in lower case (a term key); the radical itself is not among them.

    Parameters
    ----------
    word : str
        A Welsh word in its radical form, lower case.

    Returns
    -------
    tuple of str
        Its mutated forms, in the order soft, nasal, aspirate; empty for a word whose
        first letter does not mutate.

    Examples
    --------
    >>> mutated("gofal")
    ('ofal', 'ngofal')
    >>> mutated("cymorth")
    ('gymorth', 'nghymorth', 'chymorth')
    >>> mutated("teuluoedd")
    ('deuluoedd', 'nheuluoedd', 'theuluoedd')
    >>> mutated("llesiant"), mutated("therapi"), mutated("asesiad")
    (('lesiant',), (), ())
    """
    if word.startswith(_UNMUTATED):
        return ()
    for radical, *forms in _MUTATIONS:
        if word.startswith(radical):
            rest = word[len(radical) :]
            found = [form + rest for form in forms if form is not None]
            return tuple(f for f in dict.fromkeys(found) if len(f) > 1)
    return ()


def mutated_keys(key: str) -> tuple[str, ...]:
    """Return a term key with its first word in each mutated form (:func:`mutated`).

    Parameters
    ----------
    key : str
        A lexicon term's key (:func:`careermap.taxonomy.lexicon.term_key`).

    Returns
    -------
    tuple of str
        The key with its first word mutated, once per form; empty when it does not mutate.

    Examples
    --------
    >>> mutated_keys("diogelu oedolion")
    ('ddiogelu oedolion', 'niogelu oedolion')
    >>> mutated_keys("asesiad risg")
    ()
    """
    first, space, rest = key.partition(" ")
    return tuple(f"{form}{space}{rest}" for form in mutated(first))
