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
A word the taxonomy uses only in passing, in at most :data:`RARE_USES` of its entries (a
"portfolio" in one role's description, a "committee" in one skill's), counts half
(:data:`RARE_WEIGHT`: "risk assessment of the bond portfolio for the credit committee"),
unless the named skill's own side uses it (:func:`skill_side`: its names and description,
the skills it relates to and why, the roles that ask it and their sectors), which makes
it the care side's ("clinical governance committee" for root cause analysis; docs/
semantic.md, "Forty-first round").
An object of one word ("triage of tickets", "diagnosis of the misfire") holds at most one
foreign word, so it needs only that one (:data:`SHORT_OBJECT`), unless the word names a
person as English "-ee" nouns do ("returnees", "detainees"); a reading by meaning of such a
text (:func:`held_reading`: the skill read, named at the head of the text) is judged the
same way, since with one word after it the name is most of what the encoder reads
(docs/semantic.md, "Forty-second round").
The object may follow any preposition ("conflict resolution on merge requests", "case
management in Zendesk for the router firmware tickets"): after one that is not "of" or
"for" it must reach :data:`ELSEWHERE_WORDS`, after a name of two words or more, since care
work names where and with whom it went in words no taxonomy holds ("outreach at Lautoka
market & bus stand"); and a word "and" joins to the name that no entry uses counts as the
object's do ("grounding and bonding of the fuel tanks": docs/semantic.md, "Forty-third
round").
Text in another language is left alone: its words are foreign to an English taxonomy
whatever they say.

Nothing here is fitted to a list of trades' words: the care side is the taxonomy's own
vocabulary, so a taxonomy that names other trades' work reads them as its own; one of
more than :data:`LARGEST_TAXONOMY` skills (ESCO) is not read this way at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from careermap.base.cache import derived
from careermap.resolve.language import other_language
from careermap.resolve.phrase_words import PEOPLE_KINDS
from careermap.resolve.skill_match import SkillMatch
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "ELSEWHERE_WORDS",
    "FOREIGN_WORDS",
    "LARGEST_TAXONOMY",
    "RARE_USES",
    "RARE_WEIGHT",
    "SHORT_OBJECT",
    "another_trade",
    "care_words",
    "foreign_words",
    "head_name",
    "held_reading",
    "rare_words",
    "skill_side",
    "word_uses",
]

#: Words after the name, foreign to the taxonomy, that make the object another trade's.
#: Over every persona text read in part by a name followed by "of" or "for", none has
#: more than one (docs/semantic.md, "Fortieth round").
FOREIGN_WORDS = 2

#: What the object after another preposition ("to", "on", "in", "at", "with", ...) must
#: reach, counted as for "of" and "for", after a name of two words or more, or of one word
#: joined by "and" to a word no entry uses ("grounding and earthing on the solar array").
#: Care work names where and with whom it went in words no taxonomy holds ("outreach at
#: Lautoka market & bus stand", "motivational interviewing with dependent drinkers"), so more
#: is asked than after "of" or "for" (docs/semantic.md, "Forty-third round").
ELSEWHERE_WORDS = 3

#: Entries of the taxonomy (a skill, a role, a sector, a relation, a credential, a lexicon
#: entry) at most this many of which use a word: the taxonomy uses it only in passing.
RARE_USES = 2

#: What such a word counts towards :data:`FOREIGN_WORDS` when the named skill's own side
#: does not use it (docs/semantic.md, "Forty-first round": over every persona text of this
#: shape the most is 1.5, "writing reports for redress schemes and court").
RARE_WEIGHT = 0.5

#: Words of an object at or below which each of them must be foreign, not
#: :data:`FOREIGN_WORDS`: "triage of tickets" holds one word and it is foreign. Also the
#: longest object a reading by meaning is judged by (:func:`held_reading`): a longer one moves
#: what the encoder reads, and its reading stands ("writing for a lay reader").
SHORT_OBJECT = 1

#: Skills beyond which a taxonomy is not read this way: one that large (ESCO's 14,579)
#: names other trades' work itself, so their words are its own and the rule would
#: rarely fire, while reading its millions of characters of descriptions takes seconds.
LARGEST_TAXONOMY = 2_000

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: A run of English letters: the taxonomy's words, read fast (:func:`care_words`).
_LETTERS = re.compile(r"[A-Za-z]+")
#: A word as most English text writes an ordinary word: lower case letters only.
_PLAIN = re.compile(r"[a-z]+(?:['\u2019-][a-z]+)*")
#: Prepositions that say what the work was on: the object read since the fortieth round.
_ON_WHAT = ("of", "for")
#: Other prepositions after a name (forty-third round): where, with whom, on or to what.
_ELSEWHERE = (
    "to",
    "on",
    "in",
    "at",
    "with",
    "across",
    "into",
    "onto",
    "along",
    "under",
    "between",
    "after",
    "during",
    "from",
    "through",
    "around",
    "within",
    "against",
    "over",
    "via",
    "throughout",
    "among",
    "amongst",
    "beside",
    "behind",
    "near",
    "before",
    "towards",
    "toward",
    "upon",
    "about",
    "alongside",
    "outside",
    "inside",
)
#: The name's object: a preposition after it, or after "and" and one more word ("grounding
#: and bonding of ..."), which is kept (:func:`_joined`).
_OBJECT = re.compile(
    r"^(?:\s+(?:and|&)\s+(?P<joined>[^\W\d_]+))?"
    rf"\s+(?P<preposition>{'|'.join(_ON_WHAT + _ELSEWHERE)})\s+(?P<object>\S.*)$",
    re.IGNORECASE,
)
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
        "a an the of for and or by as our my their his her its this that these those up out "
        "off per without new old " + " ".join(_ELSEWHERE),
    )
)
#: A person named by the English "-ee" ending ("returnees", "detainee", "evacuees").
_PERSON = re.compile(r"[a-z]{4,}ees?")
_ENDINGS = ("ies", "ing", "ed", "es", "s", "e", "y")
_MIN_LETTERS = 3


def _stem(word: str) -> str:
    """Return *word* (lower case) without one common ending: "arriving", "arrives" -> "arriv"."""
    word = word.replace("\u2019", "'").removesuffix("'s")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_LETTERS:
            return word[: -len(ending)]
    return word


def _entries(taxonomy: Taxonomy) -> list[str]:
    """Return the text of each entry of *taxonomy* that says what its skills and roles are."""
    texts = [" ".join([s.label, *s.aliases, s.description]) for s in taxonomy.skills]
    texts += [" ".join([r.title, *r.aliases, r.description]) for r in taxonomy.roles]
    texts += [f"{sector.label} {sector.description}" for sector in taxonomy.sectors]
    texts += [relation.reason for relation in taxonomy.relations]
    texts += [credential.name for credential in taxonomy.credentials]
    texts += [" ".join(entry.terms) for lexicon in taxonomy.lexicons for entry in lexicon.skills]
    return texts


def _stems(text: str) -> frozenset[str]:
    """Return the stems of the runs of English letters in *text* (a hyphenated word's parts)."""
    # Only words of English letters can be foreign (_PLAIN), so only they are kept: a
    # simple pattern reads ESCO's 5.5 million characters of descriptions in a fraction of
    # the time a Unicode word pattern takes.
    return frozenset(_stem(word.lower()) for word in set(_LETTERS.findall(text)))


def word_uses(taxonomy: Taxonomy) -> Mapping[str, int]:
    """Return, for the stem of every word *taxonomy* uses, how many of its entries use it.

    An entry is a skill (its label, aliases and description), a role (title, aliases,
    description), a sector, a relation's reason, a credential's name or a lexicon entry's
    terms. Built once per taxonomy, when a text is first read in part with the semantic
    layer (docs/semantic.md, "Fortieth round" and "Forty-first round", give its time).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> uses = word_uses(default_taxonomy())
    >>> uses["ward"] > 2, uses.get("switchboard", 0)
    (True, 0)
    """

    def build() -> Mapping[str, int]:
        return MappingProxyType(
            dict(Counter(word for text in _entries(taxonomy) for word in _stems(text)))
        )

    return derived(taxonomy, "word-uses", build)


def care_words(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the stems of every word *taxonomy* uses to say what its skills and roles are.

    The words of :func:`word_uses`: labels, aliases and descriptions of skills, roles and
    sectors, the reasons of the relations, the credentials' names and the lexicons' terms;
    each run of English letters (each part of a hyphenated word), by :func:`_stem`.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> words = care_words(default_taxonomy())
    >>> "ward" in words, "switchboard" in words
    (True, False)
    """
    return derived(taxonomy, "care-words", lambda: frozenset(word_uses(taxonomy)))


def skill_side(skill_id: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the stems of the words of the care side *skill_id* lives in.

    Its label, aliases and description; those of every skill a relation joins it to, with
    the relation's reason; the title, aliases and description of every role that asks it,
    with its sector's label and description. Empty for an id the taxonomy does not hold.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> side = skill_side("risk-assessment", default_taxonomy())
    >>> "governanc" in side, "portfolio" in side
    (True, False)
    """
    sides: dict[str, frozenset[str]] = derived(taxonomy, "skill-sides", dict)
    if skill_id not in sides:
        skills = taxonomy.skill_index
        skill = skills.get(skill_id)
        texts: list[str] = []
        if skill is not None:
            texts += [skill.label, *skill.aliases, skill.description]
            for relation in taxonomy.relations:
                if skill_id in (relation.source, relation.target):
                    other = skills[
                        relation.target if relation.source == skill_id else relation.source
                    ]
                    texts += [other.label, *other.aliases, other.description, relation.reason]
            for role in taxonomy.roles:
                if any(need.skill == skill_id for need in role.requirements):
                    sector = taxonomy.sector_index.get(role.sector)
                    texts += [role.title, *role.aliases, role.description]
                    texts += [sector.label, sector.description] if sector else []
        # Values depend only on the taxonomy, so two threads filling one key agree.
        sides[skill_id] = _stems("\n".join(texts))
    return sides[skill_id]


class _Object(NamedTuple):
    """The object after a name at the head of a text."""

    preposition: str  #: lower case: "of", "for", "to", "on", ...
    joined: str  #: the word "and" joins to the name ("bonding" in "grounding and bonding"), or ""
    words: list[str]  #: the object's words, but function words


def _read_object(text: str, name: str) -> _Object | None:
    """Return the object after *name* at the head of *text*, or ``None`` when it has none."""
    stripped = text.strip()
    if not name or not stripped.lower().startswith(name.lower()) or other_language(stripped):
        return None
    hit = _OBJECT.match(stripped[len(name) :])
    if hit is None:
        return None
    what = _OBJECT_END.split(hit["object"], maxsplit=1)[0]
    words = [word for word in _WORD.findall(what) if word.lower() not in _FUNCTION_WORDS]
    return _Object(hit["preposition"].lower(), hit["joined"] or "", words)


def _object(text: str, name: str) -> list[str]:
    """Return the words of the object after *name* at the head of *text*, but function words."""
    found = _read_object(text, name)
    return [] if found is None else found.words


def _plain(word: str) -> bool:
    """Say whether *word* may be foreign: lower case letters, three or more, no person."""
    return (
        len(word) >= _MIN_LETTERS and bool(_PLAIN.fullmatch(word)) and not _PEOPLE.fullmatch(word)
    )


def _object_words(text: str, name: str) -> list[str]:
    """Return the plain words of the object after *name* at the head of *text* (or none)."""
    return [word for word in _object(text, name) if _plain(word)]


def _uses(word: str, uses: Mapping[str, int]) -> int:
    """Return how many entries use *word*: its stem's count, or a hyphenated part's highest."""
    pieces = [_stem(piece) for piece in word.split("-")] if "-" in word else []
    return max(uses.get(stem, 0) for stem in (_stem(word), *pieces))


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
    uses = word_uses(taxonomy)
    return tuple(word for word in _object_words(text, name) if not _uses(word, uses))


def rare_words(
    text: str, name: str, taxonomy: Taxonomy, *, skill: str | None = None
) -> tuple[str, ...]:
    """Return the object's words the taxonomy uses only in passing, and *skill*'s side never.

    A word at most :data:`RARE_USES` entries use (:func:`word_uses`), not a word of
    :func:`skill_side` when *skill* is given. Empty when :func:`foreign_words` would be.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> text = "risk assessment of the bond portfolio for the credit committee"
    >>> foreign_words(text, "risk assessment", taxonomy)
    ('bond',)
    >>> rare_words(text, "risk assessment", taxonomy, skill="risk-assessment")
    ('portfolio', 'credit', 'committee')
    """
    uses = word_uses(taxonomy)
    side = skill_side(skill, taxonomy) if skill else frozenset()
    return tuple(
        word
        for word in _object_words(text, name)
        if 0 < _uses(word, uses) <= RARE_USES and _stem(word) not in side
    )


def _joined(word: str, taxonomy: Taxonomy) -> float:
    """Return what the word "and" joins to the name counts: 1 when no entry uses it, else 0.

    "bonding" in "grounding and bonding": a compound term of another trade. A word the
    taxonomy uses, even in passing, names nothing of it: it counts nothing.
    """
    if not word or not _plain(word) or word.lower() in _FUNCTION_WORDS:
        return 0.0
    return 0.0 if _uses(word.lower(), word_uses(taxonomy)) else 1.0


def another_trade(text: str, name: str, taxonomy: Taxonomy, *, skill: str | None = None) -> bool:
    """Say whether *text* is another trade's task that begins with the care skill's *name*.

    Each word of the object the taxonomy never uses counts one (:func:`foreign_words`),
    each it uses only in passing, outside *skill*'s side, :data:`RARE_WEIGHT`
    (:func:`rare_words`); a word "and" joins to the name counts one when no entry uses it
    ("grounding and bonding of ..."). After "of" or "for", :data:`FOREIGN_WORDS` or more
    make the task another trade's, or as many as the object holds words when it holds at
    most :data:`SHORT_OBJECT` of them (then a word naming a person by its "-ee" ending is
    never foreign). After another preposition, :data:`ELSEWHERE_WORDS` or more, "-ee" people never
    foreign, when *name* has two words or more or the joined word is no entry's.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> another_trade("triage of the bug tickets in the helpdesk queue", "triage", taxonomy)
    True
    >>> another_trade("triage of referrals to the community mental health team", "triage", taxonomy)
    False
    >>> another_trade("triage of tickets", "triage", taxonomy)
    True
    >>> another_trade("case management in Zendesk for the router firmware tickets",
    ...               "case management", taxonomy)
    True
    >>> another_trade("outreach to rough sleepers under the flyover", "outreach", taxonomy)
    False
    """
    if len(taxonomy.skills) > LARGEST_TAXONOMY:
        return False
    found = _read_object(text, name)
    if found is None or not found.words:
        return False
    words = found.words
    foreign = foreign_words(text, name, taxonomy)
    joined = _joined(found.joined, taxonomy)
    rare = len(rare_words(text, name, taxonomy, skill=skill))
    short = found.preposition in _ON_WHAT and len(words) <= SHORT_OBJECT
    if short or found.preposition not in _ON_WHAT:  # "first aid for returnees" is people
        foreign = tuple(word for word in foreign if not _PERSON.fullmatch(word))
    if found.preposition in _ON_WHAT:
        need = len(words) if short else FOREIGN_WORDS
    elif len(name.split()) >= 2 or joined >= 1:
        need = ELSEWHERE_WORDS
    else:  # "outreach at Lautoka market & bus stand": where the work went
        return False
    return len(foreign) + RARE_WEIGHT * rare + joined >= need


def head_name(text: str, skill_id: str, taxonomy: Taxonomy) -> str:
    """Return the longest name of *skill_id* that begins *text* before "of" or "for", or "".

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> head_name("Triage of tickets", "triage", default_taxonomy())
    'triage'
    >>> head_name("tickets for triage", "triage", default_taxonomy())
    ''
    """
    skill = taxonomy.skill_index.get(skill_id)
    stripped = text.strip()
    names = [] if skill is None else [skill.label, *skill.aliases]
    heads = [
        name
        for name in names
        if stripped.lower().startswith(name.lower())
        and (hit := _OBJECT.match(stripped[len(name) :])) is not None
        and hit["preposition"].lower() in _ON_WHAT
    ]
    return max(heads, key=lambda name: (len(name), name)).lower() if heads else ""


def held_reading(text: str, found: SkillMatch, taxonomy: Taxonomy) -> bool:
    """Say whether *found*, a reading of *text* in part or by meaning, is another trade's task.

    In part: :func:`another_trade` on the name read. By meaning: the same on the skill's
    name at the head of *text* (:func:`head_name`), when its object holds at most
    :data:`SHORT_OBJECT` words ("triage of tickets": the name is most of what the encoder
    read); any other reading is never held.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> from careermap.resolve.skill_match import SkillMatch
    >>> taxonomy = default_taxonomy()
    >>> found = SkillMatch(query="triage of tickets", skill_id="triage", label="Triage",
    ...                    method="semantic", similarity=80.0, matched_name="Triage")
    >>> held_reading("triage of tickets", found, taxonomy)
    True
    >>> held_reading("triage of referrals", found, taxonomy)
    False
    """
    if found.skill_id is None:
        return False
    if found.method == "part" and found.matched_name:
        return another_trade(text, found.matched_name, taxonomy, skill=found.skill_id)
    name = head_name(text, found.skill_id, taxonomy) if found.method == "semantic" else ""
    short = bool(name) and 0 < len(_object(text, name)) <= SHORT_OBJECT
    return short and another_trade(text, name, taxonomy, skill=found.skill_id)
