"""The probation officer's credential is American; England names its own route."""

from __future__ import annotations

import careermap

#: A liaison and diversion worker's read skills (review 29, Shrewsbury), shortened.
SKILLS = ["risk assessment:4", "safeguarding:4", "motivational interviewing:3"]


def _probation(default, country):
    background = {"education": "bachelor", "country": country, "years_experience": 3}
    ranked = careermap.rank_careers(SKILLS, taxonomy=default, limit=None, background=background)
    return next(m for m in ranked if m.role_id == "probation-officer")


def test_england_is_told_of_pqip_not_a_peace_officer_certification(default):
    # Twenty-ninth round (review 29 P13): "Peace officer or probation certification" is
    # US wording; in England the Probation Service's PQiP is how one qualifies.
    summary = _probation(default, "GB").readiness.summary
    assert "Professional Qualification in Probation (PQiP)" in summary
    assert "Peace officer" not in summary


def test_the_us_still_names_its_certification(default):
    assert "Peace officer or probation certification" in _probation(default, "US").readiness.summary


def test_pqip_holder_in_england_holds_it(default):
    background = {
        "education": "bachelor",
        "country": "GB",
        "years_experience": 3,
        "credentials": ["Professional Qualification in Probation (PQiP)"],
    }
    ranked = careermap.rank_careers(SKILLS, taxonomy=default, limit=None, background=background)
    officer = next(m for m in ranked if m.role_id == "probation-officer")
    assert "PQiP" not in officer.readiness.summary
