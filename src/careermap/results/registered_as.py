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

The HCPC registers psychologists as one profession, the practitioner psychologist, in
seven domains, each a title of its own the Health Professions Order 2001 protects
(HCPC, "Protected titles": practitioner psychologist, registered psychologist, and the
clinical, counselling, educational, forensic, health, occupational, and sport and
exercise psychologist); its register shows the profession with the domain after it, and
registrants write it so: "HCPC Practitioner Psychologist (Clinical)". A name key leaves
the bracket out, so the domain was lost and the registration read as none (thirty-ninth
round, cred39; review39 P2: a St Helier consultant clinical psychologist's own posts).
:func:`practitioner_domain` writes it as the domain's registered title ("HCPC registered
clinical psychologist"), only where the text names the HCPC.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["practitioner_domain", "registered_as"]

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


#: The HCPC's domains of practitioner psychologist (see module), as written after it.
_DOMAINS = (
    r"clinical|counsell?ing|educational|forensic|health|occupational|sport(?:\s+and\s+exercise)?"
)
#: "Practitioner psychologist (clinical)", "practitioner psychologist - clinical", "...,
#: clinical psychologist": the HCPC's profession and one of its domains after it.
_PRACTITIONER = re.compile(
    rf"\bpractitioner\s+psychologist\s*(?:\(\s*(?P<bracketed>{_DOMAINS})"
    rf"(?:\s+psychologist)?\s*\)|[,:\u2013-]\s*(?P<after>{_DOMAINS})(?:\s+psychologist)?\b)",
    re.IGNORECASE,
)
_HCPC = re.compile(r"\bHCPC\b|\bHealth\s+(?:and|&)\s+Care\s+Professions\s+Council\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def practitioner_domain(held: str) -> tuple[str, ...]:
    """Return an HCPC practitioner psychologist's registration as its domain's title, or nothing.

    Parameters
    ----------
    held : str
        A credential as the person wrote it.

    Returns
    -------
    tuple of str
        "HCPC registered <domain> psychologist", with what followed the domain; empty
        when *held* names no HCPC practitioner psychologist with a domain (see module).

    Examples
    --------
    >>> practitioner_domain("HCPC Practitioner Psychologist (Clinical)")
    ('HCPC registered clinical psychologist',)
    >>> practitioner_domain("Practitioner psychologist - counselling, HCPC (2004)")
    ('HCPC registered counselling psychologist, HCPC (2004)',)
    >>> practitioner_domain("HCPC Practitioner Psychologist"), practitioner_domain(
    ...     "Practitioner Psychologist (Clinical)")
    ((), ())
    """
    found = _PRACTITIONER.search(held)
    if found is None or not _HCPC.search(held):
        return ()
    domain = " ".join((found.group("bracketed") or found.group("after")).lower().split())
    return (f"HCPC registered {domain} psychologist{held[found.end() :]}",)
