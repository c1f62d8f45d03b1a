"""The semantic layer at ESCO scale: model load, index build (cold, cached), warm resolution.

    python benchmarks/bench_semantic.py            # needs ../shared/data/esco-1.2.0

Prints one line per measurement; docs/performance.md quotes them. Timings are
medians of several runs on this project's (shared, two-core) machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from timing import median_ms

import careermap
from careermap.importers import import_esco
from careermap.resolve import embed as _embed
from careermap.resolve import semantic as _semantic
from careermap.resolve.profile import build_profile
from careermap.resolve.resolver import match_text

ROOT = Path(__file__).resolve().parents[1]
ESCO = ROOT.parent / "shared" / "data" / "esco-1.2.0"

#: What people type, paraphrases and sentences included: 20 phrases.
PHRASES = [
    "empathy",
    "CBT",
    "advocacy",
    "motivational interviewing",
    "case management",
    "I de-escalated patients in crisis",
    "wrote treatment plans",
    "supervised junior staff",
    "talking someone through a panic attack",
    "ran a peer support group",
    "trained new volunteers",
    "listening to clients",
    "helped people find housing",
    "assessed suicide risk",
    "forklift driving",
    "welding",
    "kubernetes",
    "managed a team budget",
    "wrote funding applications",
    "coached managers through hard conversations",
]


def main() -> None:
    start = time.perf_counter()
    encoder = _embed.load_encoder()
    loaded = time.perf_counter() - start
    print(f"model load ({encoder.name}, {encoder.dim} dimensions): {loaded:.3f} s")

    bundled = careermap.load_taxonomy()
    start = time.perf_counter()
    index = _semantic.semantic_index(bundled)
    built_ms = (time.perf_counter() - start) * 1000
    print(f"bundled index build ({len(index.names):,} names): {built_ms:.0f} ms")
    texts = [t for t in PHRASES if t]
    # forget(): each run searches afresh, not from the texts remembered by the last one.
    warm = median_ms(lambda: (index.forget(), [match_text(t, bundled) for t in texts]), 7)
    warm /= len(texts)
    lexical = median_ms(lambda: [match_text(t, bundled, semantic=False) for t in texts], 7)
    lexical /= len(texts)
    print(f"bundled: {warm:.2f} ms per phrase warm (lexical only: {lexical:.2f} ms)")

    if not ESCO.exists():
        print(f"ESCO skipped: {ESCO} missing", file=sys.stderr)
        return
    taxonomy = import_esco(ESCO)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["CAREERMAP_CACHE_DIR"] = cache
        start = time.perf_counter()
        built = _semantic.SemanticIndex(taxonomy, encoder)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        _semantic.SemanticIndex(taxonomy, encoder)
        cached = time.perf_counter() - start
        size = sum(p.stat().st_size for p in Path(cache).iterdir())
        print(
            f"ESCO index ({len(built.names):,} labels, alternative labels and descriptions): "
            f"build {cold:.2f} s, from the cache {cached * 1000:.0f} ms ({size / 2**20:.1f} MiB)"
        )
        index = _semantic.semantic_index(taxonomy)  # the taxonomy's own cached index
        build_profile(PHRASES, taxonomy=taxonomy)  # warm: the lexical indexes too

        def timed(work: Callable[[], object]) -> float:
            def run() -> None:
                index.forget()  # each run searches afresh: no result is remembered
                work()

            return median_ms(run, 7)

        semantic_only = timed(lambda: index.prime(PHRASES))
        each = timed(lambda: [match_text(t, taxonomy) for t in PHRASES])
        profile = timed(lambda: build_profile(PHRASES, taxonomy=taxonomy))
        lexical = median_ms(lambda: [match_text(t, taxonomy, semantic=False) for t in PHRASES], 7)
        print(
            f"ESCO, 20 phrases warm: semantic stage {semantic_only:.1f} ms (one matrix product); "
            f"a profile of them {profile:.1f} ms; one match_text call each {each:.1f} ms; "
            f"lexical only {lexical:.1f} ms"
        )
        for text in PHRASES[:9]:
            print(f"  {match_text(text, taxonomy)}")
        del os.environ["CAREERMAP_CACHE_DIR"]


if __name__ == "__main__":
    main()
