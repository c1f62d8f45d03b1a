"""Name keys: the words that say which credential a text names (:func:`name_key`).

Split from :mod:`careermap.results.credentials` (twenty-sixth round, when the key learned
grade ranges, professions in brackets and registrations written by their kind), which
describes how a key is read and re-exports these names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careermap.base.text import BRACKETED, fold_marks, latin_letter, match_key

__all__ = ["LICENCE_WORDS", "REGISTRATION_WORDS", "name_key", "name_keys"]

#: Texts whose name keys are kept (a credential's names and a person's are read for every
#: role a ranking assesses).
_TEXTS_KEPT = 4096
#: Words that say what sort of credential it is, not which, and the words that join
#: alternatives in a name ("or", "e.g."): left out of a name key.
_GENERIC = re.compile(
    r"\b(certification|certified|certificate|credential(?:ed)?|state|board|approved|"
    r"accreditation|accredited|qualification|or|e\.g)\b",
    re.IGNORECASE,
)
#: The spellings of "licence" and "registration" (licensed, licensure, registered,
#: registrant): folded into one word in name keys, and what marks a licence to practise
#: among the credentials a person wrote (careermap.results.licences).
LICENCE_WORDS = r"licen[cs](?:e[ds]?|ure)"
REGISTRATION_WORDS = r"regist(?:ered|ration|rant)"
_LICENCE = re.compile(rf"\b{LICENCE_WORDS}\b", re.IGNORECASE)
_REGISTRATION = re.compile(rf"\b{REGISTRATION_WORDS}\b", re.IGNORECASE)
#: A name that asks for either ("Social work licence or registration") names both.
_EITHER = re.compile(
    r"\blicen[cs]e\s+or\s+registration\b|\bregistration\s+or\s+licen[cs]e\b", re.IGNORECASE
)


def name_key(text: str) -> str:
    """Return the words that say which credential *text* names, sorted (see module).

    Three readings of the twenty-sixth round. A grade range outside brackets ("K-12",
    "PK-12", "grades 7-12") is what a certificate covers, as it is in brackets. A
    bracket naming a profession ("Social Care Wales registration (social worker)")
    says which of a body's registers it is, so its words stay in the key
    (:data:`_PROFESSION`). A registration written by its kind alone ("General
    registration", "Registration") names its profession only in the body's name, so
    the bracket stays in the key too ("General registration (Psychology Board of
    Australia)"); *general* and *full* say which kind, not which credential.

    Examples
    --------
    >>> name_key("State school counselor certification (PK-12)")
    'counselor school'
    >>> name_key("K-12 School Counselor certification")
    'counselor school'
    >>> name_key("Licensed psychologist (US)") == name_key("Psychologist, licensed")
    True
    >>> name_key("Licensed psychologist") == name_key("Registered psychologist")
    False
    >>> name_key("Social Care Wales registration (social worker)")
    'care registr social wal work'
    >>> name_key("General registration (Psychology Board of Australia)")
    'australia psychology registr'

    A care worker is one word (thirty-fourth round, review33 P10): the UK's social care
    registers are named for social care ("Social Care Wales", the Northern Ireland Social
    Care Council), so a social care worker registered there must not read as a social
    worker registered there, whose words are the same set:

    >>> name_key("Social Care Wales registered social care worker") == name_key(
    ...     "Social Care Wales registered social worker")
    False

    Words in another script than the Latin are kept, folded (thirty-seventh round,
    review36): a name written in Japanese, Cyrillic or Arabic is read by its own words,
    never by an empty key, and a bracket after it glosses it (the English a person adds
    for the reader), so the name is the same with or without the gloss:

    >>> name_key("社会福祉士 (Certified Social Worker)"), name_key("社会福祉士")
    ('社会福祉士', '社会福祉士')
    >>> name_key("Лиценца за психолог") == name_key("лиценца за психолог")
    True
    >>> name_key("社会福祉士") == name_key("精神保健福祉士")
    False
    """
    script = _other_script(BRACKETED.sub(" ", text))
    if script:  # "社会福祉士 (Certified Social Worker)": the bracket glosses the name
        return " ".join(sorted(script | _latin_key(BRACKETED.sub(" ", text))))
    return " ".join(sorted(_latin_key(text)))


def _latin_key(text: str) -> set[str]:
    """Return :func:`name_key`'s words of *text* in the Latin script."""
    plain = _CARE_WORKER.sub(" careworker ", _GRADES.sub(" ", text))
    named = _PROFESSION_WORD.search(BRACKETED.sub(" ", plain))  # "Arts Therapist (Music ...)"
    plain = BRACKETED.sub(" " if named else _profession_kept, plain)
    plain = _LICENCE.sub(" licence ", plain)
    plain = _REGISTRATION.sub(" registration ", plain)
    plain = _GENERIC.sub(" ", _KIND.sub(" ", plain))
    key = set(match_key(plain).split())
    if key and key <= _KIND_ONLY:  # "General registration (Psychology Board of Australia)"
        whole = _GENERIC.sub(" ", _KIND.sub(" ", _REGISTRATION.sub(" registration ", text)))
        key = set(match_key(_OPEN_BRACKETS.sub(" ", whole)).split())
    return key


#: A grade range outside brackets: what a school credential covers, not its name
#: ("South Dakota K-12 School Counselor certification", "teaching licence, grades 7-12").
_GRADES = re.compile(
    r"\b(?:pre-?k|p?k)\s*[-\u2013]\s*\d{1,2}\b|\bgrades?\s+\d{1,2}\s*[-\u2013]\s*\d{1,2}\b",
    re.IGNORECASE,
)
#: "Care worker" (social care worker, care worker): one word in a key, so that a social
#: care worker on a register named for social care (Social Care Wales, NISCC) is not its
#: social worker, whose key holds the same words ("social", "care", "worker").
_CARE_WORKER = re.compile(r"\bcare[\s-]+workers?\b", re.IGNORECASE)
#: The professions a register is for, as a name or its bracket says them.
_PROFESSIONS = (
    r"(?:worker|nurse|counsell?or|psychologist|psychotherapist|therapist|teacher|midwife)"
)
_PROFESSION_WORD = re.compile(rf"\b{_PROFESSIONS}\b", re.IGNORECASE)
#: A bracket naming a profession after a name that names none: which of a body's
#: registers it is ("(social worker)", "(support worker)"), kept in the key. After a name
#: that names one ("HCPC registered Arts Therapist (Music Therapist)") it says no more.
_PROFESSION = re.compile(
    rf"\(\s*(?:[^\W\d_]+\s+){{0,3}}{_PROFESSIONS}\s*\)",
    re.IGNORECASE,
)
#: The kind of a registration, not which: "General registration" (Ahpra's boards register
#: in general, provisional, limited and non-practising kinds), "Full registration".
_KIND = re.compile(r"\b(?:general|full)\s+(?=registration\b)", re.IGNORECASE)
_KIND_ONLY = frozenset(match_key("registration licence").split())
_OPEN_BRACKETS = re.compile(r"[()]")


#: A run of letters, in any script (the words of a name written in Japanese have no spaces
#: between them: the run is the name).
_LETTERS = re.compile(r"[^\W\d_]+")


def _other_script(text: str) -> frozenset[str]:
    """Return the words of *text* written in another script than the Latin, folded."""
    if text.isascii():
        return frozenset()
    return frozenset(
        word for word in _LETTERS.findall(fold_marks(text)) if not all(map(latin_letter, word))
    )


def _profession_kept(found: re.Match[str]) -> str:
    """Keep a bracket that names a profession (its words, without the brackets)."""
    bracket = found.group()
    return f" {bracket[1:-1]} " if _PROFESSION.fullmatch(bracket) else " "


@lru_cache(maxsize=_TEXTS_KEPT)
def name_keys(text: str) -> frozenset[str]:
    """Return the name keys of *text*: one, or two for "licence or registration".

    Examples
    --------
    >>> sorted(name_keys("Social work licence or registration"))
    ['license social work', 'registr social work']
    >>> sorted(name_keys("(US)"))
    []
    """
    if not _EITHER.search(text):
        return frozenset({name_key(text)} - {""})
    kinds = ("licence", "registration")
    return frozenset({name_key(_EITHER.sub(kind, text)) for kind in kinds} - {""})
