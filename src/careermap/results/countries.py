"""A role's credentials read for the country a person works in (``Background.works_in``).

The bundled roles are written for the US, with the other countries' registrations beside
the US licences as alternatives. A credential of the taxonomy's ``credentials`` section
may say where it is issued (``countries``), what employers of a country that does not
issue it ask for in its place (``in_place``: BACP or UKCP registration for an LPC in the
United Kingdom) and which countries ask for nothing in its place (``not_asked_in``: a US
peer specialist certificate in the United Kingdom; ``unregulated_in``, with what is said
there instead: a US arts therapist's credential in Slovakia, where the title is not
regulated, :func:`unregulated`). For a person who gives a country, :func:`for_country`
reads each credential a role asks for:

* issued there, or its countries not given: asked as it stands;
* another credential named in its place there: that one is named instead;
* nothing asked in its place there (``not_asked_in``, ``unregulated_in``): not asked;
* otherwise careermap does not know what is asked there: the credential is replaced by
  a plain request to check (:func:`unknown_name`), not counted as met.

Whether the person *holds* a credential is judged as before, by every name it has
(:mod:`careermap.results.credentials`), but for the names ``in_place`` lists, which hold
it for hiring in their countries only (:mod:`careermap.results.licence_routes`); a credential
held that is issued in another country than theirs gets a note asking them to check it
is recognised there (:func:`recognition`). Without a country, nothing changes.

A credential the person wrote with another country's name ("Registered Psychologist (PRC
Philippines)") is not a credential of the taxonomy issued elsewhere by its own names
(:func:`careermap.results.credentials.foreign`); where it shares the name of one a post
asks for, the note says it is that country's registration and asks the person to check
it is recognised where they live (:func:`registered_abroad`), with or without a country.
One that names another country than the person's and holds a post's credentials only by
a local register's words counts for nothing until recognised (:func:`held_only_abroad`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from careermap.base.countries import (
    countries_in,
    country_name,
    licensing_countries,
    licensing_country,
    registers_taken,
)
from careermap.resolve.background import Background
from careermap.results.abroad import places as named_countries
from careermap.results.credentials import foreign, holds, name_key
from careermap.results.licences import same_practice
from careermap.taxonomy.models import Credential, CredentialKind, Entry

__all__ = [
    "elsewhere",
    "for_country",
    "from_abroad",
    "held_only_abroad",
    "licensed_abroad",
    "local_licences",
    "local_names",
    "recognition",
    "registered_abroad",
    "is_unknown_name",
    "issued_in",
    "unknown_name",
    "unregulated",
]


def elsewhere(credential: Credential, country: str | None) -> bool:
    """Say whether *credential* is issued only in countries other than *country*.

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",))
    >>> elsewhere(lpc, "GB"), elsewhere(lpc, "US"), elsewhere(lpc, None)
    (True, False, False)

    A territory licensing as a country's jurisdiction is that country's here
    (:data:`~careermap.base.countries.LICENSED_AS`: Puerto Rico's boards are US boards).

    >>> elsewhere(lpc, "PR")
    False

    A place whose register takes other countries' licences and registrations takes
    them (:func:`~careermap.base.countries.registers_taken`: the Cayman Islands take a
    US licence), never their certifications.

    >>> elsewhere(lpc, "KY")
    False
    >>> cps = Credential(name="CPS", kind="certification", countries=("US",))
    >>> elsewhere(cps, "KY")
    True
    """
    if country is None or not credential.countries or country in credential.countries:
        return False
    taken = (
        {licensing_country(country)}
        if credential.kind is CredentialKind.CERTIFICATION
        else registers_taken(country)
    )
    return not taken.intersection(credential.countries)


def issued_in(text: str, home: str | None = None) -> frozenset[str]:
    """Return the countries a credential the person wrote is issued in, as far as it says.

    Those its text names; none named, *home*'s when given (a person who will work
    in another country than theirs holds a credential naming none from home:
    ``Background.moved_from``).

    Examples
    --------
    >>> sorted(issued_in("Registered Psychologist (PRC Philippines)"))
    ['PH']
    >>> sorted(issued_in("Matrícula profesional", "BO")), sorted(issued_in("Matrícula profesional"))
    (['BO'], [])
    """
    named = frozenset(countries_in(text))
    return frozenset((home,)) if not named and home is not None else named


def _named_elsewhere(named: Collection[str], country: str) -> bool:
    """Say whether a text names countries (*named*), none of them *country*.

    A territory licensing as a country's jurisdiction is that country's here, on
    either side (:func:`~careermap.base.countries.licensing_country`).

    Examples
    --------
    >>> _named_elsewhere({"PH"}, "CA"), _named_elsewhere({"PR"}, "US"), _named_elsewhere((), "CA")
    (True, False, False)
    >>> _named_elsewhere({"US"}, "KY"), _named_elsewhere({"IE"}, "KY")
    (False, True)
    """
    return bool(named) and not registers_taken(country) & licensing_countries(named)


#: How :func:`unknown_name` begins, read back by :func:`is_unknown_name`.
_UNKNOWN = "what employers in "


def unknown_name(credentials: Sequence[Credential], country: str) -> str:
    """Name what a person in *country* is asked for in place of *credentials*, unknown here.

    By their kind and where they are issued, never by their names (thirty-first round,
    review 31 P11): a US licence's name says nothing of what a country careermap does not
    know asks, and a post's list of them named a US arts therapist's licence to a
    psychoanalyst in Slovenia. The post says whose practice it is.

    Examples
    --------
    >>> lpc = Credential(name="Licensed Professional Counselor (LPC/LMHC)", kind="licence",
    ...                  countries=("US",))
    >>> print(unknown_name([lpc], "JP"))
    what employers in Japan ask for in place of a licence from the United States \
(careermap does not know which; check with employers or the regulator there)
    >>> cps = Credential(name="Certified Peer Specialist", kind="certification", countries=("US",))
    >>> unknown_name([cps], "TH")[:76]
    'what employers in Thailand ask for in place of a certification from the Unit'
    """
    kinds = {credential.kind for credential in credentials}
    kind = kinds.pop().value if len(kinds) == 1 else CredentialKind.LICENCE.value
    places = sorted({code for credential in credentials for code in credential.countries})
    issued = f" from {named_countries(places)}" if places else " issued elsewhere"
    return (
        f"{_UNKNOWN}{country_name(country)} ask for in place of a {kind}{issued} "
        "(careermap does not know which; check with employers or the regulator there)"
    )


def is_unknown_name(need: str) -> bool:
    """Say whether *need* is an :func:`unknown_name` (what careermap cannot name).

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",))
    >>> is_unknown_name(unknown_name([lpc], "JP")), is_unknown_name("LPC")
    (True, False)
    """
    return need.startswith(_UNKNOWN)


@lru_cache(maxsize=4096)
def local_names(credential: Credential, country: str | None) -> tuple[str, ...]:
    """Return the names *credential*'s ``in_place`` gives for *country*, as a verdict says them.

    Without a name whose words are all those of a name listed before it (twenty-third
    round): "Registered social worker" is listed for the United Kingdom so that it holds
    the licence there, after the four registers whose plain form it is, which the verdict
    names already.

    Examples
    --------
    >>> lcsw = Credential(name="LCSW", kind="licence", countries=("US",),
    ...                   accepts=("SSSC registered social worker", "Registered social worker"),
    ...                   in_place={"GB": ("SSSC registered social worker",
    ...                                    "Registered social worker")})
    >>> local_names(lcsw, "GB"), local_names(lcsw, "IE")
    (('SSSC registered social worker',), ())
    """
    named = credential.in_place.get(country or "", ())
    keys = [set(name_key(name).split()) for name in named]
    # A name with no key (its words all filler) is never another's plain form.
    return tuple(
        name
        for i, name in enumerate(named)
        if not (keys[i] and any(keys[i] <= k for k in keys[:i]))
    )


def for_country(credential: Credential, country: str | None) -> Credential | None:
    """Return *credential* as it is asked of a person in *country*, or ``None`` if it is not.

    Examples
    --------
    >>> cps = Credential(name="Certified Peer Specialist", kind="certification",
    ...                  countries=("US",), not_asked_in=("GB",))
    >>> for_country(cps, "GB") is None, for_country(cps, "US") is cps, for_country(cps, None) is cps
    (True, True, True)
    >>> lpc = Credential(name="LPC", kind="licence", equivalents=("BACP registered",),
    ...                  countries=("US",), in_place={"GB": ("BACP registered",)})
    >>> for_country(lpc, "GB").name
    'BACP registered'
    >>> for_country(lpc, "JP").name  # doctest: +ELLIPSIS
    'what employers in Japan ask for in place of a licence from the United States (...)'
    """
    if country is None or not elsewhere(credential, country):
        return credential
    if country in credential.not_asked_in or country in credential.unregulated_in:
        return None
    named = local_names(credential, country)
    name = " or ".join(named) if named else unknown_name([credential], country)
    return credential.model_copy(update={"name": name})


def unregulated(credentials: Sequence[Credential], country: str | None) -> list[str]:
    """Say, of each of *credentials* not asked in *country* as unregulated there, why.

    One note a credential (by name), for those whose ``unregulated_in`` gives *country*:
    the post does not ask it there, and a person is told so plainly, with what employers
    there look for instead, not left to wonder why a licence from abroad is not named.

    Examples
    --------
    >>> art = Credential(name="ATR", kind="licence", countries=("US",),
    ...                  unregulated_in={"SK": "the title is not regulated there"})
    >>> unregulated([art], "SK")
    ['ATR: not asked in Slovakia: the title is not regulated there']
    >>> unregulated([art], "US"), unregulated([art], None)
    ([], [])
    """
    if country is None:
        return []
    notes: list[str] = []
    for credential in credentials:
        said = credential.unregulated_in.get(country)
        note = f"{credential.name}: not asked in {country_name(country)}: {said}"
        if said and elsewhere(credential, country) and note not in notes:
            notes.append(note)
    return notes


def local_licences(licences: Sequence[Credential], country: str | None) -> list[Credential]:
    """Return the licences a post asks of a person in *country*, any one of them enough.

    Each read for the country (:func:`for_country`), once by name. Those careermap knows
    are asked; where it knows none but some are issued elsewhere with nothing known in
    their place, one request to check stands for them all. An empty list: the country
    asks for none of them (one alternative is not asked there, ``not_asked_in``).

    Examples
    --------
    >>> lpc = Credential(name="LPC", kind="licence", countries=("US",))
    >>> ccc = Credential(name="CCC", kind="licence", countries=("CA",))
    >>> [c.name for c in local_licences([lpc, ccc], "CA")]
    ['CCC']
    >>> [c.name for c in local_licences([lpc, ccc], "JP")]  # doctest: +ELLIPSIS
    ['what employers in Japan ask for in place of a licence from the United States (...)']
    >>> local_licences([lpc.model_copy(update={"not_asked_in": ("NZ",)}), ccc], "NZ")
    []
    """
    if country is None:
        return list(licences)
    known: dict[str, Credential] = {}
    unknown: list[Credential] = []
    for licence in licences:
        found = for_country(licence, country)
        if found is None:  # one alternative asks for nothing there: the post asks none
            return []
        if elsewhere(licence, country) and country not in licence.in_place:
            unknown.append(licence)
        else:
            known.setdefault(found.name, found)
    if known or not unknown:
        return list(known.values())
    # The bundled roles are written for the US: its licences stand for the rest.
    standing = [c for c in unknown if "US" in c.countries] or unknown
    return [unknown[0].model_copy(update={"name": unknown_name(standing, country)})]


def recognition(
    background: Background,
    entry: Entry,
    ambiguous: Mapping[str, tuple[str, ...]],
    abroad: Sequence[tuple[str, str]] = (),
) -> list[str]:
    """Ask about each credential the person holds that is issued only in another country.

    A required credential of *entry* the person holds (``background.credentials``) by
    its own name or an ``also`` name, issued elsewhere than the country of work (an
    LPC, for a person in the United Kingdom), may need recognising there: each note
    starts "Check whether your ... is recognised in ...", then says where the
    credential is issued. The notes of *abroad* (:func:`from_abroad`'s) come first.
    """
    country = background.works_in
    notes = [note for _, note in abroad]
    if country is None or not background.credentials:
        return notes
    person = background.credentials
    for credential in (c for c in entry.written if c.required):
        if not elsewhere(credential, country):
            continue
        # By its own names only: its equivalents and accepted credentials are the other
        # countries' registrations (MBACP for an LPC), held where they are issued.
        own = credential.model_copy(update={"equivalents": (), "accepts": ()})
        # A name the country asks for in its place is the person's own country's: "Clinical
        # Psychologist (Rinshō Shinrishi)" in Japan shares the US licence's words.
        local = credential.in_place.get(country, ())
        here = (
            credential.model_copy(
                update={"name": local[0], "also": local[1:], "equivalents": (), "accepts": ()}
            )
            if local
            else None
        )
        for text in person:
            if not holds([text], own, ambiguous=ambiguous):
                continue
            if here is not None and holds([text], here, ambiguous=ambiguous):
                continue
            note = (
                f"Check whether your {text} is recognised in {country_name(country)}: "
                f"{credential.name} is issued in {named_countries(credential.countries)}"
            )
            if note not in notes:
                notes.append(note)
    return notes


def from_abroad(
    background: Background,
    entry: Entry,
    ambiguous: Mapping[str, tuple[str, ...]],
    unknown: Sequence[str] = (),
    *,
    elsewhere: Sequence[str] | None = None,
) -> list[tuple[str, str]]:
    """Return the person's credentials from another country that *entry* asks about.

    :func:`registered_abroad`'s, then :func:`licensed_abroad`'s for the *unknown*
    licences the person wrote, each text once, with its note: found once per post, both
    to keep them from being read as licences careermap does not know and to say them
    (:func:`recognition`). *elsewhere*: :func:`held_only_abroad`'s texts, when the caller
    has them already.
    """
    registered = registered_abroad(background, entry, ambiguous, elsewhere=elsewhere)
    noted = {text for text, _ in registered}
    licensed = licensed_abroad(unknown, entry, background.works_in, home=background.moved_from)
    return [*registered, *((text, note) for text, note in licensed if text not in noted)]


def registered_abroad(
    background: Background,
    entry: Entry,
    ambiguous: Mapping[str, tuple[str, ...]],
    *,
    elsewhere: Sequence[str] | None = None,
) -> list[tuple[str, str]]:
    """Return the person's credentials from another country that a post's names, with notes.

    A credential the person wrote that names a required credential of *entry* by its own
    names, but names a country that credential is not issued in and the person does not
    live in (:func:`~careermap.results.credentials.foreign`), is that country's
    registration: it does not hold the post's credential, and it counts where the person
    lives only once the regulator there recognises it. So is one that names such a
    country and holds the credential only by a name the credential takes in its place
    (a Hong Kong "Registered Social Worker" in Canada shares the words of Ontario's
    register), when the person gives where they live (:func:`held_only_abroad`, or
    *elsewhere* when the caller has found them). Each, once, with its note; the verdict
    does not count these texts (:func:`careermap.results.readiness.assess`).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> held = ["Registered Psychologist (PRC Philippines)"]
    >>> calgary = Background(country="CA", credentials=held)
    >>> [(text, note)] = registered_abroad(calgary, lookup_role("therapist").entry, {})
    >>> print(note)  # doctest: +NORMALIZE_WHITESPACE
    Check whether your Registered Psychologist (PRC Philippines) is recognised in Canada: it
    is a registration from the Philippines, not Registered psychologist (Psychology Board of
    Australia), which is issued in Australia; until the regulator where you work recognises
    it, posts that ask for a licence do not count it
    """
    country = background.works_in
    place = country_name(country) if country is not None else "the country you work in"
    found: dict[str, str] = {}
    for credential in (c for c in entry.written if c.required):
        away = {
            text: abroad
            for text in background.credentials
            if text not in found
            and (abroad := foreign(text, credential))
            and (country is None or _named_elsewhere(abroad, country))
        }
        if not away:  # the usual case: no copy of the credential is made
            continue
        # Its own names, wherever it is issued: is the text this credential but for the
        # country it names?
        anywhere = credential.model_copy(update={"countries": (), "equivalents": (), "accepts": ()})
        for text, abroad in away.items():
            if holds([text], anywhere, ambiguous=ambiguous):
                found[text] = _to_recognise(
                    text,
                    place,
                    f"a registration from {named_countries(sorted(abroad))}, "
                    f"not {credential.name}, "
                    f"which is issued in {named_countries(credential.countries)}",
                )
    if elsewhere is None:
        elsewhere = held_only_abroad(background, entry, ambiguous)
    for text in elsewhere:
        if text not in found:
            where = named_countries(sorted(issued_in(text, background.moved_from)))
            found[text] = _to_recognise(text, place, f"a registration from {where}")
    return list(found.items())


def held_only_abroad(
    background: Background, entry: Entry, ambiguous: Mapping[str, tuple[str, ...]]
) -> list[str]:
    """Return the person's credentials that hold *entry*'s only as another country's.

    A text that names a country, not the one the person gives, and holds required
    credentials of *entry* only by the names they take in their place (other registers'
    words: a Hong Kong "Registered Social Worker" in Canada shares the words of
    Ontario's register) or as any country's register (a credential whose countries are
    not given), never one by its own names or one issued where it names: that country's
    registration, which the post would take from a local register once the regulator
    there recognises it. Without a country, none.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> held = ["Registered Social Worker (Social Workers Registration Board, Hong Kong)"]
    >>> entry = lookup_role("clinical-social-worker").entry
    >>> held_only_abroad(Background(country="CA", credentials=held), entry, {})
    ['Registered Social Worker (Social Workers Registration Board, Hong Kong)']
    >>> held_only_abroad(Background(credentials=held), entry, {})
    []
    """
    country = background.works_in
    if country is None:
        return []
    required = [c for c in entry.written if c.required]
    found: list[str] = []
    for text in background.credentials:
        named = issued_in(text, background.moved_from)
        if not _named_elsewhere(named, country):
            continue
        holding = [c for c in required if holds([text], c, ambiguous=ambiguous)]
        if holding and all(_by_others_names(text, c, ambiguous) for c in holding):
            found.append(text)
    return found


def _by_others_names(
    text: str, credential: Credential, ambiguous: Mapping[str, tuple[str, ...]]
) -> bool:
    """Say whether *text*, from elsewhere, holds *credential* only as a register elsewhere.

    By another's names, for a credential issued in given countries; by any name, for one
    whose countries are not given (any country's register: "Social work licence or
    registration"), since the text says which country's it is.
    """
    if not credential.countries:
        return True
    own = credential.model_copy(update={"equivalents": (), "accepts": ()})
    return bool(foreign(text, credential)) and not holds([text], own, ambiguous=ambiguous)


def licensed_abroad(
    unknown: Sequence[str], entry: Entry, country: str | None, *, home: str | None = None
) -> list[tuple[str, str]]:
    """Return the *unknown* licences from another country than *country* a post may take.

    A licence the person wrote that no credential of the taxonomy names (*unknown*:
    :func:`careermap.results.licences.unknown_licences`), of the practice of *entry*'s
    required licences (:func:`careermap.results.licences.same_practice`), that names
    only countries other than the person's: it is that country's licence, to have
    recognised where they work, not one careermap can say is accepted there. Each with
    its note, which calls it a registration where its text does ("Registered Psychiatric
    Nurse (Nursing and Midwifery Council of Nigeria)": a nurse's register, not a licence).
    None without a country. A text that names no country is *home*'s, when given (the
    country a person moving to *country* holds their credentials from:
    ``Background.moved_from``).

    Examples
    --------
    >>> from careermap import lookup_role
    >>> entry = lookup_role("school-psychologist").entry
    >>> [(text, note)] = licensed_abroad(["Licensed psychologist (Kenya)"], entry, "CA")
    >>> print(note)  # doctest: +NORMALIZE_WHITESPACE
    Check whether your Licensed psychologist (Kenya) is recognised in Canada: it is a
    licence from Kenya, which careermap does not know; until the regulator where you work
    recognises it, posts that ask for a licence do not count it
    >>> licensed_abroad(["Licensed psychologist (Kenya)"], entry, "KE")
    []
    >>> [(text, note)] = licensed_abroad(["Licensed psychologist"], entry, "CA", home="KE")
    >>> note.partition(": ")[2][:26]
    'it is a licence from Kenya'
    >>> nurse = "Registered Psychiatric Nurse (Nursing and Midwifery Council of Nigeria)"
    >>> [(text, note)] = licensed_abroad([nurse], lookup_role("psychiatric-nurse").entry, "GB")
    >>> note.partition(": ")[2][:35]
    'it is a registration from Nigeria, '
    """
    if country is None or not unknown:
        return []
    licences = [c for c in entry.written if c.required and c.kind is CredentialKind.LICENCE]
    found: list[tuple[str, str]] = []
    for text in same_practice(unknown, licences):
        named = issued_in(text, home)
        if _named_elsewhere(named, country):
            kind = "registration" if _REGISTRATION.search(text) else "licence"
            what = f"a {kind} from {named_countries(sorted(named))}, which careermap does not know"
            found.append((text, _to_recognise(text, country_name(country), what)))
    return found


#: Words that say a credential is a register's entry, not a licence ("Registered
#: Psychiatric Nurse", "NMC registration"): nurses and many professions abroad are
#: registered, and a note calling their registration a licence misnames it.
_REGISTRATION = re.compile(r"\bregist(?:ered|ration)\b", re.IGNORECASE)


def _to_recognise(text: str, place: str, what: str) -> str:
    """Say what a credential from another country is, and ask to have it recognised."""
    return (
        f"Check whether your {text} is recognised in {place}: it is {what}; until the "
        "regulator where you work recognises it, posts that ask for a licence do not count it"
    )
