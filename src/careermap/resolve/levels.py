"""One skill, one level: the level a profile gives each skill it names, and the repeats.

A person often names one skill twice: "couples therapy:5" and "Gottman method:4" (a
method of it), or "CBT:4" and "cognitive behavioural therapy:3". Each text is
evidence of the skill, and the level used is the highest one given: the person
said they practise the skill at that level, and the lower one describes the same
skill through a narrower part of it. A level given wins over none (the default).
Nothing is dropped: :func:`merged_levels` lists every skill named at two or more
different levels, with each text and level, for the profile to show.
"""

from __future__ import annotations

from collections.abc import Iterable

from careermap.base.record import Frozen

__all__ = ["DEFAULT_PERSON_LEVEL", "SkillMerge", "levels_by_skill", "merged_levels"]

#: Level assumed for a skill given without one ("competent").
DEFAULT_PERSON_LEVEL = 3


class SkillMerge(Frozen):
    """One skill that several texts of a profile named at different levels.

    Attributes
    ----------
    skill_id : str
        The skill they all resolved to.
    level : int
        The level used for it: the highest given.
    texts : tuple of str
        Every text that named it, in the order given.
    levels : tuple of int or None
        The level each text gave (``None``: none given), in the same order.

    Examples
    --------
    >>> import careermap
    >>> profile = careermap.build_profile(["couples therapy:5", "Gottman method:4"])
    >>> profile.skills
    {'couples-and-family-therapy': 5}
    >>> (merge,) = profile.merged
    >>> merge.level, merge.texts, merge.levels
    (5, ('couples therapy', 'Gottman method'), (5, 4))
    """

    skill_id: str
    level: int
    texts: tuple[str, ...]
    levels: tuple[int | None, ...]


def levels_by_skill(given: Iterable[tuple[int | None, str | None]]) -> dict[str, int]:
    """``Profile.skills`` from ``(level, skill id)`` pairs: the highest level given, else 3.

    Examples
    --------
    >>> levels_by_skill([(4, "cbt"), (None, "mi"), (5, "cbt"), (None, "cbt")])
    {'cbt': 5, 'mi': 3}
    """
    levels: dict[str, int | None] = {}
    for level, skill_id in given:
        if skill_id is None:
            continue
        earlier = levels.get(skill_id)
        if skill_id not in levels or (level is not None and (earlier is None or level > earlier)):
            levels[skill_id] = level
    return {
        skill_id: DEFAULT_PERSON_LEVEL if level is None else level
        for skill_id, level in sorted(levels.items())
    }


def merged_levels(named: Iterable[tuple[str, int | None, str | None]]) -> tuple[SkillMerge, ...]:
    """Every skill that ``(text, level, skill id)`` triples name at two or more different levels.

    Repeats at one level, or once with a level and once without, are not listed: the
    level given is the only one stated. Ordered by where each skill was first named.
    """
    found: dict[str, list[tuple[str, int | None]]] = {}
    for text, level, skill_id in named:
        if skill_id is not None:
            found.setdefault(skill_id, []).append((text, level))
    merges = []
    for skill_id, given in found.items():
        stated = {level for _, level in given if level is not None}
        if len(stated) > 1:
            merges.append(
                SkillMerge(
                    skill_id=skill_id,
                    level=max(stated),
                    texts=tuple(text for text, _ in given),
                    levels=tuple(level for _, level in given),
                )
            )
    return tuple(merges)
