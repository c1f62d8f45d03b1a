"""A post a country opens with less education is not, there, a step down for a graduate."""

from __future__ import annotations

from careermap import lookup_role
from careermap.resolve.profile import Background
from careermap.results.readiness import assess

# The Montreal art therapist of the fifteenth persona set: a master's and seven years.
ART_THERAPIST = {"education": "master", "years_experience": 7}


def test_a_lower_floor_abroad_opens_a_post_without_making_it_junior():
    coordinator = lookup_role("volunteer-coordinator").entry
    assert coordinator.for_country("CA").education.value == "associate"
    assert coordinator.education.value == "bachelor"
    at_home = assess(coordinator, Background(**ART_THERAPIST, country="US"))
    in_canada = assess(coordinator, Background(**ART_THERAPIST, country="CA"))
    assert at_home is not None
    assert in_canada is not None
    # Judged, as in the US, against the bachelor's the post asks elsewhere.
    assert at_home.verdict == in_canada.verdict == "ready"


def test_a_step_down_by_education_is_still_one():
    # Two rungs below the post's own education, wherever the person is.
    coordinator = lookup_role("volunteer-coordinator").entry
    found = assess(coordinator, Background(education="doctorate", years_experience=7))
    assert found is not None
    assert found.verdict == "step-down"
    assert "asking for a bachelor's degree" in found.summary
