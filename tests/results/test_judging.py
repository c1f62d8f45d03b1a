"""Judgement practised by professions that decide for patients (careermap.results.judging).

Thirty-sixth round (review35 P7): pharmacists, a psychiatry resident and a narcologist
were shown judgement and decision making as a gap, though O*NET rates it 3.75 and 4.12
for their occupations, above the floor the helping codes are held to.
"""

from __future__ import annotations

import careermap
from careermap import Background
from careermap.results.judging import JUDGEMENT, judging_practice, title_judges
from careermap.results.practice import SKILL_FLOOR, helping_practice
from careermap.results.readiness import implied_skills


def test_titles_naming_a_deciding_profession_practise_judgement():
    for title in (
        "Pharmacist, Mental Health Care Centre (state hospital)",
        "Clinical Pharmacist Practitioner, Mental Health (BCPP)",
        "Consultant Psychiatrist",
        "Bác sĩ nội trú tâm thần (psychiatry resident, year 2)",
        "Врач психиатр-нарколог (narcologist), Republican Centre of Narcology",
    ):
        assert title_judges(title), title
        assert judging_practice(Background(current_role=title)) == {JUDGEMENT}


def test_their_assistants_and_other_psychiatric_posts_do_not():
    for title in (
        "Pharmacist assistant",
        "Psychiatric technician (LPT), state hospital",
        "Clinical research coordinator II, psychiatry",
        "Genetic Counselor, psychiatric genetic counseling service",
        "Physician Assistant (PA-C), psychiatry",
        "Medical Secretary (Grade III), Community Mental Health Team",
    ):
        assert not title_judges(title), title


def test_other_work_counts_and_only_gaps_change(taxonomy):
    past = Background(current_role="Medicines information officer", experience={"Pharmacist": 8})
    assert JUDGEMENT in helping_practice(past, taxonomy)
    assert JUDGEMENT in implied_skills(past, taxonomy)
    assert JUDGEMENT not in implied_skills(Background(current_role="Medicines officer"), taxonomy)
    skills = ["psychopharmacology", "report writing"]
    plain = careermap.rank_careers(skills, limit=None, background={"country": "US"})
    held = careermap.rank_careers(
        skills, limit=None, background={"country": "US", "current_role": "Staff pharmacist"}
    )
    assert {m.role_id: m.score for m in held} == {m.role_id: m.score for m in plain}
    assert JUDGEMENT in {g.skill_id for m in plain for g in m.gaps}
    assert JUDGEMENT not in {g.skill_id for m in held for g in m.gaps}


def test_the_ratings_read_are_over_the_floor(onet_dir):
    from careermap.results.judging import JUDGING  # noqa: PLC0415

    rated: dict[str, float] = {}
    with (onet_dir / "Skills.txt").open(encoding="utf-8") as handle:
        for line in handle:
            code, _, element, scale, value, *_ = line.rstrip("\n").split("\t")
            if element == "Judgment and Decision Making" and scale == "IM":
                rated[code] = float(value)
    for _, code, rating in JUDGING:
        assert rated[code] == rating >= SKILL_FLOOR, code
