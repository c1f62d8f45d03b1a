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
Mixed case is allowed ("MoCA", "RtAPS"), which the all-capitals abbreviations of
:mod:`careermap.results.credentials` and of the semantic index's names do not allow.
"""

from __future__ import annotations

import re

__all__ = ["is_code", "other_code"]

_CODE = re.compile(r"[A-Z][A-Za-z0-9]{0,7}(?:-[A-Za-z0-9]{1,4})?")
_LONGEST = 8
_MOST_CAPITALS = 2


def _capitals(text: str) -> int:
    return sum(char.isupper() or char.isdigit() for char in text)


def is_code(text: str) -> bool:
    """Say whether *text* is an abbreviation or an instrument code.

    Examples
    --------
    >>> [is_code(t) for t in ("K10", "PCL-5", "MoCA", "DATs", "AUDIT-C", "RtAPS")]
    [True, True, True, True, True, True]
    >>> [is_code(t) for t in ("Xello", "Kipu", "relapse signs", "assessment", "NEURODIVERSITY")]
    [False, False, False, False, False]
    """
    text = text.strip()
    if not _CODE.fullmatch(text) or len(text.split("-")[0]) > _LONGEST:
        return False
    capitals = _capitals(text)
    return capitals >= _MOST_CAPITALS and capitals > sum(char.islower() for char in text)


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
