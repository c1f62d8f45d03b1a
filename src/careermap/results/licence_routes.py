"""A country's route to a post's licence: the names it takes, and the degree they meet.

A credential of the taxonomy issued in some countries (``countries``) says what employers
of another country take in its place (``in_place``: Social Work England registration for
an LCSW in the United Kingdom). Those names hold the credential for hiring in the
countries that list them, and only there (:func:`taken_in`): a general register of social
workers is the licence to practise where it is the only one (the United Kingdom,
Ireland, New Zealand), not where clinical practice has a register or a degree of its own,
so a Hong Kong or Dutch registered social worker does not hold a US clinical licence by
the words she shares with Social Work England's registrants. A name no country lists
holds the credential wherever the person works, as before; without a country, nothing
changes.

A degree a post asks for because its licence does is met by holding one of the post's
licences (:func:`careermap.results.licences.licence_degree`): the person met the
education of the route they qualified by. For a person in a country that does not issue
the licence, only that country's route meets it (:func:`licence_meets_degree`): the
licence by its own names (the person qualified by its route), or by another of its names
where ``in_place`` says what the country takes (a BACP registered member in the United
Kingdom), unless the credential says posts there ask the degree on top of that route
(``education_in``: a Canadian registered social worker holds a bachelor's, and clinical
posts ask for the MSW as well). In a country careermap knows no route for, a
registration the licence takes elsewhere meets no degree: a Hong Kong registered social
worker is asked for the master's a hospital social work post asks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from careermap.results.countries import elsewhere
from careermap.results.credentials import holds, lapsed_holding
from careermap.results.licences import licence_degree
from careermap.results.standing import is_lapsed, without_status
from careermap.taxonomy.models import Credential, CredentialKind, Education, Entry

__all__ = ["for_hiring", "licence_meets_degree", "licensed_route", "taken_in"]

_EDUCATION = list(Education)


@lru_cache(maxsize=4096)
def taken_in(credential: Credential, country: str | None) -> Credential:
    """Return *credential* as it is held for hiring in *country* (see module).

    Without the names its ``in_place`` lists for other countries only, where it is not
    issued in *country*.

    Examples
    --------
    >>> lcsw = Credential(name="LCSW", kind="licence", countries=("US",),
    ...                   accepts=("Social Work England registration", "CORU registration"),
    ...                   in_place={"GB": ("Social Work England registration",),
    ...                             "IE": ("CORU registration",)})
    >>> taken_in(lcsw, "GB").accepts, taken_in(lcsw, "HK").accepts
    (('Social Work England registration',), ())
    >>> taken_in(lcsw, "US") is lcsw, taken_in(lcsw, None) is lcsw
    (True, True)
    """
    if not elsewhere(credential, country) or not credential.in_place:
        return credential
    here = set(credential.in_place.get(country or "", ()))
    others = {name for names in credential.in_place.values() for name in names} - here
    if not others:
        return credential
    return credential.model_copy(
        update={
            "equivalents": tuple(n for n in credential.equivalents if n not in others),
            "accepts": tuple(n for n in credential.accepts if n not in others),
        }
    )


def for_hiring(entry: Entry, country: str | None) -> Entry:
    """Return *entry* with each credential as it is held for hiring in *country*.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> entry = lookup_role("clinical-social-worker").entry
    >>> for_hiring(entry, None) is entry
    True
    >>> [c.name for c in for_hiring(entry, "HK").written] == [c.name for c in entry.written]
    True
    """
    if country is None:
        return entry
    found = [taken_in(c, country) if isinstance(c, Credential) else c for c in entry.credentials]
    if all(new is old for new, old in zip(found, entry.credentials, strict=True)):
        return entry
    return entry.model_copy(update={"credentials": tuple(found)})


def _by_route(
    person: Sequence[str],
    credential: Credential,
    country: str | None,
    degree: Education,
    ambiguous: Mapping[str, tuple[str, ...]],
) -> bool:
    """Say whether the *person* holds *credential* by a route that meets *degree* (see module).

    Where it is issued (or wherever, its countries not given, or no country given): by any
    of its names. Elsewhere: by its own names, or by the names a country that ``in_place``
    lists takes (any of its names but those listed for other countries only), unless
    ``education_in`` says the route there needs less than *degree*.
    """
    if not elsewhere(credential, country) or country is None:
        return holds(person, credential, ambiguous=ambiguous)
    own = credential.model_copy(update={"equivalents": (), "accepts": ()})
    if holds(person, own, ambiguous=ambiguous):
        return True
    if country not in credential.in_place:
        return False
    route = credential.education_in.get(country)
    if route is not None and _EDUCATION.index(route) < _EDUCATION.index(degree):
        return False
    return holds(person, taken_in(credential, country), ambiguous=ambiguous)


def licence_meets_degree(
    entry: Entry,
    person: Sequence[str],
    country: str | None,
    ambiguous: Mapping[str, tuple[str, ...]],
) -> bool:
    """Say whether a licence the *person* holds meets *entry*'s degree (see module).

    The degree is the licence's (:func:`~careermap.results.licences.licence_degree`), and
    one of *entry*'s required licences is held by the route of the person's *country*.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> therapist = lookup_role("therapist").entry
    >>> licence_meets_degree(therapist, ["MBACP"], "GB", {})
    True
    >>> licence_meets_degree(therapist, ["LCSW"], "GB", {})
    True
    >>> licence_meets_degree(therapist, ["MBACP"], "HK", {})
    False
    """
    if not licence_degree(entry):
        return False
    return any(
        _by_route(person, c, country, entry.education, ambiguous)
        for c in entry.written
        if c.required and c.kind is CredentialKind.LICENCE
    )


def licensed_route(
    entry: Entry,
    person: Sequence[str],
    country: str | None,
    ambiguous: Mapping[str, tuple[str, ...]],
    *,
    held: bool,
) -> bool:
    """Say whether a licence of *entry*'s meets its degree for the *person*, lapsed or *held*.

    *held*: the person holds one of *entry*'s required licences. A lapsed one still shows
    the route its holder qualified by (:func:`licence_meets_degree`, read without its
    standing): a nurse registered by a diploma before nursing became degree entry, off
    the register for years, is told to return to practice, not to get the degree
    (thirty-sixth round, cred36).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> nurse = lookup_role("psychiatric-nurse").entry
    >>> licensed_route(nurse, ["RMN (lapsed)"], "GB", {}, held=False)
    True
    >>> licensed_route(nurse, ["MBACP"], "GB", {}, held=False)
    False
    """
    lapsed = [without_status(text) for text in person if is_lapsed(text)]
    if not held:
        licences = [c for c in entry.written if c.required and c.kind is CredentialKind.LICENCE]
        if not any(lapsed_holding(person, c, ambiguous=ambiguous) for c in licences):
            return False
    return licence_meets_degree(entry, [*person, *lapsed], country, ambiguous)
