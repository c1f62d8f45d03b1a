"""Credentials from the twenty-second set (thirty-first round, review 31 P4, P7 and P11).

A counsellor's review of the twenty-second persona set found a Middlesbrough school nurse's
"NMC registered nurse (child) and SCPHN" read as nothing (one text naming two
registrations), so a nurse educator's post "Needs Registered Nurse (RN)"; licence gates in
countries careermap does not know parking a Bangladeshi counsellor's best post at rank 64;
a Slovene analyst's psychotherapy registrations read as nothing; and her verdict naming a
US arts therapist's licence as what employers in Slovenia ask for in its place.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.credentials import ambiguous_abbreviations, certifies, holds
from careermap.results.readiness import role_readiness


def credential(default, credential_id):
    return next(c for c in default.credentials if c.id == credential_id)


def read_as(default, held):
    ambiguous = ambiguous_abbreviations(default.credentials)
    return {c.id for c in default.credentials if certifies([held], c, ambiguous=ambiguous)}


@pytest.mark.parametrize(
    "held",
    [
        # Two registrations in one text: each is read on its own.
        "NMC registered nurse (child) and SCPHN",
        "NMC registered nurse (child) & SCPHN",
        "SCPHN; NMC registered nurse (child)",
        # The NMC's third part of the register, entered by nurses already on it.
        "SCPHN",
        "Specialist Community Public Health Nurse (SCPHN)",
        "NMC registered specialist community public health nurse",
    ],
)
def test_a_school_nurses_registrations_hold_the_registered_nurses(default, held):
    assert "registered-nurse" in read_as(default, held)


def test_each_credential_a_text_joins_keeps_its_own_status(default):
    rn = credential(default, "registered-nurse")
    # The lapsed one holds no post; the current one beside it does.
    assert holds(["RMN (lapsed) and SCPHN"], rn)
    assert not holds(["RMN (lapsed) and Solihull Approach foundation training"], rn)


def test_a_names_own_and_is_not_two_credentials(default):
    # A name's own "and" (lower case): no other body's credential is named by its tail.
    held = "CNA certified psychiatric and mental health nurse"
    assert read_as(default, held) == {"cpmhn-certification"}


def test_the_school_nurse_is_ready_for_the_nurse_educators_post(default):
    nurse = Background(
        country="GB",
        education="bachelor",
        years_experience=13,
        credentials=["NMC registered nurse (child) and SCPHN"],
    )
    role = lookup_role("nurse-educator")
    found = role_readiness(role, nurse, taxonomy=default, shown=None)
    assert found is not None
    assert "Registered Nurse (RN)" not in found.needs
