"""The nations of the United Kingdom, where a person works: ISO 3166-2 codes.

Some registers are each UK nation's own: social workers and social care workers register
with Social Work England, the Scottish Social Services Council, Social Care Wales or the
Northern Ireland Social Care Council (:mod:`careermap.results.nations`). A person's
nation is kept as its ISO 3166-2 subdivision code (``GB-ENG``, ``GB-SCT``, ``GB-WLS``,
``GB-NIR``), read from that code or the nation's name in any case.
"""

from __future__ import annotations

__all__ = ["NATIONS", "nation_named"]

#: The UK's nations by ISO 3166-2 code (ISO 3166-2:GB, the country-level subdivisions).
NATIONS = {
    "GB-ENG": "England",
    "GB-SCT": "Scotland",
    "GB-WLS": "Wales",
    "GB-NIR": "Northern Ireland",
}
_BY_NAME = {
    **{name.casefold(): code for code, name in NATIONS.items()},
    **{code.casefold(): code for code in NATIONS},
    "cymru": "GB-WLS",
    "alba": "GB-SCT",
}


def nation_named(text: str) -> str | None:
    """Return the code of the UK nation *text* names, or ``None`` if it names none.

    Examples
    --------
    >>> nation_named("Scotland"), nation_named(" northern  ireland "), nation_named("GB-wls")
    ('GB-SCT', 'GB-NIR', 'GB-WLS')
    >>> print(nation_named("United Kingdom"))
    None
    """
    return _BY_NAME.get(" ".join(text.split()).casefold())
