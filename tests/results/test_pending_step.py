"""Tests for careermap.results.pending_step: what is left of a credential on its way."""

from __future__ import annotations

import pytest

from careermap.results.pending_step import pending_step


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # Review34 P6: her own words were quoted as the task ("complete your '...'").
        (
            "LCSW clinical exam booked (supervision hours complete)",
            "pass the LCSW clinical exam (booked; supervision hours complete)",
        ),
        ("NMC CBT passed, OSCE booked", "pass the OSCE (booked; NMC CBT passed)"),
        ("SHRM-CP (exam booked)", "pass the exam for your 'SHRM-CP' (booked)"),
        ("CHW training (in progress)", "finish your 'CHW training' (in progress)"),
        (
            "FdSc Nursing Associate (apprenticeship) - year 2 of 2",
            "finish your 'FdSc Nursing Associate (apprenticeship)' (year 2 of 2)",
        ),
        (
            "BC College of Social Workers registration (in assessment)",
            "the decision on your 'BC College of Social Workers registration' (in assessment)",
        ),
        (
            "APRN licence (application in process)",
            "the decision on your 'APRN licence' (application in process)",
        ),
    ],
)
def test_a_pending_credential_is_said_as_what_is_left(text, step):
    assert pending_step(text) == step


def test_the_task_never_quotes_the_standing_as_part_of_the_name():
    for text in ("LPC, licence pending", "LPC (awaiting approval)", "LPC exam booked"):
        step = pending_step(text)
        assert not step.startswith("complete your")
        named = step.split("(")[0]
        assert not any(word in named for word in ("pending", "awaiting", "booked"))
