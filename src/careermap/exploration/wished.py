"""Moves a person could want: the posts and skills upskilling may advise toward.

Upskilling advises learning toward the posts the advice order offers (:mod:`.upskilling`).
A counsellor advises learning toward moves the person could want and would take
(thirty-seventh round, review37 P9), so two things are left out of what the advice
follows, using only what the person gave:

- **A step down** (the readiness verdict ``step-down``: a post far below the person's
  level, their education or the scope of their licence), unless they said they are open
  to one (``Background.step_back``): the Geel family care counsellor, a graduate, was
  advised crisis protocols toward a technician's post below her degree. When every post
  the advice could follow is a step down, they are kept (advice toward something).
- **Coercive practice** (a skill whose practice is the condition ``physical-intervention``:
  restraint, seclusion, holds) is never advised to a person whose lived experience is of
  mental illness (``lived_experience`` true or ``mental-health``) or whose job title names
  a peer post (one that requires lived experience): the Bouaké peer agent, once chained
  at a prayer camp for his psychosis, was advised physical intervention third. Peer
  support is voluntary, the first of the core values of the National Practice Guidelines
  for Peer Supporters (N.A.P.S., with SAMHSA, 2013; https://www.peersupportworks.org);
  the WHO QualityRights guidance on ending coercion in mental health services (2019,
  https://www.who.int/publications/i/item/who-qualityrights-guidance-and-training-tools)
  is what such a worker brings to a service. Held, the skill still counts in the score,
  as any skill; only the advice changes.
- **Coercive practice is advice to no one** (fortieth round, review40 P11): restraint and
  seclusion are taught by the employer, before staff use them and as part of orientation
  (US hospitals: 42 CFR 482.13(f)), so they never stand between a person and a post; the
  Aruba begeleider, fourteen years in residential care and wanting to coordinate the
  homes, was advised physical intervention third. No counsellor has listed it among the
  skills to learn in any judged set (``coercive_practice``).
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.results.current import current_role
from careermap.results.step_down import is_peer_post, step_down
from careermap.scoring.set_aside import skill_conditions
from careermap.taxonomy.lived import LivedKind
from careermap.taxonomy.models import Taxonomy

__all__ = [
    "COERCIVE",
    "coercive_practice",
    "coercive_skills",
    "step_down",
]  # step_down: results.step_down

#: The working condition whose practice is coercion (restraint and holds, seclusion).
COERCIVE = "physical-intervention"


def _coerced(background: Background, taxonomy: Taxonomy) -> bool:
    """Say whether the person's lived experience or peer post rules out coercive practice."""
    lived = background.lived_experience
    if lived is True or (isinstance(lived, tuple) and LivedKind.MENTAL_HEALTH in lived):
        return True
    held = background.current_role
    role = current_role(held, taxonomy) if held and held.strip() else None
    return role is not None and is_peer_post(role)


def coercive_practice(taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills whose practice is :data:`COERCIVE`: advice to no one.

    Employers train restraint and seclusion before staff use them, so learning them is
    never a step toward a post; :func:`careermap.upskilling` does not suggest them (unless
    asked for by name with ``candidates=``).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> sorted(coercive_practice(default_taxonomy()))
    ['physical-intervention']
    """
    tied = skill_conditions(taxonomy, "conditions").items()
    return frozenset(skill for skill, its in tied if COERCIVE in its)


def coercive_skills(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills of coercive practice never advised to this person.

    Those whose practice is :data:`COERCIVE`, for a person whose lived experience is of
    mental illness or whose job title names a peer post; nothing otherwise.

    Parameters
    ----------
    background : Background or None
        What the person said; ``lived_experience`` and ``current_role`` are read.
    taxonomy : Taxonomy
        Where the skills' conditions and the title's role are found.

    Returns
    -------
    frozenset of str
        Skill ids :func:`careermap.upskilling` does not suggest (unless asked for by
        name with ``candidates=``).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> sorted(coercive_skills(Background(lived_experience=True), taxonomy))
    ['physical-intervention']
    >>> sorted(coercive_skills(Background(current_role="Peer support worker"), taxonomy))
    ['physical-intervention']
    >>> coercive_skills(Background(lived_experience=["family"]), taxonomy)
    frozenset()
    >>> coercive_skills(None, taxonomy)
    frozenset()
    """
    if background is None or not _coerced(background, taxonomy):
        return frozenset()
    return coercive_practice(taxonomy)
