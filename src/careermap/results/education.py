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

__all__ = [
    "DEGREE_NAMES",
    "DIPLOMA_NOTE",
    "SCHOOL_BY_WORK",
    "education_held",
    "education_level",
    "school_by_work",
]

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


def education_held(background: Background) -> str | None:
    """Say the education :func:`education_level` reads, as the person holds it.

    A postgraduate diploma read at master's level is named as what it is, "a
    postgraduate diploma", not "a master's degree": the level is the master's, the
    qualification is not (thirty-sixth round, review36 P3: an Irish clinical nurse
    specialist with a postgraduate diploma was told she holds "a master's degree").
    ``None`` for a person who gave no education.

    Examples
    --------
    >>> education_held(Background(education="bachelor", credentials=["PGDip CBT"]))
    'a postgraduate diploma'
    >>> education_held(Background(education="master", credentials=["PGDip CBT"]))
    "a master's degree"
    >>> education_held(Background(education="bachelor")), education_held(Background())
    ("a bachelor's degree", None)
    """
    level = education_level(background)
    if level is None:
        return None
    if level is not background.education:
        return "a postgraduate diploma"
    return DEGREE_NAMES.get(level, level.value)


#: Years of work that stand in for a secondary school diploma for an adult without one:
#: national classifications take a year or more of relevant experience in place of the
#: entry qualifications of their lowest skill levels (ANZSCO skill levels 4 and 5:
#: "at least one year of relevant experience may substitute for the formal
#: qualifications"), and employers of adult support staff ask for "a diploma or
#: equivalent experience"; three years of any work, as a conservative reading (twenty-sixth
#: round, review 26 P5b).
SCHOOL_BY_WORK = 3
#: A past role that is not paid work ("Crisis Text Line volunteer").
_UNPAID = re.compile(r"\b(?:volunteer|voluntary|unpaid|placement|internship)\b", re.I)


def school_by_work(asked: Education, background: Background) -> float | None:
    """Return the years of work that meet a post's school diploma (*asked*), or ``None``.

    Only for a post asking for a secondary school diploma and a person without one
    (education ``none``) whose years of work, in their current job
    (``Background.years_experience``) and in the other work they name
    (``Background.experience``, but not volunteering), come to :data:`SCHOOL_BY_WORK` or
    more: an adult of twenty years' work is not sent back to school for a support post.

    Examples
    --------
    >>> school_by_work(Education.SECONDARY, Background(education="none", years_experience=4,
    ...     experience={"Commercial fisherman": 20}))
    24.0
    >>> print(school_by_work(Education.SECONDARY, Background(education="none",
    ...     years_experience=1, experience={"Crisis Text Line volunteer": 3})))
    None
    >>> print(school_by_work(Education.BACHELOR, Background(education="none",
    ...     years_experience=20)))
    None
    """
    if asked is not Education.SECONDARY or background.education is not Education.NONE:
        return None
    paid = [years for title, years in background.experience.items() if not _UNPAID.search(title)]
    years = float((background.years_experience or 0) + sum(paid))
    return years if years >= SCHOOL_BY_WORK else None
