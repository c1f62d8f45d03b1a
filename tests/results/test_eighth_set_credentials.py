"""Credentials the eighth persona set holds: what each opens.

Each case is read in docs/taxonomy-notes.md, "Nurses and doctors in the eighth set"
(sixteenth round, made after reading the eighth set's detail), with the body's published
page it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import assess, role_readiness

GMC = "GMC registered with a licence to practise, specialist register (general psychiatry)"


def readiness(role_id, credentials, *, education="doctorate", country="GB"):
    background = Background(
        education=education, years_experience=20, credentials=credentials, country=country
    )
    return assess(lookup_role(role_id).entry, background)


@pytest.mark.parametrize("held", [GMC, "Full GMC registration", "GMC registered"])
def test_a_doctors_gmc_registration_opens_clinical_director_posts(held):
    # GMC registration with a licence to practise is the UK's licence to practise
    # medicine, psychiatry included (gmc-uk.org); NHS clinical and medical directors in
    # mental health are often consultant psychiatrists.
    found = readiness("clinical-director", ["MBBS", "MRCPsych", held])
    assert not found.needs, found


def test_a_provisional_gmc_registration_opens_nothing():
    # Provisional registration is a foundation-year doctor's, in an approved post only.
    found = readiness("clinical-director", ["MBBS", "GMC (provisional registration)"])
    # In the UK the post names what it asks there in place of the US licence (creds12).
    assert found.verdict == "needs"
    assert any("Social Work England registration" in need for need in found.needs)


NIGERIA = "Registered Psychiatric Nurse (Nursing and Midwifery Council of Nigeria)"


def nurse_verdict(role_id):
    background = Background(
        education="bachelor",
        years_experience=10,
        credentials=[NIGERIA, "BNSc Nursing Science", "NMC CBT passed, OSCE booked"],
        country="GB",
    )
    role = lookup_role(role_id)
    return role_readiness(role, background, taxonomy=careermap.load_taxonomy(), shown=None)


@pytest.mark.parametrize("role_id", ["psychiatric-nurse", "nurse-case-manager"])
def test_a_nurse_registered_in_nigeria_is_told_the_nmc_overseas_route(role_id):
    # The NMC registers nurses trained abroad after its test of competence: a
    # computer-based test (CBT) and a practical exam (OSCE), with an English test
    # (nmc.org.uk; NHS Employers, "Overseas NMC registration process").
    found = nurse_verdict(role_id)
    notes = " ".join(found.notes)
    assert "a registration from Nigeria" in notes
    assert "CBT" in notes
    assert "OSCE" in notes
