"""WordLlama for short texts, MiniLM for long ones: a hybrid measured (thirty-fourth round).

MiniLM (``careermap[minilm]``) reads the held-out set's long CV lines 12-17 points of
top-1 better than WordLlama and is level on short phrases, at 10-20 times the time per
phrase (docs/semantic.md, "Thirty-third round"). Here a text of more than ``--words N``
words is searched in MiniLM's index, a shorter one in WordLlama's. Each encoder keeps the
thresholds ``semantic_eval.py``'s calibration rules pick for it on the old calibration
half; MiniLM's similarities are shifted by WordLlama's accept threshold less its own, so
that one accept threshold reads both. Narratives are read as shipped (WordLlama): the
extractor encodes its clauses itself.

    python benchmarks/semantic_hybrid.py --words 0 6 8 10 12 --split tune
    python benchmarks/semantic_hybrid.py --words 8 --split four --time
    python benchmarks/semantic_hybrid.py --words 4 6 --mix 0.5 0.7 1 --split tune

``--mix W`` scores a long text's skills (1 - W) x WordLlama's similarity + W x MiniLM's
(shifted); 1, the default, is MiniLM's alone.

``--compare`` times the library itself instead: WordLlama alone and the hybrid that
``CAREERMAP_LONG_TEXTS=minilm`` turns on, in alternating rounds in one process (median of
three), one search per phrase and one ``prime()`` of all of them, on the development set
and on the held-out set.

    python benchmarks/semantic_hybrid.py --compare

``--cascade`` measures the library's own reading instead (``CAREERMAP_LONG_TEXTS=minilm``,
:mod:`careermap.resolve.long_texts`, thirty-fifth round), for each combination of
``--words``, ``--mix`` (its LONG_WORDS, LONG_SHARE), ``--margin``, ``--gap`` (SURE_MARGIN,
SURE_GAP; a margin of 1 hands every long text over) and ``--agree`` (KEEP_AGREED: first,
higher, wordllama or mix), with the shipped thresholds (``--words -1``: WordLlama alone);
it prints how many texts of each part MiniLM read:

    python benchmarks/semantic_hybrid.py --cascade --words 4 --margin 1 0.06 --gap 0 0.03 \
        --agree mix first --split tune

``--words -1`` (or no number) is WordLlama alone; 0 sends every text to MiniLM.
``--time`` also prints the warm milliseconds per phrase of each split (one search per
phrase, nothing remembered), and of the persona texts the resolver reads by meaning.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import semantic_eval

import careermap
from careermap.resolve import long_texts as _long
from careermap.resolve import semantic as _semantic

#: Set in main(): the word count above which MiniLM reads a text, its index and shift.
STATE: dict[str, Any] = {"words": None}
_plain_prime = _semantic.SemanticIndex.prime


def words(text: str) -> int:
    """How many words *text* has (split at white space)."""
    return len(text.split())


def hybrid_prime(self: _semantic.SemanticIndex, texts: Sequence[str]) -> None:
    """SemanticIndex.prime, long texts searched in MiniLM's index (similarities shifted)."""
    limit = STATE["words"]
    if limit is None or self.encoder.name != "wordllama":
        _plain_prime(self, texts)
        return
    todo = [t for t in dict.fromkeys(texts) if t not in self._memo]
    long_ = [t for t in todo if words(t) > limit]
    _plain_prime(self, [t for t in todo if words(t) <= limit])
    if not long_:
        return
    minilm: _semantic.SemanticIndex = STATE["minilm"]
    mix = STATE.get("mix", 1.0)
    every = 16 if mix >= 1 else 10**6
    found = minilm.search_many(minilm.encoder.encode(long_), limit=every)
    vectors = self.encoder.encode(long_)  # what similarity_to() compares: WordLlama's
    plain = self.search_many(vectors, limit=every) if mix < 1 else [[] for _ in long_]
    shift = STATE["shift"]
    for text, vector, hits, own in zip(long_, vectors, found, plain, strict=True):
        moved = [
            _semantic.SemanticHit(h.skill_id, h.matched_name, round(h.similarity + shift, 4))
            for h in hits
        ]
        if mix < 1:  # (1 - mix) x WordLlama's similarity + mix x MiniLM's (shifted)
            theirs = {h.skill_id: h for h in moved}
            moved = sorted(
                (
                    _semantic.SemanticHit(
                        h.skill_id,
                        h.matched_name,
                        round((1 - mix) * h.similarity + mix * theirs[h.skill_id].similarity, 4),
                    )
                    for h in own
                ),
                key=lambda h: (-h.similarity, h.skill_id),
            )[:16]
        self._memo[text] = (vector, moved)


def persona_texts() -> list[str]:
    """Every persona text of every set that the lexical resolver leaves to the encoder."""
    import yaml  # noqa: PLC0415

    from careermap.resolve.resolver import match_text  # noqa: PLC0415

    taxonomy = careermap.load_taxonomy()
    texts: list[str] = []
    for path in sorted((Path(__file__).resolve().parents[1] / "tests" / "data").glob("personas*")):
        if "thirty-fifth" in path.name:
            continue  # written blind this round: not read
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for person in document.get("personas", document.get("items", [])) or []:
            for skill in person.get("skills", []) or []:
                text = skill if isinstance(skill, str) else str(skill.get("text", skill))
                level = re.fullmatch(r"(.*):\s*[1-5]", text.strip())
                texts.append(level.group(1) if level else text)
    texts = list(dict.fromkeys(texts))
    return [t for t in texts if match_text(t, taxonomy, semantic=False).skill_id is None]


def timed(texts: list[str]) -> float:
    """Warm milliseconds per text: each searched afresh through the patched index."""
    taxonomy = careermap.load_taxonomy()
    index = _semantic.semantic_index(taxonomy, "wordllama")
    index.search("warm up")
    index.forget()
    start = time.perf_counter()
    for text in texts:
        index.search(text, limit=5)
    return (time.perf_counter() - start) * 1000 / max(len(texts), 1)


def compare() -> None:
    """Warm ms per phrase, WordLlama alone against the library's hybrid (see --compare)."""
    taxonomy = careermap.load_taxonomy()
    groups = {
        "development set": ["calibrate", "report"],
        "held-out set": ["holdout-tune", "holdout-report"],
    }
    texts = {
        name: [i["text"] for part in parts for i in semantic_eval.load("phrases.yaml", part)]
        for name, parts in groups.items()
    }

    def index(on: bool) -> _semantic.SemanticIndex:
        if on:
            os.environ[_semantic.LONG_TEXTS_ENV] = "minilm"
        else:
            os.environ.pop(_semantic.LONG_TEXTS_ENV, None)
        return _semantic.semantic_index(taxonomy)

    for on in (False, True):
        index(on).search("warm up the reader of long texts")
    times: dict[tuple[str, str, str], list[float]] = {}
    for _ in range(3):
        for name, phrases in texts.items():
            for on in (False, True):
                searched = index(on)
                for how in ("one by one", "primed together"):
                    searched.forget()
                    start = time.perf_counter()
                    if how == "one by one":
                        for text in phrases:
                            searched.search(text, limit=5)
                    else:
                        searched.prime(phrases)
                    spent = (time.perf_counter() - start) * 1000 / len(phrases)
                    key = (name, "hybrid" if on else "wordllama", how)
                    times.setdefault(key, []).append(spent)
    os.environ.pop(_semantic.LONG_TEXTS_ENV, None)
    for (name, reader, how), spent in times.items():
        print(f"{name}, {reader}, {how}: {statistics.median(spent):.2f} ms per phrase")


class _Counting:
    """An encoder that counts the texts it encodes (how many MiniLM read)."""

    def __init__(self, encoder: Any) -> None:
        self.inner, self.name, self.dim, self.texts = encoder, encoder.name, encoder.dim, 0

    def encode(self, texts: Sequence[str]) -> Any:
        self.texts += len(texts)
        return self.inner.encode(texts)


def cascade(args: argparse.Namespace) -> None:
    """The library's long-text reading for each combination of settings (see --cascade)."""
    accept, extract = _semantic.ACCEPT_SIMILARITY, semantic_eval.EXTRACT_SIMILARITY
    taxonomy = careermap.load_taxonomy()
    os.environ[_semantic.LONG_TEXTS_ENV] = "minilm"
    index = _semantic.semantic_index(taxonomy, "wordllama")
    assert index.long_reader is not None  # the variable is set just above
    reader = index.long_reader()
    counting = _Counting(reader.encoder)
    reader.encoder = counting
    print(f"shipped thresholds: accept {accept}, extract {extract}")
    grid = [
        (w, m, margin, gap, agree)
        for w in args.words
        for m in args.mix
        for margin in args.margin
        for gap in args.gap
        for agree in args.agree
    ]
    for words_, mix, margin, gap, agree in grid:
        _long.LONG_WORDS, _long.LONG_SHARE = (10**6 if words_ < 0 else words_), mix
        _long.SURE_MARGIN, _long.SURE_GAP, _long.KEEP_AGREED = margin, gap, agree
        rows, read, spent = [], [], []
        for split in semantic_eval.SPLITS[args.split]:
            index.forget()
            counting.texts = 0
            rows.append(semantic_eval.evaluate("wordllama", split, accept, extract))
            read.append(counting.texts)
            if args.time:
                texts = [item["text"] for item in semantic_eval.load("phrases.yaml", split)]
                spent.append(f"{timed(texts):.2f}")
        print(
            "\nWordLlama alone"
            if words_ < 0
            else f"\nabove {words_} words, share {mix}, sure at accept + {margin} and gap {gap}, "
            f"agreed: {agree}"
        )
        for key in semantic_eval.ROW_KEYS:
            print(f"{key:28}" + "".join(f"{row[key]!s:>16}" for row in rows))
        print(f"{'texts MiniLM read':28}" + "".join(f"{n:>16}" for n in read))
        if spent:
            print(f"{'ms per phrase, warm':28}" + "".join(f"{t:>16}" for t in spent))
    os.environ.pop(_semantic.LONG_TEXTS_ENV, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, nargs="*", default=None)
    parser.add_argument("--split", choices=sorted(semantic_eval.SPLITS), default="tune")
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--compare", action="store_true", help="time the library's hybrid")
    parser.add_argument(
        "--mix", type=float, nargs="*", default=[1.0], help="MiniLM's share for long texts"
    )
    parser.add_argument("--cascade", action="store_true", help="the library's long-text reading")
    parser.add_argument("--margin", type=float, nargs="*", default=[_long.SURE_MARGIN])
    parser.add_argument("--gap", type=float, nargs="*", default=[_long.SURE_GAP])
    parser.add_argument("--agree", nargs="*", default=[_long.KEEP_AGREED])
    args = parser.parse_args()
    if args.cascade:
        args.words = [_long.LONG_WORDS] if args.words is None else args.words
        args.mix = [_long.LONG_SHARE] if args.mix == [1.0] else args.mix
        cascade(args)
        return
    if args.compare:
        compare()
        return
    args.words = [8] if args.words is None else args.words
    accept_m, extract_m = semantic_eval.calibrate("minilm")
    accept, extract = semantic_eval.calibrate("wordllama")
    taxonomy = careermap.load_taxonomy()
    STATE["minilm"] = _semantic.semantic_index(taxonomy, "minilm")
    STATE["shift"] = round(accept - accept_m, 4)
    print(
        f"wordllama accept {accept}, extract {extract}; minilm accept {accept_m} (shift "
        f"{STATE['shift']:+.2f}), extract {extract_m} (narratives read by wordllama)"
    )
    _semantic.SemanticIndex.prime = hybrid_prime  # type: ignore[method-assign]
    keys = semantic_eval.ROW_KEYS
    personas = persona_texts() if args.time else []
    for given, mix in ((g, m) for g in args.words or [-1] for m in args.mix):
        limit = None if given < 0 else given
        STATE["words"], STATE["mix"] = limit, mix
        _semantic.semantic_index(taxonomy, "wordllama").forget()
        rows = [
            semantic_eval.evaluate("wordllama", split, accept, extract)
            for split in semantic_eval.SPLITS[args.split]
        ]
        print(
            f"\nMiniLM above {limit} words, share {mix}"
            if limit is not None
            else "\nWordLlama alone"
        )
        for key in keys:
            print(f"{key:28}" + "".join(f"{row[key]!s:>16}" for row in rows))
        if args.time:
            line = []
            for split in semantic_eval.SPLITS[args.split]:
                texts = [item["text"] for item in semantic_eval.load("phrases.yaml", split)]
                share = sum(words(t) > (limit if limit is not None else 10**6) for t in texts)
                line.append(f"{split} {timed(texts):.2f} ms ({share} of {len(texts)} long)")
            share = sum(words(t) > (limit if limit is not None else 10**6) for t in personas)
            line.append(f"persona texts {timed(personas):.2f} ms ({share} of {len(personas)} long)")
            print("ms per phrase, warm: " + "; ".join(line))


if __name__ == "__main__":
    main()
