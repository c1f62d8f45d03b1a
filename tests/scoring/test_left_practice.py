"""The own-practice caution leaves out the practice a person leaves (review39 P7)."""

from __future__ import annotations

import careermap
from careermap.scoring.left_practice import left_practice

MAHE = [
    "psychiatric nursing:4",
    "de-escalation:4",
    "training new nurses on the ward:4",
    "first aid:3",
]
BACKGROUND = {
    "education": "associate",
    "years_experience": 6,
    "country": "SC",
    "current_role": "Registered Nurse, psychiatric wards and methadone service",
}
LEFT = ["mental-health", "healthcare-administration"]


def test_caution_does_not_name_the_nursing_left() -> None:
    ranking = careermap.rank_careers(
        MAHE, background=BACKGROUND, exclude_sectors=LEFT, limit=None, semantic=False
    )
    assert "own practice that were read" in ranking.practice
    assert "Mental health nursing" not in ranking.practice
    assert "Conflict de-escalation" in ranking.practice


def test_caution_names_it_when_the_sector_is_kept() -> None:
    ranking = careermap.rank_careers(MAHE, background=BACKGROUND, limit=None, semantic=False)
    lines = [ranking.practice, *(m.readiness.caution or "" for m in ranking if m.readiness)]
    assert any("Mental health nursing" in line for line in lines)


def test_left_practice_needs_the_record_to_place_the_work() -> None:
    taxonomy = careermap.load_taxonomy()
    kept = {s.id for s in taxonomy.sectors} - set(LEFT)
    barista = careermap.Background(current_role="Barista")
    assert left_practice(barista, taxonomy, kept) == frozenset()
    nurse = careermap.Background(current_role=BACKGROUND["current_role"])
    assert "mental-health-nursing" in left_practice(nurse, taxonomy, kept)
