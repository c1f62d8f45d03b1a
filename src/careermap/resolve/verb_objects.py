"""A list that is one doing word's objects: "assessed swallowing and communication".

:func:`~careermap.resolve.part_match.partly_read` reads a list from the parts that name
a skill, the rest shown unread ("reasonable adjustments / Access to Work apps"). When the
unread part comes first and begins with a doing word, the parts after it are that word's
objects, not work of the person's own: in "assessed swallowing and communication after
stroke" communication was assessed (speech and language therapy), and in "assessed how
patients managed cooking and self-care at home" self-care was. The skill a later part
names is then only suggested (thirty-second round, silent32; issue 11: never a silent
match): a skill's name inside a longer text is the text's own only when the text's head
is that skill.
"""

from __future__ import annotations

import re

from careermap.resolve.names import SkillCandidate
from careermap.resolve.skill_match import SkillMatch
from careermap.resolve.teaching import present

__all__ = ["object_skills", "verb_objects"]

#: A doing word first: a past tense ("assessed", "managed") or an "-ing" word
#: ("assessing"), or a common irregular past tense ("built", "ran", "led").
_DOING = re.compile(
    r"^(?:[^\W\d_]{2,}(?:ed|ing)|built|ran|led|made|took|gave|wrote|drew|held|kept|saw|set"
    r"|did|got|found|brought|taught|sought|met|put|read|understood|spoke|chose)\s+\S",
    re.IGNORECASE,
)


def verb_objects(text: str, unread: tuple[str, ...]) -> bool:
    """Say whether *text* begins with an unread part that is a doing word and its object.

    Examples
    --------
    >>> verb_objects("assessed swallowing and communication after stroke", ("assessed swallowing",))
    True
    >>> verb_objects("reasonable adjustments / Access to Work apps", ("Access to Work apps",))
    False
    >>> verb_objects("forklift operation and CBT", ("forklift operation",))
    False
    """
    if not unread:
        return False
    head = unread[0].strip().lower()
    starts = {text.strip().lower(), present(text.strip()).lower()}
    return any(start.startswith(head) for start in starts) and bool(_DOING.match(head))


def object_skills(text: str, read: SkillMatch | None) -> list[SkillCandidate]:
    """Return the skill a doing word's object names, to suggest, from *text* read partly.

    Empty unless *read* (the list read from its parts naming a skill) begins with an
    unread doing word and its object (:func:`verb_objects`).
    """
    if read is None or read.skill_id is None or not verb_objects(text, read.unread):
        return []
    label = read.label or read.skill_id
    return [
        SkillCandidate(
            skill_id=read.skill_id,
            label=label,
            matched_name=read.matched_name or label,
            similarity=read.similarity,
        )
    ]
