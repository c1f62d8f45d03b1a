"""Readings of a named practice qualified by whose it is or what it is about.

Two kinds of text name a skill after a word that changes nothing, or everything
(thirty-second round, cat32):

* **a public funder or level of government before a name** (:func:`funded`): "federal
  grant reports" are grant reports (ESCO v1.2.0 "report on grants",
  skill/0b6cc8e4-b34d-4631-9061-3ba839ecc640) to a federal funder; "state", "county",
  "national" and the like say whose, not what. A name read in part keeps a word it does
  not know out (so "federal grant reports (BJA, SAMHSA)" was read as nothing); the
  qualifier is dropped and the rest read by name, whole. Only before the name of work
  that is not a practice done with people (research, management, administration,
  knowledge): "state advocacy" is advocacy at a state's scale, policy work, not an
  advocate's casework, and stays unread;
* **the risk assessment of a workplace hazard** (:func:`hazard_assessment`): "fire risk
  assessments" are the assessments a building's responsible person makes of fire
  hazards (the UK's Regulatory Reform (Fire Safety) Order 2005, article 9; ESCO v1.2.0
  "determine fire risks", skill/2e04c512-6867-49c5-ad58-0797b8fbddf2), as "COSHH" or
  "manual handling" risk assessments are health and safety law's (HSE): *Workplace risk
  assessment*, never the clinical *Risk assessment* of a person's risk to themselves or
  others that their meaning is nearest.

Both are read in :func:`careermap.resolve.misreads.misread`, the resolver's first reading
of a text no name matches whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap.resolve.skill_match import SkillMatch
    from careermap.taxonomy.models import Taxonomy

__all__ = ["funded", "hazard_assessment"]

#: Whose the work is: a level of government or a public funder, first, then the name.
_FUNDER = re.compile(
    r"^(?:federal|state|county|city|municipal|provincial|regional|national|government"
    r"|council|local\s+authority|nhs|eu|european)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)

#: A workplace hazard before "risk assessment(s)": fire (and fire safety), COSHH
#: (hazardous substances), manual handling, legionella, display screen equipment, lone
#: working, health and safety, premises or building (HSE's risk assessment guidance).
#: Thirty-third round: a place of work whose tools, plants and tasks are assessed, a
#: therapy garden, an allotment or a workshop ("garden risk assessments": the
#: Management of Health and Safety at Work Regulations 1999, reg. 3, the risks of the
#: work to employees and to others, the clients working there among them), not a
#: person's risk to themselves.
_HAZARD = re.compile(
    r"^(?:fire(?:\s+safety)?|coshh|manual\s+handling|legionella|dse|display\s+screen"
    r"(?:\s+equipment)?|lone\s+working|health\s*(?:and|&)\s*safety|h\s*&\s*s|premises"
    r"|building|site|workplace|gardens?|allotments?|workshops?)\s+risk\s+assessments?$",
    re.IGNORECASE,
)

#: How a workplace hazard's assessment is read.
_HAZARD_READ = "workplace risk assessment"

#: Methods of a match by name, whole: the rest of a qualified text must be one.
_BY_NAME = frozenset({"id", "exact", "alias"})


def funded(text: str, part: Callable[[str], SkillMatch], taxonomy: Taxonomy) -> SkillMatch | None:
    """Return *text* read without the funder or level of government before it, or ``None``.

    *part* matches a text by name only. ``None`` unless the rest names a skill by its
    id, label or an alias, whole, and that skill is not a practice done with people
    (:data:`careermap.resolve.misreads.PRACTICE`); the match is *text*'s (method
    ``'part'``) and suggests nothing else.

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> taxonomy = default_taxonomy()
    >>> part = partial(match_text, taxonomy=taxonomy, semantic=False, phrases=False)
    >>> funded("federal grant reports", part, taxonomy).skill_id
    'grant-writing'
    >>> funded("state advocacy", part, taxonomy) is None
    True
    """
    from careermap.resolve.misreads import PRACTICE  # noqa: PLC0415 - it imports this module

    hit = _FUNDER.match(text.strip())
    if hit is None:
        return None
    read = part(hit.group("rest"))
    skill = taxonomy.skill_index.get(read.skill_id or "")
    if read.method not in _BY_NAME or skill is None or skill.category in PRACTICE:
        return None
    return _as_text(text, read)


def hazard_assessment(text: str, part: Callable[[str], SkillMatch]) -> SkillMatch | None:
    """Return *text*, a workplace hazard's risk assessment, as *Workplace risk assessment*.

    ``None`` for any other text (a ligature or clinical risk assessment is not a
    workplace hazard's).

    Examples
    --------
    >>> from functools import partial
    >>> from careermap.resolve.resolver import match_text
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> part = partial(match_text, taxonomy=default_taxonomy(), semantic=False, phrases=False)
    >>> hazard_assessment("fire risk assessments", part).skill_id
    'workplace-risk-assessment'
    >>> hazard_assessment("garden risk assessments", part).skill_id
    'workplace-risk-assessment'
    >>> hazard_assessment("suicide risk assessments", part) is None
    True
    """
    if _HAZARD.match(text.strip()) is None:
        return None
    read = part(_HAZARD_READ)
    return None if read.skill_id is None else _as_text(text, read)


def _as_text(text: str, read: SkillMatch) -> SkillMatch | None:
    """Return *read* as *text*'s match by name in part, suggesting nothing else."""
    from careermap.resolve.part_match import as_whole  # noqa: PLC0415 - it imports the resolver

    found = as_whole(text, read)
    return None if found is None else found.model_copy(update={"alternatives": ()})
