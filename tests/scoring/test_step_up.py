"""A wish to step up (careermap.scoring.step_up): posts a rung up in the person's line of work."""

from __future__ import annotations

import json

import pytest
from tests.taxonomy.test_personas_data import EVERY

import careermap
from careermap.cli import main
from careermap.scoring.step_up import STEP_UP_BOOST, rung_up

# The Waterford dramatherapist of the twenty-first set wants to supervise and teach (her
# summary; the persona's own fields say nothing of it, and are not changed here).
(WATERFORD,) = [
    p for p in EVERY if p["id"] == "waterford-dramatherapist-to-supervision-and-teaching"
]


def _ranked(default, limit=5, **wish):
    background = {
        "education": WATERFORD.get("education"),
        "field": WATERFORD.get("field"),
        "credentials": WATERFORD.get("credentials") or [],
        "years_experience": WATERFORD.get("years_experience"),
        "current_role": WATERFORD.get("current_title"),
        "avoid": WATERFORD.get("avoid") or [],
        "country": WATERFORD.get("country"),
        "experience": WATERFORD.get("experience") or {},
        **wish,
    }
    return careermap.rank_careers(
        WATERFORD["skills"], taxonomy=default, limit=limit, background=background
    )


def test_a_post_a_rung_up_comes_earlier_within_its_group(default):
    plain = _ranked(default, limit=None)
    up = _ranked(default, limit=None, step_up=True)
    before, after = [m.role_id for m in plain], [m.role_id for m in up]
    assert sorted(before) == sorted(after)
    # The programme manager's post is a rung up in her line of work (mental health); the
    # corporate trainer's is not. (Until the thirty-sixth round the wish took the programme
    # manager past the corporate trainer, which her practice, read only in part of her
    # texts, no longer orders after it: scoring.anchored. The executive coach and therapist
    # posts were compared here until the thirty-fourth round.)
    manager, trainer = "mental-health-programme-manager", "corporate-trainer"
    assert after.index(manager) < before.index(manager)
    assert after.index(trainer) >= before.index(trainer)
    # The scores shown are the same: the wish orders, it does not score.
    assert {m.role_id: m.score for m in plain} == {m.role_id: m.score for m in up}


def test_without_the_wish_nothing_changes(default):
    assert [m.role_id for m in _ranked(default, step_up=False)] == [
        m.role_id for m in _ranked(default)
    ]


def test_the_roles_above_are_those_of_a_higher_rung_in_the_line_of_work(default):
    held = careermap.Background(current_role="Peer support specialist", step_up=True)
    above = {default.roles[i].id for i in rung_up(held, default)}
    assert "peer-support-supervisor" in above  # senior, mental health
    assert "peer-support-specialist" not in above  # its own rung
    assert "corporate-trainer" not in above  # another line of work
    assert STEP_UP_BOOST > 1
    # A title that names no role: nothing to step up from.
    unnamed = careermap.Background(current_role="Kaitiaki of the marae", step_up=True)
    assert rung_up(unnamed, default) == frozenset()


def test_a_step_up_needs_a_current_job():
    with pytest.raises(careermap.ProfileError, match="give the current role too"):
        careermap.rank_careers(["CBT"], background={"education": "master", "step_up": True})


def test_the_cli_step_up(capsys):
    argv = ["match", "peer support:5", "group facilitation:4", "--current-role"]
    assert main([*argv, "Peer support specialist", "--step-up", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["profile"]["background"]["step_up"] is True
    assert main(["match", "CBT", "--step-up"]) == 2
    assert "--step-up" in capsys.readouterr().err
