"""Posts whose work is that of the sectors a person excludes, filed under another sector.

A person who excludes a sector (``exclude_sectors``) no longer sees its roles, but posts
doing the same work sit in other sectors: homeless outreach and community health work in
advocacy, care navigation in healthcare administration. The thirty-second set's Gibraltar
support worker, leaving care work for an online gaming company's safer gambling team or
its HR (mental health and social services excluded), was shown a homeless outreach
worker's, a care navigator's (she rejects it) and a community health worker's posts
among her first five (review41 P7; the thirty-first set's Bermuda nursing assistant the
same, review40 P10). :mod:`careermap.scoring.leaving` finds such posts only through a
licence the person holds; she holds none.

A post's own requirements say whose work it is: :func:`filed_elsewhere` returns the
roles of the kept sectors more than half of whose :data:`NEIGHBOURS` nearest roles (by
the cosine of their requirement weights, the catalogue's own description of the work)
lie in the excluded sectors. Across the read persona sets, no post a person who excludes
sectors accepts outside them is such a post; nineteen they reject are (rank41, measured
on every set with ``benchmarks/personas.py``). Advice order puts them after the first
moves (:func:`careermap.scoring.lead.left_later`), with their score, band and verdict
unchanged. Choosing sectors with ``sectors=`` leaves the others out as excluding them
does (as :func:`careermap.scoring.leaving.left_sectors` reads it).
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

from careermap.base.cache import derived
from careermap.taxonomy.models import Taxonomy

__all__ = ["NEIGHBOURS", "filed_elsewhere", "neighbours"]

#: How many nearest roles say whose work a post is; more than half of them in the
#: excluded sectors makes it their work. Five: the persona benchmarks' first screen.
NEIGHBOURS = 5


def neighbours(taxonomy: Taxonomy) -> tuple[tuple[int, ...], ...]:
    """Return, for each role's position, the positions of its :data:`NEIGHBOURS` nearest roles.

    Nearest by the cosine of the roles' requirement weights (one column per skill);
    ties go to the earlier role in the taxonomy. Cached per taxonomy.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> position = {role.id: i for i, role in enumerate(taxonomy.roles)}
    >>> near = neighbours(taxonomy)[position["care-navigator"]]
    >>> len(near), position["care-navigator"] in near
    (5, False)
    >>> "social-services-assistant" in {taxonomy.roles[i].id for i in near}
    True
    """

    def build() -> tuple[tuple[int, ...], ...]:
        column = {skill.id: n for n, skill in enumerate(taxonomy.skills)}
        weights = np.zeros((len(taxonomy.roles), len(column)))
        for i, role in enumerate(taxonomy.roles):
            for requirement in role.requirements:
                weights[i, column[requirement.skill]] = requirement.weight
        norms = np.linalg.norm(weights, axis=1, keepdims=True)
        unit = np.divide(weights, norms, out=np.zeros_like(weights), where=norms > 0)
        similar = unit @ unit.T
        np.fill_diagonal(similar, -np.inf)
        # A stable sort on the negated cosine: ties keep the taxonomy's order.
        order = np.argsort(-similar, axis=1, kind="stable")[:, :NEIGHBOURS]
        return tuple(tuple(int(j) for j in row) for row in order)

    return derived(taxonomy, "role-neighbours", build)


def filed_elsewhere(taxonomy: Taxonomy, sectors: Collection[str] | None) -> frozenset[int]:
    """Return the positions of kept roles whose work is mostly the excluded sectors'.

    *sectors* are the sectors the ranking keeps (``None``: every sector, nothing
    excluded, nothing returned). A role of a kept sector is returned when more than half
    of its :func:`neighbours` are roles of the sectors left out.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> kept = {s.id for s in taxonomy.sectors} - {"mental-health", "social-services"}
    >>> found = {taxonomy.roles[i].id for i in filed_elsewhere(taxonomy, kept)}
    >>> "care-navigator" in found, "outreach-worker" in found, "recruiter" in found
    (True, True, False)
    >>> filed_elsewhere(taxonomy, None)
    frozenset()
    """
    if sectors is None:
        return frozenset()
    kept = set(sectors)
    if {role.sector for role in taxonomy.roles} <= kept:
        return frozenset()
    roles = taxonomy.roles
    return frozenset(
        i
        for i, near in enumerate(neighbours(taxonomy))
        if roles[i].sector in kept
        and sum(roles[j].sector not in kept for j in near) * 2 > len(near)
    )
