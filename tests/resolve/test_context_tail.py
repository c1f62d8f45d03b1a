"""A CV line's setting weighs less when the semantic layer orders its nearest skills.

Thirty-third round (docs/semantic.md): "co-led a weekly therapeutic group on an eating
disorders unit" was nearest *Therapeutic relationship*; read again with its setting ("on
an eating disorders unit") weighing a quarter, *Group therapy* comes first. Every hit
keeps its own similarity, so the order changes and no text matches that did not.
"""

from __future__ import annotations

import numpy as np
import pytest

from careermap.resolve import semantic as _semantic
from careermap.resolve.context_tail import tail_start

from ..conftest import require_module

GROUP = "co-led a weekly therapeutic group on an eating disorders unit"


@pytest.fixture(scope="module")
def extra() -> None:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (GROUP, "co-led a weekly therapeutic group "),
        ("produced an impact report for the funder", "produced an impact report "),
        ("RMN on an acute admissions unit", "RMN on an acute admissions unit"),  # 2nd word
        ("lobbying for changes in policy", "lobbying for changes "),
        ("active listening", "active listening"),
        ("wrote grant applications", "wrote grant applications"),
    ],
)
def test_the_setting_begins_at_a_preposition_after_two_words(text, head):
    start = tail_start(text)
    assert text[: len(text) if start is None else start] == head


def test_a_setting_weighs_less_in_its_reading(extra, default):
    encoder = _semantic.semantic_index(default).encoder
    start = tail_start(GROUP)
    assert start is not None
    (plain,) = encoder.encode([GROUP])
    (same,) = encoder.encode_tail([GROUP], [start], 1.0)
    (head_only,) = encoder.encode_tail([GROUP], [start], 0.0)
    (head,) = encoder.encode([GROUP[:start].strip()])
    assert np.allclose(plain, same, atol=1e-6)
    # Weight 0 leaves the head's tokens alone ("▁on" holds its space, and is in the tail).
    assert np.allclose(head_only, head, atol=1e-6)


def test_nearest_skills_are_ordered_with_the_setting_aside(extra, default, monkeypatch):
    index = _semantic.SemanticIndex(default, _semantic.semantic_index(default).encoder)
    hits = index.search(GROUP, limit=3)
    assert hits[0].skill_id == "group-therapy"
    monkeypatch.setattr(_semantic, "TAIL_SHARE", 0.0)
    index.forget()
    plain = index.search(GROUP, limit=3)
    assert plain[0].skill_id == "therapeutic-relationship"
    # Each hit keeps its similarity: the first may be less similar than the second, and
    # nothing is found that the text as written did not find.
    similarity = {hit.skill_id: hit.similarity for hit in plain}
    assert all(
        similarity[hit.skill_id] == hit.similarity for hit in hits if hit.skill_id in similarity
    )
    assert hits[0].similarity <= plain[0].similarity


def test_a_text_without_a_setting_is_ordered_by_similarity(extra, default):
    index = _semantic.semantic_index(default)
    for text in ("talking someone through a panic attack", "wrote treatment plans"):
        hits = index.search(text, limit=5)
        assert [h.similarity for h in hits] == sorted((h.similarity for h in hits), reverse=True)
