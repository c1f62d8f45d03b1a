"""Invariants of the ranking, on random taxonomies and profiles (hypothesis)."""

from __future__ import annotations

import math
import os
import subprocess
import sys

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from careermap import rank_careers
from careermap.scoring.model import evaluate, role_uses, transfer_index

from ..strategies import taxonomy_and_profile

EXAMPLES = settings(max_examples=150, deadline=None)


def ranking(taxonomy, profile):
    return rank_careers(list(profile.items()), taxonomy=taxonomy, limit=None)


def scores(taxonomy, profile):
    index = transfer_index(taxonomy)
    return {role.id: evaluate(role, profile, index) for role in taxonomy.roles}


@EXAMPLES
@given(taxonomy_and_profile())
def test_scores_are_in_the_unit_interval(case):
    taxonomy, profile = case
    for match in ranking(taxonomy, profile):
        assert 0.0 < match.score <= 1.0
        assert 0.0 <= match.coverage <= 1.0
        assert 0.0 <= match.utilisation <= 1.0
        for req in (*match.matched, *match.transferred, *match.gaps):
            assert 0.0 <= req.credit <= 1.0
            assert 0.0 <= req.cost <= 1.0


@EXAMPLES
@given(taxonomy_and_profile())
def test_sorted_with_a_stable_tie_break(case):
    taxonomy, profile = case
    matches = list(ranking(taxonomy, profile))
    keys = [(-round(m.score, 12), -round(m.coverage, 12), m.role_id) for m in matches]
    assert keys == sorted(keys)
    assert [m.rank for m in matches] == list(range(1, len(matches) + 1))


@EXAMPLES
@given(taxonomy_and_profile(), st.randoms(use_true_random=False))
def test_profile_order_does_not_matter(case, random):
    taxonomy, profile = case
    items = list(profile.items())
    shuffled = items[:]
    random.shuffle(shuffled)
    first = rank_careers(items, taxonomy=taxonomy, limit=None)
    second = rank_careers(shuffled, taxonomy=taxonomy, limit=None)
    assert first.matches == second.matches


@EXAMPLES
@given(taxonomy_and_profile(), st.data())
def test_raising_a_level_never_lowers_coverage_nor_a_full_users_score(case, data):
    # A higher level is a greater strength: it weighs more in utilisation, so a role
    # that uses the skill only partly can lose score (see docs/scoring.md); coverage
    # never falls, nor the score of a role that uses the skill fully.
    taxonomy, profile = case
    skill = data.draw(st.sampled_from(sorted(profile)))
    assume(profile[skill] < 5)
    raised = {**profile, skill: data.draw(st.integers(profile[skill] + 1, 5))}
    before, after = scores(taxonomy, profile), scores(taxonomy, raised)
    for role_id, evaluation in before.items():
        assert after[role_id].coverage >= evaluation.coverage - 1e-12
        if after[role_id].uses[skill] == 1.0:
            assert after[role_id].score >= evaluation.score - 1e-12


@EXAMPLES
@given(taxonomy_and_profile(), st.data())
def test_adding_a_skill_never_lowers_coverage(case, data):
    taxonomy, profile = case
    missing = sorted({s.id for s in taxonomy.skills} - set(profile))
    assume(missing)
    added = {**profile, data.draw(st.sampled_from(missing)): data.draw(st.integers(1, 5))}
    before, after = scores(taxonomy, profile), scores(taxonomy, added)
    for role_id, evaluation in before.items():
        assert after[role_id].coverage >= evaluation.coverage - 1e-12


@EXAMPLES
@given(taxonomy_and_profile(), st.data())
def test_adding_a_skill_the_role_uses_never_lowers_its_score(case, data):
    # Adding a skill a role has no use for lowers its utilisation on purpose (see
    # docs/scoring.md); a skill the role uses at least as well as the profile's
    # average never lowers the score.
    taxonomy, profile = case
    missing = sorted({s.id for s in taxonomy.skills} - set(profile))
    assume(missing)
    new = data.draw(st.sampled_from(missing))
    added = {**profile, new: data.draw(st.integers(1, 5))}
    before, after = scores(taxonomy, profile), scores(taxonomy, added)
    for role_id, evaluation in before.items():
        if after[role_id].uses[new] >= evaluation.utilisation:
            assert after[role_id].score >= evaluation.score - 1e-12


@EXAMPLES
@given(taxonomy_and_profile(), st.data())
def test_adding_a_general_skill_never_lowers_any_score(case, data):
    # A general competency counts in a role's utilisation only where it raises it
    # (docs/scoring.md): with it, no role scores lower, in the reference or the ranking.
    taxonomy, profile = case
    general = sorted({s.id for s in taxonomy.skills if s.general} - set(profile))
    assume(general and not all(s.general for s in taxonomy.skills if s.id in profile))
    added = {**profile, data.draw(st.sampled_from(general)): data.draw(st.integers(1, 5))}
    before, after = scores(taxonomy, profile), scores(taxonomy, added)
    for role_id, evaluation in before.items():
        assert after[role_id].score >= evaluation.score - 1e-12
    ranked = {m.role_id: m.score for m in ranking(taxonomy, added)}
    for match in ranking(taxonomy, profile):
        assert ranked[match.role_id] >= match.score - 1e-12


@EXAMPLES
@given(taxonomy_and_profile(), st.data())
def test_a_roles_own_requirements_score_it_one(case, data):
    taxonomy, _ = case
    role = data.draw(st.sampled_from(taxonomy.roles))
    profile = {req.skill: req.level for req in role.requirements}
    # With the role's own uses as strengths (as similar_roles scores a role): exactly 1.
    own = evaluate(role, profile, transfer_index(taxonomy), strengths=role_uses(role))
    assert own.score == 1.0
    # As a person's profile (whole levels, rounded up where a role's falls between two):
    # every requirement met.
    person = [(skill, math.ceil(level)) for skill, level in profile.items()]
    match = next(
        m for m in rank_careers(person, taxonomy=taxonomy, limit=None) if m.role_id == role.id
    )
    assert match.coverage == 1.0
    assert match.gaps == ()


@EXAMPLES
@given(taxonomy_and_profile())
def test_identical_input_gives_identical_output(case):
    taxonomy, profile = case
    first = ranking(taxonomy, profile)
    second = ranking(taxonomy, profile)
    assert first == second
    assert first.model_dump_json() == second.model_dump_json()


def test_identical_across_processes_and_hash_seeds():
    # Set iteration order changes with PYTHONHASHSEED; no output may depend on it.
    code = (
        "import careermap\n"
        "r = careermap.rank_careers(['active listening:5', 'CBT:4', 'crisis intervention',"
        " 'case management', 'advocacy', 'mentorin'], limit=None)\n"
        "s = careermap.similar_roles('therapist', limit=None)\n"
        "print(r.model_dump_json()); print(s.model_dump_json())\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1
