"""From the subject matter: mental-health experience reaches education, HR and advocacy."""

from __future__ import annotations

import careermap

COUNSELLOR = [
    "active listening:5",
    "clinical assessment:4",
    "CBT:4",
    "motivational interviewing:4",
    "crisis intervention:4",
    "trauma-informed care:4",
    "emotional regulation",
    "professional boundaries:4",
    "self-care",
    "clinical supervision:3",
    "peer consultation",
    "empathy:5",
    "advocacy",
    "case management:3",
    "resilience",
]
TARGETS = {"education", "human-resources", "advocacy"}


def assert_spans_target_sectors(ranking):
    assert set(ranking.sectors) >= TARGETS, ranking.sectors
    for match in ranking:
        assert match.matched or match.transferred
        assert match.explain().count("\n") >= 1


def test_a_therapists_role_reaches_education_hr_and_advocacy(default):
    assert_spans_target_sectors(careermap.similar_roles("therapist", limit=15, taxonomy=default))


def test_a_counsellors_own_words_reach_education_hr_and_advocacy(default):
    ranking = careermap.rank_careers(COUNSELLOR, limit=15, taxonomy=default)
    assert not ranking.profile.unresolved
    assert_spans_target_sectors(ranking)


def test_every_source_role_reaches_other_sectors(default):
    for role in default.roles:
        if role.sector == "mental-health":
            ranking = careermap.similar_roles(role.id, limit=15, taxonomy=default)
            assert len(set(ranking.sectors) - {"mental-health"}) >= 2, role.id
