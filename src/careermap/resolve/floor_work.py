"""Work as the floor writes it: home visits, follow-up after discharge, leading a team.

Nurses and community workers write their work in the words of the ward and the round
(forty-third round, review43 P3 and P4), and each was unread or read by meaning as
something else:

* **visits going out to the sick, the housebound or the villages** ("visiting the sick
  and shut-in", "home visits to housebound parishioners", "village visits by
  motorbike"): going out to people who cannot come to a service is *Community outreach*
  ("going out into communities to engage people who are not reached by traditional
  services", its description). Visits to parents, mothers, babies or young children are
  family home visiting (*Parent engagement*'s alias). Home visits to a caseload ("home
  visits to clients with severe mental illness", "visiting clients at home") and home
  visits with nothing said of whom ("home visits in 3 counties") stay a setting
  (docs/taxonomy-notes.md: the skill is what is done at the visit): read as outreach,
  they put outreach posts first for a support, time and recovery worker whose accepted
  housing support post left her five (forty-third round, measured). A home visit alone
  is read as nothing, since by meaning "home visiting" had been *Parent engagement*;
* **pastoral visiting, or pastoral care in a parish, church or hospital**: the spiritual
  care a chaplain or parish visitor gives (*Spiritual care*, whose aliases hold pastoral
  and spiritual care), not a school's pastoral care of pupils (*Student support*);
* **follow-up of discharged patients** ("follow-up of discharged psychiatric patients",
  "post-discharge follow-up", "following up patients after discharge"): contact in the
  community after a hospital stay, which NICE NG53 (Transition between inpatient mental
  health settings and community or care home settings, 2016, 1.6) asks within seven days
  of discharge: continuity of care, *Discharge planning*'s alias;
* **admissions and discharges** on a ward: admitting patients (their initial assessment,
  *Intake assessment*) and discharging them (*Discharge planning*);
* **leading, heading or coordinating a named team** ("leading the ward's nursing team",
  "coordinating the street outreach team"): *Team leadership*, and the team's work when
  its words name a skill ("street outreach"). Read by meaning, "coordinating the street
  team" had been generic *Coordination*, and "leading the street outreach team" lost the
  leadership.

:func:`floor_work` returns the plain words each reading stands for; a list ("depot
injections and follow-up of discharged patients") is read piece by piece, the pieces no
reading applies to as written. This module imports nothing of careermap.
"""

from __future__ import annotations

import re

__all__ = ["floor_work", "topic_talks"]

_OUTREACH = "outreach"
_FAMILY_VISITING = "family home visiting"
#: Whom a visit was to, when it says parents or young children: family home visiting.
_PARENTS = re.compile(
    r"\b(?:parents?|mothers?|mums?|moms?|fathers?|babies|baby|infants?|newborns?|toddlers?"
    r"|new\s+families|young\s+children|pregnant\s+women|expectant)\b",
    re.IGNORECASE,
)
#: "home visits", "village visits", "domiciliary visiting", "house calls" (a doing word
#: and how often may come first), and what follows: whom, how, where.
_VISITS = re.compile(
    r"^(?:(?:doing|making|conducting|conducted|carrying\s+out|carried\s+out|regular|weekly"
    r"|daily|monthly|routine|frequent)\s+)*"
    r"(?P<place>home|house|domiciliary|village|doorstep|outreach)[\s-]+"
    r"(?:visits?|visiting|calls)(?P<rest>(?:\s+\S.*)?)$",
    re.IGNORECASE,
)
#: People a visit goes out to by who they are: the sick and housebound, the old.
_HOUSEBOUND = (
    r"(?:sick|housebound|homebound|house-bound|shut-ins?|elderly|frail|isolated|lonely"
    r"|bereaved|older\s+people|elders)"
)
#: Visiting people: "visiting the sick and shut-in", "visiting clients at home",
#: "visiting the outer villages".
_VISITING = re.compile(
    r"^(?:visit(?:ing|ed|s)?|seeing|saw|supporting|supported|support\s+(?:for|to))\s+"
    r"(?P<whom>\S.*?)"
    r"(?P<home>\s+(?:at\s+home|in\s+their\s+(?:own\s+)?homes?|at\s+their\s+homes?))?$",
    re.IGNORECASE,
)
_WHOM_HOUSEBOUND = re.compile(
    rf"^(?:(?:the|and|&|or|,|people|patients|parishioners|members|residents|adults)\s*)*"
    rf"{_HOUSEBOUND}(?:\s*(?:the|and|&|or|,|people|patients|parishioners|members"
    rf"|residents|adults|{_HOUSEBOUND})\b)*$",
    re.IGNORECASE,
)
#: Whom home visits were to, after them, when they are the sick, housebound or old:
#: "to housebound parishioners".
_TO_WHOM = re.compile(
    rf"^(?:to|for|with)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){{0,2}}?{_HOUSEBOUND}\b",
    re.IGNORECASE,
)
_WHOM_VILLAGES = re.compile(
    r"^(?:the\s+)?(?:\S+\s+)?(?:villages|settlements|islands|hamlets|communities)$",
    re.IGNORECASE,
)
#: Pastoral visiting, and pastoral care where it is a parish's, church's or hospital's.
_PASTORAL = re.compile(
    r"^pastoral\s+(?:visits|visiting|visitors?)\b.*$"
    r"|^pastoral\s+care\s+(?:in|at|for|of)\s+(?:the|a|our|my)?\s*(?:\S+\s+)?"
    r"(?:parish(?:es|ioners)?|church(?:es)?|congregations?|hospitals?|hospices?|prisons?"
    r"|chaplaincy|diocese|faith\s+communit(?:y|ies))\b.*$",
    re.IGNORECASE,
)
_SPIRITUAL = "spiritual care"
#: Follow-up after a hospital stay.
_FOLLOW_UP = re.compile(
    r"^(?:the\s+)?(?:follow(?:ing)?[-\s]?ups?|followed[-\s]up)\s+(?:of|with|on)?\s*"
    r"(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:recently\s+)?discharged\b.*|\S+\s+(?:after|following|post)[-\s]discharge.*"
    r"|(?:after|following|post)[-\s]discharge.*)$"
    r"|^(?:post|after)[-\s]discharge\s+(?:follow[-\s]?ups?|contacts?|calls|visits)"
    r"(?:\s+(?:calls|visits|contacts))?$"
    r"|^discharge\s+follow[-\s]?ups?$",
    re.IGNORECASE,
)
_CONTINUITY = "continuity of care"
#: Admitting and discharging patients on a ward.
_ADMISSIONS = re.compile(
    r"^(?:(?:managing|handling|doing|running)\s+)?(?:ward\s+|patient\s+)?"
    r"(?:admissions?\s*(?:and|&|/)\s*discharges?|admitting\s+and\s+discharging(?:\s+\S+)?)$",
    re.IGNORECASE,
)
_ADMITTING = ("initial assessment", "discharge planning")
#: Leading a named team: the team's words, after whose team it is.
_LEADING = re.compile(
    r"^(?:leading|led|lead|heading|headed|head\s+of|coordinating|coordinated"
    r"|coordination\s+of|in\s+charge\s+of)\s+(?:the|a|an|my|our)?\s*"
    r"(?:[\w-]+'s?\s+)?"
    # The team's words, never a preposition: "coordinating with the team" leads nothing.
    r"(?P<work>(?:(?!(?:with|to|for|on|in|of|and|across|within|between)\s)[\w-]+\s+){0,3}?)"
    r"team$",
    re.IGNORECASE,
)
_LEADERSHIP = "team leadership"
#: Joint work with other services ("joint work with child and adolescent psychiatry and
#: social services"): joint working, the UK's name for services working together for one
#: person (SCIE, "Joint working and care coordination"), *Multidisciplinary
#: collaboration*'s inter-agency working. Read by meaning, the services' names had made
#: it *Child development*. Not "working with X", which says with whom.
_JOINT = re.compile(
    r"^(?:close\s+)?(?:joint|multi-agency|inter-agency|interagency)\s+(?:work|working"
    r"|collaboration)\s+(?:with|between)\s+\S.*$",
    re.IGNORECASE,
)
_JOINT_WORKING = "inter-agency working"
#: Sports nights and leagues run for young people or a community ("youth basketball
#: nights", "midnight football league"): activities planned and led in a community
#: programme, *Activities coordination* (its description), as a prevention worker runs
#: them to keep young people busy and in reach.
_SPORTS = re.compile(
    r"^(?:(?:running|ran|organising|organizing|organised|organized|coaching|coached)\s+)?"
    r"(?:(?:the|a|weekly|youth|community|midnight|after-school|village|church|street)\s+)*"
    r"(?:sports?|basketball|football|soccer|volleyball|netball|rugby|futsal|cricket|boxing"
    r"|softball|baseball)\s+(?:nights?|sessions?|clubs?|leagues?|tournaments?|programmes?"
    r"|programs?|activities|evenings?)$",
    re.IGNORECASE,
)
_ACTIVITIES = "activities coordination"
#: Talks on a topic, the topic first, for or to whom ("stress talks for hospital staff").
_TALKS = re.compile(
    r"^(?P<topic>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)\s+talks"
    r"(?P<whom>\s+(?:for|to|at)\s+\S.*)$",
    re.IGNORECASE,
)
#: A list's pieces: commas, semicolons, "and", "&".
_PIECES = re.compile(r"\s*[,;]\s*|\s+(?:and|&)\s+", re.IGNORECASE)


def _home_visits(text: str) -> tuple[str, ...] | None:
    """Return what home visits read as, ``()`` for a setting alone, ``None`` if none."""
    found = _VISITS.match(text)
    if found is None:
        return None
    rest, place = found["rest"].strip(), found["place"].lower()
    if _PARENTS.search(rest):
        return (_FAMILY_VISITING,)
    if not rest:
        return () if place in {"home", "house", "domiciliary"} else (_OUTREACH,)
    # Where, when or with which colleague says nothing more of the work; whom does.
    return (_OUTREACH,) if place == "village" or _TO_WHOM.match(rest) else None


def _visiting(text: str) -> tuple[str, ...] | None:
    """Return what visiting (or supporting) people at home reads as, or ``None``."""
    found = _VISITING.match(text)
    if found is None:
        return None
    whom, home = found["whom"].strip(), found["home"] is not None
    if _PARENTS.search(whom):
        return (_FAMILY_VISITING,) if home else None
    # "supporting the elderly", "seeing clients": only a visit says it went out to them.
    going = _WHOM_HOUSEBOUND.match(whom) or _WHOM_VILLAGES.match(whom)
    return (_OUTREACH,) if going and text.lower().startswith("visit") else None


#: Readings by a pattern alone, in turn.
_FIXED = (
    (_PASTORAL, (_SPIRITUAL,)),
    (_FOLLOW_UP, (_CONTINUITY,)),
    (_ADMISSIONS, _ADMITTING),
    (_JOINT, (_JOINT_WORKING,)),
    (_SPORTS, (_ACTIVITIES,)),
)


def _one(text: str) -> tuple[str, ...] | None:
    """Return the plain words of one piece of work, ``()`` for a setting, ``None`` if none."""
    visits = _home_visits(text)
    visits = _visiting(text) if visits is None else visits
    if visits is not None:
        return visits
    fixed = next((names for pattern, names in _FIXED if pattern.match(text)), None)
    if fixed is not None:
        return fixed
    found = _LEADING.match(text)
    if found is None:
        return None
    work = found["work"].strip()
    return (_LEADERSHIP, work) if work else (_LEADERSHIP,)


def floor_work(text: str) -> tuple[str, ...] | None:
    """Return *text*, work written in the words of the floor, as plain words, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    tuple of str or None
        The names each piece of work reads as, and the pieces of a list no reading
        applies to, as written; ``()`` when *text* names a home visit alone, a setting
        that is read as nothing; ``None`` when no reading applies.

    Examples
    --------
    >>> floor_work("home visits to clients with severe mental illness") is None
    True
    >>> floor_work("visiting the sick and shut-in")
    ('outreach',)
    >>> floor_work("home visits to new mothers")
    ('family home visiting',)
    >>> floor_work("home visiting")
    ()
    >>> floor_work("depot injections and follow-up of discharged patients")
    ('depot injections', 'continuity of care')
    >>> floor_work("leading the ward's nursing team")
    ('team leadership', 'nursing')
    >>> floor_work("visiting a consultant") is None
    True
    """
    stripped = " ".join(text.split()).strip(" .")
    whole = _one(stripped)
    if whole is not None:
        return whole
    pieces = [piece for piece in _PIECES.split(stripped) if piece]
    if len(pieces) < 2:  # a list has two pieces or more
        return None
    read = [_one(piece) for piece in pieces]
    if all(words is None for words in read):
        return None
    plain: dict[str, None] = {}
    for piece, words in zip(pieces, read, strict=True):
        plain.update(dict.fromkeys((piece,) if words is None else words))
    return tuple(plain)


def topic_talks(text: str) -> str | None:
    """Return talks on a topic, the topic written first, as "talks on" it, or ``None``.

    "stress talks for hospital staff" is read as "talks on stress for hospital staff" is
    (forty-third round, review43 P13: unread, where the talks were a counsellor's
    teaching of staff). Only with whom they were for or where: "school talks" alone says
    where, and "medication talks with families" are conversations.

    Examples
    --------
    >>> topic_talks("stress talks for hospital staff")
    'talks on stress for hospital staff'
    >>> topic_talks("stress talks") is None
    True
    """
    found = _TALKS.match(" ".join(text.split()))
    if found is None:
        return None
    return f"talks on {found['topic']}{found['whom']}"
