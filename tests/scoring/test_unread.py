"""A thin list resting on little of what was written says so (scoring.unread, review39 P11)."""

from __future__ import annotations

import careermap
from careermap.scoring.unread import little_read, unread_note, unread_tail

# Lines the Italian lexicon does not hold (lang39 made it read individual rehabilitation
# projects, work placements and work with families, thirty-ninth round).
ITALIAN = [
    "laboratori espressivi e di cucina con gli utenti:5",
    "riunione quotidiana del centro diurno:4",
    "programmazione delle attività e dei turni:4",
    "psychosocial rehabilitation:5",
]
BACKGROUND = {
    "education": "bachelor",
    "years_experience": 17,
    "country": "SM",
    "current_role": "Educatrice professionale, centro diurno",
}


def test_a_thin_list_nothing_fills_names_the_texts_not_read() -> None:
    ranking = careermap.rank_careers(ITALIAN, background=BACKGROUND, limit=None, semantic=False)
    assert ranking.thin.startswith("A thin list")
    assert "1 of your 4 texts" in ranking.thin
    assert "Write in English" in ranking.thin
    assert "'riunione quotidiana del centro diurno'" in ranking.thin


def test_no_note_where_most_texts_are_read() -> None:
    read = careermap.build_profile(["CBT", "motivational interviewing", "forklift"], semantic=False)
    assert not little_read(read)
    assert unread_note(read, 0) == ""
    assert unread_tail(read) == ""


def test_set_aside_texts_count_as_not_read() -> None:
    profile = careermap.build_profile(["CBT", "crisis intervention", "welding"], semantic=False)
    assert not little_read(profile)
    assert little_read(profile, {"crisis-intervention"})


def test_more_texts_than_quoted_are_counted() -> None:
    profile = careermap.build_profile(
        ["CBT", "forklift", "welding", "baking", "zzqx", "qwxz"], semantic=False
    )
    tail = unread_tail(profile)
    assert "'forklift', 'welding', 'baking' and 2 more" in tail
    assert tail.startswith("It rests on 1 of your 6 texts")
