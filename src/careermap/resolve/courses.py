"""Short courses named as skills: evidence of training in a skill, not of practising it.

A person lists "ASIST" as a skill because they took LivingWorks' two-day Applied
Suicide Intervention Skills Training workshop. The text reads as *Suicide risk
assessment*, rightly: the workshop teaches suicide first aid. But the level they
give it ("ASIST:3") rates the workshop, not years of assessing suicide risk, and a
crisis post that asks for the skill at level 3 or 4 should not count two days as
that (review35 P2, Sudbury: a two-day course made a crisis counsellor post she
rejected "strong"). So a text that reads as a skill only through the name of a short
course counts at most :data:`TRAINED_LEVEL` ("trained": taught the skill and
practised it in the course); another text that names the skill at a higher level
still wins (:func:`scored_levels`). Nor does the limit hold for a course the person
teaches: a credential naming the course with a trainer's or instructor's word ("QPR
Gatekeeper Instructor", "ASIST trainer (LivingWorks)") says the text names work they
deliver (:func:`taught_courses`).

The courses, each a named, fixed-length course open to anyone, with its source:

* **ASIST** (Applied Suicide Intervention Skills Training): "a two-day interactive
  workshop in suicide first aid" that anyone 16 or older may attend (LivingWorks,
  legacy.livingworks.net/programs/asist/).
* **safeTALK**: "a 4-hour in-person course for all in the community to becoming
  suicide alert", 3-4 hours (SPRC Best Practices Registry, "LivingWorks safeTALK",
  bpr.sprc.org/program/livingworks-safetalk).
* **QPR** (Question, Persuade, Refer) Gatekeeper Training: a 1-2 hour course
  (SPRC, "QPR Gatekeeper Training for Suicide Prevention", sprc.org; as
  ``data/taxonomy/credentials.yaml`` cites for the QPR instructor).

Not courses here: Mental Health First Aid, whose skill *is* what the course teaches
(a first aider is what the course makes; its instructors are a credential); Safewards
and CPI, models and holds a ward or a service practises every shift, whose names a
person writes for that practice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careermap.base.text import normalize
from careermap.resolve.levels import DEFAULT_PERSON_LEVEL, levels_by_skill
from careermap.resolve.skill_match import SkillMatch

__all__ = ["TRAINED_LEVEL", "course_named", "scored_levels", "taught_courses"]

#: The most a short course named as a skill counts for: 2 of 5, trained, not practised.
TRAINED_LEVEL = 2

#: Names of short courses (normalised) to the course's usual name.
_COURSES: dict[str, str] = {
    normalize(name): course
    for course, names in (
        (
            "ASIST",
            (
                "ASIST",
                "LivingWorks ASIST",
                "Applied Suicide Intervention Skills Training",
                "ASIST training",
                "ASIST workshop",
            ),
        ),
        ("safeTALK", ("safeTALK", "LivingWorks safeTALK", "safeTALK training")),
        ("QPR", ("QPR", "QPR gatekeeper training", "QPR training")),
    )
    for name in names
}


#: Words of a credential saying its holder teaches the course it names.
_TEACHES = re.compile(r"\b(?:trainer|trainers|instructor|facilitator|t4t)\b")


def taught_courses(credentials: Iterable[str]) -> frozenset[str]:
    """Return the short courses *credentials* say the person teaches.

    Examples
    --------
    >>> sorted(taught_courses(["QPR Gatekeeper Instructor", "ASIST (Applied Suicide ...)"]))
    ['QPR']
    >>> sorted(taught_courses(["LivingWorks ASIST trainer", "safeTALK T4T"]))
    ['ASIST', 'safeTALK']
    """
    taught: set[str] = set()
    for credential in credentials:
        words = normalize(credential)
        if not _TEACHES.search(words):
            continue
        taught.update(
            course for name, course in _COURSES.items() if re.search(rf"\b{name}\b", words)
        )
    return frozenset(taught)


def course_named(match: SkillMatch) -> str | None:
    """Return the short course a text was read through, or ``None``.

    A text is read through a course when the name it matched (an alias, or a name
    standing in part of the text) is the course's: "ASIST", "ASIST trained",
    "ASIST (Applied Suicide Intervention Skills Training)". A text read through any
    other name ("suicide risk assessment", "C-SSRS") is not, nor one saying the person
    teaches the course ("QPR gatekeeper instructor", "ASIST trainer").

    Examples
    --------
    >>> import careermap
    >>> course_named(careermap.resolve_skill("ASIST trained"))
    'ASIST'
    >>> course_named(careermap.resolve_skill("safeTALK"))
    'safeTALK'
    >>> course_named(careermap.resolve_skill("suicide risk assessment")) is None
    True
    >>> course_named(careermap.resolve_skill("QPR gatekeeper instructor")) is None
    True
    """
    if match.skill_id is None or match.matched_name is None:
        return None
    course = _COURSES.get(normalize(match.matched_name))
    if course is None or _TEACHES.search(normalize(match.query)):  # "QPR ... instructor"
        return None
    return course


def scored_levels(
    given: Iterable[tuple[int | None, SkillMatch]], *, taught: frozenset[str] = frozenset()
) -> dict[str, int]:
    """``Profile.skills`` from ``(level, match)`` pairs, a short course counting as training.

    Texts read through a short course (:func:`course_named`) count at the level given
    (else :data:`~careermap.resolve.levels.DEFAULT_PERSON_LEVEL`) but at most
    :data:`TRAINED_LEVEL`, unless *taught* names the course (:func:`taught_courses`);
    every other text as :func:`~careermap.resolve.levels.levels_by_skill` counts it. A
    skill takes the highest of the two, so practice named in another text always counts.

    Examples
    --------
    >>> import careermap
    >>> asist = careermap.resolve_skill("ASIST")
    >>> scored_levels([(3, asist)])
    {'suicide-risk-assessment': 2}
    >>> scored_levels([(3, asist), (4, careermap.resolve_skill("C-SSRS"))])
    {'suicide-risk-assessment': 4}
    >>> scored_levels([(1, asist)])
    {'suicide-risk-assessment': 1}
    >>> scored_levels([(3, asist)], taught=frozenset({"ASIST"}))
    {'suicide-risk-assessment': 3}
    """
    pairs = [(level, match, course_named(match)) for level, match in given]
    capped = _capped(taught)
    if not any(course in capped for _, _, course in pairs):  # no short course: as before
        return levels_by_skill((level, match.skill_id) for level, match, _ in pairs)
    levels = levels_by_skill(
        (level, match.skill_id) for level, match, course in pairs if course not in capped
    )
    for level, match, course in pairs:
        if match.skill_id is None or course not in capped:
            continue
        trained = min(DEFAULT_PERSON_LEVEL if level is None else level, TRAINED_LEVEL)
        levels[match.skill_id] = max(levels.get(match.skill_id, 0), trained)
    return dict(sorted(levels.items()))


def _capped(taught: frozenset[str]) -> frozenset[str]:
    """Return the courses whose texts count at most :data:`TRAINED_LEVEL`: all not taught."""
    return frozenset(_COURSES.values()) - taught
