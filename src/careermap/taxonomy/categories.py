"""Skill categories: one grouping, one name.

A skill's ``category`` is a free grouping ('clinical', 'human-resources'), read by the
resolver and the results (the clinical category is a practice, the knowledge category
a subject) and shown beside each skill. Two names for one grouping split it silently:
three HR skills were written ``hr`` beside sixteen ``human-resources`` ones (thirty-third
round, cred33). :func:`check_categories` reports a category that is a near name of
another one the taxonomy uses (:func:`near`): the same words but for hyphens or a plural
*s*, the initials of the other's words ('hr', 'human-resources'), or a one-letter slip
('interpersonl'). The rarer name is reported, at its first skill, with the other.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from careermap.base.errors import Problem

if TYPE_CHECKING:
    from careermap.taxonomy.validate import Part

__all__ = ["check_categories", "near"]

#: How alike two names must be (Indel similarity) to be one name slipped: a letter in a
#: name of ten or more ('management' and 'case-management', 0.80, are two groupings).
_SLIP = 0.9


def _key(name: str) -> str:
    """Return *name* without hyphens, underscores or a plural *s*."""
    joined = name.replace("-", "").replace("_", "")
    return joined[:-1] if joined.endswith("s") and len(joined) > 3 else joined


def _initials(name: str) -> str:
    """Return the initials of *name*'s words, or ``""`` for a name of one word."""
    words = [word for word in name.replace("_", "-").split("-") if word]
    return "".join(word[0] for word in words) if len(words) > 1 else ""


def near(one: str, other: str) -> bool:
    """Say whether two category names are one name written two ways (see module).

    Examples
    --------
    >>> near("hr", "human-resources"), near("case-managements", "case-management")
    (True, True)
    >>> near("interpersonl", "interpersonal"), near("management", "case-management")
    (True, False)
    >>> near("skill", "skill-group"), near("clinical", "clinical")
    (False, False)
    """
    if one == other:
        return False
    if _key(one) == _key(other) or _initials(other) == one or _initials(one) == other:
        return True
    from rapidfuzz.distance import Indel  # noqa: PLC0415 - only a taxonomy's check needs it

    return Indel.normalized_similarity(one, other) >= _SLIP


def check_categories(parts: Sequence[Part], problems: list[Problem]) -> None:
    """Report each category that is a near name of a more used one (see module).

    At the first skill that uses it, naming the file, line and field, and the other name
    with the number of skills using each; on a tie, the name later in sorted order.
    """
    used = Counter(s.category for p in parts for s in p.content.skills if s.category)
    if len(used) < 2:
        return
    names = sorted(used)
    rarer: dict[str, str] = {}
    for i, one in enumerate(names):
        for other in names[i + 1 :]:
            if near(one, other):
                keep, drop = sorted((one, other), key=lambda n: (-used[n], n))
                rarer.setdefault(drop, keep)
    reported: set[str] = set()
    for part in parts:
        for index, skill in enumerate(part.content.skills):
            category = skill.category
            if category not in rarer or category in reported:
                continue
            reported.add(category)
            other = rarer[category]
            problems.append(
                part.problem(
                    ("skills", index, "category"),
                    f"category {category!r} of skill {skill.id!r} ({_skills(used[category])}) "
                    f"is a near name of the category {other!r} ({_skills(used[other])}): one "
                    f"grouping takes one name; write {other!r}, or rename it everywhere",
                )
            )


def _skills(count: int) -> str:
    return f"{count} skill" if count == 1 else f"{count} skills"
