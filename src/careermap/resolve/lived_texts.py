"""The kind of lived experience a person's own texts name (review 30, P6).

A person may answer only yes to lived experience (``Background.lived_experience`` is
``True``) and write what it was among their skills: "my own recovery (heroin, clean
since 2007)", "caring for my son (schizophrenia)". The yes alone is read as lived
experience of mental illness or recovery (:data:`careermap.results.lived.TRUE_KINDS`),
so a carer was told a mental-health peer post was open to her and a man in recovery from
heroin was asked which kind his was. :func:`lived_kinds_in` reads the kind from such
texts, by rule, for :mod:`careermap.results.lived`:

* a text counts only when it states the person's OWN lived experience
  (:func:`careermap.resolve.parts._lived`: "my own recovery ...", "my lived experience
  of ...") or their care of someone of their own ("caring for my son", "carer for my
  mother", "parent of a child with autism" is not: whose child is not said, and a
  worker writes "parents of children with ..." of their clients);
* in a text about someone of their own ("my son", "my husband", "as a carer", "as a
  parent"), the kind is *family* (being the parent, family member or carer of someone
  with mental-health or substance-use needs), whatever the illness named: it is the
  relative's;
* time sober or clean said of oneself ("8 yrs sober", "sober since 2016") is substance-use
  recovery, in any text (thirty-fourth round);
* otherwise the words name the kind: substances, "clean" or "sober" are substance-use
  recovery; prison, probation or parole the criminal justice system; military service
  or being a veteran; homelessness; a mental illness or mental-health problems. Recovery
  not said to be from a substance or an illness ("my lived experience of incarceration
  and recovery") is what a yes is read as, mental illness or recovery, beside the rest.

Work texts never count: "caring for clients", "recovery planning", "drug counselling".
The kinds follow the vocabulary roles use (:class:`careermap.taxonomy.lived.LivedKind`);
docs/profiles.md says how the verdicts use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from careermap.resolve.parts import _lived
from careermap.taxonomy.lived import LivedKind

__all__ = ["lived_kinds_in", "lived_texts", "states_loss"]

_KIN = (
    r"(?:son|sons|daughter|daughters|child|children|kids?|boy|girl|husband|wife|partner"
    r"|mother|father|mum|mom|dad|parents?|brother|sister|siblings?|twin|grandson"
    r"|granddaughter|grandchild(?:ren)?|grandmother|grandfather|family\s+member|relatives?"
    r"|loved\s+one|spouse|fianc[eé]e?|uncle|aunt|nephew|niece|cousin)"
)
#: Care of someone of the person's own: "caring for my son", "carer to my mum",
#: "supporting my husband through psychosis", "raising our daughter (autism)".
_CARE = re.compile(
    r"^(?:(?:unpaid|family|young|kinship)\s+)?(?:caring\s+for|carer\s+(?:for|of|to)"
    r"|caregiver\s+(?:for|of|to)|care\s*giving\s+for|looking\s+after|raising|parenting"
    r"|supporting|living\s+with)\s+(?:my|our)\s+(?:own\s+)?(?:\S+\s+)?" + _KIN + r"\b",
    re.IGNORECASE,
)
#: In a statement of one's own lived experience, a relative or a carer's words make it
#: the family kind: "my lived experience as a carer", "my own experience as the mother
#: of a son with psychosis", "my own recovery ... my son's" is not (a recovery is one's own).
_FAMILY = re.compile(
    r"\b(?:(?:my|our)\s+(?:own\s+)?" + _KIN + r"(?:'s)?\b|as\s+an?\s+(?:unpaid\s+|family\s+)?"
    r"(?:carer|caregiver|parent|mother|father|mum|mom|dad)\b|as\s+the\s+(?:parent|mother|father"
    r"|carer|caregiver|sibling|sister|brother|wife|husband|partner)\s+of\b)",
    re.IGNORECASE,
)
_KINDS: tuple[tuple[LivedKind, re.Pattern[str]], ...] = (
    (
        LivedKind.SUBSTANCE_USE,
        re.compile(
            r"\b(?:heroin|alcohol(?:ism|ic)?|drugs?|drinking|opioids?|opiates?|cocaine|crack"
            r"|meth(?:amphetamine)?|methadone|benzos?|cannabis|addiction|addicted|substances?"
            r"|substance[- ]use|clean|sober|sobriety|12[- ]step)\b",
            re.IGNORECASE,
        ),
    ),
    (
        LivedKind.JUSTICE,
        re.compile(
            r"\b(?:prison|incarcerat\w*|jail|probation|parole|convictions?|justice[- ]involve\w*"
            r"|criminal\s+justice)\b",
            re.IGNORECASE,
        ),
    ),
    (
        LivedKind.MILITARY,
        re.compile(r"\b(?:military|veterans?|army|navy|combat|deployments?)\b", re.IGNORECASE),
    ),
    (
        LivedKind.HOMELESSNESS,
        re.compile(r"\b(?:homeless(?:ness)?|rough\s+sleeping|sleeping\s+rough)\b", re.IGNORECASE),
    ),
    (
        LivedKind.MENTAL_HEALTH,
        re.compile(
            r"\b(?:mental[- ]health|mental\s+illness|depression|anxiety|psychosis|psychotic"
            r"|bipolar|schizophrenia|PTSD|eating\s+disorders?|anorexia|bulimia|self[- ]harm"
            r"|suicidal|suicide\s+attempts?|attempted\s+suicide|OCD|BPD|personality\s+disorder"
            r"|breakdown|hearing\s+voices|burn-?out)\b",
            re.IGNORECASE,
        ),
    ),
    (LivedKind.SUICIDE, re.compile(r"\b(?:suicid\w*|postvention)\b", re.IGNORECASE)),
)
#: A loss to suicide, said of one's own: "bereaved by suicide", "lost my brother to
#: suicide", "my son's suicide". A relative named here is the one lost, not a person
#: cared for, so the family kind does not follow (thirty-ninth round, review39 P14).
_LOSS = re.compile(
    r"\b(?:bereave\w*|los[st]|losing|loss|death|died|suicide\s+of)\b[^,;()]*\bsuicid\w*"
    r"|\bsuicid\w*\s+(?:loss|bereavement)\b|\b" + _KIN + r"'s\s+suicide\b",
    re.IGNORECASE,
)


#: Time sober or clean, said of oneself: "8 yrs sober", "sober since 2016", "clean for ten
#: years" (thirty-fourth round, review34 P9: "SMART Recovery facilitator (8 yrs sober)"
#: left a yes read as mental illness). A worker writes of clients' sobriety with a verb
#: ("helping clients stay sober"), never a span of their own. Years "in recovery" are left
#: out: recovery is also from mental illness.
_SOBER = re.compile(
    r"\b(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s*"
    r"(?:yrs?|years?|months?|mos?)\.?\s+(?:sober|clean|abstinent)\b"
    r"|\b(?:sober|clean|abstinent)\s+(?:since\s+\d{4}|for\s+(?:\d+\+?|\w+)\s+"
    r"(?:yrs?|years?|months?))",
    re.IGNORECASE,
)
#: Recovery, whatever from: the kinds of recovery a yes is read as when none is said.
_RECOVERY = re.compile(r"\brecover(?:y|ing|ed)\b", re.IGNORECASE)
_RECOVERY_KINDS = frozenset({LivedKind.MENTAL_HEALTH, LivedKind.SUBSTANCE_USE})


def _kinds(text: str) -> set[LivedKind]:
    """Return the kinds one text states of the person's own lived experience."""
    stripped = text.strip()
    if _CARE.match(stripped):
        return {LivedKind.FAMILY}
    if _SOBER.search(stripped):  # "SMART Recovery facilitator (8 yrs sober)"
        return {LivedKind.SUBSTANCE_USE}
    if not _lived(stripped):
        return set()
    if _LOSS.search(stripped):  # "my lived experience of losing my brother to suicide"
        return {LivedKind.SUICIDE}
    if _FAMILY.search(stripped) and not re.search(r"\bmy\s+own\b[^,;()]*\brecovery", stripped):
        return {LivedKind.FAMILY}
    found = {kind for kind, words in _KINDS if words.search(stripped)}
    if found and _RECOVERY.search(stripped) and not found & _RECOVERY_KINDS:
        # Recovery of a kind not said ("my lived experience of incarceration and
        # recovery"): what a yes is read as, mental illness or recovery.
        found |= _RECOVERY_KINDS
    return found


def lived_kinds_in(texts: Iterable[str]) -> tuple[LivedKind, ...]:
    """Return the kinds of lived experience *texts* state as the person's own.

    In the vocabulary's order; empty when no text states one (a yes then stays a kind
    not said).

    Examples
    --------
    >>> [k.value for k in lived_kinds_in(["my own recovery (heroin, clean since 2007)"])]
    ['substance-use']
    >>> [k.value for k in lived_kinds_in(["caring for my son (schizophrenia)"])]
    ['family']
    >>> [k.value for k in lived_kinds_in(["my lived experience as a carer"])]
    ['family']
    >>> [k.value for k in lived_kinds_in(["my own PTSD & TBI recovery (VA)"])]
    ['mental-health']
    >>> [k.value for k in lived_kinds_in(["my lived experience of incarceration and recovery"])]
    ['mental-health', 'substance-use', 'justice']
    >>> [k.value for k in lived_kinds_in(["SMART Recovery facilitator (8 yrs sober)"])]
    ['substance-use']
    >>> [k.value for k in lived_kinds_in(["my lived experience of losing my son to suicide"])]
    ['suicide']
    >>> [k.value for k in lived_kinds_in(["my own lived experience of a suicide attempt"])]
    ['mental-health', 'suicide']
    >>> lived_kinds_in(["caring for clients", "drug counselling", "my recovery journey"])
    ()
    >>> lived_kinds_in(["helping clients stay sober", "SMART Recovery facilitator"])
    ()
    """
    found: set[LivedKind] = set()
    for text in texts:
        found |= _kinds(text)
    return tuple(k for k in LivedKind if k in found)


def lived_texts(texts: Iterable[str]) -> tuple[str, ...]:
    """Return the texts of *texts* that state a kind of the person's own lived experience.

    Examples
    --------
    >>> lived_texts(["motivational interviewing", "caring for my son (schizophrenia)"])
    ('caring for my son (schizophrenia)',)
    """
    return tuple(text for text in texts if _kinds(text))


def states_loss(texts: Iterable[str]) -> bool:
    """Say whether one of *texts* states a loss to suicide ("bereaved by suicide").

    A person's lived experience of suicide may be their own (suicidal thoughts, an
    attempt) or a loss; :mod:`careermap.results.lived` counts it for a mental-health peer
    post only when no text says it is a loss (forty-second round, review42 P2).

    Examples
    --------
    >>> states_loss(["my lived experience of losing my son to suicide"])
    True
    >>> states_loss(["Peer Worker (lived experience of suicide)"])
    False
    """
    return any(_LOSS.search(text) for text in texts)
