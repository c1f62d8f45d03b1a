"""Variants of the semantic layer for long, context-laden text, measured and not shipped.

Thirty-third round (docs/semantic.md, "Thirty-third round"): the held-out set's phrases
are CV lines with a setting ("... on an acute admissions unit", "... for the funder").
Each variant below changes how a text is read before its nearest skills are found; the
index (every skill's names) is read as shipped unless ``--sif`` is given. Thresholds are
re-picked for each variant by ``semantic_eval.py``'s calibration rules on the old
calibration half, as ``semantic_eval.py`` does for every encoder.

A text's *setting* begins at its first "on", "in", "at", "for", "across", "within",
"throughout" or "inside" after its first two words (``--cut setting``; ``--cut first``
at any preposition, ``--cut last`` at the last one).

``--views head``
    read the text without its setting;
``--views max-head``
    each skill's similarity the higher of the text's and its head's;
``--views mean-head``
    the mean of the text's and its head's unit vectors;
``--tail-weight W``
    the setting's tokens weigh W in the text's mean (WordLlama only);
``--tail-weight W --tail-share A``
    the nearest skills ordered by (1 - A) x their similarity + A x their similarity to
    the text read with its setting weighing W, each keeping its own similarity (so no
    text matches that did not): the candidate reported once, and dropped;
``--sif A``
    token weights A / (A + p), p a token's frequency in the taxonomy's names and
    descriptions, for the index and the texts alike.

    python benchmarks/semantic_variants.py --tail-weight 0.25 --tail-share 0.5
    python benchmarks/semantic_variants.py --views mean-head --split four
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import semantic_eval

import careermap
from careermap.resolve import semantic as _semantic
from careermap.resolve.embed import _MAX_TOKENS, StaticEncoder, _unit

PREPOSITIONS = {
    "setting": r"(?:on|in|at|for|across|within|throughout|inside)",
    "first": r"(?:on|in|at|for|with|across|within|from|during|under|after|via|through|into"
    r"|to|by|of|alongside|around|among|between|throughout|inside|using)",
}
PREPOSITIONS["last"] = PREPOSITIONS["first"]
_WORD = re.compile(r"\S+")
#: What the command line chose (set in main()).
OPTIONS: dict[str, Any] = {}


def tail_start(text: str) -> int | None:
    """Where *text*'s setting begins (an offset), or None; see the module's docstring."""
    pattern = re.compile(PREPOSITIONS[OPTIONS.get("cut", "setting")], re.IGNORECASE)
    words = list(_WORD.finditer(text))
    places = [w.start() for i, w in enumerate(words) if i >= 2 and pattern.fullmatch(w.group())]
    if not places:
        return None
    return places[-1] if OPTIONS.get("cut") == "last" else places[0]


def head(text: str) -> str:
    start = tail_start(text)
    return text if start is None else text[:start].strip()


def weighted_means(encoder: StaticEncoder, texts: Sequence[str], tail: float | None) -> Any:
    """Each text's mean token vector, its setting's tokens weighing *tail*, SIF weights if set."""
    out = np.zeros((len(texts), encoder.table.shape[1]), dtype=np.float32)
    encoded = encoder._tokenizer.encode_batch(
        [text.lower() for text in texts], add_special_tokens=False
    )
    sif = OPTIONS.get("sif_weights")
    for row, item in enumerate(encoded):
        ids = np.asarray(item.ids[:_MAX_TOKENS], dtype=np.int64)
        if not ids.size:
            continue
        weights = np.ones(ids.size, dtype=np.float32) if sif is None else sif[ids]
        start = None if tail is None else tail_start(texts[row])
        if start is not None:
            ends = np.asarray([end for _, end in item.offsets[: ids.size]])
            weights = weights * np.where(ends > start, tail, 1.0).astype(np.float32)
        out[row] = weights @ encoder.table[ids] / max(float(weights.sum()), 1e-9)
    return out


def prime(self: _semantic.SemanticIndex, texts: Sequence[str]) -> None:
    """SemanticIndex.prime, reading each text as the chosen variant does."""
    views, tail, share = OPTIONS["views"], OPTIONS["tail_weight"], OPTIONS["tail_share"]
    for text in dict.fromkeys(t for t in texts if t not in self._memo):
        if tail is not None and share is None:  # the setting weighs less, and that is all
            (vector,) = _unit(weighted_means(self.encoder, [text], tail))  # type: ignore[arg-type]
            hits = self.search_many(vector[None, :], limit=16)[0]
        elif views == "whole" or head(text) == text:
            (vector,) = self.encoder.encode([text])
            hits = self.search_many(vector[None, :], limit=16)[0]
        elif views == "mean-head":
            both = self.encoder.encode([text, head(text)]).sum(axis=0)
            vector = (both / np.linalg.norm(both)).astype(np.float32)
            hits = self.search_many(vector[None, :], limit=16)[0]
        else:
            read = [text, head(text)] if views == "max-head" else [head(text)]
            found = self.search_many(self.encoder.encode(read), limit=16)
            best: dict[str, _semantic.SemanticHit] = {}
            for hit in (hit for hits_ in found for hit in hits_):
                if hit.skill_id not in best or hit.similarity > best[hit.skill_id].similarity:
                    best[hit.skill_id] = hit
            hits = sorted(best.values(), key=lambda h: (-h.similarity, h.skill_id))[:16]
            vector = self.encoder.encode([text])[0]
        if share is not None and tail is not None and tail_start(text) is not None:
            hits = _set_aside(self, text, hits, tail, share)
        self._memo[text] = (vector, hits)


def _set_aside(
    index: _semantic.SemanticIndex, text: str, hits: list[Any], tail: float, share: float
) -> list[Any]:
    """Order *hits* by (1 - share) x similarity + share x similarity with the setting aside."""
    (query,) = _unit(weighted_means(index.encoder, [text], tail))  # type: ignore[arg-type]
    everything = {
        h.skill_id: h.similarity for h in index.search_many(query[None, :], limit=10**6)[0]
    }
    score = {h.skill_id: (1 - share) * h.similarity + share * everything[h.skill_id] for h in hits}
    return sorted(hits, key=lambda h: (-round(score[h.skill_id], 4), h.skill_id))


def sif_weights(a: float) -> Any:
    """a / (a + p(token)), p counted over the bundled taxonomy's names and descriptions."""
    encoder = StaticEncoder()
    texts = [
        text
        for skill in careermap.load_taxonomy().skills
        for text in (*skill.names, skill.description or "")
        if text
    ]
    counts: Counter[int] = Counter()
    for item in encoder._tokenizer.encode_batch(
        [t.lower() for t in texts], add_special_tokens=False
    ):
        counts.update(item.ids)
    total = sum(counts.values())
    p = np.asarray([counts.get(i, 0) / total for i in range(encoder.table.shape[0])])
    return (a / (a + p)).astype(np.float32)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--views", choices=["whole", "head", "max-head", "mean-head"], default="whole"
    )
    parser.add_argument("--cut", choices=sorted(PREPOSITIONS), default="setting")
    parser.add_argument("--tail-weight", type=float)
    parser.add_argument("--tail-share", type=float)
    parser.add_argument("--sif", type=float)
    parser.add_argument("--split", choices=sorted(semantic_eval.SPLITS), default="tune")
    args = parser.parse_args()
    OPTIONS.update(
        views=args.views, cut=args.cut, tail_weight=args.tail_weight, tail_share=args.tail_share
    )
    _semantic.SemanticIndex.prime = prime  # type: ignore[method-assign]
    if args.sif is not None:
        OPTIONS["sif_weights"] = sif_weights(args.sif)
        StaticEncoder.mean_vectors = lambda self, texts: weighted_means(self, texts, None)  # type: ignore[method-assign]
    accept, extract = semantic_eval.calibrate("wordllama")
    rows = [
        semantic_eval.evaluate("wordllama", split, accept, extract)
        for split in semantic_eval.SPLITS[args.split]
    ]
    print(f"accept {accept}, extract {extract}")
    for key in semantic_eval.ROW_KEYS:
        print(f"{key:28}" + "".join(f"{row[key]!s:>16}" for row in rows))


if __name__ == "__main__":
    main()
