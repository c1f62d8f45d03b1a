"""Explanations built from the engine's arrays equal the reference's, field for field."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from careermap import Background, RoleMatch, build_profile, rank_careers, similar_roles
from careermap.scoring.match import (
    person_start,
    profile_skills,
    role_match,
    role_start,
    start_scores,
)
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


def test_explanations_with_a_credential_equal_the_reference(default):
    # A credential's skills are left out of the gaps, on the fast path as in the reference.
    background = Background(credentials=["RN (US, BSN)"])
    skills = ["de-escalation:4", "care planning:3", "case management:3"]
    ranking = rank_careers(skills, taxonomy=default, limit=None, background=background)
    held = profile_skills(build_profile(skills, taxonomy=default), default)
    start = person_start(held, None, default)
    scores = start_scores(start, default)
    transfers = transfer_index(default)
    position = {role.id: i for i, role in enumerate(default.roles)}
    for rank, match in enumerate(ranking, start=1):
        role = default.roles[position[match.role_id]]
        evaluation = evaluate(role, start.skills, transfers, None, start.strengths)
        expected = role_match(
            rank, evaluation, default, scores, position[role.id], background=background
        )
        assert match == expected


def test_trusted_results_are_what_validation_builds(default):
    # Matches are built without validation; validating their own data gives
    # back equal objects, every value of the same type, every field set.
    ranking = rank_careers(["CBT:4", "active listening", "crisis intervention"], taxonomy=default)
    for match in ranking:
        again = RoleMatch.model_validate(match.model_dump())
        assert again == match
        assert again.model_fields_set == match.model_fields_set
        for mine, theirs in zip(
            (*match.matched, *match.transferred, *match.gaps),
            (*again.matched, *again.transferred, *again.gaps),
            strict=True,
        ):
            assert list(mine.__dict__) == list(theirs.__dict__)
            for name, value in mine.__dict__.items():
                assert type(value) is type(theirs.__dict__[name]), name
        assert RoleMatch.model_validate_json(match.to_json()) == match
