"""Skills learnt for work a person wants to leave: never advised to them.

A skill whose practice *is* a working condition (``Skill.conditions``: restraint
training) is set aside and never advised (:func:`careermap.scoring.set_aside.practising`).
Some skills are not the condition itself but are learnt for the posts that involve it
(``Skill.learnt_for``: crisis protocols and crisis line work for crisis work). A person
leaving crisis work who is told to learn crisis protocols is told to go back to it
(twenty-ninth round, a counsellor's review of the twentieth persona set, P14: an ADHD
nurse prescriber who will "never" work in a crisis team again was advised crisis
protocols among her first three skills). Held, such a skill still counts in the score:
only the advice changes.

Why data and not the roles: read from the roles (a skill is tied to a condition when
half the roles requiring it as essential involve it), physical health monitoring and
psychopharmacology came out tied to physical intervention, since the ward posts that ask
for them also restrain; the tie is the skill's purpose, not a co-occurrence.
"""

from __future__ import annotations

from careermap.resolve.background import Background
from careermap.scoring.set_aside import practising
from careermap.taxonomy.models import Taxonomy

__all__ = ["tied_skills"]


def tied_skills(background: Background | None, taxonomy: Taxonomy) -> frozenset[str]:
    """Return the skills learnt for a condition *background* says the person wants to leave.

    Never advised to learn (:func:`careermap.upskilling`), unless asked for by name:
    :func:`careermap.scoring.set_aside.practising`, by ``Skill.learnt_for``.

    Examples
    --------
    >>> from careermap.taxonomy.load import default_taxonomy
    >>> tied = tied_skills(Background(avoid=["crisis-work"]), default_taxonomy())
    >>> "crisis-protocols" in tied, "conflict-de-escalation" in tied
    (True, False)
    >>> tied_skills(None, default_taxonomy())
    frozenset()
    """
    return practising(background, taxonomy, "learnt_for")
