"""Where and how the work is done: the on-site and travel conditions, and the wishes.

A person who wants to work from home avoids ``on-site``; one who wants no regular travel
avoids ``travel`` (docs/scoring.md, "What the person wants to leave behind"; which roles
carry them and why: docs/taxonomy-notes.md, "Where the work is done").
"""

from __future__ import annotations

import json
from pathlib import Path

import careermap
from careermap import Condition
from careermap.cli.main import main
from careermap.resolve.profile import Background
from careermap.results.gates import FAR_GATES, missing_gates
from careermap.scoring.match import ADVICE_REACH

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
HARNESS = load_script(ROOT / "benchmarks" / "personas.py", "personas")
SCHOOL_COUNSELLOR = [
    "school counselling:4",
    "social-emotional learning:4",
    "CBT:3",
    "parent engagement:3",
    "safeguarding:3",
]
BACKGROUND = {"education": "master", "years_experience": 4}
ADVICE_GROUPS = {"ready": 0, "certify": 0, "step-up": 1, "step-down": 1, "experience": 2}


def _rank(default, **options):
    return careermap.rank_careers(SCHOOL_COUNSELLOR, taxonomy=default, limit=None, **options)


def test_where_the_work_is_done_reads_the_jobs(default):
    # From what each job is (docs/taxonomy-notes.md), not from the personas.
    conditions = {role.id: set(role.conditions) for role in default.roles}
    site_bound = ("school-counsellor", "behavioural-health-technician", "child-life-specialist")
    for role_id in site_bound:
        assert Condition.ON_SITE in conditions[role_id], role_id
    travelling = ("community-health-worker", "early-intervention-specialist", "probation-officer")
    for role_id in travelling:
        assert Condition.TRAVEL in conditions[role_id], role_id
    # Commonly done by video or from home: no place is marked.
    remote = ("therapist", "telehealth-intake-coordinator", "behavioural-health-care-manager")
    for role_id in remote:
        assert not conditions[role_id] & {Condition.ON_SITE, Condition.TRAVEL}, role_id


def test_a_person_who_wants_to_work_from_home_is_told_and_site_roles_come_later(default):
    plain = [m.role_id for m in _rank(default, background=BACKGROUND)]
    assert plain[0] == "student-wellbeing-coordinator"  # the first move, without the wish
    home = list(_rank(default, background=BACKGROUND, avoid=["on-site"]))
    assert home[0].role_id != plain[0]
    school = next(m for m in home if m.role_id == plain[0])
    assert school.readiness.avoided == (Condition.ON_SITE,)
    assert school.readiness.caution.startswith("Usually done in person, on site")
    assert "not from home as you said you want" in str(school.readiness)
    floor = ADVICE_REACH * max(m.score for m in home)  # within reach of the best fit
    background = Background(**BACKGROUND)

    def far(m: careermap.RoleMatch) -> bool:  # two or more gates: after every long step
        return missing_gates(m.readiness, background) >= FAR_GATES

    keys = [
        (ADVICE_GROUPS.get(m.readiness.verdict, 2), far(m), bool(m.readiness.avoided))
        for m in home
        if m.readiness.verdict != "current" and m.score >= floor
    ]
    assert (2, True, False) in keys  # the far posts are in the list, after the site-bound
    assert keys == sorted(keys)  # within each readiness group, site-bound roles come last
    assert {m.role_id: m.score for m in home} == {
        m.role_id: m.score for m in _rank(default, background=BACKGROUND)
    }


def test_a_site_bound_role_that_also_involves_a_condition_says_both(default):
    ranking = _rank(default, background=BACKGROUND, avoid=["on-site", "shift-work"], order="fit")
    technician = next(m for m in ranking if m.role_id == "behavioural-health-technician")
    caution = technician.readiness.caution
    assert caution.startswith("Involves shift work")
    assert "which you said you would rather not do; usually done in person, on site" in caution


def test_cli_avoid_on_site_and_travel(capsys):
    argv = ["match", *SCHOOL_COUNSELLOR, "--education", "master", "--years", "4", "--json"]
    assert main([*argv, "--avoid", "on-site", "--avoid", "travel", "--limit", "100"]) == 0
    matches = json.loads(capsys.readouterr().out)["matches"]
    avoided = {m["role_id"]: m["readiness"]["avoided"] for m in matches}
    assert avoided["school-counsellor"] == ["on-site"]
    assert avoided["parent-educator"] == ["travel"]
    travel = next(m for m in matches if m["role_id"] == "parent-educator")["readiness"]
    assert "Involves regular travel (home visits" in travel["caution"]


def test_the_personas_who_want_to_work_from_home_see_no_site_bound_role_first(default):
    # Each wish is in the persona's own summary ("can only work from home", "part-time
    # work from home"); without it, a school post led the Bengaluru counsellor's five.
    found = {}
    for which in ("fourth", "fifth"):
        for persona in HARNESS.personas(which):
            if Condition.ON_SITE.value in persona.get("avoid", ()):
                found[persona["id"]] = HARNESS.careermap_top(persona, default)
    assert {"lpc-remote-only-rural", "counselling-psychologist-india-part-time"} <= set(found)
    for persona_id, top in found.items():
        site_bound = [r for r in top if Condition.ON_SITE in default.role_index[r].conditions]
        assert site_bound == [], (persona_id, site_bound)
