"""Countries a person gives and credentials are issued in: ISO 3166-1 alpha-2 codes.

A country is stored as its ISO 3166-1 alpha-2 code (``GB``, ``US``, ``IN``) and is read
from that code or from a name, in any case: the ISO short name ("United Kingdom"), its
common or official name ("South Korea", "United States of America") or one of the
everyday names below ("UK", "USA", "England"). The list is ISO's, as Debian's iso-codes
ship it (:mod:`careermap.base._iso3166`): no dependency is needed to read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from careermap.base._iso3166 import COUNTRIES
from careermap.base.nations import nation_named
from careermap.base.registers import ALSO_TAKEN, REGISTERED_AS
from careermap.base.subdivisions import outlying_area, subdivision_code
from careermap.base.suggest import close_matches

__all__ = [
    "COUNTRY_FORMS",
    "LICENSED_AS",
    "REGISTERED_AS",
    "country_code",
    "country_name",
    "country_names",
    "countries_in",
    "licensing_countries",
    "licensing_country",
    "registers_taken",
]

#: Everyday names that are not ISO's: the United Kingdom by its own name and its nations
#: (credentials there are registered UK-wide, or by bodies careermap names per nation),
#: and the United States by its short forms.
_EVERYDAY = {
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "america": "US",
    "united states of america": "US",
}

#: How a credential's text names a country besides ISO's names and the everyday ones
#: above, in the case they are written in: "US" in capitals, and the adjectives of the
#: countries people come from to practise elsewhere ("Philippine", "Nigerian"). Not
#: "American", "Indian" or "English": they are in the names of US bodies ("American Red
#: Cross", "Indian Health Service") and of a language.
_WRITTEN = {
    "US": "US",
    "Philippine": "PH",
    "Filipino": "PH",
    "Filipina": "PH",
    "Nigerian": "NG",
    "Ghanaian": "GH",
    "Kenyan": "KE",
    "Zimbabwean": "ZW",
    "South African": "ZA",
    "Pakistani": "PK",
    "Brazilian": "BR",
    "Mexican": "MX",
    "Singaporean": "SG",
    "Jamaican": "JM",
    "Australian": "AU",
    "Canadian": "CA",
    "Irish": "IE",
    "British": "GB",
}
#: The national registers and colleges a credential's text may name instead of their
#: country, as they write themselves (sixteenth round, creds12): a "Registered psychologist
#: (HPCSA)" is a registration from South Africa (the Health Professions Council of South
#: Africa registers its psychologists and counsellors, hpcsa.co.za), an "AHPRA registered
#: psychologist" one from Australia (AHPRA and the Psychology Board of Australia, PsyBA),
#: "NZPB" New Zealand's Psychologists Board, CRPO, CCPA, BCACC and the provinces'
#: colleges Canada's, CORU and IACP Ireland's, and the HCPC, NMC, BACP, UKCP, NCPS, BABCP
#: and BPS the United Kingdom's. Not "PSI" (Postpartum Support International as often as
#: the Psychological Society of Ireland) nor "CPA" (the Canadian Psychological
#: Association, or an accountant): their full names say the country already, or nothing.
#: A Canadian province names Canada: its colleges register psychologists, social workers
#: and counsellors ("Registered Psychologist (Ontario)"). Not New Brunswick, a New Jersey
#: city as well (Rutgers' campus).
#: Forty-first round (cred41, review41 P2): the nursing regulators people write by their
#: acronym alone, each one country's: Ireland's Nursing and Midwifery Board ("RPN, NMBI";
#: its register's divisions, the Psychiatric Nurses Division among them, are set by the
#: Nurses and Midwives Act 2011, nmbi.ie), Bahrain's National Health Regulatory Authority
#: ("NHRA licence - Registered Nurse"; it licenses the nurses of public and private
#: facilities: the thirty-second set's writer's sources, commit 1609e23f,
#: gehuntermedical.com's "Medical licensing and registration system in the Gulf: Bahrain"
#: and nursehubgcc.com's "How to get Bahrain nursing license") and the Nursing Council of
#: New Zealand (NCNZ; Health Practitioners Competence Assurance Act 2003,
#: nursingcouncil.org.nz).
_REGISTERS = {
    "NMBI": "IE",
    "NHRA": "BH",
    "NCNZ": "NZ",
    "HPCSA": "ZA",
    "AHPRA": "AU",
    "Ahpra": "AU",
    "PsyBA": "AU",
    "NZPB": "NZ",
    "CRPO": "CA",
    "CCPA": "CA",
    "BCACC": "CA",
    "OCSWSSW": "CA",
    "Ontario": "CA",
    "Quebec": "CA",
    "Québec": "CA",
    "Alberta": "CA",
    "British Columbia": "CA",
    "Manitoba": "CA",
    "Saskatchewan": "CA",
    "Nova Scotia": "CA",
    "Newfoundland": "CA",
    "Prince Edward Island": "CA",
    "CORU": "IE",
    "IACP": "IE",
    "HCPC": "GB",
    "NMC": "GB",
    "BACP": "GB",
    "UKCP": "GB",
    "NCPS": "GB",
    "BABCP": "GB",
    "BPS": "GB",
}
#: Country names that are also US states' ("LPC (Georgia)"), or inside them ("New
#: Jersey", "New Mexico"): a credential's text naming one is read as naming no country.
_STATES = re.compile(r"\bNew (?:Jersey|Mexico)\b|\bGeorgia\b")

#: Countries a sentence names with "the" (besides the United ...), by code.
_THE = frozenset(
    {
        *("NL", "PH", "BS", "GM", "MV", "SC", "CD", "CF", "DO", "FM", "VA"),
        *("AX", "CC", "CK", "FK", "FO", "KY", "MH", "MP", "SB", "TC", "VG", "VI", "IO"),
    }
)

#: The names a sentence gives the countries ISO names inverted or with a bracket
#: (forty-third round, review43 P12: a counsellor in Lubumbashi read "accepted in Congo,
#: The Democratic Republic of the"). Each is the short name the UN's country names use
#: (UNTERM) or, for a territory, the name its own government uses; a person may give them
#: too ("Palestine", "US Virgin Islands").
_PLAIN = {
    "CD": "Democratic Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Federated States of Micronesia",
    "MF": "Saint-Martin",
    "PS": "Palestine",
    "SX": "Sint Maarten",
    "VA": "Holy See",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
}

#: A subdivision's ISO 3166-2 code ("US-ND", "CA-QC"): its country, a hyphen, one to three
#: letters or digits.
_SUBDIVISION = re.compile(r"^([A-Za-z]{2})-[A-Za-z0-9]{1,3}$")

#: The accepted forms, in words, for messages and help.
COUNTRY_FORMS = (
    "an ISO 3166-1 alpha-2 code (GB, US, IE, IN) or a country's name "
    "('United Kingdom', 'UK', 'United States', 'India')"
)


@cache
def _index() -> dict[str, str]:
    """Every accepted form, folded, with its code (built when first asked)."""
    found = {code.casefold(): code for code in COUNTRIES}
    for code, names in COUNTRIES.items():
        found.update({name.casefold(): code for name in names})
    found.update({name.casefold(): code for code, name in _PLAIN.items()})
    found.update(_EVERYDAY)
    return found


@cache
def _written_forms() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every name of a country as a credential's text writes it, longest first, with codes."""
    forms = {name: code for code, names in COUNTRIES.items() for name in names if "," not in name}
    forms.update({name: code for code, name in _PLAIN.items()})
    forms.update({name.title(): code for name, code in _EVERYDAY.items() if len(name) > 3})
    forms.update({"UK": "GB", "U.K.": "GB", "USA": "US", "U.S.": "US", "U.S.A.": "US"})
    forms.update(_WRITTEN)
    forms.update(_REGISTERS)
    names = "|".join(re.escape(name) for name in sorted(forms, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w.])(?:{names})(?!\w)"), forms


@cache
def _name_forms() -> re.Pattern[str]:
    """Return the names of countries alone (ISO's and the everyday ones), longest first.

    Not the adjectives nor the registers :func:`countries_in` reads too: "Canadian
    Certified Counsellor" and "CRPO" are credentials' names, not places within them.
    """
    forms = {name for names in COUNTRIES.values() for name in names if "," not in name}
    forms |= set(_PLAIN.values())
    forms |= {name.title() for name in _EVERYDAY if len(name) > 3}
    forms |= {"US", "UK", "U.K.", "USA", "U.S.", "U.S.A."}
    names = "|".join(re.escape(name) for name in sorted(forms, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<![\w.])(?:{names})(?!\w)")


#: Texts whose countries are kept: a ranking reads each credential a person wrote once per
#: role it assesses, and a service sees many people's texts.
_TEXTS_KEPT = 4096


@lru_cache(maxsize=_TEXTS_KEPT)
def country_names(text: str) -> tuple[tuple[int, int], ...]:
    """Return where *text* names a country by its name (ISO's or an everyday one), in order.

    The spans of the names alone, as :func:`countries_in` reads them, but not the
    adjectives or registers it reads too, nor a US state that is also a country's name.

    Examples
    --------
    >>> text = "Mental Health First Aid USA Instructor"
    >>> [text[start:end] for start, end in country_names(text)]
    ['USA']
    >>> country_names("Canadian Certified Counsellor (CCC)"), country_names("LPC, New Jersey")
    ((), ())
    """
    states = [found.span() for found in _STATES.finditer(text)]
    return tuple(
        found.span()
        for found in _name_forms().finditer(text)
        if not any(start < found.end() and found.start() < end for start, end in states)
    )


@lru_cache(maxsize=_TEXTS_KEPT)
def countries_in(text: str) -> frozenset[str]:
    """Return the ISO 3166-1 alpha-2 codes of the countries *text* names.

    By ISO's names, the everyday ones ("UK", "USA", "England"), "US" in capitals, the
    adjectives of a few countries ("Philippine", "Nigerian") and the national registers
    that issue credentials ("HPCSA", "AHPRA", "HCPC"; a Canadian province), as written
    (in their case, as whole words). A US state that is also a country's name, or holds
    one, names none ("Georgia", "New Jersey"); two-letter codes other than "US" and "UK"
    are not read ("CA" is California's as often as Canada's).

    Examples
    --------
    >>> sorted(countries_in("Registered Psychologist (PRC Philippines)"))
    ['PH']
    >>> sorted(countries_in("LCSW (US)")), sorted(countries_in("Nurse, registered in South Africa"))
    (['US'], ['ZA'])
    >>> sorted(countries_in("Registered psychologist (HPCSA)")), sorted(countries_in("CRPO"))
    (['ZA'], ['CA'])
    >>> sorted(countries_in("LPAT (New Jersey)")), sorted(countries_in("LPC (Georgia)"))
    ([], [])
    """
    pattern, forms = _written_forms()
    return frozenset(forms[found] for found in pattern.findall(_STATES.sub(" ", text)))


def country_code(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code *text* names; raise ``ValueError`` if none.

    Examples
    --------
    >>> country_code("uk"), country_code("United States"), country_code("IN")
    ('GB', 'US', 'IN')
    >>> country_code("Indai")
    Traceback (most recent call last):
    ...
    ValueError: unknown country 'Indai': give an ISO 3166-1 alpha-2 code (GB, US, IE, IN) \
or a country's name ('United Kingdom', 'UK', 'United States', 'India'); did you mean: India?

    A UK nation's, a US state's or a Canadian province's ISO 3166-2 code is its country
    (the background keeps the code as its ``region``, :mod:`careermap.base.subdivisions`;
    forty-second round: "US-ND" was refused before); another country's subdivision is
    refused, naming the country to give, and so is a code no state or province has:

    >>> country_code("GB-SCT"), country_code("US-ND"), country_code("ca-sk")
    ('GB', 'US', 'CA')
    >>> country_code("AU-NSW")
    Traceback (most recent call last):
    ...
    ValueError: unknown country 'AU-NSW': careermap reads a country, and within one only \
the UK's nations, US states and Canadian provinces (ISO 3166-2); give 'AU', and write the \
state or province with the credential it issued ('Psychologist (NSW)')
    >>> country_code("US-XX")
    Traceback (most recent call last):
    ...
    ValueError: unknown country 'US-XX': no US state has that ISO 3166-2 code; give 'US', \
or a state's code ('US-MN')

    A US outlying area's ISO 3166-2:US code is that area, by its own ISO 3166-1 code, as
    careermap reads it (forty-third round: "US-PR" was refused with "give 'US'"; Puerto
    Rico's licences are the United States', :data:`LICENSED_AS`):

    >>> country_code("US-PR"), country_code("us-gu"), country_code("US-VI")
    ('PR', 'GU', 'VI')
    """
    key = " ".join(text.split()).casefold()
    code = _index().get(key)
    if code is not None:
        return code
    if nation_named(text) is not None:  # "GB-SCT": the UK's nations are read (base.nations)
        return "GB"
    if subdivision_code(text) is not None:  # "US-MN", "CA-SK" (base.subdivisions)
        return text.strip()[:2].upper()
    area = outlying_area(text)  # "US-PR": Puerto Rico, by its own code (cred43)
    if area is not None:
        return area
    part = _SUBDIVISION.match(text.strip())
    if part is not None and part.group(1).upper() in ("US", "CA"):
        country = part.group(1).upper()
        which, example = (
            ("US state", "US-MN") if country == "US" else ("Canadian province", "CA-SK")
        )
        msg = (
            f"unknown country {text!r}: no {which} has that ISO 3166-2 code; give "
            f"{country!r}, or a {which.split()[1]}'s code ({example!r})"
        )
        raise ValueError(msg)
    if part is not None and part.group(1).upper() in COUNTRIES:
        country = part.group(1).upper()
        msg = (
            f"unknown country {text!r}: careermap reads a country, and within one only the "
            "UK's nations, US states and Canadian provinces (ISO 3166-2); give "
            f"{country!r}, and write the state or province with the credential it issued "
            "('Psychologist (NSW)')"
        )
        raise ValueError(msg)
    names = [_PLAIN.get(code, names[0]) for code, names in COUNTRIES.items()] + ["UK", "USA"]
    close = close_matches(text.strip(), names)
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    msg = f"unknown country {text!r}: give {COUNTRY_FORMS}{hint}"
    raise ValueError(msg)


def country_name(code: str) -> str:
    """Return the name of the country *code* is, as a sentence says it ("the United Kingdom").

    The plain name, never ISO's inverted one ("Congo, The Democratic Republic of the").

    Examples
    --------
    >>> country_name("GB"), country_name("IN"), country_name("NL")
    ('the United Kingdom', 'India', 'the Netherlands')
    >>> country_name("CD"), country_name("KY"), country_name("PS")
    ('the Democratic Republic of the Congo', 'the Cayman Islands', 'Palestine')
    """
    name = _PLAIN.get(code, COUNTRIES[code][0])
    return f"the {name}" if name.startswith("United ") or code in _THE else name


#: Territories whose professions are licensed as one of a country's jurisdictions
#: (twenty-eighth round, review 28 P2: a Ponce psychologist licensed by Puerto Rico's
#: board was told what employers "in Puerto Rico ask for in place of" the US licence).
#: ISO 3166 gives the US territories their own codes, but their licensing boards are
#: member boards of the US associations, as a state's are: the psychology boards of Puerto
#: Rico, Guam and the US Virgin Islands are members of ASPPB beside the fifty states' and
#: the District of Columbia's (asppb.net, "History"), and the boards of nursing of
#: American Samoa, Guam, the Northern Mariana Islands and the Virgin Islands are NCSBN
#: member boards (ncsbn.org, member boards; their nurses sit the NCLEX). Puerto Rico
#: licenses psychologists under Ley Núm. 96 of 4 June 1983 (Junta Examinadora de
#: Psicólogos de Puerto Rico), as a state licenses them. So a US licence is no foreign
#: credential there, and a licence from there is a US one.
#: Forty-second round (cred42; the thirty-third set's Baie-Mahault psychologue, "Titre de
#: psychologue (inscrite ADELI)", was told her own posts needed "what employers in
#: Guadeloupe ask for in place of a licence from the United States", where the same words
#: in France were ready): France's overseas departments and regions (Guadeloupe,
#: Martinique, French Guiana, Réunion, Mayotte, a department since 2011) are France, where
#: "les lois et règlements sont applicables de plein droit" (Constitution of 4 October
#: 1958, art. 73): the protected title of psychologist (loi n° 85-772, art. 44), the Code de
#: la santé publique's nurses' diplomas and registers apply there as in the metropole. So
#: a French title is no foreign credential there, and France's posts are theirs. Cited
#: from the law as known, not opened from this machine. France's overseas collectivities
#: (French Polynesia, New Caledonia, Saint-Pierre-et-Miquelon...) have their own statutes
#: (art. 74) and are not read so.
LICENSED_AS = {
    "AS": "US",
    "GU": "US",
    "MP": "US",
    "PR": "US",
    "VI": "US",
    "GF": "FR",
    "GP": "FR",
    "MQ": "FR",
    "RE": "FR",
    "YT": "FR",
}


def licensing_country(code: str) -> str:
    """Return the country whose licences *code*'s professions hold.

    A territory licensing as a country's jurisdiction (:data:`LICENSED_AS`) or
    registering on its registers (:data:`REGISTERED_AS`) holds that country's.

    Examples
    --------
    >>> licensing_country("PR"), licensing_country("GU"), licensing_country("GB")
    ('US', 'US', 'GB')
    >>> licensing_country("JE")
    'GB'
    """
    return LICENSED_AS.get(code) or REGISTERED_AS.get(code, code)


def registers_taken(code: str) -> frozenset[str]:
    """Return the countries whose licences and registrations hold in *code*.

    Its own licensing country (:func:`licensing_country`) and those its register takes
    beside it (:data:`~careermap.base.registers.ALSO_TAKEN`: the Cayman Islands').

    Examples
    --------
    >>> sorted(registers_taken("PR")), sorted(registers_taken("JE"))
    (['US'], ['GB'])
    >>> sorted(registers_taken("KY"))
    ['AU', 'CA', 'GB', 'JM', 'NZ', 'US', 'ZA']
    """
    return ALSO_TAKEN.get(code, frozenset()) | {licensing_country(code)}


def licensing_countries(codes: Iterable[str]) -> frozenset[str]:
    """Return *codes* with each territory read as the country it licenses as.

    Examples
    --------
    >>> sorted(licensing_countries({"PR", "IE"}))
    ['IE', 'US']
    """
    return frozenset(map(licensing_country, codes))
