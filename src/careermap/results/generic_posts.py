"""Words that name a post in every field of work, and what makes one name a kind of work.

A job title that names no role may name a kind of work by its last word
(:func:`careermap.results.work_kind.kind_roles`): "Psychologist", "Chaplain", "Counsellor".
Some last words name no field: a *supervisor*, an *assistant*, a *worker* or an *officer*
works in any trade, and the catalogue's roles of that word (the clinical supervisors, the
teaching and research assistants, the support workers) are not what a "Casino floor
supervisor", a "Physician assistant", a "Creamery worker" or a "Patrol officer" does
(thirty-fourth round, titles34; review 33 P4: such past titles counted as years of helping
work for a step up, :func:`careermap.results.rungs.helping_years`).

Which words name a post in every field is read from O*NET 29.3 (USDOL/ETA, CC BY 4.0;
``../shared/data/onet-29.3``, "Alternate Titles.txt"): :data:`GENERIC_POSTS` are the last
words of the alternate titles of occupations in more than half of O*NET-SOC's 23 major
groups (12 or more: *specialist* and *technician* in all 23, *supervisor* and *worker* in
21 and 20, *instructor* in 14), with the British spellings *adviser* and *co-ordinator*.
Words of one field end titles in a few groups (*counselor* 11, *nurse* 5, *therapist* 5,
*psychologist* 2, *chaplain* 1) and keep naming their kind alone.

Such a word names the kind of work of the catalogue's roles ending in it only when a word
before it, in the same post, is one careermap knows (a word of a role's or a skill's name,
alias or description: :func:`careermap.results.glossed.known_words`) and no word of a
generic post itself: "Healthcare assistant", "Youth worker", "Crisis helpline worker" keep
their kind; "Dairy farm assistant", "Physician assistant", "Casino table games dealer and
floor supervisor" (its last post, "floor supervisor") and a bare "Supervisor" have none.
"""

from __future__ import annotations

import re

from careermap.base.text import match_key
from careermap.results.glossed import known_words
from careermap.taxonomy.models import Taxonomy

__all__ = ["GENERIC_POSTS", "ONET_GROUPS", "names_its_field"]

#: The last words of O*NET 29.3's alternate titles in 12 or more of its 23 major groups
#: (module docstring), with the British spellings of two.
ONET_GROUPS = (
    "specialist technician manager assistant supervisor coordinator member operator"
    " associate officer worker agent clerk tech representative engineer planner analyst"
    " consultant advisor aide director person maker professional expert man examiner"
    " helper driver attendant controller inspector instructor checker master keeper"
    " monitor handler"
)
#: :data:`ONET_GROUPS` and the British spellings, as rough stems
#: (:func:`careermap.base.text.match_key`).
GENERIC_POSTS = frozenset(match_key(f"{ONET_GROUPS} adviser co-ordinator").split())
#: What joins two posts in one title ("Casino table games dealer and floor supervisor").
_JOINED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def names_its_field(post: str, taxonomy: Taxonomy) -> bool:
    """Say whether a post ending in a word of :data:`GENERIC_POSTS` names its field.

    Parameters
    ----------
    post : str
        A title's post, without brackets or grade words ("Healthcare assistant").
    taxonomy : Taxonomy
        Whose words are known (:func:`careermap.results.glossed.known_words`).

    Returns
    -------
    bool
        True when a word before the last, in the last of posts joined by *and*, is a word
        careermap knows and not itself a generic post's.

    Examples
    --------
    >>> from careermap import load_taxonomy
    >>> taxonomy = load_taxonomy()
    >>> names_its_field("Healthcare assistant", taxonomy)
    True
    >>> names_its_field("Casino table games dealer and floor supervisor", taxonomy)
    False
    >>> names_its_field("Physician assistant", taxonomy), names_its_field("Manager", taxonomy)
    (False, False)
    """
    words = match_key(_JOINED.split(post)[-1]).split()[:-1]
    known = known_words(taxonomy)
    return any(word in known and word not in GENERIC_POSTS for word in words)
