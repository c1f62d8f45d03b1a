"""Looking up skills and roles by id: ``get_*`` return a default, ``lookup`` raises."""

from __future__ import annotations

from careermap._errors import RoleNotFoundError, SectorNotFoundError, SkillNotFoundError
from careermap._load import default_taxonomy
from careermap._models import Role, Sector, Skill, Taxonomy
from careermap._suggest import close_matches

__all__ = ["get_role", "get_sector", "get_skill"]


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
            suggestions=close_matches(role_id, taxonomy.role_index),
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
            suggestions=close_matches(skill_id, taxonomy.skill_index),
        )
    return skill


def get_sector(sector_id: str, *, taxonomy: Taxonomy | None = None) -> Sector:
    """Return the sector with id *sector_id*.

    Raises
    ------
    SectorNotFoundError
        Naming the id, the known sector ids and the closest ones.

    Examples
    --------
    >>> get_sector("education").label
    'Education'
    """
    taxonomy = taxonomy or default_taxonomy()
    sector = taxonomy.sector_index.get(sector_id)
    if sector is None:
        known = ", ".join(sorted(taxonomy.sector_index))
        raise SectorNotFoundError(
            f"no sector has id {sector_id!r} (known: {known})",
            query=sector_id,
            suggestions=close_matches(sector_id, taxonomy.sector_index),
        )
    return sector
