"""A ranking built on few of the texts a person wrote says so (eighteenth round).

A counsellor's read of the tenth persona set found a child welfare worker whose five
posts were all carried by one skill, eight of her ten texts unread, with nothing saying
how little the ranking rested on.
"""

from __future__ import annotations

from careermap import build_profile, rank_careers
from careermap.cli.format import profile_lines
from careermap.resolve.display import thin_profile

MOSTLY_UNREAD = ["safeguarding", "kinship placements", "Fallkonferenzen", "hazard logs"]
MOSTLY_READ = ["safeguarding", "CBT", "case management", "hazard logs"]


def test_a_ranking_on_few_recognised_texts_says_what_it_rests_on():
    ranking = rank_careers(MOSTLY_UNREAD, semantic=False, limit=3)
    caution = thin_profile(ranking.profile)
    assert caution.startswith("Only 1 of your 4 skills was recognised")
    assert ranking.explain().splitlines()[0] == caution
    assert caution in ranking._repr_html_()
    assert caution in profile_lines(ranking.profile)


def test_half_or_more_recognised_says_nothing():
    ranking = rank_careers(MOSTLY_READ, semantic=False, limit=3)
    assert thin_profile(ranking.profile) == ""
    assert not ranking.explain().startswith("Only")
    two_of_four = build_profile(["CBT", "DBT", "hazard logs", "Fallkonferenzen"], semantic=False)
    assert thin_profile(two_of_four) == ""
