"""A thin profile's roles reached by general skills alone come later in advice order.

When only a few of a person's texts are read, general office posts (intake, HR
coordinator, recruiter, disability services) filled their first five: a role reached
through listening, speaking and coordination, or through transfers alone, scores as well
as the posts that use the person's own practice (review33 P1: 20 of 80 top-five places on
the twenty-fourth set, none accepted). Counting those general skills at half in
utilisation lowered the posts people accept as much as the desks they reject (thirty-third
round), so the score is unchanged here; only advice order reads what a match rests on.

A role is *anchored* when one of its requirements is a skill the person gave that is a
skill of their own practice: not a general competency (``Skill.general``) and not one of
the basic or cross-functional skills or knowledge areas every O*NET occupation rates
(Content Model 2.A, 2.B and 2.C: speaking, active listening, coordination, customer
service, psychology...; the skill's ``codes.onet``). Across the read persona sets, a role
in a thin profile's top five anchored by none was accepted a tenth of the time, an
anchored one over a third (docs/scoring.md, "General skills alone", thirty-fourth round).
For a profile of at most :data:`ANCHOR_THIN` skills, a role anchored by none is ordered
within its advice group at :data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT`
(:func:`loosen`), and its verdict's caution says why (:func:`loose_readiness`). With no
skill of their own practice read, nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable

from careermap.results.verdict import Readiness
from careermap.taxonomy.models import Skill, Taxonomy

__all__ = ["ANCHOR_THIN", "basic_skill", "loose_readiness", "loosen", "unanchored"]

#: The most skills a profile may have for :func:`unanchored` to read it: the thin
#: profiles of review33 P1 (two to five texts read).
ANCHOR_THIN = 5

#: O*NET Content Model sections every occupation rates: basic skills (2.A),
#: cross-functional skills (2.B), knowledge (2.C).
_BASIC_SECTIONS = ("2.A", "2.B", "2.C")


def basic_skill(skill: Skill) -> bool:
    """Say whether *skill* is general: a general competency or an O*NET basic element.

    Examples
    --------
    >>> from careermap import lookup_skill
    >>> basic_skill(lookup_skill("active-listening")), basic_skill(lookup_skill("counselling"))
    (True, False)
    """
    return skill.general or skill.codes.get("onet", "").startswith(_BASIC_SECTIONS)


def unanchored(skills: Iterable[str], taxonomy: Taxonomy) -> frozenset[int]:
    """Return the positions of the roles no skill of the person's own practice reaches.

    Empty for a profile of more than :data:`ANCHOR_THIN` skills, or one with no skill
    of its own practice (every skill general: nothing to tell the roles apart by).

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> loose = {taxonomy.roles[i].id for i in unanchored(["counselling", "speaking"], taxonomy)}
    >>> "hr-coordinator" in loose, "therapist" in loose
    (True, False)
    >>> unanchored(["speaking", "active-listening"], taxonomy)
    frozenset()
    """
    given = set(skills)
    if len(given) > ANCHOR_THIN:
        return frozenset()
    index = taxonomy.skill_index
    own = {s for s in given if s in index and not basic_skill(index[s])}
    if not own:
        return frozenset()
    return frozenset(
        i
        for i, role in enumerate(taxonomy.roles)
        if not any(r.skill in own for r in role.requirements)
    )


def loosen(key: tuple[int, bool, bool], *, loose: bool) -> tuple[int, bool, bool]:
    """Return an advice key (:func:`~careermap.scoring.advice.advice_key`) for a *loose* role.

    A role no skill of the person's own practice reaches is ordered within its group as
    a post whose postings prefer experience the person does not show: its score counts
    at :data:`~careermap.scoring.advice.PREFERRED_UNSHOWN_WEIGHT`, for the order only
    (:func:`~careermap.scoring.advice.advice_sort_key`; the two do not compound).

    Examples
    --------
    >>> loosen((0, False, False), loose=True), loosen((1, True, False), loose=False)
    ((0, False, True), (1, True, False))
    """
    tier, avoided, unshown = key
    return tier, avoided, unshown or loose


def loose_readiness(readiness: Readiness, skills: Iterable[str], taxonomy: Taxonomy) -> Readiness:
    """Return *readiness* with a caution that the match rests on general skills alone.

    The caution names the skills of the person's own practice (those
    :func:`unanchored` reads) that the role does not ask for, and says why the role
    comes later in advice order than its score would place it.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> from careermap.results.verdict import Readiness
    >>> ready = Readiness(verdict="ready", summary="Ready now")
    >>> print(loose_readiness(ready, ["counselling", "speaking"], load_taxonomy()))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ready now. It asks for none of the skills of your own practice that were read
    (Counselling): the match rests on general skills, so it comes after posts that use
    your practice and fit nearly as well.
    """
    index = taxonomy.skill_index
    own = sorted(index[s].label for s in set(skills) if s in index and not basic_skill(index[s]))
    said = (
        f"It asks for none of the skills of your own practice that were read "
        f"({', '.join(own)}): the match rests on general skills, so it comes after posts "
        "that use your practice and fit nearly as well."
    )
    return readiness.cautioned(said)
