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
  alone does not show, and certifies nothing;
* only from a **bachelor's degree** up (:data:`FIELD_EDUCATION`): a major in a subject
  is the several years of study that O*NET's knowledge ratings for graduate-entry
  occupations presuppose, while an associate degree or a certificate in it is a year
  or two of introductory courses, a foundation, not the knowledge a role asks for.
  Without an education, a field certifies nothing either: the level is not known.

A subject that names no knowledge skill is no error and gives no warning: "human
services" and "social work" are real degrees, and a warning about them would be
noise for valid input. Like a credential's ``implies``, a certified skill is only
left out of a match's gaps: the score is unchanged (it measures the skills the
person listed), and so is readiness, since no role's ``entry`` names a subject.
"""

from __future__ import annotations

from careermap.base.text import normalize
from careermap.resolve.names import name_index
from careermap.resolve.profile import Background
from careermap.taxonomy.models import Education, Taxonomy

__all__ = ["FIELD_EDUCATION", "KNOWLEDGE", "degree_skills", "field_skill"]

#: The lowest education whose subject certifies knowledge.
FIELD_EDUCATION = Education.BACHELOR
#: The skill category a degree subject may certify.
KNOWLEDGE = "knowledge"
_LEVELS = list(Education)


def field_skill(field: str, taxonomy: Taxonomy) -> str | None:
    """Return the id of the knowledge skill *field* names exactly, or ``None``.

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
    >>> field_skill("Psych", taxonomy) is None
    True
    >>> field_skill("social work", taxonomy) is None  # a practice skill, not knowledge
    True
    """
    index = name_index(taxonomy)
    for _, skill_id, _ in index.exact_all.get(normalize(field), ()):
        if index.skills[skill_id].category == KNOWLEDGE:
            return skill_id
    return None


def degree_skills(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the knowledge skill a person's degree subject certifies (none or one).

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
    >>> sorted(degree_skills(Background(education="bachelor", field="psychology"), taxonomy))
    ['psychology']
    >>> sorted(degree_skills(Background(education="associate", field="psychology"), taxonomy))
    []
    """
    if background is None or background.field is None or background.education is None:
        return frozenset()
    if _LEVELS.index(background.education) < _LEVELS.index(FIELD_EDUCATION):
        return frozenset()
    found = field_skill(background.field, taxonomy)
    return frozenset() if found is None else frozenset({found})
