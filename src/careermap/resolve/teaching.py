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
* **teaching work, last** (:func:`teaching_work`, after the semantic layer, which reads
  what was taught better when it can): "teaching" or "lecturing" anything ("teaching the
  Level 4 Diploma in Therapeutic Counselling"), courses, classes or seminars one runs
  ("co-delivering recovery courses"), workshops one runs or says on what or for whom
  ("workshops on stress and burnout"), and designing training of any kind ("designing
  CPD workshops for counsellors"): *Instructing*, *Training delivery* or *Instructional
  design*; not "cooking classes" (taken) or "welding workshops" (places).
"""

from __future__ import annotations

import re

from careermap.resolve.brackets import bracketed, examples

__all__ = ["TEACHING_WHOM", "doing_name", "taught", "teaching_work"]

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


def doing_name(word: str) -> str:
    """Return the name a doing word reads as: training people is delivering training.

    Examples
    --------
    >>> doing_name("training"), doing_name("mentoring")
    ('delivering training', 'mentoring')
    """
    return _TRAINING_NAME if word.lower() in {"training", "educating"} else word


def taught(text: str) -> list[tuple[str, ...]]:
    """Return the reading of teaching a topic: the teaching and the topic, or the topic.

    Examples
    --------
    >>> taught("teaching de-escalation to new nurses")
    [('teaching', 'de-escalation')]
    >>> taught("training staff on consumer rights")
    [('delivering training', 'consumer rights')]
    >>> taught("teaching mindfulness")
    [('mindfulness',)]
    >>> taught("training in CBT")
    []
    """
    for pattern in _TAUGHT:
        hit = pattern.match(text)
        if hit:
            return [(doing_name(hit.group("doing").lower()), hit.group("topic").strip())]
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
    """
    text = text.strip()
    brackets = bracketed(text)
    if brackets and examples(brackets[1]):
        text = brackets[0]
    found = []
    if _DESIGNING.match(text):
        found.append(_DESIGNING_NAME)
    hit = _TEACHING_ANY.match(text)
    if hit:
        found.append(hit.group("rest").lower())
    if _WORKSHOPS.match(text):
        found.append(_WORKSHOPS_NAME)
    return found
