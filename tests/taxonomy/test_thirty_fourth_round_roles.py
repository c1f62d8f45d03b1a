"""Catalogue facts from the counsellor's review of the twenty-fifth set (review34 P1, P7).

Thirty-fourth round (read34): Mozambique's psychiatric technicians and Ghana's clinical
psychiatric officers are the psychiatric clinical officer's mid-level cadre (dos Santos et
al. 2016; Agyapong et al. 2015), so the post is shown to people there; the clinical
supervisor manages no staff (CQC 2013: clinical supervision is separate from managerial
supervision), and the team lead's titles name the programme manager, who does.
"""

from __future__ import annotations

import pytest

import careermap


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize("country", ["MZ", "GH", "MW", "ZM", "KE", "UG"])
def test_the_psychiatric_clinical_officer_is_a_post_of_these_countries(taxonomy, country):
    role = careermap.lookup_role("psychiatric-clinical-officer", taxonomy=taxonomy)
    assert country in role.countries


def test_the_clinical_officer_is_still_no_post_of_countries_without_the_cadre(taxonomy):
    role = careermap.lookup_role("psychiatric-clinical-officer", taxonomy=taxonomy)
    assert not {"US", "GB", "ZA", "PT", "BR"} & set(role.countries)


def test_a_mozambican_technician_is_shown_the_clinical_officer_post(taxonomy):
    background = {"education": "associate", "years_experience": 12, "country": "MZ"}
    texts = ["psychiatric assessment:5", "prescribing:4", "mhGAP training:3"]
    ranking = careermap.rank_careers(texts, taxonomy=taxonomy, background=background, limit=None)
    assert "psychiatric-clinical-officer" in {match.role_id for match in ranking}


def test_the_clinical_supervisor_manages_no_staff(taxonomy):
    role = careermap.lookup_role("clinical-supervisor", taxonomy=taxonomy)
    assert "managing-staff" not in {c.value for c in role.conditions}


@pytest.mark.parametrize("title", ["Clinical team lead", "Clinical team leader"])
def test_a_clinical_team_leads_title_names_a_post_that_manages_staff(taxonomy, title):
    role = careermap.lookup_role(title, taxonomy=taxonomy)
    assert role.id != "clinical-supervisor"
    assert "managing-staff" in {c.value for c in role.conditions}


def test_supervising_without_managing_is_not_demoted_as_management(taxonomy):
    texts = ["clinical supervision:5", "reflective practice", "risk assessment:4"]
    background = {"education": "master", "years_experience": 20, "avoid": ["managing-staff"]}
    ranking = careermap.rank_careers(texts, taxonomy=taxonomy, background=background, limit=None)
    notes = {m.role_id: m.explain() for m in ranking}
    avoided = "you said you would rather not"
    assert avoided in notes["mental-health-programme-manager"]  # a post that manages staff
    assert avoided not in notes["clinical-supervisor"]
