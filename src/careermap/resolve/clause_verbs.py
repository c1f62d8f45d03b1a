"""Skills a narrative names by what the person did: "referred people to the health centre".

The extractor reads a clause by meaning, and a static encoder reads a verb by the words
around it: "referred people to the health centre" was 0.31 from *Resource referral*,
"got them linked in with mental health and drug services" 0.53, "referred those who needed
medicine to the clinic" *Medicine and dentistry* (docs/semantic.md, "Thirty-eighth round":
resource referral was missed in five narratives of the three spent held-out sets, holdout4's
in Hinglish, "refer karti thi", and Tagalog, "nag-refer sa mga shelter"). Here a clause
whose verb is one of :data:`VERB_SKILLS` names that skill: referring or signposting people
("referred", "refer", "signposted"), or linking them with or to something ("linking them
to GPs", "got them linked in with services"). Not the noun ("after referrals", "made
safeguarding referrals": the sets do not count them), nor a referral the person received
("was referred", "referred by their GP", "referred to me", "self-referred").

It imports nothing of careermap's at run time but the taxonomy's type; it reads nothing at
import.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careermap.taxonomy.models import Taxonomy

__all__ = ["VERB_SKILLS", "verb_skills"]

_RECEIVED = r"(?<!self-)(?<!was )(?<!were )(?<!been )(?<!being )(?<!get )(?<!got )"
#: A verb of the person's own work, the skill it names and the name it is read as (an
#: alias of the skill in the bundled taxonomy).
VERB_SKILLS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            rf"{_RECEIVED}\b(?:refer|refers|referred|referring|signpost|signposts|signposted"
            r"|signposting)\b(?!\s+(?:by|to\s+(?:me|us)\b))",
            re.IGNORECASE,
        ),
        "resource-referral",
        "making referrals",
    ),
    (
        re.compile(
            r"\blink(?:s|ed|ing)?\s+(?:(?:[\w'-]+\s+){1,2}(?:in\s+)?|in\s+)(?:with|to)\b",
            re.IGNORECASE,
        ),
        "resource-referral",
        "linking to services",
    ),
)


def verb_skills(clause: str, taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """Return (skill id, name) for each skill *clause* names by a verb of :data:`VERB_SKILLS`.

    Parameters
    ----------
    clause : str
        A clause of a narrative (the extractor leaves negated ones out).
    taxonomy : Taxonomy
        A skill it does not hold is not returned.

    Returns
    -------
    list of tuple of str
        Each skill once, in the order of :data:`VERB_SKILLS`.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> verb_skills("referred people to the health centre", load_taxonomy())
    [('resource-referral', 'making referrals')]
    >>> verb_skills("I assessed families after referrals", load_taxonomy())
    []
    >>> verb_skills("clients were referred by their GP", load_taxonomy())
    []
    """
    found: dict[str, str] = {}
    for pattern, skill_id, name in VERB_SKILLS:
        if skill_id in taxonomy.skill_index and pattern.search(clause):
            found.setdefault(skill_id, name)
    return list(found.items())
