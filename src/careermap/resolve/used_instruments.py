"""An assessment and the instruments it used, after "with" or "using": "... with ADOS-2".

Psychologists write the instruments of an assessment after it ("autism assessments with
ADOS-2", "cognitive assessments using WISC-V and CBCL") as often as in a bracket
(:mod:`careermap.resolve.instruments`, thirty-third round). Read whole, such a text named
nothing by its words, and by meaning "autism assessments with ADOS-2" was
*Neurodevelopmental conditions* alone, the knowledge and not the testing (forty-third
round, review43 P9). :func:`with_instruments` writes the instruments in a bracket, to be
read as a bracket of instruments is. Only codes are instruments
(:func:`careermap.resolve.codes.is_code`): "risk assessment with families" says with whom.
"""

from __future__ import annotations

import re

from careermap.resolve.codes import is_code

__all__ = ["with_instruments"]

#: An assessing word ends the name (as :mod:`careermap.resolve.instruments` asks), then
#: "with" or "using" and the codes.
_WITH_CODES = re.compile(
    r"^(?P<name>\S.*?\b(?:assess|evaluat|exam|screen|test)\w*)\s+(?:with|using)\s+"
    r"(?:the\s+)?(?P<codes>[\w-]+(?:\s*(?:,|and|&)\s*[\w-]+)*)$",
    re.IGNORECASE,
)
_CODES = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)


def with_instruments(text: str) -> str | None:
    """Return *text* with the instruments after "with" or "using" in a bracket, or ``None``.

    Parameters
    ----------
    text : str
        A skill text as written.

    Returns
    -------
    str or None
        The assessment, then its instruments' codes in a bracket; ``None`` when *text* is
        no assessment with codes after "with" or "using".

    Examples
    --------
    >>> with_instruments("autism assessments with ADOS-2")
    'autism assessments (ADOS-2)'
    >>> with_instruments("cognitive assessments using WISC-V and CBCL")
    'cognitive assessments (WISC-V, CBCL)'
    >>> with_instruments("risk assessment with families") is None
    True
    """
    found = _WITH_CODES.match(" ".join(text.split()))
    if found is None:
        return None
    codes = [code for code in _CODES.split(found["codes"]) if code]
    if not codes or not all(is_code(code) for code in codes):
        return None
    return f"{found['name']} ({', '.join(codes)})"
