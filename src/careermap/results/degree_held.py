"""A completed graduate degree's subject, counted as the practice it teaches (round 31).

:func:`careermap.results.fields.degree_skills` leaves the knowledge a degree's subject
names out of a match's gaps, but never counts it: a counsellor's review of the
twenty-first set (review 30, P7) found a psychologist with a master's in occupational
safety and health for whom the psychosocial safety specialist's post scored as if she
had never studied risk assessment (the degree only hid the gaps). A completed master's
degree or doctorate (:data:`SCORED_EDUCATION`) in a subject whose accredited graduate
programmes teach a practice by name (:data:`SUBJECT_PRACTICE`) now counts that practice
as held, at a level fitting the degree (:data:`DEGREE_LEVELS`), and the ranking says it
comes from the degree (:func:`degree_note`, ``Ranking.degree``):

* **occupational safety and health** (and its other names): hazard identification and
  risk assessment (ISO 45001:2018, clause 6.1.2), psychosocial factors among the hazards
  (6.1.2.1: workload, hours, harassment and bullying; ISO 45003:2021, psychosocial risk
  management within an OSH management system); the curricula IOSH accredits, NEBOSH's
  diplomas and the ILO's OSH training are built on them.

From a **bachelor's degree** up, a subject whose accredited first degree teaches a
practice's knowledge by name (:data:`SUBJECT_KNOWLEDGE`) counts it at a novice's level
(:data:`KNOWLEDGE_LEVELS`: 2 for a bachelor's, then as above): a degree gives the
knowledge, not the years of practice (thirty-sixth round, review36 P1: a Dili caseworker
with a licenciatura in public health was not shown the health promotion post her degree
is for, as nothing she wrote read *Health promotion*):

* **public health**: *Health promotion*. CEPH, the US accreditor of public health
  degrees, requires every public health bachelor's programme to teach "the concepts of
  population health, and the basic processes, approaches and interventions that identify
  and address the major health-related needs and concerns of populations" and "the
  underlying science of human health and disease, including opportunities for promoting
  and protecting health across the life course" (CEPH, *Accreditation Criteria*, 2021,
  criterion D9, public health bachelor's degree foundational domains; ceph.org); the
  WHO's Ottawa Charter (1986) defines health promotion as "the process of enabling
  people to increase control over, and to improve, their health", the taxonomy's
  description.

Only subjects named here count, and not the broad knowledge the catalogue asks of most
of its roles (*Psychology*, *Therapy and counselling*): counted for every psychology
or counselling master's (tried this round), it lifted the posts weighted most on that
knowledge for everyone alike, reshuffled 80 of the persona sets' top fives and lowered
precision (7.57 to 7.52 over the read sets); a social work master's counted as *Social
work practice* lowered it too (7.53: the practice is read from a social worker's own
texts and title, and most who name the degree want out of it). Those subjects still
only leave their knowledge out of the gaps (:mod:`careermap.results.fields`).

A skill the person's own texts read is never counted again: their own rating stands.
A skill they would rather not practise (``Background.avoid``) is not counted either.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from careermap.base.text import normalize
from careermap.resolve.background import Background
from careermap.taxonomy.models import Education, Taxonomy

__all__ = [
    "DEGREE_LEVELS",
    "KNOWLEDGE_LEVELS",
    "SCORED_EDUCATION",
    "SUBJECT_KNOWLEDGE",
    "SUBJECT_PRACTICE",
    "degree_held",
    "degree_knowledge",
    "degree_note",
]

#: The level (1 novice to 5 expert) a completed degree's subject is held at: a master's
#: as a competent practitioner's working knowledge (level 3, the level a skill listed
#: without one counts at), a doctorate above it.
DEGREE_LEVELS: Mapping[Education, int] = {Education.MASTER: 3, Education.DOCTORATE: 4}
#: The lowest education whose subject counts as held (see the module).
SCORED_EDUCATION = Education.MASTER
#: Subjects (as normalised names) whose graduate degree teaches a practice by name, with
#: the skills it holds (sources in the module docstring).
SUBJECT_PRACTICE: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(
        (
            "occupational safety and health",
            "occupational health and safety",
            "occupational health & safety",
            "health and safety",
            "occupational safety",
            "osh",
            "ohs",
        ),
        frozenset({"workplace-risk-assessment", "psychosocial-risk-management"}),
    ),
}
#: Subjects (as normalised names) whose first degree teaches a practice's knowledge by
#: name, with the skills it holds at :data:`KNOWLEDGE_LEVELS` (sources in the module).
SUBJECT_KNOWLEDGE: Mapping[str, frozenset[str]] = {
    **dict.fromkeys(("public health", "global health"), frozenset({"health-promotion"})),
}
#: The level a completed degree holds :data:`SUBJECT_KNOWLEDGE` at: a bachelor's as a
#: novice's knowledge, a graduate degree as :data:`DEGREE_LEVELS`.
KNOWLEDGE_LEVELS: Mapping[Education, int] = {Education.BACHELOR: 2, **DEGREE_LEVELS}
_LEVELS = list(Education)


@cache
def _subjects() -> dict[str, frozenset[str]]:
    """Return :data:`SUBJECT_PRACTICE` by each subject's normalised name."""
    return {normalize(name): skills for name, skills in SUBJECT_PRACTICE.items()}


@cache
def _known() -> dict[str, frozenset[str]]:
    """Return :data:`SUBJECT_KNOWLEDGE` by each subject's normalised name."""
    return {normalize(name): skills for name, skills in SUBJECT_KNOWLEDGE.items()}


_NAMES = {
    Education.BACHELOR: "bachelor's degree",
    Education.MASTER: "master's degree",
    Education.DOCTORATE: "doctorate",
}


def degree_held(background: Background | None, taxonomy: Taxonomy) -> dict[str, int]:
    """Return the skills a person's completed degree counts as held, with their level.

    Parameters
    ----------
    background : Background or None
        What the person said: its ``field``, with an ``education`` of
        :data:`SCORED_EDUCATION` or above.
    taxonomy : Taxonomy
        Where the subject is looked up.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> degree_held(Background(education="master", field="occupational safety and health"),
    ...             taxonomy)
    {'psychosocial-risk-management': 3, 'workplace-risk-assessment': 3}
    >>> degree_held(Background(education="doctorate", field="Occupational Health & Safety"),
    ...             taxonomy)
    {'psychosocial-risk-management': 4, 'workplace-risk-assessment': 4}
    >>> degree_held(Background(education="master", field="psychology"), taxonomy)
    {}
    >>> degree_held(Background(education="bachelor", field="OSH"), taxonomy)
    {}
    >>> degree_held(Background(education="master"), taxonomy)
    {}
    >>> degree_held(Background(education="bachelor", field="Public health"), taxonomy)
    {'health-promotion': 2}
    >>> degree_held(Background(education="associate", field="public health"), taxonomy)
    {}
    """
    if background is None or background.education is None or background.field is None:
        return {}
    subject = normalize(background.field)
    found: dict[str, int] = {}
    if background.education in KNOWLEDGE_LEVELS:
        level = KNOWLEDGE_LEVELS[background.education]
        found.update(dict.fromkeys(_known().get(subject, frozenset()), level))
    if _LEVELS.index(background.education) >= _LEVELS.index(SCORED_EDUCATION):
        level = DEGREE_LEVELS[background.education]
        found.update(dict.fromkeys(_subjects().get(subject, frozenset()), level))
    return {skill: found[skill] for skill in sorted(found) if skill in taxonomy.skill_index}


def degree_knowledge(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills :func:`degree_held` gives as a subject's knowledge, not its practice.

    Those of :data:`SUBJECT_KNOWLEDGE`: a degree in public health knows health promotion,
    it has not practised it (:mod:`careermap.scoring.anchored` reads it so).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> sorted(degree_knowledge(Background(education="bachelor", field="public health"),
    ...                         load_taxonomy()))
    ['health-promotion']
    """
    if background is None or background.education not in KNOWLEDGE_LEVELS:
        return frozenset()
    if background.field is None:
        return frozenset()
    known = _known().get(normalize(background.field), frozenset())
    return frozenset(skill for skill in known if skill in taxonomy.skill_index)


def degree_note(
    background: Background | None, counted: Mapping[str, int], labels: Mapping[str, str]
) -> str:
    """Say which skills a ranking counts from the person's degree, and at what level.

    *counted* are those :func:`degree_held` gives that the person's texts did not
    read (the ones added to the score); *labels* names each skill.

    Examples
    --------
    >>> background = Background(education="master", field="Occupational Safety and Health")
    >>> print(degree_note(background, {"workplace-risk-assessment": 3},
    ...                   {"workplace-risk-assessment": "Workplace risk assessment"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    From your master's degree in Occupational Safety and Health, counted as held at level 3:
    Workplace risk assessment.
    >>> degree_note(background, {}, {})
    ''
    """
    if background is None or not counted or background.education is None:
        return ""
    level = max(counted.values())
    named = ", ".join(labels.get(skill, skill) for skill in counted)
    degree = _NAMES.get(background.education, "degree")
    return f"From your {degree} in {background.field}, counted as held at level {level}: {named}."
