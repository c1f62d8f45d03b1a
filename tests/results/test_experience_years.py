"""Years of another job do not reach the level of a post that counts years of its own work."""

from __future__ import annotations

import json

import pytest

import careermap
from careermap import lookup_role
from careermap.cli.main import main
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


# ---------------------------------------------------------------- years under another title

# A trainer of three years who spent eight years on a crisis line before (Background.
# experience): her years on the lines reach the supervisor's post, though her job title
# names other work.
TRAINER_SKILLS = ["crisis line work:3", "active listening:4", "training delivery:4"]
TRAINER = {"education": "bachelor", "years_experience": 3, "current_role": "Corporate trainer"}


def trainer_supervisor(default, **past):
    background = {**TRAINER, **past}
    ranked = careermap.rank_careers(
        TRAINER_SKILLS, taxonomy=default, limit=None, background=background
    )
    return next(m for m in ranked if m.role_id == "crisis-line-supervisor").readiness


def test_years_of_the_work_under_another_title_reach_the_post(default):
    assert trainer_supervisor(default).verdict == "step-up"
    counted = trainer_supervisor(default, experience={"Crisis line counselor": 8})
    assert counted.verdict == "ready"
    # The verdict says which years it counted.
    assert counted.summary == (
        "Ready now, counting your 8 years as Crisis line counselor as years of crisis line work"
    )


def test_years_volunteering_beside_another_job_count_too(default):
    # The copywriter above, three years into her weekly Lifeline shift.
    match = supervisor({**WRITER, "experience": {"Lifeline volunteer": 3}}, default)
    assert match.readiness.verdict == "ready"
    assert "3 years as Lifeline volunteer" in match.readiness.summary


def test_only_a_title_that_shows_the_work_counts(default):
    other = trainer_supervisor(default, experience={"Lifeguard": 9})
    assert other.verdict == "step-up"
    assert "Lifeguard" not in other.summary


def test_too_few_years_of_the_work_are_named_in_the_step_up(default):
    few = trainer_supervisor(default, experience={"Crisis line volunteer": 1, "Lifeguard": 9})
    assert few.verdict == "step-up"
    assert few.summary.endswith(
        "your 3 years are in other work, with 1 year as Crisis line volunteer"
    )
    assert few.needs == ("2 years or more of crisis line work",)


def test_the_most_years_under_a_title_showing_the_work_count(default):
    lines = lookup_role("crisis-line-supervisor").entry.experience
    held = careermap.Background(
        current_role="Corporate trainer",
        experience={"Crisis line volunteer": 2, "Hotline counselor": 6, "Lifeguard": 9},
    )
    shown = experience_shown([], [], held, default)
    found = shown.years_in(lines)
    assert (found.title, found.years) == ("Hotline counselor", 6)
    # A past title shows the experience as a job title does: no "needs experience" verdict.
    assert shown.holds(lines)


def test_other_posts_do_not_read_past_roles(default):
    # Only a post that counts years of its own work reads them as years of that work;
    # every other verdict is the same with and without them, but for a step up their
    # years reach: years of other helping work count towards a post's rung (thirty-third
    # round, review 32 P5; test_helping_years.py).
    plain = careermap.rank_careers(TRAINER_SKILLS, taxonomy=default, limit=None, background=TRAINER)
    past = careermap.rank_careers(
        TRAINER_SKILLS,
        taxonomy=default,
        limit=None,
        background={**TRAINER, "experience": {"Crisis line counselor": 8}},
    )
    before = {m.role_id: (m.score, m.readiness) for m in plain}
    after = {m.role_id: (m.score, m.readiness) for m in past}
    changed = sorted(r for r in before if before[r] != after[r])
    # Fortieth round (role40): the assistant psychologist's posts ask experience of work
    # with people with mental health problems, which eight years on a crisis line show (a
    # past title shows experience as a job title does), whatever their number.
    assert changed == [
        "assistant-psychologist",
        "crisis-line-supervisor",
        "learning-and-development-manager",
    ]
    assert before["assistant-psychologist"][1].verdict == "experience"
    assert after["assistant-psychologist"][1].verdict != "experience"
    manager = "learning-and-development-manager"
    assert before[manager][1].verdict == "step-up"
    assert after[manager][1].verdict != "step-up"


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ({"  ": 3}, "title is blank"),
        ({"Crisis line counselor": -1}, "must be a number from 0 to 70, not -1"),
        ({"Crisis line counselor": 71}, "must be a number from 0 to 70, not 71"),
        ({"Crisis line counselor": True}, "must be a number from 0 to 70, not True"),
        ({"Crisis line counselor": "8"}, "must be a number from 0 to 70, not '8'"),
        ({"Crisis\u202eline": 3}, "RIGHT-TO-LEFT OVERRIDE"),
        ({f"job {n}": 1 for n in range(21)}, "at most 20 past roles"),
        (["Crisis line counselor"], "valid dictionary"),
    ],
)
def test_past_roles_are_validated_with_clear_errors(default, given, says):
    with pytest.raises(careermap.ProfileError, match=r"background\.experience") as error:
        careermap.rank_careers(TRAINER_SKILLS, taxonomy=default, background={"experience": given})
    assert says in str(error.value)


def test_the_cli_and_the_json_contract_take_past_roles(capsys, default):
    argv = ["match", *TRAINER_SKILLS, "--education", "bachelor", "--years", "3"]
    argv += ["--current-role", "Corporate trainer", "--experience", "Crisis line counselor=8"]
    assert main([*argv, "--json", "--limit", "200"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["profile"]["background"]["experience"] == {"Crisis line counselor": 8.0}
    verdicts = {m["role_id"]: m["readiness"]["summary"] for m in found["matches"]}
    assert "counting your 8 years" in verdicts["crisis-line-supervisor"]
    for bad, says in [("=8", "TITLE=YEARS"), ("Crisis line=80", "from 0 to 70")]:
        assert main([*argv[:-1], bad]) != 0
        assert says in capsys.readouterr().err
    assert main([*argv, "--experience", "Crisis line counselor=2"]) != 0
    assert "given twice" in capsys.readouterr().err
    request = careermap.MatchRequest.model_validate(
        {
            "skills": [{"text": text} for text in TRAINER_SKILLS],
            "background": {**TRAINER, "experience": {"Crisis line counselor": 8}},
            "limit": None,
        }
    )
    ranked = request.rank(taxonomy=default)
    assert next(m for m in ranked if m.role_id == "crisis-line-supervisor").readiness.verdict == (
        "ready"
    )


def test_one_year_is_said_in_the_singular(default):
    # Thirty-third round (review33 P12): "A step up: a senior-level role after 1 years".
    ranked = careermap.rank_careers(
        SKILLS,
        taxonomy=default,
        limit=None,
        background={"education": "master", "years_experience": 1},
    )
    said = [m.readiness.summary for m in ranked if m.readiness is not None]
    assert any(s.startswith("A step up: a senior-level role after 1 year") for s in said)
    assert not any("1 years" in s for s in said)


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Police Officer, Crisis Intervention Team (CIT) Coordinator", True),
        ("Firefighter/EMT", True),
        ("Paramedic, ambulance service", True),
        ("Youth Development Officer", False),
    ],
)
def test_first_responders_show_emergency_response_work(default, title, shown):
    # Thirty-third round (review33 P12): an 18-year CIT police officer was told the disaster
    # behavioural health coordinator post asks emergency response work "nothing you wrote
    # shows"; first responders are emergency response providers (6 U.S.C. 101(6)).
    lines = lookup_role("disaster-behavioural-health-coordinator").entry.experience
    held = careermap.Background(current_role=title)
    assert experience_shown([], [], held, default).holds(lines) is shown
