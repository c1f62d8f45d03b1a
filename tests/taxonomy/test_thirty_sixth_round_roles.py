"""Roles added in the thirty-sixth round (role36): review35's missing roles.

The genetic counsellor (O*NET 29-9092.00) with the medical genetics it alone asks for, and
the exercise physiologist (O*NET 29-1128.00) with exercise prescription: posts the
twenty-sixth set's Madison counsellor and Launceston physiologist hold, each asked for the
credential of the country the person works in (the CGC, or the UK's GCRB register or
Australia's HGSA certification in its place; ESSA's AEP, or the ACSM-CEP or the UK
register in its place).
"""

from __future__ import annotations

import pytest

import careermap
from careermap.results.current import current_role

from ..conftest import matches_by_id


@pytest.fixture(scope="module")
def taxonomy():
    return careermap.load_taxonomy()


@pytest.mark.parametrize(
    ("title", "role_id"),
    [
        ("Genetic Counselor", "genetic-counsellor"),
        ("Certified Genetic Counselor", "genetic-counsellor"),
        ("Prenatal Genetic Counselor", "genetic-counsellor"),
        ("Exercise Physiologist", "exercise-physiologist"),
        ("Clinical Exercise Physiologist", "exercise-physiologist"),
        ("Accredited Exercise Physiologist (AEP)", "exercise-physiologist"),
    ],
)
def test_the_new_posts_are_found_by_their_titles(taxonomy, title, role_id):
    assert careermap.lookup_role(title, taxonomy=taxonomy).id == role_id


@pytest.mark.parametrize(
    ("held", "role_id"),
    [
        ("Genetic Counselor, psychiatric genetic counseling service", "genetic-counsellor"),
        (
            "Accredited Exercise Physiologist, adult mental health service (research-funded post)",
            "exercise-physiologist",
        ),
    ],
)
def test_the_twenty_sixth_sets_titles_name_their_posts(taxonomy, held, role_id):
    found = current_role(held, taxonomy)
    assert found is not None
    assert found.id == role_id


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("genetics", "medical-genetics"),
        ("pedigree analysis", "medical-genetics"),
        ("recurrence risk", "medical-genetics"),
        ("exercise prescription", "exercise-prescription"),
        ("clinical exercise physiology", "exercise-prescription"),
        ("exercise programming", "exercise-prescription"),
    ],
)
def test_each_posts_own_practice_is_a_skill(taxonomy, text, skill_id):
    match = careermap.resolve_skill(text, taxonomy=taxonomy)
    assert match.skill_id == skill_id


def test_each_post_asks_first_for_the_practice_no_other_post_asks(taxonomy):
    for role_id, skill_id in (
        ("genetic-counsellor", "medical-genetics"),
        ("exercise-physiologist", "exercise-prescription"),
    ):
        role = careermap.lookup_role(role_id, taxonomy=taxonomy)
        top = max(role.requirements, key=lambda req: req.weight)
        assert top.skill == skill_id, role_id
        assert top.essential, role_id
        others = [
            other.id
            for other in taxonomy.roles
            if other.id != role_id and skill_id in {req.skill for req in other.requirements}
        ]
        assert not others, (role_id, others)


def test_a_counsellor_without_genetics_is_not_told_she_is_near_the_genetic_post(taxonomy):
    # review35's worry (role35): a genetic counsellor's post must not ride on every
    # counsellor's skills. A licensed counsellor has no genetics, and no CGC.
    texts = ["counselling:5", "active listening:5", "psychoeducation:4", "CBT:4"]
    background = {"education": "master", "credentials": ["LPC"], "country": "US"}
    match = matches_by_id(texts, background, taxonomy)["genetic-counsellor"]
    # Not a short step: the CGC follows a genetic counselling master's and its rotations.
    assert match.readiness.verdict == "experience"
    assert "medical-genetics" in {gap.skill_id for gap in match.gaps}


def test_a_nurse_without_the_aep_is_told_of_its_supervised_practice(taxonomy):
    # First written without supervised hours, the post came first for a Melbourne AOD
    # nurse as "Ready after a short step".
    texts = ["mental health nursing:5", "physical health monitoring:4", "health promotion:3"]
    background = {"education": "bachelor", "credentials": ["RN"], "country": "AU"}
    match = matches_by_id(texts, background, taxonomy)["exercise-physiologist"]
    assert match.readiness.verdict == "needs"
    assert "500 hours" in str(match.readiness)


@pytest.mark.parametrize(
    ("country", "credential", "ready"),
    [
        ("US", "Certified Genetic Counselor (CGC)", True),
        ("GB", "Registered Genetic Counsellor (GCRB)", True),
        ("AU", "HGSA certified genetic counsellor", True),
        ("US", "MS Genetic Counseling", False),
    ],
)
def test_a_genetic_counsellor_is_ready_with_her_countrys_credential(
    taxonomy, country, credential, ready
):
    texts = ["genetic counselling:5", "pedigree analysis:5", "psychoeducation:5"]
    background = {"education": "master", "credentials": [credential], "country": country}
    match = matches_by_id(texts, background, taxonomy)["genetic-counsellor"]
    assert (match.readiness.verdict == "ready") is ready


@pytest.mark.parametrize(
    ("country", "credential", "ready"),
    [
        ("AU", "Accredited Exercise Physiologist (ESSA)", True),
        ("US", "ACSM-CEP", True),
        ("US", "Accredited Exercise Physiologist (ESSA)", True),
        ("AU", "Personal trainer (Cert IV in Fitness)", False),
    ],
)
def test_an_exercise_physiologist_is_ready_with_her_countrys_credential(
    taxonomy, country, credential, ready
):
    texts = ["exercise prescription:5", "physical health monitoring:4", "behaviour change:4"]
    background = {"education": "bachelor", "credentials": [credential], "country": country}
    match = matches_by_id(texts, background, taxonomy)["exercise-physiologist"]
    assert (match.readiness.verdict == "ready") is ready


def test_the_aep_certifies_the_practice_and_not_a_mental_health_assessment(taxonomy):
    aep = taxonomy.credential_index["aep"]
    assert "exercise-prescription" in aep.implies
    assert "clinical-assessment" not in aep.implies
    assert "medical-genetics" in taxonomy.credential_index["cgc"].implies
