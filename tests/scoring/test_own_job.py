"""The person's own job is ranked for a licence they hold when none of their skills is read.

Twenty-fifth round (a counsellor's review of the sixteenth set, finding 6): a registered
psychiatric nurse whose only read skill was WRAP found no nursing post in her list, not
even at ``min_score=0``: her profession scored 0.
"""

from __future__ import annotations

import careermap
from careermap.scoring.match import CURRENT_AFTER

NURSE = {
    "education": "bachelor",
    "years_experience": 12,
    "credentials": ["Registered Nurse (RN)"],
    "current_role": "Psychiatric nurse",
}


def _rank(background, **options):
    return careermap.rank_careers(["WRAP:4"], limit=None, background=background, **options)


def test_a_nurse_whose_skills_were_not_read_finds_her_own_job(default):
    ranking = _rank({**NURSE, "same_work": True})
    nurse = next(m for m in ranking if m.role_id == "psychiatric-nurse")
    assert nurse.score == 0.0
    assert nurse.readiness.verdict == "current"
    said = "listed for your licence (Registered Nurse (RN)), as none of the skills you listed"
    assert said in nurse.readiness.summary
    assert said in nurse.explain()
    # She wants the same work elsewhere: it keeps its place among the moves she could
    # take now, before every post that needs a step first. (Until the thirty-ninth round
    # none other was open to her and it ranked first; the psychosocial rehabilitation
    # educator's post, a bachelor's and her WRAP's recovery-oriented practice, is.)
    before = [m for m in ranking if m.rank < nurse.rank]
    assert all(m.readiness.verdict == "ready" for m in before)
    assert nurse.rank <= 2


def test_the_job_ranked_for_a_licence_comes_after_the_first_moves():
    ranking = _rank(NURSE)
    ids = [m.role_id for m in ranking]
    assert ids.index("psychiatric-nurse") == min(CURRENT_AFTER, len(ids) - 1)


def test_no_licence_no_title_or_fit_order_ranks_nothing_at_zero():
    assert all(m.score > 0 for m in _rank({**NURSE, "credentials": ["CPR"]}))
    assert all(m.score > 0 for m in _rank({**NURSE, "current_role": None}))
    assert all(m.score > 0 for m in _rank(NURSE, order="fit"))
    assert all(m.score > 0 for m in _rank(NURSE, min_score=0.1))
    assert all(m.score > 0 for m in _rank(NURSE, exclude_sectors=["mental-health"]))
