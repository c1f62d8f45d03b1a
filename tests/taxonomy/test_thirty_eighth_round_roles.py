"""Roles added in the thirty-eighth round (role38): posts the twenty-ninth set's people lack.

The inspector of health and care services (ESCO 3257.5.1 healthcare inspector; O*NET
13-1041.00 the nearest), who needs a background in health or social care; the job coach of
supported employment (O*NET 21-1015.00, "Job Coach"), who needs no degree; the research
nurse (O*NET 11-9121.01, "Clinical Research Nurse Coordinator"), who needs a nurse's
registration. Posts the twenty-ninth set's Truro inspector, Grodno instructor and Schaan
care worker hold or want, and review37's research nurse.
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
        ("Healthcare inspector", "healthcare-inspector"),
        ("CQC inspector", "healthcare-inspector"),
        ("Health facilities surveyor", "healthcare-inspector"),
        ("Job coach", "job-coach"),
        ("Vocational Rehabilitation Job Coach", "job-coach"),
        ("IPS employment specialist", "employment-specialist"),
        ("Research nurse", "research-nurse"),
        ("Clinical trials nurse", "research-nurse"),
    ],
)
def test_the_new_posts_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


def test_the_twenty_ninth_sets_inspector_holds_the_inspectors_post(taxonomy):
    held = "Inspector, Mental Health (Care Quality Commission)"
    found = current_role(held, taxonomy, whole=True)
    assert found is not None
    assert found.id == "healthcare-inspector"


def test_a_nurse_of_any_title_is_not_of_the_research_nurses_kind(taxonomy):
    # The research nurse's words are research's: a charge nurse's or a school nurse's
    # title is the nurses' kind without it.
    for held in ("Charge Nurse", "School Nurse", "Admiral Nurse (community, dementia)"):
        assert "research-nurse" not in kind_roles(held, taxonomy), held
    assert current_role("Research Nurse, depression trials", taxonomy).id == "research-nurse"


@pytest.mark.parametrize("credentials", [[], ["PACFA Registered Clinical Counsellor"]])
def test_no_one_without_a_nurses_registration_is_ready_for_the_research_nurses_post(
    taxonomy, credentials
):
    texts = ["research methods:4", "clinical assessment:4", "psychometric testing:4"]
    background = {"education": "master", "years_experience": 6, "credentials": credentials}
    match = matches_by_id(texts, background, taxonomy)["research-nurse"]
    assert match.readiness.verdict != "ready"
    assert "Registered Nurse" in str(match.readiness)


def test_a_psychiatric_nurse_is_ready_for_the_research_nurses_post(taxonomy):
    texts = ["mental health nursing:5", "physical health monitoring:4", "clinical assessment:4"]
    background = {"education": "associate", "credentials": ["RN"], "years_experience": 3}
    background["country"] = "US"
    match = matches_by_id(texts, background, taxonomy)["research-nurse"]
    assert match.readiness.verdict == "ready"
    # Fortieth round: postings prefer experience of clinical research, which her nursing
    # lines do not show (the post stood in 18 persona top fives on nursing alone).
    assert "prefer experience of clinical research" in str(match.readiness)
    research = matches_by_id([*texts, "research methods:3"], background, taxonomy)
    assert "prefer experience" not in str(research["research-nurse"].readiness)


def test_the_job_coach_asks_no_degree_and_the_employment_specialist_a_bachelors(taxonomy):
    texts = ["supported employment:4", "instructing:4", "disability awareness:3"]
    found = matches_by_id(texts, {"education": "certificate", "years_experience": 8}, taxonomy)
    assert found["job-coach"].readiness.verdict == "ready"
    assert found["employment-specialist"].readiness.verdict != "ready"


def test_the_inspector_needs_experience_of_judging_or_leading_care(taxonomy):
    # Any care worker is not told she is ready to inspect: audit, quality, regulation or
    # leading a service shows the experience.
    background = {"education": "bachelor", "years_experience": 6}
    texts = ["mental health nursing:4", "report writing:4", "interviewing:4", "safeguarding:4"]
    nurse = matches_by_id(texts, background, taxonomy)["healthcare-inspector"]
    assert nurse.readiness.verdict == "experience"
    audits = matches_by_id([*texts, "quality improvement:4"], background, taxonomy)
    assert audits["healthcare-inspector"].readiness.verdict == "ready"
    manager = {**background, "current_role": "Ward manager, acute mental health"}
    assert (
        matches_by_id(texts, manager, taxonomy)["healthcare-inspector"].readiness.verdict == "ready"
    )
