"""A degree in progress is the route the person named, not a degree held (thirty-ninth round).

The Dundalk suicide crisis nurse, in year two of an MSc in advanced practice, was told
her nurse specialist post "Needs a master's degree", as if she had not started it
(review38). The degree is not held: the post still needs it. The need names her degree
and that finishing it gives the post's level.
"""

from __future__ import annotations

import pytest

from careermap import Background, lookup_role
from careermap.results.degree_pending import degree_on_the_way, studying_for
from careermap.results.readiness import assess
from careermap.taxonomy.models import Education

MSC = "MSc Advanced Practice (Mental Health), in progress"
RPN = "Registered Psychiatric Nurse (NMBI)"


def _assess(role_id: str, **background: object):
    role = lookup_role(role_id)
    return assess(role.entry, Background(**background), sector=role.sector, role=role.id)


def test_the_post_names_the_masters_in_progress_and_still_needs_it():
    found = _assess(
        "mental-health-nurse-specialist",
        country="IE",
        education="bachelor",
        credentials=[RPN, MSC],
        years_experience=6,
    )
    assert found.verdict == "needs"
    assert found.missing_education is Education.MASTER  # not held
    assert f"your {MSC!r} finished" in found.summary
    assert "gives a master's degree" in found.summary


def test_without_the_course_the_post_needs_the_degree_as_before():
    found = _assess(
        "mental-health-nurse-specialist",
        country="IE",
        education="bachelor",
        credentials=[RPN],
        years_experience=6,
    )
    assert found.verdict == "needs"
    assert "a master's degree" in found.summary
    assert "finished" not in found.summary


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("MSW (expected 2027)", Education.MASTER),
        ("MA Counselling, currently studying", Education.MASTER),
        ("Masters in Social Work, year 2", Education.MASTER),
        ("second year of an MSc in Psychology", Education.MASTER),
        ("M.S. in Counseling (currently enrolled)", Education.MASTER),
        ("Ph.D. Clinical Psychology, year 3", Education.DOCTORATE),
    ],
)
def test_a_degree_in_progress_is_read_in_its_usual_forms(text: str, level: Education) -> None:
    assert studying_for([text], Education.MASTER) == (text, level)


@pytest.mark.parametrize(
    "text",
    [
        "MSc Advanced Practice (2021)",  # held: the person's education says it
        "MSc Psychology (withdrawn in year 2)",  # given up
        "BSc Psychology (final year)",  # below the post's master's
        "NLP Master Practitioner (in progress)",  # no degree
        "LMHC (MA), application pending",  # Massachusetts, not a master of arts
        "CBT training (in progress)",
        "Master of Public Health, University of Rwanda (application pending)",  # not begun
    ],
)
def test_near_misses_name_no_degree_on_the_way(text: str) -> None:
    assert degree_on_the_way([text], Education.MASTER) is None


DEES = "DEES (diplôme d'État d'éducateur spécialisé), en cours, 2e année"


def test_a_french_state_diploma_in_progress_is_named_where_the_post_asks_a_bachelor():
    # review41 P14: Papeete's DEES in its second year was not named on the psychosocial
    # rehabilitation educator's post, which said only "Needs a bachelor's degree".
    found = _assess(
        "psychosocial-rehabilitation-educator",
        country="PF",
        education="certificate",
        credentials=["Diplôme d'État de moniteur-éducateur (DEME)", DEES],
        years_experience=9,
    )
    assert found.verdict == "needs"
    assert DEES in found.summary
    assert "on the way: it gives a bachelor's degree" in found.summary


@pytest.mark.parametrize(
    "text",
    [
        "DEES obtenu en cours d'emploi (2015)",  # held: taken while working
        "DEME (2014)",  # the moniteur-éducateur's diploma, held, below a bachelor's
        "dees en cours",  # not the abbreviation in capitals
    ],
)
def test_french_near_misses_name_no_degree_on_the_way(text: str) -> None:
    assert degree_on_the_way([text], Education.BACHELOR) is None


BS = "60 credits toward BS Psychology (in progress)"


def test_a_us_bachelors_in_progress_is_named_where_the_post_asks_a_bachelor():
    # review42 ("Not seen"): Cheyenne's MH case manager said "Needs a bachelor's degree"
    # with no word of his BS half done (60 of 120 credits).
    found = _assess(
        "mental-health-case-manager",
        country="US",
        education="secondary",
        credentials=[BS],
        years_experience=8,
    )
    assert BS in found.summary
    assert "on the way: it gives a bachelor's degree" in found.summary


@pytest.mark.parametrize(
    "text",
    [
        "60 of 120 credits, BS Psychology",
        "BS in Nursing, year 2",
        "B.S. Psychology (in progress)",
    ],
)
def test_a_bs_in_progress_is_a_bachelors_on_the_way(text: str) -> None:
    assert studying_for([text], Education.BACHELOR) == (text, Education.BACHELOR)


@pytest.mark.parametrize(
    "text",
    [
        "BS Psychology (2019)",  # held
        "Bs Psychology (in progress)",  # not the abbreviation in capitals
        "30 credits of CEU training (in progress)",  # credits, no degree
    ],
)
def test_us_near_misses_name_no_degree_on_the_way(text: str) -> None:
    assert degree_on_the_way([text], Education.BACHELOR) is None
