"""A skill named inside a longer phrase: "PHQ-9 and GAD-7", "safety planning with families".

Practitioners write a skill with words around it that say how, where or with whom
they used it. When the whole text matches no name, :func:`split_phrase` offers the
parts that may name a skill, and the resolver matches each part as a whole text
(by id, label, alias or fuzzy name; never semantically, never split again). The
phrases read:

* **a list** joined by "and", "&", "+", "plus", commas, semicolons or slashes ("PHQ-9
  and GAD-7", "CPI / physical restraint"): one skill when every part names that same
  skill, and **split** when every part names a skill and they are two or more ("CBT
  and DBT", "training and supervising doctoral interns"): the match is method
  ``'split'``, one match per skill in its ``split``, and a profile gives each an
  entry. A part names a skill by its id, label or alias, a near name of two words or
  more, or one "-ing" word with a name's stems ("training": *trainer skills*). A name that
  holds "and" is matched whole before any of this ("drug and alcohol counselling",
  "law and government"), and a part that names nothing ("trial and error", "CBT and
  forklift operation") leaves the list unsplit;
* **examples in brackets** after a name ("statistics (SPSS, R)"): the name, when
  every bracketed part begins with a capital or a digit (names of tests, tools,
  programmes, year counts) or says only where, with whom, when or on what terms the work
  was done ("CBT (adult placements)", "play therapy (children)", "counselling
  (volunteer)", "EMDR (trained 2016)") or where or how long it was learned or used
  ("SPSS (from my degree)", "DBT groups (agency years)", "MHFA (participant)"),
  none is a negation ("counselling (received)", "CBT (not DBT)" are
  not read so) and none names another skill; after a list, when none names a skill
  the list does not ("treatment plans and progress notes (SimplePractice)" splits);
* **a doing word first**: "running", "leading", "delivering", "providing",
  "conducting", "facilitating", "writing", "keeping", "doing" or "using", with
  "a", "an" or "the" ("writing shift notes", "running a DBT skills group"), or
  "helping" and whom ("helping people apply for benefits");
* **under supervision last**: "under supervision", "under clinical supervision" or
  "supervised" ("CBT under supervision"): how a trainee did the work, which names no
  skill of its own (before this reading, the semantic layer read that text as *Clinical
  supervision*, which a trainee receives rather than gives);
* **teaching whom**: "teaching", "tutoring", "lecturing", "instructing",
  "mentoring", "coaching" or "training" and only the people taught, with up to three
  words saying which ("teaching psychiatry residents", "mentoring junior staff",
  "training ASHA workers and PHC doctors"): the doing word ("training" as *Training
  delivery*'s alias "delivering training"), since who learned names no skill (read by
  meaning, "psychiatry" had made the first *Mental health nursing*);
* **one to one first**: "1:1", "1-1" or "one-to-one" ("1:1 post diagnosis support"):
  how the work was done, which names no skill of its own;
* **an activity word last**: "sessions", "lessons", "classes", "groups",
  "presentations", "workshops", "training", "trained", "facilitation", "coordination",
  "materials", "handouts" or "worksheets" ("telehealth sessions", "Narcan training",
  "EMDR trained", "psychoeducation worksheets"): what one
  runs, gives or is trained in. Not "meetings": one attends those, so "HR meetings"
  or "leadership meetings" would claim a skill the words do not (the few meetings
  that are the practice, such as IEP meetings, are aliases);
* **with whom, to whom, where or when** after the name: "with", "alongside", "to", "in",
  "on", "at", "between" or "after" and anything ("safety planning with families",
  "de-escalation alongside police", "referrals to housing services", "charting in Epic",
  "case notes on Nebula", "reasonable adjustments at work", "case management after
  suicide attempts"), unless what follows
  names people by a need or condition ("supporting pupils with learning disabilities",
  "communicating with deaf clients"): the need is what the person specialises in, and
  the name before it alone would lose it. Such a phrase matches nothing and suggests
  the skills it is near, its need's first;
* **a method for a condition**: "for" and only conditions after it ("CBT for
  depression", "DBT for borderline personality disorder", "EMDR for PTSD and complex
  trauma"): the method, as a training curriculum names its modules (NHS England's
  national curriculum for high intensity CBT: "CBT for depression", "CBT for anxiety
  disorders"). A phrase whose words, reordered, are a name is matched before this
  rule reads it ("counselling for addiction" is *addiction counselling*). When the
  condition is itself a skill ("coaching for ADHD": *Neurodevelopmental conditions*),
  the phrase names two and matches neither;
* **for whom**: "for" and only people ("stress management for clients", "advocacy
  for tenants and their families"), or those a record or report is for: insurers,
  Medicare, Medicaid, funders, commissioners ("documentation for insurance",
  "reports for funders"): the name, as after "with";
* **lived experience in one's own words**: "my own experience of being autistic", "my
  lived experience of incarceration and recovery", "using my lived experience as a
  carer": the lived experience peer work uses (*Peer support*'s alias "lived
  experience"), whatever it was of. What follows "of" or "as" is its kind, which
  ``Background.lived_experience`` says, so it names no skill and no need keeps it
  unread. "My own experience" (without "lived") counts only when it is of being or
  living with something, of recovery, or of a need or condition: "my own experience of
  working in CAMHS" is work experience;
* **languages spoken**: "Kiswahili and English", "Spanish (native)", "Cantonese
  (native), Mandarin (fluent)" (:func:`careermap.resolve.languages.speaks_languages`):
  the name "bilingual" (*Second language*'s alias), when a language besides English is
  spoken fluently or two are; "conversational Spanish" or "Welsh (learner)" is below
  the fluency that skill is, and stays unread;
* **teaching people a topic**: "teaching" or "training" and the learners, then "on",
  "about" or "in" and a topic ("training managers on mental health at work"), or
  "teaching" a topic "to" the learners ("teaching de-escalation to new nurses"): split
  into the teaching and the topic when the topic names a skill. "Teaching" a topic with
  no learners named is the topic alone ("teaching grounding exercises"): therapists teach
  clients techniques, and "teaching clients" is never read as *Instructing*;
* **teaching work, last** (:func:`teaching_work`, after the semantic layer, which reads
  what was taught better when it can): "teaching" or "lecturing" anything ("teaching the
  Level 4 Diploma in Therapeutic Counselling"), courses, classes or seminars one runs
  ("co-delivering recovery courses"), workshops one runs or says on what or for whom
  ("workshops on stress and burnout"), and designing training of any kind ("designing
  CPD workshops for counsellors"): *Instructing*, *Training delivery* or *Instructional
  design*; not "cooking classes" (taken) or "welding workshops" (places);
* **a list with a shared word**: a list naming a skill beside one word that the names
  of several skills hold ("assessment and formulation": "assessment" is in *Clinical*,
  *Risk*, *Needs* and *Educational assessment*) matches nothing, by name or by
  meaning, and suggests the named skill first.

The doing, activity, with-whom and for readings peel off one after another, at most
three deep ("running a DBT skills group": "DBT skills group", then "DBT skills"), and
what they leave is read as a list too ("CBT and DBT skills groups": "CBT", "DBT skills").
Only the part before "with", "to", "in", "on" or "at" is matched, so the rest adds no
skill of its own, and a list after them ("collaborating with therapists and case
managers") names people, never skills; "for" is read only before conditions, and "of"
never, since their rest often changes the skill ("recruitment of participants" is
research; "planning for retirement" is not care planning).

Whenever the parts name more than one skill, the phrase is no one of them: a list is
split into each, and any other reading (examples in brackets naming a second skill, a
condition that is a skill) is left unmatched with each suggested.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from careermap.resolve.languages import speaks_languages
from careermap.resolve.negation import NEGATION

__all__ = ["Split", "as_list", "condition_of", "need_named", "split_phrase", "teaching_work"]


class Split(NamedTuple):
    """One reading of a phrase: parts that must each name a skill, parts that may.

    Every part that names a skill must name the same one.
    """

    required: tuple[str, ...]
    optional: tuple[str, ...] = ()


_LIST = re.compile(r"\s*[,;/]\s*|\s+(?:and|&|\+|plus)\s+", re.IGNORECASE)
_BRACKETS = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_DOING = re.compile(
    r"^(?:(?:running|leading|delivering|providing|conducting|facilitating|writing|keeping"
    r"|doing|using)(?:\s+(?:a|an|the))?"
    r"|helping\s+(?:people|clients|patients|families|others|service\s+users)(?:\s+to)?)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
#: How the work was done, first: one to one ("1:1 post diagnosis support"), which names
#: no skill of its own.
_ONE_TO_ONE = re.compile(r"^(?:1:1|1-1|one[-\s]to[-\s]one)\s+(?P<rest>\S.*)$", re.IGNORECASE)
_ACTIVITY = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:sessions?|lessons?|class(?:es)?|groups?"
    r"|presentations?|workshops?|training|trained|facilitation|coordination|materials|handouts"
    # Charting in a record system ("Kipu charting"; twentieth round). Not "notes": "case
    # notes" would read "case".
    r"|worksheets|charting)$",
    re.IGNORECASE,
)
#: Teaching, tutoring or mentoring named by whom it was for: "teaching psychiatry
#: residents", "tutoring students", "mentoring junior staff". The doing word
#: is the skill; who learned names none (up to three words may say which of them).
_LEARNERS = (
    r"(?:(?:(?!(?:to|on|in|about|for|with|at|and|or)\s)[^\W\d_][\w-]*\s+){0,3}?"
    r"(?:students|undergraduates|postgraduates|graduates|residents"
    r"|registrars|trainees|interns|apprentices|learners|pupils|nurses|doctors|clinicians"
    r"|practitioners|counsell?ors|therapists|psychologists|social\s+workers|workers|staff"
    r"|volunteers|colleagues|peers|supervisees|teachers|parents|carers|caregivers|managers"
    r"|employees|officers|police|first\s+responders|dispatchers|hires|starters|recruits"
    r"|promoters|leaders|coaches))"
)
#: Learners listed with commas, "and", "&" or "or" ("ASHA workers and PHC doctors").
_LEARNER_LIST = rf"{_LEARNERS}(?:\s*(?:,|and|&|or)\s+{_LEARNERS})*"
_TEACHING_WHOM = re.compile(
    r"^(?P<rest>teaching|tutoring|lecturing|instructing|mentoring|coaching|training)\s+"
    rf"{_LEARNER_LIST}$",
    re.IGNORECASE,
)
#: Teaching or training people in a topic: "training managers on mental health at work",
#: "teaching de-escalation to new nurses". Two skills when the topic names one: the
#: teaching, and what was taught (one teaches what one practises).
_TAUGHT = (
    re.compile(
        rf"^(?P<doing>teaching|training|educating)\s+(?P<whom>{_LEARNER_LIST})"
        r"\s+(?:on|about|in)\s+(?P<topic>\S.*)$",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?P<doing>teaching)\s+(?P<topic>\S.*?)\s+to\s+(?P<whom>{_LEARNER_LIST})$",
        re.IGNORECASE,
    ),
)
#: Teaching anything: "teaching the Level 4 Diploma in Therapeutic Counselling",
#: "teaching CIT classes to officers", "lecturing on the MSc". Whatever was taught, the
#: doing word names the skill. What was taught, when it names one and no learners are
#: named, is read first, alone: therapists teach clients techniques ("teaching grounding
#: exercises" is *Grounding techniques*); with learners named, the two skills
#: ("teaching de-escalation to new nurses": *Instructing* and *Conflict de-escalation*).
_TEACHING_ANY = re.compile(
    r"^(?:co-?)?(?P<rest>teaching|lecturing|tutoring|instructing)\s+"
    # Clients are taught as part of the practice ("teaching clients about their
    # condition" is psychoeducation), which this reading would lose.
    r"(?!(?:(?:the|our|my|their)\s+)?(?:clients?|patients?|service\s+users?|famil(?:y|ies)"
    r"|children|child|kids|young\s+people|people|adults|individuals|residents|survivors"
    r"|consumers|members|tenants|veterans)\b)\S.*$",
    re.IGNORECASE,
)
#: Workshops, or courses one runs, on any topic: "capacity building workshops", "workshops
#: on stress and burnout", "co-delivering recovery courses". They name the work of
#: delivering them (*Training delivery*'s alias "workshop delivery"), whatever their topic;
#: a topic that names a skill is found first ("psychoeducation workshops"). They need a
#: doing word, or workshops saying on what or for whom: "cooking classes" are taken and
#: "welding workshops" are places, not work one delivers.
_WORKSHOPS = re.compile(
    r"^(?:(?:co-?)?(?:running|delivering|facilitating|leading|teaching|presenting)\s+"
    r"(?:\S+\s+){0,4}?(?:workshops|courses|seminars|classes)"
    r"(?:\s+(?:on|about|in|for|at|to)\s+\S.*)?"
    r"|(?:\S+\s+){0,4}?workshops\s+(?:on|about|in|for|at|to)\s+\S.*)$",
    re.IGNORECASE,
)
_WORKSHOPS_NAME = "workshop delivery"
#: Designing training of any kind: "designing CPD workshops for counsellors", "designing
#: e-learning modules" (*Instructional design*'s alias "designing training").
_DESIGNING = re.compile(
    r"^(?:co-?)?(?:designing|developing|writing|creating)\s+(?:\S+\s+){0,4}?"
    r"(?:workshops?|courses?|training|curricul(?:um|a)|modules?|e-?learning|lesson\s+plans)"
    r"(?:\s+(?:on|about|in|for|at|to)\s+\S.*)?$",
    re.IGNORECASE,
)
_DESIGNING_NAME = "designing training"
#: What training or educating people names: *Training delivery*'s alias.
_TRAINING_NAME = "delivering training"


def _doing_name(word: str) -> str:
    """Return the name a doing word reads as: training people is delivering training."""
    return _TRAINING_NAME if word.lower() in {"training", "educating"} else word


_WHOM = re.compile(
    r"^(?P<rest>\S.*?)\s+(?:with|alongside|to|in|on|at|between|after)\s+(?P<tail>\S.*)$",
    re.IGNORECASE,
)
_FOR = re.compile(r"^(?P<rest>\S.*?)\s+for\s+(?P<tail>\S.*)$", re.IGNORECASE)
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
#: People named by a condition, or nothing but the condition.
_WHO = (
    r"(?:(?:people|clients|patients|adults|children|adolescents|teens|young\s+people|veterans"
    r"|students|service\s+users|families|those)\s+(?:with|affected\s+by|living\s+with)\s+)?"
)
_CONDITION_LIST = (
    rf"^(?:{_WHO}(?:{_QUALIFIERS})*(?:{_CONDITIONS}))"
    rf"(?:(?:\s*,\s*|\s+(?:and|or|&)\s+)(?:{_QUALIFIERS})*(?:{_CONDITIONS}))*$"
)
#: A need or condition by which people are named after "with", "to" or "in": the four
#: broad areas of need of the SEND Code of Practice (England, 2015, 6.28-6.35) and the
#: conditions above ("pupils with learning disabilities", "deaf clients").
_NEED = (
    r"\b(?:learning\s+(?:disabilit(?:y|ies)|difficult(?:y|ies))|intellectual\s+disabilit"
    r"|disabilit(?:y|ies)|disabled|special\s+(?:educational\s+)?needs|additional\s+needs|SEND?"
    r"|dyslexi[ac]|dyspraxi[ac]|autistic|deaf|hard\s+of\s+hearing|hearing\s+impair"
    r"|blind|visual(?:ly)?\s+impair|speech(?:,)?\s+(?:and\s+)?language\s+needs"
    rf"|{_CONDITION_NAMES}|disorders?)\b"
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
    # Those a record or report is written for ("documentation for insurance", "reports
    # for funders"): whom the paper goes to, not what the work is.
    r"|insurance|insurers|Medicare|Medicaid|funders|commissioners)"
)
_ONE_PEOPLE = rf"(?:(?:the|our|my|their)\s+)?{_PEOPLE_WORDS}"
_FOR_PEOPLE = re.compile(
    rf"^{_ONE_PEOPLE}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+){_ONE_PEOPLE})*$", re.IGNORECASE
)
#: Lived experience in a person's own words ("my own experience of being autistic", "my
#: lived experience of incarceration and recovery"): the skill peer workers use, whatever
#: it was of. What follows "of" or "as" is the kind of experience (``Background``'s
#: ``lived_experience`` says it), so it is not read as a skill. "Lived" may stand alone;
#: "my own experience" must be of being or living with something, of recovery, or of a
#: need or condition, since "my own experience of working in CAMHS" is work experience.
_LIVED = re.compile(
    r"^(?:(?:using|sharing|drawing\s+on)\s+)?(?:(?:my|our)\s+)?(?:own\s+)?lived\s+experience"
    r"\s+(?:of|as)\s+\S.*$"
    r"|^(?:(?:using|sharing|drawing\s+on)\s+)?(?:my|our)\s+own\s+experience\s+(?:of|as)\s+"
    r"(?P<own>\S.*)$",
    re.IGNORECASE,
)
_OWN_KIND = re.compile(r"^(?:being|living\s+with|recovery|recovering)\b", re.IGNORECASE)
#: What a lived-experience phrase names: the peer-support alias.
_LIVED_NAME = "lived experience"
#: What a list of languages spoken names (:mod:`careermap.resolve.languages`): the alias
#: of *Second language* in the bundled taxonomy, and a word other taxonomies may hold.
_LANGUAGES_NAME = "bilingual"
_DEPTH = 3
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
#: How the work was done, last: under someone's supervision ("CBT under supervision",
#: "assessments, supervised"), which names no skill of its own.
_SUPERVISED = re.compile(
    r"^(?P<rest>\S.*?)[\s,]+(?:(?:while\s+)?under\s+(?:clinical\s+)?supervision"
    r"|(?:while\s+)?supervised)$",
    re.IGNORECASE,
)


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """Return *source* compiled, case-insensitive, on first use.

    The two condition patterns take milliseconds to compile, which an import (a
    ranking of ids, which never reads a phrase) need not pay.
    """
    return re.compile(source, re.IGNORECASE)


def _peeled(text: str) -> list[str]:
    """Return the shorter texts one layer of the doing, activity, with-whom or for words leaves."""
    found = []
    for pattern in (_DOING, _ONE_TO_ONE, _ACTIVITY, _SUPERVISED, _TEACHING_WHOM):
        hit = pattern.match(text)
        if hit:
            rest = hit.group("rest").strip()
            # "training staff": the work of delivering training, not the word's near names.
            found.append(_doing_name(rest) if pattern is _TEACHING_WHOM else rest)
    hit = _WHOM.match(text)
    if hit and not _pattern(_NEED).search(hit.group("tail")):
        found.append(hit.group("rest").strip())
    hit = _FOR.match(text)
    if hit and (
        _pattern(_CONDITION_LIST).match(hit.group("tail").strip())
        or _FOR_PEOPLE.match(hit.group("tail").strip())
    ):
        found.append(hit.group("rest").strip())
    return found


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
    if hit is None:
        return None
    need = _pattern(_NEED).search(hit.group("tail"))
    return None if need is None else (hit.group("rest").strip(), need.group().strip())


def condition_of(text: str) -> str | None:
    """Return the conditions of "X for Y" when Y is only conditions ("CBT for depression")."""
    hit = _FOR.match(text.strip())
    if hit is None or not _pattern(_CONDITION_LIST).match(hit.group("tail").strip()):
        return None
    return hit.group("tail").strip()


def _heads(text: str) -> list[str]:
    """Return every text peeling leaves, nearest the whole first, each once."""
    heads: list[str] = []
    layer = [text]
    for _ in range(_DEPTH):
        layer = [rest for current in layer for rest in _peeled(current) if rest not in heads]
        heads += dict.fromkeys(layer)
    return heads


def _pieces(text: str) -> tuple[str, ...]:
    """Return the parts of *text* between list separators (commas, "and", "/"), none empty."""
    return tuple(part for part in _LIST.split(text.strip()) if part)


def as_list(text: str) -> tuple[str, ...]:
    """Return the parts of *text* read as a list (no brackets), or none if it is not one.

    Examples
    --------
    >>> as_list("SPSS and Mplus"), as_list("statistics (SPSS, R)"), as_list("CBT")
    (('SPSS', 'Mplus'), (), ())
    """
    parts = _pieces(text)
    return parts if len(parts) > 1 and "(" not in text else ()


def split_phrase(text: str) -> list[Split]:
    """Return the readings of *text* as a skill named inside a phrase, in the order to try.

    Examples
    --------
    >>> split_phrase("PHQ-9 and GAD-7")
    [Split(required=('PHQ-9', 'GAD-7'), optional=())]
    >>> split_phrase("telehealth sessions")
    [Split(required=('telehealth',), optional=())]
    >>> [s.required for s in split_phrase("running a DBT skills group")]
    [('DBT skills group',), ('running a DBT skills',), ('DBT skills',)]
    >>> split_phrase("statistics (SPSS, R)")
    [Split(required=('statistics',), optional=('SPSS', 'R'))]
    >>> split_phrase("forklift operation")
    []
    """
    text = text.strip()
    found: list[Split] = []
    if _lived(text):
        return [Split((_LIVED_NAME,))]
    if speaks_languages(text):
        return [Split((_LANGUAGES_NAME,))]
    parts = as_list(text)
    if parts:
        found.append(Split(parts))
    brackets = _BRACKETS.match(text)
    if brackets and _examples(brackets.group("inner")):
        head = brackets.group("head").strip()
        inner = tuple(part for part in _pieces(brackets.group("inner")) if not _ASIDE.match(part))
        found.append(Split((head,), inner))
        listed = _pieces(head)
        if len(listed) > 1:  # "treatment plans and progress notes (SimplePractice)"
            found.append(Split(listed, inner))
        found += [Split((name,), inner) for name in _heads(head)]
    elif not brackets:
        found += _taught(text)
        for name in _heads(text):
            found.append(Split((name,)))
            listed = _pieces(name)
            if len(listed) > 1:  # "CBT and DBT skills groups": "CBT", "DBT skills"
                found.append(Split(listed))
    return found


def _taught(text: str) -> list[Split]:
    """Return the reading of teaching a topic: the teaching and the topic, or the topic.

    Examples
    --------
    >>> _taught("teaching de-escalation to new nurses")
    [Split(required=('teaching', 'de-escalation'), optional=())]
    >>> _taught("training staff on consumer rights")
    [Split(required=('delivering training', 'consumer rights'), optional=())]
    >>> _taught("teaching mindfulness")
    [Split(required=('mindfulness',), optional=())]
    >>> _taught("training in CBT")
    []
    """
    for pattern in _TAUGHT:
        hit = pattern.match(text)
        if hit:
            return [Split((_doing_name(hit.group("doing").lower()), hit.group("topic").strip()))]
    hit = _TEACHING_ANY.match(text)
    if hit and not _TEACHING_WHOM.match(text):  # whom was taught names no skill
        # No learners named: clients taught a technique ("teaching grounding exercises")
        # as often as a class, so the technique alone; the teaching is read after it.
        return [Split((text[hit.end("rest") :].strip(),))]
    return []


def teaching_work(text: str) -> list[str]:
    """Return the names of teaching work *text* describes, the resolver's last reading.

    They are tried after every other reading and after the semantic layer, which reads
    what was taught better when it can ("teaching staff about mental health" is *Mental
    health awareness training*, not *Instructing*).

    Examples
    --------
    >>> teaching_work("designing CPD workshops for counsellors")
    ['designing training', 'workshop delivery']
    >>> teaching_work("teaching the Level 4 Diploma in Therapeutic Counselling")
    ['teaching']
    >>> teaching_work("teaching clients about their condition")
    []
    >>> teaching_work("toilet training")
    []
    """
    text = text.strip()
    brackets = _BRACKETS.match(text)
    if brackets and _examples(brackets.group("inner")):
        text = brackets.group("head").strip()
    found = []
    if _DESIGNING.match(text):
        found.append(_DESIGNING_NAME)
    hit = _TEACHING_ANY.match(text)
    if hit:
        found.append(hit.group("rest").lower())
    if _WORKSHOPS.match(text):
        found.append(_WORKSHOPS_NAME)
    return found


def _lived(text: str) -> bool:
    """Say whether *text* states the person's own lived experience of something.

    Examples
    --------
    >>> _lived("my own experience of being autistic")
    True
    >>> _lived("my own experience of working in CAMHS")
    False
    """
    hit = _LIVED.match(text)
    if hit is None:
        return False
    own = hit.group("own")
    return own is None or bool(_OWN_KIND.match(own) or _pattern(_NEED).search(own))


def _examples(inner: str) -> bool:
    """Say whether bracketed text lists examples: each part capitalised, none a negation."""
    parts = _pieces(inner)
    return not NEGATION.search(inner) and all(
        _EXAMPLE.match(part) or _SETTING.match(part) or _ASIDE.match(part) for part in parts
    )
