"""The kind of lived experience a peer job title names (review 33, P8).

Peer work is the sharing of one's own lived experience with people going through the
same (SAMHSA, *Value of Peers*, 2017; its *Core Competencies for Peer Workers in
Behavioral Health Services*, 2015): a peer title that names whose peer the person is
names the kind of lived experience they bring. A person who answered only yes to lived
experience (``Background.lived_experience`` is ``True``) and works as a "veterans' peer
helper" was read as in recovery from mental illness or substance use, and offered a
recovery coach's post, which asks for substance-use recovery, as a short step with a
question. :func:`lived_kinds_in_titles` reads the kind from such titles, by rule, beside
:func:`careermap.resolve.lived_texts.lived_kinds_in` (the person's own texts):

* a title counts only when it names peer work: *peer* (peer support worker, peer
  specialist, peer helper, peer educator, peer mentor, peer advocate) or *lived
  experience* (lived experience practitioner), in the current job title, another job
  title (``Background.experience``) or a credential's name ("Certificate in Peer Support
  Working in Mental Health");
* the population it names gives the kind: mental health (a community mental health team,
  psychiatric services) mental illness; addiction, substance use, drug or alcohol services
  substance-use recovery; veterans or the military both military service and mental
  illness, as a veterans' peer specialist is by law "a veteran who has recovered or is
  recovering from a mental illness" (38 U.S.C. 7402(b)(13), the VA's peer specialists);
  a family, parent or carer peer the family kind (family peer support is its own role:
  SAMHSA, the NFFCMH); reentry, forensic or justice peers the criminal justice system and
  homelessness services homelessness, each beside what the yes is read as, mental illness
  or recovery (forensic peer specialists bring lived experience of mental illness or
  substance use and of the justice system: SAMHSA's GAINS Center);
* a peer title that names no population ("Peer support worker") gives no kind: the yes
  keeps its reading (:data:`careermap.results.lived.TRUE_KINDS`);
* a carer's or family peer title is the family kind alone, whatever service it names
  ("Carer Consultant, Area Mental Health Service", "Family Peer Advocate, addiction
  services"): the illness named is the relative's (thirty-sixth round, review36 P9: a
  Bendigo carer consultant was read as a consumer). A *consumer* or *carer consultant*
  is a peer title: the two designated roles of Australia's lived experience workforce,
  consumer (a person's own mental illness) and carer (National Mental Health Commission,
  *National Lived Experience (Peer) Workforce Development Guidelines*, 2021).

A credential (*credentials*) is read more narrowly, by who may hold it, not by the
field it trains for: a training in mental-health peer work shows no kind by that name,
since it trains consumer and carer peer workers alike (the Certificate IV in Mental
Health Peer Work, CHC43515, training.gov.au: consumer and carer streams; DCU's
Certificate in Peer Support Working in Mental Health, opened to family peer support
workers in 2018), unless it names its stream ("carer stream", "consumer"). A
certification awarded only to people with a kind shows it: the New York Certified Peer
Specialist (NYCPS) is for people who identify as current or former recipients of mental
health services (New York Peer Specialist Certification Board, nypeerspecialist.org,
eligibility; the credential New York's Office of Mental Health recognises).

Work titles without peer words never count: a "Mental health support worker" shares no
experience of their own by the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careermap.taxonomy.lived import LivedKind

__all__ = ["lived_kinds_in_titles", "lived_titles"]

#: Peer work: the title says the person works as a peer, or from lived experience.
_PEER = re.compile(
    r"\b(?:peers?|peer[- ]to[- ]peer|lived[- ]experience|experts?\s+by\s+experience"
    r"|(?:carer|consumer)\s+consultants?)\b",
    re.IGNORECASE,
)
#: The family kind: a carer's, parent's or family peer title names the relative's needs.
_FAMILY = frozenset({LivedKind.FAMILY})
#: Peer certifications awarded only to people with one kind of lived experience (module).
_CERTIFIED: tuple[tuple[frozenset[LivedKind], re.Pattern[str]], ...] = (
    (
        frozenset({LivedKind.MENTAL_HEALTH}),
        re.compile(
            r"\bNYCPS\b|\bNew\s+York\s+(?:State\s+)?Certified\s+Peer\s+Specialist\b",
            re.IGNORECASE,
        ),
    ),
)
#: A peer training's stream, named beside it: "(carer stream)", "consumer stream".
_STREAMS: tuple[tuple[frozenset[LivedKind], re.Pattern[str]], ...] = (
    (_FAMILY, re.compile(r"\b(?:carers?|family|families|parents?)\b", re.IGNORECASE)),
    (frozenset({LivedKind.MENTAL_HEALTH}), re.compile(r"\bconsumers?\b", re.IGNORECASE)),
)
#: What a yes is read as when no kind is said (:data:`careermap.results.lived.TRUE_KINDS`):
#: kept beside a population that is not a kind of recovery (justice, homelessness).
_RECOVERY = (LivedKind.MENTAL_HEALTH, LivedKind.SUBSTANCE_USE)
#: Each population a peer title may name, with the kinds it gives.
_POPULATIONS: tuple[tuple[frozenset[LivedKind], re.Pattern[str]], ...] = (
    (
        frozenset({LivedKind.MILITARY, LivedKind.MENTAL_HEALTH}),
        re.compile(r"\b(?:veterans?'?|military|armed\s+forces|ex-?service\w*)", re.IGNORECASE),
    ),
    (
        frozenset({LivedKind.SUBSTANCE_USE}),
        re.compile(
            r"\b(?:addictions?|substance[- ](?:use|misuse|abuse)|drugs?|alcohol|SUD"
            r"|opioids?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        frozenset({LivedKind.FAMILY}),
        re.compile(r"\b(?:family|families|parents?|carers?|caregivers?)\b", re.IGNORECASE),
    ),
    (
        frozenset({LivedKind.JUSTICE, *_RECOVERY}),
        re.compile(r"\b(?:re-?entry|forensic|justice|prisons?|probation)\b", re.IGNORECASE),
    ),
    (
        frozenset({LivedKind.HOMELESSNESS, *_RECOVERY}),
        re.compile(r"\bhomeless(?:ness)?\b", re.IGNORECASE),
    ),
    (
        frozenset({LivedKind.SUICIDE}),
        re.compile(r"\b(?:suicide|postvention)\b", re.IGNORECASE),
    ),
    (
        frozenset({LivedKind.MENTAL_HEALTH}),
        re.compile(
            r"\b(?:mental[- ]health|CMHT|psychiatric|psychosis|consumers?)\b", re.IGNORECASE
        ),
    ),
)


def _kinds(title: str) -> set[LivedKind]:
    """Return the kinds one peer title names (none for any other title)."""
    if not _PEER.search(title):
        return set()
    found: set[LivedKind] = set()
    for kinds, words in _POPULATIONS:
        if words.search(title):
            found |= kinds
    # A carer's or family peer title: the illness or service named is the relative's.
    return set(_FAMILY) if LivedKind.FAMILY in found else found


def _certified(credential: str) -> set[LivedKind]:
    """Return the kinds one credential shows: by who may hold it, or the stream it names."""
    found = {kind for kinds, words in _CERTIFIED if words.search(credential) for kind in kinds}
    if found or not _PEER.search(credential):
        return found
    for kinds, words in _STREAMS:
        if words.search(credential):
            return set(kinds)
    return set()


def lived_kinds_in_titles(
    titles: Iterable[str], credentials: Iterable[str] = ()
) -> tuple[LivedKind, ...]:
    """Return the kinds of lived experience the peer titles among *titles* name.

    In the vocabulary's order; empty when no title is a peer title naming a population.
    Each of *credentials* counts by who may hold it, or by the stream it names (module).

    Examples
    --------
    >>> names = lambda titles: [k.value for k in lived_kinds_in_titles(titles)]
    >>> names(["Branitelj pomagač (veterans' peer helper), udruga branitelja"])
    ['mental-health', 'military']
    >>> names(["Peer support worker (community mental health team)"])
    ['mental-health']
    >>> names(["Family Peer Advocate"]), names(["Peer Recovery Coach, addiction services"])
    (['family'], ['substance-use'])
    >>> names(["Peer support worker", "Mental health support worker", "Veterans service officer"])
    []
    >>> names(["Carer Consultant (0.6 FTE), Area Mental Health Service"])
    ['family']
    >>> cert_iv = "Certificate IV in Mental Health Peer Work (CHC43515)"
    >>> [k.value for k in lived_kinds_in_titles([], [cert_iv])]
    []
    >>> [k.value for k in lived_kinds_in_titles([], [cert_iv + ", carer stream"])]
    ['family']
    >>> [k.value for k in lived_kinds_in_titles([], ["New York Certified Peer Specialist (NYCPS)"])]
    ['mental-health']
    """
    found: set[LivedKind] = set()
    for title in titles:
        found |= _kinds(title)
    for credential in credentials:
        found |= _certified(credential)
    return tuple(k for k in LivedKind if k in found)


def lived_titles(titles: Iterable[str], credentials: Iterable[str] = ()) -> tuple[str, ...]:
    """Return the titles, then the *credentials*, that name a kind of lived experience.

    Examples
    --------
    >>> lived_titles(["Shipyard electrician", "Peer helper for war veterans"])
    ('Peer helper for war veterans',)
    >>> lived_titles([], ["NYCPS", "Certificate IV in Mental Health Peer Work"])
    ('NYCPS',)
    """
    named = tuple(title for title in titles if _kinds(title))
    return named + tuple(credential for credential in credentials if _certified(credential))
