"""What the person's own job already asks of them: never advised to learn.

A person's job title, when it names one role of the taxonomy confidently
(:func:`careermap.results.current.current_role`), certifies that role's essential
requirements (:func:`careermap.results.current.practised_skills`): no match lists them
among its gaps. Upskilling goes one step further: a skill the person's own role asks for
at all, optional requirements included, is part of the work they do now, so telling them
to *learn* it is no advice (thirty-third round, review33 P13: an independent mental health
advocate was advised patient advocacy, an optional requirement of the mental health
advocate role his title names, second of five). Gaps and scores are unchanged: only
what :func:`careermap.upskilling` suggests.
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.results.current import current_role
from careermap.taxonomy.models import Taxonomy

__all__ = ["own_work_skills"]


def own_work_skills(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return every skill the role named by the person's job title requires.

    Essential and optional requirements alike; nothing for a title that names no role
    confidently, or for no background.

    Parameters
    ----------
    background : Background or None
        What the person said; only ``current_role`` is read.
    taxonomy : Taxonomy
        Where the role is looked up.

    Returns
    -------
    frozenset of str
        Skill ids, never advised by :func:`careermap.upskilling` unless asked for with
        ``candidates=``.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> held = Background(current_role="Independent Mental Health Advocate")
    >>> "patient-advocacy" in own_work_skills(held, taxonomy)
    True
    >>> own_work_skills(Background(current_role="Senior copywriter"), taxonomy)
    frozenset()
    >>> own_work_skills(None, taxonomy)
    frozenset()
    """
    held = None if background is None else background.current_role
    if not held or not held.strip():
        return frozenset()
    role = current_role(held, taxonomy)
    if role is None:
        return frozenset()
    return frozenset(requirement.skill for requirement in role.requirements)
