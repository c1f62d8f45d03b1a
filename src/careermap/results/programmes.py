"""Qualifications that lead to a registration: a person on the way to it, or ready to apply.

Some registrations follow from one qualification: the NMC registers nursing associates
who complete an NMC-approved nursing associate programme (a foundation degree, often as
an apprenticeship), Social Work England social workers who complete an approved social
work degree. A credential lists those qualifications, by the country whose regulator
approves them, in ``programmes`` (docs/taxonomy-format.md). A person who writes one is
read, in their country, as:

* **on the way** when it is in progress ("FdSc Nursing Associate ... - year 2 of 2",
  :func:`~careermap.results.standing.is_pending`): the post still needs it, said as the
  qualification to finish, not as a degree and a registration they have not started;
* **ready to apply** when it is complete: registering is its own step (an application
  to the regulator), a short one.

Neither holds the credential or certifies what it implies: a student nurse is not a
nurse. A qualification given up ("withdrawn in year 2") or lapsed is neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from careermap.results.credentials import names_any
from careermap.results.education import DEGREE_NAMES
from careermap.results.standing import is_lapsed, is_pending, without_status
from careermap.taxonomy.models import Credential, Education, Entry

__all__ = ["Programme", "gives_degree", "leads_to", "on_programme", "programme_step"]

#: A qualification the person did not finish: withdrawn, discontinued, left, not completed
#: ("Doctorate in Clinical Psychology (withdrawn in year 2)"), or only some of its modules
#: ("MSc Advanced Clinical Practice (2 of 8 modules)").
_UNFINISHED = re.compile(
    r"\b(?:withdr[ae]wn?|discontinued|dropped\s+out|left\s+in|deferred|incomplete|unfinished"
    r"|did\s+not\s+(?:complete|finish)|not\s+(?:completed?|finished)|interrupted"
    r"|\d+\s+of\s+\d+\s+modules)\b",
    re.IGNORECASE,
)

_LEVELS = list(Education)


#: The year of a course a person is in, written without its length ("DClinPsy year 2",
#: "second year"): in progress, as "year 2 of 3" is (standing.is_pending), for a
#: programme only; read apart from its name.
_YEAR = re.compile(
    r"[\s,;:\u2013\u2014-]*\(?\b(?:year\s+\d|(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+year)\b\)?",
    re.IGNORECASE,
)


class Programme(NamedTuple):
    """A qualification a person wrote that leads to a credential, and whether it is done.

    *name* is the programme's name as the credential lists it (the one *text* names).
    """

    text: str
    pending: bool
    name: str = ""


def _clauses(text: str) -> tuple[str, ...]:
    """Return *text* without its standing, and each of its comma clauses (see below).

    A qualification is written with its institution or the person's post beside it,
    after a comma, as often as not: "Doctorate in Clinical Psychology, UCL", "Trainee
    clinical psychologist, DClinPsy year 2". A programme's name holds no comma, so each
    clause is read as a name too.
    """
    plain = _YEAR.sub("", without_status(text)).strip(" ,;:")
    parts = (part.strip() for part in plain.split(","))
    return tuple(dict.fromkeys((plain, *(part for part in parts if part))))


def on_programme(
    person: Sequence[str], credential: Credential, country: str | None
) -> Programme | None:
    """Return the person's qualification that leads to *credential* in *country*, if any.

    Read by the credential's ``programmes`` for the person's country, as credentials are
    read by their names (without the words of its standing, and clause by clause:
    :func:`_clauses`); none without a country, since a regulator approves programmes for
    its own country only.

    Examples
    --------
    >>> na = Credential(name="Registered nursing associate (NMC)", kind="registration",
    ...                 countries=("GB",), programmes={"GB": ("FdSc Nursing Associate",)},
    ...                 leads_to={"GB": "NMC registration as a nursing associate"})
    >>> on_programme(["FdSc Nursing Associate, University of Lincoln - year 2 of 2"], na, "GB")
    Programme(text='FdSc Nursing Associate, University of Lincoln - year 2 of 2', \
pending=True, name='FdSc Nursing Associate')
    >>> on_programme(["Trainee nursing associate, FdSc Nursing Associate year 1"], na, "GB")[1:]
    (True, 'FdSc Nursing Associate')
    >>> on_programme(["FdSc Nursing Associate"], na, "GB").pending
    False
    >>> print(on_programme(["FdSc Nursing Associate"], na, None))
    None
    >>> print(on_programme(["FdSc Nursing Associate (withdrawn in year 1)"], na, "GB"))
    None
    """
    names = credential.programmes.get(country or "", ())
    if not names:
        return None
    for text in person:
        if is_lapsed(text) or _UNFINISHED.search(text):
            continue
        for clause in _clauses(text):
            found = next((name for name in names if names_any(clause, (name,))), None)
            if found is not None:
                pending = is_pending(text) or _YEAR.search(text) is not None
                return Programme(text, pending, found)
    return None


def gives_degree(
    found: Programme, credential: Credential, entry: Entry, country: str | None
) -> bool:
    """Say whether finishing the programme *found* gives the degree *entry* asks.

    A programme gives the degree the credential says it does (``programme_education``:
    a DClinPsy a doctorate, a BA Social Work a bachelor's), or else, where the credential
    is issued in *country* (its own route, not what a country takes in its place), its
    own route's education (``education``); it gives the post's where that is at least
    the post's.

    Examples
    --------
    >>> na = Credential(name="NA", kind="registration", education="associate", countries=("GB",))
    >>> entry, fdsc = Entry(education="associate", job_zone=3), Programme("FdSc", True, "FdSc")
    >>> gives_degree(fdsc, na, entry, "GB"), gives_degree(fdsc, na, entry, "US")
    (True, False)
    >>> psy = Credential(name="Licensed psychologist", kind="licence",
    ...                  programmes={"GB": ("DClinPsy",)}, leads_to={"GB": "HCPC registration"},
    ...                  programme_education={"DClinPsy": "doctorate"})
    >>> gives_degree(Programme("DClinPsy (year 2 of 3)", True, "DClinPsy"), psy,
    ...              Entry(education="doctorate", job_zone=5), "GB")
    True
    """
    own = credential.programme_education.get(found.name)
    if own is None and country is not None and country in credential.countries:
        own = credential.education
    if own is None or country is None:
        return False
    return _LEVELS.index(own) >= _LEVELS.index(entry.education)


def leads_to(credential: Credential, country: str | None) -> str:
    """Say what a programme to *credential* leads to in *country* (``leads_to``), or its name.

    Examples
    --------
    >>> sw = Credential(name="Social work licence", kind="licence",
    ...                 programmes={"AU": ("Bachelor of Social Work",)},
    ...                 leads_to={"AU": "AASW membership"})
    >>> leads_to(sw, "AU"), leads_to(sw, None)
    ('AASW membership', 'Social work licence')
    """
    return credential.leads_to.get(country or "", credential.name)


def programme_step(
    found: Programme, credential: Credential, degree: Education | None, country: str | None
) -> str:
    """Say, in plain words, what a qualification leading to *credential* leaves to do.

    In progress: finish it, on the way to what it leads to in *country*
    (:func:`leads_to`), and to the *degree* the post asks, where it gives it. Complete:
    apply with it, for what it leads to.

    Examples
    --------
    >>> na = Credential(name="Registered nursing associate (NMC)", kind="registration",
    ...                 programmes={"GB": ("FdSc NA",)},
    ...                 leads_to={"GB": "NMC registration as a nursing associate"})
    >>> step = programme_step(Programme("FdSc NA (year 2 of 2)", True), na, Education.ASSOCIATE,
    ...                       "GB")
    >>> print(step)
    your 'FdSc NA (year 2 of 2)' finished (on the way: it gives an associate degree and \
leads to NMC registration as a nursing associate)
    >>> print(programme_step(Programme("FdSc NA", False), na, None, "GB"))
    NMC registration as a nursing associate: apply with your 'FdSc NA', the qualification \
it asks for
    """
    named = leads_to(credential, country)
    if not found.pending:
        asks = f"apply with your {found.text!r}, the qualification it asks for"
        return f"{named[:1].upper()}{named[1:]}: {asks}"
    gives = f"it gives {DEGREE_NAMES[degree]} and leads to" if degree else "it leads to"
    return f"your {found.text!r} finished (on the way: {gives} {named})"
