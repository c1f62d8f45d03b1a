"""Credentials and titles of the fifteenth persona set: what each is read as, and certifies.

Twenty-fourth round, a counsellor's read of the fifteenth set (review 24, finding 4): a New
Zealand psychologist's registration, a Canadian art therapist's RCAT and AATQ membership, a
psychiatric nurse's CNA certification, a Wisconsin counselor-in-training's SAC-IT, a
teacher's state certificate and an MBTI practitioner's certification were read as nothing,
and a child safety officer's title named no role. Each case rests on the body's or
regulator's page named in docs/taxonomy-notes.md, "Credentials and titles from the
fifteenth set".
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import certifies, holds, holds_associate
from careermap.results.current import current_role
from careermap.results.licence_routes import taken_in
from careermap.results.readiness import implied_skills, role_readiness


def implied(taxonomy, *credentials):
    return implied_skills(Background(credentials=list(credentials)), taxonomy)


def test_a_new_zealand_psychologist_is_read_as_registered_there(taxonomy):
    held = "Registered Psychologist (NZPB), general scope"
    nzpb = taxonomy.credential_index["nzpb-registered-psychologist"]
    assert holds([held], nzpb)
    assert {"psychology", "psychometric-testing", "active-listening"} <= implied(taxonomy, held)
    # Not Australia's or Canada's registration by the words it shares with them.
    for other in ("psyba-registered-psychologist", "canada-registered-psychologist"):
        assert not holds([held], taxonomy.credential_index[other])


def test_an_intern_psychologist_holds_no_registration(taxonomy):
    nzpb = taxonomy.credential_index["nzpb-registered-psychologist"]
    assert not holds(["Intern psychologist (NZPB)"], nzpb)


def test_the_registration_opens_a_new_zealand_therapy_post(taxonomy):
    person = Background(
        education="master",
        credentials=["Registered Psychologist (NZPB), general scope"],
        years_experience=10,
        country="NZ",
    )
    found = role_readiness(lookup_role("therapist"), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert found.verdict not in {"needs", "licence"}, found


@pytest.mark.parametrize(
    "held",
    [
        "Registered Canadian Art Therapist (RCAT), Canadian Art Therapy Association",
        "Membre professionnelle, Association des art-thérapeutes du Québec (AATQ)",
    ],
)
def test_canadian_and_quebec_art_therapists_are_certified_as_the_atr_is(taxonomy, held):
    assert {"creative-arts-therapies", "active-listening", "social-perceptiveness"} <= implied(
        taxonomy, held
    )


def test_an_aatq_student_member_is_no_art_therapist(taxonomy):
    held = "Membre étudiante (AATQ)"
    assert "creative-arts-therapies" not in implied(taxonomy, held)


def test_the_cna_psychiatric_nursing_certification_is_read(taxonomy):
    held = (
        "CPMHN(C), Canadian Nurses Association certification in psychiatric and mental"
        " health nursing"
    )
    assert holds([held], taxonomy.credential_index["cpmhn-certification"])
    assert {"mental-health-nursing", "therapeutic-relationship", "risk-assessment"} <= implied(
        taxonomy, held
    )


SAC_IT = (
    "Substance Abuse Counselor-in-Training (SAC-IT), Wisconsin Department of Safety and"
    " Professional Services"
)


def test_a_counselor_in_training_is_the_cadcs_trainee_not_its_holder(taxonomy):
    cadc = taxonomy.credential_index["cadc"]
    assert holds_associate([SAC_IT], cadc)
    assert certifies([SAC_IT], cadc)
    assert not holds([SAC_IT], cadc)
    # Singapore's SAC (Singapore Association for Counselling) is not Wisconsin's SAC-IT.
    singapore = "SAC associate member (working toward Registered Counsellor)"
    assert not holds_associate([singapore], cadc)


def test_a_counselor_in_training_may_counsel_under_supervision(taxonomy):
    person = Background(
        education="bachelor",
        credentials=[SAC_IT],
        years_experience=3,
        country="US",
        lived_experience=["substance-use"],
    )
    role = lookup_role("substance-use-counsellor")
    found = role_readiness(role, person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert found.verdict == "certify", found
    assert found.summary.startswith("Ready to practise under supervision while completing")
    # A supervising post is not open to a trainee.
    supervisor = lookup_role("substance-use-clinical-supervisor")
    found = role_readiness(supervisor, person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert "under supervision" not in found.summary


def test_a_state_teaching_certificate_with_its_grades_is_a_teaching_licence(taxonomy):
    held = "Louisiana teaching certificate, elementary grades 1-5"
    assert holds([held], taxonomy.credential_index["teaching-licence"])
    assert {"instructing", "classroom-management", "education-and-training"} <= implied(
        taxonomy, held
    )


def test_an_mbti_practitioner_is_certified_in_psychometric_testing(taxonomy):
    assert "psychometric-testing" in implied(taxonomy, "MBTI Certified Practitioner")
    assert "psychometric-testing" not in implied(taxonomy, "MBTI Step I workshop")


def test_a_child_safety_officer_does_child_protection(taxonomy):
    found = current_role("Child Safety Officer (Child Safety Service)", taxonomy)
    assert found is not None
    assert found.id == "child-protection-social-worker"


def test_a_helpline_counsellor_does_crisis_line_work(taxonomy):
    found = current_role("Helpline Counsellor (psychosocial helpline)", taxonomy)
    assert found is not None
    assert found.id == "crisis-counsellor"


def test_an_australian_hospital_post_asks_for_aasw_membership_or_eligibility(taxonomy):
    # Review 24, finding 10: Australia registers no social workers outside South
    # Australia's scheme; health posts ask for AASW membership or eligibility for it.
    person = Background(education="bachelor", years_experience=5, country="AU")
    role = lookup_role("hospital-social-worker")
    found = role_readiness(role, person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert "AASW member or eligible for membership" in found.summary, found.summary
    licence = taken_in(taxonomy.credential_index["social-work-licence"], "AU")
    assert holds(["Accredited Mental Health Social Worker (AASW)"], licence)
