"""Readings of the forty-first round (read41, review41): English texts the read sets left."""

from __future__ import annotations

import pytest

from ..conftest import read_lexically


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # Patient-safety incident reporting is quality work (WHO 2020; NHS England LFPSE).
        ("incident reports", "quality-improvement"),
        ("incident reporting", "quality-improvement"),
        ("Datix reporting", "quality-improvement"),
        # The Wellness Recovery Action Plan as practitioners write it.
        ("WRAP plans", "recovery-oriented-practice"),
        ("WRAP planning", "recovery-oriented-practice"),
        # NICE NG225: the assessment after self-harm.
        ("self-harm assessments", "suicide-risk-assessment"),
        ("self-harm assessments in the ED", "suicide-risk-assessment"),
        # Restraint Reduction Network Training Standards: holding beside breakaway.
        ("holding techniques", "physical-intervention"),
        ("breakaway and holding techniques", "physical-intervention"),
    ],
)
def test_practitioners_terms_read_as_their_skill(default, text, skill):
    assert read_lexically(text, default) == skill
