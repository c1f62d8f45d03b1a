"""A list that is what one verb assessed: "assessed swallowing and communication".

:func:`~careermap.resolve.part_match.partly_read` reads a list from the parts that name
a skill, the rest shown unread ("reasonable adjustments / Access to Work apps"). When the
unread part comes first and begins with a verb of assessing ("assessed", "screened",
"reviewed"), the parts after it are what was assessed, not work of the person's own: in
"assessed swallowing and communication after stroke" communication was assessed (speech
and language therapy), and in "assessed how patients managed cooking and self-care at
home" self-care was. The skill a later part names is then only suggested (thirty-second
round, silent32; issue 11: never a silent match): a skill's name inside a longer text is
the text's own only when the text's head is that skill.
"""

from __future__ import annotations

import re

from careermap.resolve.names import SkillCandidate
from careermap.resolve.skill_match import SkillMatch

__all__ = ["object_skills", "verb_objects"]

#: A verb of assessing or looking into first, in the past tense ("assessed", "screened",
#: "reviewed"): what follows is what was assessed. Not any "-ed" or "-ing" word, which
#: may say which kind of a thing ("graded activity and vocational rehab groups",
#: "funding bids and reports to the council": the person's own work, read as before).
_DOING = re.compile(
    r"^(?:assessed|evaluated|screened|examined|observed|measured|monitored|tested|reviewed"
    r"|explored|discussed|identified|checked|recorded|rated|scored|investigated|audited"
    r"|analy[sz]ed|appraised|surveyed)\s+\S",
    re.IGNORECASE,
)


def verb_objects(text: str, unread: tuple[str, ...]) -> bool:
    """Say whether *text* begins with an unread part that is an assessing verb and its object.

    Examples
    --------
    >>> verb_objects("assessed swallowing and communication after stroke", ("assessed swallowing",))
    True
    >>> verb_objects("reasonable adjustments / Access to Work apps", ("Access to Work apps",))
    False
    >>> verb_objects("forklift operation and CBT", ("forklift operation",))
    False
    >>> verb_objects("graded activity and vocational rehab groups", ("graded activity",))
    False
    """
    if not unread:
        return False
    head = unread[0].strip().lower()
    return text.strip().lower().startswith(head) and bool(_DOING.match(head))


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
