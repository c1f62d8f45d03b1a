"""Looking up skills, roles and sectors by id.

As in pycountry: ``get_*`` returns a default (``None``) when the id is unknown,
``lookup_*`` raises a :class:`~careermap.NotFoundError` subclass that names the
id and suggests close ones. For free text, use :func:`careermap.resolve_skill`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from careermap.base.cache import derived
from careermap.base.errors import (
    NotFoundError,
    RoleNotFoundError,
    SectorNotFoundError,
    SkillNotFoundError,
    shown,
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


def _lookup(
    kind: str,
    index: Mapping[str, T],
    item_id: str,
    error: type[NotFoundError],
    what: str = "id",
) -> T:
    item = index.get(item_id)
    if item is None:
        known = f" (known: {', '.join(sorted(index))})" if len(index) <= 12 else ""
        raise error(
            f"no {kind} has {what} {shown(item_id)}{known}",
            query=item_id,
            suggestions=close_matches(item_id, index),
        )
    return item


def _role_names(taxonomy: Taxonomy) -> dict[str, str]:
    """Casefolded titles and aliases to role ids (a name two roles share maps to neither)."""

    def build() -> dict[str, str]:
        owners: dict[str, set[str]] = {}
        for role in taxonomy.roles:
            for name in (role.title, *role.aliases):
                owners.setdefault(" ".join(name.casefold().split()), set()).add(role.id)
        return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}

    return derived(taxonomy, "role-names", build)


def _find_role(role: str, taxonomy: Taxonomy) -> Role | None:
    found = taxonomy.role_index.get(role)
    if found is None and isinstance(role, str):
        role_id = _role_names(taxonomy).get(" ".join(role.casefold().split()))
        found = taxonomy.role_index.get(role_id) if role_id is not None else None
    return found


def _role_suggestions(text: str, taxonomy: Taxonomy, *, limit: int = 3) -> list[str]:
    """Return the ids of up to *limit* roles whose id, title or alias is close to *text*.

    Compared without regard to case, spaces or hyphens, so that a title ("Data
    analyst") finds the roles whose names come near it ("HR data analyst"), as an id
    finds close ids; best first (ties by name), each role once.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.taxonomy.lookup import _role_suggestions
    >>> _role_suggestions("Data analyst", load_taxonomy())
    ['people-analytics-analyst', 'health-data-analyst', 'research-assistant']
    """
    names = {" ".join(role.id.split("-")): role.id for role in taxonomy.roles}
    names.update(_role_names(taxonomy))
    query = " ".join(str(text).casefold().replace("-", " ").split())
    found = close_matches(query, names, limit=len(names))
    return list(dict.fromkeys(names[name] for name in found))[:limit]


def lookup_role(role: str, *, taxonomy: Taxonomy | None = None) -> Role:
    """Return the role named *role*: its id, its title or one of its aliases; or raise.

    Titles and aliases match without regard to case or repeated spaces; an id
    always wins, and a name that two roles share is not used. The error suggests the
    roles whose id, title or alias come close (:func:`_role_suggestions`).

    Parameters
    ----------
    role : str
        The role's id, title or one of its aliases.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

    Raises
    ------
    RoleNotFoundError
        Naming the text and suggesting the ids of roles with close names.

    Examples
    --------
    >>> lookup_role("school-counsellor").title
    'School counsellor'
    >>> lookup_role("Therapist").id
    'therapist'
    >>> lookup_role("school-counselor")
    Traceback (most recent call last):
    ...
    careermap.RoleNotFoundError: no role has id, title or alias 'school-counselor'; did you mean ...
    """
    taxonomy = taxonomy or default_taxonomy()
    found = _find_role(role, taxonomy)
    if found is None:
        index = taxonomy.role_index
        known = f" (known: {', '.join(sorted(index))})" if len(index) <= 12 else ""
        raise RoleNotFoundError(
            f"no role has id, title or alias {shown(role)}{known}",
            query=role,
            suggestions=_role_suggestions(role, taxonomy),
        )
    return found


def lookup_skill(skill_id: str, *, taxonomy: Taxonomy | None = None) -> Skill:
    """Return the skill with id *skill_id*, or raise (use :func:`resolve_skill` for free text).

    Parameters
    ----------
    skill_id : str
        The skill's id (for free text, use :func:`resolve_skill`).
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

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

    Parameters
    ----------
    sector_id : str
        The sector's id.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

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
    role: str, default: D | None = None, *, taxonomy: Taxonomy | None = None
) -> Role | D | None:
    """Return the role named *role* (id, title or alias), or *default* when there is none.

    Parameters
    ----------
    role : str
        The role's id, title or one of its aliases.
    default : object, optional
        Returned when no role has that name.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

    Examples
    --------
    >>> get_role("school-counsellor").sector
    'education'
    >>> get_role("no-such-role") is None
    True
    """
    found = _find_role(role, taxonomy or default_taxonomy())
    return default if found is None else found


def get_skill(
    skill_id: str, default: D | None = None, *, taxonomy: Taxonomy | None = None
) -> Skill | D | None:
    """Return the skill with id *skill_id*, or *default* when there is none.

    Parameters
    ----------
    skill_id : str
        The skill's id.
    default : object, optional
        Returned when no skill has that id.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

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

    Parameters
    ----------
    sector_id : str
        The sector's id.
    default : object, optional
        Returned when no sector has that id.
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

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
