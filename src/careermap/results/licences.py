"""Licences a verdict names: those a post takes, and those the taxonomy does not know.

A post's required licences are alternatives (one is enough); a post may take many (the
therapist's: US, UK, Canadian and Australian ones), so a verdict names the first few
(:func:`alternatives`). A degree the post asks for because its licence does is met by
holding one of them (:func:`licence_degree`). A licence the person wrote that no
credential of the taxonomy names is not held, but it may well be accepted where they
work: :func:`unknown_licences` finds them, :func:`same_practice` keeps those of a post's
practice, for the verdict to ask the person to check (:mod:`careermap.results.readiness`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from careermap.base.cache import derived
from careermap.base.text import match_key
from careermap.results.credentials import (
    LICENCE_WORDS,
    REGISTRATION_WORDS,
    holds,
    holds_associate,
    is_provisional,
)
from careermap.results.memberships import body_registration
from careermap.results.standing import is_pending, without_disclaimer
from careermap.taxonomy.models import (
    Credential,
    CredentialDefinition,
    CredentialKind,
    Education,
    Entry,
    Taxonomy,
)

__all__ = [
    "NAMED_LICENCES",
    "alternatives",
    "REGISTERS",
    "is_registration",
    "licence_degree",
    "names_degree",
    "pending_for",
    "same_practice",
    "unknown_licences",
]

_EDUCATION = list(Education)
#: Words that make a credential a person wrote a licence or registration to practise.
#: *Accredited* too: British and Irish counsellors are accredited by the body that keeps
#: their register ("BACP accredited", "IACP accredited", "COSCA accredited counsellor"),
#: and only one of a post's practice (:func:`same_practice`) is ever asked about.
#: *Approbation* too: the German state licence to practise a health profession, as a
#: psychological psychotherapist writes it ("Approbation als Psychologische
#: Psychotherapeutin": Psychotherapeutengesetz, section 1).
_LICENSED = re.compile(
    rf"\b(?:{LICENCE_WORDS}|{REGISTRATION_WORDS}|chartered|accredited|approbation)\b", re.IGNORECASE
)
#: A regulator's own word for its register or its licence to practise, by the country whose
#: regulators use it (twenty-seventh round): a credential written with one is a licence or
#: registration (:func:`unknown_licences`), asked about for a post of its practice
#: (:func:`same_practice`). Each is the law's or the regulator's term: Italy, "iscrizione
#: nell'albo" of the Ordine degli Psicologi (legge 18 febbraio 1989 n. 56, art. 7;
#: psychotherapists by "annotazione", art. 3); Austria, "Eintragung" in the
#: Psychotherapeutenliste (Psychotherapiegesetz 1990, s. 17), the Musiktherapeutenliste
#: (Musiktherapiegesetz, BGBl. I 93/2008) and the psychologists' Berufsliste (Psychologengesetz
#: 2013); Germany, the "Approbation" (Psychotherapeutengesetz, s. 1; not the Heilpraktiker's
#: "Erlaubnis", which licenses no psychotherapist post); Spain, "colegiado/colegiada" of a
#: Colegio Oficial (Ley 2/1974 de Colegios Profesionales), read wherever a person works, as
#: every word here is: Costa Rica's Colegio de Profesionales en Psicologia (Ley 6144) and
#: Peru's Colegio de Psicologos (Ley 28369) register by the same word (thirty-first
#: round); Argentina, the "matricula" of the
#: Ministerio de Salud (Ley 17.132); Colombia, the "tarjeta profesional" of COLPSIC (Ley 1090
#: de 2006); Mexico, the "cedula profesional" of the SEP's Direccion General de Profesiones;
#: Brazil, "inscricao" in a Conselho Regional de Psicologia, the "CRP" (Lei 5.766/1971);
#: Portugal, "membro efetivo" of the Ordem dos Psicologos (Lei 57/2008); France, the ADELI
#: number (Code de la sante publique, art. L4011; psychologists, loi 85-772 art. 44); Canada,
#: "membre de l'Ordre" (Quebec's professional orders, Code des professions) and
#: "immatricule(e)" (New Brunswick's Social Workers Act, in French); Greece, "adeia askisis
#: epangelmatos" (the licence to practise, law 991/1979); Taiwan, the "zhizhao" (licence) and
#: "denglu" (registration) of the Psychologists Act (心理師法) and the Nursing Personnel Act.
REGISTERS: dict[str, str] = {
    "IT": r"albo|iscrizione|iscritt[oa]",
    "AT": r"eintragung|\w*therapeutenliste|berufsliste",
    "DE": r"approbation",
    "ES": r"colegiad[oa]",
    "AR": r"matr[ií]cula",
    "CO": r"tarjeta\s+profesional",
    "MX": r"c[ée]dula\s+profesional",
    "BR": r"inscri[cç][aã]o|crp",
    "PT": r"membro\s+efetivo",
    "FR": r"adeli",
    "CA": r"membre\s+de\s+l['\u2019]o\w*|immatricul[ée]e?",
    "GR": r"άδεια\s+άσκησης",
    # Thirty-second round (review 32, P1): Malta's "warrant" to practise (Counselling
    # Profession Act, Cap. 538; Psychology Profession Act, Cap. 471),
    # Romania's "atestat de liberă practică" of the Colegiul Psihologilor (Legea
    # 213/2004 on the organisation of the profession of psychologist).
    "MT": r"warrant",
    "RO": r"atestat",
}
#: Words written in a script without spaces between words, by country: read anywhere.
_REGISTERS_UNSPACED: dict[str, str] = {"TW": r"執照|登錄"}
_REGISTER = {
    **{c: re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for c, w in REGISTERS.items()},
    **{c: re.compile(w) for c, w in _REGISTERS_UNSPACED.items()},
}
#: The practices licences are for, as rough stems (match_key), each with the stems of
#: the languages the persona sets write (Italian, Spanish, Portuguese, French, German):
#: a credential the taxonomy does not know is asked about for a role whose licences name
#: the same practice.
_PRACTICES: dict[str, tuple[str, ...]] = {
    "counsel": ("counsel", "consulen", "conseill"),
    "therap": ("therap", "terap"),
    # "psiholog": Romanian, Serbian, Croatian and Slovene (thirty-second round).
    "psycholog": ("psycholog", "psicolog", "psiholog"),
    "social work": (
        "social work",
        "trabajo social",
        "trabajador social",
        "trabajadora social",
        "travailleuse sociale",
        "travailleur social",
        "assistente sociale",
        "sozialarbeit",
    ),
    "nurs": ("nurs", "infermier", "enfermer", "krankenpfleg"),
}


#: :data:`_PRACTICES` with "therapy" narrowed to psychotherapy and family therapy, the
#: talking therapies a psychologist's or psychotherapist's register covers.
_NARROW: dict[str, tuple[str, ...]] = {
    **{practice: stems for practice, stems in _PRACTICES.items() if practice != "therap"},
    "psychotherap": ("psychotherap", "psicoterap", "psychoth"),
    "fami therap": ("psychotherap", "psicoterap", "psychoth", "fami therap"),
}


#: Practices another practice's licence covers by law, by the stems of the practice a
#: post's licences name (thirty-third round, review33 P5): a psychologist's licence covers
#: couples and family therapy. New York Education Law 7601-a(2) ("Treatment includes ...
#: counseling, psychotherapy, marital or family therapy"); Connecticut General Statutes
#: 20-187a (psychotherapy "in the areas of work, family, school, marriage and personal
#: relationships"); Nevada NRS 641A.410(2)(a) (the MFT act does not prevent a licensed
#: psychologist from carrying out the functions of that licence). So a psychologist's
#: licence careermap does not know is of a marriage and family therapist post's practice.
_COVERED_BY: dict[str, tuple[str, ...]] = {
    "fami therap": _PRACTICES["psycholog"],
}


def licence_degree(entry: Entry) -> bool:
    """Say whether *entry* asks for its degree because its licences do.

    It does when one of its required licences needs, on its own route
    (``Credential.education``), at least the degree the role asks for: a therapist's
    master's is the LPC's. A person who holds any of the role's required licences (the
    alternatives hiring takes, by name or in its place) has met the education of the
    route they qualified by, so is not told to get the degree: a UK counsellor's BACP
    registration follows a Level 4 diploma (for a person in another country than the
    licence's, by their country's route only:
    :func:`careermap.results.licence_routes.licence_meets_degree`). Where no required licence's
    route needs the degree, it is asked on top of the licence (a psychiatric nurse
    practitioner: an RN, whose route needs an associate degree, and a master's), unless
    the role says hiring takes that licence for its degree (``meets_degree``: a nurse
    case manager's BSN is preferred, the RN licence from an associate degree is enough).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> licence_degree(lookup_role("therapist").entry)
    True
    >>> licence_degree(lookup_role("psychiatric-nurse-practitioner").entry)
    False
    """
    wanted = _EDUCATION.index(entry.education)
    return any(
        c.required
        and c.kind is CredentialKind.LICENCE
        and (
            bool(c.meets_degree)  # hiring takes the licence for the degree (a source says)
            or (c.education is not None and _EDUCATION.index(c.education) >= wanted)
        )
        for c in entry.written
    )


#: Names a verdict gives of the licences a post takes before counting the rest: a post
#: that takes eleven (the US, UK, Canadian and Australian ones) names the first, its own
#: country's, and says how many more the notes list. The cap counts names, not licences:
#: a UK post's licences are registers, several to a licence ("BACP registered counsellor
#: or UKCP registered psychotherapist or NCPS registered counsellor"), and a cap of three
#: licences named a dozen registers on one line (thirty-fifth round, review 34 P6).
NAMED_LICENCES = 3


def alternatives(licences: Sequence[Credential], *, near: Sequence[str] = ()) -> str:
    """Name the licences a post takes, any one of which is enough (the first few).

    Each licence's name may be several, joined by "or" (the registers a country takes
    in its place). Licences are named whole, in order, while no more than
    :data:`NAMED_LICENCES` names are said (the first always, and one of several names
    only first), then the number of the others. Those of the practice the person's
    *near* texts name (their field and credentials, :func:`same_practice`) come first:
    their nearest route.

    Examples
    --------
    >>> four = [Credential(name=n, kind="licence") for n in ("LPC", "LCSW", "LMFT", "LCAT")]
    >>> alternatives(four[:2]), alternatives(four)
    ('LPC or LCSW', 'LPC, LCSW, LMFT or one other licence (see notes)')

    A UK post's registers, the person's nearest first:

    >>> uk = [Credential(name=n, kind="licence") for n in (
    ...     "BACP registered counsellor or UKCP registered psychotherapist",
    ...     "Social Work England registration or SSSC registered social worker",
    ...     "HCPC registered clinical psychologist")]
    >>> print(alternatives(uk))  # doctest: +NORMALIZE_WHITESPACE
    BACP registered counsellor or UKCP registered psychotherapist or one of 2 other
    registrations (see notes)
    >>> alternatives(uk, near=["psychology"])
    'HCPC registered clinical psychologist or one of 2 other registrations (see notes)'
    """
    ordered = sorted(licences, key=lambda c: not (near and same_practice(near, [c], therapy=False)))
    named: list[str] = []
    said = 0
    for credential in ordered:
        count = len(credential.name.split(" or "))
        # A licence of several names (a country's registers) is named only first: a
        # line of "A or B, C or D" reads as one list.
        several = count > 1 or said > len(named)
        if named and (several or said + count > NAMED_LICENCES):
            break
        named.append(credential.name)
        said += count
    rest = ordered[len(named) :]
    if not rest:
        return " or ".join(named)
    # Registers, where none of the others is asked by a licence's words (a UK post's).
    registers = any(_REGISTERED.search(c.name) for c in rest)
    word = (
        "registration"
        if registers and not any(_LICENSED_WORD.search(c.name) for c in rest)
        else "licence"
    )
    others = f"one other {word}" if len(rest) == 1 else f"one of {len(rest)} other {word}s"
    return f"{', '.join(named)} or {others} (see notes)"


#: A licence asked by a register's words, or by a licence's (:func:`alternatives`).
_REGISTERED = re.compile(rf"\b{REGISTRATION_WORDS}\b", re.IGNORECASE)
_LICENSED_WORD = re.compile(rf"\b{LICENCE_WORDS}\b", re.IGNORECASE)


def same_practice(
    unknown: Sequence[str], licences: Sequence[Credential], *, therapy: bool = True
) -> list[str]:
    """Return the *unknown* licences that name a practice one of *licences* names.

    In English or in one of the persona sets' other languages ("Albo degli Psicologi"
    names the psychologist's practice). Without *therapy*, "therapy" alone names no
    practice, psychotherapy and family therapy do (:data:`_NARROW`): a psychotherapist's
    and a speech and language therapist's licences share "therapy"
    (:func:`careermap.results.own_licence.as_check`, thirty-second round).

    Examples
    --------
    >>> psychologist = [Credential(name="Licensed psychologist", kind="licence")]
    >>> same_practice(["Albo degli Psicologi", "Albo dei Giornalisti"], psychologist)
    ['Albo degli Psicologi']

    A psychologist's licence covers family therapy (:data:`_COVERED_BY`):

    >>> lmft = [Credential(name="Licensed Marriage and Family Therapist", kind="licence")]
    >>> same_practice(["Colegio de Psicólogos de Bolivia"], lmft, therapy=False)
    ['Colegio de Psicólogos de Bolivia']
    """
    names = " ".join(match_key(n) for c in licences for n in (c.name, *c.also, *c.accepts))
    practices = _PRACTICES if therapy else _NARROW
    wanted = [stem for practice, stems in practices.items() if practice in names for stem in stems]
    covered = (stems for practice, stems in _COVERED_BY.items() if practice in names)
    wanted += [stem for stems in covered for stem in stems]
    return [text for text in unknown if any(p in _practice_key(text) for p in wanted)]


#: "Therapeutic" describes another practice ("Certified Therapeutic Riding Instructor", a
#: riding instructor's certificate: PATH Intl.); it names no therapist (thirty-second round,
#: review32 P6).
_DESCRIBING = re.compile(r"\b(?:therapeutic|terap[eé]utic[oa])\b", re.IGNORECASE)


def _practice_key(text: str) -> str:
    """Return *text*'s rough stems without the words that only describe another practice.

    Examples
    --------
    >>> _practice_key("PATH Intl. Certified Therapeutic Riding Instructor (Registered)")
    'path intl certifi rid instructor register'
    """
    return match_key(_DESCRIBING.sub(" ", text))


def pending_for(entry: Entry, credentials: Sequence[str]) -> list[str]:
    """Return the *credentials* not held yet that name a practice *entry*'s licences name.

    A counsellor's current job is a counselling post: her "Certificate in Clinical
    Supervision (in progress)" is no step towards it, and is not named beside it
    (thirty-second round, review32 P10); a licence to practise the post's own practice,
    applied for, is ("Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt").
    """
    kinds = {CredentialKind.LICENCE, CredentialKind.REGISTRATION}
    licences = [c for c in entry.written if c.required and c.kind in kinds]
    return same_practice([text for text in credentials if is_pending(text)], licences)


def is_registration(text: str) -> bool:
    """Say whether *text* is a licence or registration by its words, in any language.

    Or a professional body's register by its name (:mod:`careermap.results.memberships`).
    """
    return (
        _LICENSED.search(text) is not None
        or any(found.search(text) for found in _REGISTER.values())
        or body_registration(text)
    )


#: A degree or course as people write it, by the name it begins with ("BSc (Hons)
#: Psychology, BPS accredited", "MSc Psychology (PSI accredited conversion)", "PhD in
#: Counseling Psychology (APA accredited)", "Mgr. ...", "PGCert ..."): the body that
#: accredits a course registers no one by it, so a degree is never read as a licence,
#: whatever its words (thirty-fifth round, review 34 P6: a BPS-accredited BSc was asked
#: about as if it might be BACP registration).
_DEGREE = re.compile(
    r"^\s*(?:(?:B\.?\s?Sc|B\.?\s?A|M\.?\s?Sc|M\.?\s?A|M\.?\s?Phil|Ph\.?\s?D|Bachelor|Master'?s?\s+(?:of|in|degree)"
    r"|PG\s?Cert|PG\s?Dip|Post-?\s?graduate\s+(?:certificate|diploma)|Graduate\s+diploma"
    r"|Degree|Doctorate|Diploma)\b|(?-i:Mgr\.|Bc\.))",
    re.IGNORECASE,
)


def names_degree(text: str) -> bool:
    """Say whether *text* is a degree or course by the name it begins with.

    Examples
    --------
    >>> names_degree("BSc (Hons) Psychology, BPS accredited (Graduate Basis for Chartership)")
    True
    >>> names_degree("PhD in Counseling Psychology, University of Denver (APA accredited)")
    True
    >>> names_degree("BACP accredited counsellor"), names_degree("Licensed psychologist (BA)")
    (False, False)
    >>> names_degree("Master Addiction Counselor (MAC)"), names_degree("BC registered counsellor")
    (False, False)
    """
    return _DEGREE.search(text) is not None


def unknown_licences(
    person: Sequence[str], taxonomy: Taxonomy, ambiguous: Mapping[str, tuple[str, ...]]
) -> tuple[str, ...]:
    """Return the licences the person wrote that no credential of *taxonomy* names (cached).

    A licence or registration by its words (licensed, registered, chartered, accredited,
    approbation, or a regulator's own word in another language, :data:`REGISTERS`; not a
    provisional one, nor words the person says it is not: "(not IACP
    accredited)", nor a degree, :func:`names_degree`) that neither holds nor is the
    associate of any credential the taxonomy records: "Licensed Clinical Counsellor
    (BC)". Such a licence may well be accepted where the person works; the taxonomy
    cannot say.
    """
    written = tuple(person)

    def build() -> tuple[str, ...]:
        licences = [
            t
            for t in written
            if is_registration(without_disclaimer(t))
            and not is_provisional(t)
            and not names_degree(t)
        ]
        if not licences:
            return ()
        known = _all_credentials(taxonomy)
        return tuple(
            text
            for text in licences
            if not any(
                holds([text], c, ambiguous=ambiguous)
                or holds_associate([text], c, ambiguous=ambiguous)
                for c in known
            )
        )

    return derived(taxonomy, "unknown-licences\x00" + "\x00".join(written), build)


def _all_credentials(taxonomy: Taxonomy) -> tuple[Credential | CredentialDefinition, ...]:
    """Every credential of *taxonomy*: its ``credentials`` section's and its roles' (cached)."""

    def build() -> tuple[Credential | CredentialDefinition, ...]:
        written = (c for role in taxonomy.roles if role.entry for c in role.entry.written)
        return (*taxonomy.credentials, *(c for c in written if c.id is None))

    return derived(taxonomy, "all-credentials", build)
