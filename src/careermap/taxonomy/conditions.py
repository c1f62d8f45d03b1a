"""Working conditions: what a job routinely involves that a person may want to leave.

A small closed vocabulary shared by roles (``Role.conditions``) and people
(``Background.avoid``); docs/taxonomy-format.md lists it, docs/taxonomy-notes.md gives
the rule the bundled roles were filled in by. Two say where the work is done rather
than what it asks of a person: ``on-site`` (avoided by a person who wants to work from
home) and ``travel``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from careermap.base.frozen import FrozenDict
from careermap.taxonomy.fields import unique, vocabulary_values

__all__ = [
    "CONDITION_WORDS",
    "ENTAILS",
    "OWN_WORDS",
    "Condition",
    "Conditions",
    "conditions",
    "involved",
    "said_as_listed",
]


class Condition(str, Enum):
    """A working condition a role routinely involves, that a person may want to leave.

    A small closed vocabulary (``docs/taxonomy-format.md``, the rule for filling it in
    ``docs/taxonomy-notes.md``): a role lists a condition only when it is a routine part
    of the job as it is usually done, not an occasional escalation.
    """

    SHIFT_WORK = "shift-work"
    CRISIS_WORK = "crisis-work"
    TRAUMA_EXPOSURE = "trauma-exposure"
    END_OF_LIFE = "end-of-life"
    CLINICAL_CASELOAD = "clinical-caseload"
    CASELOAD = "caseload"
    PHYSICAL_INTERVENTION = "physical-intervention"
    COURT_WORK = "court-work"
    MANAGING_STAFF = "managing-staff"
    ON_SITE = "on-site"
    TRAVEL = "travel"


#: Each condition in plain words, as a note to a person reads it.
CONDITION_WORDS: Mapping[Condition, str] = FrozenDict(
    {
        Condition.SHIFT_WORK: "shift work (nights, weekends, sleep-ins or on-call duty)",
        Condition.CRISIS_WORK: "crisis work (people at acute risk, day to day)",
        Condition.TRAUMA_EXPOSURE: "trauma exposure (hearing or reviewing accounts of abuse "
        "and violence)",
        Condition.END_OF_LIFE: "death and dying (being with people at the end of life and "
        "with their families before and after a death)",
        Condition.CLINICAL_CASELOAD: "a clinical caseload (assessing or treating patients "
        "or clients)",
        Condition.CASELOAD: "a caseload (clients or families you follow and answer for over "
        "weeks or months)",
        Condition.PHYSICAL_INTERVENTION: "physical intervention (restraint or holds)",
        Condition.COURT_WORK: "court work (reports and evidence for courts)",
        Condition.MANAGING_STAFF: "managing staff (leading a team: rotas, supervision, "
        "appraisals, hiring)",
        Condition.ON_SITE: "work on site (on a ward or in a school, hospital or interview "
        "suite; rarely done from home)",
        Condition.TRAVEL: "regular travel (home visits, outreach, or visits to clients, "
        "workplaces and services)",
    }
)


#: A condition that carries another with it: a clinical caseload is a caseload, so a
#: person who wants no caseload is told of a therapist's post too. Death and dying is
#: exposure to trauma (thirty-third round, review33 P9: DSM-5 PTSD criterion A counts
#: witnessing in person the death of others; the secondary traumatic stress of hospice,
#: palliative and paediatric oncology staff, ProQOL), so a person who wants to leave trauma
#: exposure is told of a bereavement post too.
ENTAILS: Mapping[Condition, Condition] = FrozenDict(
    {
        Condition.CLINICAL_CASELOAD: Condition.CASELOAD,
        Condition.END_OF_LIFE: Condition.TRAUMA_EXPOSURE,
    }
)


def involved(listed: Iterable[Condition]) -> frozenset[Condition]:
    """Return the conditions a role involves: those it lists and those they entail.

    Examples
    --------
    >>> sorted(c.value for c in involved([Condition.CLINICAL_CASELOAD]))
    ['caseload', 'clinical-caseload']
    """
    given = frozenset(listed)
    return given | {ENTAILS[c] for c in given if c in ENTAILS}


#: Conditions whose words, not those of the condition they entail, say what a role involves.
OWN_WORDS: frozenset[Condition] = frozenset({Condition.END_OF_LIFE})


def said_as_listed(
    avoided: Iterable[Condition], listed: Iterable[Condition]
) -> tuple[Condition, ...]:
    """Return the conditions a person avoids as a role *listed* them, to name in a caution.

    A wish a role meets only through a condition that entails it (:data:`ENTAILS`) and
    is named in its own words (:data:`OWN_WORDS`) is named as the role's condition: a
    bereavement post listed as death and dying is not "accounts of abuse and violence" to
    a person who wants to leave trauma exposure. A clinical caseload is said as the
    caseload the person named, whose words describe it.

    Examples
    --------
    >>> [c.value for c in said_as_listed([Condition.TRAUMA_EXPOSURE], [Condition.END_OF_LIFE])]
    ['end-of-life']
    >>> [c.value for c in said_as_listed([Condition.COURT_WORK], [Condition.COURT_WORK])]
    ['court-work']
    """
    own = tuple(listed)
    said: list[Condition] = []
    for wish in avoided:
        via = [c for c in own if ENTAILS.get(c) is wish and c in OWN_WORDS]
        named = via[0] if wish not in own and via else wish
        if named not in said:
            said.append(named)
    return tuple(said)


def conditions(values: object) -> object:
    """Normalise condition names as people write them ("Shift work" -> ``shift-work``).

    Anything not in the vocabulary is an error that names it and lists the valid names.

    Examples
    --------
    >>> conditions(["Shift work", "crisis_work"])
    ['shift-work', 'crisis-work']
    >>> conditions(["nights"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown condition 'nights'; use one of: shift-work, crisis-work, ...
    """
    if isinstance(values, str) or not isinstance(values, (list, tuple)):
        return values  # pydantic reports the wrong type
    return vocabulary_values(values, Condition, ("condition", "conditions"), _key)


def _key(value: object) -> str:
    return "-".join(str(value).casefold().replace("_", " ").split())


def _conditions_unique(value: tuple[Condition, ...]) -> tuple[Condition, ...]:
    unique(tuple(c.value for c in value), "condition")
    return value


Conditions = Annotated[
    tuple[Condition, ...], BeforeValidator(conditions), AfterValidator(_conditions_unique)
]
