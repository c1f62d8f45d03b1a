"""Whom or what a phrase's work was with or for: "CBT for depression", "supporting pupils with ...".

Words after a name often say whom the work was with, for or about, which names no
skill of its own: "safety planning with families", "talks on gambling", "service
evaluation of the waiting list". :func:`careermap.resolve.parts.split_phrase` peels them
off with the patterns here (:data:`_WHOM`, :data:`_FOR`, :data:`_OF`). Two of them say
more: people named by a need ("supporting pupils with learning disabilities",
:func:`need_named`) are a need the person specialises in, and conditions alone after
"for", or after "with" people ("CBT for depression", "counselling with adults with
serious mental illness", :func:`condition_of`) are whom the method was used with, a
condition that is a skill of its own being a second skill. Split from
:mod:`careermap.resolve.parts` in the thirty-second round, which re-exports the public
names.
"""

from __future__ import annotations

import re

from careermap.resolve.phrase_words import CONDITION_LIST, NEED, PEOPLE_WITH_CONDITIONS, pattern

__all__ = ["assessment_for", "condition_of", "need_named"]

#: "Against" says what work was measured against, or whom it opposed ("audit case files
#: against the framework", "campaigning against stigma"; fortieth round).
_WHOM = re.compile(
    r"^(?P<rest>\S.*?)\s+(?P<word>with|alongside|to|in|on|at|between|after|before|ahead\s+of"
    r"|against|during)\s+(?P<tail>\S.*)$",
    re.IGNORECASE,
)
#: "For" conditions or people, or "about" or "on" conditions ("psychoeducation about ADHD":
#: the topic, twenty-ninth round; "talks on gambling", thirtieth round).
_FOR = re.compile(r"^(?P<rest>\S.*?)\s+(?P<word>for|about|on)\s+(?P<tail>\S.*)$", re.IGNORECASE)
#: An assessment or a report for what or whom: "needs assessments for mental health and
#: addiction support packages", "writing reports for redress schemes and court"
#: (thirty-eighth round, review37: a NASC coordinator's needs assessments were read by
#: meaning as mental health legislation, and a counsellor's reports were unread). Its kind
#: is named before "for"; what follows says what it decides or serves (a package of
#: support, a placement, a court) or for whom, never another skill, so the name before it
#: is read whatever follows, unless people are named by a need there ("needs assessment
#: for people with learning disabilities", "for autistic children"), which the person may
#: specialise in and the name alone would lose.
_ASSESSMENT_FOR = re.compile(
    r"^(?P<rest>\S.*?\b(?:assessments?|reports?))\s+for\s+(?P<tail>\S.*)$", re.IGNORECASE
)
#: A need first in what follows "for" ("autistic children", "adults with dementia",
#: "people living with psychosis"): whom the assessment was for, named by their need.
_NEED_FIRST = (
    r"^(?:(?:the|our|their)\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:(?:with|affected\s+by|living\s+with)\s+)?"
)
#: "Of" after a name of two words or more: "service evaluation of the waiting list"
#: (thirtieth round, review 30 P1). Not after one word, whose sense the rest may change
#: ("recruitment of participants" is research, not hiring), nor after another with-whom or
#: for word ("stress management for clients of a gym": "of" then belongs to their tail).
_OF = re.compile(r"^(?P<rest>[^\s(]+\s+[^(]*?\S)\s+of\s+(?P<tail>\S.*)$", re.IGNORECASE)
#: Supervision before "of": whom it was of says whether it was given or received
#: ("case management supervision of trainee PWPs"), which the supervising readings read.
_SUPERVISION = re.compile(r"\bsupervision$", re.IGNORECASE)
#: A dash or a bracket ends the clause a with-whom word opens: what follows is examples
#: ("counselling in Khmer - baksbat, depression, trauma").
_CLAUSE_END = re.compile(r"\s+[-\u2013\u2014]\s+|\s*\(")


def need_named(text: str) -> tuple[str, str] | None:
    """Return the name and the need of "X with Y" when Y names people by a need, else ``None``.

    Examples
    --------
    >>> need_named("supporting pupils with learning disabilities")
    ('supporting pupils', 'learning disabilities')
    >>> need_named("safety planning with families") is None
    True
    """
    hit = _WHOM.match(text.strip())
    need = None if hit is None else _need_after(hit)
    return None if hit is None or need is None else (hit.group("rest").strip(), need)


def _clause(tail: str) -> str:
    """Return the clause *tail* opens: up to a spaced dash or a bracket (:data:`_CLAUSE_END`)."""
    return _CLAUSE_END.split(tail, maxsplit=1)[0]


def _need_after(hit: re.Match[str]) -> str | None:
    """Return the need naming people after a with-whom word, or ``None``.

    Only in the clause the word opens (:func:`_clause`: "counselling in Khmer -
    baksbat, depression, trauma" lists what the counselling was about after the dash),
    and not after "on", which says what about ("school talks on gaming & gambling":
    thirtieth round, review 30 P1; conditions after "on" are read as after "about").

    Examples
    --------
    >>> _need_after(_WHOM.match("supporting pupils with learning disabilities"))
    'learning disabilities'
    >>> _need_after(_WHOM.match("counselling in Khmer - baksbat, depression")) is None
    True
    """
    if hit.group("word").lower() == "on" or _with_conditions(hit):
        return None
    need = pattern(NEED).search(_clause(hit.group("tail")))
    return None if need is None else need.group().strip()


def condition_of(text: str) -> str | None:
    """Return the conditions of "X for Y" when Y is only conditions ("CBT for depression").

    "X with people with Y" is read as "X for people with Y" (:func:`_with_conditions`).
    """
    hit = _FOR.match(text.strip())
    if hit is not None and pattern(CONDITION_LIST).match(hit.group("tail").strip()):
        return hit.group("tail").strip()
    hit = _WHOM.match(text.strip())
    return hit.group("tail").strip() if hit is not None and _with_conditions(hit) else None


def _with_conditions(hit: re.Match[str]) -> bool:
    """Say whether a with-whom word is "with" people named by conditions and nothing else.

    "counselling with adults with serious mental illness", "CBT with young people with
    anxiety": whom the method was used with, as after "for" ("counselling for adults with
    SMI"), so the method is read, and a condition that is a skill of its own ("ADHD") is
    a second one (thirty-first round, review 31 P1). Before, the second "with" made the
    condition a need the person specialises in, and the text was unread. People named by
    a need that is no condition ("pupils with learning disabilities") are still a need.

    Examples
    --------
    >>> _with_conditions(_WHOM.match("counselling with adults with serious mental illness"))
    True
    >>> _with_conditions(_WHOM.match("supporting pupils with learning disabilities"))
    False
    """
    tail = hit.group("tail").strip()
    return hit.group("word").lower() == "with" and bool(pattern(PEOPLE_WITH_CONDITIONS).match(tail))


def assessment_for(text: str) -> str | None:
    """Return the assessment or report named before "for" in *text*, or ``None``.

    What follows "for" says what the assessment decides or whom it was for, which names
    no skill of its own; people named by a need there are a need the person specialises
    in (:data:`NEED`), and the text is then no assessment alone.

    Examples
    --------
    >>> assessment_for("needs assessments for mental health and addiction support packages")
    'needs assessments'
    >>> assessment_for("writing reports for redress schemes and court")
    'writing reports'
    >>> assessment_for("needs assessment for people with learning disabilities") is None
    True
    >>> assessment_for("planning for retirement") is None
    True
    """
    hit = _ASSESSMENT_FOR.match(text.strip())
    if hit is None or pattern(_NEED_FIRST + NEED).match(_clause(hit.group("tail")).strip()):
        return None
    return hit.group("rest").strip()
