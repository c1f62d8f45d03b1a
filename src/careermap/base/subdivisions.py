"""Where in a country a person works: a UK nation, a US state or a Canadian province.

A person's region is kept as its ISO 3166-2 code: the United Kingdom's nations
(:mod:`careermap.base.nations`: ``GB-SCT``), the fifty US states and the District of
Columbia (``US-MN``, ``US-DC``; ISO 3166-2:US), and Canada's ten provinces and three
territories (``CA-SK``, ``CA-QC``; ISO 3166-2:CA). It is read from that code or the
region's name, in any case. The country stays the one for everything that reads a
country (``US``, ``CA``, ``GB``); the region is read only where a credential depends on
it: a UK nation's own register, "RPN" as a psychiatric nurse in the western provinces and
a practical nurse in Ontario, Minnesota's "LISW" (:mod:`careermap.results.regional`).
Puerto Rico and the other US territories have country codes of their own (``PR``) and are
given as countries; their ISO 3166-2:US codes (``US-PR``) are read as those countries
(:data:`OUTLYING_AREAS`). Australia's states and other countries' subdivisions are not read.
"""

from __future__ import annotations

import re

from careermap.base.nations import NATIONS, nation_named
from careermap.base.suggest import close_matches

__all__ = [
    "OUTLYING_AREAS",
    "REGION_FORMS",
    "SUBDIVISIONS",
    "region_code",
    "region_country",
    "region_name",
    "region_named",
    "outlying_area",
    "subdivision_code",
]

#: US states and the District of Columbia, Canadian provinces and territories, by ISO
#: 3166-2 code.
SUBDIVISIONS = {
    **{
        f"US-{code}": name
        for code, name in (
            *(("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas")),
            *(("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut")),
            *(("DE", "Delaware"), ("DC", "District of Columbia"), ("FL", "Florida")),
            *(("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois")),
            *(("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky")),
            *(("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland")),
            *(("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota")),
            *(("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana")),
            *(("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire")),
            *(("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York")),
            *(("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio")),
            *(("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania")),
            *(("RI", "Rhode Island"), ("SC", "South Carolina"), ("SD", "South Dakota")),
            *(("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont")),
            *(("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia")),
            *(("WI", "Wisconsin"), ("WY", "Wyoming")),
        )
    },
    **{
        f"CA-{code}": name
        for code, name in (
            *(("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba")),
            *(("NB", "New Brunswick"), ("NL", "Newfoundland and Labrador")),
            *(("NS", "Nova Scotia"), ("ON", "Ontario"), ("PE", "Prince Edward Island")),
            *(("QC", "Quebec"), ("SK", "Saskatchewan"), ("NT", "Northwest Territories")),
            *(("NU", "Nunavut"), ("YT", "Yukon")),
        )
    },
}
#: The US outlying areas' ISO 3166-2:US codes and the ISO 3166-1 code each also has
#: (forty-third round, cred43: "US-PR" was refused with "give 'US'", though careermap reads
#: Puerto Rico, by its own code, as a US licensing jurisdiction: base.countries.LICENSED_AS).
#: ISO 3166-2:US lists American Samoa, Guam, the Northern Mariana Islands, Puerto Rico,
#: the United States Minor Outlying Islands and the US Virgin Islands as "outlying areas",
#: each "also included in ISO 3166-1" under its own code; a person who writes "US-PR"
#: means Puerto Rico, and is read so.
OUTLYING_AREAS = {
    "US-AS": "AS",
    "US-GU": "GU",
    "US-MP": "MP",
    "US-PR": "PR",
    "US-UM": "UM",
    "US-VI": "VI",
}
_BY_NAME = {
    **{name.casefold(): code for code, name in SUBDIVISIONS.items()},
    **{code.casefold(): code for code in SUBDIVISIONS},
    "québec": "CA-QC",
    "washington, d.c.": "US-DC",
    "washington dc": "US-DC",
}
#: An ISO 3166-2 code's form: a country's alpha-2 code, a hyphen, one to three letters
#: or digits.
_CODE = re.compile(r"^([A-Za-z]{2})-[A-Za-z0-9]{1,3}$")

#: The accepted forms, in words, for messages and help.
REGION_FORMS = (
    "a UK nation (England, Scotland, Wales, Northern Ireland), a US state or a Canadian "
    "province or territory, by name or ISO 3166-2 code (GB-SCT, US-MN, CA-SK)"
)


def subdivision_code(text: str) -> str | None:
    """Return the US state's or Canadian province's code *text* is, or ``None``.

    Only the ISO 3166-2 code is read, so a country's name that is also a state's
    ("Georgia") stays the country.

    Examples
    --------
    >>> subdivision_code("US-MN"), subdivision_code("ca-sk"), subdivision_code("Minnesota")
    ('US-MN', 'CA-SK', None)
    """
    code = text.strip().upper()
    return code if code in SUBDIVISIONS else None


def outlying_area(text: str) -> str | None:
    """Return the country code of the US outlying area whose ISO 3166-2 code *text* is.

    Examples
    --------
    >>> outlying_area("US-PR"), outlying_area(" us-gu "), outlying_area("US-MN")
    ('PR', 'GU', None)
    """
    return OUTLYING_AREAS.get(text.strip().upper())


def region_named(text: str) -> str | None:
    """Return the code of the region *text* names (a nation, state or province), or ``None``.

    Examples
    --------
    >>> region_named("Minnesota"), region_named(" saskatchewan "), region_named("GB-wls")
    ('US-MN', 'CA-SK', 'GB-WLS')
    >>> print(region_named("New South Wales"))
    None
    """
    return nation_named(text) or _BY_NAME.get(" ".join(text.split()).casefold())


def region_code(text: str) -> str:
    """Return the code of the region *text* names; raise ``ValueError`` naming it if none.

    Examples
    --------
    >>> region_code("Quebec"), region_code("us-nd")
    ('CA-QC', 'US-ND')
    >>> region_code("Minesota")
    Traceback (most recent call last):
    ...
    ValueError: unknown region 'Minesota': give a UK nation (England, Scotland, Wales, \
Northern Ireland), a US state or a Canadian province or territory, by name or ISO 3166-2 \
code (GB-SCT, US-MN, CA-SK), or leave region out; did you mean: Minnesota, Maine?
    >>> region_code("US-XX")
    Traceback (most recent call last):
    ...
    ValueError: unknown region 'US-XX': no US state or Canadian province has that ISO \
3166-2 code; give one that does (US-MN, CA-SK), the state's or province's name, or leave \
region out

    A US outlying area is a country here, not a region (:data:`OUTLYING_AREAS`):

    >>> region_code("US-PR")
    Traceback (most recent call last):
    ...
    ValueError: unknown region 'US-PR': careermap reads Puerto Rico as a country of its \
own, licensing as the United States: give the country 'PR' (or 'US-PR') and leave region out
    """
    code = region_named(text)
    if code is not None:
        return code
    shown = text.strip()
    area = outlying_area(shown)
    if area is not None:
        from careermap.base.countries import (  # noqa: PLC0415 - base.countries imports this module
            LICENSED_AS,
            country_name,
        )

        licensing = ", licensing as the United States" if LICENSED_AS.get(area) == "US" else ""
        msg = (
            f"unknown region {shown!r}: careermap reads {country_name(area)} as a country of "
            f"its own{licensing}: give the country {area!r} (or {shown!r}) and leave region out"
        )
        raise ValueError(msg)
    if _CODE.match(shown) and shown[:2].upper() in {"US", "CA", "GB"}:
        msg = (
            f"unknown region {shown!r}: no US state or Canadian province has that ISO "
            "3166-2 code; give one that does (US-MN, CA-SK), the state's or province's "
            "name, or leave region out"
        )
        raise ValueError(msg)
    close = close_matches(shown, [*NATIONS.values(), *SUBDIVISIONS.values()])
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    msg = f"unknown region {shown!r}: give {REGION_FORMS}, or leave region out{hint}"
    raise ValueError(msg)


def region_country(code: str) -> str:
    """Return the ISO 3166-1 alpha-2 code of the country region *code* is in.

    Examples
    --------
    >>> region_country("US-MN"), region_country("CA-ON"), region_country("GB-SCT")
    ('US', 'CA', 'GB')
    """
    return code.split("-", 1)[0]


def region_name(code: str) -> str:
    """Return the name of region *code* ("Saskatchewan", "Scotland").

    Examples
    --------
    >>> region_name("CA-SK"), region_name("GB-WLS")
    ('Saskatchewan', 'Wales')
    """
    return NATIONS.get(code) or SUBDIVISIONS[code]
