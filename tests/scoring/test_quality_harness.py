"""benchmarks/quality.py's cosine + context baseline, and skill_variants.py's rebuilt score.

The baseline puts the cosine where careermap's skills score goes and blends the same
context terms (docs/performance.md, "Ranking quality on real data"). These tests check
the harness's fit on a small made-up case; they hold no figure to a bar.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np

from careermap.importers import import_onet
from careermap.scoring.engine import scoring_index
from careermap.scoring.model import role_uses, whole_level

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]

HARNESS = load_script(ROOT / "benchmarks" / "quality.py", "quality")


def _case() -> tuple[dict[int, np.ndarray], dict[int, dict], dict[int, set[int]]]:
    # Role 0's related role is 1; the base score puts 2 and 3 above it, the text term
    # puts it first. Every role has the text term; none has the others.
    base = {0: np.array([1.0, 0.5, 0.9, 0.8])}
    defined = np.ones(4, dtype=np.bool_)
    sims = {0: {"text": (np.array([1.0, 1.0, 0.0, 0.0]), defined)}}
    return base, sims, {0: {1}}


def test_the_fit_chooses_the_context_weights_that_rank_the_answer_first():
    base, sims, relevant = _case()
    assert HARNESS.mean_metrics(base, relevant, [0]) == (1.0, 1 / 3)
    weights = HARNESS.fit_context(base, sims, relevant, [0])
    assert weights["text"] > 0
    blended = {0: HARNESS.blend(base[0], sims[0], weights)[0]}
    assert HARNESS.mean_metrics(blended, relevant, [0]) == (1.0, 1.0)


def test_the_fit_keeps_the_base_score_when_context_does_not_help():
    base, sims, relevant = _case()
    sims[0]["text"] = (np.array([1.0, 0.0, 1.0, 1.0]), sims[0]["text"][1])
    base[0] = np.array([1.0, 0.9, 0.5, 0.4])
    # The first weights in grid order that keep role 1 first: no context at all.
    assert set(HARNESS.fit_context(base, sims, relevant, [0]).values()) == {0.0}


def test_weights_are_named_in_plain_words_and_zero_weights_left_out():
    text = HARNESS.weights_text({"interests": 0.1, "job_zone": 0.0, "text": 0.2})
    assert text == "interests 0.1, text 0.2"


VARIANTS = load_script(ROOT / "benchmarks" / "skill_variants.py", "skill_variants")


def test_the_dense_rebuild_of_the_skills_score_gives_the_engines_scores():
    # benchmarks/skill_variants.py measures changes to the skills score on its own dense
    # arrays; its figures mean something only if, unchanged, it scores as the library does.
    taxonomy = import_onet(ROOT / "tests" / "data" / "onet-mini", cache=False)
    engine = scoring_index(taxonomy)
    dense = VARIANTS.Dense(SimpleNamespace(engine=engine))
    for i, role in enumerate(taxonomy.roles):
        profile = {req.skill: req.level for req in role.requirements}
        expected = engine.score(profile, role_uses(role)).score
        found = dense.scores(
            dense.weight,
            dense.role_profile(dense.weight, i, "max"),
            norm="max",
            graded=True,
            levels=True,
        )
        np.testing.assert_allclose(found, expected, atol=1e-9)
        for k in (2, 5):
            top = sorted(role.requirements, key=lambda r: (-role_uses(role)[r.skill], r.skill))
            person = {r.skill: whole_level(r.level) for r in top[:k]}
            found = dense.scores(
                dense.weight, dense.person(i, k), norm="max", graded=False, levels=True
            )
            np.testing.assert_allclose(found, engine.score(person).score, atol=1e-9)
