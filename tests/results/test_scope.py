"""Scope: a post below the licensed practice a person holds, and rungs a licence does not give."""

from __future__ import annotations

import json

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.experience import shown_by
from careermap.results.readiness import assess
from careermap.results.scope import field_licences, licensed_above
from careermap.scoring.match import advice_key

#: A licensed counsellor with a master's and years of practice (the blind sets' hospice
#: bereavement counsellor, telehealth counsellor and EMDR therapist are such people).
COUNSELLOR = Background(education="master", credentials=["LPC (Texas)"], years_experience=6)


def judged(role_id: str, background: Background, taxonomy) -> careermap.Readiness:
    role = lookup_role(role_id)
    found = assess(role.entry, background, taxonomy=taxonomy, sector=role.sector)
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("role_id", "education"),
    [
        ("intake-coordinator", "a bachelor's degree"),
        # A crisis line post takes a high school diploma (sixteenth round, crisis).
        ("crisis-counsellor", "a secondary school diploma"),
    ],
)
def test_an_unlicensed_post_of_the_licensed_field_is_a_step_down_in_scope(
    role_id, education, default
):
    found = judged(role_id, COUNSELLOR, default)
    assert found.verdict == "step-down"
    assert found.summary.startswith("A step down in scope from licensed practice: ")
    assert f"{education} and no licence, while you hold LPC (Texas)" in found.summary


def test_the_scope_is_judged_only_with_the_roles_sector(default):
    role = lookup_role("intake-coordinator")
    found = assess(role.entry, COUNSELLOR, taxonomy=default)
    assert found is not None
    assert found.verdict == "ready"


@pytest.mark.parametrize(
    "background",
    [
        # no more education than the post asks for: a nurse with a BSN into intake
        Background(education="bachelor", credentials=["RN (US, BSN)"], years_experience=9),
        # an associate licence is no licence: her crisis post counts toward it
        Background(education="master", credentials=["LPC-Associate (US)"], years_experience=3),
        # a licence the field's posts do not ask for sets no level in it
        Background(education="master", credentials=["Board certified teacher"]),
    ],
)
def test_no_step_down_in_scope_without_a_licence_of_the_field_above_the_post(background, default):
    # A bachelor's post: since the sixteenth round the crisis counsellor's asks for a
    # high school diploma, and a nurse with a BSN is more than it asks.
    assert judged("mental-health-case-manager", background, default).verdict == "ready"


def test_a_post_of_another_field_is_a_change_of_field_not_a_step_down_in_scope(default):
    # Human resources sets no level by licence: the counsellor's licence is no rung there.
    assert "human-resources" not in field_licences(default)
    coordinator = lookup_role("hr-coordinator")
    assert licensed_above(coordinator.entry, coordinator.sector, COUNSELLOR, default) == ()
    assert "scope" not in judged("hr-coordinator", COUNSELLOR, default).summary


def test_a_licensed_post_is_no_step_down_in_scope(default):
    assert judged("mental-health-counsellor", COUNSELLOR, default).verdict == "ready"


def test_supervising_the_unlicensed_tier_is_no_step_down_in_scope(default):
    # A substance use clinical supervisor's post asks for a CADC, not a licence, but it
    # leads the counsellors of the tier below; a licensed social worker moving to it is
    # not stepping down (twenty-third round).
    social_worker = Background(education="master", credentials=["LCSW"], years_experience=12)
    supervisor = lookup_role("substance-use-clinical-supervisor").entry
    assert supervisor is not None
    assert licensed_above(supervisor, "mental-health", social_worker, default) == ()
    assert judged("substance-use-clinical-supervisor", social_worker, default).verdict != (
        "step-down"
    )
    intake = lookup_role("intake-coordinator").entry
    assert licensed_above(intake, "mental-health", social_worker, default) == ("LCSW",)


def test_advice_order_puts_a_step_down_in_scope_after_the_moves_of_the_same_level(default):
    intake = lookup_role("intake-coordinator")
    counsellor = lookup_role("mental-health-counsellor")
    assert (
        advice_key(intake, COUNSELLOR, default)[0] > advice_key(counsellor, COUNSELLOR, default)[0]
    )
    skills = ["intake assessment:5", "suicide risk assessment:4", "counselling:5"]
    ranked = careermap.rank_careers(skills, background=COUNSELLOR, limit=None)
    order = [m.role_id for m in ranked]
    assert order.index("mental-health-counsellor") < order.index("intake-coordinator")
    # shown, not hidden, with the reason in plain words in text and JSON
    found = next(m for m in ranked if m.role_id == "intake-coordinator")
    assert "hiring: A step down in scope from licensed practice" in found.explain()
    assert json.loads(found.model_dump_json())["readiness"]["verdict"] == "step-down"


@pytest.mark.parametrize(
    ("skills", "credentials", "verdict"),
    [
        # a counsellor back from a career break, registered, who never supervised
        (
            ["person-centred counselling:4", "risk assessment"],
            ["MBACP (registered member)"],
            "experience",
        ),
        (["person-centred counselling:4", "clinical supervision:3"], ["MBACP"], "ready"),
        (["person-centred counselling:4"], ["MBACP", "AASW supervision training"], "ready"),
    ],
)
def test_clinical_supervision_asks_for_experience_of_supervising(
    skills, credentials, verdict, default
):
    person = careermap.build_profile(
        skills,
        background={"education": "master", "credentials": credentials, "years_experience": 5},
    )
    role = lookup_role("clinical-supervisor")
    found = assess(
        role.entry,
        person.background,
        taxonomy=default,
        shown=shown_by(person, default),
        sector=role.sector,
    )
    assert found is not None
    assert found.verdict == verdict, found.summary


def test_a_person_open_to_a_step_back_sees_steps_down_with_the_moves_of_now(default):
    stepping_back = COUNSELLOR.model_copy(update={"step_back": True})
    intake = lookup_role("intake-coordinator")
    counsellor = lookup_role("mental-health-counsellor")
    assert advice_key(intake, stepping_back, default) == advice_key(
        counsellor, stepping_back, default
    )
    # still named as what it is
    assert judged("intake-coordinator", stepping_back, default).verdict == "step-down"


def test_cli_step_back(capsys):
    from careermap.cli.main import main  # noqa: PLC0415 - the CLI only here

    argv = ["match", "intake assessment:5", "suicide risk assessment:4", "counselling:5"]
    argv += ["--education", "master", "--credential", "LPC", "--years", "6", "--json"]
    argv += ["--limit", "5"]
    assert main(argv) == 0
    before = [m["role_id"] for m in json.loads(capsys.readouterr().out)["matches"]]
    assert main([*argv, "--step-back"]) == 0
    after = json.loads(capsys.readouterr().out)["matches"]
    assert "intake-coordinator" not in before
    intake = next(m for m in after if m["role_id"] == "intake-coordinator")
    assert intake["readiness"]["summary"].startswith("A step down in scope")


#: A registered nurse with a two-year diploma (the nineteenth set's Kigali mental health
#: nurse, who supervises community health workers; review 28, P8).
NURSE = Background(
    education="associate",
    credentials=["Registered Nurse, National Council of Nurses and Midwives (NCNM), Rwanda"],
    country="RW",
    years_experience=9,
)


def _with_role(role_id: str, background: Background, taxonomy) -> careermap.Readiness:
    role = lookup_role(role_id)
    found = assess(role.entry, background, taxonomy=taxonomy, sector=role.sector, role=role.id)
    assert found is not None
    return found


@pytest.mark.parametrize("role_id", ["community-health-worker", "care-navigator"])
def test_a_lay_health_worker_post_of_another_sector_is_a_step_down_in_scope(role_id, default):
    # Community health work is filed under advocacy, patient navigation under healthcare
    # administration: a health licence sets their scope all the same (O*NET 21-1094,
    # 29-2099.08; WHO's CHW is a lay worker).
    assert lookup_role(role_id).sector != "mental-health"
    found = _with_role(role_id, NURSE, default)
    assert found.verdict == "step-down"
    assert found.summary.startswith("A step down in scope from licensed practice: ")


def test_a_post_of_another_field_stays_a_change_of_field_for_a_nurse(default):
    # Human resources posts are no health work: the nurse's licence sets no level there.
    assert _with_role("hr-coordinator", NURSE, default).verdict != "step-down"
    assert "scope" not in _with_role("teaching-assistant", NURSE, default).summary


def test_a_licence_from_abroad_sets_no_scope_for_lay_health_work(default):
    # The seventeenth set's Philippine nurse, a care aide in Canada until her registration
    # there is granted: the care navigator post she accepts stays a post she could take.
    abroad = Background(
        education="bachelor",
        credentials=["Registered Nurse, Professional Regulation Commission, Philippines"],
        country="CA",
        years_experience=2,
    )
    assert _with_role("care-navigator", abroad, default).verdict != "step-down"
    home = abroad.model_copy(update={"country": "PH"})
    assert _with_role("care-navigator", home, default).verdict == "step-down"


def test_a_licence_from_home_sets_no_scope_where_the_person_will_work(default):
    # Thirty-third round (review33 P11): a registration naming no country is the home
    # country's for a person who gives another country of work, so, as one naming the
    # Philippines, it sets no scope for lay health work there until it is recognised.
    plain = Background(
        education="bachelor", credentials=["Registered Nurse"], country="PH", years_experience=2
    )
    assert _with_role("care-navigator", plain, default).verdict == "step-down"
    moving = plain.model_copy(update={"work_country": "CA"})
    assert _with_role("care-navigator", moving, default).verdict != "step-down"


@pytest.mark.parametrize(
    "role_id", ["youth-advocate", "victim-advocate", "early-intervention-specialist"]
)
def test_a_lay_social_service_post_says_it_is_a_step_down_in_scope_for_a_licensed_psychologist(
    role_id, default
):
    # review43 P11: the thirty-fourth set's Blenheim clinical psychologist was offered
    # these as "ready now (an entry-level post)", where the intake post said it was a step
    # down in scope. The line says so; the verdict stays ready, as a person may leave
    # clinical work for such a post (the first set's child and family therapist).
    psychologist = Background(
        education="master",
        credentials=["Registered Clinical Psychologist (NZPB), APC"],
        country="NZ",
        years_experience=11,
    )
    found = _with_role(role_id, psychologist, default)
    assert found.verdict == "ready", found
    assert (
        "(an entry-level post: a step down in scope from licensed practice, while you "
        "hold Registered Clinical Psychologist (NZPB), APC and a master's degree)" in found.summary
    ), found.summary
    # Without a licence, the same master's makes no step down in scope.
    unlicensed = psychologist.model_copy(update={"credentials": []})
    assert "scope" not in _with_role(role_id, unlicensed, default).summary
    # An academic advisor's post is another field's, not the lay tier of this one.
    assert "scope" not in _with_role("academic-advisor", psychologist, default).summary
