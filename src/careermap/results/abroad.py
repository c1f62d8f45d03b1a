"""Posts that exist only in some countries, said in plain words.

A role may name the only countries where its post exists (``Role.countries``: a
veterans service officer's, [US]). A person whose country (``Background.country``, where
they work or want to) is elsewhere is not offered it, and the ranking says which roles
were left out so (:func:`left_out`); one who gives no country sees the role with a note
saying where the post exists (:func:`only_in`). docs/scoring.md, "Posts found only in
some countries".
"""

from __future__ import annotations

from collections.abc import Sequence

from careermap.base.text import listed

__all__ = ["left_out", "only_in", "places"]


def places(countries: Sequence[str]) -> str:
    """Name *countries* (ISO 3166-1 alpha-2 codes) in a sentence, "A, B and C".

    Examples
    --------
    >>> places(["US"]), places(["GB", "IE"])
    ('the United States', 'the United Kingdom and Ireland')
    >>> places(["AU", "NZ", "US"])
    'Australia, New Zealand and the United States'
    """
    from careermap.base.countries import country_name  # noqa: PLC0415 - a country given only (a ranking imports no country table)

    names = [country_name(code) for code in countries]
    return listed(names)


def only_in(countries: Sequence[str], country: str | None) -> str:
    """Say where a post exists, for a person who gave no country (else ``""``).

    A person who gave their country is offered the role only there, where the note
    would tell them nothing; a role found in every country (no *countries*) has none.

    Examples
    --------
    >>> only_in(["US"], None)
    'This post exists only in the United States.'
    >>> only_in(["US"], "US"), only_in([], None)
    ('', '')
    """
    if not countries or country is not None:
        return ""
    return f"This post exists only in {places(countries)}."


def left_out(roles: Sequence[tuple[str, Sequence[str]]], country: str) -> str:
    """Say which roles a ranking left out as posts not found in *country* (else ``""``).

    *roles* are (title, countries) of the roles that would have been listed.

    Examples
    --------
    >>> print(left_out([("Veterans service officer", ["US"])], "CA"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Left out: Veterans service officer, a post that exists only in the United States, not
    in Canada, the country you gave.
    >>> print(left_out([("A", ["US"]), ("B", ["GB"])], "CA"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Left out as posts that exist only elsewhere, not in Canada, the country you gave: A
    (the United States), B (the United Kingdom).
    """
    from careermap.base.countries import country_name  # noqa: PLC0415 - a country given only (a ranking imports no country table)

    if not roles:
        return ""
    here = f"not in {country_name(country)}, the country you gave"
    if len(roles) == 1:
        title, countries = roles[0]
        return f"Left out: {title}, a post that exists only in {places(countries)}, {here}."
    named = ", ".join(f"{title} ({places(countries)})" for title, countries in roles)
    return f"Left out as posts that exist only elsewhere, {here}: {named}."
