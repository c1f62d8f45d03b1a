"""The gates a ``needs`` verdict names, as the verdict records them (results.gates).

The verdict records the degree the person lacks (``Readiness.missing_education``) and
what each other need is (``Readiness.gates``); advice order counts those, never the
words of ``needs`` (thirtieth round).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.profile import Background
from careermap.results.gates import FAR_GATES, missing_gates
from careermap.results.readiness import assess
from careermap.results.verdict import Gate, Readiness
from careermap.taxonomy.models import Education

HCSW = Background(education="certificate", country="GB")


def _needs(role: str, background: Background) -> Readiness:
    found = assess(careermap.lookup_role(role).entry, background)
    assert found is not None
    assert found.verdict == "needs"
    return found


def test_a_missing_degree_and_each_other_need_are_recorded_in_order() -> None:
    found = _needs("psychiatric-nurse-practitioner", HCSW)
    assert found.needs[0] == "a master's degree"
    assert found.missing_education is Education.MASTER
    assert found.gates == (Gate.LICENCE, Gate.CERTIFICATION)  # RN; ACP with V300
    assert len(found.needs) == 1 + len(found.gates)
    # A master's is two levels above a certificate (one level with an associate degree).
    assert missing_gates(found, HCSW) == 2 + 2 >= FAR_GATES


def test_a_programme_that_gives_the_degree_is_one_gate_not_a_degree() -> None:
    student = Background(
        education="secondary",
        country="GB",
        credentials=["FdSc Nursing Associate (year 2 of 2)"],
    )
    found = _needs("nursing-associate", student)
    assert found.missing_education is None  # the programme is named in its place
    assert found.gates == (Gate.CERTIFICATION,)
    assert missing_gates(found, student) == 1


def test_short_steps_named_beside_a_long_one_are_gates() -> None:
    found = _needs("therapist", Background(education="master"))
    assert found.missing_education is None
    assert found.gates[0] is Gate.LICENCE
    assert len(found.needs) == len(found.gates)


@pytest.mark.parametrize(
    ("missing", "gates", "expected"),
    [
        (None, (), 0),
        (Education.MASTER, (), 1),  # a bachelor's to a master's: one level
        (Education.DOCTORATE, (Gate.LICENCE, Gate.SHORT), 4),
    ],
)
def test_the_count_reads_the_record_not_the_words(
    missing: Education | None, gates: tuple[Gate, ...], expected: int
) -> None:
    found = Readiness(
        verdict="needs",
        summary="Needs a master's degree",
        needs=("a master's degree",),  # the words alone count nothing
        missing_education=missing,
        gates=gates,
    )
    assert missing_gates(found, Background(education="bachelor")) == expected


def test_other_verdicts_count_no_gates() -> None:
    ready = Readiness(verdict="ready", summary="Ready now", gates=(Gate.SHORT,))
    assert missing_gates(ready, HCSW) == 0
    assert missing_gates(None, HCSW) == 0
