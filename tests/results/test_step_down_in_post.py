"""A job above entry level makes a person experienced for a step down by education (review41 P1).

The thirty-second set's Kenora counsellor, a master's-level psychotherapist (Qualifying)
two years in post, was shown a housing support worker's and a social services
assistant's posts (entry-level, asking a secondary diploma) as "Ready now" and ahead of
the EAP counsellor's post she accepts: with fewer than three years she counted as a
starter. The mental health counsellor's post her title names is mid-level: she is not.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness


def _verdict(role_id, title, years=2, education="master"):
    person = Background(
        education=education, years_experience=years, country="CA", current_role=title
    )
    found = role_readiness(
        lookup_role(role_id), person, taxonomy=careermap.load_taxonomy(), shown=None
    )
    assert found is not None
    return found


def test_an_entry_post_far_below_her_degree_is_a_step_down_for_a_counsellor_in_post():
    found = _verdict("housing-support-worker", "Mental health counsellor")
    assert found.verdict == "step-down", found
    assert found.summary.startswith("Below your master's degree"), found


def test_a_starter_with_no_post_above_entry_is_not_told_so():
    # No title, or a title naming an entry-level post: two years make no step down.
    assert _verdict("housing-support-worker", None).verdict != "step-down"
    assert _verdict("housing-support-worker", "Intake coordinator").verdict != "step-down"


def test_an_entry_post_one_level_below_is_no_step_down():
    # A bachelor's post for a master's is one level: unchanged.
    assert _verdict("mental-health-case-manager", "Mental health counsellor").verdict != (
        "step-down"
    )


def test_the_kenora_counsellor_sees_the_eap_post_in_her_first_five():
    ranking = careermap.rank_careers(
        ["accompanying clients to the hospital and to court:3", "TF-CBT:3", "grounding:4"],
        background={
            "education": "master",
            "credentials": ["Registered Psychotherapist (Qualifying), CRPO"],
            "years_experience": 2,
            "country": "CA",
            "current_role": "Counsellor, sexual assault centre (RP Qualifying)",
        },
        limit=5,
    )
    ids = [m.role_id for m in ranking]
    assert "housing-support-worker" not in ids
    assert "social-services-assistant" not in ids
