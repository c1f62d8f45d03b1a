"""Brackets after a name: "statistics (SPSS, R)", "CBT (adult placements)", "SPSS (from my degree)".

:func:`careermap.resolve.parts.split_phrase` reads a text of the form "name (inner)" as
the name, with the bracketed parts as examples that may name a skill
(:func:`extras`), when :func:`examples` says the bracket lists examples or says where,
with whom, when or on what terms the work was done.
"""

from __future__ import annotations

import re

from careermap.resolve.negation import NEGATION
from careermap.resolve.phrase_words import pieces

__all__ = ["bracketed", "examples", "extras"]

_BRACKETS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_EXAMPLE = re.compile(r"^[A-Z0-9]")
#: Where, with whom or on what terms the work was done, in brackets after a name: "CBT
#: (adult placements)", "play therapy (children)", "counselling (volunteer, part-time)",
#: "TF-CBT (certified)", "DBT skills group (co-facilitator)", "SQL (basic)", "NICHD
#: protocol (trained 2022)".
#: Like a year count ("CBT (3 years)"), it names no skill of its own.
_SETTING = re.compile(
    r"^(?:(?:adults?|child(?:ren)?|adolescents?|older\s+adults?|young\s+people|youth"
    r"|famil(?:y|ies)|couples|individuals?|inpatients?|outpatients?|community|online|remote"
    r"|in[-\s]person|face[-\s]to[-\s]face|placements?|volunteer(?:ing)?|voluntary|paid"
    r"|unpaid|part[-\s]time|full[-\s]time|locum|bank|agency|private|NHS|schools?|primary"
    r"|secondary|settings?|services?|wards?|clinics?|hospitals?|prisons?|students?"
    # How far the person is trained in it, or their part in it.
    r"|certified|trained|accredited|qualified|co-?facilitat(?:or|ed|ing)|facilitator|lead"
    # How well they know it, in their own words ("SQL (basic)", "CBT (rusty)"; nineteenth
    # round): the skill, held; the level, when it matters, is the ":N" after it.
    r"|basic|beginner|elementary|intermediate|advanced|expert|proficient|rusty"
    r"|working\s+knowledge|self-taught"
    # When ("(trained 2022)", "(certified since 2019)", "(2016-2021)": twenty-first round).
    r"|since|(?:19|20)\d\d(?:[-\u2013](?:19|20)?\d\d)?)"
    r"(?:\s+|$))+$",
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


def examples(inner: str) -> bool:
    """Say whether bracketed text lists examples: each part capitalised, none a negation.

    Examples
    --------
    >>> examples("SPSS, R"), examples("adult placements"), examples("received")
    (True, True, False)
    """
    parts = pieces(inner)
    return not NEGATION.search(inner) and all(
        _EXAMPLE.match(part) or _SETTING.match(part) or _ASIDE.match(part) for part in parts
    )
