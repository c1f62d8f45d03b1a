"""Long texts read by a second encoder (CAREERMAP_LONG_TEXTS=minilm, thirty-fourth round).

The routing is tested with WordLlama standing in for MiniLM (its index read twice), or a
reader that names one skill, so that it needs only careermap[semantic]; MiniLM's own
batching with a scaled-down model. Since the thirty-fifth round a long text is handed over
only when WordLlama is unsure of it (:func:`careermap.resolve.long_texts.unsure`).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

import careermap
from careermap.resolve import long_texts as _long
from careermap.resolve import semantic as _semantic
from careermap.resolve.resolver import match_text
from careermap.taxonomy.models import Taxonomy

from ..conftest import require_module
from .test_semantic import _tiny_minilm

LONG = "co-led a weekly therapeutic group on an acute admissions unit"
SHORT = "group therapy"
#: A long text WordLlama reads surely (cognitive-behavioural-therapy 0.77, next 0.55).
SURE = "delivered cognitive behavioural therapy to adults with anxiety"


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


def test_only_long_texts_wordllama_is_unsure_of_are_read_by_the_long_encoder(bundled, monkeypatch):
    monkeypatch.setattr(_long, "KEEP_AGREED", "first")
    plain, routed = _twice(bundled)
    assert len(SHORT.split()) <= _semantic.LONG_WORDS < len(LONG.split())
    assert routed.search(SHORT, limit=3) == plain.search(SHORT, limit=3)
    assert _long.unsure(plain.search(LONG, limit=16), accept=_semantic.ACCEPT_SIMILARITY)
    moved, before = routed.search(LONG, limit=3), plain.search(LONG, limit=3)
    assert [h.skill_id for h in moved] == [h.skill_id for h in before]
    # The stand-in reads as WordLlama does, so the mix agrees on the first skill, whose
    # reading stands; the others are LONG_SHARE x (s + LONG_SHIFT) + the rest x s.
    assert moved[0] == before[0]
    moved_by = _semantic.LONG_SHARE * _semantic.LONG_SHIFT
    shifted = [round(h.similarity + moved_by, 4) for h in before[1:]]
    assert [h.similarity for h in moved[1:]] == pytest.approx(shifted, abs=1e-4)
    # The text's own vector stays the index's encoder's (similarity_to() compares it).
    assert np.allclose(routed.vector(LONG), plain.vector(LONG))


def test_a_profile_reads_its_long_texts_in_one_pass_and_never_a_sure_one(bundled):
    plain, routed = _twice(bundled)
    assert not _long.unsure(plain.search(SURE, limit=16), accept=_semantic.ACCEPT_SIMILARITY)
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
    texts = [SHORT, LONG, SURE, "wrote risk assessments for every new referral to the team"]
    routed.prime(texts)
    assert calls == [[LONG, texts[3]]]
    assert routed.search(SURE, limit=5) == plain.search(SURE, limit=5)


class _Naming:
    """A long-text reader that finds one skill at *similarity* and every other at 0."""

    def __init__(self, index: _semantic.SemanticIndex, skill_id: str, similarity: float):
        self.encoder, self.skill_ids = index.encoder, index.skill_ids
        self.skill_id, self.similarity = skill_id, similarity

    def search_many(self, queries, *, limit=5, floor=-1.0):
        hits = [
            _semantic.SemanticHit(s, s, self.similarity if s == self.skill_id else 0.0)
            for s in self.skill_ids
        ]
        hits.sort(key=lambda hit: (-hit.similarity, hit.skill_id))
        return [hits[:limit] for _ in queries]


def _mixed(ours: float, theirs: float) -> float:
    return round(
        _semantic.LONG_SHARE * (theirs + _semantic.LONG_SHIFT) + (1 - _semantic.LONG_SHARE) * ours,
        4,
    )


def test_the_mix_decides_where_the_long_encoder_reads_another_skill(bundled):
    plain, routed = _twice(bundled)
    before = plain.search(LONG, limit=16)
    other = before[3]  # WordLlama's fourth: the long-text reader puts it first
    routed.long_reader = lambda: _Naming(plain, other.skill_id, 0.9)
    hits = routed.search(LONG, limit=3)
    assert hits[0].skill_id == other.skill_id
    assert hits[0].similarity == pytest.approx(_mixed(other.similarity, 0.9), abs=1e-4)


@pytest.mark.parametrize("kept", ["first", "higher", "wordllama", "mix"])
def test_where_the_mix_agrees_wordllamas_reading_stands(bundled, monkeypatch, kept):
    monkeypatch.setattr(_long, "KEEP_AGREED", kept)
    plain, routed = _twice(bundled)
    before = plain.search(LONG, limit=16)
    first = before[0]
    routed.long_reader = lambda: _Naming(plain, first.skill_id, 0.95)
    hits = routed.search(LONG, limit=3)
    mixed = _mixed(first.similarity, 0.95)
    assert mixed > first.similarity
    assert hits[0].skill_id == first.skill_id
    if kept == "mix":
        assert hits[0].similarity == pytest.approx(mixed, abs=1e-4)
        assert hits[0].matched_name == first.skill_id  # the reader's nearest name
    else:
        assert hits[0].matched_name == first.matched_name
        expected = mixed if kept == "higher" else first.similarity
        assert hits[0].similarity == pytest.approx(expected, abs=1e-4)
    if kept == "wordllama":
        assert hits == before[:3]


def test_wordllama_is_unsure_below_its_margin_or_with_a_close_second(monkeypatch):
    monkeypatch.setattr(_long, "SURE_MARGIN", 0.05)
    monkeypatch.setattr(_long, "SURE_GAP", 0.03)

    def hits(*similarities: float) -> list[_semantic.SemanticHit]:
        return [_semantic.SemanticHit(f"s{i}", "n", s) for i, s in enumerate(similarities)]

    assert not _long.unsure(hits(0.70, 0.60), accept=0.64)
    assert not _long.unsure(hits(0.70), accept=0.64)
    assert _long.unsure(hits(0.68, 0.50), accept=0.64)  # under 0.64 + 0.05
    assert _long.unsure(hits(0.80, 0.78), accept=0.64)  # a second within 0.03
    assert _long.unsure([], accept=0.64)


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


TAUGHT = "teaching the Level 4 Diploma in Therapeutic Counselling"


def test_a_match_only_the_long_encoder_lifts_yields_to_the_rules_read_after_it(
    bundled, monkeypatch
):
    # Read as teaching work (Instructing) by a rule tried after the semantic layer; a
    # long-text reader that lifts Counselling over the threshold must not pre-empt it.
    plain = match_text(TAUGHT, bundled)
    assert plain.skill_id == "instructing"
    monkeypatch.setenv(_semantic.LONG_TEXTS_ENV, "minilm")
    routed = _semantic.semantic_index(bundled)
    monkeypatch.setattr(routed, "long_reader", lambda: _Naming(routed, "counselling", 0.95))
    routed.forget()
    try:
        hits = routed.search(TAUGHT, limit=1)
        assert hits[0].skill_id == "counselling"
        assert hits[0].similarity >= _semantic.ACCEPT_SIMILARITY
        assert match_text(TAUGHT, bundled).skill_id == "instructing"
        monkeypatch.setattr(_long, "lifted", lambda *_: False)
        assert match_text(TAUGHT, bundled).skill_id == "counselling"
    finally:
        routed.forget()
