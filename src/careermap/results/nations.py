"""The UK nations' own registers: a post names the register of the person's nation.

Social work is regulated by each nation of the United Kingdom: the title "social worker"
is protected in each by its own law, and each keeps its own register (Social Work
England, the Social Workers Regulations 2018, reg. 28: "only people on the register can
practise as a social worker in England"; the Scottish Social Services Council under the
Regulation of Care (Scotland) Act 2001; Social Care Wales under the Regulation and
Inspection of Social Care (Wales) Act 2016, the Care Council for Wales until 2017; the
Northern Ireland Social Care Council under the Health and Personal Social Services Act
(Northern Ireland) 2001). The SSSC ("Social workers with non-UK qualifications"):
"Each UK country maintains its own register ... You should apply to the regulatory body
in the country where you plan to work." The social care workers' registers are the
SSSC's, Social Care Wales's and NISCC's (England registers none). NMC and HCPC
registration is UK-wide, and read as before.

Registration does not pass from one register to another (the transfer between the
councils closed in December 2011), but a social worker registered in one nation qualified
on a degree another council approved, and each council recognises the others' approved
programmes: the other nation's register is "a UK application", not retraining (HCPC,
"Social work regulators in the UK", when it held England's register; Social Work England
took it over on 2 December 2019).

So for a person who gives their nation (``Background.region``), :func:`for_nation` keeps,
of a credential whose names are the registers of two or more nations, its own nation's
and those of no nation: "Needs SSSC registered social worker" in Scotland where the
United Kingdom reads "Social Work England registration or SSSC registered social worker
or ...". A credential that names its registers as its own names (``also``: the social
care worker's registration) is named by its nation's register. One held only by another
nation's register is not held there, and the verdict's short step says to apply
(:func:`moved_registers`, :func:`apply_to`). Without a nation, nothing changes.

A qualification may be asked in some nations only (:data:`QUALIFICATIONS`, thirty-third
round, cred33): the Professional Qualification in Probation is the Probation Service's,
which covers England and Wales; Scotland has no probation service (local authorities'
justice social workers, on the SSSC's register, do the work) and Northern Ireland's
Probation Board employs social workers registered with NISCC. For a person who gives one
of those nations, a post asking such a qualification asks what is asked there in its
place, and takes it (:func:`for_nation`). Without a nation, nothing changes here either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from careermap.base.frozen import FrozenDict
from careermap.base.nations import NATIONS
from careermap.results.credentials import holds
from careermap.taxonomy.models import Credential, Entry

__all__ = ["QUALIFICATIONS", "REGISTERS", "apply_to", "for_nation", "moved_registers", "nation_of"]

#: The words that name each nation's register of social workers and social care workers
#: (the bodies above, by their names and abbreviations).
REGISTERS: Mapping[str, tuple[str, ...]] = {
    "GB-ENG": ("Social Work England", "SWE"),
    "GB-SCT": ("SSSC", "Scottish Social Services Council"),
    "GB-WLS": ("Social Care Wales", "Care Council for Wales"),
    "GB-NIR": ("NISCC", "Northern Ireland Social Care Council"),
}
_BODIES = {
    code: re.compile(
        "|".join(
            rf"\b{re.escape(word)}\b" if word.isupper() else rf"(?i:\b{re.escape(word)}\b)"
            for word in words
        )
    )
    for code, words in REGISTERS.items()
}
#: Qualifications some nations do not ask, by the words that name them, with what each
#: of those nations asks in their place (see module): the PQiP is England and Wales's
#: (HM Prison and Probation Service); Scotland's justice social work (Social Work
#: (Scotland) Act 1968, s. 27) is done by SSSC-registered social workers, and PBNI's
#: probation officers (Probation Board (Northern Ireland) Order 1982) are social workers
#: registered with NISCC.
QUALIFICATIONS: Mapping[str, Mapping[str, str]] = {
    r"\bPQiP\b|(?i:\bProfessional Qualification in Probation\b)": {
        "GB-SCT": "SSSC registered social worker",
        "GB-NIR": "NISCC registered social worker",
    },
}
_QUALIFIED = [(re.compile(words), instead) for words, instead in QUALIFICATIONS.items()]
#: The register's short name, as a step names it.
_SHORT = {
    "GB-ENG": "Social Work England",
    "GB-SCT": "the SSSC",
    "GB-WLS": "Social Care Wales",
    "GB-NIR": "NISCC",
}


@lru_cache(maxsize=4096)
def nation_of(text: str) -> str | None:
    """Return the nation whose register *text* names, or ``None`` (none, or several).

    Examples
    --------
    >>> nation_of("SSSC registered social worker"), nation_of("Registered with the Scottish "
    ...     "Social Services Council (SSSC)"), nation_of("Social Work England registration")
    ('GB-SCT', 'GB-SCT', 'GB-ENG')
    >>> print(nation_of("Registered social worker"), nation_of("NMC registered nurse"))
    None None
    """
    found = [code for code, body in _BODIES.items() if body.search(text)]
    return found[0] if len(found) == 1 else None


def _names(credential: Credential) -> tuple[str, ...]:
    return (
        credential.name,
        *credential.also,
        *credential.equivalents,
        *credential.accepts,
        *(name for names in credential.in_place.values() for name in names),
    )


@lru_cache(maxsize=4096)
def _in_nation(credential: Credential, region: str) -> Credential:
    """Return *credential* with the registers of other nations than *region* left out."""
    nations = {nation_of(name) for name in _names(credential)} - {None}
    if region not in nations or len(nations) < 2:
        return credential

    def kept(names: Sequence[str]) -> tuple[str, ...]:
        return tuple(name for name in names if nation_of(name) in (None, region))

    in_place = dict(credential.in_place)
    if "GB" in in_place:
        in_place["GB"] = kept(in_place["GB"])
    also = kept(credential.also)
    update: dict[str, object] = {
        "also": also,
        "equivalents": kept(credential.equivalents),
        "accepts": kept(credential.accepts),
        "in_place": FrozenDict(in_place),
    }
    own = [name for name in credential.also if nation_of(name) == region]
    asked_here = not credential.countries or "GB" in credential.countries
    if own and asked_here and nation_of(credential.name) is None:
        # Named by the nation's register, the general name kept as another name.
        update["name"] = own[0]
        update["also"] = (credential.name, *(name for name in also if name != own[0]))
    return credential.model_copy(update=update)


def _instead(name: str, region: str) -> str | None:
    """Return what *region* asks in place of the qualification *name*, or ``None``."""
    found = (instead.get(region) for words, instead in _QUALIFIED if words.search(name))
    return next((asked for asked in found if asked), None)


@lru_cache(maxsize=4096)
def _qualified(credential: Credential, region: str) -> Credential:
    """Return *credential* with a qualification *region* does not ask replaced (see module).

    Its UK ``in_place`` name is what the nation asks instead, which the credential then
    takes (``accepts``); the qualification's names are left out of its own.

    Examples
    --------
    >>> pqip = "Professional Qualification in Probation (PQiP)"
    >>> probation = Credential(name="Probation certification", kind="licence",
    ...                        countries=("US",), also=(pqip,), in_place={"GB": (pqip,)})
    >>> scot = _qualified(probation, "GB-SCT")
    >>> scot.in_place["GB"], scot.accepts, scot.also
    (('SSSC registered social worker',), ('SSSC registered social worker',), ())
    >>> _qualified(probation, "GB-WLS") is probation
    True
    """
    named = credential.in_place.get("GB", ())
    swaps = {name: asked for name in named if (asked := _instead(name, region))}
    if not swaps:
        return credential
    in_place = dict(credential.in_place)
    in_place["GB"] = tuple(dict.fromkeys(swaps.get(name, name) for name in named))
    added = [asked for asked in dict.fromkeys(swaps.values()) if asked not in credential.accepts]
    update: dict[str, object] = {
        "in_place": FrozenDict(in_place),
        "accepts": (*credential.accepts, *added),
        "also": tuple(name for name in credential.also if _instead(name, region) is None),
    }
    return credential.model_copy(update=update)


def for_nation(entry: Entry, region: str | None) -> Entry:
    """Return *entry* with each credential as a post in the UK nation *region* asks it.

    Examples
    --------
    >>> from careermap import lookup_role
    >>> entry = lookup_role("clinical-social-worker").entry
    >>> for_nation(entry, None) is entry
    True
    >>> [c.in_place["GB"][0] for c in for_nation(entry, "GB-SCT").written if "GB" in c.in_place]
    ['SSSC registered social worker']
    """
    if region not in NATIONS:
        return entry
    found = [
        _in_nation(_qualified(c, region), region) if isinstance(c, Credential) else c
        for c in entry.credentials
    ]
    if all(new is old for new, old in zip(found, entry.credentials, strict=True)):
        return entry
    return entry.model_copy(update={"credentials": tuple(found)})


def moved_registers(
    before: Entry,
    after: Entry,
    person: Sequence[str],
    ambiguous: Mapping[str, tuple[str, ...]],
) -> dict[str, str]:
    """Return the post's credentials held only by another nation's register, with the text.

    By the name each has in *after* (:func:`for_nation`'s entry): the credential *before*
    held by the person's text, which *after* no longer holds.
    """
    moved: dict[str, str] = {}
    for old, new in zip(before.written, after.written, strict=True):
        if old is new or holds(person, new, ambiguous=ambiguous):
            continue
        texts = [t for t in person if nation_of(t) and holds([t], old, ambiguous=ambiguous)]
        if texts:
            moved[new.name] = texts[0]
    return moved


def apply_to(text: str, region: str) -> str:
    """Say the short step of a person registered in another nation than *region*.

    Examples
    --------
    >>> print(apply_to("SSSC registered social worker", "GB-ENG"))  # doctest: +NORMALIZE_WHITESPACE
    register with Social Work England (your 'SSSC registered social worker' is Scotland's
    register; another UK nation's registrant applies as a UK applicant, without
    retraining)
    """
    held = nation_of(text)
    where = f"{NATIONS[held]}'s register" if held else "another nation's register"
    return (
        f"register with {_SHORT[region]} (your {text!r} is {where}; another UK nation's "
        "registrant applies as a UK applicant, without retraining)"
    )
