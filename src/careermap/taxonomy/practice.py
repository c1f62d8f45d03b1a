"""Which skills are of a practice, and which any occupation has.

A skill is *general* when it is a general competency (``Skill.general``) or one of the
basic or cross-functional skills or knowledge areas every O*NET occupation rates (Content
Model 2.A, 2.B and 2.C: speaking, active listening, coordination, psychology...; the
skill's ``codes.onet``): :func:`basic_skill`. Presentation, report writing and office
software are the medium of any desk post (:data:`MEDIUM_SKILLS`; review35 P5). A skill
that is neither is a skill of a practice (:func:`of_practice`). Advice order reads it to
tell what a match rests on (:mod:`careermap.scoring.anchored`), and a verdict to tell
whether two posts share their work (:mod:`careermap.results.own_level`).
"""

from __future__ import annotations

from careermap.taxonomy.models import Skill

__all__ = ["MEDIUM_SKILLS", "basic_skill", "of_practice"]

#: Skills that are the medium of any desk post rather than a practice: how work is
#: presented and written up, and the office software it is written in (review35 P5).
MEDIUM_SKILLS = frozenset({"presentation-skills", "report-writing", "office-software"})

#: O*NET Content Model sections every occupation rates: basic skills (2.A),
#: cross-functional skills (2.B), knowledge (2.C).
_BASIC_SECTIONS = ("2.A", "2.B", "2.C")


def basic_skill(skill: Skill) -> bool:
    """Say whether *skill* is general: a general competency or an O*NET basic element.

    Examples
    --------
    >>> from careermap import lookup_skill
    >>> basic_skill(lookup_skill("active-listening")), basic_skill(lookup_skill("counselling"))
    (True, False)
    """
    return skill.general or skill.codes.get("onet", "").startswith(_BASIC_SECTIONS)


def of_practice(skill: Skill) -> bool:
    """Say whether *skill* is of a practice: not general (:func:`basic_skill`), not a medium.

    Examples
    --------
    >>> from careermap import lookup_skill
    >>> of_practice(lookup_skill("counselling")), of_practice(lookup_skill("report-writing"))
    (True, False)
    """
    return not basic_skill(skill) and skill.id not in MEDIUM_SKILLS
