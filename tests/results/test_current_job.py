"""The role a person's job title names is their current job: kept, labelled, after new moves."""

from __future__ import annotations

import json

import pytest

import careermap
from careermap.cli import main
from careermap.results.current import current_role
from careermap.scoring.match import CURRENT_AFTER
from careermap.scoring.one_line import one_line_posts

# A health coach in a New Zealand general practice (fifth persona set) who would take
# the same post in another practice: her title's role ranked first without the title,
# and was left out with it.
SKILLS = [
    "health coaching:4",
    "motivational interviewing:4",
    "behaviour change:4",
    "goal setting:4",
    "wellness programmes",
]
COACH = {"education": "bachelor", "years_experience": 4, "current_role": "Health coach"}


def strangers(taxonomy, background):
    """The starter posts of another trade a title holds back (thirty-ninth round, rank39).

    A title names the person's trade, and advice order puts an entry-level post of
    another sector resting on one routine skill of it after the others
    (:mod:`careermap.scoring.one_line`): for this coach, such posts are all the title moves
    besides her own job.
    """
    skills = careermap.build_profile(SKILLS, taxonomy=taxonomy).skills
    found = one_line_posts(skills, careermap.Background(**background), taxonomy)
    assert found, "the coach's title holds back no stranger's post: drop this helper"
    return {taxonomy.roles[i].id for i in found}


def others(matches, held):
    return [m.role_id for m in matches if m.role_id not in held]


def test_the_current_job_is_kept_and_labelled(default):
    ranked = careermap.rank_careers(SKILLS, taxonomy=default, limit=10, background=COACH)
    held = [m for m in ranked if m.readiness.verdict == "current"]
    assert [m.role_id for m in held] == ["wellness-coach"]
    text = held[0].explain()
    assert "hiring: Your current job: the same work with another employer" in text
    assert held[0].to_dict()["readiness"]["verdict"] == "current"
    assert "Your current job" in held[0]._repr_html_()
    # They do the job: nothing it asks is listed as a gap.
    assert held[0].gaps == ()


def test_the_current_job_comes_after_the_first_moves(default):
    plain = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=None, background={**COACH, "current_role": None}
    )
    advice = careermap.rank_careers(SKILLS, taxonomy=default, limit=None, background=COACH)
    assert plain[0].role_id == "wellness-coach"  # first on its score
    held = strangers(default, COACH)
    order = others(advice, held)
    assert order.index("wellness-coach") == CURRENT_AFTER
    moves = [r for r in others(plain, held) if r != "wellness-coach"]
    assert order[:CURRENT_AFTER] == moves[:CURRENT_AFTER]
    # Scores do not change.
    assert {m.role_id: m.score for m in advice} == {m.role_id: m.score for m in plain}


def test_the_cli_marks_the_current_job(capsys):
    argv = ["match", *SKILLS, "--education", "bachelor", "--current-role", "Health coach"]
    assert main([*argv, "--no-explain"]) == 0
    assert "Health and wellnes... (your current job)" in capsys.readouterr().out
    assert main([*argv, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    verdicts = {m["role_id"]: m["readiness"]["verdict"] for m in found["matches"]}
    assert verdicts["wellness-coach"] == "current"


def test_a_person_who_wants_the_same_work_elsewhere_sees_it_where_its_score_puts_it(default):
    # The health coach above said she would take the same post in another practice.
    same = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=None, background={**COACH, "same_work": True}
    )
    plain = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=None, background={**COACH, "current_role": None}
    )
    held = strangers(default, {**COACH, "same_work": True})
    assert others(same, held)[:10] == others(plain, held)[:10]
    assert same[0].readiness.verdict == "current"
    assert "Your current job" in same[0].explain()


def test_same_work_needs_a_current_job():
    with pytest.raises(careermap.ProfileError, match="give the current role too"):
        careermap.rank_careers(SKILLS, background={"education": "bachelor", "same_work": True})


def test_the_cli_same_work(capsys):
    argv = ["match", *SKILLS, "--education", "bachelor", "--current-role", "Health coach"]
    assert main([*argv, "--same-work", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["matches"][0]["role_id"] == "wellness-coach"
    assert main(["match", *SKILLS, "--same-work"]) == 2
    assert "--same-work" in capsys.readouterr().err


def test_a_counsellors_title_names_the_counselling_role(default):
    # Twenty-fourth round: with same_work asked, a counsellor who wants counselling again
    # keeps the post's place, so the titles can name the role (docs/taxonomy-notes.md).
    named = {
        "Counsellor, family service centre": "mental-health-counsellor",
        "Counsellor (career break)": "mental-health-counsellor",
        "High Intensity CBT Therapist (Band 7)": "therapist",
        "Child and family therapist": None,
        "Trainee counsellor": None,
    }
    found = {}
    for title in named:
        role = current_role(title, default)
        found[title] = role.id if role else None
    assert found == named


def test_a_role_named_inside_a_longer_title_is_the_current_job_only_for_the_same_work(default):
    # Twenty-fifth round: "Primary Care Health Coach" names the health coach inside a
    # longer title. Its skills count as practised; it is labelled the current job (and
    # kept where its score puts it) only for a person who wants the same work elsewhere.
    title = "Primary Care Health Coach (general practice)"
    assert current_role(title, default).id == "wellness-coach"
    assert current_role(title, default, whole=True) is None
    inside = {**COACH, "current_role": title}
    plain = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=None, background={**COACH, "current_role": None}
    )
    moved = careermap.rank_careers(SKILLS, taxonomy=default, limit=None, background=inside)
    held = strangers(default, inside)
    assert others(moved, held)[:10] == others(plain, held)[:10]  # not after the five
    assert moved[0].readiness.verdict != "current"
    same = careermap.rank_careers(
        SKILLS, taxonomy=default, limit=10, background={**inside, "same_work": True}
    )
    assert same[0].role_id == "wellness-coach"
    assert same[0].readiness.verdict == "current"
