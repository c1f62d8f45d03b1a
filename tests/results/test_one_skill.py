"""A good or strong band resting on one skill of the person's says so (results.one_skill)."""

from __future__ import annotations

import careermap
from careermap.results.one_skill import alone, hiring_line

# The Martinique CMP nurse (review40 P12): at the fortieth round's start one of his six
# texts was read, as Psychoeducation (lang40 now reads more of them); that one alone.
MARTINIQUE = ["éducation thérapeutique du patient:3"]
BACKGROUND = {"education": "bachelor", "field": "nursing", "country": "MQ", "years_experience": 5}


def test_a_good_band_on_one_read_text_says_what_it_rests_on() -> None:
    ranking = careermap.rank_careers(MARTINIQUE, background=BACKGROUND, limit=10)
    high = [m for m in ranking if m.band in ("good", "strong")]
    assert high
    for match in high:
        assert match.band in ("good", "strong")  # the band is the score's, unchanged
        assert alone(match) == "Psychoeducation"
        assert f"its {match.band} band rests on one skill of yours alone" in hiring_line(match)
    for match in ranking:
        if match.band not in ("good", "strong"):
            assert "rests on one skill" not in hiring_line(match)


def test_a_band_resting_on_several_skills_says_nothing_more() -> None:
    skills = ["CBT:4", "motivational interviewing:4", "case management:4", "crisis intervention:4"]
    ranking = careermap.rank_careers(skills, background={"education": "master"}, limit=10)
    assert any(m.band in ("good", "strong") for m in ranking)
    for match in ranking:
        assert match.readiness is not None
        if alone(match) is None:
            assert hiring_line(match) == match.readiness.beside(match.band, score=match.score)
    assert all(alone(m) is None for m in ranking if len(_sources(m)) > 1)


def _sources(match: careermap.RoleMatch) -> set[str | None]:
    return {r.source_id for r in (*match.matched, *match.transferred)}
