"""Education levels: what a person's background shows, for a role's degree requirement.

A person gives their highest education on a US-style scale (:class:`Education`: a
bachelor's, a master's, a doctorate). Some qualifications have no place on it: a UK
postgraduate diploma is neither a bachelor's nor a master's degree, but it is studied at
the master's level. :func:`education_level` reads the scale and the person's written
credentials together, so that readiness checks a role's degree requirement against the
level of what the person holds (docs/scoring.md, readiness).
"""

from __future__ import annotations

import re

from careermap.resolve.profile import Background
from careermap.results.standing import is_pending
from careermap.taxonomy.models import Education

__all__ = ["DEGREE_NAMES", "DIPLOMA_NOTE", "education_level"]

_LEVELS = list(Education)

#: Each education level as a post or a person holds it, in plain words.
DEGREE_NAMES = {
    Education.SECONDARY: "a secondary school diploma",
    Education.CERTIFICATE: "a post-secondary certificate",
    Education.ASSOCIATE: "an associate degree",
    Education.BACHELOR: "a bachelor's degree",
    Education.MASTER: "a master's degree",
    Education.DOCTORATE: "a doctorate",
}

#: A UK postgraduate diploma as people write it ("PGDip CBT", "PG Dip", "Postgraduate
#: Diploma in ..."): 120 credits at FHEQ/RQF level 7, the level of a master's degree. Not a
#: postgraduate certificate (60 credits: a third of a master's) nor a "Graduate Diploma"
#: (level 6, a bachelor's level).
_POSTGRADUATE_DIPLOMA = re.compile(r"\b(?:PG\s?Dip|post-?\s?graduate\s+diploma)\b", re.I)

#: Said when a postgraduate diploma is what meets a role's master's requirement.
DIPLOMA_NOTE = (
    "Your postgraduate diploma is read as master's level (UK level 7), as UK employers "
    "read it; a US employer may ask for the master's degree itself"
)


def education_level(background: Background) -> Education | None:
    """Return the education a role's degree requirement is checked against.

    The education the person gave, raised to a master's where their credentials name a
    UK postgraduate diploma: the diploma and the master's degree are both level 7 of the
    English qualifications frameworks (FHEQ; RQF level 7 lists the postgraduate
    certificate and diploma with the master's), and UK posts that ask for a master's
    take it (the NHS Talking Therapies high intensity training is one); not one in
    progress (:func:`~careermap.results.standing.is_pending`). Nothing is assumed for a
    person who gave no education.

    Examples
    --------
    >>> cbt = Background(education="bachelor", credentials=["PGDip CBT (IAPT High Intensity)"])
    >>> education_level(cbt)
    <Education.MASTER: 'master'>
    >>> education_level(Background(education="bachelor", credentials=["PG Cert PWP"]))
    <Education.BACHELOR: 'bachelor'>
    >>> education_level(Background(education="bachelor", credentials=["PGDip M&E (in progress)"]))
    <Education.BACHELOR: 'bachelor'>
    """
    given = background.education
    if given is None or _LEVELS.index(given) >= _LEVELS.index(Education.MASTER):
        return given
    diplomas = (held for held in background.credentials if not is_pending(held))
    if any(_POSTGRADUATE_DIPLOMA.search(held) for held in diplomas):
        return Education.MASTER
    return given
