"""The work done after an occasion is read by meaning, not the occasion (twenty-fifth round).

Review 25 (finding 10): Iqaluit's "call outs after suicides" was read by meaning as
*Suicide risk assessment* (0.69), which made intake coordinator her first post; the
sixth set's "postvention support after a suicide" read the same (0.76). The occasion says
when the work was done; by meaning only the work before "after" is read in the text's
place (careermap.resolve.by_meaning).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.resolve.by_meaning import _work_before


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("call outs after suicides", "call outs"),
        ("postvention support after a suicide", "postvention support"),
        ("looking after employees' wellbeing", None),  # caring for, not after an occasion
        ("looked after children", None),
        ("after-hours on-call", None),
    ],
)
def test_work_before_an_occasion(text, work):
    assert _work_before(text) == work


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("call outs after suicides", None),  # was Suicide risk assessment
        ("sat with families after a suicide", None),  # likewise
        ("postvention support after a suicide", "suicide-prevention"),
        ("ran debriefs after critical incidents", "critical-incident-debriefing"),
        ("linking people to services after a call", "resource-referral"),
        ("looking after employees' wellbeing", "employee-wellbeing"),
    ],
)
def test_read_by_meaning_as_the_work(default, text, skill):
    pytest.importorskip("wordllama")
    match = careermap.resolve_skill(text, taxonomy=default)
    assert match.skill_id == skill, match
    assert match.query == text


def test_the_occasion_is_still_suggested(default):
    pytest.importorskip("wordllama")
    match = careermap.resolve_skill("call outs after suicides", taxonomy=default)
    assert "suicide-prevention" in [c.skill_id for c in match.alternatives]


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # Review 28 (P9): an occasion shows the work of running it, never a field's
        # knowledge; it was Psychopathology (0.68).
        ("World Mental Health Day events", None),
        ("community wellness events", "community-outreach"),  # read as before
        ("community health fairs", "community-outreach"),
    ],
)
def test_an_occasion_is_no_knowledge_of_a_field(default, text, skill):
    pytest.importorskip("wordllama")
    match = careermap.resolve_skill(text, taxonomy=default)
    assert match.skill_id == skill, match
    knowledge = {s.id for s in default.skills if s.category == "knowledge"}
    assert not knowledge & {c.skill_id for c in match.alternatives if c.cosine is not None}
