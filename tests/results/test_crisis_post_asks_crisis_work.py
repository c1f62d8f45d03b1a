"""A crisis line post on a diploma asks for crisis work shown first (sixteenth round).

The crisis counsellor post now takes a high school diploma (the crisis helper, after
reading the seventh set). Read on the eighth, blind set at the merge, that made the
post "Ready now" for an over-claiming coach in Brisbane with no crisis work at all:
centres that hire on a diploma hire people who have taken crisis calls or texts (their
own trained volunteers) or who have handled crises and suicide risk at work. The post
now names that experience (docs/taxonomy-notes.md, "Crisis line posts take a high
school diploma").
"""

from __future__ import annotations

import careermap
from careermap import lookup_role

COACH = {
    "education": "secondary",
    "years_experience": 2,
    "current_role": "Trauma-Informed Transformational Coach",
    "country": "AU",
    "credentials": ["Certified Life Coach (online, 12 weeks)", "NLP Master Practitioner"],
}
VOLUNTEER = {
    "education": "secondary",
    "years_experience": 1,
    "country": "US",
    "credentials": ["Crisis Text Line volunteer training (30 hours)"],
}


def verdict(skills, background, default):
    ranked = careermap.rank_careers(skills, taxonomy=default, limit=None, background=background)
    return next(m.readiness for m in ranked if m.role_id == "crisis-counsellor")


def test_the_post_names_crisis_work():
    entry = lookup_role("crisis-counsellor").entry
    assert entry is not None
    assert entry.experience is not None
    assert "crisis line" in entry.experience.of


def test_a_coach_with_no_crisis_work_is_told_to_get_it_first(default):
    found = verdict(["CBT:5", "DBT:5", "coaching:4"], COACH, default)
    assert found.verdict == "experience", found
    assert "crisis" in str(found)


def test_a_crisis_text_line_volunteer_is_ready(default):
    found = verdict(["active listening:4", "texting with people in crisis"], VOLUNTEER, default)
    assert found.verdict == "ready", found


def test_a_worker_who_assesses_suicide_risk_shows_it(default):
    found = verdict(["suicide risk assessment:4", "de-escalation:4"], COACH, default)
    assert found.verdict != "experience", found
