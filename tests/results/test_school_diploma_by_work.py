"""A school diploma asked of an adult with years of work names the work (twenty-sixth round).

A counsellor's review of the seventeenth set (review 26, P5b): a peer support worker of
46 who left school at fifteen, with twenty years at sea and four as a peer worker, read
"Needs a secondary school diploma" on every support post, his accepted mental health
advocate post among them. Many employers take years of work in place of a school diploma
(ANZSCO's lowest skill levels take a year of relevant experience for the formal
qualification). The need said so; the verdict stayed ``needs``: meeting the diploma by
the years put entry-level posts before the ones he wants (seventeenth set 0.24 -> 0.23).

Twenty-seventh round (review 27, P8 and P10): "Needs a secondary school diploma (or
equivalent experience: many employers count your 3 years of work)" was a need and a yes at
once, and kept a support worker of 20 with no school qualification behind posts needing a
degree and a licence. The years now meet the diploma: the verdict is the post's own, with
the route said beside it and a note that some employers ask for the diploma itself.
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness
from careermap.scoring.advice import SCHOOL_BY_WORK_TIER, advice_key


def _verdict(role_id, **background):
    person = Background(education="none", country="NZ", **background)
    found = role_readiness(
        lookup_role(role_id), person, taxonomy=careermap.load_taxonomy(), shown=None
    )
    assert found is not None
    return found


def test_years_of_work_meet_the_school_diploma_and_say_so():
    found = _verdict("care-navigator", years_experience=4, experience={"Commercial fisherman": 20})
    assert found.verdict != "needs", found
    assert "secondary school diploma" not in " ".join(found.needs)  # no need and yes at once
    assert found.summary.startswith("Ready now: postings ask for a secondary school diploma")
    assert "many employers count your 24 years of work" in found.summary
    assert any("some ask for the diploma itself" in note for note in found.notes)


def test_three_years_are_enough_and_two_are_not():
    three = _verdict("care-navigator", years_experience=1, experience={"Dairy farm assistant": 2})
    assert three.verdict != "needs"
    two = _verdict("care-navigator", years_experience=1, experience={"Dairy farm assistant": 1})
    assert two.verdict == "needs"
    assert two.summary == "Needs a secondary school diploma"


def test_volunteering_and_a_short_time_do_not_count():
    found = _verdict(
        "care-navigator", years_experience=1, experience={"Crisis Text Line volunteer": 5}
    )
    assert found.summary == "Needs a secondary school diploma", found


def test_a_post_met_by_the_years_comes_with_the_steps_in_advice_order():
    # Ready in its words, but not every employer takes the years: advice order puts it
    # after the posts open outright, before those needing a degree (twenty-seventh round;
    # meeting it outright emptied a peer worker's five of the post he wanted).
    taxonomy = careermap.load_taxonomy()
    role = lookup_role("care-navigator")
    worked = Background(education="none", country="NZ", years_experience=4)
    schooled = Background(education="secondary", country="NZ", years_experience=4)
    assert advice_key(role, worked, taxonomy)[0] == SCHOOL_BY_WORK_TIER > 0
    assert advice_key(role, schooled, taxonomy)[0] == 0
