"""A post the law reserves to one licence's holders in the person's country.

A role may take several licences, any one of which is enough (a clinical director: an
independent clinical licence, or in England an NMC registration). Where a country's law
reserves the post to one of them (``Credential.reserved``: in Ireland an approved
centre's clinical director is a consultant psychiatrist, Mental Health Act 2001,
s. 71(1)), a person working there needs that one: the others do not count, and the
verdict names it with its note (forty-second round, review42 P8: a social worker in
Ireland was shown the clinical director's post "Ready now").
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.taxonomy.models import Credential

__all__ = ["counted_licences"]


def counted_licences(licences: Sequence[Credential], country: str | None) -> list[Credential]:
    """Return the licences of *licences* that count for a person working in *country*.

    Those *country*'s law reserves the post to, where one is; else all of them, any one
    of which is enough, as before (and without a country).

    Examples
    --------
    >>> psychiatrist = Credential(name="Consultant psychiatrist", kind="licence",
    ...                           countries=["IE"], reserved=True)
    >>> licence = Credential(name="Independent clinical licence", kind="licence")
    >>> [c.name for c in counted_licences([licence, psychiatrist], "IE")]
    ['Consultant psychiatrist']
    >>> [c.name for c in counted_licences([licence, psychiatrist], "GB")]
    ['Independent clinical licence', 'Consultant psychiatrist']
    """
    reserved = [c for c in licences if c.reserved and country in c.countries]
    return reserved or list(licences)
