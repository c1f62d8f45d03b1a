"""Readings of the forty-first round (read41, review41): English texts the read sets left."""

from __future__ import annotations

import pytest

from ..conftest import read_lexically, skills_read


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


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("de-escalation training for ward staff", ["conflict-de-escalation", "training-delivery"]),
        ("cultural awareness training for staff", ["cultural-competence", "training-delivery"]),
        # "Resilience training" is a skill of its own, kept with the training delivered.
        ("resilience training for all staff", ["resilience-training", "training-delivery"]),
    ],
)
def test_a_topics_training_for_staff_is_training_delivered(default, text, skills):
    assert skills_read(text, default) == skills


@pytest.mark.parametrize(
    "text",
    [
        # By a dispatcher, the course taken: training for a profession is not read as delivered.
        "crisis intervention training for dispatchers",
        "resilience training for healthcare workers",
    ],
)
def test_training_for_a_profession_is_not_read_as_delivered(default, text):
    assert "training-delivery" not in skills_read(text, default)
