"""Roles the catalogue lacked, and chaplains' and family peers' credentials abroad (cat30).

Review 29 (P12) and the twenty-first set: a harm reduction worker, a disaster behavioural
health coordinator, a psychiatric clinical officer and a social worker who teaches had no
post of their own; the chaplain's and the family peer's credentials were American only.
The sources are in docs/taxonomy-notes.md ("Roles the catalogue lacked (thirtieth round,
cat30)").
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.experience import Shown
from careermap.results.readiness import assess

from ..conftest import role_verdict as _verdict


def _summary(role_id, **background):
    entry = lookup_role(role_id).entry
    return assess(entry, Background(**background)).summary


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Harm Reduction Worker", "harm-reduction-worker"),
        ("Needle exchange worker", "harm-reduction-worker"),
        (
            "Disaster Behavioral Health Coordinator (VI Department of Health)",
            "disaster-behavioural-health-coordinator",
        ),
        ("Psychiatric Clinical Officer (Zomba Mental Hospital)", "psychiatric-clinical-officer"),
        ("Senior Lecturer in Social Work", "social-work-lecturer"),
        ("Social work practice educator", "social-work-lecturer"),
        # Nurses who teach stay the nurse educator's (round 29).
        ("Lecturer in mental health nursing", "nurse-educator"),
    ],
)
def test_a_title_names_its_post(taxonomy, title, role_id):
    role = current_role(title, taxonomy)
    assert role is not None, title
    assert role.id == role_id


def _shown(role_id, title, skills=(), years=6, education="secondary"):
    background = Background(education=education, years_experience=years, current_role=title)
    job = f" {title.lower()} "
    found = assess(
        lookup_role(role_id).entry,
        background,
        shown=Shown(text=job, job=job, title=title, skills=frozenset(skills)),
    )
    assert found is not None
    return found.verdict


def test_harm_reduction_posts_ask_for_work_with_people_who_use_drugs():
    # A peer worker of another field shows none of it; a drug service's worker does.
    assert _shown("harm-reduction-worker", "Perinatal peer support worker") == "experience"
    assert _shown("harm-reduction-worker", "Drug and alcohol outreach worker") == "ready"
    assert _shown("harm-reduction-worker", "Support worker", skills=["harm-reduction"]) == "ready"


def test_the_disaster_coordinator_asks_for_disaster_or_emergency_work():
    # Crisis counselling alone is not disaster response; psychological first aid is.
    assert (
        _shown(
            "disaster-behavioural-health-coordinator",
            "Crisis counsellor",
            skills=["crisis-intervention"],
            education="bachelor",
        )
        == "experience"
    )
    assert (
        _shown(
            "disaster-behavioural-health-coordinator",
            "Crisis counsellor",
            skills=["psychological-first-aid"],
            education="bachelor",
        )
        == "ready"
    )


def test_the_clinical_officers_registration_opens_the_post():
    held = ["Registered Clinical Officer"]
    found = _verdict(
        "psychiatric-clinical-officer",
        education="associate",
        years_experience=8,
        credentials=held,
        country="MW",
    )
    assert found == "ready"
    # A psychiatric nurse is another profession: the licence is the clinical officer's.
    found = _verdict(
        "psychiatric-clinical-officer",
        education="bachelor",
        years_experience=8,
        credentials=["Registered Nurse (RN)"],
        country="MW",
    )
    assert found == "needs"


def test_the_clinical_officer_is_not_offered_outside_its_countries(taxonomy):
    skills = ["diagnosis", "psychopharmacology", "clinical assessment", "psychopathology"]
    for country in ("GB", "US"):
        ranking = careermap.rank_careers(
            skills, taxonomy=taxonomy, limit=40, background={"country": country}
        )
        assert "psychiatric-clinical-officer" not in [m.role_id for m in ranking], country
    ranking = careermap.rank_careers(
        skills, taxonomy=taxonomy, limit=40, background={"country": "ZM"}
    )
    assert "psychiatric-clinical-officer" in [m.role_id for m in ranking]


def test_the_social_work_lecturer_asks_for_the_registration_and_a_masters():
    registered = ["Social Work England registration"]
    assert (
        _verdict(
            "social-work-lecturer",
            education="master",
            years_experience=8,
            credentials=registered,
            country="GB",
            current_role="Senior social worker",
        )
        == "ready"
    )
    # A nurse's registration is not a social worker's, and a bachelor's is short.
    assert (
        _verdict(
            "social-work-lecturer",
            education="master",
            years_experience=8,
            credentials=["NMC registered nurse"],
            country="GB",
            current_role="Senior social worker",
        )
        == "needs"
    )
    assert (
        _verdict(
            "social-work-lecturer",
            education="bachelor",
            years_experience=8,
            credentials=registered,
            country="GB",
            current_role="Senior social worker",
        )
        == "needs"
    )


@pytest.mark.parametrize(
    ("credentials", "country"),
    [
        (["UKBHC registered chaplain"], "GB"),
        (["Certified Spiritual Care Practitioner (CASC)"], "CA"),
        (["Healthcare Chaplaincy Board accredited chaplain"], "IE"),
        (["Board Certified Chaplain (BCC)"], "US"),
    ],
)
def test_each_countrys_chaplaincy_credential_opens_the_chaplains_post(credentials, country):
    found = _verdict(
        "healthcare-chaplain",
        education="master",
        years_experience=6,
        credentials=credentials,
        country=country,
    )
    assert found == "ready", credentials


def test_a_chaplain_in_the_uk_is_told_of_the_uk_register_not_the_bcc():
    found = _summary("healthcare-chaplain", education="master", years_experience=6, country="GB")
    assert "UKBHC" in found
    assert "BCC" not in found


def test_a_uk_family_peer_is_asked_for_no_us_credential():
    background = {
        "education": "secondary",
        "years_experience": 6,
        "lived_experience": "carer",
    }
    assert _verdict("family-peer-advocate", country="GB", **background) == "ready"
    assert _verdict("family-peer-advocate", country="US", **background) == "certify"


def _top(skills, taxonomy, **background):
    ranking = careermap.rank_careers(skills, taxonomy=taxonomy, limit=5, background=background)
    return [m.role_id for m in ranking]


def test_who_each_new_post_reaches(taxonomy):
    harm = ["needle exchange", "naloxone training", "street outreach", "motivational interviewing"]
    assert "harm-reduction-worker" in _top(harm, taxonomy, education="secondary")
    disaster = [
        "psychological first aid",
        "critical incident stress debriefing",
        "programme management",
        "training delivery",
        "stakeholder engagement",
    ]
    assert "disaster-behavioural-health-coordinator" in _top(
        disaster, taxonomy, education="bachelor"
    )


def test_who_they_do_not_reach(taxonomy):
    new = {
        "harm-reduction-worker",
        "disaster-behavioural-health-coordinator",
        "social-work-lecturer",
        "psychiatric-clinical-officer",
    }
    assert new <= set(taxonomy.role_index)
    hr = ["employee relations", "recruitment", "HRIS", "performance management"]
    assert not new & set(_top(hr, taxonomy, education="bachelor"))
