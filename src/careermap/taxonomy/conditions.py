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
from careermap.taxonomy.fields import unique

__all__ = ["CONDITION_WORDS", "ENTAILS", "Condition", "Conditions", "conditions", "involved"]


class Condition(str, Enum):
    """A working condition a role routinely involves, that a person may want to leave.

    A small closed vocabulary (``docs/taxonomy-format.md``, the rule for filling it in
    ``docs/taxonomy-notes.md``): a role lists a condition only when it is a routine part
    of the job as it is usually done, not an occasional escalation.
    """

    SHIFT_WORK = "shift-work"
    CRISIS_WORK = "crisis-work"
    TRAUMA_EXPOSURE = "trauma-exposure"
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
#: person who wants no caseload is told of a therapist's post too.
ENTAILS: Mapping[Condition, Condition] = FrozenDict(
    {Condition.CLINICAL_CASELOAD: Condition.CASELOAD}
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


#: The conditions' names, in order (read for every skill and role validated).
_VALID = tuple(c.value for c in Condition)


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
    valid = _VALID
    if len(values) > len(valid):  # before the items: each may be named once
        msg = f"at most {len(valid)} conditions (each once), got {len(values)}"
        raise ValueError(msg)
    found = []
    for value in values:
        if isinstance(value, Condition):
            found.append(value.value)
            continue
        key = "-".join(str(value).casefold().replace("_", " ").split())
        if key not in valid:
            msg = f"unknown condition {value!r}; use one of: {', '.join(valid)}"
            raise ValueError(msg)
        found.append(key)
    return found


def _conditions_unique(value: tuple[Condition, ...]) -> tuple[Condition, ...]:
    unique(tuple(c.value for c in value), "condition")
    return value


Conditions = Annotated[
    tuple[Condition, ...], BeforeValidator(conditions), AfterValidator(_conditions_unique)
]
