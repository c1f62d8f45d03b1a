"""Years of another job do not reach the level of a post that counts years of its own work."""

from __future__ import annotations

import careermap
from careermap import lookup_role
from careermap.results.experience import experience_shown

# A copywriter of eight years who does one Lifeline shift a week (fifth persona set):
# her skills show crisis line work, her job title shows other work.
SKILLS = ["crisis line work:3", "active listening:4", "writing in plain English:5"]
WRITER = {
    "education": "bachelor",
    "years_experience": 8,
    "current_role": "Senior copywriter",
    "credentials": ["ASIST (LivingWorks)"],
}


def supervisor(background, default):
    ranked = careermap.rank_careers(SKILLS, taxonomy=default, limit=None, background=background)
    return next(m for m in ranked if m.role_id == "crisis-line-supervisor")


def test_the_supervisor_post_asks_for_years_on_the_lines(default):
    asked = lookup_role("crisis-line-supervisor").entry.experience
    assert asked is not None
    assert asked.years is not None
    assert asked.years >= 2


def test_years_of_other_work_are_a_step_up_to_supervising_a_line(default):
    match = supervisor(WRITER, default)
    assert match.readiness.verdict == "step-up"
    text = match.explain()
    # The verdict says plainly what experience the post asks for, and why it is a step up.
    assert "years or more of crisis line work itself" in text
    assert "your 8 years are in other work" in text
    assert match.to_dict()["readiness"]["needs"] == ["2 years or more of crisis line work"]


def test_years_in_the_work_reach_the_post(default):
    # The same years in a crisis line job do; so do years when no job title is given.
    worked = {**WRITER, "current_role": "Crisis line counselor"}
    assert supervisor(worked, default).readiness.verdict == "ready"
    untitled = {k: v for k, v in WRITER.items() if k != "current_role"}
    assert supervisor(untitled, default).readiness.verdict == "ready"


def test_a_job_that_shows_the_work_by_its_role(default):
    lines = lookup_role("crisis-line-supervisor").entry.experience
    writer = careermap.Background(current_role="Senior copywriter")
    assert not experience_shown(["crisis line work"], [], writer, default).in_job(lines)
    # "Crisis counselor" names a role whose essential work is crisis line work.
    counsellor = careermap.Background(current_role="Crisis line counselor")
    assert experience_shown([], [], counsellor, default).in_job(lines)
