"""Whether a credential a person wrote stands: provisional, lapsed or still to come.

A provisional credential (an associate, trainee or pre-licensure licence: "LPC-Associate",
"ATR-P", "LCMHC-A") leads to a licence and never holds it; a lapsed one (inactive,
expired, not renewed: "HCPC registered clinical psychologist (lapsed 2020)") was held and
is no longer current; a pending one (in progress, in assessment, an exam booked:
"Postgraduate Diploma in M&E (in progress)", "NMC CBT passed, OSCE booked") is not held
yet. :mod:`careermap.results.credentials` reads all three from the words a person wrote,
before it matches the credential's names.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "PROVISIONAL_SPELLED",
    "PROVISIONAL_SUFFIXES",
    "as_provisional_title",
    "is_lapsed",
    "is_pending",
    "is_provisional",
    "is_withdrawn",
    "without_disclaimer",
    "without_status",
]

#: What a provisional licence is called: it never counts as the licence it leads to
#: ("Qualifying" is the Ontario psychotherapists' college's provisional class, "RP
#: (Qualifying)"). Whole words only: "International" and "Internal" name no internship.
#: "Provisionally registered" and a temporary registration too (thirty-fourth round,
#: review33 P10): the HCPC has one register with no provisional part, and its COVID-19
#: Temporary Register closed on 31 March 2024, after which its registrants had to join the
#: main register to go on practising (hcpc-uk.org, "Closure of the COVID-19 Temporary
#: Register", 11 March 2024); the NMC's temporary register was of the same emergency
#: powers (Coronavirus Act 2020, s. 2 and sch. 1). Neither is the registration itself.
_PROVISIONAL = re.compile(
    r"\b(?:associate|provisional(?:ly)?|qualifying|trainee|intern(?:ship)?|in[- ]training"
    r"|temporar(?:y|ily)\s+regist\w*|temporary\s+licen[cs]e"
    r"|pre-?licen\w*)\b",
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
#: one its head names, never that licence. "-IT" is the in-training credential's
#: (twenty-fourth round): Wisconsin's Substance Abuse Counselor-in-Training writes "SAC-IT"
#: (DSPS; Wis. Admin. Code SPS 161.01), a credential to practise under supervision toward
#: the substance abuse counselor's, not Singapore's SAC registration its head spells.
PROVISIONAL_SUFFIXES = frozenset({"P", "A", "IT"})
_PROVISIONAL_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]{1,6}-(?:[PA]|IT)\b")
#: What a licence no longer current is called (nineteenth round): it still certifies what
#: the person learned to practise under it, but no longer holds a post that asks for it
#: ("HCPC registered clinical psychologist (lapsed 2020)", "Licensed Psychologist (Oregon),
#: inactive status"). Reinstating it is the step, not qualifying again.
#: "No longer registered" and "not practising" too (twenty-third round): the person held it.
_LAPSED = re.compile(
    r"\b(?:lapsed|inactive|expired|not\s+renewed|suspended|revoked|non-?practi[cs]ing"
    r"|no\s+longer\s+\w+|not\s+(?:active|current(?:ly)?|practi[cs]ing|valid))\b",
    re.IGNORECASE,
)
#: What a person says a credential is *not* (twenty-third round: "Diploma in Counselling
#: and Psychotherapy, PCI College (not IACP accredited)"): a bracket, or a last clause after
#: a comma, that begins with "not", other than a standing (lapsed, pending). Its words
#: describe what the credential is not, so they name no credential and make it no licence.
_NOT_A_STANDING = r"(?!(?:yet|renewed|active|current(?:ly)?|practi[cs]ing|valid)\b)"
_DISCLAIMER = re.compile(
    rf"\s*\(\s*not\s+{_NOT_A_STANDING}[^()]*\)|\s*[,;]\s*not\s+{_NOT_A_STANDING}[^,;()]*$",
    re.IGNORECASE,
)
#: Lapsed by a regulator's decision, not by time (twentieth round, a counsellor's review):
#: a suspended or revoked licence is not renewed but, if at all, reinstated after the
#: regulator's own process (a hearing, conditions), so it is no short step.
_WITHDRAWN = re.compile(
    r"\b(?:suspended|revoked|struck\s+off|removed\s+from\s+the\s+register)\b", re.IGNORECASE
)
#: What a credential not held yet is called (twentieth round, a counsellor's review): a
#: course in progress, a registration in assessment or applied for, an exam booked, a
#: licence pending. It holds no post and meets no degree, as a provisional licence does not.
_PENDING = re.compile(
    r"\b(?:in\s+progress|under\s+way|underway|pending|in\s+assessment|under\s+assessment"
    r"|being\s+assessed|applied\s+for|application\s+(?:submitted|made|lodged)"
    # "(application in process)", "awaiting approval" (twenty-first round); not "trained
    # in process work" (a therapy), so "in process" only at the end of its clause.
    r"|in\s+process(?:ing)?(?=\s*(?:[),;]|$))"
    r"|awaiting\s+(?:registration|licen[cs]ure|approval|results|decision)"
    r"|(?:exam|examination|OSCE|test)\s+booked|currently\s+(?:studying|enrolled|completing)"
    r"|not\s+yet\s+(?:completed?|awarded|granted|registered|licensed)"
    r"|(?:expected|due|completing|to\s+complete|finishing)\s+(?:in\s+)?(?:19|20)\d\d"
    # German (twenty-seventh round: "Anerkennung ... (Österreich), beantragt", applied for;
    # "ausständig", Austrian for outstanding; "in Bearbeitung", being processed).
    r"|beantragt|ausst(?:ä|ae)ndig|ausstehend|in\s+Bearbeitung"
    # A course's year (twenty-eighth round, review 28 P2: "FdSc Nursing Associate
    # (apprenticeship) ... - year 2 of 2", "final year"); Spanish "en curso" and "cursando"
    # ("Licenciatura en Psicología, Udelar (4.º año, en curso)"), as "in progress"; French
    # "en cours" (forty-first round, review41 P14: "DEES ..., en cours, 2e année"), not
    # "en cours d'emploi", a diploma taken while working ("DEES obtenu en cours d'emploi").
    r"|year\s+\d\s+of\s+\d|final\s+year|en\s+curso|cursando"
    r"|en\s+cours(?!\s+d['\u2019]emploi))\b",
    re.IGNORECASE,
)
#: A status and what follows it in the same clause ("inactive status", "lapsed 2020",
#: "pending"), for reading the credential's own name without it.
_STATUS = re.compile(
    rf"[\s,;:\u2013\u2014-]*(?:{_LAPSED.pattern}|{_WITHDRAWN.pattern}|{_PENDING.pattern})"
    r"(?:\s+(?:status|since|from|in|on))?(?:\s+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
#: Texts whose standing is kept: a person's few credentials are read for every post
#: (twentieth round: the pending reading cost readiness 1.07x before they were kept).
_KEPT = 4096
#: A provisional registration written out (twenty-fifth round: "Provisional registration as
#: a psychologist", the Psychology Board of Australia's words): the provisional title it is,
#: as an associate licence names it ("Provisional psychologist").
_REGISTERED_AS = re.compile(
    r"\bprovisional(?:ly)?\s+regist(?:ration|ered)\s+as\s+an?\s+", re.IGNORECASE
)
#: "ATR-Provisional", spelled out: read as "ATR-P".
PROVISIONAL_SPELLED = re.compile(r"\b([A-Z][A-Z0-9]{1,6})-(?i:provisional)\b")


@lru_cache(maxsize=_KEPT)
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


@lru_cache(maxsize=_KEPT)
def is_withdrawn(text: str) -> bool:
    """Say whether *text* names a credential its regulator suspended or revoked.

    Examples
    --------
    >>> is_withdrawn("LSW (Ohio), revoked 2019"), is_withdrawn("LSW (Ohio), lapsed 2016")
    (True, False)
    """
    return _WITHDRAWN.search(text) is not None


@lru_cache(maxsize=_KEPT)
def is_pending(text: str) -> bool:
    """Say whether *text* names a credential the person does not hold yet (in progress).

    Examples
    --------
    >>> is_pending("Postgraduate Diploma in Monitoring and Evaluation (in progress)")
    True
    >>> is_pending("NMC CBT passed, OSCE booked"), is_pending("New Mexico APRN licence pending")
    (True, True)
    >>> is_pending("FdSc Nursing Associate (apprenticeship) - year 2 of 2")
    True
    >>> is_pending("BSc Nursing (final year)"), is_pending("Licenciatura en Psicología (en curso)")
    (True, True)
    >>> is_pending("DEES (diplôme d'État d'éducateur spécialisé), en cours, 2e année")
    True
    >>> is_pending("DEES obtenu en cours d'emploi (2015)")
    False
    >>> is_pending("BACP registered (ongoing CPD)"), is_pending("MSc Psychology, 2019")
    (False, False)
    """
    return _PENDING.search(text) is not None


@lru_cache(maxsize=_KEPT)
def without_status(text: str) -> str:
    """Return *text* without what it says of the credential's standing, to read its name.

    Examples
    --------
    >>> without_status("Licensed Psychologist (Oregon), inactive status")
    'Licensed Psychologist (Oregon)'
    >>> without_status("HCPC registered clinical psychologist (lapsed 2020)")
    'HCPC registered clinical psychologist'
    >>> without_status("BC College of Social Workers registration (in assessment)")
    'BC College of Social Workers registration'
    """
    return _EMPTY_BRACKETS.sub("", _STATUS.sub("", text)).strip(" ,;:")


@lru_cache(maxsize=_KEPT)
def without_disclaimer(text: str) -> str:
    """Return *text* without what it says the credential is not (see :data:`_DISCLAIMER`).

    Examples
    --------
    >>> without_disclaimer("Diploma in Counselling, PCI College (not IACP accredited)")
    'Diploma in Counselling, PCI College'
    >>> without_disclaimer("Counselling diploma, not accredited")
    'Counselling diploma'
    >>> without_disclaimer("LCSW (not renewed)"), without_disclaimer("NMC (not yet registered)")
    ('LCSW (not renewed)', 'NMC (not yet registered)')
    >>> is_lapsed("Registered counsellor (no longer registered)"), is_lapsed("LPC (not active)")
    (True, True)
    """
    return _DISCLAIMER.sub("", text).strip()


@lru_cache(maxsize=_KEPT)
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
    >>> is_provisional("Provisionally registered with the HCPC")
    True
    >>> is_provisional("HCPC COVID-19 Temporary Register (paramedic)")
    True
    """
    return _PROVISIONAL.search(text) is not None or bool(_PROVISIONAL_ABBREVIATION.search(text))


def as_provisional_title(text: str) -> str:
    """Return *text* with a provisional registration "as a" profession named by its title.

    Examples
    --------
    >>> as_provisional_title("Provisional registration as a psychologist, Ahpra")
    'Provisional psychologist, Ahpra'
    >>> as_provisional_title("Provisionally registered as an art therapist")
    'Provisional art therapist'
    >>> as_provisional_title("LPC-Associate")
    'LPC-Associate'
    """
    return _REGISTERED_AS.sub("Provisional ", text)
