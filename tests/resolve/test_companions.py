"""A text's own work beside a companion or a complement (thirty-third round, review33 P6).

The twenty-fourth set's review: "home visits with the MOH mental health nurse" was read by
meaning as *Mental health nursing*, "audit of physical health checks" as *Physical health
monitoring* (losing the audit) and "my story at staff induction" as *Onboarding*.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.companions import head_activity, without_companion
from careermap.resolve.resolver import match_text


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("home visits with the MOH mental health nurse", "home visits"),
        ("ward rounds with the psychiatrists", "ward rounds"),
        ("depot clinics alongside a community psychiatric nurse", "depot clinics"),
        ("joint visits w/ police officers", None),  # working together: the visit is joint
        ("liaison with GPs", None),
        ("coordinated care with GPs and psychiatrists", None),
        ("worked alongside nurses and occupational therapists", None),
        ("safety planning with families", None),  # people served, not a profession
        ("nurse", None),
    ],
)
def test_a_companion_is_peeled(text, work):
    assert without_companion(text) == work


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("audit of physical health checks", "clinical audit"),
        ("clinical audit of antipsychotic prescribing", "clinical audit"),
        ("audit of petty cash", None),
        ("my story at staff induction", "telling my story"),
        ("sharing my recovery story with student nurses", "telling my story"),
        ("physical health checks", None),
        ("my story", None),
    ],
)
def test_an_activity_is_the_head(text, read_as):
    assert head_activity(text) == read_as


@pytest.mark.parametrize("semantic", [False, None])
def test_the_companion_is_never_the_reading(taxonomy, semantic):
    found = match_text("home visits with the MOH mental health nurse", taxonomy, semantic=semantic)
    assert found.skill_id != "mental-health-nursing"
    assert "mental-health-nursing" not in {c.skill_id for c in found.alternatives}


@pytest.mark.parametrize("semantic", [False, None])
@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("audit of physical health checks", "quality-improvement"),
        ("my story at staff induction", "peer-support"),
        ("ward rounds with the psychiatrists", "multidisciplinary-collaboration"),
    ],
)
def test_the_head_is_read(taxonomy, semantic, text, skill):
    assert match_text(text, taxonomy, semantic=semantic).skill_id == skill
