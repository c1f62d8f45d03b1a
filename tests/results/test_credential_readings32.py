"""Credentials from the twenty-third set (thirty-second round, read32, review 32 P6).

A counsellor's review of the twenty-third set found a learning disability nurse's "NMC
registered nurse, learning disabilities (RNLD)" unread as the registered nurse it is (one
of the NMC's four fields), an Ontario teacher's "Ontario Certified Teacher (OCT)" unread
as the teaching licence, and a riding instructor's certificate offered as a possible
licence for therapist posts because it says "Therapeutic".
"""

from __future__ import annotations

import pytest

from careermap.results.credentials import holds
from careermap.results.licences import same_practice


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
