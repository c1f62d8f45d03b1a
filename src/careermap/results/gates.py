"""Gates: how many steps a ``needs`` verdict puts between a person and a post.

A post needing a degree two levels above the person's and a licence they lack is further
than one asking for a registration alone. Advice order counts them
(:func:`missing_gates`) and places a post with :data:`FAR_GATES` or more after every
other that needs a long step, those involving work the person would rather not do
included (review 29, P9: a healthcare support worker with an NVQ 3 was offered a
psychiatric nurse practitioner post, "Needs a master's degree; Registered Nurse (RN);
Advanced clinical practitioner with V300", second, above the nursing associate post
she could reach in two years; docs/scoring.md, "Two or more gates").
"""

from __future__ import annotations

from careermap.resolve.profile import Background
from careermap.results.education import education_level
from careermap.results.rungs import education_rungs
from careermap.results.verdict import Readiness

__all__ = ["FAR_GATES", "missing_gates"]

#: Gates (education levels and credentials missing) from which a post follows every other
#: post that needs a long step.
FAR_GATES = 2


def missing_gates(found: Readiness | None, background: Background) -> int:
    """Count the gates a ``needs`` verdict names: education levels, then each other need.

    A missing degree (``Readiness.missing_education``) counts the levels between the
    person's education and the post's (a post-secondary certificate and an associate
    degree are one level, as for a step down:
    :func:`careermap.results.rungs.education_rungs`); each other need
    (``Readiness.gates``: a licence, a registration, a certification with its hours,
    lived experience, a short course named beside them) counts one. Any other verdict
    counts none.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> from careermap.results.readiness import assess
    >>> hcsw = Background(education="certificate", country="GB")
    >>> nurse = lookup_role("psychiatric-nurse-practitioner").entry
    >>> missing_gates(assess(nurse, hcsw), hcsw) >= FAR_GATES
    True
    >>> associate = lookup_role("nursing-associate").entry
    >>> missing_gates(assess(associate, hcsw), hcsw)
    1
    """
    if found is None or found.verdict != "needs":
        return 0
    asked = found.missing_education
    levels = 0
    if asked is not None:
        person = education_level(background)
        levels = education_rungs(person, asked) if person is not None else 1
    return levels + len(found.gates)
