"""Countries a person gives and credentials are issued in: ISO 3166-1 alpha-2 codes.

A country is stored as its ISO 3166-1 alpha-2 code (``GB``, ``US``, ``IN``) and is read
from that code or from a name, in any case: the ISO short name ("United Kingdom"), its
common or official name ("South Korea", "United States of America") or one of the
everyday names below ("UK", "USA", "England"). The list is ISO's, as Debian's iso-codes
ship it (:mod:`careermap.base._iso3166`): no dependency is needed to read it.
"""

from __future__ import annotations

from functools import cache

from careermap.base._iso3166 import COUNTRIES
from careermap.base.suggest import close_matches

__all__ = ["COUNTRY_FORMS", "country_code", "country_name"]

#: Everyday names that are not ISO's: the United Kingdom by its own name and its nations
#: (credentials there are registered UK-wide, or by bodies careermap names per nation),
#: and the United States by its short forms.
_EVERYDAY = {
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
}

#: Countries a sentence names with "the" (besides the United ...).
_THE = frozenset({"Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Seychelles"})

#: The accepted forms, in words, for messages and help.
COUNTRY_FORMS = (
    "an ISO 3166-1 alpha-2 code (GB, US, IE, IN) or a country's name "
    "('United Kingdom', 'UK', 'United States', 'India')"
)


@cache
def _index() -> dict[str, str]:
    """Every accepted form, folded, with its code (built when first asked)."""
    found = {code.casefold(): code for code in COUNTRIES}
    for code, names in COUNTRIES.items():
        found.update({name.casefold(): code for name in names})
    found.update(_EVERYDAY)
    return found


def country_code(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code *text* names; raise ``ValueError`` if none.

    Examples
    --------
    >>> country_code("uk"), country_code("United States"), country_code("IN")
    ('GB', 'US', 'IN')
    >>> country_code("Indai")
    Traceback (most recent call last):
    ...
    ValueError: unknown country 'Indai': give an ISO 3166-1 alpha-2 code (GB, US, IE, IN) \
or a country's name ('United Kingdom', 'UK', 'United States', 'India'); did you mean: India?
    """
    key = " ".join(text.split()).casefold()
    code = _index().get(key)
    if code is not None:
        return code
    names = [names[0] for names in COUNTRIES.values()] + ["UK", "USA"]
    close = close_matches(text.strip(), names)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    msg = f"unknown country {text!r}: give {COUNTRY_FORMS}{hint}"
    raise ValueError(msg)


def country_name(code: str) -> str:
    """Return the name of the country *code* is, as a sentence says it ("the United Kingdom").

    Examples
    --------
    >>> country_name("GB"), country_name("IN"), country_name("NL")
    ('the United Kingdom', 'India', 'the Netherlands')
    """
    name = COUNTRIES[code][0]
    return f"the {name}" if name.startswith("United ") or name in _THE else name
