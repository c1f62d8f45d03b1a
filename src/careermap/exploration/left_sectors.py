"""Skills whose work lies in the sectors a person is leaving: no advice toward them.

``upskilling(exclude_sectors=...)`` leaves out the roles of the sectors a person is
leaving, but a skill those sectors' roles ask for can still be advised through a post
filed elsewhere: the Bermuda nursing assistant of the thirty-first set, leaving care for
HR with an insurer (mental health, healthcare administration and social services
excluded), was advised community outreach, harm reduction, housing support and rapport
building, through care posts filed under advocacy and education (fortieth round, review40
P11). A skill most of whose asking roles (more than :data:`LEFT_SHARE` of them) lie in the
excluded sectors is work the person said they are leaving, so it is not advised; what the
remaining sectors mostly ask for (recruitment, onboarding, classroom management) still is.
Only ``exclude_sectors`` is read: choosing sectors with ``sectors=`` says where a person
looks, not what they leave.
"""

from __future__ import annotations

from collections.abc import Iterable

from careermap.taxonomy.models import Taxonomy

__all__ = ["LEFT_SHARE", "left_sector_skills"]

#: The share of a skill's asking roles in the excluded sectors above which it is not advised.
LEFT_SHARE = 0.5


def left_sector_skills(exclude_sectors: Iterable[str] | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills most of whose asking roles lie in *exclude_sectors*.

    A role asks for a skill when it lists it among its requirements, essential or
    optional; a skill is returned when more than :data:`LEFT_SHARE` of the roles asking
    for it are in the excluded sectors.

    Parameters
    ----------
    exclude_sectors : iterable of str or None
        The sector ids the person is leaving, as ``upskilling`` takes them (already
        checked there); ``None`` or empty returns nothing.
    taxonomy : Taxonomy
        Where the roles, their sectors and requirements are found.

    Returns
    -------
    frozenset of str
        Skill ids :func:`careermap.upskilling` does not suggest (unless asked for by
        name with ``candidates=``).

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> leaving = left_sector_skills(["mental-health", "social-services"], taxonomy)
    >>> "housing-support" in leaving, "recruitment" in leaving
    (True, False)
    >>> left_sector_skills(None, taxonomy)
    frozenset()
    """
    left = set(exclude_sectors or ())
    if not left:
        return frozenset()
    asking: dict[str, list[bool]] = {}
    for role in taxonomy.roles:
        for skill in {requirement.skill for requirement in role.requirements}:
            asking.setdefault(skill, []).append(role.sector in left)
    return frozenset(
        skill for skill, inside in asking.items() if sum(inside) > LEFT_SHARE * len(inside)
    )
