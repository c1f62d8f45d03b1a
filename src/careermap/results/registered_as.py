"""A registration written out: "Registered with the SSSC as a social worker".

A regulator's register is named as its holders write their title ("SSSC registered social
worker", "HCPC registered arts therapist", "NMC registered nurse"), but a person as often
writes the registration as a sentence: "Registered with the SSSC as a social worker",
"registered with the HCPC as an arts therapist" (the HCPC's, the NMC's and the four UK
social care councils' own words: a registrant is "registered with us as a ..."). No
name's key held such a sentence, so the credential was read as none (thirty-third round).
:func:`registered_as` writes it as the title the register gives, with the body before it
("SSSC registered social worker") and in brackets after it ("Registered social worker
(SSSC)"), for every regulator careermap knows by name: its names are the credentials'.
A body written out goes in brackets only ("Registered social worker (Scottish Social
Services Council)"): titles put a body's abbreviation first, not its name, and a name's
words read beside the title's may name another register ("Social Care Wales registered
social care worker" has the words of "Social Care Wales registered social worker").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["registered_as"]

#: A body by its abbreviation, as titles are written before it ("SSSC registered ...").
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9]{1,7}")
#: "registered with (the) <body> as (a|an) <profession>", and what comes before and after:
#: "registration with" and "registered by" too, a body's "register" after its name
#: ("registered on the SSSC register as ..."), the profession up to a comma or bracket.
_WRITTEN_OUT = re.compile(
    r"^(?P<before>.*?)\bregist(?:ered|ration)\s+(?:with|by|on)\s+(?:the\s+)?"
    r"(?P<body>[^,()]+?)(?:\s+register)?\s+as\s+(?:an?\s+)?(?P<post>[^,()]+?)"
    r"(?P<after>\s*(?:[,(].*)?)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def registered_as(held: str) -> tuple[str, ...]:
    """Return a registration written out as the title the register gives, or nothing.

    Parameters
    ----------
    held : str
        A credential as the person wrote it.

    Returns
    -------
    tuple of str
        The title with the body (by its abbreviation) before it, and with the body in
        brackets after it; empty when *held* is not written so.

    Examples
    --------
    >>> registered_as("Registered with the SSSC as a social worker")
    ('SSSC registered social worker', 'Registered social worker (SSSC)')
    >>> registered_as("registered with the HCPC as an arts therapist (music), 2009")[0]
    'HCPC registered arts therapist (music), 2009'
    >>> registered_as("Registered on the NISCC register as a social worker")[1]
    'Registered social worker (NISCC)'
    >>> registered_as("Registered with Social Care Wales as a social care worker")
    ('Registered social care worker (Social Care Wales)',)
    >>> registered_as("SSSC registered social worker")
    ()
    """
    found = _WRITTEN_OUT.match(held.strip())
    if found is None:
        return ()
    before, body, post, after = found.group("before", "body", "post", "after")
    bracketed = f"{before}Registered {post} ({body}){after}"
    if not _ABBREVIATION.fullmatch(body):  # a body's name is written after the title
        return (bracketed,)
    return (f"{before}{body} registered {post}{after}", bracketed)
