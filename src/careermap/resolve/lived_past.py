"""Lived experience drawn on in the past tense: "drew on my own recovery from psychosis".

The lived-experience reading (:func:`careermap.resolve.parts.split_phrase`: "drawing on
my own recovery", "using my lived experience of ...", *Peer support*'s alias "lived
experience") knows the "-ing" words a CV line begins with. A CV also writes them in the
past tense ("drew on my own recovery from psychosis to support others on the ward",
"used my lived experience of homelessness"), which the semantic layer read as a near
skill (*Recovery-oriented practice*) without asking (thirty-second round, silent32).
:func:`lived_present` gives the text in the words the reading knows, read as the text,
when they state the person's own lived experience.
"""

from __future__ import annotations

import re

from careermap.resolve.parts import _lived

__all__ = ["lived_present"]

_PAST = {"drew": "drawing", "used": "using", "shared": "sharing"}
_LIVED_PAST = re.compile(
    r"^(?P<word>drew|used|shared)(?P<rest>\s+(?:on\s+)?(?:my|our)\s+(?:own\s+)?"
    r"(?:lived\s+experience|experience|[^,;:()]{0,40}\brecovery)\b.*)$",
    re.IGNORECASE,
)


def lived_present(text: str) -> str | None:
    """Return *text* with its past-tense lived-experience word as the "-ing" word, or ``None``.

    Examples
    --------
    >>> lived_present("drew on my own recovery from psychosis to support others")
    'drawing on my own recovery from psychosis to support others'
    >>> lived_present("used my lived experience of homelessness")
    'using my lived experience of homelessness'
    >>> lived_present("used SPSS"), lived_present("drew on research evidence")
    (None, None)
    >>> lived_present("used my experience of working in CAMHS") is None  # no lived experience
    True
    """
    hit = _LIVED_PAST.match(text.strip())
    if hit is None:
        return None
    present = f"{_PAST[hit.group('word').lower()]}{hit.group('rest')}"
    return present if _lived(present) else None
