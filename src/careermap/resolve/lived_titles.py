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
  keeps its reading (:data:`careermap.results.lived.TRUE_KINDS`).

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
    r"\b(?:peers?|peer[- ]to[- ]peer|lived[- ]experience|experts?\s+by\s+experience)\b",
    re.IGNORECASE,
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
        frozenset({LivedKind.MENTAL_HEALTH}),
        re.compile(r"\b(?:mental[- ]health|CMHT|psychiatric|psychosis)\b", re.IGNORECASE),
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
    return found


def lived_kinds_in_titles(titles: Iterable[str]) -> tuple[LivedKind, ...]:
    """Return the kinds of lived experience the peer titles among *titles* name.

    In the vocabulary's order; empty when no title is a peer title naming a population.

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
    """
    found: set[LivedKind] = set()
    for title in titles:
        found |= _kinds(title)
    return tuple(k for k in LivedKind if k in found)


def lived_titles(titles: Iterable[str]) -> tuple[str, ...]:
    """Return the titles of *titles* that name a kind of lived experience.

    Examples
    --------
    >>> lived_titles(["Shipyard electrician", "Peer helper for war veterans"])
    ('Peer helper for war veterans',)
    """
    return tuple(title for title in titles if _kinds(title))
