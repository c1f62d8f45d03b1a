"""From the subject matter: mental-health experience reaches education, HR and advocacy."""

from __future__ import annotations

import re

import careermap
from careermap.cli.main import main

from ..conftest import COUNSELLOR, COUNSELLOR_FILE

TARGETS = {"education", "human-resources", "advocacy"}


def assert_spans_target_sectors(ranking):
    assert set(ranking.sectors) >= TARGETS, ranking.sectors
    for match in ranking:
        assert match.matched or match.transferred
        assert match.explain().count("\n") >= 1


def test_a_therapists_role_reaches_education_hr_and_advocacy(default):
    # Top fifth of the 101 bundled roles (it was the top 15 of 67 before clinical-ladder
    # roles such as clinical supervisor and care manager were added).
    assert_spans_target_sectors(careermap.similar_roles("therapist", limit=20, taxonomy=default))


def test_a_counsellors_own_words_reach_education_hr_and_advocacy(default):
    ranking = careermap.rank_careers(COUNSELLOR, limit=15, taxonomy=default)
    assert not ranking.profile.unresolved
    assert_spans_target_sectors(ranking)


def test_every_source_role_reaches_other_sectors(default):
    for role in default.roles:
        if role.sector == "mental-health":
            ranking = careermap.similar_roles(role.id, limit=15, taxonomy=default)
            assert len(set(ranking.sectors) - {"mental-health"}) >= 2, role.id


def test_the_demo_command_spans_education_hr_and_advocacy(capsys):
    assert main(["match", "--file", str(COUNSELLOR_FILE), "--limit", "15"]) == 0
    out = capsys.readouterr().out
    assert "(15 of 15 recognised)" in out
    for sector in TARGETS:
        assert f" {sector}\n" in out, sector
    assert "transferred:" in out


def test_the_demo_names_every_further_transfer_whole(capsys, default):
    # "and 10 more: Case formulation, ..., Social pe..." left a reader guessing.
    assert main(["match", "--file", str(COUNSELLOR_FILE), "--limit", "15"]) == 0
    out = capsys.readouterr().out
    labels = {skill.label for skill in default.skills}
    further = re.findall(r"and \d+ more: (.+)", out)
    assert further
    for line in further:
        names = line.removesuffix(", ...").split(", ")
        assert set(names) <= labels, line
