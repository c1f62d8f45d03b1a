"""Notes inside a text: with whom, about what, how, how much or how well, never what.

A person often writes, beside the skill, a note on how they used it: in brackets
("short term integrative counselling (phone and video, up to 6 sessions)", "counselling
students (anxiety, exam stress, family issues)", "R (beginner) and SPSS") or as list
parts naming the channels it ran on ("988 calls, chats & texts", "tele counselling +
email + chat"). Such a note says:

* **with whom**: people ("kids, parents, teachers", "adults and adolescents", "80
  staff");
* **about what**: the conditions or presenting problems it was for ("anxiety, exam
  stress, family issues", "depression, PTSD", "burnout, workplace conflict");
* **how**: the channels or settings ("phone and video", "online", "face to face", "on
  site"), which a service's formats are, not its practice;
* **how much or when**: counts and years ("up to 6 sessions", "n=300", "2025", "2 yrs");
* **how well**: a level ("beginner", "basic", "advanced", "rusty"), as "SQL (basic)"
  already was read.

A note names no practice, even when one of its words is a skill's alias elsewhere
("video" for telehealth, "anxiety" for a specialism): :func:`without_notes` takes it
out, and the resolver reads what is left as the text the person wrote, by name, in
part and by meaning (:mod:`careermap.resolve.resolver`). A bracket naming a practice
("psychotherapy (CBT, DBT-informed)") is not a note and still competes with the name
before it (:mod:`careermap.resolve.brackets`). A bracket saying the skill is not held
("counselling (received)", "CBT (not DBT)") is never a note, nor is a text naming
languages, whose levels say whether *Second language* is held
(:mod:`careermap.resolve.languages`).

A text that reads nothing at all is read once more in plain words (:func:`in_plain_words`,
twenty-fifth round): CV and charting shorthand spelled out ("w/", "pts", "tx", "yrs",
"appts", "16-25 yo") and a leading tenure or count, which says how much as "(2 yrs)"
does, taken off ("30 yrs adult outpatient counseling", "5 groups a day").

The lists of words follow the vocabulary of a clinical intake: presenting problems as
the counselling services' intake forms ask them (BACP's "what brings you to
counselling": stress, relationships, bereavement, family, work), the conditions of
ICD-11 chapter 6 (:data:`~careermap.resolve.phrase_words.CONDITION_LIST`) and the
formats of telehealth services (telephone, video, text, web chat, email).
"""

from __future__ import annotations

import re

from careermap.resolve.brackets import not_held
from careermap.resolve.phrase_words import CONDITION_LIST, PEOPLE_KINDS, pattern, pieces

__all__ = ["in_latin_words", "in_plain_words", "is_note", "without_notes"]

#: A bracket anywhere in a text: "R (beginner) and SPSS".
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)")
#: How a service was given: its channels and settings ("phone and video", "on site").
_FORMAT = re.compile(
    r"^(?:(?:by|via|over|on|in)\s+(?:the\s+)?)?"
    r"(?:tele)?(?:phone|telephone|video|video\s?call|online|virtual(?:ly)?|remote(?:ly)?"
    r"|in[-\s]person|face[-\s]to[-\s]face|f2f|text(?:s|ing)?|sms|(?:web\s?|live\s?)?chats?"
    r"|e-?mails?|zoom|on[-\s]?site|off[-\s]?site"
    # Visits at home, a setting whose skill is what is done there (docs/taxonomy-notes.md:
    # "home visits" is no skill), beside the work: "home visits & family tracing"
    # (thirty-first round, review 31 P2).
    r"|(?:home|household|domiciliary)\s+visits?)"
    r"(?:\s+(?:calls?|sessions?|appointments?|contacts?|only))?$",
    re.IGNORECASE,
)
#: A word saying which people or problems, not doing something to them ("older adults",
#: "exam stress"; not "supervising staff" or "managing conflicts").
_WHICH = r"(?:(?![\w'-]*(?:ing|ed)\s)[\w'-]+\s+)"
#: Where, last: "critical incident support onsite", "assessments in person". Not a
#: channel ("therapy sessions online", "counselling by video"): last in the text, it
#: says the work was telehealth.
_WHERE_LAST = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:on[-\s]?site|off[-\s]?site|in[-\s]person|face[-\s]to[-\s]face)$",
    re.IGNORECASE,
)
#: How often, last: "CIWA-Ar & COWS q4h", "PHQ-9 every 5th session" (twenty-seventh round).
#: Charting's interval ("q4h", "q15min", "q shift") or "every" and a count of sessions,
#: hours, days or weeks says how often the work was done, as "(weekly)" would in a bracket.
_HOW_OFTEN_LAST = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:q\s?\d+\s?(?:h|hrs?|hours?|mins?|minutes?)|q\s?shift"
    r"|every\s+(?:other\s+|\d+(?:st|nd|rd|th)?\s+)?(?:sessions?|visits?|hours?|hrs?|days?"
    r"|weeks?|months?|shifts?|appointments?))$",
    re.IGNORECASE,
)
#: People the work was with (a few words may say which: "Year 7 pupils", "older adults").
_PEOPLE = re.compile(
    r"^(?:(?:up\s+to|over|about|around|~)?\s*\d[\d,]*\+?\s+)?"
    rf"{_WHICH}{{0,2}}"
    rf"(?:{PEOPLE_KINDS}|children|child|youth|young\s+people|adults|infants|toddlers|babies"
    r"|parents|families|carers|caregivers|students|pupils|staff|employees|managers"
    r"|colleagues|clients|patients|service\s+users|members|residents|tenants|veterans"
    r"|survivors|people|persons)$",
    re.IGNORECASE,
)
#: What people brought: presenting problems in a counselling service's intake words.
_PROBLEM = re.compile(
    rf"^{_WHICH}{{0,2}}"
    r"(?:stress|issues|problems|difficulties|concerns|conflicts?|worries"
    r"|burnout|burn-out|grief|bereavement|loss|relationships?|anger|loneliness|isolation"
    r"|self-esteem|confidence|low\s+self-esteem|transitions?|adjustment|break-?ups?"
    r"|divorce|separation|bullying"
    # wellbeing topics a talk or a session is on ("stress, sleep, menopause")
    r"|sleep|menopause|nutrition|diet|exercise|physical\s+activity|fatigue"
    r"|work-life\s+balance|healthy\s+eating|mental\s+health|well-?being)$",
    re.IGNORECASE,
)
#: How much or when: counts of sessions, weeks, people or cases, a sample size, years.
_COUNT = re.compile(
    r"^(?:(?:up\s+to|over|about|around|approx\.?|c\.|~|max(?:imum)?|since|from)\s*)?"
    r"(?:n\s*=\s*\d[\d,]*|\d[\d,.]*\+?(?:\s*[-\u2013/]\s*\d[\d,.]*)?"
    r"(?:\s*(?:sessions?|weeks?|months?|years?|yrs?|hours?|hrs?|h|days?|cases?|beds?"
    r"|calls?|(?:per|a)\s+(?:week|month|day|year)|weekly|monthly))*)$",
    re.IGNORECASE,
)
#: How well: a level of skill, which names none ("SQL (basic)").
_LEVEL = re.compile(
    r"^(?:complete\s+|absolute\s+)?(?:beginner|basic|basics|novice|intermediate|advanced"
    r"|proficient|expert|rusty|refresher|entry[-\s]level|foundation(?:\s+level)?)$",
    re.IGNORECASE,
)


def is_note(inner: str) -> bool:
    """Say whether bracketed text is only a note: whom, about what, how, how much or how well.

    Every part (between commas, "and", "/") must be one; a part naming a practice
    ("relapse prevention", "CBT") makes it none.

    Examples
    --------
    >>> is_note("phone and video, up to 6 sessions")
    True
    >>> is_note("anxiety, exam stress, family issues")
    True
    >>> is_note("Living in Balance, relapse prevention"), is_note("received")
    (False, False)
    """
    parts = pieces(inner)
    return bool(parts) and not not_held(inner) and all(map(_note_part, parts))


def _note_part(part: str) -> bool:
    """Say whether one part of a bracket or list is a note."""
    part = part.strip(" .:-")
    return any(rule.match(part) for rule in (_FORMAT, _PEOPLE, _PROBLEM, _COUNT, _LEVEL)) or bool(
        pattern(CONDITION_LIST).match(part)
    )


def without_notes(text: str) -> str | None:
    """Return *text* without its notes, or ``None`` when it has none (or is nothing else).

    Brackets that are notes go wherever they are, and so do list parts naming only a
    channel ("chats & texts") beside parts that are not, a setting last
    ("critical incident support onsite") and how often, last ("PHQ-9 every 5th
    session").

    Examples
    --------
    >>> without_notes("short term integrative counselling (phone and video, up to 6 sessions)")
    'short term integrative counselling'
    >>> without_notes("R (beginner) and SPSS")
    'R and SPSS'
    >>> without_notes("988 calls, chats & texts")
    '988 calls'
    >>> without_notes("tele counselling + email + chat")
    'tele counselling'
    >>> without_notes("critical incident support onsite")
    'critical incident support'
    >>> without_notes("PHQ-9 every 5th session"), without_notes("CIWA-Ar & COWS q4h")
    ('PHQ-9', 'CIWA-Ar & COWS')
    >>> without_notes("statistics (SPSS, R)") is None
    True
    >>> without_notes("phone and video") is None
    True
    """
    bare = _BRACKET.sub(lambda hit: "" if is_note(hit["inner"]) else hit.group(), text)
    bare = " ".join(bare.split()).strip(" ,;-")
    if "(" not in bare:
        parts = pieces(bare)
        kept = [part for part in parts if not _FORMAT.match(part.strip())]
        if kept and len(kept) < len(parts):
            bare = ", ".join(kept)
        where = _WHERE_LAST.match(bare)
        bare = where["rest"] if where else bare
        often = _HOW_OFTEN_LAST.match(bare)
        bare = often["rest"] if often else bare
    return bare if bare and bare != text.strip() else None


#: CV and charting shorthand, spelled out: "w/" and "w/o" (with, without), and the
#: abbreviations of clinical charting and CVs for patients, treatment, diagnosis, history,
#: medications, appointments, management, years, months and weeks. Lower case or
#: capitalised only: "TX" is Texas. "yo" (years old) only after an age: "16-25 yo".
_SHORTHAND = tuple(
    (re.compile(source), words)
    for source, words in (
        (r"(?<![\w/])[wW]/o(?![\w/])", "without"),
        (r"(?<![\w/])[wW]/(?!/)\s*", "with "),
        (r"\b[pP]ts\b", "patients"),
        (r"\b[tT]x\b", "treatment"),
        (r"\b[dD]x\b", "diagnosis"),
        (r"\b[hH]x\b", "history"),
        (r"\b[mM]eds\b", "medications"),
        (r"\b[aA]ppts\b", "appointments"),
        (r"\b[aA]ppt\b", "appointment"),
        (r"\b[mM]gmt\b", "management"),
        (r"\b[yY]rs\b", "years"),
        (r"\b[yY]r\b", "year"),
        (r"(?<=\d)\s*(?:mos|mths)\b", " months"),
        (r"(?<=\d)\s*wks\b", " weeks"),
        (r"(?<=\d)\s*(?:yo|y/o|y\.o\.?)(?!\w)", " year-olds"),
    )
)
#: How long or how many, first: "30 years adult outpatient counseling", "8 years' experience
#: in crisis work", "5 groups a day", "200+ patients a morning": a tenure, or a count before
#: a plural word, which says how much (as "(2 yrs)" does in a bracket) and names no
#: practice. A count is of one or two digits, or marked as one ("200+", "over 200"): a bare
#: number of three or more is a name ("504 plans", "988 calls", "911 dispatch").
_LEADING = re.compile(
    r"^(?:(?:(?i:over|about|around|almost|nearly|approx\.?|~)\s*)?\d[\d,.]*\+?\s*"
    r"(?:years?|months?|weeks?)['\u2019]?\s+(?:of\s+)?(?:experience\s+(?:in|with|of|as|doing)\s+)?"
    r"|(?:(?i:over|about|around|almost|nearly|approx\.?|~)\s*\d[\d,]*\+?|\d[\d,]*\+|\d{1,2})\s+"
    r"(?!(?:years?|months?|weeks?)\b)(?=[a-z][a-z-]+s\b))"
    r"(?P<rest>(?!experience$)\S.*)$"
)
#: Letters of a script other than the Latin alphabet (Han, Greek, Cyrillic, Devanagari...),
#: with the spaces around them.
_OTHER_SCRIPT = re.compile(r"\s*[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]+\s*")
#: What a script's words leave behind: separators with nothing before them.
_LEFT_OVER = re.compile(r"^[\s/,;:|\-\u2013\u2014]+")


def in_latin_words(text: str) -> str:
    """Return *text* in its Latin-alphabet words, when it is also written in another script.

    A person writing in two scripts glosses one in the other: "團體藝術治療 group art
    therapy", "個案報告 case reports" (twenty-seventh round). The taxonomy's names are in
    the Latin alphabet, so the gloss is what can be read; a text in one script is kept.

    Examples
    --------
    >>> in_latin_words("團體藝術治療 group art therapy")
    'group art therapy'
    >>> in_latin_words("ψυχοεκπαίδευση σε ομάδες")
    'ψυχοεκπαίδευση σε ομάδες'
    """
    latin = _LEFT_OVER.sub("", _OTHER_SCRIPT.sub(" ", text)).strip()
    return latin if latin != text and re.search(r"[A-Za-z]{2}", latin) else text


def in_plain_words(text: str) -> str | None:
    """Return *text* with its shorthand spelled out and a leading tenure or count taken off.

    ``None`` when neither is there. The resolver reads the plain text when the text
    itself reads nothing: shorthand and a tenure pull a text's similarity, by name and by
    meaning, below what its words alone reach ("30 yrs adult outpatient counseling"). A
    text written in two scripts keeps its Latin-alphabet words (:func:`in_latin_words`).

    Examples
    --------
    >>> in_plain_words("30 yrs adult outpatient counseling")
    'adult outpatient counseling'
    >>> in_plain_words("CBT for anxiety w/ 16-25 yo")
    'CBT for anxiety with 16-25 year-olds'
    >>> in_plain_words("talking with pts about my own recovery")
    'talking with patients about my own recovery'
    >>> in_plain_words("5 groups a day on the unit")
    'groups a day on the unit'
    >>> in_plain_words("988 network standards") is None  # a number that is a name
    True
    >>> in_plain_words("個案報告 case reports")
    'case reports'
    """
    plain = in_latin_words(text)
    for shorthand, words in _SHORTHAND:
        plain = shorthand.sub(words, plain)
    plain = " ".join(plain.split())
    leading = _LEADING.match(plain)
    plain = leading["rest"] if leading else plain
    return plain if plain != " ".join(text.split()) else None
