"""Lived experience: whether a role asks for it, and of what kind.

Peer roles are open to people who use their own experience at work, but not any
experience: a recovery coach's posts ask for lived experience of recovery from
alcohol or drugs, a mental-health peer post for lived experience of mental illness, a
family peer advocate's for having raised a child with mental-health needs. A small
closed vocabulary of kinds (:class:`LivedKind`) is shared by roles
(``Entry.lived_experience_of``: the kinds that count) and people
(``Background.lived_experience``: ``True`` for lived experience of a kind not said, or
the kinds); docs/taxonomy-format.md lists it, docs/taxonomy-notes.md gives the sources
the bundled roles were filled in from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from careermap.base.frozen import FrozenDict
from careermap.taxonomy.fields import unique, vocabulary_values

__all__ = [
    "LIVED_WORDS",
    "LivedAnswer",
    "LivedExperience",
    "LivedKind",
    "LivedKinds",
    "asked_for",
    "lived_answer",
    "lived_kinds",
]


class LivedExperience(str, Enum):
    """Whether a role asks for lived experience of mental illness, addiction or the system."""

    NONE = "none"
    VALUED = "valued"
    REQUIRED = "required"


class LivedKind(str, Enum):
    """A kind of lived experience a person may bring to work, and a peer role ask for.

    ``mental-health``
        mental illness or mental-health problems, and recovery (a mental-health peer
        specialist, an NHS peer support worker, an Australian consumer peer worker);
    ``substance-use``
        addiction and recovery from alcohol or drug use (a recovery coach);
    ``family``
        being the parent, family member or carer of someone with mental-health or
        substance-use needs (a family peer advocate, an Australian carer peer worker);
    ``justice``
        arrest, prison, probation or parole (a forensic peer specialist);
    ``military``
        military service (a veteran peer specialist);
    ``homelessness``
        homelessness or housing insecurity;
    ``suicide``
        suicidal thoughts, a suicide attempt, caring for someone through a suicidal
        crisis, or bereavement by suicide (a lived experience post in suicide prevention;
        Roses in the Ocean's definition, docs/taxonomy-notes.md).
    """

    MENTAL_HEALTH = "mental-health"
    SUBSTANCE_USE = "substance-use"
    FAMILY = "family"
    JUSTICE = "justice"
    MILITARY = "military"
    HOMELESSNESS = "homelessness"
    SUICIDE = "suicide"


#: Each kind in plain words, as they follow "lived experience" in a note to a person.
LIVED_WORDS: Mapping[LivedKind, str] = FrozenDict(
    {
        LivedKind.MENTAL_HEALTH: "of mental illness or mental-health problems",
        LivedKind.SUBSTANCE_USE: "of substance-use recovery",
        LivedKind.FAMILY: "as the parent or carer of someone with mental-health or "
        "substance-use needs",
        LivedKind.JUSTICE: "of the criminal justice system",
        LivedKind.MILITARY: "of military service",
        LivedKind.HOMELESSNESS: "of homelessness",
        LivedKind.SUICIDE: "of suicide, whether thoughts, an attempt or a loss",
    }
)

#: Other words people write for a kind (after folding case, spaces and hyphens).
_ALIASES: Mapping[str, LivedKind] = FrozenDict(
    {
        "mental-illness": LivedKind.MENTAL_HEALTH,
        "addiction": LivedKind.SUBSTANCE_USE,
        "substance-use-recovery": LivedKind.SUBSTANCE_USE,
        "recovery-from-addiction": LivedKind.SUBSTANCE_USE,
        "carer": LivedKind.FAMILY,
        "parent": LivedKind.FAMILY,
        "caregiver": LivedKind.FAMILY,
        "justice-involvement": LivedKind.JUSTICE,
        "criminal-justice": LivedKind.JUSTICE,
        "veteran": LivedKind.MILITARY,
        "suicide-loss": LivedKind.SUICIDE,
        "suicide-bereavement": LivedKind.SUICIDE,
        "suicide-attempt": LivedKind.SUICIDE,
    }
)


def _kind(value: object) -> str:
    """Return the kind *value* names as people write it, by its own word or another."""
    key = "-".join(str(value).casefold().replace("_", " ").replace("-", " ").split())
    return _ALIASES[key].value if key in _ALIASES else key


def lived_kinds(values: object) -> object:
    """Normalise kinds of lived experience as people write them ("Substance use").

    A string may name several kinds, separated by commas. Anything not in the
    vocabulary (nor one of its few other words: "addiction", "carer", "veteran") is an
    error that names it and lists the valid names. Other values are left for pydantic.

    Examples
    --------
    >>> lived_kinds(["Substance use", "mental_health"])
    ['substance-use', 'mental-health']
    >>> lived_kinds("addiction, carer")
    ['substance-use', 'family']
    >>> lived_kinds(["gambling"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown kind of lived experience 'gambling'; use one of: mental-health, ...
    """
    if isinstance(values, str):
        values = [part for part in values.split(",") if part.strip()]
    if not isinstance(values, (list, tuple)):
        return values  # pydantic reports the wrong type
    what = ("kind of lived experience", "kinds of lived experience")
    return vocabulary_values(values, LivedKind, what, _kind)


def _unique(value: tuple[LivedKind, ...]) -> tuple[LivedKind, ...]:
    unique(tuple(k.value for k in value), "lived experience")
    return value


LivedKinds = Annotated[tuple[LivedKind, ...], BeforeValidator(lived_kinds), AfterValidator(_unique)]


#: The words pydantic reads as a yes or no (its lax booleans).
_BOOLEANS = frozenset({"true", "false", "yes", "no", "on", "off", "1", "0", "t", "f", "y", "n"})


def lived_answer(value: object) -> object:
    """Read a person's answer: a yes or no is left as it is, anything else is kinds.

    So an unknown kind is one error naming it, not one per way of reading the answer.

    Examples
    --------
    >>> lived_answer("yes"), lived_answer(True), lived_answer("carer")
    ('yes', True, ['family'])
    """
    if isinstance(value, str) and value.strip().casefold() in _BOOLEANS:
        return value
    if isinstance(value, (str, list, tuple)):
        return lived_kinds(value)
    return value


#: A person's lived experience: its kinds, ``True`` for a kind not said, ``False`` or None.
LivedAnswer = Annotated[bool | LivedKinds | None, BeforeValidator(lived_answer)]


def asked_for(kinds: Iterable[LivedKind]) -> str:
    """Say in plain words the lived experience *kinds* stand for (any kind: none given).

    Examples
    --------
    >>> asked_for([LivedKind.SUBSTANCE_USE])
    'lived experience of substance-use recovery'
    >>> asked_for([])
    'lived experience of mental illness or recovery'
    """
    words = [LIVED_WORDS[k] for k in LivedKind if k in set(kinds)]
    if not words:
        return "lived experience of mental illness or recovery"
    return "lived experience " + ", or ".join(words)
