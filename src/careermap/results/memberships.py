"""Registrations held with a professional body, where a country has no statutory register.

In many countries psychotherapy and counselling are not licensed by law, and the register
employers look for is a professional body's: a national umbrella association's (the
Slovenian Umbrella Association for Psychotherapy, SKZP; the national awarding
organisations of the European Association for Psychotherapy) or the EAP's own European
Certificate of Psychotherapy (ECP), which it awards to psychotherapists of four years'
training and more with their national awarding organisation's approval and keeps on its
register (europsyche.org, "European Certificate of Psychotherapy"; thirty-first round,
review 31 P7). A person writes such a registration without a licence word: "European
Certificate of Psychotherapy (EAP)", "Psychotherapist, Slovenian Umbrella Association for
Psychotherapy (SKZP)". :func:`body_registration` reads them as registrations, so that a
post of their practice asks the person to check it with the employer
(:func:`careermap.results.licences.unknown_licences`), as any licence careermap does not
know, instead of reading nothing.

Only a practitioner's title followed by a body ("Psychotherapist, ... Association"): a
membership alone ("Member, Society for Theoretical Psychoanalysis") says nothing of a
register, and a society of a theory is no register of a practice.
"""

from __future__ import annotations

import re

__all__ = ["body_registration"]

#: The European Association for Psychotherapy's certificate, by its name or its initials.
_ECP = re.compile(
    r"\beuropean\s+certificate\s+of\s+psychotherapy\b|(?-i:\bECP\b(?=.*\bEAP\b))", re.IGNORECASE
)
#: A practitioner's title, then (after a comma or "with") a professional body.
_TITLE_BODY = re.compile(
    r"^\s*(?:registered\s+|accredited\s+)?"
    r"(?:psychotherapist|counsell?or|psychologist|(?:art|music|drama|dance)\s+therapist)s?"
    r"\s*(?:,|\bwith\b|\bof\b)\s*.*\b(?:association|federation|chamber|council|college|register)\b",
    re.IGNORECASE,
)


def body_registration(text: str) -> bool:
    """Say whether *text* is a registration with a professional body, without a licence word.

    Examples
    --------
    >>> body_registration("European Certificate of Psychotherapy (EAP)")
    True
    >>> body_registration("Psychotherapist, Slovenian Umbrella Association for Psychotherapy")
    True
    >>> body_registration("Member, Society for Theoretical Psychoanalysis (Ljubljana)")
    False
    >>> body_registration("Psychotherapy training (4 years)")
    False
    """
    return _ECP.search(text) is not None or _TITLE_BODY.search(text) is not None
