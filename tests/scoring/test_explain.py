"""Explanations built from the engine's arrays equal the reference's, field for field."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap import rank_careers, similar_roles
from careermap.scoring.match import person_start, role_match, role_start, start_scores
from careermap.scoring.model import evaluate, transfer_index

from ..strategies import taxonomy_and_profile


def reference_matches(ranking, taxonomy, start):
    """Each returned role explained by the scalar reference (``evaluate``), in rank order."""
    scores = start_scores(start, taxonomy)
    transfers = transfer_index(taxonomy)
    position = {role.id: i for i, role in enumerate(taxonomy.roles)}
    return [
        role_match(
            rank,
            evaluate(
                taxonomy.roles[position[m.role_id]], start.skills, transfers, None, start.strengths
            ),
            taxonomy,
            scores,
            position[m.role_id],
        )
        for rank, m in enumerate(ranking, start=1)
    ]


@settings(max_examples=200, deadline=None)
@given(taxonomy_and_profile())
def test_person_explanations_equal_the_reference(case):
    taxonomy, profile = case
    ranking = rank_careers(list(profile.items()), taxonomy=taxonomy, limit=None)
    expected = reference_matches(ranking, taxonomy, person_start(profile, None, taxonomy))
    assert list(ranking) == expected
    assert [m.to_dict() for m in ranking] == [m.to_dict() for m in expected]


@settings(max_examples=100, deadline=None)
@given(taxonomy_and_profile(), st.integers(0, 7))
def test_role_explanations_equal_the_reference(case, which):
    taxonomy, _ = case
    held = taxonomy.roles[which % len(taxonomy.roles)]
    ranking = similar_roles(held.id, taxonomy=taxonomy, limit=None)
    expected = reference_matches(ranking, taxonomy, role_start(held, taxonomy))
    assert list(ranking) == expected


def test_a_ranking_builds_its_matches_when_read(default):
    ranking = rank_careers(["CBT", "active listening", "crisis intervention"], taxonomy=default)
    assert "matches" not in ranking.__dict__  # nothing built yet
    assert len(ranking) == 10
    first = ranking[0]
    assert ranking[0] is first  # built once
    assert ranking[-1] is list(ranking)[-1]
    again = rank_careers(["CBT", "active listening", "crisis intervention"], taxonomy=default)
    assert ranking.to_dict() == again.to_dict()
    assert ranking == again
    assert ranking.matches == tuple(again)
    assert pickle.loads(pickle.dumps(ranking)) == ranking  # noqa: S301 - our own bytes
    assert hash(ranking) == hash(again)
