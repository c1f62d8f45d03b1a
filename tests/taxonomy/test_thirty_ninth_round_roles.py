"""Roles added in the thirty-ninth round (role39): posts the thirtieth set's people hold.

The support, time and recovery worker (ESCO 3412.4.8 mental health support worker; O*NET
21-1093.00 the nearest), an entry post without a registration; the court liaison and
diversion practitioner (O*NET 21-1092.00, whose titles hold the court worker), who needs
experience of assessing people's mental health; the director of nursing (O*NET 11-9111.00,
"Nursing Director"), who needs a nurse's registration and years of managing nurses; the
psychosocial rehabilitation educator (ESCO 2635.2 social pedagogue; O*NET 21-1015.00's
"Psychosocial Rehabilitation Specialist"), Italy's educatore professionale and France's
éducateur spécialisé. Posts the thirtieth set's Kendal, Saint John, Ballinasloe, San Marino
and Nouméa people hold, and the victim advocate's GBV caseworker titles (the Erbil
caseworker's).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role, kind_roles

from ..conftest import matches_by_id


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Support, time and recovery worker", "support-time-recovery-worker"),
        ("STR worker", "support-time-recovery-worker"),
        ("Liaison and diversion practitioner", "court-liaison-practitioner"),
        ("Jail diversion specialist", "court-liaison-practitioner"),
        ("Director of nursing", "director-of-nursing"),
        ("Nursing Director", "director-of-nursing"),
        ("Ward manager", "nurse-manager"),
        ("GBV caseworker", "victim-advocate"),
    ],
)
def test_the_new_posts_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        (
            "Support, Time and Recovery Worker, community mental health team",
            "support-time-recovery-worker",
        ),
        (
            "Assistant Director of Nursing, mental health services (rehabilitation and residences)",
            "director-of-nursing",
        ),
        (
            "Mental Health Court Liaison, Provincial Court (health authority)",
            "court-liaison-practitioner",
        ),
        (
            "Educatrice professionale, centro diurno (servizio di salute mentale)",
            "psychosocial-rehabilitation-educator",
        ),
        (
            "Éducatrice spécialisée, foyer d'hébergement (handicap psychique)",
            "psychosocial-rehabilitation-educator",
        ),
    ],
)
def test_the_thirtieth_sets_posts_are_read_as_the_new_roles(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id


def test_a_liaison_psychiatry_nurse_is_not_of_the_court_liaisons_kind(taxonomy):
    # The hospital's mental health liaison nurse works in A&E and on the wards, not in
    # police custody or court: no "liaison nurse" alias puts her there.
    for held in ("Mental Health Liaison Nurse", "Forensic staff nurse (Band 6), prison in-reach"):
        assert "court-liaison-practitioner" not in kind_roles(held, taxonomy), held


def test_no_one_without_a_nurses_registration_is_ready_to_direct_nursing(taxonomy):
    texts = ["administration and management:5", "team leadership:5", "quality improvement:4"]
    background = {"education": "master", "years_experience": 20}
    match = matches_by_id(texts, background, taxonomy)["director-of-nursing"]
    assert match.readiness.verdict != "ready"
    assert "Registered Nurse" in str(match.readiness)


def test_a_nurse_manager_is_ready_to_direct_nursing_and_a_staff_nurse_is_not(taxonomy):
    texts = ["mental health nursing:5", "administration and management:4", "strategic planning:4"]
    nurse = {"education": "bachelor", "credentials": ["RN"], "years_experience": 12}
    manager = {**nurse, "current_role": "Clinical Nurse Manager 2, acute unit"}
    assert matches_by_id(texts, manager, taxonomy)["director-of-nursing"].readiness.verdict == (
        "ready"
    )
    staff = {**nurse, "current_role": "Staff nurse, acute admissions"}
    assert matches_by_id(texts, staff, taxonomy)["director-of-nursing"].readiness.verdict != (
        "ready"
    )


def test_the_str_worker_asks_no_degree(taxonomy):
    texts = ["recovery oriented practice:4", "independent living skills:4", "rapport building:4"]
    found = matches_by_id(texts, {"education": "certificate", "years_experience": 3}, taxonomy)
    assert found["support-time-recovery-worker"].readiness.verdict == "ready"


def test_the_court_liaison_needs_a_registration_and_experience_of_assessing(taxonomy):
    # England's liaison and diversion posts ask an RMN's, a social worker's or an OT's
    # registration, and experience of assessing people's mental health and risk.
    texts = ["law and government:4", "report writing:4", "psychology:4"]
    registered = {"education": "bachelor", "years_experience": 6}
    registered["credentials"] = ["Registered social worker"]
    lawyerly = matches_by_id(texts, registered, taxonomy)["court-liaison-practitioner"]
    assert lawyerly.readiness.verdict == "experience"
    assessor = matches_by_id([*texts, "risk assessment:4"], registered, taxonomy)
    assert assessor["court-liaison-practitioner"].readiness.verdict == "ready"
    unregistered = {"education": "bachelor", "years_experience": 6}
    found = matches_by_id([*texts, "risk assessment:4"], unregistered, taxonomy)
    assert found["court-liaison-practitioner"].readiness.verdict != "ready"
