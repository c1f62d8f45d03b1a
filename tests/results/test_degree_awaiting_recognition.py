"""A degree awaiting recognition is an education fact, not a licence applied for."""

from __future__ import annotations

import pytest

from careermap.resolve.profile import Background
from careermap.results.awaiting import CHECK, awaiting_recognition
from careermap.results.readiness import assess
from careermap.results.recognised import unrecognised_degree

# The Narva harm reduction counsellor of the twenty-first set (closing note 31b): his
# St Petersburg diploma, submitted for recognition, was read as a licence applied for.
DIPLOMA = (
    "Specialist diploma in psychology, St Petersburg (2006), recognition in Estonia applied for"
)
NARVA = {
    "education": "master",
    "years_experience": 11,
    "country": "EE",
    "credentials": [DIPLOMA],
}


@pytest.mark.parametrize(
    ("written", "degree"),
    [
        (DIPLOMA, True),
        ("MA Psychology (Kyiv), pending recognition", True),
        ("BSc Social Work (Lagos) - awaiting recognition", True),
        ("MSc Counselling (Tbilisi), submitted for recognition", True),
        ("Diplom-Psychologin (Wien), Anerkennung ausständig", True),
        ("Master's in psychology (Odesa), nostrification in progress", True),
        # A licence or registration named: a licence pending, as before.
        ("Diploma in psychology, registration with the Chamber pending", False),
        ("Anerkennung nach dem Musiktherapiegesetz (Österreich), beantragt", False),
        ("Licence to practise (Romania) on a recognised MSc, pending", False),
        # A degree under way is no degree held.
        ("MSc Psychology (in progress)", False),
        ("MA Counselling, recognised by ENIC", False),
    ],
)
def test_what_is_a_degree_awaiting_recognition(written, degree):
    assert awaiting_recognition(written) is degree


def test_the_own_job_is_not_told_a_licence_is_pending(default):
    role = default.role_index["substance-use-counsellor"]
    person = Background(**NARVA, current_role="Substance use counsellor", same_work=True)
    found = assess(role.entry, person, taxonomy=default, sector=role.sector, role=role.id)
    assert found is not None
    assert found.verdict == "current"
    assert "not held yet" not in found.summary
    assert "in Estonia it needs" not in found.summary


def test_a_degree_post_asks_to_check_the_recognition(default):
    role = default.role_index["programme-evaluator"]
    found = assess(role.entry, Background(**NARVA), taxonomy=default, sector=role.sector)
    assert found is not None
    assert found.verdict == "ready"  # the degree counts
    assert found.summary.endswith(f"({CHECK})")
    assert any(DIPLOMA in note for note in found.notes)
    # Recognised (nothing written of it): nothing to check.
    plain = assess(
        role.entry,
        Background(**{**NARVA, "credentials": []}),
        taxonomy=default,
        sector=role.sector,
    )
    assert plain is not None
    assert CHECK not in plain.summary


def test_a_post_asking_no_degree_asks_no_check(default):
    role = default.role_index["peer-support-specialist"]
    found = assess(role.entry, Background(**NARVA), taxonomy=default, sector=role.sector)
    assert found is not None
    assert CHECK not in found.summary


@pytest.mark.parametrize(
    "written",
    [
        "Diplom-Psychologin (Wien), Anerkennung ausständig",
        "MSc Counselling (Tbilisi), submitted for recognition",
        "BA Psychology (Manila), pending recognition",
    ],
)
def test_the_new_phrasings_are_unrecognised_degrees_for_rungs_too(written):
    assert unrecognised_degree(Background(credentials=[written]))
