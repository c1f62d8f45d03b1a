"""Interpreting, emergency management, first aid and spiritual care (thirty-first round, cat31).

Review 30 (P4-cat) found four kinds of work the catalogue had no skill for: a sign
language interpreter's "ISL/English interpreting", a disaster coordinator's "ICS / NIMS",
a prison officer's "first aid at ligature incidents" and a chaplain's "spiritual care".
Each skill and name has its source in docs/taxonomy-notes.md ("Interpreting, emergency
management, first aid and spiritual care", thirty-first round); the near misses are
another skill's work or no skill at all, and must stay so.
"""

from __future__ import annotations

import pytest
from tests.taxonomy.vocabulary import resolved, vocabulary_faults

import careermap
from careermap.resolve.writer_role import bracket_work

from ..conftest import require_module

EXPECTED = {
    # ESCO "interpret spoken language between two parties"; RISLI, NRCPD and RID name the
    # sign language pairs.
    "ISL/English interpreting": "interpreting",
    "BSL interpreting": "interpreting",
    "BSL/English interpreting": "interpreting",
    "ASL interpreting": "interpreting",
    "sign language interpreting": "interpreting",
    "community interpreting": "interpreting",
    "medical interpreting": "interpreting",
    "interpreting at appointments": "interpreting",
    "sight translation of letters & forms": "interpreting",
    # FEMA's ICS and NIMS; O*NET 11-9161.00; NHS England's EPRR.
    "ICS / NIMS": "emergency-management",
    "ICS 100/200": "emergency-management",
    "IS-700": "emergency-management",
    "NIMS": "emergency-management",
    "EOC activation": "emergency-management",
    "emergency preparedness": "emergency-management",
    "EPRR": "emergency-management",
    # HSE First Aid at Work; ESCO "provide first aid".
    "first aid at work": "first-aid",
    "Emergency First Aid at Work": "first-aid",
    "first aider": "first-aid",
    "first aid at ligature incidents": "first-aid",
    "CPR/First Aid": "first-aid",
    # ESCO "provide spiritual counselling" (chaplain); UKBHC.
    "chaplaincy": "spiritual-care",
    "spiritual care": "spiritual-care",
    "spiritual care at the bedside": "spiritual-care",
    "pastoral and spiritual care": "spiritual-care",
    # Not first aid: skills of their own, whose longer names are read first.
    "Mental Health First Aider": "mental-health-first-aid",
    "psychological first aid": "psychological-first-aid",
    # In schools pastoral care is the care of pupils' wellbeing.
    "pastoral care": "student-support",
    # A sign language is a skill of its own, narrower than a second language.
    "Irish Sign Language": "sign-language",
    "BSL": "sign-language",
}

NEAR_MISSES = (
    # Another's work beside the writer's.
    "working with interpreters",
    "booking interpreters",
    # In the NHS, an integrated care system.
    "ICS",
    "EOC",
)


def test_thirty_first_round_terms(default):
    assert not vocabulary_faults(EXPECTED, NEAR_MISSES, default)


def test_the_new_skills_carry_their_esco_codes(default):
    skills = default.skill_index
    assert skills["interpreting"].codes["esco"].endswith("8b5962d7-b195-4459-addb-d15a48cc4b64")
    assert (
        skills["emergency-management"]
        .codes["esco"]
        .endswith("445b65c5-5b16-4f66-94ce-f2a7f49f9ee7")
    )
    assert skills["first-aid"].codes["esco"].endswith("1d21f6ad-340f-45da-a0a3-4e83867f47a6")
    assert skills["spiritual-care"].codes["esco"].endswith("4b633810-cdc3-47d3-b71e-3035db40f7d4")
    # An interpreter works in a second language.
    assert skills["interpreting"].broader == ("second-language",)


def test_interpreting_at_a_setting_is_the_interpreting(default):
    # Review 30 P2 (read30's rule): the interpreter is in the room; the assessment, the
    # tribunal and the hearing are others' work.
    assert resolved("interpreting in psychiatric assessments & admissions", default) == (
        "interpreting"
    )
    assert resolved("Mental Health Tribunals (interpreting)", default) == "interpreting"
    assert bracket_work("Mental Health Tribunals (interpreting)") == "interpreting"
    assert bracket_work("psychiatric assessments (interpreting, observing)") is None


def test_the_roles_whose_sources_ask_the_new_skills(default):
    roles = default.role_index

    def asks(role: str) -> dict[str, str]:
        return {r.skill: r.importance.value for r in roles[role].requirements}

    assert asks("healthcare-chaplain")["spiritual-care"] == "essential"
    assert asks("disaster-behavioural-health-coordinator")["emergency-management"] == "essential"
    assert asks("community-health-worker")["interpreting"] == "optional"
    assert asks("residence-life-coordinator")["first-aid"] == "optional"
    # Emergency management shows a coordinator's disaster work, as psychological first aid does.
    experience = roles["disaster-behavioural-health-coordinator"].entry.experience
    assert "emergency-management" in experience.skills
    # A board-certified chaplain's certification certifies spiritual care.
    assert "spiritual-care" in default.credential_index["bcc"].implies


@pytest.fixture(scope="module")
def extra() -> None:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")


def test_working_with_interpreters_is_not_interpreting_by_meaning(extra, default):
    # 0.72 by meaning before the profession-word guard: the interpreters are other people.
    for text in ("working with interpreters", "booking interpreters"):
        match = careermap.resolve_skill(text, taxonomy=default, semantic=None)
        assert match.skill_id != "interpreting", text
    match = careermap.resolve_skill("IRIS remote interpreting", taxonomy=default, semantic=None)
    assert match.skill_id == "interpreting"
