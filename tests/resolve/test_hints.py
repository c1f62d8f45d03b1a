"""A "did you mean" offers skills by meaning, or spelled alike enough (seventeenth round).

A counsellor's read of the ninth set's explanations found hints a client would find
absurd: "Te Tiriti o Waitangi in practice" offered *Mediation* and *Physical intervention*
(text similarity 61), "co-production" *Victim support* (67). Spelling-alike skills below
``HINT_SIMILARITY`` stay in ``alternatives`` but are not offered.
"""

from __future__ import annotations

from careermap import resolve_skill
from careermap.resolve.skill_match import HINT_SIMILARITY


def test_weak_spelling_alike_skills_are_kept_but_not_offered(default):
    for text in ("Te Tiriti o Waitangi in practice", "co-production"):
        match = resolve_skill(text, taxonomy=default, semantic=False)
        assert match.alternatives, text  # still there for a program to weigh
        assert not match.hints, text
        assert "did you mean" not in str(match), str(match)


def test_a_named_skill_is_still_offered(default):
    # A part naming people near a name keeps the list unread ("SPSS and Mplus" is now read
    # as SPSS's skill, Mplus shown unread: twenty-eighth round).
    match = resolve_skill("SPSS and case managers", taxonomy=default, semantic=False)
    assert [c.label for c in match.hints][:2] == ["Statistical analysis", "Case management"]
    assert all(c.cosine is not None or c.similarity >= HINT_SIMILARITY for c in match.hints)
    assert "did you mean 'Statistical analysis', " in str(match)
