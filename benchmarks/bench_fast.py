"""The fast paths of issue 12 on full ESCO and O*NET, each against a floor from the same run.

Run from the repository root (needs ../shared/data, and scipy for the floors):

    .venv/bin/python benchmarks/bench_fast.py              # prints the table
    PYTHONPATH=/path/to/old/src .venv/bin/python benchmarks/bench_fast.py   # "before"

Every timing is a median over repeats; the floors are what the same work costs
with nothing but numpy, scipy or rapidfuzz: a CSR mat-vec plus an
``argpartition`` top 10 for ranking (the profile's 20 positions from dictionary
look-ups), a sparse mat-mat for a batch, dictionary look-ups plus one
``process.cdist`` over the misses for resolving, a dense cosine for similar roles.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

import careermap
from careermap.base.text import match_key, normalize
from careermap.importers import import_esco, import_onet
from careermap.scoring.engine import scoring_index

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def median_of(fn: Callable[[int], object], n: int) -> float:
    """Median wall time of ``fn(i)`` for i in range(n), in ms, with the collector run before."""
    times = []
    for i in range(n):
        gc.collect()
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def profiles(taxonomy: careermap.Taxonomy, count: int, seed: int) -> list[dict[str, int]]:
    rng = np.random.default_rng(seed)
    required = sorted({req.skill for role in taxonomy.roles for req in role.requirements})
    out = []
    for _ in range(count):
        chosen = rng.choice(len(required), size=20, replace=False)
        out.append({required[i]: int(rng.integers(1, 6)) for i in sorted(chosen)})
    return out


def phrases(taxonomy: careermap.Taxonomy) -> list[str]:
    """20 ESCO labels, 7 of them with a typo (a letter dropped from the middle)."""
    rng = np.random.default_rng(3)
    labels = [s.label for s in taxonomy.skills if 8 <= len(s.label) <= 40]
    chosen = [labels[i] for i in rng.choice(len(labels), size=20, replace=False)]
    return [
        (text[: len(text) // 2] + text[len(text) // 2 + 1 :]) if i % 3 == 0 else text
        for i, text in enumerate(chosen)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=60)
    args = parser.parse_args()
    from rapidfuzz import fuzz, process  # noqa: PLC0415
    from scipy.sparse import csr_matrix  # noqa: PLC0415 - optional, benchmarks only

    rows: list[tuple[str, float, float]] = []
    esco = import_esco(DATA / "esco-1.2.0")
    engine = scoring_index(esco)
    matrix = csr_matrix(
        (engine.req_weight, (engine.req_role, engine.req_skill)),
        shape=(engine.n_roles, engine.n_skills),
    )

    def floor_rank(profile: dict[str, int]) -> object:
        vector = np.zeros(engine.n_skills)
        for skill, level in profile.items():
            vector[engine.skill_pos[skill]] = level / 5
        scores = matrix @ vector
        return np.argpartition(-scores, 10)[:10]

    bench = profiles(esco, args.repeats, seed=0)
    ids = [list(p.items()) for p in bench]
    careermap.rank_careers(ids[0], taxonomy=esco)
    floor = median_of(lambda i: floor_rank(bench[i]), args.repeats)
    call = median_of(lambda i: careermap.rank_careers(ids[i], taxonomy=esco), args.repeats)
    rows.append(("rank_careers, 20 ids, top 10", call, floor))
    read = median_of(
        lambda i: [m.to_dict() for m in careermap.rank_careers(ids[i], taxonomy=esco)],
        args.repeats,
    )
    rows.append(("  the same, and to_dict() of all 10 matches", read, floor))

    batch = profiles(esco, 2_000, seed=1)
    items = [list(p.items()) for p in batch]
    t0 = time.perf_counter()
    for _ in careermap.rank_many(items, taxonomy=esco, limit=10):
        pass
    many = (time.perf_counter() - t0) * 1000 / len(items)
    t0 = time.perf_counter()
    cols = np.array([engine.skill_pos[s] for p in batch for s in p], dtype=np.int64)
    vals = np.array([level / 5 for p in batch for level in p.values()])
    rows_of = np.repeat(np.arange(len(batch)), [len(p) for p in batch])
    people = csr_matrix((vals, (rows_of, cols)), shape=(len(batch), engine.n_skills))
    product = (matrix @ people.T).toarray()
    np.argpartition(-product, 10, axis=0)[:10]
    mat_floor = (time.perf_counter() - t0) * 1000 / len(batch)
    rows.append(("rank_many, 2,000 profiles of 20 ids, per profile", many, mat_floor))

    texts = phrases(esco)
    careermap.build_profile(texts[:2], taxonomy=esco, semantic=False)
    exact = {normalize(n): s.id for s in esco.skills for n in s.names}
    keys = [" ".join(sorted(match_key(n).split())) for s in esco.skills for n in s.names]

    def floor_resolve(_: int) -> object:
        misses = [t for t in texts if normalize(t) not in exact]
        wanted = [" ".join(sorted(match_key(t).split())) for t in misses]
        return process.cdist(wanted, keys, scorer=fuzz.ratio, score_cutoff=60)

    resolve = median_of(lambda _: careermap.build_profile(texts, taxonomy=esco, semantic=False), 7)
    rows.append(("resolve 20 ESCO labels (7 typos), lexical", resolve, median_of(floor_resolve, 7)))

    onet = import_onet(DATA / "onet-29.3")
    held = onet.roles[0].id
    t0 = time.perf_counter()
    careermap.similar_roles(held, taxonomy=onet)
    first = (time.perf_counter() - t0) * 1000
    roles = [r.id for r in onet.roles[:50]]
    warm = median_of(lambda i: careermap.similar_roles(roles[i % 50], taxonomy=onet), 50)
    onet_engine = scoring_index(onet)
    vectors = np.zeros((onet_engine.n_roles, onet_engine.n_skills))
    vectors[onet_engine.req_role, onet_engine.req_skill] = onet_engine.req_weight
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosine = median_of(lambda i: np.argpartition(-(vectors @ vectors[i]), 10)[:10], 50)
    rows.append(("similar_roles on O*NET, first call", first, cosine))
    rows.append(("similar_roles on O*NET, warm", warm, cosine))

    print(f"src: {Path(careermap.__file__).parent}; python {sys.version.split()[0]}")
    print("| measure | median | floor (same run) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name, value, base in rows:
        print(f"| {name} | {value:.2f} ms | {base:.3f} ms | {value / base:.1f}x |")


if __name__ == "__main__":
    main()
