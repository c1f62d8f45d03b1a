"""A gap a person may already have says so, quoting the text of theirs that suggests it.

Twenty-first round, a counsellor's review: in 33 of 96 personas a top-five gap was a skill
careermap had itself offered as a "did you mean" for one of their texts (a crisis line
worker shown *Crisis line work* as missing). The text stays unread (never a silent
match); the gap asks instead of asserting.
"""

from __future__ import annotations

import careermap
from careermap.cli.format import explanation
from careermap.resolve.display import MAYBE_COSINE, maybe_held
from careermap.results.plain import maybe_note

from ..conftest import require_module

GRIEVANCES = "handling grievances, disciplinaries and investigations"


def test_a_skill_named_whole_inside_an_unread_text_may_be_held():
    profile = careermap.build_profile([GRIEVANCES, "CBT"], semantic=False)
    assert not profile.entries[0].match.matched  # unread: the list's last part names nothing
    assert maybe_held(profile) == {"grievance-and-disciplinary": GRIEVANCES}


def test_held_skills_and_negated_texts_suggest_nothing():
    profile = careermap.build_profile(
        ["Grievance and disciplinary handling", GRIEVANCES, "never did grievances"],
        semantic=False,
    )
    assert maybe_held(profile) == {}  # the first holds it; the last says no


def test_a_gap_in_the_map_says_so_in_every_text_output():
    ranking = careermap.rank_careers(["recruitment", "employment law"], semantic=False)
    match = next(m for m in ranking if m.gaps and not m.gaps[0].minor)
    gap = match.gaps[0]
    maybe = {gap.skill_id: GRIEVANCES}
    note = maybe_note(GRIEVANCES)
    assert f"{gap.label} (" in match.explain(maybe)
    assert note in match.explain(maybe)
    assert note not in match.explain()
    assert any(note in line for line in explanation(match, maybe))
    assert not any(note in line for line in explanation(match))


def test_a_long_text_is_quoted_short():
    assert maybe_note("x" * 200).endswith("...'")
    assert len(maybe_note("x" * 200)) < 100


def test_the_ranking_explains_with_its_profiles_suggestions():
    require_module("wordllama")
    ranking = careermap.rank_careers(["documenting in therap", "case management"], limit=None)
    found = maybe_held(ranking.profile)
    assert found == {"electronic-health-records": "documenting in therap"}
    hint = ranking.profile.entries[0].match.hints[0]
    assert hint.cosine is not None
    assert hint.cosine >= MAYBE_COSINE
    with_gap = [
        m
        for m in ranking
        if "electronic-health-records" in {g.skill_id for g in m.gaps[:5] if not g.minor}
    ]
    assert with_gap  # a role that asks for record systems lists it among its first gaps
    assert maybe_note("documenting in therap") in ranking.explain()
