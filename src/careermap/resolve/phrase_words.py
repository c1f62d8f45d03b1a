"""The words of the phrase readings (:mod:`careermap.resolve.parts`): lists, conditions, needs.

Kept apart from the readings so that the readings' modules (:mod:`careermap.resolve.parts`,
:mod:`careermap.resolve.brackets`, :mod:`careermap.resolve.teaching`) share one copy.
Nothing here is compiled at import but the short list pattern: the condition patterns
take milliseconds to compile, which a ranking of ids (never reading a phrase) need not
pay (:func:`pattern`).
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "CONDITION_LIST",
    "FOR_PEOPLE",
    "NEED",
    "PEOPLE_KINDS",
    "PEOPLE_WITH_CONDITIONS",
    "REPRESENTING",
    "other_pieces",
    "pattern",
    "pieces",
]

#: The words that join a list's parts ("CBT and DBT", "PHQ-9 & GAD-7"), and the Persian
#: "و" ("and") written apart, as Persian writes it (thirty-eighth round: "مشاوره خانواده و
#: زوج‌درمانی" is family counselling and couples therapy; a lexicon term holding it, "درمان
#: مبتنی بر پذیرش و تعهد", is read whole first). Arabic writes its "و" onto the next word.
_JOINED = r"\s+(?:and|&|\+|plus|\u0648)\s+"
_LIST = re.compile(rf"\s*[,;/]\s*|{_JOINED}", re.IGNORECASE)
#: Fortieth round: "and" in the languages of the lexicons of skill names written in Latin
#: or Cyrillic script (Spanish and Papiamento "y", Portuguese and Italian "e", French "et",
#: German "und", Catalan and the Balkan languages' "i", Turkish "ve", Albanian "dhe", Greek
#: "και", Russian and Bulgarian "и", Ukrainian "та" and its "i", U+0456). Not Dutch "en",
#: which is "in" in Spanish, French and Catalan ("intervenció en crisi"). Forty-first
#: round: Malay "dan" and "serta". Forty-third round: Swedish "och" (Swahili "na" is
#: "with" as much as "and": no list).
_OTHER_JOINED = re.compile(
    r"\s+(?:y|e|et|und|i|ve|dhe|και|и|\u0456|та|dan|serta|och)\s+",
    re.IGNORECASE,
)
#: A list of names (credentials): joined by those words or semicolons, outside brackets.
_NAMES = re.compile(rf"(?:\s*;\s*|{_JOINED})(?![^()]*\))", re.IGNORECASE)
#: Conditions a method is used for: the groupings of ICD-11 chapter 6 (mental,
#: behavioural or neurodevelopmental disorders) and DSM-5-TR, in the words clinicians
#: write, with chronic pain and insomnia, which NICE guidance names psychological
#: therapies for, and "complex presentations", clinicians' word for difficulties that
#: are several at once. Any "... disorder(s)" is a condition too.
_CONDITION_NAMES = (
    r"depression|depressive\s+episodes?|low\s+mood|anxiety|anxiety\s+disorders?"
    r"|generali[sz]ed\s+anxiety|GAD|social\s+anxiety|health\s+anxiety|panic(?:\s+attacks)?"
    r"|phobias?|agoraphobia|OCD|obsessive[-\s]compulsive\s+disorder|PTSD|C-?PTSD"
    r"|post-?traumatic\s+stress|trauma|psychosis|psychoses|schizophrenia|bipolar"
    r"|eating\s+disorders?|anorexia(?:\s+nervosa)?|bulimia(?:\s+nervosa)?|binge\s+eating"
    r"|ARFID|insomnia|personality\s+disorders?|BPD|EUPD|self-?harm|suicidality"
    r"|substance\s+(?:use|misuse)|addictions?|alcohol\s+(?:use|misuse|dependence)"
    r"|drug\s+(?:use|misuse)|gambling|ADHD|autism|ASD|chronic\s+pain|body\s+dysmorphi[ac]"
    r"|BDD|hoarding|dementia|perinatal\s+mental\s+health|postnatal\s+depression"
    r"|serious\s+mental\s+illness|SMI|mental\s+illness|mental\s+health\s+conditions"
    r"|complex\s+presentations"
)
_CONDITIONS = _CONDITION_NAMES + r"|\S+(?:\s+\S+)?\s+disorders?"
#: Words that qualify a condition ("mild to moderate depression", "complex trauma").
_QUALIFIERS = (
    r"(?:mild|moderate|severe|complex|chronic|acute|adult|adolescent|child(?:hood)?|perinatal"
    r"|comorbid|co-occurring|common|(?:mild\s+)?to)\s+"
)
#: People named by a condition: "adults with", "young people living with".
_NAMED_BY = (
    r"(?:people|clients|patients|adults|children|adolescents|teens|young\s+people|veterans"
    r"|students|service\s+users|families|those)\s+(?:with|affected\s+by|living\s+with)\s+"
)
#: People named by a condition, or nothing but the condition.
_WHO = rf"(?:{_NAMED_BY})?"
CONDITION_LIST = (
    rf"^(?:{_WHO}(?:{_QUALIFIERS})*(?:{_CONDITIONS}))"
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:{_QUALIFIERS})*(?:{_CONDITIONS}))*$"
)
#: People named by conditions and nothing else ("adults with serious mental illness", "young
#: people with anxiety or depression"): after "with" as after "for" (thirty-first round,
#: review 31 P1: "counselling with adults with serious mental illness").
PEOPLE_WITH_CONDITIONS = (
    rf"^(?:{_NAMED_BY})(?:{_QUALIFIERS})*(?:{_CONDITIONS})"
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:{_QUALIFIERS})*(?:{_CONDITIONS}))*$"
)
#: A need or condition by which people are named after "with", "to" or "in": the four
#: broad areas of need of the SEND Code of Practice (England, 2015, 6.28-6.35) and the
#: conditions above ("pupils with learning disabilities", "deaf clients").
NEED = (
    r"\b(?:learning\s+(?:disabilit(?:y|ies)|difficult(?:y|ies))|intellectual\s+disabilit"
    r"|disabilit(?:y|ies)|disabled|special\s+(?:educational\s+)?needs|additional\s+needs|SEND?"
    r"|dyslexi[ac]|dyspraxi[ac]|autistic|deaf|hard\s+of\s+hearing|hearing\s+impair"
    r"|blind|visual(?:ly)?\s+impair|speech(?:,)?\s+(?:and\s+)?language\s+needs"
    rf"|{_CONDITION_NAMES}|disorders?)\b"
)
#: People named by age, sex or circumstance: read as for whom after "for" here, and as
#: whom the work was with in a note (``careermap.resolve.notes``).
PEOPLE_KINDS = (
    r"kids|teens|teenagers|adolescents|young\s+adults|older\s+adults|elders|seniors"
    r"|boys|girls|men|women|couples|individuals|refugees|migrants|offenders|prisoners"
    r"|inmates|victims|learners|teachers"
)
#: People a service is for ("stress management for clients", "advocacy for tenants"):
#: after "for", a list of these and nothing else says for whom, not what.
_PEOPLE_WORDS = (
    r"(?:clients|patients|families|parents|carers|caregivers|children|young\s+people|youth"
    r"|adults|students|pupils|staff|employees|managers|colleagues|clinicians|volunteers"
    r"|service\s+users|veterans|tenants|residents|survivors|members|people"
    # Public-safety staff a course or service is for ("crisis intervention training for
    # dispatchers": CIT for telecommunicators, for police officers).
    r"|dispatchers|call\s+takers|telecommunicators|police|police\s+officers|officers"
    r"|first\s+responders"
    # The other first responders: "police, fire & EMS" (the US National Incident Management
    # System's emergency services; thirtieth round, review 30 P1).
    r"|fire|firefighters|fire\s+(?:service|crews)|EMS|EMTs|paramedics|ambulance\s+(?:staff|crews)"
    # Those a record or report is written for ("documentation for insurance", "reports
    # for funders", "project reports for donors"): whom the paper goes to, not what the work is.
    r"|insurance|insurers|Medicare|Medicaid|funders|donors|commissioners"
    # Organisations a service is sold or given to ("wellbeing webinars for client
    # companies", "talks for local employers"; twenty-fourth round).
    r"|(?:(?:client|local|partner|member)\s+)?(?:companies|employers|businesses"
    r"|organi[sz]ations|charities)"
    # Any plural noun of people a service is for (twenty-sixth round, review 26 P1c: "brief
    # CBT for soldiers"): by age, by sex, serving, in custody or care, learning or working.
    r"|soldiers|troops|service\s+members|servicemen|servicewomen|sailors|airmen|marines"
    rf"|{PEOPLE_KINDS}|asylum\s+seekers|trainees|interns|nurses|doctors|workers|peers|callers"
    r"|participants"
    # The ward, unit or department whose staff a service or rota is for ("rosters for the
    # ward", "budgeting for the unit"; thirty-eighth round, review37: a head nurse's gloss
    # "rosters for the ward" was unread): whom the work was for, named by where they work.
    # Not "team": "for the design team" let "interviewing clinicians" be read, by its
    # spelling, as clinical interviewing.
    r"|wards?|units?|departments?|clinics?)"
)
#: Those people, new to a post or service ("for new staff", "for new call takers"), or of a
#: place or service named in a word before ("for ward staff", "for casino staff"; thirtieth
#: round, review 30 P1) or two ("for health centre nurses": thirty-fifth round, review34
#: P8, where "mhGAP training for health centre nurses" was unread).
_ONE_PEOPLE = (
    rf"(?:(?:the|our|my|their)\s+)?(?:new\s+)?(?:(?![\w-]*(?:ing|ed)\s)[\w-]+\s+){{0,2}}"
    rf"{_PEOPLE_WORDS}"
)
FOR_PEOPLE = re.compile(
    rf"^{_ONE_PEOPLE}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+){_ONE_PEOPLE})*$", re.IGNORECASE
)
#: Representing or accompanying people at a hearing ("representing members at
#: disciplinary committees", "accompanying employees at grievance hearings"): the
#: hearing's work, a union representative's or an advocate's (Acas Code of Practice on
#: disciplinary and grievance procedures, 2015, paras 13-17 and 33-36: the companion at a
#: hearing; thirty-eighth round, review38 P4: a union branch secretary's line was unread).
REPRESENTING = re.compile(
    rf"^(?:representing|represented|accompanying|accompanied)\s+{_ONE_PEOPLE}"
    r"\s+(?:at|in|before)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


@functools.cache
def pattern(source: str) -> re.Pattern[str]:
    """Return *source* compiled, case-insensitive, on first use.

    The two condition patterns take milliseconds to compile, which an import (a
    ranking of ids, which never reads a phrase) need not pay.
    """
    return re.compile(source, re.IGNORECASE)


def pieces(text: str, *, names: bool = False) -> tuple[str, ...]:
    """Return the parts of *text* between list separators (commas, "and", "/"), none empty.

    With *names*, *text* lists names that may hold commas and slashes of their own (a
    person's credentials: "Psychotherapist, SKZP", "BACP Accredited
    Counsellor/Psychotherapist"): only the joining words and semicolons separate them,
    and never inside brackets ("Registered nurse (adult and child)" is one name).

    Examples
    --------
    >>> pieces("CBT, DBT and ACT")
    ('CBT', 'DBT', 'ACT')
    >>> pieces("NMC registered nurse (child) and SCPHN", names=True)
    ('NMC registered nurse (child)', 'SCPHN')
    >>> pieces("Psychotherapist, SKZP; ECP (EAP)", names=True)
    ('Psychotherapist, SKZP', 'ECP (EAP)')
    >>> pieces("Registered nurse (adult and child)", names=True)
    ('Registered nurse (adult and child)',)
    """
    found = (_NAMES if names else _LIST).split(text.strip())
    return tuple(part for part in found if part)


def other_pieces(text: str) -> tuple[str, ...]:
    """Return the parts of *text* joined by another language's "and", or none.

    A reading of these parts stands only when each part names a skill, as any list's.

    Examples
    --------
    >>> other_pieces("valoració infermera i pla de cures")
    ('valoració infermera', 'pla de cures')
    >>> other_pieces("primeros auxilios y mediación"), other_pieces("CBT and DBT")
    (('primeros auxilios', 'mediación'), ())
    """
    parts = tuple(part for part in _OTHER_JOINED.split(text.strip()) if part)
    return parts if len(parts) > 1 else ()
