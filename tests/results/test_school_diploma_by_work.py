"""A school diploma asked of an adult with years of work names the work (twenty-sixth round).

A counsellor's review of the seventeenth set (review 26, P5b): a peer support worker of
46 who left school at fifteen, with twenty years at sea and four as a peer worker, read
"Needs a secondary school diploma" on every support post, his accepted mental health
advocate post among them. Many employers take years of work in place of a school diploma
(ANZSCO's lowest skill levels take a year of relevant experience for the formal
qualification). The need now says so; the verdict stays ``needs``: meeting the diploma by
the years put entry-level posts before the ones he wants (seventeenth set 0.24 -> 0.23).
"""

from __future__ import annotations

import careermap
from careermap import Background, lookup_role
from careermap.results.readiness import role_readiness


def _verdict(role_id, **background):
    person = Background(education="none", country="NZ", **background)
    found = role_readiness(
        lookup_role(role_id), person, taxonomy=careermap.load_taxonomy(), shown=None
    )
    assert found is not None
    return found


def test_years_of_work_are_named_beside_the_school_diploma():
    found = _verdict("care-navigator", years_experience=4, experience={"Commercial fisherman": 20})
    assert found.verdict == "needs", found
    assert found.summary == (
        "Needs a secondary school diploma (or equivalent experience: many employers "
        "count your 24 years of work)"
    )


def test_volunteering_and_a_short_time_do_not_count():
    found = _verdict(
        "care-navigator", years_experience=1, experience={"Crisis Text Line volunteer": 5}
    )
    assert found.summary == "Needs a secondary school diploma", found
