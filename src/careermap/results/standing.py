"""Whether a credential a person wrote stands: provisional or lapsed.

A provisional credential (an associate, trainee or pre-licensure licence: "LPC-Associate",
"ATR-P", "LCMHC-A") leads to a licence and never holds it; a lapsed one (inactive,
expired, not renewed: "HCPC registered clinical psychologist (lapsed 2020)") was held and
is no longer current. :mod:`careermap.results.credentials` reads both from the words a
person wrote, before it matches the credential's names.
"""

from __future__ import annotations

import re

__all__ = ["PROVISIONAL_SPELLED", "PROVISIONAL_SUFFIXES", "is_lapsed", "is_provisional"]

#: What a provisional licence is called: it never counts as the licence it leads to
#: ("Qualifying" is the Ontario psychotherapists' college's provisional class, "RP
#: (Qualifying)"). Whole words only: "International" and "Internal" name no internship.
_PROVISIONAL = re.compile(
    r"\b(?:associate|provisional|qualifying|trainee|intern(?:ship)?|in training|pre-?licen\w*)\b",
    re.I,
)
#: Hyphenated suffixes that make an abbreviation a provisional credential's: ATCB's
#: Provisional Registered Art Therapist writes "ATR-P" (atcb.org, "Provisional Registered
#: Art Therapist (ATR-P)": a post-master's credential held while practising under an
#: approved supervisor, toward the ATR). Its head is not the credential it leads to.
#: ATCB writes it "ATR-Provisional" too: read as "ATR-P".
#: "-A" is the associate's (nineteenth round): North Carolina's Licensed Clinical Mental
#: Health Counselor Associate writes "LCMHC-A" (NC Board of Licensed Clinical Mental Health
#: Counselors), as Texas's LPC Associate writes "LPC-A": a supervised licence toward the
#: one its head names, never that licence.
PROVISIONAL_SUFFIXES = frozenset({"P", "A"})
_PROVISIONAL_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]{1,6}-[PA]\b")
#: What a licence no longer current is called (nineteenth round): it still certifies what
#: the person learned to practise under it, but no longer holds a post that asks for it
#: ("HCPC registered clinical psychologist (lapsed 2020)", "Licensed Psychologist (Oregon),
#: inactive status"). Reinstating it is the step, not qualifying again.
_LAPSED = re.compile(
    r"\b(?:lapsed|inactive|expired|not\s+renewed|suspended|revoked|non-?practi[cs]ing)\b",
    re.IGNORECASE,
)
#: "ATR-Provisional", spelled out: read as "ATR-P".
PROVISIONAL_SPELLED = re.compile(r"\b([A-Z][A-Z0-9]{1,6})-(?i:provisional)\b")


def is_lapsed(text: str) -> bool:
    """Say whether *text* names a credential that is no longer current (lapsed, inactive).

    Examples
    --------
    >>> is_lapsed("HCPC registered clinical psychologist (lapsed 2020)"), is_lapsed("LCSW")
    (True, False)
    >>> is_lapsed("Licensed Psychologist (Oregon), inactive status")
    True
    """
    return _LAPSED.search(text) is not None


def is_provisional(text: str) -> bool:
    """Say whether *text* names a provisional licence (associate, trainee, pre-licensure).

    Examples
    --------
    >>> is_provisional("LPC-Associate (US, supervised licence)"), is_provisional("LPC")
    (True, False)
    >>> is_provisional("LMFT intern"), is_provisional("International certified LADC")
    (True, False)
    >>> is_provisional("Registered Psychotherapist (Qualifying)"), is_provisional("ATR-P")
    (True, True)
    """
    return _PROVISIONAL.search(text) is not None or bool(_PROVISIONAL_ABBREVIATION.search(text))
