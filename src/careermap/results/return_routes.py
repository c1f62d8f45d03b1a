"""A country's own route back to practice for a lapsed licence: its regulator and its rule.

:func:`careermap.results.licence_need.licensing_need` tells a person whose licence has
lapsed to renew it, with :data:`~careermap.results.licence_need.RETURN_TO_PRACTICE`
("after years out of practice, a return-to-practice course or supervised hours first")
where careermap does not know the country's rule. Where it does, :func:`return_route`
gives the regulator, what is renewed and the rule, so the step names them (forty-first
round, cred41; review41 P11: a New Zealand nurse eight years out was told to "renew your
'Registered Nurse, Nursing Council of New Zealand (practising certificate lapsed 2017)'
with its regulator (Registered Nurse (RN))", her own text inside the sentence, and not
the Nursing Council's competence assessment programme).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["ReturnRoute", "return_route"]


class ReturnRoute(NamedTuple):
    """A country's route back for a profession's lapsed licence (see module)."""

    regulator: str
    renewed: str
    rule: str


#: Each route: the country (ISO 3166-1 alpha-2), the licences it is for (a pattern on the
#: name of the licence a post asks), and the route, with its source.
#: New Zealand's nurses: a practising certificate is issued each year by the Nursing
#: Council under the Health Practitioners Competence Assurance Act 2003, and a nurse out
#: of practice five years or more completes a competence assessment programme before one
#: is issued again (s 27 of the Act; nursingcouncil.org.nz, "Competence assessment
#: programmes" and "Returning to practice"; the thirty-second set's writer's sources,
#: commit 1609e23f). The United Kingdom's: the NMC asks a nurse without 450 hours of
#: practice in the last three years to pass a return to practice programme or its test of
#: competence before readmission (NMC, "Revalidation" and "Return to practice"; the rule
#: the twenty-second round cited for RETURN_TO_PRACTICE). Wales's social workers
#: (forty-second round, cred42; the thirty-third set's Caernarfon social worker, off the
#: register since 2014): Social Care Wales asks a social worker not registered for three
#: years or more for a portfolio of updating, 180 hours of professional knowledge and
#: understanding after three to six years off the register, 360 after more than six, with
#: a £200 fee for its assessment (content.socialcare.wales/registration/
#: returning-to-social-work-practice), under the Regulation and Inspection of Social Care
#: (Wales) Act 2016 (s 86-87, renewal and lapse). Read by the post's register or the
#: person's, by name: the other nations' councils have rules of their own, not read here.
_ROUTES: tuple[tuple[str, re.Pattern[str], ReturnRoute], ...] = (
    (
        "NZ",
        re.compile(r"\bnurse\b", re.IGNORECASE),
        ReturnRoute(
            "the Nursing Council of New Zealand",
            "practising certificate",
            "out of practice five years or more, its competence assessment programme first "
            "(Health Practitioners Competence Assurance Act 2003, s 27)",
        ),
    ),
    (
        "GB",
        re.compile(r"\bnurse\b", re.IGNORECASE),
        ReturnRoute(
            "the NMC",
            "registration",
            "without 450 hours of practice in the last three years, a return to practice "
            "programme or the NMC's test of competence first",
        ),
    ),
    (
        "GB",
        re.compile(r"\bSocial Care Wales\b", re.IGNORECASE),
        ReturnRoute(
            "Social Care Wales",
            "registration",
            "off the register three years or more, a portfolio of updating first (180 hours "
            "of professional knowledge and understanding after three to six years, 360 after "
            "more than six)",
        ),
    ),
)


def return_route(licence: str, country: str | None) -> ReturnRoute | None:
    """Return the route back to the *licence* (a post's licence, by name) in *country*.

    Parameters
    ----------
    licence : str
        The name of the licence a post asks for ("Registered Nurse (RN)").
    country : str or None
        The ISO 3166-1 alpha-2 code of the country the person works in.

    Returns
    -------
    ReturnRoute or None
        ``None`` where careermap does not know the country's rule for it.

    Examples
    --------
    >>> route = return_route("Registered Nurse (RN)", "NZ")
    >>> route.regulator, route.renewed
    ('the Nursing Council of New Zealand', 'practising certificate')
    >>> return_route("Registered Nurse (RN)", "US"), return_route("LPC", "NZ")
    (None, None)
    >>> return_route("Social Care Wales registered social worker", "GB").regulator
    'Social Care Wales'
    >>> print(return_route("SSSC registered social worker", "GB"))
    None
    """
    if country is None:
        return None
    return next(
        (route for here, names, route in _ROUTES if here == country and names.search(licence)),
        None,
    )
