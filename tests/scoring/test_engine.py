"""The vectorised engine agrees with the plain reference implementation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careermap.scoring import engine as engine_module
from careermap.scoring.engine import scoring_index
from careermap.scoring.model import evaluate, transfer_index

from ..strategies import taxonomy_and_profile


def reference_order(evaluations, limit):
    kept = [e for e in evaluations if e.score > 0.0]
    kept.sort(key=lambda e: (-round(e.score, 12), -round(e.coverage, 12), e.role.id))
    return [e.role.id for e in kept[:limit]]


@settings(max_examples=300, deadline=None)
@given(
    taxonomy_and_profile(),
    st.one_of(st.none(), st.integers(1, 10)),
    st.one_of(st.none(), st.lists(st.floats(0.01, 1.0), min_size=12, max_size=12)),
)
def test_engine_matches_the_reference(case, limit, weights):
    taxonomy, profile = case
    # Strengths below 1 (as a role's requirements have as a profile) grade utilisation.
    strengths = None if weights is None else dict(zip(sorted(profile), weights, strict=False))
    transfers = transfer_index(taxonomy)
    evaluations = [
        evaluate(role, profile, transfers, strengths=strengths) for role in taxonomy.roles
    ]
    engine = scoring_index(taxonomy)
    scores = engine.score(profile, strengths)
    for i, evaluation in enumerate(evaluations):
        assert abs(scores.score[i] - evaluation.score) <= 1e-9
        assert abs(scores.coverage[i] - evaluation.coverage) <= 1e-9
        assert abs(scores.utilisation[i] - evaluation.utilisation) <= 1e-9
    ranked = [engine.role_ids[i] for i in engine.top(scores, limit=limit)]
    assert ranked == reference_order(evaluations, limit)


def test_engine_on_the_bundled_taxonomy(default):
    profile = {"active-listening": 4, "cognitive-behavioural-therapy": 5, "crisis-intervention": 3}
    transfers = transfer_index(default)
    engine = scoring_index(default)
    scores = engine.score(profile)
    for i, role in enumerate(default.roles):
        assert abs(scores.score[i] - evaluate(role, profile, transfers).score) <= 1e-9


@settings(max_examples=150, deadline=None)
@given(
    taxonomy_and_profile(),
    st.one_of(st.none(), st.lists(st.floats(0.01, 1.0), min_size=12, max_size=12)),
)
def test_dense_and_sorted_credits_give_the_same_bits(case, weights):
    # A profile reaching many requirements fills a dense array; few, sorts its pairs.
    taxonomy, profile = case
    strengths = None if weights is None else dict(zip(sorted(profile), weights, strict=False))
    engine = scoring_index(taxonomy)
    found = {}
    for fraction in (0, 10**9):  # never dense, always dense
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(engine_module, "DENSE_FRACTION", fraction)
            found[fraction] = engine.score(profile, strengths)
    sorted_, dense = found[0], found[10**9]
    assert sorted_.coverage.tobytes() == dense.coverage.tobytes()
    assert sorted_.score.tobytes() == dense.score.tobytes()
    assert sorted_.utilisation.tobytes() == dense.utilisation.tobytes()
