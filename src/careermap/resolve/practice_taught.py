"""What a teaching word taught: the practice, or a subject (thirty-second, forty-third rounds).

:func:`careermap.resolve.teaching.teaching_work` reads teaching as *Instructing* last, after
the semantic layer; the readings here say when what follows the teaching word is practice
taught, which that reading would hide:

* **a topic taught to the people the work is for** ("taught relaxation techniques to
  people with work stress") or **a technique** with no learners named ("teaching coping
  strategies", "distress tolerance skills in a weekly group"; :func:`practice_taught`);
* **people, then a doing taught them** (:func:`clause_taught`, :func:`doing_taught`;
  forty-third round, teach43): "taught care leavers to cook, budget and pay their bills",
  "trained hostel staff to give naloxone", "taught line managers how to spot ...": the doing
  is the practice, unless the people are learners in education or new to the work ("taught
  first-year nursing students how to take a mental health history", "taught new staff how
  to use the case recording system"), whom teaching a doing is instruction.

The people taught (:data:`_COUNT`, :data:`_LEARNERS`, :data:`_CLIENTS`) are defined here and used by
:mod:`careermap.resolve.teaching`. Split from that module in the forty-third round.
"""

from __future__ import annotations

import re

__all__ = ["clause_taught", "doing_taught", "practice_taught"]

#: How many people, before who they are ("two new peer recovery coaches", "12 staff"):
#: a count says nothing of who they are (forty-third round, review43 P5: with it, the
#: three words that may say which of them were used up, and the text was read by meaning
#: as *Peer support*, the mentees' work).
_COUNT = (
    r"(?:(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few"
    r"|several|a\s+dozen|dozens\s+of)\s+)?"
)
#: Teaching, tutoring or mentoring named by whom it was for: "teaching psychiatry
#: residents", "tutoring students", "mentoring junior staff". The doing word
#: is the skill; who learned names none (up to three words may say which of them).
_LEARNERS = (
    rf"{_COUNT}(?:(?:(?!(?:to|on|in|about|for|with|at|and|or)\s)[^\W\d_][\w-]*\s+){{0,3}}?"
    r"(?:students|undergraduates|postgraduates|graduates|residents"
    r"|registrars|trainees|interns|apprentices|learners|pupils|nurses|doctors|clinicians"
    r"|practitioners|counsell?ors|therapists|psychologists|social\s+workers|workers|staff"
    r"|volunteers|colleagues|peers|supervisees|teachers|parents|carers|caregivers|managers"
    r"|employees|officers|police|first\s+responders|dispatchers|hires|starters|recruits"
    r"|promoters|leaders|coaches))"
)
#: Learners listed with commas, "and", "&" or "or" ("ASHA workers and PHC doctors").
_LEARNER_LIST = rf"{_LEARNERS}(?:\s*(?:,|and|&|or)\s+{_LEARNERS})*"
#: The people a practitioner's work is for, taught as part of it ("teaching clients about
#: their condition" is psychoeducation; "teaching relaxation techniques to adolescents").
_CLIENTS = (
    r"(?:(?:the|our|my|their)\s+)?(?:clients?|patients?|service\s+users?|famil(?:y|ies)"
    r"|children|child|kids|young\s+people|people|adults|individuals|residents|survivors"
    r"|consumers|members|tenants|veterans|adolescents|teenagers|teens|youth"
    # People named by who they are, whom no teaching trains for a post (forty-third round).
    r"|girls|boys|women|men|mothers|fathers)\b"
)
#: Teaching that is practice, not teaching work (thirty-second round, silent32): a topic
#: taught "to" the people the work is for (:data:`_CLIENTS`: "taught relaxation
#: techniques to people with work stress", "taught safer injecting practice to people
#: who use drugs": taught what the practitioner practises), and a technique taught with
#: no learners named ("teaching coping strategies"). Read last, they would make the text
#: *Instructing* without asking; the semantic layer's suggestions stand instead.
_TAUGHT_TO = re.compile(rf"^(?P<topic>\S.*?)\s+to\s+{_CLIENTS}", re.IGNORECASE)
_TO_LEARNERS = re.compile(
    rf"\s+to\s+(?:(?:the|our|my|their|new|all)\s+)?{_LEARNER_LIST}$", re.IGNORECASE
)
#: A technique taught "to" people who are no learners by role ("the Zones of Regulation and
#: friendship skills to primary classes"; forty-third round): what was taught is still the
#: technique. Learners named after "to" keep the teaching (:data:`_TO_LEARNERS`).
_TO_OTHERS = re.compile(
    rf"\s+to\s+(?!(?:(?:the|our|my|their|new|all)\s+)?{_LEARNER_LIST}\b)\S.*$", re.IGNORECASE
)
_TECHNIQUE = re.compile(
    r"\b(?:techniques?|skills|strateg(?:y|ies)|exercises?|practices?|methods?|tools)$",
    re.IGNORECASE,
)
#: Where a technique was taught, after it ("in clients' homes and in the community", "at
#: the day centre"), and examples in brackets: what was taught is still the technique
#: (fortieth round, review40 P3: "Taught basic living and social skills (budgeting, ...)
#: in clients' homes" had been *Instructing*).
_WHERE_TAUGHT = re.compile(
    r"\s*\([^()]*\)|\s+(?:in|at)\s+(?:(?:the|their|our|my|an?|[^\W\d_]+'s?)\s+)?"
    # How often or which ("in a weekly group", "in weekly circle time"; forty-third round).
    r"(?:(?:own|weekly|daily|small|closed|open|primary|school|classroom)\s+)?"
    r"(?:homes?|community|communities|day\s+centres?|day\s+centers?|wards?"
    r"|groups?|clinics?|residences?|flats?|apartments?|circle\s+time|classrooms?"
    r"|sessions?)\b.*$",
    re.IGNORECASE,
)
#: What was taught is a doing, after the people taught (forty-third round, teach43): "taught
#: care leavers to cook, budget and pay their bills", "trained hostel staff to give
#: naloxone", "taught line managers how to spot ...", "taught staff how buildings ... disable
#: people". The clause names the practice taught, as a topic taught to clients does; "to"
#: then begins a verb, not the people taught ("psychology to undergraduates", "de-escalation
#: to new nurses"): no determiner, no plural, no capital after it.
_CLAUSE = re.compile(
    r"^(?P<whom>\S.*?)\s+(?:how\s+(?:to\s+)?(?-i:[a-z])|to\s+(?P<verb>(?-i:[a-z])[a-z-]*)\b)",
    re.IGNORECASE,
)
_PEOPLE = re.compile(rf"{_LEARNERS}|{_CLIENTS}", re.IGNORECASE)
_NOT_VERBS = frozenset(
    {"the", "a", "an", "their", "our", "my", "his", "her", "its", "all", "new", "every", "each"}
    | {"other", "those", "these", "them", "him", "us", "you", "me", "people", "staff", "police"}
    | {"everyone", "anyone", "year", "primary", "secondary", "junior", "senior", "local"}
)
#: Learners in education, or new to the work: teaching them a doing is instruction
#: ("taught first-year nursing students how to take a mental health history", "taught new
#: staff how to use the case recording system").
_IN_EDUCATION = re.compile(
    r"(?:\b(?:students|undergraduates|postgraduates|trainees|interns|apprentices|learners"
    r"|pupils|registrars|residents)|^(?:(?:the|our|all)\s+)?new\s+(?:\S+\s+){0,2}?\S+)$",
    re.IGNORECASE,
)


def clause_taught(taught: str) -> bool:
    """Say whether what follows a teaching word is people, then a doing taught them.

    The doing is the practice taught, unless the people are learners in education or new
    to the work, whom teaching is instruction.

    Examples
    --------
    >>> clause_taught("care leavers to cook, budget and pay their bills")
    True
    >>> clause_taught("line managers how to spot a colleague struggling")
    True
    >>> clause_taught("first-year nursing students how to take a mental health history")
    False
    >>> clause_taught("psychology to undergraduates"), clause_taught("de-escalation to new nurses")
    (False, False)
    >>> clause_taught("clinical skills to student nurses")
    False
    """
    taught = taught.strip()
    hit = _CLAUSE.match(taught)
    if hit is None or _IN_EDUCATION.search(hit.group("whom")):
        return False
    verb = hit.group("verb")
    if verb is None:  # "how ..."
        return True
    plural = verb.endswith("s") and not verb.endswith("ss")
    # "to student nurses": the word begins the people taught (its next word at most).
    after = taught[hit.start("verb") :].split()
    people = any(
        _PEOPLE.fullmatch(" ".join(after[:count])) for count in (1, 2) if len(after) >= count
    )
    return not plural and verb.lower() not in _NOT_VERBS and not people


_TEACHING_WORD = re.compile(
    r"^(?:co-?)?(?:teaching|training|tutoring|coaching|mentoring|instructing|educating)\s+"
    r"(?P<taught>\S.*)$",
    re.IGNORECASE,
)


def doing_taught(text: str) -> bool:
    """Say whether *text* is teaching people a doing (:func:`clause_taught`), whole.

    Its "to" then begins what was taught, never whom the work was with, so the with-whom
    reading does not peel it off ("training hostel staff" alone read *Training delivery*).

    Examples
    --------
    >>> doing_taught("training hostel staff to give nasal naloxone")
    True
    >>> doing_taught("training staff"), doing_taught("teaching psychology to undergraduates")
    (False, False)
    """
    hit = _TEACHING_WORD.match(text.strip())
    return hit is not None and clause_taught(hit.group("taught"))


def practice_taught(taught: str) -> bool:
    """Say whether what follows a teaching word is practice taught, not teaching work.

    A topic taught to the people the work is for, or a technique with no learners named:
    the teaching alone would hide what was taught (thirty-second round).

    Examples
    --------
    >>> practice_taught("relaxation techniques to people with work stress")
    True
    >>> practice_taught("de-escalation to new nurses"), practice_taught("the MSc module")
    (False, False)
    >>> practice_taught("English to refugees")
    False
    >>> practice_taught("coping strategies"), practice_taught("clinical skills to students")
    (True, False)
    >>> practice_taught("living skills (budgeting, shopping) in clients' homes")
    True
    >>> practice_taught("the MSc module in the community")
    False
    >>> practice_taught("distress tolerance skills in a weekly group")
    True
    >>> practice_taught("care leavers to cook and budget")
    True
    >>> practice_taught("friendship skills to primary classes")
    True
    >>> practice_taught("coping skills to nurses after the pandemic")
    False
    """
    if _TAUGHT_TO.match(taught) or clause_taught(taught):
        return True
    what = _WHERE_TAUGHT.sub("", _TO_OTHERS.sub("", taught)).strip()
    return _TECHNIQUE.search(what) is not None and _TO_LEARNERS.search(taught) is None
