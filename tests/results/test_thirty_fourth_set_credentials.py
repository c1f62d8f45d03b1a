"""The thirty-fourth set's registrations, read in the forty-third round (cred43)."""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


def test_a_doctor_from_abroad_is_told_the_step_to_the_gmc_s_register(taxonomy):
    # Kilmarnock's psychiatrist from Sudan, a support worker with PLAB 1 passed: the post
    # needs the GMC's registration, and its note now names the step to it for a doctor who
    # qualified outside the UK, the EEA and Switzerland (GMC, "Full registration for
    # international medical graduates").
    person = Background(
        education="doctorate",
        field="medicine",
        years_experience=1,
        country="GB",
        credentials=["MBBS, University of Khartoum", "Sudan Medical Council registration"],
    )
    found = role_readiness(lookup_role("psychiatrist"), person, taxonomy=taxonomy, shown=None)
    assert found is not None
    assert found.verdict == "needs", found
    assert any("both parts of the PLAB test" in note for note in found.notes), found.notes
