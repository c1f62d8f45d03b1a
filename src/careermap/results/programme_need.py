"""The post's degree said as the qualification its registration asks (thirty-third round).

Review33 (P12): a Blackpool healthcare support worker was told a nursing associate post
"Needs an associate degree; Registered nursing associate (NMC)". In England the route is
an NMC-approved nursing associate programme, a foundation degree, often taken as an
apprenticeship while in work (credentials.yaml ``programmes``); the US name of its level
tells her nothing of it. Where every programme a required credential lists for the
person's country gives the degree the post asks
(:func:`~careermap.results.programmes.gives_degree`), the degree is said as those
programmes, for what they lead to (:func:`~careermap.results.programmes.leads_to`).
"""

from __future__ import annotations

from careermap.base.text import listed
from careermap.results.programmes import Programme, gives_degree, leads_to
from careermap.taxonomy.models import Entry

__all__ = ["programme_need"]


def programme_need(entry: Entry, country: str | None) -> str | None:
    """Return the post's degree said as the programmes its registration asks, or ``None``.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> print(programme_need(lookup_role("nursing-associate").entry, "GB"))
    ... # doctest: +NORMALIZE_WHITESPACE
    the qualification for NMC registration as a nursing associate (FdSc Nursing Associate,
    Foundation Degree in Nursing Associate or Nursing associate apprenticeship)
    >>> programme_need(lookup_role("nursing-associate").entry, "US") is None
    True
    """
    if country is None:
        return None
    for credential in entry.written:
        names = credential.programmes.get(country, ()) if credential.required else ()
        if names and all(
            gives_degree(Programme(name, True, name), credential, entry, country) for name in names
        ):
            # "Needs the qualification for ..." (review34 P11: "Needs a qualification X asks
            # for" read as broken grammar).
            routes = listed(names, last="or")
            return f"the qualification for {leads_to(credential, country)} ({routes})"
    return None
