"""A credential the person's own country asks for is not asked to be "recognised" there.

Twentieth round, a counsellor's review: a Tokyo psychologist's "Clinical Psychologist
(Rinshō Shinrishi, FJCBCP)" shares the words of the US licence's "Clinical psychologist",
so her own therapist and clinical psychologist posts asked her to "check whether" it "is
recognised in Japan". Japan's names are now the licence's in_place there, and a text the
country's own names hold gets no such note; a US licence held in the UK still does.
"""

from __future__ import annotations

import careermap
from careermap import Background

SKILLS = ["CBT:4", "clinical assessment:4", "psychotherapy:4"]


def _summaries(credentials, country):
    background = Background(
        education="master", credentials=credentials, country=country, years_experience=8
    )
    ranking = careermap.rank_careers(SKILLS, background=background, limit=None, semantic=False)
    wanted = {"therapist", "clinical-psychologist"}
    return {m.role_id: m.readiness.summary for m in ranking if m.role_id in wanted}


def test_a_japanese_psychologist_is_not_asked_to_have_her_title_recognised_in_japan():
    found = _summaries(["Clinical Psychologist (Rinshō Shinrishi, FJCBCP)"], "JP")
    assert found, found
    for summary in found.values():
        assert "recognised in Japan" not in summary, summary


def test_a_us_licence_in_the_uk_still_is():
    found = _summaries(["Licensed psychologist"], "GB")
    assert any("recognised in the United Kingdom" in s for s in found.values()), found
