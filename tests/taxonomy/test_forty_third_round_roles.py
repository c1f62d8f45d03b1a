"""Roles and titles of the forty-third round (role43): posts the read sets' people ask for.

The head of mental health services (a whole service's general manager, the step above the
mental health programme manager), which the thirty-third set's Longford team coordinator
asks for; the MHPSS programme officer (mental health and psychosocial support), the
programme post the thirty-third set's Gambia Red Cross officer asks for; the Nordic
school social worker's title, "Skolkurator" (the thirty-fourth set's Mariehamn writer).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles

from ..conftest import matches_by_id

HEAD = "head-of-mental-health-services"
MHPSS = "mhpss-programme-officer"
MANAGER = ["staff supervision:4", "team leadership:4", "budget management:3"]


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def test_the_head_of_service_is_ready_for_a_team_manager_and_a_step_for_a_clinician(taxonomy):
    coordinator = {"education": "master", "country": "IE", "years_experience": 5}
    coordinator["current_role"] = "Team Coordinator, community mental health team"
    coordinator["experience"] = {"Social worker, community mental health team": 15}
    assert matches_by_id(MANAGER, coordinator, taxonomy)[HEAD].readiness.verdict == "ready"
    # A clinician of fifteen years whose title names no management: the lead-level post
    # is a step up, never "ready".
    clinician = {**coordinator, "years_experience": 15, "experience": {}}
    clinician["current_role"] = "Social worker, community mental health team"
    found = matches_by_id(MANAGER, clinician, taxonomy)[HEAD].readiness
    assert found.verdict == "step-up"
    assert "managing a mental health service or a community team" in str(found)


def test_the_head_of_service_is_not_ready_for_a_junior(taxonomy):
    texts = ["active listening:3", "crisis intervention:3", "team leadership:2"]
    junior = {"education": "bachelor", "country": "GB", "years_experience": 2}
    junior["current_role"] = "Support worker, mental health"
    assert matches_by_id(texts, junior, taxonomy)[HEAD].readiness.verdict != "ready"
    school = {"education": "secondary", "country": "GB", "years_experience": 1}
    school["current_role"] = "Healthcare assistant"
    assert matches_by_id(texts, school, taxonomy)[HEAD].readiness.verdict == "needs"


def test_a_ward_is_not_a_service_and_a_senior_clinician_is_not_its_manager(taxonomy):
    # A ward's head nurse and a senior clinician lead staff; their next step is the
    # nursing or clinical line, and this post asks for managing a service or a community
    # team first. A CNM3 (several units, or a service at night) has done that.
    nurse = {"education": "bachelor", "country": "IE", "years_experience": 10}
    for held, texts in (
        ("Head Nurse, acute psychiatric ward", MANAGER),
        ("Senior clinical psychologist", ["team leadership:4", "clinical supervision:4"]),
    ):
        found = matches_by_id(texts, {**nurse, "current_role": held}, taxonomy)[HEAD].readiness
        assert found.verdict in {"step-up", "experience"}, held
        assert "managing a mental health service or a community team" in str(found), held
    cnm3 = {**nurse, "current_role": "Clinical Nurse Manager 3 (CNM3), mental health services"}
    assert matches_by_id(MANAGER, cnm3, taxonomy)[HEAD].readiness.verdict == "ready"


def test_the_mhpss_officer_asks_psychosocial_work_and_a_degree(taxonomy):
    texts = ["psychological first aid:4", "community outreach:4", "report writing:3"]
    officer = {"education": "bachelor", "country": "GM", "years_experience": 5}
    officer["current_role"] = "Psychosocial Support Officer, returnee reintegration (Red Cross)"
    assert matches_by_id(texts, officer, taxonomy)[MHPSS].readiness.verdict == "ready"
    volunteer = {**officer, "education": "secondary", "current_role": "Volunteer, Red Cross"}
    assert matches_by_id(texts, volunteer, taxonomy)[MHPSS].readiness.verdict == "needs"


def test_the_field_officers_title_is_not_the_programme_post(taxonomy):
    # role42's psychosocial support officer read the Gambia officer's title as his own
    # post and pushed the case manager's post he asks for down his list: the programme
    # post's names say MHPSS, programme, project or coordinator.
    held = "Psychosocial Support Officer, returnee reintegration (Red Cross)"
    assert current_role(held, taxonomy) is None
    assert kind_roles(held, taxonomy) == {MHPSS}


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        ("Head of Service, Mental Health", HEAD),
        ("Area manager, mental health services", HEAD),
        ("Service manager", "mental-health-programme-manager"),
        ("Clinical Director", "clinical-director"),
        ("MHPSS Officer (international NGO)", MHPSS),
        ("Mental health and psychosocial support officer", MHPSS),
        ("Skolkurator, upper secondary school", "school-social-worker"),
    ],
)
def test_titles_are_read_as_the_posts_they_name(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id
