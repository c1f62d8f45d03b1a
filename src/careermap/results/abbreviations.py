"""Credential abbreviations: those a text names, and what each spells out.

Split from :mod:`careermap.results.credentials` (thirty-third round, cred33: that module
neared the 600-line limit), which identifies a credential by an abbreviation of its name
or by its name key. Here: which capitals in a text are a credential's abbreviation
(:func:`abbreviations`: places, levels and the bodies that award several credentials
left out; a provisional suffix keeps its head from counting), which of them name the
credential a text names (:func:`naming_abbreviations`: in brackets, or standing alone as
one of the alternatives a name lists), the words an abbreviation spells out
(:func:`spelled`) and whether a shared abbreviation means the same credential in two
texts (:func:`same_abbreviation`: not when both spell it out in different words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from careermap.base.text import BRACKETED, match_key
from careermap.results.standing import PROVISIONAL_SPELLED, PROVISIONAL_SUFFIXES

__all__ = [
    "TEXTS_KEPT",
    "abbreviations",
    "naming_abbreviations",
    "same_abbreviation",
    "spelled",
]

#: Abbreviations: two to seven capitals or digits, as credentials are written (LPC, CPRS,
#: NCSP), with any hyphenated capital suffixes (LCSW-C, PMHNP-BC, SHRM-CP).
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]{1,6}(?:-[A-Z][A-Z0-9]{0,5})*\b")
#: Abbreviations that name a place, a level or a field, not a credential. The Roman
#: numerals are levels: Australia's qualifications framework names its certificates I to
#: IV ("Certificate IV in Aboriginal and/or Torres Strait Islander Primary Health Care" is
#: no "Certificate IV in Youth Work"; twenty-seventh round).
_PLACES_AND_LEVELS = frozenset(
    {"US", "UK", "USA", "NHS", "OR", "AND", "PK", "BC", "II", "III", "IV", "VI", "HR"}
    # The Dutch (and Curaçao's) levels of vocational education, middelbaar and hoger
    # beroepsonderwijs: an "MBO-2 Beveiliger" (a security guard's diploma) is no "MBO 4"
    # peer expert's (thirty-seventh round).
    | {"MBO", "HBO", "VMBO"}
)
#: Abbreviations of bodies that award several credentials, or that are also a degree
#: (AAS: the American Association of Suicidology and an Associate of Applied Science):
#: alone they say which body, not which credential.
_BODIES = frozenset(
    {"AAS", "ACRP", "ATD", "BACP", "BPS", "CIPD", "HCPC", "ICF", "NMC", "SHRM", "UKCP"}
    # Australia's and Canada's: AHPRA registers sixteen professions, AASW, AATQ and CCPA
    # have members besides their accredited or professional ones, PACFA registers provisional
    # and clinical counsellors and supervisors, PTUK and BAPT play skills practitioners too.
    | {"AASW", "AATQ", "AHPRA", "BAPT", "CCPA", "PACFA", "PTUK"}
    # South Africa's HPCSA and the Netherlands' BIG register register psychologists and a
    # dozen other professions: "HPCSA registered" or "(BIG)" alone names none of them.
    | {"HPCSA", "BIG"}
    # The Art Therapy Credentials Board awards the ATR-P, ATR, ATR-BC and ATCS; Ireland's
    # CORU registers seventeen health and social care professions, and ASHA certifies
    # audiologists (CCC-A) as well as speech-language pathologists (CCC-SLP).
    | {"ATCB", "CORU", "ASHA"}
)
_NOT_CREDENTIALS = _PLACES_AND_LEVELS | _BODIES
#: Small words left out when an abbreviation is spelled out ("Alcohol and Drug": AD).
_JOINING = frozenset({"and", "of", "in", "for", "the"})
#: What separates the alternatives a credential's name lists ("(CDMS) or CRC", "RHIT/RHIA").
_ALTERNATIVES = re.compile(r"\bor\b|[;,/]")


def abbreviations(text: str) -> frozenset[str]:
    """Return the credential abbreviations in *text* (places, levels and bodies left out).

    A provisional suffix ("ATR-P") keeps its head from counting: the abbreviation is
    the provisional credential's alone (:data:`~careermap.results.standing.PROVISIONAL_SUFFIXES`).

    Examples
    --------
    >>> sorted(abbreviations("LCSW-C (Maryland, US)"))
    ['LCSW', 'LCSW-C']
    >>> sorted(abbreviations("BPS Test User: Occupational")), sorted(abbreviations("ATR-P"))
    ([], ['ATR-P'])
    >>> sorted(abbreviations("ATR-Provisional (ATCB)"))
    ['ATR-P']
    """
    found: set[str] = set()
    for whole in _ABBREVIATION.findall(PROVISIONAL_SPELLED.sub(r"\1-P", text)):
        head, _, suffix = whole.partition("-")
        found |= {whole} if suffix in PROVISIONAL_SUFFIXES else {whole, head}
    return frozenset(found - _NOT_CREDENTIALS)


#: Texts whose abbreviations and name keys are kept (a credential's names and a person's
#: are read for every role a ranking assesses; a service sees many people's texts).
TEXTS_KEPT = 4096


@lru_cache(maxsize=TEXTS_KEPT)
def naming_abbreviations(text: str) -> frozenset[str]:
    """Return the abbreviations that name the credential *text* names (see module).

    Those in brackets and those standing alone as an alternative; one beside other
    words outside brackets qualifies them, so it is left out.

    Examples
    --------
    >>> sorted(naming_abbreviations("Certified Disability Management Specialist (CDMS) or CRC"))
    ['CDMS', 'CRC']
    >>> sorted(naming_abbreviations("MHFA instructor")), sorted(naming_abbreviations("LICSW"))
    ([], ['LICSW'])
    """
    inside = " ".join(BRACKETED.findall(text))
    alone = [
        part for part in _ALTERNATIVES.split(BRACKETED.sub(" ", text)) if len(part.split()) == 1
    ]
    return abbreviations(" ".join([inside, *alone]))


def spelled(text: str, abbreviation: str) -> str | None:
    """Return the words of *text* whose initials spell *abbreviation* (not it, nor bracketed).

    Examples
    --------
    >>> spelled("Certified Peer Specialist (CPS)", "CPS"), spelled("CPS", "CPS")
    ('certifi peer specialist', None)
    """
    head = abbreviation.split("-", 1)[0]
    words = [
        word
        for word in re.findall(r"[A-Za-z]+", BRACKETED.sub(" ", text))
        if word.casefold() not in _JOINING and word != head
    ]
    for start in range(len(words) - len(head) + 1):
        run = words[start : start + len(head)]
        if "".join(word[0] for word in run).upper() == head:
            return match_key(" ".join(run))
    return None


def same_abbreviation(held: str, names: Sequence[str], shared: frozenset[str]) -> bool:
    """Say whether an abbreviation *held* shares with *names* means the same credential."""
    for abbreviation in shared:
        mine = spelled(held, abbreviation)
        theirs = {spelled(name, abbreviation) for name in names} - {None}
        if mine is None or not theirs or mine in theirs:
            return True
    return False
