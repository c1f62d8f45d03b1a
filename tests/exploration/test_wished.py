"""Upskilling advises toward moves a person could want: no step down, no coercion (review37 P9)."""

from __future__ import annotations

from careermap import upskilling
from careermap.exploration.wished import COERCIVE, coercive_practice, coercive_skills, step_down
from careermap.resolve.background import Background
from careermap.results.experience import shown_by

# The Bouaké agent of the twenty-eighth set, as he could type it: one English line read.
AGENT = ["medication administration:3", "active listening:3"]
AGENT_BACKGROUND = {"education": "none", "years_experience": 12, "country": "CI"}

# A graduate nurse of twelve years whose licence is not given: the nursing posts need it, so
# the first posts she could take now include a technician's and a care navigator's, below
# her degree (the Geel family care counsellor, twenty-eighth set).
NURSE = ["medication administration:4", "psychiatric nursing:5", "depot injections:4"]
NURSE_BACKGROUND = {
    "education": "bachelor",
    "field": "nursing",
    "years_experience": 12,
    "country": "BE",
}


def test_coercive_skills_follow_lived_experience_and_peer_titles(default):
    restraint = {s.id for s in default.skills if COERCIVE in s.conditions}
    assert restraint == {"physical-intervention"}
    assert coercive_skills(Background(lived_experience=True), default) == restraint
    assert coercive_skills(Background(lived_experience=["mental-health"]), default) == restraint
    peer = Background(current_role="Certified peer support specialist")
    assert coercive_skills(peer, default) == restraint
    # A carer's lived experience, or none, rules nothing out.
    assert coercive_skills(Background(lived_experience=["family"]), default) == frozenset()
    assert coercive_skills(Background(current_role="Psychiatric nurse"), default) == frozenset()
    assert coercive_skills(Background(), default) == frozenset()


def test_restraint_is_never_advised_to_a_person_who_lived_coercion(default):
    lived = upskilling(AGENT, background={**AGENT_BACKGROUND, "lived_experience": True}, limit=None)
    assert "physical-intervention" not in {s.skill_id for s in lived}
    # Nor to the same person without the yes (fortieth round): employers train restraint,
    # so it is advice to no one, although the posts advised ask for it.
    plain = upskilling(AGENT, background=AGENT_BACKGROUND, limit=None)
    assert "physical-intervention" not in {s.skill_id for s in plain}
    asking = {r for r in plain.advised if "physical-intervention" in _asks(default, r)}
    assert asking, "an advised post asks for restraint"
    # Asked for by name, it is still weighed.
    asked = upskilling(
        AGENT,
        background={**AGENT_BACKGROUND, "lived_experience": True},
        candidates=["physical intervention"],
        limit=None,
    )
    assert [s.skill_id for s in asked] == ["physical-intervention"]


def test_no_step_down_is_among_the_posts_the_advice_follows(default):
    found = upskilling(NURSE, background=NURSE_BACKGROUND, limit=None)
    held = found.profile.background
    assert held is not None
    shown = shown_by(found.profile, default)
    lower = [
        role for role in found.advised if step_down(default.role_index[role], held, default, shown)
    ]
    assert found.advised
    assert lower == []
    # Open to a step back, the person is advised toward such posts again.
    back = upskilling(NURSE, background={**NURSE_BACKGROUND, "step_back": True}, limit=None)
    below = Background(**{**NURSE_BACKGROUND, "step_back": False})
    assert any(step_down(default.role_index[role], below, default) for role in back.advised)


def test_a_step_down_is_a_verdict_the_person_did_not_ask_for(default):
    aide = default.role_index["teaching-assistant"]
    senior = Background(education="doctorate", years_experience=20)
    assert step_down(aide, senior, default)
    assert not step_down(aide, senior.model_copy(update={"step_back": True}), default)
    assert not step_down(aide, Background(education="secondary", years_experience=2), default)


def _asks(taxonomy, role_id: str) -> set[str]:
    return {r.skill for r in taxonomy.role_index[role_id].requirements}


def test_coercive_practice_is_the_skills_of_the_coercive_condition(default):
    restraint = {s.id for s in default.skills if COERCIVE in s.conditions}
    assert coercive_practice(default) == restraint
    assert coercive_skills(Background(lived_experience=True), default) == restraint
