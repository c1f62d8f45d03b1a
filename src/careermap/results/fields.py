"""Degree subjects: the knowledge a person's degree certifies.

A person writes the subject of their highest degree as they know it
(:attr:`Background.field <careermap.Background.field>`: "psychology", "sociology").
It certifies the taxonomy's *knowledge* skill it names, so that a psychology graduate
is not told to learn psychology:

* the subject must name the skill **exactly**: its label or one of its aliases, as the
  resolver's exact match compares names (case, accents, punctuation and British or
  American spelling folded; ``careermap.base.text.normalize``). No fuzzy or semantic
  match: "Psych" names nothing unless an alias says so, and "clinical psychology" is
  not "psychology";
* only a skill of category ``knowledge`` (O*NET's Knowledge domain: Psychology,
  Sociology and Anthropology, Education and Training, Therapy and Counseling,
  Medicine): a subject such as "social work" names a practice skill, which a degree
  alone does not show, and certifies it not (but see *social work* below);
* only from a **bachelor's degree** up (:data:`FIELD_EDUCATION`): a major in a subject
  is the several years of study that O*NET's knowledge ratings for graduate-entry
  occupations presuppose, while an associate degree or a certificate in it is a year
  or two of introductory courses, a foundation, not the knowledge a role asks for.
  Without an education, a field certifies nothing either: the level is not known.

One practice is an exception, because its graduate degree is accredited by what it
teaches: a **master's degree or doctorate in counselling** (the subject names
*Counselling* or a kind of it, such as school counselling) certifies *Psychology* and
*Therapy and counselling* (:data:`GRADUATE_FIELDS`). CACREP, which accredits US
counselling master's programmes, requires the same eight foundational areas of every
graduate, among them human growth and development, counselling and helping
relationships (theories of counselling), group work, assessment and testing, and
research and programme evaluation: the knowledge of behaviour, development,
individual differences, assessment and treatment that O*NET's Psychology and Therapy
and Counseling name. A bachelor's in counselling has no such standard and certifies
nothing; "social work" certifies no practice skill (but see below).
So does a **master's degree in an arts therapy** (art, music, drama or dance movement
psychotherapy: the subject names *Creative arts therapies*; twenty-ninth round, review
29 P13: a dance movement psychotherapist with an MA was shown *Therapy and counselling*
and *Psychology* as gaps on the arts therapist's own post). The qualifying programmes are
master's programmes whose graduates must know psychological and psychotherapeutic theory
and human development: HCPC, *Standards of proficiency: arts therapists* (2023),
standard 12 ("understand ... psychological and psychotherapeutic theories", "theories of
human development"); AATA, *Masters Education Standards* (psychopathology, human growth
and development, counselling and psychotherapeutic theories).

A degree in **social work**, from a bachelor's up (the subject names *Social work
practice* or a kind of it), certifies *Social science*, O*NET's Sociology and Anthropology
knowledge (2.C.4.f: group behaviour and dynamics, societal trends and influences, cultures):
the discipline is "underpinned by theories of social work, social sciences, humanities and
indigenous knowledges" (IFSW and IASSW, *Global Definition of the Social Work Profession*,
2014, https://www.ifsw.org/what-is-social-work/global-definition-of-social-work/). Its
name does not say so: ISCED-F 2013 (UNESCO Institute for Statistics) files social work
under welfare (0923, "social work and counselling"), not with the social and behavioural
sciences (031), so the subject is named here, by the practice (:data:`DEGREE_FIELDS`;
thirty-fourth round, review34 P8: an El Paso MSW was shown "Social science (essential,
level 3)" on the clinical and hospital social worker's posts).
It certifies no practice: the practice is read from a social worker's own texts and
title (:mod:`careermap.results.degree_held`).

A subject named as a field of **education** ("nursing education", "adult education",
"special education") certifies *Teaching and training* (:data:`SUBJECT_HEADS`): O*NET's
Education and Training knowledge (2.C.6) is the "principles and methods for curriculum
and training design, teaching and instruction" such a degree teaches, whatever is
taught (twenty-ninth round, review 29 P13: a lecturer with an MSc in nursing education).

Whatever its subject, a **bachelor's degree or higher** certifies the basic skills every
degree examines (:data:`DEGREE_BASICS`): *Reading comprehension*, *Writing* and *Critical
thinking*, O*NET's basic skills of reading work-related documents, communicating in
writing and weighing the strengths and weaknesses of solutions. A degree is assessed
largely in essays, reports and a dissertation read and written at length, so a graduate
is not told to learn writing (twenty-second round: a counselling psychologist with four
peer-reviewed papers was shown *Writing* as a gap five times in her top ten). The skills
a role asks for beyond that are their own skills (*Report writing*, *Grant writing*,
*Health content writing*) and stay gaps.

A subject that names no knowledge skill is no error and gives no warning: "human
services" and "social work" are real degrees, and a warning about them would be
noise for valid input. Like a credential's ``implies``, a certified skill is only
left out of a match's gaps: the score is unchanged (it measures the skills the
person listed), and so is readiness, but for a post whose ``entry`` names the subject
it asks (``Entry.degree_in``, :mod:`careermap.results.degree_subject`).
"""

from __future__ import annotations

from collections.abc import Mapping

from careermap.base.text import normalize
from careermap.resolve.names import name_index
from careermap.resolve.profile import Background
from careermap.taxonomy.models import Education, Taxonomy

__all__ = [
    "DEGREE_BASICS",
    "DEGREE_FIELDS",
    "FIELD_EDUCATION",
    "GRADUATE_EDUCATION",
    "GRADUATE_FIELDS",
    "KNOWLEDGE",
    "SUBJECT_HEADS",
    "degree_skills",
    "field_skill",
    "graduate_field_skills",
]

#: The lowest education whose subject certifies knowledge.
FIELD_EDUCATION = Education.BACHELOR
#: The basic skills any degree from :data:`FIELD_EDUCATION` up certifies (see module).
DEGREE_BASICS = frozenset({"reading-comprehension", "writing", "critical-thinking"})
#: The skill category a degree subject may certify.
KNOWLEDGE = "knowledge"
_LEVELS = list(Education)
#: The lowest education whose subject certifies the knowledge of :data:`GRADUATE_FIELDS`.
GRADUATE_EDUCATION = Education.MASTER
#: Practice skills whose graduate degree certifies knowledge skills (CACREP's foundational
#: curriculum for counselling master's programmes; see the module docstring).
GRADUATE_FIELDS: Mapping[str, frozenset[str]] = {
    "counselling": frozenset({"psychology", "therapy-and-counseling"}),
    # HCPC standards of proficiency for arts therapists; AATA master's standards.
    "creative-arts-therapies": frozenset({"psychology", "therapy-and-counseling"}),
}
#: Practice skills whose degree, from :data:`FIELD_EDUCATION` up, certifies knowledge
#: skills: social work's degrees teach the social sciences the discipline is built on
#: (IFSW and IASSW, Global Definition of the Social Work Profession, 2014; module docstring).
DEGREE_FIELDS: Mapping[str, frozenset[str]] = {
    "social-work-practice": frozenset({"sociology-and-anthropology"}),
}
#: The last word of a subject that names a field of study of a knowledge skill whatever
#: comes before it: a degree in nursing or adult education is one in education.
SUBJECT_HEADS: Mapping[str, str] = {"education": "education-and-training"}


def field_skill(field: str, taxonomy: Taxonomy) -> str | None:
    """Return the id of the knowledge skill *field* names, or ``None``.

    The whole subject first; then, word by word from the left, what is left of it,
    since a word before a subject narrows it and never removes it: a degree in
    clinical, counselling or health psychology is a degree in psychology, in criminal
    law one in law. Only knowledge skills count, named exactly.

    Parameters
    ----------
    field : str
        A subject of study, as a person writes it.
    taxonomy : Taxonomy
        Where to look: the labels and aliases of its ``knowledge`` skills.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> field_skill("Psychology", taxonomy)
    'psychology'
    >>> field_skill("sociology", taxonomy)
    'sociology-and-anthropology'
    >>> field_skill("Clinical psychology", taxonomy), field_skill("child psychology", taxonomy)
    ('psychology', 'child-development')
    >>> field_skill("Psych", taxonomy) is None
    True
    >>> field_skill("social work", taxonomy) is None  # a practice skill, not knowledge
    True
    >>> field_skill("Nursing Education", taxonomy)  # a field of education (SUBJECT_HEADS)
    'education-and-training'
    """
    index = name_index(taxonomy)
    words = normalize(field).split()
    for start in range(len(words)):
        for _, skill_id, _ in index.exact_all.get(" ".join(words[start:]), ()):
            if index.skills[skill_id].category == KNOWLEDGE:
                return skill_id
    head = SUBJECT_HEADS.get(words[-1]) if words else None
    return head if head in taxonomy.skill_index else None


def graduate_field_skills(field: str, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the knowledge a graduate degree in *field* certifies through its practice.

    *field* must name, exactly, a practice skill of :data:`GRADUATE_FIELDS` or a skill
    directly narrower than one (school counselling is a kind of counselling).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> sorted(graduate_field_skills("Counseling", taxonomy))
    ['psychology', 'therapy-and-counseling']
    >>> sorted(graduate_field_skills("school counselling", taxonomy))
    ['psychology', 'therapy-and-counseling']
    >>> sorted(graduate_field_skills("dance movement psychotherapy", taxonomy))
    ['psychology', 'therapy-and-counseling']
    >>> sorted(graduate_field_skills("social work", taxonomy))
    []
    """
    return _practice_fields(field, taxonomy, GRADUATE_FIELDS)


def _practice_fields(
    field: str, taxonomy: Taxonomy, table: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """Return what *table* says a degree in *field* certifies, by the practice it names."""
    index = name_index(taxonomy)
    found: set[str] = set()
    for _, skill_id, _ in index.exact_all.get(normalize(field), ()):
        for practice in (skill_id, *index.skills[skill_id].broader):
            found |= table.get(practice, frozenset())
    return frozenset(found & taxonomy.skill_index.keys())


def degree_skills(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills a person's degree and its subject certify.

    From a bachelor's degree up, the basic skills of any degree (:data:`DEGREE_BASICS`,
    those *taxonomy* has), the knowledge skill the subject names and what a social work
    degree certifies (:data:`DEGREE_FIELDS`); from a master's up, also what a counselling
    degree certifies (:func:`graduate_field_skills`).

    Parameters
    ----------
    background : Background or None
        What the person said: its ``field`` counts with an ``education`` of
        :data:`FIELD_EDUCATION` or above.
    taxonomy : Taxonomy
        Where the subject is looked up (:func:`field_skill`).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> def learned(**background):
    ...     return sorted(degree_skills(Background(**background), taxonomy) - DEGREE_BASICS)
    >>> learned(education="bachelor", field="psychology")
    ['psychology']
    >>> learned(education="associate", field="psychology")
    []
    >>> learned(education="master", field="counselling")
    ['psychology', 'therapy-and-counseling']
    >>> learned(education="bachelor", field="counselling")
    []
    >>> learned(education="master", field="social work")
    ['sociology-and-anthropology']
    >>> sorted(degree_skills(Background(education="bachelor"), taxonomy))
    ['critical-thinking', 'reading-comprehension', 'writing']
    >>> sorted(degree_skills(Background(education="associate"), taxonomy))
    []
    """
    if background is None or background.education is None:
        return frozenset()
    level = _LEVELS.index(background.education)
    if level < _LEVELS.index(FIELD_EDUCATION):
        return frozenset()
    basics = DEGREE_BASICS & taxonomy.skill_index.keys()
    if background.field is None:
        return basics
    found = field_skill(background.field, taxonomy)
    named = basics if found is None else basics | {found}
    named |= _practice_fields(background.field, taxonomy, DEGREE_FIELDS)
    if level < _LEVELS.index(GRADUATE_EDUCATION):
        return named
    return named | graduate_field_skills(background.field, taxonomy)
