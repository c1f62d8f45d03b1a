"""A CV line's past tenses, read by meaning as the "-ing" forms skill names use.

People write their work as CV lines in the past tense ("facilitated staff away days and
reflective groups", "co-led a weekly therapeutic group", "liaised with GPs"); skill names
say the same work in the "-ing" form (*Group facilitation*'s "facilitating groups"). A
static encoder such as WordLlama reads "facilitated" and "facilitating" as different
words, so a text read by meaning (:func:`careermap.resolve.by_meaning.semantic_match`) is
also read with its verbs in that form (:func:`as_skill_names_say`): the first word, and
the first word after a comma, a semicolon, a slash, "&", "and" or "then" (a list of
duties), with a "co-" kept ("co-ran" -> "co-running"). A participle that says what the
person *is* rather than what they did ("Registered nurse", "Certified Peer Recovery
Specialist", "trained in safe holds") is left as written (:data:`HELD_STATES`).
Whichever of the two readings comes nearer a skill stands (:func:`nearest_skills`), so a
participle written as an adjective ("complicated grief", "structured clinical
interviews") keeps the reading it had.

The narrative extractor puts every past tense of a clause in that form
(:func:`careermap.resolve.extract.verb_cues`); a text read whole is changed only where a
duty begins, chosen over that on the spent held-out sets (docs/semantic.md, "Thirty-ninth
round"). The text the person wrote is what every match shows; only the search reads the
changed form. This module imports nothing of careermap at run time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap.resolve.semantic import SemanticHit, SemanticIndex

__all__ = ["HELD_STATES", "PAST_FORMS", "as_skill_names_say", "nearest_skills", "readings"]

#: Past tenses that do not end in "-ed", as the "-ing" form skill names use.
PAST_FORMS = {
    "wrote": "writing",
    "ran": "running",
    "led": "leading",
    "taught": "teaching",
    "built": "building",
    "made": "making",
    "gave": "giving",
    "took": "taking",
    "kept": "keeping",
    "sat": "sitting",
    "held": "holding",
    "met": "meeting",
    "spoke": "speaking",
    "told": "telling",
    "brought": "bringing",
    "found": "finding",
    "drew": "drawing",
    "saw": "seeing",
    "did": "doing",
    "set": "setting",
    "understood": "understanding",
    "heard": "hearing",
    "sought": "seeking",
    "dealt": "dealing",
    "got": "getting",
    "began": "beginning",
}
#: Participles that, where a duty would begin, say what the person is or holds, not work
#: they did: a registration, a qualification, a training received, a loss.
HELD_STATES = frozenset(
    {
        "accredited", "advanced", "approved", "based", "bereaved", "certified", "chartered",
        "committed", "dedicated", "detailed", "experienced", "interested", "licensed",
        "motivated", "qualified", "registered", "skilled", "specialised", "specialized",
        "trained",
    }
)  # fmt: skip
#: Where a duty begins: the text's start, or after a list's separator; an optional "co-".
_DUTY = re.compile(r"(^|[,;/&]\s*|\band\s+|\bthen\s+)(co-)?([A-Za-z]+)", re.IGNORECASE)
#: The shortest "-ed" word read as a past tense ("used", "fed" are left).
_MIN_PAST = 5


def _ing(word: str) -> str | None:
    """Return the "-ing" form of the past tense *word*, or ``None`` when it is not one."""
    lower = word.lower()
    if lower in HELD_STATES:
        return None
    if lower in PAST_FORMS:
        return PAST_FORMS[lower]
    if len(lower) < _MIN_PAST or not lower.endswith("ed") or lower.endswith("eed"):
        return None
    if lower.endswith("ied"):  # "applied" -> "applying"
        return lower[:-3] + "ying"
    return lower[:-2] + "ing"


def as_skill_names_say(text: str) -> str:
    """Return *text* with the past tense that begins each duty in the "-ing" form.

    Parameters
    ----------
    text : str
        A CV line, a note or a phrase, as written.

    Returns
    -------
    str
        The same text, each duty's first word a present participle where it was a past
        tense; the text itself when nothing changes.

    Examples
    --------
    >>> as_skill_names_say("co-facilitated groups, liaised with GPs and wrote plans")
    'co-facilitating groups, liaising with GPs and writing plans'
    >>> as_skill_names_say("applied for funding; audited case files")
    'applying for funding; auditing case files'
    >>> as_skill_names_say("Registered nurse, trained in safe holds")
    'Registered nurse, trained in safe holds'
    >>> as_skill_names_say("supported families bereaved by suicide")
    'supporting families bereaved by suicide'
    """

    def one(hit: re.Match[str]) -> str:
        new = _ing(hit.group(3))
        if new is None:
            return hit.group(0)
        return f"{hit.group(1)}{hit.group(2) or ''}{new}"

    return _DUTY.sub(one, text)


def readings(text: str) -> list[str]:
    """Return the texts read by meaning for *text*: as written, then in the "-ing" form if new.

    Examples
    --------
    >>> readings("liaised with GPs")
    ['liaised with GPs', 'liaising with GPs']
    >>> readings("complicated grief")
    ['complicated grief', 'complicating grief']
    >>> readings("crisis line work")
    ['crisis line work']
    """
    changed = as_skill_names_say(text)
    return [text] if changed == text else [text, changed]


def nearest_skills(
    index: SemanticIndex, text: str, *, limit: int = 5, floor: float = -1.0
) -> list[SemanticHit]:
    """Return the skills nearest *text* by the nearer of its :func:`readings`.

    Each reading is searched in *index* (``SemanticIndex.search``, *limit* and *floor*
    as there); the reading whose first skill is the more similar stands whole, the text
    as written on a tie.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.resolve.semantic import semantic_index
    >>> index = semantic_index(load_taxonomy())  # doctest: +SKIP
    >>> nearest_skills(index, "co-facilitated a DBT skills group", limit=1)  # doctest: +SKIP
    [SemanticHit(skill_id='dialectical-behaviour-therapy', ...)]
    """
    best: list[SemanticHit] = []
    for reading in readings(text):
        hits = index.search(reading, limit=limit, floor=floor)
        if hits and (not best or hits[0].similarity > best[0].similarity):
            best = hits
    return best
