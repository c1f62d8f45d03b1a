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

__all__ = ["Programme", "gives_degree", "on_programme", "programme_step"]

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


class Programme(NamedTuple):
    """A qualification a person wrote that leads to a credential, and whether it is done."""

    text: str
    pending: bool


def on_programme(
    person: Sequence[str], credential: Credential, country: str | None
) -> Programme | None:
    """Return the person's qualification that leads to *credential* in *country*, if any.

    Read by the credential's ``programmes`` for the person's country, as credentials are
    read by their names (without the words of its standing); none without a country,
    since a regulator approves programmes for its own country only.

    Examples
    --------
    >>> na = Credential(name="Registered nursing associate (NMC)", kind="registration",
    ...                 countries=("GB",), programmes={"GB": ("FdSc Nursing Associate",)})
    >>> on_programme(["FdSc Nursing Associate, University of Lincoln - year 2 of 2"], na, "GB")
    Programme(text='FdSc Nursing Associate, University of Lincoln - year 2 of 2', pending=True)
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
        if names_any(without_status(text), names):
            return Programme(text, is_pending(text))
    return None


def gives_degree(credential: Credential, entry: Entry, country: str | None) -> bool:
    """Say whether finishing a programme to *credential* gives the degree *entry* asks.

    It does where the credential is issued in *country* (its own route, not what a
    country takes in its place) and its own route's education (``education``) is at least
    the post's: the programme is that route.

    Examples
    --------
    >>> na = Credential(name="NA", kind="registration", education="associate", countries=("GB",))
    >>> entry = Entry(education="associate", job_zone=3)
    >>> gives_degree(na, entry, "GB"), gives_degree(na, entry, "US")
    (True, False)
    """
    own = credential.education
    if own is None or country is None or country not in credential.countries:
        return False
    return _LEVELS.index(own) >= _LEVELS.index(entry.education)


def programme_step(found: Programme, credential: Credential, degree: Education | None) -> str:
    """Say, in plain words, what a qualification leading to *credential* leaves to do.

    In progress: finish it, on the way to the credential (and to the *degree* the post
    asks, where it gives it). Complete: apply with it (the credential is named first: an
    Australian post's "AASW member or eligible for membership" reads as what it is).

    Examples
    --------
    >>> na = Credential(name="Registered nursing associate (NMC)", kind="registration")
    >>> print(programme_step(Programme("FdSc NA (year 2 of 2)", True), na, Education.ASSOCIATE))
    your 'FdSc NA (year 2 of 2)' finished (on the way: it gives an associate degree and \
leads to Registered nursing associate (NMC))
    >>> print(programme_step(Programme("FdSc NA", False), na, None))
    Registered nursing associate (NMC): apply with your 'FdSc NA', the qualification it \
asks for
    """
    if not found.pending:
        return f"{credential.name}: apply with your {found.text!r}, the qualification it asks for"
    gives = f"it gives {DEGREE_NAMES[degree]} and leads to" if degree else "it leads to"
    return f"your {found.text!r} finished (on the way: {gives} {credential.name})"
