"""Why a leaver's posts of their own practice come later, said once (results.leaving_words)."""

from __future__ import annotations

import careermap
from careermap.results.plain import head_notes

# The review38 Beau Bassin nursing officer, as a US nurse leaving nursing for employee
# relations: the person tests/scoring/test_leaving.py ranks, from there.
from ..scoring.test_leaving import BACKGROUND, NURSE


def _ranking(excluded: list[str] | None, limit: int = 10) -> careermap.Ranking:
    return careermap.rank_careers(
        NURSE, background=BACKGROUND, exclude_sectors=excluded, limit=limit
    )


def _leaving(ranking: careermap.Ranking) -> list[str]:
    return [n for n in head_notes(ranking) if "you said you are leaving" in n]


def test_a_leaver_is_told_once_why_their_nursing_posts_come_later() -> None:
    ranking = _ranking(["mental-health"])
    listed = {m.role_id: m.rank for m in ranking}
    assert "nurse-case-manager" in listed
    (said,) = _leaving(ranking)
    assert said.count("you said you are leaving") == 1
    assert f"Nurse case manager (#{listed['nurse-case-manager']})" in said
    assert "Registered Nurse (RN)" in said
    assert "Employee relations" not in said  # only the posts held back are named
    # Said at the head, not on each post's line.
    for match in ranking:
        assert match.readiness is not None
        assert "you said you are leaving" not in str(match.readiness)


def test_without_the_exclusion_nothing_is_said() -> None:
    assert _leaving(_ranking(None)) == []


def test_nothing_is_said_when_no_held_post_is_listed() -> None:
    ranking = _ranking(["mental-health"], limit=3)
    assert not {"nurse-case-manager", "nurse-educator"} & {m.role_id for m in ranking}
    assert _leaving(ranking) == []
