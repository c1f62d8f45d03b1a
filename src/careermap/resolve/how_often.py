"""How often or on which day work was done, before its name: "weekly reports to the judge".

A person writes when or how often they did the work before its name: "weekly reports to
the judge", "monthly reports to the county health team" (thirtieth persona set, read in
the thirty-ninth round), "fortnightly supervision", "Thursday walking group". The word
says when, never what: "reports to the judge" is read as *Report writing* in part, and
"weekly reports to the judge" was unread because "weekly" named nothing beside it.
:func:`without_frequency` gives the rest, which the resolver reads by name, whole or in
part, and the match is the text's.
Only by name: a text that names nothing without its frequency stays for the resolver's
other readings, by meaning among them, as it was.
"""

from __future__ import annotations

import re

__all__ = ["without_frequency"]

#: A frequency or a day of the week first ("weekly", "twice-weekly", "every Thursday",
#: "Thursday"), then the name.
_OFTEN = re.compile(
    r"^(?:(?:twice|once)[- ]|bi-?|six-)?(?:daily|nightly|weekly|fortnightly|monthly|quarterly"
    r"|annual|yearly)\s+(?P<rest>\S.*)$"
    r"|^(?:every\s+|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    r"\s+(?P<day>\S.*)$",
    re.IGNORECASE,
)


def without_frequency(text: str) -> str | None:
    """Return *text* without the frequency or day it opens with, or ``None`` without one.

    The resolver reads what is left by name, whole or in part, never by meaning
    (:func:`careermap.resolve.readings.in_part`), and the match is *text*'s.

    Examples
    --------
    >>> without_frequency("weekly reports to the judge")
    'reports to the judge'
    >>> without_frequency("Thursday walking group"), without_frequency("twice-weekly groups")
    ('walking group', 'groups')
    >>> print(without_frequency("reports to the judge"))
    None
    """
    hit = _OFTEN.match(text.strip())
    if hit is None:
        return None
    return hit.group("rest") or hit.group("day")
