"""A person's state or province read into the credentials they write without one.

Some abbreviations name another licence by state or province ("RPN": a registered
psychiatric nurse in the western provinces, a registered practical nurse in Ontario;
"LISW": Minnesota's non-clinical independent social worker, Ohio's clinical one), and
:func:`careermap.results.issuers.as_in_state` reads them by the place written with them.
Written alone ("RPN"), they stay ambiguous and hold neither reading. A person who gives
their state or province (``Background.region``: "CA-SK", "US-MN",
:mod:`careermap.base.subdivisions`) has it read into such a text, as if written beside
it: "RPN" from Saskatchewan is "RPN (Saskatchewan)", a psychiatric nurse, and from
Ontario "RPN (Ontario)", a practical nurse (forty-second round, cred42). A text that
names a place or body of its own (a bracket, a comma, a state or a country) keeps it, and
one whose reading the region does not change is left as written.
"""

from __future__ import annotations

from careermap.base.countries import countries_in
from careermap.base.subdivisions import SUBDIVISIONS
from careermap.resolve.profile import Background
from careermap.results.issuers import as_in_state, place_countries

__all__ = ["in_region", "read_in_region"]


def read_in_region(text: str, region: str | None) -> str:
    """Return *text* with *region*'s name in brackets where that changes what it is.

    Parameters
    ----------
    text : str
        A credential as the person wrote it.
    region : str or None
        The ISO 3166-2 code of the person's state or province (``Background.region``).

    Returns
    -------
    str
        *text* itself, unless it names no place and *region* decides its reading.

    Examples
    --------
    >>> read_in_region("RPN", "CA-SK"), read_in_region("RPN", "CA-ON")
    ('RPN (Saskatchewan)', 'RPN (Ontario)')
    >>> read_in_region("LISW", "US-MN"), read_in_region("LISW", "US-OH")
    ('LISW (Minnesota)', 'LISW')
    >>> read_in_region("RPN (Texas)", "CA-SK"), read_in_region("RPN", "GB-SCT")
    ('RPN (Texas)', 'RPN')
    >>> read_in_region("LCSW", "US-MN")
    'LCSW'
    """
    name = SUBDIVISIONS.get(region or "")
    if name is None or "(" in text or "," in text:
        return text
    if place_countries(text) or countries_in(text) or as_in_state(text) != text:
        return text
    written = f"{text.strip()} ({name})"
    return written if as_in_state(written) != written else text


def in_region(background: Background) -> Background:
    """Return *background* with its region read into its credentials (see module).

    Examples
    --------
    >>> in_region(Background(country="CA-SK", credentials=["RPN", "BScPN"])).credentials
    ('RPN (Saskatchewan)', 'BScPN')
    >>> person = Background(country="CA", credentials=["RPN"])
    >>> in_region(person) is person
    True
    """
    if background.region not in SUBDIVISIONS:
        return background
    found = tuple(read_in_region(text, background.region) for text in background.credentials)
    if found == background.credentials:
        return background
    return background.model_copy(update={"credentials": found})
