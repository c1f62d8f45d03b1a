"""Brackets after a name: "statistics (SPSS, R)", "CBT (placements)", "PPOs (protection orders)".

A person writes a skill and, in brackets, a note: examples of it ("statistics (SPSS,
R)"), where, with whom, when or how long it was done or learned ("CBT (adult
placements)", "CPST case management (former)", "SQL (online course)"), their part in it
("DBT skills group (co-facilitator)"), or its initials ("HIV counselling and testing
(HCT)"). Whatever the note says, the name before it is what they hold, and
:func:`careermap.resolve.parts.split_phrase` reads it so (:func:`examples`), the
bracketed parts (:func:`extras`) being examples that may name the same skill. A bracket
that names another skill ("statistics (SPSS, CBT)", "active listening (crisis line)")
leaves the text unread with both suggested, so it never silently becomes one of them;
one that names nothing is a note. This is a rule about brackets, not a list of the
notes people write (before the twenty-third round it was: any note outside the list,
"(former)", "(self taught)", "(online course)", kept the name unread). A bracket of
people, problems, formats, counts or a level ("(phone and video, up to 6 sessions)",
"(anxiety, exam stress, family issues)") is a note even when a word of it is a skill's
alias elsewhere, and is read around before any of this (:mod:`careermap.resolve.notes`);
when only the bracket names a skill, by its label or alias, the bracket is read
(:func:`careermap.resolve.part_match.bracket_named`: "secondment to ... (programme
evaluation)").

Two kinds of note say the person does not hold the skill, and keep the text unread
(:func:`not_held`): a negation ("CBT (not DBT)", "(never used)") and a note that it was
received, wished for or is still being learned ("counselling (received)", "CBT
(learning)", "DBT (want to train)").

When one side of the bracket is the initials of the other ("HIV counselling and testing
(HCT)", "PPOs (personal protection orders)"), the spelled-out side is the text to read
(:func:`spelled_out`), by name or by meaning.
"""

from __future__ import annotations

import re

from careermap.resolve.negation import NEGATION
from careermap.resolve.phrase_words import pieces

__all__ = ["bracketed", "examples", "extras", "not_held", "spelled_out"]

_BRACKETS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
#: What says the person does not hold the skill, in brackets: it was received
#: ("counselling (received)", "counselling (from my therapist)", "therapy (as a client)",
#: "supervision (as a supervisee)"),
#: is wished for or planned ("(want to train)", "(hoping to)", "(planned)", "(enrolled)"),
#: is still being learned ("CBT (learning)": the nineteenth round's reading), or was only
#: watched ("(shadowed)", "(observed only)"). Not "learning" before "disabilities",
#: "difficulties" or "and development", which are whom the work was with and what it was.
_NOT_HELD = re.compile(
    r"\b(?:receiv(?:ed|ing)|as\s+an?\s+(?:client|patient|service\s+user|supervisee)"
    r"|from\s+(?:my|a|an|our)\s+(?:own\s+)?(?:psycho)?(?:therapist|counsell?or|psychologist"
    r"|psychiatrist|GP|doctor)(?!\s+\w)"
    r"|(?<![-\w])learning(?!\s+(?:disabilit|difficult|and\s+development|needs))|studying"
    r"|want(?:ed|ing)?|wish(?:ed|ing)?|hop(?:e|es|ed|ing)|planned|planning\s+to|aspir\w*"
    r"|interested|upcoming|enrol(?:l?ed|ling)|wait-?list\w*|shadow(?:ed|ing)"
    r"|observ(?:ed|ing)(?:\s+only)?)\b",
    re.IGNORECASE,
)
#: Where or how long the person learned or used it, or their part in it, also naming no
#: skill (twenty-second round): "SPSS (from my degree)", "DBT skills groups (community
#: health center years)", "MHFA at Work (participant, 2023)", "safeguarding (deputy DSL
#: training)", "Prolonged Exposure (VA certified provider and consultant)". It is not read
#: as an example either, since its words may look like a skill's ("training").
_ASIDE = re.compile(
    r"^(?!.*\b(?:receiv\w*|clients?|patients?|service\s+users?)\b)"  # "(received for years)"
    r"(?:from\s+(?:my|the|a|an|our)\s+(?:[\w'-]+\s+){0,2}(?:degree|studies|study|course"
    r"|training|placements?|internship|job|work|role|post|years?|diploma|masters?|bachelor'?s"
    r"|msc|ma|ba|bsc|phd)\b.*|(?:[\w'-]+\s+){0,4}(?:years?|training)"
    r"|(?:as\s+(?:an?\s+)?)?(?:participant|attendee|provider|consultant)s?)$",
    re.IGNORECASE,
)


#: One word that may be initials: a capital, then letters (at least one more capital),
#: digits or hyphens ("HCT", "PPOs", "COS-P", "CfD").
_ACRONYM = re.compile(r"[A-Z](?=[\w-]*[A-Z])[A-Za-z0-9-]{1,9}")
#: Words that initials may leave out ("Circle of Security Parenting": COS-P or CSP).
_SHORT_WORDS = frozenset({"and", "&", "of", "for", "the", "in", "on", "to", "with", "a"})
#: The fewest words initials stand for.
_MIN_WORDS = 2


def bracketed(text: str) -> tuple[str, str] | None:
    """Return the name and the bracketed text of "name (inner)", or ``None``.

    Examples
    --------
    >>> bracketed("statistics (SPSS, R)")
    ('statistics', 'SPSS, R')
    >>> bracketed("CBT") is None
    True
    """
    hit = _BRACKETS.match(text.strip())
    return None if hit is None else (hit.group("head").strip(), hit.group("inner"))


def extras(inner: str) -> tuple[str, ...]:
    """Return the bracketed parts that may name a skill: all but asides ("from my degree").

    Examples
    --------
    >>> extras("SPSS, from my degree")
    ('SPSS',)
    """
    return tuple(part for part in pieces(inner) if not _ASIDE.match(part))


def not_held(inner: str) -> bool:
    """Say whether bracketed text says the skill is not held: negated, received or wished for.

    Examples
    --------
    >>> not_held("received"), not_held("not DBT"), not_held("learning")
    (True, True, True)
    >>> not_held("learning disabilities"), not_held("former"), not_held("e-learning")
    (False, False, False)
    """
    return bool(NEGATION.search(inner) or _NOT_HELD.search(inner))


def examples(inner: str) -> bool:
    """Say whether the name before bracketed text is read: unless the bracket says it is not held.

    Examples
    --------
    >>> examples("SPSS, R"), examples("former"), examples("self taught")
    (True, True, True)
    >>> examples("received"), examples("never used")
    (False, False)
    """
    return not not_held(inner)


def spelled_out(text: str) -> str | None:
    """Return the spelled-out side of "name (initials)" or "initials (name)", else ``None``.

    The initials are the first letters of the other side's words, "and", "of", "for",
    "the", "in", "on", "to" and "&" counted or not, a plural "s" allowed ("PPOs").

    Examples
    --------
    >>> spelled_out("HIV counselling and testing (HCT)")
    'HIV counselling and testing'
    >>> spelled_out("PPOs (personal protection orders)")
    'personal protection orders'
    >>> spelled_out("Circle of Security Parenting (COS-P)")
    'Circle of Security Parenting'
    >>> spelled_out("statistics (SPSS, R)") is None
    True
    """
    found = bracketed(text)
    if found is None:
        return None
    head, inner = found
    for short, long in ((inner, head), (head, inner)):
        if _initials(short.strip(), long):
            return long.strip()
    return None


def _initials(short: str, long: str) -> bool:
    """Say whether *short* (one word) is the initials of *long*'s words."""
    if not _ACRONYM.fullmatch(short):
        return False
    letters = re.sub(r"[^A-Za-z]", "", short)
    if letters[-1] == "s" and letters[:-1].isupper():
        letters = letters[:-1]  # "PPOs"
    words = [word for word in re.split(r"[\s/-]+", long.strip()) if word]
    if len(words) < _MIN_WORDS or len(letters) > len(words):
        return False
    return _spells(letters.lower(), [word.lower() for word in words])


def _spells(letters: str, words: list[str]) -> bool:
    """Say whether *letters* are the first letters of *words*, short words counted or not."""
    if not words:
        return not letters
    first, rest = words[0], words[1:]
    if letters and first[0] == letters[0] and _spells(letters[1:], rest):
        return True
    return first in _SHORT_WORDS and _spells(letters, rest)
