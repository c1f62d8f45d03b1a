"""Texts read by name as a practice the person does not do (careermap.resolve.misreads).

Twenty-ninth round (review 29, P4): a Mental Health Act administrator's "seclusion &
restraint returns" read as *Physical intervention* (she files the returns; the rejected
healthcare technician and probation roles followed), and a liaison and diversion worker's
"L&D screening in custody" as HR's *Learning and development*. The semantic layer read a
pharmacist's "dispensing - psychiatric outpatient clinic" as *Mental health nursing* and
a social worker's "parents with learning disabilities" as school *Special educational
needs support*.
"""

from __future__ import annotations

import pytest

from careermap import build_profile, resolve_skill
from careermap.resolve.by_meaning import _without_profession
from careermap.resolve.misreads import spelled_in_context

from ..conftest import require_module


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("seclusion & restraint returns", "regulatory-compliance"),
        ("restraint statistics", "regulatory-compliance"),
        ("seclusion forms", "clinical-documentation"),
        ("restraint and seclusion audits", "quality-improvement"),
    ],
)
def test_paperwork_about_a_practice_is_not_the_practice(text, skill):
    for semantic in (False, None):
        match = resolve_skill(text, semantic=semantic)
        assert match.skill_id == skill, (semantic, match)
        assert "physical-intervention" not in {c.skill_id for c in match.alternatives}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # The forms of other work are filled in with the person: that work.
        ("benefits forms", "benefits-advice"),
        ("restraint", "physical-intervention"),
        ("restraint audits", "quality-improvement"),
    ],
)
def test_the_practice_and_its_own_forms_stay(text, skill):
    assert resolve_skill(text, semantic=False).skill_id == skill


@pytest.mark.parametrize(
    "text",
    ["L&D screening in custody", "court L&D", "L&D referrals from police custody"],
)
def test_l_and_d_about_custody_is_never_learning_and_development(text):
    assert spelled_in_context(text) is not None
    for semantic in (False, None):
        match = resolve_skill(text, semantic=semantic)
        read = {match.skill_id, *(m.skill_id for m in match.split)}
        assert "learning-and-development" not in read, match


def test_l_and_d_spelled_out_suggests_nothing_from_words_the_person_did_not_write():
    # Spelled out, "liaison" was near *Parent and family engagement* ('parent liaison')
    # by meaning, offered as "did you mean" to a liaison and diversion worker (review 29b).
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    for semantic in (False, True):
        match = resolve_skill("L&D screening in custody", semantic=semantic)
        assert match.skill_id is None
        assert match.alternatives == ()
        assert "did you mean" not in str(match)
    profile = build_profile(["L&D screening in custody", "CBT"], semantic=True)
    assert profile.entries[0].match.hints == ()


def test_l_and_d_elsewhere_is_learning_and_development():
    assert spelled_in_context("L&D programmes for managers") is None
    assert resolve_skill("L&D", semantic=False).skill_id == "learning-and-development"


def test_a_profession_core_skill_by_meaning_needs_the_profession_word():
    assert _without_profession(
        "mental-health-nursing", "dispensing - psychiatric outpatient clinic"
    )
    assert not _without_profession("mental-health-nursing", "nursed patients on a psychiatric ward")
    assert _without_profession("special-educational-needs", "parents with learning disabilities")
    assert not _without_profession("special-educational-needs", "pupils with learning needs")
    assert not _without_profession("active-listening", "anything at all")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("dispensing - psychiatric outpatient clinic", "mental-health-nursing"),
        ("parents with learning disabilities", "special-educational-needs"),
    ],
)
def test_no_semantic_misread_without_the_words(text, wrong):
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    match = resolve_skill(text, semantic=True)
    assert match.skill_id != wrong, match
    profile = build_profile([text], semantic=True)
    assert wrong not in profile.skills
