"""A role added for a person the catalogue served badly (twenty-fifth round, roles).

A recreational therapist (CTRS) had no post of her own and her words for her practice read
as nothing (review 25, the posts the catalogue lacks). The case is read in
docs/taxonomy-notes.md ("twenty-fifth round"), with the sources it rests on.
"""

from __future__ import annotations

import pytest

import careermap
from careermap import Background, lookup_role
from careermap.results.current import current_role
from careermap.results.readiness import assess, implied_skills


@pytest.mark.parametrize(
    "text",
    ["leisure assessments (FOLI + our own form)", "leisure education", "recreational therapy"],
)
def test_a_recreational_therapists_practice_is_read(taxonomy, text):
    [entry] = careermap.build_profile([text], taxonomy=taxonomy).entries
    assert entry.match.skill_id == "therapeutic-recreation"


def test_a_ctrs_holds_the_recreational_therapist_post_and_its_practice(taxonomy):
    background = Background(
        education="bachelor",
        years_experience=9,
        credentials=["Certified Therapeutic Recreation Specialist (CTRS), NCTRC"],
        country="US",
    )
    assert assess(lookup_role("recreational-therapist").entry, background).verdict == "ready"
    assert "therapeutic-recreation" in implied_skills(background, taxonomy)


def test_a_recreational_therapist_title_names_the_post(taxonomy):
    role = current_role("Recreational Therapist, CTRS (adult inpatient psych)", taxonomy)
    assert role is not None
    assert role.id == "recreational-therapist"


def test_a_counsellor_without_the_ctrs_is_not_ready_for_recreational_therapy():
    background = Background(education="master", years_experience=10, credentials=["LPC"])
    entry = lookup_role("recreational-therapist").entry
    assert assess(entry, background).verdict != "ready"
