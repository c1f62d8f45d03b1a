"""A skill's names together: aliases cannot pull a skill far from its label and description.

Review 24, finding 2: six aliases about debriefs ("staff debriefs", "CISM debriefings"...)
moved the mean of *Critical incident debriefing*'s names, and "critical incident support
onsite" fell from 0.71 to 0.63, under the match threshold, with the same nearest name.
"""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from careermap.resolve import semantic as _semantic
from careermap.resolve.resolver import match_text

from ..conftest import require_module

SKILL = "critical-incident-debriefing"
TEXTS = (
    "critical incident support onsite",
    "supported staff after a traumatic incident at work",
    "group support for the team after a death on the ward",
)
#: Aliases a lexical pass might add: jargon and other trades, nothing like the skill.
JARGON = (
    "AutoMod moderation",
    "forklift licence",
    "pallet racking inspections",
    "Discord mod team",
    "spreadsheet macros",
    "welding certificates",
    "forklift driving",
    "stock rotation",
)


@pytest.fixture(scope="module")
def extra() -> None:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")


def _with_aliases(taxonomy, skill_id: str, aliases: tuple[str, ...]) -> SimpleNamespace:
    """*taxonomy*'s skills (all a semantic index reads), *skill_id* with *aliases* only."""
    skills = [
        s.model_copy(update={"aliases": aliases}) if s.id == skill_id else s
        for s in taxonomy.skills
    ]
    return SimpleNamespace(skills=skills)


def test_aliases_lower_a_skill_at_most_by_the_margin(extra, default):
    encoder = _semantic.semantic_index(default).encoder
    bare = _semantic.SemanticIndex(_with_aliases(default, SKILL, ()), encoder)
    skill = next(s for s in default.skills if s.id == SKILL)
    crowded = _semantic.SemanticIndex(
        _with_aliases(default, SKILL, (*skill.aliases, *JARGON)), encoder
    )
    bound = _semantic.CENTROID_WEIGHT * _semantic.CENTROID_MARGIN
    for vector in encoder.encode(list(TEXTS)):
        before = bare.similarity_to(vector, SKILL)
        after = crowded.similarity_to(vector, SKILL)
        assert after >= before - bound - 1e-4


def test_the_core_is_the_label_and_description(extra, default):
    index = _semantic.semantic_index(default)
    position = index.skill_ids.index(SKILL)
    skill = default.skills[position]
    assert skill.aliases
    assert skill.description
    mean = index.encoder.encode([skill.label, skill.description]).sum(axis=0)
    assert np.allclose(index.cores[position], mean / np.linalg.norm(mean), atol=1e-5)
    rows = index.vectors[index.starts[position] : index.starts[position + 1]].sum(axis=0)
    assert np.allclose(index.centroids[position], rows / np.linalg.norm(rows), atol=1e-5)


def test_anchor_texts_belong_to_the_core(extra, default):
    plain = _semantic.semantic_index(default)
    anchor = "structured group support for a team after a traumatic event"
    anchored = _semantic.SemanticIndex(default, plain.encoder, extra_names={SKILL: [anchor]})
    position = anchored.skill_ids.index(SKILL)
    skill = default.skills[position]
    mean = anchored.encoder.encode([skill.label, skill.description, anchor]).sum(axis=0)
    assert np.allclose(anchored.cores[position], mean / np.linalg.norm(mean), atol=1e-5)


def test_the_names_together_count_at_least_as_the_core_less_the_margin(extra, default):
    index = _semantic.semantic_index(default)
    vectors = index.encoder.encode(list(TEXTS))
    together = index.together(vectors)
    assert together.shape == (len(TEXTS), len(index.skill_ids))
    assert np.all(together >= vectors @ index.centroids.T - 1e-6)
    assert np.all(together >= vectors @ index.cores.T - _semantic.CENTROID_MARGIN - 1e-6)


def test_critical_incident_support_is_read_as_debriefing_again(extra, default):
    match = match_text("critical incident support onsite", default)
    assert (match.skill_id, match.method) == (SKILL, "semantic")
