"""Credentials: whether a credential a person wrote is the one a role asks for.

A person writes their credentials as they know them ("LCSW (US)", "RN (US, BSN)",
"Registered social worker (Social Work England)"); a role's
:class:`~careermap.taxonomy.models.Credential` has a name and, in ``also``, the other
names and abbreviations of the same credential. A credential is identified by what it
*is*, never by words two credentials share:

* by an **abbreviation** of its name or of an ``also`` entry (LCSW, LPC, NCSP; read by
  :mod:`careermap.results.abbreviations`), written
  in capitals as credentials are, in brackets or standing alone as one of the
  alternatives a name lists ("... (CDMS) or CRC"); one beside other words qualifies them
  ("MHFA instructor": a first aider's course names the instructor's accreditation, it
  is not its abbreviation). A hyphenated abbreviation counts whole and by its head
  ("LCSW-C" is an LCSW, "PMHNP-BC" a PMHNP). Places and levels (US, UK, II) and the
  bodies that award several credentials (BPS, CIPD, HCPC, SHRM: a BPS chartered
  psychologist holds no BPS test user qualification) are not abbreviations of one.
  When both texts spell an abbreviation out and the spelled words differ, they are two
  credentials that share it: a "Certified Peer Specialist (CPS)" is no "Certified
  Prevention Specialist (CPS)". An abbreviation written alone that two credentials of
  the taxonomy spell out differently (CPS: peer specialist or prevention specialist,
  :func:`ambiguous_abbreviations`) holds neither: the person is asked to write it out;
* or by its **name key**: the words outside brackets (a place or body after a comma is
  read as in brackets, :func:`~careermap.results.issuers.bracketed`), as rough stems and
  in any order, without the words that say what sort of credential it is (*certified*,
  *certification*, *credential*, *state*, *board*, *approved*, *accredited*,
  *qualification*). The key must be *exactly* that of the name or of an ``also``
  entry: one name's words inside the other's are not enough ("Licensed psychologist"
  is no school psychologist, "Licensed practical nurse" no registered nurse). *Licence*
  and *registration* stay in the key, each in one spelling (licensed, license,
  licensure; registered, registrant): a US state licenses, a UK regulator registers,
  and the two are different credentials unless the role's credential names both (in
  its name or its ``also`` list).

A text naming two credentials joined as a list's parts are ("NMC registered nurse (child)
and SCPHN"; "and", "&", "+" or ";", outside brackets, each part after the first written
with a capital) holds each, read on its own, as well as what the whole names (thirty-first
round, review 31 P4).

A provisional licence (associate, provisional, trainee, intern, pre-licensure:
"LPC-Associate") never counts as the licence it leads to; a provisional suffix ("ATR-P")
keeps its head from naming the full credential, of any kind. The names a licence lists
in ``associate`` (LMHCA for an LPC) are matched the same way (:func:`holds_associate`):
they certify what the licence implies, never the licence.

A credential is issued in a country (``countries``): a text that names another country,
and none of the credential's, is not it by its own names (:func:`foreign`): a
"Registered Psychologist (PRC Philippines)" is not the Psychology Board of Australia's
registered psychologist, whose name it shares. It may still be one of the credential's
``equivalents`` or ``accepts`` (the other countries' registrations), read as before.

Equivalences that are real (LPC and LMHC, LCSW and LICSW) are data, on the credential's
``also`` list in the taxonomy's ``credentials`` section or a role file; another
credential that certifies the same practice or includes it (NMC registration or an APRN
for the RN) is on its ``equivalents`` list, and one hiring takes in its place though it
certifies a different practice (BACP registration for a school counselling post) on its
``accepts`` list; each with its source in ``docs/taxonomy-notes.md``. All three hold the
credential (:func:`holds`: a post that asks for it is open); only the first two certify
what it implies (:func:`certifies`): accepting one credential in place of another for a
post says nothing of what its holder was trained and examined in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from careermap.base.countries import countries_in, licensing_countries
from careermap.base.frozen import FrozenDict
from careermap.resolve.phrase_words import pieces
from careermap.results.abbreviations import (
    TEXTS_KEPT,
    abbreviations,
    naming_abbreviations,
    same_abbreviation,
    spelled,
)
from careermap.results.issuers import as_in_state, issued
from careermap.results.name_keys import LICENCE_WORDS, REGISTRATION_WORDS, name_key, name_keys
from careermap.results.standing import (
    as_provisional_title,
    is_lapsed,
    is_pending,
    is_provisional,
    without_disclaimer,
    without_status,
)
from careermap.taxonomy.models import Credential, CredentialDefinition, CredentialKind

__all__ = [
    "LICENCE_WORDS",
    "REGISTRATION_WORDS",
    "abbreviations",
    "ambiguous_abbreviations",
    "as_in_state",
    "certifies",
    "foreign",
    "holds",
    "holds_associate",
    "is_lapsed",
    "is_provisional",
    "lapsed_holding",
    "name_key",
    "name_keys",
    "names_any",
    "naming_abbreviations",
    "unclear",
]


def ambiguous_abbreviations(
    credentials: Iterable[Credential | CredentialDefinition],
) -> Mapping[str, tuple[str, ...]]:
    """Return each abbreviation two of *credentials* spell out differently, with their names.

    Examples
    --------
    >>> peer = Credential(name="Certified Peer Specialist (CPS)", kind="certification")
    >>> prevention = Credential(name="Certified Prevention Specialist (CPS)", kind="certification")
    >>> dict(ambiguous_abbreviations([peer, prevention]))
    {'CPS': ('Certified Peer Specialist (CPS)', 'Certified Prevention Specialist (CPS)')}
    """
    by_words_of: dict[str, dict[str, set[str]]] = {}
    for credential in credentials:
        for name in _names(credential):
            for abbreviation in naming_abbreviations(name):
                words = spelled(name, abbreviation)
                if words is not None:
                    found = by_words_of.setdefault(abbreviation, {})
                    found.setdefault(words, set()).add(credential.name)
    return FrozenDict(
        (abbreviation, tuple(sorted(set().union(*by_words.values()))))
        for abbreviation, by_words in sorted(by_words_of.items())
        if len(by_words) > 1 and len(set().union(*by_words.values())) > 1
    )


def _names(credential: Credential | CredentialDefinition) -> tuple[str, ...]:
    """Return the names that hold *credential*: its own, ``also``, ``equivalents``, ``accepts``."""
    return (*_certifying(credential), *credential.accepts)


def _certifying(credential: Credential | CredentialDefinition) -> tuple[str, ...]:
    """Return the names that certify what *credential* implies: all but ``accepts``."""
    return (credential.name, *credential.also, *credential.equivalents)


def _wanted(credential: Credential | CredentialDefinition) -> frozenset[str]:
    return _abbreviations_of(_names(credential))


def _abbreviations_of(names: Sequence[str]) -> frozenset[str]:
    return frozenset().union(*(naming_abbreviations(name) for name in names))


def unclear(
    person: Sequence[str],
    credential: Credential | CredentialDefinition,
    ambiguous: Mapping[str, tuple[str, ...]],
) -> dict[str, tuple[str, ...]]:
    """Return the *person*'s credentials that may be *credential* but name it only ambiguously.

    Each, by the text the person wrote, with the credentials it may be: an abbreviation
    written alone ("CPS") that *ambiguous* lists and *credential* has.

    Examples
    --------
    >>> prevention = Credential(name="Certified Prevention Specialist (CPS)", kind="certification")
    >>> unclear(["CPS"], prevention, {"CPS": ("Peer Specialist", "Prevention Specialist")})
    {'CPS': ('Peer Specialist', 'Prevention Specialist')}
    """
    wanted = _wanted(credential)
    found: dict[str, tuple[str, ...]] = {}
    for held in person:
        for abbreviation in sorted(abbreviations(held) & wanted):
            if abbreviation in ambiguous and spelled(held, abbreviation) is None:
                found[held] = ambiguous[abbreviation]
    return found


def holds(
    person: Sequence[str],
    credential: Credential | CredentialDefinition,
    *,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> bool:
    """Say whether any of the *person*'s credentials is *credential* (see module).

    Parameters
    ----------
    person : sequence of str
        The credentials as the person wrote them.
    credential : Credential or CredentialDefinition
        What the role asks for (or what the taxonomy's ``credentials`` section defines).
    ambiguous : mapping, optional
        Abbreviations that name more than one credential of the taxonomy
        (:func:`ambiguous_abbreviations`): one written alone holds none of them.

    Examples
    --------
    >>> lcsw = Credential(name="Licensed Clinical Social Worker (LCSW)", kind="licence")
    >>> holds(["LCSW (US)"], lcsw), holds(["LPC (US)"], lcsw)
    (True, False)
    >>> lpc = Credential(name="Licensed Professional Counselor (LPC/LMHC)", kind="licence")
    >>> holds(["LPC-Associate (US, supervised licence)"], lpc)
    False
    >>> clinical = Credential(name="Licensed clinical psychologist", kind="licence")
    >>> holds(["Licensed clinical psychologist (US)"], clinical), holds(["Psychologist"], clinical)
    (True, False)
    """
    return _held(person, _names(credential), credential, ambiguous or {}, current=True)


def lapsed_holding(
    person: Sequence[str],
    credential: Credential | CredentialDefinition,
    *,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
    standing: Callable[[str], bool] = is_lapsed,
) -> str | None:
    """Return the person's credential that would hold *credential* but is lapsed, or ``None``.

    Read without its status words; *standing* :func:`is_pending` finds one not held yet.

    Examples
    --------
    >>> lcsw = Credential(name="Licensed Clinical Social Worker (LCSW)", kind="licence")
    >>> lapsed_holding(["LCSW (expired)"], lcsw), holds(["LCSW (expired)"], lcsw)
    ('LCSW (expired)', False)
    >>> lapsed_holding(["LCSW"], lcsw) is None, lapsed_holding(["LCSW pending"], lcsw)
    (True, None)
    """
    names, unsure = _names(credential), ambiguous or {}
    bare = (t for t in person if standing(t))
    return next((t for t in bare if _held([without_status(t)], names, credential, unsure)), None)


def certifies(
    person: Sequence[str],
    credential: Credential | CredentialDefinition,
    *,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> bool:
    """Say whether the *person*'s credentials certify what *credential* implies.

    They do when one is the credential by its own name, an ``also`` name or one of its
    ``equivalents`` (the same practice elsewhere, or a credential that includes it), or
    is its associate licence (:func:`holds_associate`). A credential hiring merely
    ``accepts`` in its place holds it for a post (:func:`holds`) but certifies only
    what its own definition implies.

    Examples
    --------
    >>> school = Credential(name="School counsellor certification", kind="licence",
    ...                     implies=("school-counselling",), accepts=("MBACP",))
    >>> holds(["MBACP"], school), certifies(["MBACP"], school)
    (True, False)
    >>> rn = Credential(name="Registered Nurse (RN)", kind="licence", equivalents=("RMN",))
    >>> holds(["RMN"], rn), certifies(["RMN"], rn), certifies(["RN (US)"], rn)
    (True, True, True)
    """
    unsure = ambiguous or {}
    return _held(person, _certifying(credential), credential, unsure) or holds_associate(
        person, credential, ambiguous=unsure
    )


def foreign(held: str, credential: Credential | CredentialDefinition) -> frozenset[str]:
    """Return the countries *held* names if none is one *credential* is issued in.

    Empty when the text names no country, or one of the credential's, or the
    credential's countries are not given, or it is the credential's own name (which may
    say what another country takes in its place): then the text is read by its names as
    ever.
    A text that names only other countries is a credential of theirs, not *credential*
    by its own names (see module).

    Examples
    --------
    >>> psyba = Credential(name="Registered psychologist", kind="licence", countries=("AU",))
    >>> sorted(foreign("Registered Psychologist (PRC Philippines)", psyba))
    ['PH']
    >>> foreign("Registered psychologist (Australia)", psyba)
    frozenset()
    >>> foreign("Registered psychologist", psyba)
    frozenset()
    """
    if not credential.countries or held == credential.name:
        return frozenset()  # its own name may say where others are taken ("...; UK: BACP")
    named = countries_in(held)
    # A territory's licence is its country's (Puerto Rico's board licenses as a state's).
    if licensing_countries(named) & set(credential.countries):
        return frozenset()
    return named


#: Two alternative words joined by a slash, inside a longer name.
_SLASHED = re.compile(r"\b([^\W\d_]+)/([^\W\d_]+)\b")


@lru_cache(maxsize=4096)
def _readings(held: str) -> tuple[str, ...]:
    """Return *held*, read with its place apart (``issuers.issued``) and by its slashed names.

    Without what it says it is not (``standing.without_disclaimer``). A body's title for
    two practices written as one ("BACP Accredited Counsellor/Psychotherapist") holds each
    name it spells: its holder is an accredited counsellor and an accredited psychotherapist.

    Examples
    --------
    >>> _readings("BACP Accredited Counsellor/Psychotherapist")
    ('BACP Accredited Counsellor/Psychotherapist', 'BACP Accredited Counsellor', \
'BACP Accredited Psychotherapist')
    >>> _readings("LCSW (US)"), _readings("Diploma (not IACP accredited)")
    (('LCSW (US)', 'LCSW, US'), ('Diploma',))
    """
    held = without_disclaimer(held)
    found = _SLASHED.search(held)
    if found is None:
        return (held, *issued(held))
    before, after = held[: found.start()], held[found.end() :]
    return (held, *issued(held), *(f"{before}{word}{after}" for word in found.groups()))


def _each(person: Sequence[str]) -> list[str]:
    """Return the *person*'s credential texts, each followed by the names it joins.

    A text may name two credentials joined as a list's parts are ("NMC registered nurse
    (child) and SCPHN"; :func:`~careermap.resolve.phrase_words.pieces`, outside brackets
    and not at commas): the person holds each, read on its own, status and all ("RMN
    (lapsed) and SCPHN"). The whole text is read too: one credential's name may hold
    "and" ("Licensed Marriage and Family Therapist"). Only when every part after the
    first begins as a name does, with a capital: in lower case the words joined are a
    name's own ("certified psychiatric and mental health nurse" is no mental health nurse
    of another body).

    Examples
    --------
    >>> _each(["NMC registered nurse (child) and SCPHN", "LCSW (US)"])
    ['NMC registered nurse (child) and SCPHN', 'NMC registered nurse (child)', 'SCPHN', \
'LCSW (US)']
    """
    found: list[str] = []
    for text in person:
        parts = pieces(text, names=True)
        named = len(parts) > 1 and all(part[0].isupper() for part in parts[1:])
        found += [text, *parts] if named else [text]
    return found


def _held(
    person: Sequence[str],
    names: Sequence[str],
    credential: Credential | CredentialDefinition,
    unsure: Mapping[str, tuple[str, ...]],
    *,
    current: bool = False,
) -> bool:
    """Say whether any of the *person*'s credentials is one of *names* (never provisional).

    A provisional one ("ATR-Provisional") is none of them, unless *names* include a
    provisional name of their own (a certification's: ICF's "Associate Certified Coach",
    ATCB's "Provisional Registered Art Therapist"); for a licence, never. One that names
    only other countries than the credential's (:func:`foreign`) is none of its own names.
    With *current*, a lapsed one (:func:`is_lapsed`) is none of them either: it certifies
    what was practised under it, but holds no post; nor is a pending one (:func:`is_pending`).
    """
    licence = credential.kind is CredentialKind.LICENCE
    barred = licence or not any(is_provisional(name) for name in names)
    texts = [
        reading
        for held in _each(person)
        if not (barred and is_provisional(held))
        and not (current and (is_lapsed(held) or is_pending(held)))
        for reading in _readings(as_in_state(held))
    ]
    away = [held for held in texts if foreign(held, credential)]
    named = _naming(names, unsure)
    if any(named(held) for held in texts if held not in away):
        return True
    if not away:  # the usual case: the names of another country's texts are not built
        return False
    own = {credential.name, *credential.also}
    abroad = _naming([name for name in names if name not in own], unsure)
    return any(abroad(held) for held in away)


def holds_associate(
    person: Sequence[str],
    credential: Credential | CredentialDefinition,
    *,
    ambiguous: Mapping[str, tuple[str, ...]] | None = None,
) -> bool:
    """Say whether any of the *person*'s credentials is the associate licence of *credential*.

    An associate licence (``Credential.associate``: LPC-Associate, LMHCA) is held by
    its names as a credential is by its own (see module), provisional words and all,
    unless it is *credential* itself ("LPC" shares an abbreviation with "LPC-Associate").
    It is not *credential* (:func:`holds` says no), but it certifies what *credential*
    implies.

    Examples
    --------
    >>> lpc = Credential(name="Licensed Professional Counselor (LPC)", kind="licence",
    ...                  associate=("LPC-Associate", "LMHCA"))
    >>> holds_associate(["LMHCA (Washington)"], lpc), holds(["LMHCA (Washington)"], lpc)
    (True, False)
    >>> holds_associate(["LPC-Associate (US, supervised licence)"], lpc)
    True
    >>> holds_associate(["LPC (US)"], lpc), holds_associate(["LMHC (US)"], lpc)
    (False, False)

    Read as a credential is, with its place apart; a provisional registration written
    out is the provisional title (:func:`~careermap.results.standing.as_provisional_title`):

    >>> psy = Credential(name="Registered psychologist", kind="licence",
    ...                  associate=("Provisional psychologist",))
    >>> holds_associate(["Provisional registration as a psychologist, AHPRA"], psy)
    True
    """
    if not credential.associate:
        return False
    unsure = ambiguous or {}
    named = _naming(credential.associate, unsure)
    return any(
        named(reading)
        and not foreign(held, credential)
        and not holds([held], credential, ambiguous=unsure)
        for held in person
        for reading in _readings(as_provisional_title(held))
    )


@lru_cache(maxsize=TEXTS_KEPT)
def _names_index(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Return the abbreviations and the name keys of *names*, kept for the next post.

    Every post that asks for a credential reads the same list of its names; a ranking
    reads each about thirty times (nineteenth round: 1.10x slower readiness once
    credentials gained names, before this was kept).
    """
    return _abbreviations_of(names), frozenset().union(*(name_keys(name) for name in names))


def names_any(text: str, names: Sequence[str]) -> bool:
    """Say whether *text* names one of *names*, as a credential is named (see module).

    Read with its place apart and by its slashed names; no provisional word bars it (a
    qualification's name may hold one: "FdSc Nursing Associate").

    Examples
    --------
    >>> names_any("BA (Hons) Social Work, University of Hull", ["BA Social Work"])
    True
    >>> names_any("BA (Hons) Social Policy", ["BA Social Work"])
    False
    """
    named = _naming(names, {})
    return any(named(reading) for reading in _readings(text))


def _naming(names: Sequence[str], unsure: Mapping[str, tuple[str, ...]]) -> Callable[[str], bool]:
    """Return a test of whether a credential a person wrote is the one *names* name.

    The names' abbreviations and keys are worked out once for each list of names
    (:func:`_names_index`), not for each text or post tested.
    """
    wanted, keys = _names_index(tuple(names))

    def named(held: str) -> bool:
        shared = frozenset(
            abbreviation
            for abbreviation in wanted & abbreviations(held)
            if abbreviation not in unsure or spelled(held, abbreviation) is not None
        )
        if shared and same_abbreviation(held, names, shared):
            return True
        return bool(name_keys(held) & keys)

    return named
