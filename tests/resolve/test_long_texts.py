"""Long texts read by a second encoder (CAREERMAP_LONG_TEXTS=minilm, thirty-fourth round).

The routing is tested with WordLlama standing in for MiniLM (its index read twice), so
that it needs only careermap[semantic]; MiniLM's own batching with a scaled-down model.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

import careermap
from careermap.resolve import semantic as _semantic
from careermap.taxonomy.models import Taxonomy

from ..conftest import require_module
from .test_semantic import _tiny_minilm

LONG = "co-led a weekly therapeutic group on an acute admissions unit"
SHORT = "group therapy"


@pytest.fixture(scope="module")
def bundled() -> Taxonomy:
    for module in ("wordllama", "tokenizers", "safetensors"):
        require_module(module, "careermap[semantic] is part of the dev extra")
    return careermap.load_taxonomy()


def test_minilm_batches_texts_by_length_and_keeps_their_order():
    # Texts are sorted by length into batches of 64: each must come back in its place,
    # with the vector it has alone.
    encoder = _tiny_minilm()
    rng = np.random.default_rng(3)
    words = ["care", "plan", "risk", "group", "crisis", "team", "support", "notes"]
    texts = [" ".join(rng.choice(words, size=int(n))) for n in rng.integers(1, 20, size=70)]
    together = encoder.encode(texts)
    alone = np.concatenate([encoder.encode([text]) for text in texts])
    assert np.allclose(together, alone, atol=1e-5)


def test_the_long_text_encoder_is_chosen_by_the_environment(monkeypatch):
    monkeypatch.delenv(_semantic.LONG_TEXTS_ENV, raising=False)
    assert _semantic.long_text_encoder() is None
    monkeypatch.setenv(_semantic.LONG_TEXTS_ENV, "off")
    assert _semantic.long_text_encoder() is None
    monkeypatch.setenv(_semantic.LONG_TEXTS_ENV, " MiniLM ")
    assert _semantic.long_text_encoder() == "minilm"
    monkeypatch.setenv(_semantic.LONG_TEXTS_ENV, "bert-huge")
    with pytest.raises(ValueError, match=r"'bert-huge'.*minilm, or to off"):
        _semantic.long_text_encoder()


def _twice(bundled: Taxonomy) -> tuple[_semantic.SemanticIndex, _semantic.SemanticIndex]:
    """Return a plain WordLlama index and one whose long texts a second WordLlama reads."""
    encoder = _semantic.load_encoder("wordllama")
    plain = _semantic.SemanticIndex(bundled, encoder)
    routed = _semantic.SemanticIndex(bundled, encoder)
    reader = _semantic.SemanticIndex(bundled, encoder)
    routed.long_reader = lambda: reader
    return plain, routed


def test_only_texts_of_more_than_long_words_are_read_by_the_long_encoder(bundled):
    plain, routed = _twice(bundled)
    assert len(SHORT.split()) <= _semantic.LONG_WORDS < len(LONG.split())
    assert routed.search(SHORT, limit=3) == plain.search(SHORT, limit=3)
    moved, before = routed.search(LONG, limit=3), plain.search(LONG, limit=3)
    assert [h.skill_id for h in moved] == [h.skill_id for h in before]
    # A stand-in reading like WordLlama: LONG_SHARE x (s + LONG_SHIFT) + the rest x s.
    moved_by = _semantic.LONG_SHARE * _semantic.LONG_SHIFT
    shifted = [round(h.similarity + moved_by, 4) for h in before]
    assert [h.similarity for h in moved] == pytest.approx(shifted, abs=1e-4)
    # The text's own vector stays the index's encoder's (similarity_to() compares it).
    assert np.allclose(routed.vector(LONG), plain.vector(LONG))


def test_a_profile_reads_its_long_texts_in_one_pass(bundled):
    _, routed = _twice(bundled)
    reader = routed.long_reader() if routed.long_reader else None
    assert reader is not None
    calls: list[list[str]] = []
    encode = reader.encoder.encode

    class Counting:
        name, dim = reader.encoder.name, reader.encoder.dim

        def encode(self, texts):
            calls.append(list(texts))
            return encode(texts)

    reader.encoder = Counting()
    texts = [SHORT, LONG, "wrote risk assessments for every new referral to the team"]
    routed.prime(texts)
    assert calls == [texts[1:]]


def test_the_default_index_hands_long_texts_over_only_when_asked(bundled, monkeypatch):
    monkeypatch.delenv(_semantic.LONG_TEXTS_ENV, raising=False)
    assert _semantic.semantic_index(bundled).long_reader is None
    monkeypatch.setenv(_semantic.LONG_TEXTS_ENV, "minilm")
    routed = _semantic.semantic_index(bundled)
    assert routed.long_reader is not None
    assert _semantic.semantic_index(bundled, "wordllama-64").long_reader is None


class _SlowStub:
    """An encoder whose vectors come from a hash: slow (cached on disk) or not."""

    dim = 8

    def __init__(self, slow: bool) -> None:
        self.name = f"stub-{slow}"
        self.slow = slow

    def encode(self, texts):
        rows = [
            np.frombuffer(hashlib.sha256(t.encode()).digest()[:32], dtype=np.uint8)[:8]
            for t in texts
        ]
        vectors = np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dim) + 1
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_a_slow_encoders_index_is_cached_on_disk_whatever_its_size(bundled, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERMAP_CACHE_DIR", str(tmp_path))
    _semantic.SemanticIndex(bundled, _SlowStub(slow=False))
    assert not list(tmp_path.glob("semantic-*.npy"))
    first = _semantic.SemanticIndex(bundled, _SlowStub(slow=True))
    assert len(list(tmp_path.glob("semantic-*.npy"))) == 1
    again = _semantic.SemanticIndex(bundled, _SlowStub(slow=True))
    assert np.array_equal(first.vectors, again.vectors)
