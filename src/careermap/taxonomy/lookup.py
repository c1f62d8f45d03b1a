"""Looking up skills, roles and sectors by id.

As in pycountry: ``get_*`` returns a default (``None``) when the id is unknown,
``lookup_*`` raises a :class:`~careermap.NotFoundError` subclass that names the
id and suggests close ones. For free text, use :func:`careermap.resolve_skill`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from careermap.base.errors import (
    NotFoundError,
    RoleNotFoundError,
    SectorNotFoundError,
    SkillNotFoundError,
)
from careermap.base.suggest import close_matches
from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Role, Sector, Skill, Taxonomy

__all__ = [
    "check_sectors",
    "get_role",
    "get_sector",
    "get_skill",
    "lookup_role",
    "lookup_sector",
    "lookup_skill",
]

T = TypeVar("T")
D = TypeVar("D")


def _lookup(kind: str, index: Mapping[str, T], item_id: str, error: type[NotFoundError]) -> T:
    item = index.get(item_id)
    if item is None:
        known = f" (known: {', '.join(sorted(index))})" if len(index) <= 12 else ""
        raise error(
            f"no {kind} has id {item_id!r}{known}",
            query=item_id,
            suggestions=close_matches(item_id, index),
        )
    return item


def lookup_role(role_id: str, *, taxonomy: Taxonomy | None = None) -> Role:
    """Return the role with id *role_id*, or raise.

    Raises
    ------
    RoleNotFoundError
        Naming the id and suggesting close ones.

    Examples
    --------
    >>> lookup_role("school-counsellor").title
    'School counsellor'
    >>> lookup_role("school-counselor")
    Traceback (most recent call last):
    ...
    careermap.base.errors.RoleNotFoundError: no role has id 'school-counselor'; did you mean ...
    """
    taxonomy = taxonomy or default_taxonomy()
    return _lookup("role", taxonomy.role_index, role_id, RoleNotFoundError)


def lookup_skill(skill_id: str, *, taxonomy: Taxonomy | None = None) -> Skill:
    """Return the skill with id *skill_id*, or raise (use :func:`resolve_skill` for free text).

    Raises
    ------
    SkillNotFoundError
        Naming the id and suggesting close ones.

    Examples
    --------
    >>> lookup_skill("active-listening").label
    'Active listening'
    """
    taxonomy = taxonomy or default_taxonomy()
    return _lookup("skill", taxonomy.skill_index, skill_id, SkillNotFoundError)


def lookup_sector(sector_id: str, *, taxonomy: Taxonomy | None = None) -> Sector:
    """Return the sector with id *sector_id*, or raise.

    Raises
    ------
    SectorNotFoundError
        Naming the id, the known ids (for a short list) and the closest ones.

    Examples
    --------
    >>> lookup_sector("education").label
    'Education'
    """
    taxonomy = taxonomy or default_taxonomy()
    return _lookup("sector", taxonomy.sector_index, sector_id, SectorNotFoundError)


def get_role(
    role_id: str, default: D | None = None, *, taxonomy: Taxonomy | None = None
) -> Role | D | None:
    """Return the role with id *role_id*, or *default* when there is none.

    Examples
    --------
    >>> get_role("school-counsellor").sector
    'education'
    >>> get_role("no-such-role") is None
    True
    """
    return (taxonomy or default_taxonomy()).role_index.get(role_id, default)


def get_skill(
    skill_id: str, default: D | None = None, *, taxonomy: Taxonomy | None = None
) -> Skill | D | None:
    """Return the skill with id *skill_id*, or *default* when there is none.

    Examples
    --------
    >>> get_skill("empathy").label
    'Empathy'
    """
    return (taxonomy or default_taxonomy()).skill_index.get(skill_id, default)


def get_sector(
    sector_id: str, default: D | None = None, *, taxonomy: Taxonomy | None = None
) -> Sector | D | None:
    """Return the sector with id *sector_id*, or *default* when there is none.

    Examples
    --------
    >>> get_sector("hr", "unknown")
    'unknown'
    """
    return (taxonomy or default_taxonomy()).sector_index.get(sector_id, default)


def check_sectors(sectors: Iterable[str] | None, taxonomy: Taxonomy) -> set[str] | None:
    """Return the sector ids as a set (``None`` for all), each checked to exist."""
    if sectors is None:
        return None
    wanted = {sectors} if isinstance(sectors, str) else set(sectors)
    for sector in sorted(wanted):
        lookup_sector(sector, taxonomy=taxonomy)
    return wanted
