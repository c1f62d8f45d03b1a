"""Roles added in the thirty-seventh round (role37): the twenty-eighth set's missing posts.

The nurse manager (O*NET 11-9111.00, "Nurse Manager"), who needs a nurse's registration
and experience of leading nurses; the health data analyst (O*NET 15-2051.02), who needs
experience of analysing data; the support coordinator (ESCO 2635.3.4, community care case
worker: New Zealand's NASC, the NDIS support coordinator), who needs experience of
assessment or coordination; the public health programme officer (O*NET 21-1091.00,
"Public Health Officer"; ESCO 2422.12.12), who needs a master's or a medical degree.
Posts the twenty-eighth set's Kotor head nurse, Doha information officer, Gisborne NASC
coordinator and Baku narcologist hold or want.
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles
from careermap.results.post_names import officer_posts

from ..conftest import matches_by_id


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Nurse Manager", "nurse-manager"),
        ("Ward manager", "nurse-manager"),
        ("Nurse unit manager", "nurse-manager"),
        ("Health Data Analyst", "health-data-analyst"),
        ("Clinical Data Analyst", "health-data-analyst"),
        ("NDIS Support Coordinator", "support-coordinator"),
        ("NASC coordinator", "support-coordinator"),
        ("Public Health Officer", "public-health-programme-officer"),
        ("HIV programme officer", "public-health-programme-officer"),
    ],
)
def test_the_new_posts_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


@pytest.mark.parametrize(
    ("held", "role_id", "whole"),
    [
        (
            "Glavna sestra odjeljenja (ward head nurse), special psychiatric hospital",
            "nurse-manager",
            "nurse-manager",
        ),
        (
            "Needs Assessment and Service Coordinator (mental health and addiction)",
            "support-coordinator",
            "support-coordinator",
        ),
        # An officer's post is the specialist's of the same words, inside a longer
        # title: practised, but not his current job in advice order.
        (
            "Mental Health Information Officer (data and reporting)",
            "health-information-specialist",
            None,
        ),
    ],
)
def test_the_twenty_eighth_sets_titles_name_their_posts(taxonomy, held, role_id, whole):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id
    named = current_role(held, taxonomy, whole=True)
    assert (named.id if named else None) == whole


def test_an_officers_post_is_read_as_a_coordinators_or_specialists(taxonomy):
    assert officer_posts("Employee Wellness Officer (mine)") == (
        "Employee Wellness coordinator (mine)",
        "Employee Wellness specialist (mine)",
    )
    assert current_role("Employee Wellness Officer (mine)", taxonomy).id == (
        "corporate-wellness-coordinator"
    )
    # An officer of one field's words holds a post in any of many; a bare officer, none.
    for held in ("Research Officer", "Project officer", "Officer, police service"):
        assert officer_posts(held) == (), held
    assert current_role("Research Officer", taxonomy) is None
    # Without a bare "Support coordinator" alias, a pastoral or victim support officer is
    # not the needs assessor.
    for held in ("Pastoral support officer", "Victim support officer"):
        assert current_role(held, taxonomy) is None, held


def test_a_nurse_of_any_title_is_not_of_the_nurse_managers_kind(taxonomy):
    # The post asks experience of leading nurses, which a charge nurse's or a school
    # nurse's title does not say.
    for held in ("Charge Nurse", "School Nurse", "Dosing Nurse, LPN (opioid treatment program)"):
        assert "nurse-manager" not in kind_roles(held, taxonomy), held


_WARD = [
    "mental health nursing:5",
    "team leadership:4",
    "clinical supervision:4",
    "quality improvement:3",
]


def test_no_one_without_a_nurses_registration_is_ready_for_the_nurse_managers_post(taxonomy):
    background = {"education": "master", "years_experience": 10, "country": "GB"}
    match = matches_by_id(_WARD, background, taxonomy)["nurse-manager"]
    assert match.readiness.verdict != "ready"
    assert "Registered Nurse" in str(match.readiness)


@pytest.mark.parametrize(
    ("texts", "ready"),
    [
        (_WARD, True),
        # A staff nurse who lists no leadership is told of the experience first.
        (["mental health nursing:5", "medication management:4", "risk assessment:4"], False),
    ],
)
def test_a_registered_nurse_is_ready_with_experience_of_leading_nurses(taxonomy, texts, ready):
    background = {"education": "bachelor", "credentials": ["RN"], "country": "GB"}
    background["years_experience"] = 6
    match = matches_by_id(texts, background, taxonomy)["nurse-manager"]
    assert (match.readiness.verdict == "ready") is ready


def test_a_clinician_who_keeps_records_is_not_told_she_is_ready_to_analyse_them(taxonomy):
    # First written without the experience, the post came first or second for clinicians
    # who asked for no data work.
    background = {"education": "bachelor", "years_experience": 5}
    keeps = matches_by_id(
        ["electronic health records:4", "clinical documentation:4"], background, taxonomy
    )
    assert keeps["health-data-analyst"].readiness.verdict == "experience"
    analyses = matches_by_id(
        ["data analysis:4", "health information management:4", "electronic health records:4"],
        background,
        taxonomy,
    )
    assert analyses["health-data-analyst"].readiness.verdict == "ready"


def test_the_support_coordinator_needs_assessment_or_coordination_first(taxonomy):
    background = {"education": "certificate", "years_experience": 4, "country": "AU"}
    activities = matches_by_id(
        ["activities coordination:4", "group facilitation:4"], background, taxonomy
    )
    assert activities["support-coordinator"].readiness.verdict == "experience"
    coordinates = matches_by_id(
        ["needs assessment:4", "case management:4", "disability awareness:3"], background, taxonomy
    )
    assert coordinates["support-coordinator"].readiness.verdict == "ready"


def test_the_public_health_programme_asks_a_masters_or_a_medical_degree(taxonomy):
    texts = ["health promotion:4", "harm reduction:4", "programme management:3", "health policy:3"]
    counsellor = matches_by_id(texts, {"education": "bachelor", "years_experience": 8}, taxonomy)
    officer = counsellor["public-health-programme-officer"]
    assert officer.readiness.verdict != "ready"
    assert "master" in str(officer.readiness)
    physician = matches_by_id(texts, {"education": "doctorate", "field": "medicine"}, taxonomy)
    assert physician["public-health-programme-officer"].readiness.verdict == "ready"
