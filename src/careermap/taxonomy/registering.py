"""A credential's countries read for the places that register on another country's registers.

A place whose law makes another country's registration the qualification of its own
(:data:`careermap.base.registers.REGISTERED_AS`: Jersey, on the United Kingdom's) asks,
in place of a credential issued elsewhere, what that country asks; asks nothing where that
country asks nothing; and takes the same routes to it. :func:`with_registering` writes
those countries' entries for the place (``in_place``, ``education_in``, ``not_asked_in``,
``unregulated_in``, and the ``programmes`` and ``leads_to`` of a credential named in its
place there), so that every reader of a credential sees them, as if the taxonomy's data
had written them; a place the data names itself keeps what the data says. A credential
issued in that country is the place's own already (``licensing_country``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from careermap.base.registers import REGISTERED_AS

__all__ = ["with_registering"]

#: The fields keyed by country, and those of them read only where ``in_place`` names the
#: country (their validation asks it: a route is a route to what is asked there).
_BY_COUNTRY = ("in_place", "education_in", "unregulated_in")
_WITH_IN_PLACE = ("programmes", "leads_to")


def with_registering(data: Any) -> Any:
    """Return a credential's *data* with the places that register as a country added.

    Parameters
    ----------
    data : Any
        A credential's fields as given to its model (a mapping; anything else is
        returned as it is, for the model to reject).

    Returns
    -------
    Any
        *data*, with each place of :data:`~careermap.base.registers.REGISTERED_AS` given
        the entries of the country it registers as, unless *data* names the place.

    Examples
    --------
    >>> lpc = {"name": "LPC", "countries": ["US"], "in_place": {"GB": ["BACP registered"]},
    ...        "not_asked_in": []}
    >>> with_registering(lpc)["in_place"]  # doctest: +NORMALIZE_WHITESPACE
    {'GB': ['BACP registered'], 'FK': ['BACP registered'], 'JE': ['BACP registered'],
     'KY': ['BACP registered']}
    >>> cps = {"name": "CPS", "countries": ["US"], "not_asked_in": ["GB"]}
    >>> with_registering(cps)["not_asked_in"]
    ('GB', 'FK', 'JE', 'KY')
    >>> with_registering({"name": "RN"}) == {"name": "RN"}
    True
    """
    if not isinstance(data, Mapping):
        return data
    found = dict(data)
    for place, country in REGISTERED_AS.items():
        if _names(found, place):
            continue
        in_place = found.get("in_place") or {}
        for field in _BY_COUNTRY + (_WITH_IN_PLACE if country in in_place else ()):
            entries = found.get(field) or {}
            if country in entries:
                found[field] = {**entries, place: entries[country]}
        if country in (found.get("not_asked_in") or ()):
            found["not_asked_in"] = (*found["not_asked_in"], place)
    return found


def _names(data: Mapping[str, Any], place: str) -> bool:
    """Say whether a credential's *data* names *place* in any of its country fields."""
    fields = ("countries", "not_asked_in", *_BY_COUNTRY, *_WITH_IN_PLACE)
    return any(place in (data.get(field) or ()) for field in fields)
