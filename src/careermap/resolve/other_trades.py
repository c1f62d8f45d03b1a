"""A care skill's name at the head of another trade's task: "risk assessment of the crane lift".

Many care skills have names other trades use for their own work: "root cause analysis
of the server outage", "grounding and bonding of the switchboard to the earth
electrode", "triage of the bug tickets", "case management of the patent litigation
docket". The phrase readings (:func:`careermap.resolve.readings.in_part`) read the name
and let the words after it say whom or what the work was for, which is right in care
work ("risk assessment of the young person's home", "root cause analysis of the
incident on the ward") and wrong here: the object is another trade's.

:func:`another_trade` says which: the words after "of" or "for" that follows the name at
the head of the text (up to a bracket, a dash, a comma or a semicolon) are read against
the words the taxonomy itself uses (:func:`care_words`: the labels, aliases and
descriptions of its skills, roles and sectors, the reasons of its relations, its
credentials' names and its lexicons' terms), compared by a rough stem so that
"arriving" is the taxonomy's "arrives". Words written with a capital or a digit (names
of places, programmes, tools, acronyms), words of fewer than three letters, function
words and people ("refugees", "tenants":
:data:`careermap.resolve.phrase_words.PEOPLE_KINDS`) are never foreign. Two or more
foreign words make the object another trade's (:data:`FOREIGN_WORDS`); the resolver
then shows the skill as a suggestion, not a match (docs/semantic.md, "Fortieth round").
Text in another language is left alone: its words are foreign to an English taxonomy
whatever they say.

Nothing here is fitted to a list of trades' words: the care side is the taxonomy's own
vocabulary, so a taxonomy that names other trades' work reads them as its own; one of
more than :data:`LARGEST_TAXONOMY` skills (ESCO) is not read this way at all.
"""

from __future__ import annotations

import re

from careermap.base.cache import derived
from careermap.resolve.language import other_language
from careermap.resolve.phrase_words import PEOPLE_KINDS
from careermap.taxonomy.models import Taxonomy

__all__ = ["FOREIGN_WORDS", "LARGEST_TAXONOMY", "another_trade", "care_words", "foreign_words"]

#: Words after the name, foreign to the taxonomy, that make the object another trade's.
#: Over every persona text read in part by a name followed by "of" or "for", none has
#: more than one (docs/semantic.md, "Fortieth round").
FOREIGN_WORDS = 2

#: Skills beyond which a taxonomy is not read this way: one that large (ESCO's 14,579)
#: names other trades' work itself, so their words are its own and the rule would
#: rarely fire, while reading its millions of characters of descriptions takes seconds.
LARGEST_TAXONOMY = 2_000

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: A run of English letters: the taxonomy's words, read fast (:func:`care_words`).
_LETTERS = re.compile(r"[A-Za-z]+")
#: A word as most English text writes an ordinary word: lower case letters only.
_PLAIN = re.compile(r"[a-z]+(?:['\u2019-][a-z]+)*")
#: The name's object: "of" or "for" after it, or after "and" and one more word ("grounding
#: and bonding of ...").
_OBJECT = re.compile(r"^(?:\s+(?:and|&)\s+[^\W\d_]+)?\s+(?:of|for)\s+(?P<object>\S.*)$", re.I)
#: Where the object ends: a bracket, a dash between spaces, a comma or a semicolon.
_OBJECT_END = re.compile(r"\s*[(\[]|\s+[-\u2013\u2014]\s+|\s*[,;]")
_PEOPLE = re.compile(
    rf"(?:{PEOPLE_KINDS}|people|persons?|clients?|patients?|families|family|parents?"
    r"|carers?|children|child|youth|adults?|students?|pupils?|staff|users?)",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of for to in on at with and or by from into onto after before during over "
        "under about as our my their his her its this that these those up out off per via "
        "beside behind near across between within without new old",
    )
)
_ENDINGS = ("ies", "ing", "ed", "es", "s", "e", "y")
_MIN_LETTERS = 3


def _stem(word: str) -> str:
    """Return *word* (lower case) without one common ending: "arriving", "arrives" -> "arriv"."""
    word = word.replace("\u2019", "'").removesuffix("'s")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_LETTERS:
            return word[: -len(ending)]
    return word


def care_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the stems of every word *taxonomy* uses to say what its skills and roles are.

    Labels, aliases and descriptions of skills, roles and sectors, the reasons of the
    relations, the credentials' names and the lexicons' terms; each run of English letters
    (each part of a hyphenated word), by :func:`_stem`. Built once per taxonomy, when a
    text is first read in part with the semantic layer (docs/semantic.md, "Fortieth
    round", gives its time).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> words = care_words(default_taxonomy())
    >>> "ward" in words, "switchboard" in words
    (True, False)
    """

    def build() -> frozenset[str]:
        texts: list[str] = []
        for skill in taxonomy.skills:
            texts += [skill.label, *skill.aliases, skill.description]
        for role in taxonomy.roles:
            texts += [role.title, *role.aliases, role.description]
        for sector in taxonomy.sectors:
            texts += [sector.label, sector.description]
        texts += [relation.reason for relation in taxonomy.relations]
        texts += [credential.name for credential in taxonomy.credentials]
        texts += [
            term
            for lexicon in taxonomy.lexicons
            for entry in lexicon.skills
            for term in entry.terms
        ]
        # Only words of English letters can be foreign (_PLAIN), so only they are kept: a
        # simple pattern reads ESCO's 5.5 million characters of descriptions in a fraction
        # of the time a Unicode word pattern takes. A hyphenated word is kept in its parts.
        words = {word.lower() for word in set(_LETTERS.findall("\n".join(texts)))}
        return frozenset(_stem(word) for word in words)

    return derived(taxonomy, "care-words", build)


def foreign_words(text: str, name: str, taxonomy: Taxonomy) -> tuple[str, ...]:
    """Return the words of the object after *name*, at the head of *text*, the taxonomy never uses.

    Empty when *name* does not begin *text*, no "of" or "for" follows it, or *text* is in
    another language (:func:`careermap.resolve.language.other_language`).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> foreign_words("risk assessment of the crane lift plan", "risk assessment", taxonomy)
    ('crane', 'lift')
    >>> foreign_words("risk assessment of the young person's home", "risk assessment", taxonomy)
    ()
    """
    stripped = text.strip()
    if not name or not stripped.lower().startswith(name.lower()) or other_language(stripped):
        return ()
    hit = _OBJECT.match(stripped[len(name) :])
    if hit is None:
        return ()
    what = _OBJECT_END.split(hit["object"], maxsplit=1)[0]
    known = care_words(taxonomy)
    return tuple(
        word
        for word in _WORD.findall(what)
        if len(word) >= _MIN_LETTERS
        and _PLAIN.fullmatch(word)
        and word not in _FUNCTION_WORDS
        and not _PEOPLE.fullmatch(word)
        and _stem(word) not in known
        and not any(_stem(piece) in known for piece in word.split("-") if "-" in word)
    )


def another_trade(text: str, name: str, taxonomy: Taxonomy) -> bool:
    """Say whether *text* is another trade's task that begins with the care skill's *name*.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> another_trade("triage of the bug tickets in the helpdesk queue", "triage", taxonomy)
    True
    >>> another_trade("triage of referrals to the community mental health team", "triage", taxonomy)
    False
    """
    if len(taxonomy.skills) > LARGEST_TAXONOMY:
        return False
    return len(foreign_words(text, name, taxonomy)) >= FOREIGN_WORDS
