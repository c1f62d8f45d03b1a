"""A practice named first or last beside words that say whom, what or which (thirtieth round).

Review 30 (P1) found texts naming a practice by its label or alias left unread because
the words beside it named nothing: "counselling women & children at the DS office",
"prescribing antipsychotics (CPZ, haloperidol, fluphenazine depot)", "family
counselling", "problem gambling counselling", "family support group at the church".
The resolver reads them last (:func:`~careermap.resolve.readings.last_reading`), when no
reading by name, in part or by meaning read the text whole:

* **a practice and whom or what** (:data:`PRACTICES`): a doing word that is a skill's
  label or alias, first, and whom it was for or what it gave after it ("counselling
  families", "prescribing antipsychotics", "mentoring new staff"): the practice. A closed
  list of practices done to or for someone, whose object says whom or what, never
  another practice: "recruiting participants" is research and "reading notes" no reading
  comprehension, so neither is here;
* **a topic and counselling**: one to three words before "counselling" ("family
  counselling", "trauma counselling", "problem gambling counselling"): *Counselling*,
  the topic saying what about, as BACP's directory of counsellors lists them (a
  counsellor's "areas of counselling": family, trauma, gambling). A topic that names a
  skill of its own, or a counselling the taxonomy names ("grief counselling", "school
  counselling", "addiction counselling": aliases, read before this) is not read so;
* **a word before a name of two words or more**: "family support group", "family
  support group at the church": the name, the word before it saying whose or which.
  The word is one of a closed list of people and places (:data:`_WHOSE`): a word
  before a name may as well say what was done ("wrote treatment plans"). Not in a list,
  nor before a bracket or a dash, which their own readings read
  (:mod:`careermap.resolve.parts`).

In each, the words beside the practice must name no skill (by label, alias or near
name): a text naming two is read by the other readings or suggested, never silently one.
A text saying the practice was not done or was received ("no counselling", "counselling
(received)") is not read.
The words beside are qualifiers, and are dropped as the with-whom words are
(:mod:`careermap.resolve.parts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from careermap.base.text import normalize
from careermap.resolve.brackets import not_held
from careermap.resolve.negation import negated
from careermap.resolve.phrase_words import pieces

if TYPE_CHECKING:
    from careermap.resolve.names import SkillCandidate
    from careermap.resolve.skill_match import SkillMatch

__all__ = ["PRACTICES", "practice_named"]

#: Practices done to or for someone, named by one doing word: what follows says whom or
#: what (the drug prescribed or dispensed), never another practice.
PRACTICES = frozenset(
    {
        "counselling",
        "counseling",
        "coaching",
        "mentoring",
        "tutoring",
        "precepting",
        "keyworking",
        "debriefing",
        "mediating",
        "prescribing",
        "dispensing",
        "lecturing",
        "signposting",
    }
)
#: The word "counselling", last, after a topic.
_COUNSELLING = re.compile(r"^(?P<topic>(?:[\w'-]+\s+){1,3}?)(?P<name>counsell?ing)$", re.IGNORECASE)
#: Words before a name that say it was not done, or is not the person's: never a qualifier.
_NOT_A_QUALIFIER = frozenset(
    {
        "no",
        "non",
        "not",
        "without",
        "never",
        "my",
        "our",
        "own",
        "their",
        "his",
        "her",
        "some",
        "basic",
        "learning",
        "received",
        "a",
        "an",
        "the",
    }
)
#: Words saying the counselling was taken, watched or learnt, not given: "receiving
#: counselling", "shadowing counselling". A topic may end in "-ing" ("gambling", "bullying").
_TAKEN = frozenset(
    {
        "receiving",
        "received",
        "attending",
        "attended",
        "shadowing",
        "shadowed",
        "observing",
        "observed",
        "studying",
        "studied",
        "seeking",
        "sought",
        "having",
        "had",
        "getting",
        "got",
        "personal",
    }
)
#: A word before a name saying whose or where: the people it was for, or the place
#: ("family support group", "church support group"). A closed list: a word before a name
#: may as well be what was done to it ("wrote treatment plans").
_WHOSE = re.compile(
    r"(?:famil(?:y|ies)|carers?|caregivers?|parents?|mothers?|fathers?|women|men|youth"
    r"|child(?:ren)?|kids|teens?|veterans?|students?|staff|survivors?|bereaved|community"
    r"|church|mosque|temple|village|school|ward|hospital|prison)(?:['\u2019]s?)?",
    re.IGNORECASE,
)
#: A bracket or a spaced dash: what follows them is read by their own rules.
_SPLITS = re.compile(r"[()]|\s[-\u2013\u2014]\s")
#: Words that join or place, not name: a name does not begin with them.
_FUNCTION_WORDS = frozenset(
    {"and", "or", "in", "on", "at", "to", "of", "for", "with", "by", "from", "the", "a", "an"}
)
#: What a bracket holds.
_BRACKETS = re.compile(r"\(([^()]*)\)")
#: Methods that name a skill for sure, in part or whole.
_NAMED = frozenset({"id", "exact", "alias", "part", "split"})
#: A near name counts from this fuzzy similarity, as inside a phrase.
_NEAR_NAME = 90.0


def practice_named(
    text: str,
    part: Callable[[str], SkillMatch],
    read: Callable[[str], SkillMatch],
    suggested: list[SkillCandidate],
    *,
    limit: int,
) -> SkillMatch | None:
    """Return *text* read as the practice it names first or last, or ``None``.

    *part* matches a text by name only; *read* reads one by name and in part, never by
    meaning; *suggested* are the suggestions so far, kept as alternatives.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> part = partial(match_text, taxonomy=taxonomy, semantic=False, phrases=False)
    >>> read = partial(match_text, taxonomy=taxonomy, semantic=False)
    >>> practice_named("counselling women & children", part, read, [], limit=5).skill_id
    'counselling'
    >>> practice_named("family counselling", part, read, [], limit=5).skill_id
    'counselling'
    >>> practice_named("counselling and forklift driving", part, read, [], limit=5) is None
    True
    """
    stripped = " ".join(text.split())
    if negated(stripped) or any(not_held(inner) for inner in _BRACKETS.findall(stripped)):
        return None  # "no counselling", "counselling (received)"
    found = _practice_first(stripped, part) or _topic_counselling(stripped, part)
    found = found or _qualified_name(stripped, part, read)
    if found is None:
        return None
    others = tuple(c for c in suggested if c.skill_id != found.skill_id)
    return found.model_copy(
        update={
            "query": text,
            "method": "part",
            "alternatives": others[:limit],
            "cosine": None,
            "split": (),
            "unread": (),
        }
    )


def _practice_first(text: str, part: Callable[[str], SkillMatch]) -> SkillMatch | None:
    """Return the practice of "counselling families", "prescribing antipsychotics", or ``None``."""
    first, _, rest = text.partition(" ")
    if (
        first.lower() not in PRACTICES
        or not rest
        or rest[0] in "(-"
        or normalize(rest.split()[0]) in _FUNCTION_WORDS  # "counselling and ...": a list
        or _names_any(rest, part)
    ):
        return None
    match = part(first)
    return match if match.method in _NAMED else None


def _topic_counselling(text: str, part: Callable[[str], SkillMatch]) -> SkillMatch | None:
    """Return the counselling "family counselling" or "trauma counselling" names, or ``None``."""
    hit = _COUNSELLING.match(text)
    if hit is None:
        return None
    words = hit["topic"].split()
    taken = _NOT_A_QUALIFIER | _TAKEN
    if any(normalize(word) in taken for word in words):
        return None
    # The longest counselling the taxonomy names last: "FEMA CCP crisis counseling" is
    # *Crisis intervention* ("crisis counseling"), the words before it the topic.
    for start in range(1, len(words) + 1):
        match = part(" ".join([*words[start:], hit["name"]]))
        if match.method in _NAMED:
            topic = " ".join(words[:start])
            return None if _names_any(topic, part) else match
    return None


def _qualified_name(
    text: str, part: Callable[[str], SkillMatch], read: Callable[[str], SkillMatch]
) -> SkillMatch | None:
    """Return the name after one qualifying word ("family support group"), or ``None``."""
    word, _, rest = text.partition(" ")
    if (
        len(rest.split()) < 2
        or _SPLITS.search(text)
        or len(pieces(text)) > 1
        or _WHOSE.fullmatch(word) is None
        or any(normalize(w) in _FUNCTION_WORDS for w in rest.split()[:2])
        or _names_any(word, part)
    ):
        return None  # a list, a bracket or dash, or no name right after the word
    match = read(rest)
    if match.skill_id is None or match.split:
        return None
    sure = match.method in _NAMED or (match.method == "fuzzy" and match.similarity >= _NEAR_NAME)
    return match if sure else None


def _names_any(words: str, part: Callable[[str], SkillMatch]) -> bool:
    """Say whether *words*, or a list part of them, name a skill by name."""
    for piece in (words, *pieces(words)):
        match = part(piece.strip(" ()"))
        if match.method in _NAMED or (
            match.method == "fuzzy" and match.similarity >= _NEAR_NAME and len(piece.split()) > 1
        ):
            return True
    return False
