"""Teaching and training in a person's words: "teaching psychiatry residents", "CPD workshops".

The readings of teaching work that :func:`careermap.resolve.parts.split_phrase` and the
resolver use:

* **teaching whom** (:data:`TEACHING_WHOM`): "teaching", "tutoring", "lecturing",
  "instructing", "mentoring", "coaching" or "training" and only the people taught, with
  up to three words saying which ("teaching psychiatry residents", "mentoring junior
  staff", "training ASHA workers and PHC doctors"): the doing word ("training" as
  *Training delivery*'s alias "delivering training", :func:`doing_name`), since who
  learned names no skill (read by meaning, "psychiatry" had made the first *Mental
  health nursing*);
* **teaching people a topic** (:func:`taught`): "teaching" or "training" and the
  learners, then "on", "about" or "in" and a topic ("training managers on mental health
  at work"), or "teaching" a topic "to" the learners ("teaching de-escalation to new
  nurses"): the teaching and the topic, when the topic names a skill. "Teaching" a topic
  with no learners named is the topic alone ("teaching grounding exercises"): therapists
  teach clients techniques, and "teaching clients" is never read as *Instructing*;
* **the teacher of a topic** (:func:`instructor`; twenty-third round): "PMAB instructor",
  "Adult and Youth MHFA instructor", "ASIST trainer", "safeTALK facilitator": delivering
  training, and the topic when it names a skill (the topic whole, then its endings:
  "Youth MHFA", "MHFA"). Not a group's facilitator ("support group facilitator"), who
  runs the group;
* **supervising whom** (:func:`supervising`; twenty-third round): "supervising" or
  "supervision of" and the people, with up to three words saying which ("supervising NQ
  music therapists and students", "supervising postdocs for licensure"): practitioners
  and students are given *Clinical supervision* ("overseeing, supporting and developing
  other practitioners' clinical work", its description), staff are managed (*Management
  of personnel resources*, "directing people as they work"), volunteers are managed as
  volunteers. Not people who are no practitioners or staff ("supervising young people
  on court orders" is probation work);
* **the past tense** (:func:`present`): "taught", "trained", "supervised", "mentored"
  and the other teaching words, first, are read as their "-ing" words ("taught new techs
  the data app");
* **teaching work, last** (:func:`teaching_work`, after the semantic layer, which reads
  what was taught better when it can): "teaching" or "lecturing" anything ("teaching the
  Level 4 Diploma in Therapeutic Counselling"), courses, classes or seminars one runs
  ("co-delivering recovery courses"), workshops one runs or says on what or for whom
  ("workshops on stress and burnout"), and designing training of any kind ("designing
  CPD workshops for counsellors"): *Instructing*, *Training delivery* or *Instructional
  design*; not "cooking classes" (taken) or "welding workshops" (places), nor practice
  taught (:func:`practice_taught`; thirty-second round): a topic taught "to" the people
  the work is for ("taught relaxation techniques to people with work stress"), or a
  technique with no learners named.
"""

from __future__ import annotations

import re

from careermap.resolve.brackets import bracketed, examples
from careermap.resolve.practice_taught import (
    _CLIENTS,
    _COUNT,
    _LEARNER_LIST,
    clause_taught,
    doing_taught,
    practice_taught,
)

__all__ = [
    "TEACHING_WHOM",
    "clause_taught",
    "delivered_and_assessed",
    "doing_taught",
    "educating_clients",
    "doing_name",
    "instructor",
    "managing",
    "practice_taught",
    "present",
    "supervising",
    "taught",
    "teaching_work",
]

TEACHING_WHOM = re.compile(
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
    # When, after the learners ("to students before placement", "to new staff at
    # induction"; thirty-ninth round): the teaching and its topic all the same.
    re.compile(
        rf"^(?P<doing>teaching)\s+(?P<topic>\S.*?)\s+to\s+(?P<whom>{_LEARNER_LIST})"
        r"(?:\s+(?:before|after|during|at|on)\s+(?:(?:their|the|a)\s+)?"
        r"(?:placements?|induction|orientation|practicums?|internships?|graduation))?$",
        re.IGNORECASE,
    ),
    # A topic's training for a service's staff ("de-escalation training for ward staff",
    # "cultural awareness training for staff"; forty-first round, review41 P1): the
    # training delivered, and its topic with the word "training" ("resilience training"
    # is a skill of its own). Not for a profession ("crisis intervention training for
    # dispatchers", by a dispatcher, is the course taken).
    re.compile(
        r"^(?P<topic>(?P<bare>\S.*?)\s+(?P<doing>training))\s+(?:for|to)\s+"
        r"(?:(?:the|our|all|new)\s+)?(?:(?!(?:to|on|in|about|for|with|at|and|or)\s)"
        r"[^\W\d_][\w-]*\s+){0,2}?(?:staff|colleagues|employees|workforce|teams?"
        r"|volunteers|managers)$",
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
    # A teaching assistant or a teaching hospital is a post or a place, named by the
    # teaching done there ("teaching assistant for children with SEND"; forty-third round).
    r"(?!(?:assistants?|aides?|hospitals?)\b)"
    # Clients are taught as part of the practice ("teaching clients about their
    # condition" is psychoeducation), which this reading would lose.
    rf"(?!{_CLIENTS})\S.*$",
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
    r"^(?:co-?)?(?:designing|developing|writing|creating|building)\s+(?:\S+\s+){0,4}?"
    r"(?:workshops?|courses?|training|curricul(?:um|a)|modules?|e-?learning|lesson\s+plans"
    # A course's units (of competency, in vocational training: "built the course's units
    # in Moodle"; thirty-ninth round), built in a learning platform.
    r"|(?<=course's\s)units|(?<=course\s)units)"
    r"(?:\s+(?:on|about|in|for|at|to)\s+\S.*)?$",
    re.IGNORECASE,
)
_DESIGNING_NAME = "designing training"
#: What training or educating people names: *Training delivery*'s alias.
_TRAINING_NAME = "delivering training"
#: Teaching, training, supervising and designing training in the past tense, as a CV
#: writes them ("taught new techs the data app", "supervised three staff", "trained staff
#: on de-escalation"): the "-ing" words the readings know (twenty-third round). Other
#: doing words are matched by their stems ("wrote treatment plans" is read by meaning).
_PAST = {
    "taught": "teaching",
    "trained": "training",
    "supervised": "supervising",
    "mentored": "mentoring",
    "coached": "coaching",
    "tutored": "tutoring",
    "lectured": "lecturing",
    "instructed": "instructing",
    "educated": "educating",
    "precepted": "precepting",
    "designed": "designing",
    "developed": "developing",
    "created": "creating",
    "built": "building",
    "managed": "managing",
    # Fortieth round (read40): the present, as CVs of a post still held write it ("Supervise
    # senior social workers"). Only words that are no noun as well ("coach", "mentor",
    # "train" and "lead" are).
    "supervise": "supervising",
    "teach": "teaching",
    "educate": "educating",
    "instruct": "instructing",
    "manage": "managing",
}
_FIRST_WORD = re.compile(r"^(?P<co>co-?)?(?P<word>[^\W\d_]+)(?P<rest>\s.*)$", re.IGNORECASE)
#: The teacher of a topic: "MHFA instructor", "ASIST trainer", "safeTALK facilitator"
#: (twenty-third round). The topic, and delivering training; a facilitator of a group
#: ("support group facilitator", "DBT skills group co-facilitator") runs the group, which
#: is no training.
_INSTRUCTOR = re.compile(
    r"^(?:(?:certified|accredited|qualified|licensed|registered|lead|senior|master)\s+)?"
    r"(?P<topic>\S.*?)\s+(?:co-?)?(?P<role>instructor|trainer|facilitator)s?$",
    re.IGNORECASE,
)
_GROUP = re.compile(r"\b(?:groups?|circles?|sessions?|meetings?|classes)$", re.IGNORECASE)
#: Words a topic's shorter readings may not begin with ("Adult and Youth MHFA": "Youth
#: MHFA", then "MHFA", never "and Youth MHFA").
_JOINS = frozenset({"and", "&", "of", "for", "the", "in", "on", "to", "with", "a", "or"})
#: Those whose supervision is clinical supervision ("overseeing, supporting and developing
#: other practitioners' clinical work", the bundled taxonomy's description): practitioners
#: by profession, and those training to be one ("students on placement", "interns",
#: "LCSWAs", "LMFT associates", "NQ music therapists").
_PRACTITIONERS = (
    r"(?:students|trainees|interns|registrars|fellows|postdocs|practitioners|clinicians"
    r"|counsell?ors|(?:psycho)?therapists|(?:neuro)?psychologists|social\s+workers|nurses"
    r"|supervisees|case\s+managers|(?-i:[A-Z]{2,6}\d?s)"
    # New graduates of a profession ("supervision of new graduates"; forty-third round,
    # review43 P5): newly qualified practitioners, whom social work supervises clinically
    # in their first year (AASW Supervision Standards 2014, 1.3; the supervision of newly
    # qualified social workers above).
    r"|graduates|grads"
    # Practice teachers and educators, who supervise social work students on placement
    # (Social Work England; CORU's practice teacher; fortieth round).
    r"|practice\s+(?:teachers|educators)"
    # Associates named by their licence ("LMFT associates"): "sales associates" are staff
    # of another trade, and care-home "residents" are the people cared for.
    r"|(?-i:[A-Z]{2,6})\s+associates|(?:clinical|counsell?ing|therapy)\s+associates)"
)
#: Those whose supervision is managing staff (*Management of personnel resources*:
#: "motivating, developing and directing people as they work"), and volunteers.
_STAFF = (
    r"(?:staff|employees|team\s+members|teams?|support\s+workers|care\s+workers|HCAs"
    r"|healthcare\s+assistants|assistants|aides|techs|technicians|hires|starters|recruits)"
)
_VOLUNTEERS = r"volunteers"
#: Learners who are a workplace's staff ("new staff", "ward staff", "colleagues"):
#: teaching them is training delivered to adults at work, *Training delivery* ("Delivering
#: engaging training sessions for adults in workplaces or communities", its description),
#: not *Instructing* at large, which a teacher of children or students has too
#: (forty-third round, fixa43; review43 P6: "teaching the Mental Health Act to new staff"
#: read as *Instructing* left a trainer's post saying nothing she wrote showed teaching
#: adults).
_STAFF_LEARNERS = re.compile(
    rf"\b(?:{_STAFF}|colleagues|co-?workers|workforce|managers|{_VOLUNTEERS})$", re.IGNORECASE
)
#: Managers supervised by a manager above them ("supervising CNM1s and CNM2s", Ireland's
#: clinical nurse managers by grade; "supervising team leaders"): leading the managers
#: and managing them as staff (forty-third round, review43 P5: the grades were unread and
#: the night superintendent's nurse manager post showed *Team leadership* as a gap).
_MANAGERS = (
    r"(?:(?<!case\s)managers|team\s+lead(?:er)?s|shift\s+lead(?:er)?s|ward\s+sisters"
    r"|charge\s+nurses|(?-i:CNM\d?s|CNMs))"
)
_SUPERVISEE = (
    rf"(?:{_COUNT}(?:(?!(?:to|on|in|about|for|with|at|and|or|of)\s)[^\W_][\w.-]*\s+){{0,3}}?"
    rf"(?:{_MANAGERS}|{_STAFF}|{_VOLUNTEERS}|{_PRACTITIONERS}))"
)
#: Supervising people named by who they are: "supervising NQ music therapists and
#: students", "supervision of junior neuropsychologists", "supervising postdocs for
#: licensure", "supervising 12 staff".
_SUPERVISING = re.compile(
    r"^(?:co-?)?(?:supervising|(?:clinical\s+)?supervision\s+of)\s+"
    rf"(?P<whom>{_SUPERVISEE}(?:\s*(?:,|and|&|or)\s+{_SUPERVISEE})*)"
    r"(?:\s+(?:for|toward|towards)\s+(?:independent\s+|full\s+)?"
    r"(?:licensure|licen[cs]e|registration|accreditation|qualification))?$",
    re.IGNORECASE,
)
#: Teaching or educating the people the work is for, and their families, with no topic
#: named: "teaching patients and caregivers", "educating clients and their families"
#: (thirty-ninth round, the thirtieth set's home health nurse). That is patient education,
#: *Psychoeducation* ("teaching clients and families about mental health conditions,
#: treatment and coping skills", its description; O*NET 29-1141.00 Registered Nurses:
#: "instruct individuals, families, or other groups on topics such as health education"),
#: never *Instructing*, as teaching clients a topic is not (:data:`_TEACHING_ANY`).
_FAMILY = r"(?:(?:their|the|and)\s+)?(?:famil(?:y|ies)|carers|caregivers|relatives|parents)"
_EDUCATING_CLIENTS = re.compile(
    rf"^(?:teaching|educating|education\s+(?:of|for))\s+{_CLIENTS}"
    rf"(?:\s*(?:,|and|&)\s*{_FAMILY})*$",
    re.IGNORECASE,
)
_PATIENT_EDUCATION = "patient education"
#: Managing people named by who they are: "managing eleven CNMs across community
#: residences", "line managing six support workers" (thirty-ninth round): whoever they are,
#: managing them is *Management of personnel resources* ("motivating, developing and
#: directing people as they work"), as supervising staff is. A place after them says where.
_MANAGING = re.compile(
    r"^(?:co-?)?(?:line\s+)?(?:managing|management\s+of)\s+"
    rf"(?P<whom>{_SUPERVISEE}(?:\s*(?:,|and|&|or)\s+{_SUPERVISEE})*)"
    # How many ("a store team of 40"; fortieth round: read by meaning before, at 0.644).
    r"(?:\s+of\s+\d+)?"
    r"(?:\s+(?:across|in|at|on|for)\s+\S.*)?$",
    re.IGNORECASE,
)
#: Delivering and assessing a course or qualification, as a vocational trainer and
#: assessor does (thirty-ninth round): Australia's Standards for Registered Training
#: Organisations (RTOs) 2015, clauses 1.13-1.16, ask training and assessment of trainers
#: and assessors, whose Certificate IV in Training and Assessment (TAE40116) has units
#: to deliver (TAEDEL401, "Plan, organise and deliver group-based learning") and to assess
#: (TAEASS402, "Assess competence"). Both skills, whatever the course.
_DELIVER_ASSESS = re.compile(
    r"^(?:co-?)?deliver(?:ing|ed)\s+and\s+assess(?:ing|ed)\s+\S.*$", re.IGNORECASE
)
_DELIVER_ASSESS_NAMES = (_TRAINING_NAME, "student assessment")
_WHO_LIST = re.compile(r"\s*,\s*|\s+(?:and|&|or)\s+", re.IGNORECASE)
#: The names each kind of supervision reads as: the bundled taxonomy's label and aliases.
_SUPERVISION_NAMES = (
    (re.compile(rf"\b{_MANAGERS}$", re.IGNORECASE), ("team leadership", "supervising staff")),
    (re.compile(rf"\b{_STAFF}$", re.IGNORECASE), ("supervising staff",)),
    (re.compile(rf"\b{_VOLUNTEERS}$", re.IGNORECASE), ("volunteer management",)),
    (re.compile(rf"\b{_PRACTITIONERS}$", re.IGNORECASE), ("clinical supervision",)),
)


def doing_name(word: str) -> str:
    """Return the name a doing word reads as: training people is delivering training.

    Examples
    --------
    >>> doing_name("training"), doing_name("mentoring")
    ('delivering training', 'mentoring')
    """
    return _TRAINING_NAME if word.lower() in {"training", "educating"} else word


def present(text: str) -> str:
    """Return *text* with a first doing word in the past tense as its "-ing" word.

    Examples
    --------
    >>> present("taught new techs the data app")
    'teaching new techs the data app'
    >>> present("co-taught the MSc module"), present("trainee")
    ('co-teaching the MSc module', 'trainee')
    """
    hit = _FIRST_WORD.match(text)
    word = None if hit is None else _PAST.get(hit.group("word").lower())
    if hit is None or word is None:
        return text
    return f"{hit.group('co') or ''}{word}{hit.group('rest')}"


def instructor(text: str) -> list[tuple[str, ...]]:
    """Return the readings of the teacher of a topic: delivering training, and the topic.

    The topic whole, then its shorter endings ("Adult and Youth MHFA", "Youth MHFA",
    "MHFA"): a programme's name ends the words that say which of its courses.

    Examples
    --------
    >>> instructor("PMAB instructor")
    [('delivering training', 'PMAB')]
    >>> [topic for _, topic in instructor("Adult and Youth MHFA instructor")][:3]
    ['Adult and Youth MHFA', 'Youth MHFA', 'MHFA']
    >>> instructor("support group facilitator")
    []
    >>> [topic for _, topic in instructor("QPR Gatekeeper instructor")]
    ['QPR Gatekeeper', 'Gatekeeper', 'QPR Gatekeeper training']
    """
    hit = _INSTRUCTOR.match(text)
    if hit is None:
        return []
    topic = hit.group("topic").split()
    if hit.group("role").lower() == "facilitator" and _GROUP.search(hit.group("topic")):
        return []
    endings = [" ".join(topic[start:]) for start in range(len(topic))]
    endings = [ending for ending in endings if ending.split()[0].lower() not in _JOINS]
    # The course the instructor gives: "QPR Gatekeeper instructor" teaches QPR gatekeeper
    # training, which a name may hold where the topic alone does not.
    courses = [f"{ending} training" for ending in endings if len(ending.split()) > 1]
    return [(_TRAINING_NAME, name) for name in (*endings, *courses)]


def educating_clients(text: str) -> tuple[str, ...]:
    """Return the name teaching clients and their families reads as, or none.

    Examples
    --------
    >>> educating_clients("teaching patients and caregivers")
    ('patient education',)
    >>> educating_clients("teaching patients CBT skills"), educating_clients("teaching nurses")
    ((), ())
    """
    return (_PATIENT_EDUCATION,) if _EDUCATING_CLIENTS.match(text.strip()) else ()


def managing(text: str) -> tuple[str, ...]:
    """Return the name managing the people *text* names reads as, or none.

    Whoever they are, managing them is managing staff (thirty-ninth round). Read of a
    whole text only: a list's part that names people managed ("rostering & managing 3 staff
    nurses") is left to the list's other parts, as it was.

    Examples
    --------
    >>> managing("managing eleven CNMs across community residences")
    ('supervising staff',)
    >>> managing("managing clients' finances")
    ()
    """
    return ("supervising staff",) if _MANAGING.match(text.strip()) else ()


def delivered_and_assessed(text: str) -> tuple[str, ...]:
    """Return the names delivering and assessing a course reads as, or none.

    Examples
    --------
    >>> delivered_and_assessed("Delivered and assessed the Certificate IV in Mental Health")
    ('delivering training', 'student assessment')
    >>> delivered_and_assessed("delivered the post")
    ()
    """
    return _DELIVER_ASSESS_NAMES if _DELIVER_ASSESS.match(text.strip()) else ()


def supervising(text: str) -> tuple[str, ...]:
    """Return the names supervising the people *text* names reads as, or none.

    Practitioners, students and new graduates are given clinical supervision, staff are
    managed, managers are led and managed, and volunteers are managed as volunteers: each
    kind named once.

    Examples
    --------
    >>> supervising("supervising NQ music therapists and students")
    ('clinical supervision',)
    >>> supervising("supervising HCAs and student nurses")
    ('supervising staff', 'clinical supervision')
    >>> supervising("supervision of new graduates")
    ('clinical supervision',)
    >>> supervising("supervising CNM1s and CNM2s")
    ('team leadership', 'supervising staff')
    >>> supervising("supervising young people on court orders")
    ()
    """
    hit = _SUPERVISING.match(text)
    if hit is None:
        return ()
    names: dict[str, None] = {}
    for who in _WHO_LIST.split(hit.group("whom")):
        read = next((read for kind, read in _SUPERVISION_NAMES if kind.search(who)), ())
        names.update(dict.fromkeys(read))
    return tuple(names)


def taught(text: str) -> list[tuple[str, ...]]:
    """Return the reading of teaching a topic: the teaching and the topic, or the topic.

    Examples
    --------
    >>> taught("teaching de-escalation to new nurses")
    [('teaching', 'de-escalation')]
    >>> taught("training staff on consumer rights")
    [('delivering training', 'consumer rights')]
    >>> taught("teaching the Mental Health Act to new staff")
    [('delivering training', 'the Mental Health Act')]
    >>> taught("teaching mindfulness")
    [('mindfulness',)]
    >>> taught("training in CBT")
    []
    >>> taught("de-escalation training for ward staff")
    [('delivering training', 'de-escalation training'), ('delivering training', 'de-escalation')]
    """
    for pattern in _TAUGHT:
        hit = pattern.match(text)
        if hit:
            doing = doing_name(hit.group("doing").lower())
            if _STAFF_LEARNERS.search(hit.groupdict().get("whom") or ""):  # adults at work
                doing = _TRAINING_NAME
            read: list[tuple[str, ...]] = [(doing, hit.group("topic").strip())]
            if "bare" in pattern.groupindex:  # "resilience training", else "de-escalation"
                read.append((doing, hit.group("bare").strip()))
            return read
    hit = _TEACHING_ANY.match(text)
    if hit and not TEACHING_WHOM.match(text):  # whom was taught names no skill
        # No learners named: clients taught a technique ("teaching grounding exercises")
        # as often as a class, so the technique alone; the teaching is read after it.
        return [(text[hit.end("rest") :].strip(),)]
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
    >>> teaching_work("teaching assistant for children with SEND")
    []
    """
    text = text.strip()
    brackets = bracketed(text)
    if brackets and examples(brackets[1]):
        text = brackets[0]
    text = present(text)
    found = []
    if _DESIGNING.match(text):
        found.append(_DESIGNING_NAME)
    hit = _TEACHING_ANY.match(text)
    if hit and not practice_taught(text[hit.end("rest") :].strip()):
        found.append(hit.group("rest").lower())
    if _WORKSHOPS.match(text):
        found.append(_WORKSHOPS_NAME)
    return found
