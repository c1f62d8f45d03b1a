"""Looking up skills and roles by id: ``get_*`` return a default, ``lookup`` raises."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import process

from careermap._errors import RoleNotFoundError, SkillNotFoundError
from careermap._load import default_taxonomy
from careermap._models import Role, Skill, Taxonomy

__all__ = ["get_role", "get_skill"]


def _close(query: str, index: Mapping[str, object]) -> list[str]:
    found = process.extract(query, list(index), limit=3, score_cutoff=60)
    return [str(choice) for choice, _, _ in found]


def get_role(role_id: str, *, taxonomy: Taxonomy | None = None) -> Role:
    """Return the role with id *role_id*.

    Raises
    ------
    RoleNotFoundError
        Naming the id and suggesting close ones.

    Examples
    --------
    >>> get_role("school-counsellor").title
    'School counsellor'
    >>> get_role("school-counselor")
    Traceback (most recent call last):
    ...
    careermap._errors.RoleNotFoundError: no role has id 'school-counselor'; did you mean ...
    """
    taxonomy = taxonomy or default_taxonomy()
    role = taxonomy.role_index.get(role_id)
    if role is None:
        raise RoleNotFoundError(
            f"no role has id {role_id!r}",
            query=role_id,
            suggestions=_close(role_id, taxonomy.role_index),
        )
    return role


def get_skill(skill_id: str, *, taxonomy: Taxonomy | None = None) -> Skill:
    """Return the skill with id *skill_id* (use :func:`resolve_skill` for free text).

    Raises
    ------
    SkillNotFoundError
        Naming the id and suggesting close ones.

    Examples
    --------
    >>> get_skill("active-listening").label
    'Active listening'
    """
    taxonomy = taxonomy or default_taxonomy()
    skill = taxonomy.skill_index.get(skill_id)
    if skill is None:
        raise SkillNotFoundError(
            f"no skill has id {skill_id!r}",
            query=skill_id,
            suggestions=_close(skill_id, taxonomy.skill_index),
        )
    return skill
