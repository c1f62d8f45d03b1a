"""Credentials from the twenty-third set (thirty-second round, read32, review 32 P6).

A counsellor's review of the twenty-third set found a learning disability nurse's "NMC
registered nurse, learning disabilities (RNLD)" unread as the registered nurse it is (one
of the NMC's four fields), an Ontario teacher's "Ontario Certified Teacher (OCT)" unread
as the teaching licence, and a riding instructor's certificate offered as a possible
licence for therapist posts because it says "Therapeutic" (P6); a counsellor's current job
naming her clinical supervision course "in progress", and an A&E psychiatric liaison nurse
told nothing he wrote shows crisis work (P10).
"""

from __future__ import annotations

import pytest

from careermap import lookup_role, rank_careers
from careermap.base.text import normalize
from careermap.results.credentials import holds
from careermap.results.experience import Shown
from careermap.results.licences import pending_for, same_practice


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


@pytest.mark.parametrize(
    "held",
    [
        "NMC registered nurse, learning disabilities (RNLD), current",
        "RNLD",
        "Registered Learning Disability Nurse",
    ],
)
def test_the_learning_disabilities_field_is_a_registered_nurse(default, held):
    assert holds([held], credential(default, "registered-nurse"))


@pytest.mark.parametrize("held", ["Ontario Certified Teacher (OCT), in good standing", "OCT"])
def test_an_ontario_certified_teacher_holds_the_teaching_licence(default, held):
    assert holds([held], credential(default, "teaching-licence"))


def test_a_therapeutic_riding_certificate_is_no_therapists_licence(default):
    therapist = [credential(default, "lpc"), credential(default, "lmft")]
    riding = "PATH Intl. Certified Therapeutic Riding Instructor (Registered)"
    assert same_practice([riding], therapist) == []
    # A therapist's own licence still is.
    assert same_practice(["Registered Clinical Counsellor (BC)"], therapist) == [
        "Registered Clinical Counsellor (BC)"
    ]


def test_a_credential_in_progress_is_named_only_beside_a_post_that_asks_it():
    counsellor = lookup_role("mental-health-counsellor").entry
    waiting = [
        "Certificate in Clinical Supervision (in progress)",
        "Licensed Professional Counselor licence pending",
    ]
    assert pending_for(counsellor, waiting) == ["Licensed Professional Counselor licence pending"]


def test_a_counsellors_current_job_does_not_name_her_supervision_course(default):
    background = {
        "country": "MT",
        "education": "master",
        "current_role": "Counsellor, IVF clinic (hospital)",
        "same_work": True,
        "credentials": [
            "MSc Counselling, University of Malta",
            "Certificate in Clinical Supervision (in progress)",
        ],
    }
    skills = ["fertility counselling", "couples counselling", "breaking bad news"]
    ranking = rank_careers(skills, taxonomy=default, limit=None, background=background)
    (match,) = [m for m in ranking if m.role_id == "mental-health-counsellor"]
    assert match.readiness.verdict == "current"
    assert "Clinical Supervision" not in match.readiness.summary


@pytest.mark.parametrize(
    "text", ["Registered Mental Health Nurse (A&E, psychiatric liaison)", "crisis resolution"]
)
def test_liaison_psychiatry_is_crisis_work(text):
    crisis = lookup_role("crisis-counsellor").entry.experience
    assert Shown(text=f" {normalize(text)} ").holds(crisis)


def test_the_emergency_department_alone_is_not(default):
    crisis = lookup_role("crisis-counsellor").entry.experience
    assert not Shown(text=f" {normalize('staff nurse, A&E')} ").holds(crisis)


def test_a_mental_health_first_aid_holder_is_not_shown_it_as_a_gap(default):
    skills = ["volunteer training", "co-facilitation", "session notes"]
    for held, gap in ((["Mental Health First Aid"], False), ([], True)):
        background = {"country": "US", "education": "bachelor", "credentials": held}
        ranking = rank_careers(skills, taxonomy=default, limit=None, background=background)
        (match,) = [m for m in ranking if m.role_id == "mental-health-first-aid-instructor"]
        assert ("mental-health-first-aid" in {g.skill_id for g in match.gaps}) is gap
        # The instructor's accreditation is still what the post needs.
        assert match.readiness.verdict != "ready"
