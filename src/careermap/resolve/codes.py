"""Abbreviations and instrument codes: "K10", "PCL-5", "MoCA", "AUDIT-C" (twenty-sixth round).

A practitioner names the tools of their work by their codes: screening instruments
("PHQ-9", "K10", "C-SSRS", "MoCA"), record systems ("RiO", "PCIS"), trainings
("ASIST"). A code the taxonomy knows is an alias and is read by name. One it does not
know says nothing by its letters:

* it is never a near name of **another** code: "MoCA" (the Montreal Cognitive
  Assessment) is 86 from "MCA" (the Mental Capacity Act), and two codes a letter apart
  are two different things (:func:`other_code`);
* it is never read **by meaning**: an embedding of "AUDIT-C" (the alcohol screen) is
  the word "audit", 0.67 from *Regulatory compliance*;
* beside known instruments in a list ("K10, PCL-5, AUDIT") it is one more of them, and
  does not stop the list from being read (:mod:`careermap.resolve.part_match`).

A code is one word of at most eight characters that begins with a capital and has more
capitals and digits than small letters, at least two ("K10", "CANS", "RtAPS", "DATs"),
with one hyphenated suffix ("PCL-5", "ACE-III", "PHQ-A"): how instruments are written.
A version or edition after it belongs to the code ("HCR-20 V3", "ADOS-2 v2", "WAIS-IV 4th
ed.": :func:`without_version`, twenty-eighth round): the instrument is the same one, so a
code the taxonomy knows ("HCR-20") is read in it.
Mixed case is allowed ("MoCA", "RtAPS"), which the all-capitals abbreviations of
:mod:`careermap.results.credentials` and of the semantic index's names do not allow.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from careermap.base.text import normalize

__all__ = [
    "is_code",
    "leading_code",
    "other_code",
    "plural_of_code",
    "singular_of_code",
    "without_version",
]

_LONGEST = 8
_MOST_CAPITALS = 2
#: A list's joiners: a text holding one is read as a list, not as its first code.
_LISTED = re.compile(r"[&+/;]|,(?!\S)|\b(?:and|plus|or)\b", re.IGNORECASE)


# The expressions are compiled when first used, not on import: a ranking of ids imports
# this module (through the resolver) and never reads a code (thirty-fourth round).
@functools.cache
def _code() -> re.Pattern[str]:
    return re.compile(r"[A-Z][A-Za-z0-9]{0,7}(?:-[A-Za-z0-9]{1,4})?")


@functools.cache
def _version() -> re.Pattern[str]:
    """Return the expression of a version or edition after a code ("V3", "2nd ed.")."""
    return re.compile(
        r"^(?P<code>\S+?),?\s+\(?(?:v(?:er(?:sion)?)?\.?\s*\d+(?:\.\d+)*"
        r"|\d+(?:st|nd|rd|th)\s+ed(?:ition|\.)?)\)?$",
        re.IGNORECASE,
    )


def _capitals(text: str) -> int:
    return sum(char.isupper() or char.isdigit() for char in text)


def is_code(text: str) -> bool:
    """Say whether *text* is an abbreviation or an instrument code.

    Examples
    --------
    >>> [is_code(t) for t in ("K10", "PCL-5", "MoCA", "DATs", "AUDIT-C", "RtAPS", "HCR-20 V3")]
    [True, True, True, True, True, True, True]
    >>> [is_code(t) for t in ("Xello", "Kipu", "relapse signs", "assessment", "NEURODIVERSITY")]
    [False, False, False, False, False]
    """
    text = without_version(text.strip())
    if not _code().fullmatch(text) or len(text.split("-")[0]) > _LONGEST:
        return False
    capitals = _capitals(text)
    return capitals >= _MOST_CAPITALS and capitals > sum(char.islower() for char in text)


def without_version(text: str) -> str:
    """Return a code without the version or edition after it; any other text as it is.

    Examples
    --------
    >>> without_version("HCR-20 V3"), without_version("ADOS-2 (2nd ed.)")
    ('HCR-20', 'ADOS-2')
    >>> without_version("WAIS-IV, version 4.1"), without_version("Level 3")
    ('WAIS-IV', 'Level 3')
    """
    hit = _version().match(text.strip())
    if hit is None or not is_code(hit.group("code")):
        return text
    return hit.group("code")


def leading_code(text: str) -> str | None:
    """Return the instrument code that begins a longer *text*, or ``None``.

    A code with a digit ("HCR-20", "PHQ-9", "V300") names one instrument or one
    qualification; the words after it say what the person did with it, its version or its
    approach ("HCR-20 v3 structured professional judgement": the HCR-20 is a structured
    professional judgement tool; thirty-fourth round, review34 P4, where the trailing words
    left the known code unread). A code without a digit ("ACT team", "CAMHS duty") may be
    the first word of another name, so it is not taken.

    Examples
    --------
    >>> leading_code("HCR-20 v3 structured professional judgement")
    'HCR-20'
    >>> leading_code("PHQ-9: scores tracked weekly")
    'PHQ-9'
    >>> leading_code("HCR-20") is None, leading_code("ACT team") is None
    (True, True)
    >>> leading_code("PHQ-9 & suicide screening") is None
    True
    """
    first, _, rest = text.strip().partition(" ")
    code = first.rstrip(",;:")
    if not rest.strip() or not any(char.isdigit() for char in code) or not is_code(code):
        return None
    # A list after it ("PHQ-9 & suicide screening", "PHQ-9 and vitals") names more skills:
    # the list's readings decide.
    return None if _LISTED.search(f"{first} {rest}") else code


def _key(code: str) -> str:
    """Return a code's letters and digits, without a plural "s", in one case ("DATs": "dat")."""
    bare = re.sub(r"[^A-Za-z0-9]", "", code)
    if len(bare) > _MOST_CAPITALS and bare.endswith("s") and bare[-2].isupper():
        bare = bare[:-1]
    return bare.casefold()


def other_code(text: str, name: str) -> bool:
    """Say whether *text* and *name* are two different codes ("MoCA" and "MCA").

    The same code written another way ("PHQ9", "PHQ-9"; "IEPs", "IEP") is not another.

    Examples
    --------
    >>> other_code("MoCA", "MCA"), other_code("PHQ9", "PHQ-9"), other_code("MoCA", "mindfulness")
    (True, False, False)
    """
    return is_code(text) and is_code(name) and _key(text) != _key(name)


def plural_of_code(text: str, name: str) -> str | None:
    """Return the singular of a code's plural that an all-capitals *name* only spells alike.

    "PEPs" (Personal Education Plans) is the plural of "PEP", not "PEPS" (the Practice
    Educator Professional Standards), though the two are one text in any case (thirty-second
    round, review32 P7). ``None`` when *text* is no such plural of another code.

    Examples
    --------
    >>> plural_of_code("PEPs", "PEPS"), plural_of_code("PEPS", "PEPS")
    ('PEP', None)
    >>> plural_of_code("IEPs", "IEPs") is None
    True
    """
    text = text.strip()
    # The string tests first: most texts end without an "s" or meet no all-capitals name.
    if not text.endswith("s") or not name.isupper() or not other_code(text, name):
        return None
    return text[:-1]


def singular_of_code(text: str, exact: Mapping[str, tuple[int, str, str]]) -> str:
    """Return *text* as the singular code it is the plural of, where a name spells it alike.

    *exact*: the taxonomy's names by their normalised text (``NameIndex.exact``), each
    with its rank, skill and name as written. Any other text is returned as it is.
    """
    hit = exact.get(normalize(text))
    return (plural_of_code(text, hit[2]) if hit is not None else None) or text
