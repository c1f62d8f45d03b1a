"""Rank 100,000 profiles with careermap.dask on 1 and 2 workers; writes docs/performance.md.

Run from the repository root (needs the dask extra):

    .venv/bin/python benchmarks/bench_dask.py            # 100,000 profiles, ~12 minutes here
    .venv/bin/python benchmarks/bench_dask.py --quick    # 5,000 profiles, no file written

Each cluster is a distributed.LocalCluster of worker processes with one thread
each. Its start-up is timed apart from the ranking. The ranking is timed from
the call to ``compute()`` until every row (one per profile and rank, limit 10)
is back in the client. The same profiles are ranked in this process by
``rank_many`` on a sample, for the rate of one core without Dask.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import dask
import dask.dataframe as dd
import distributed
import numpy as np
import pandas as pd

import careermap
from careermap.dask import rank_dataframe

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import replace_section

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 10


def make_profiles(count: int, seed: int = 7) -> list[str]:
    """Deterministic profiles of 3-8 skills as JSON text: labels, aliases, some typos, levels."""
    taxonomy = careermap.load_taxonomy()
    owner = {name: skill.id for skill in reversed(taxonomy.skills) for name in skill.names}
    names = sorted(owner)
    labels = sorted(skill.label for skill in taxonomy.skills)
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        size = int(rng.integers(3, 9))
        # One exact label always, so every profile resolves something.
        chosen = [labels[int(rng.integers(len(labels)))]]
        chosen += [names[int(i)] for i in rng.choice(len(names), size=size - 1, replace=False)]
        items = []
        skills = set()
        for name in chosen:
            if owner[name] in skills:  # one skill, one level: no second name of it
                continue
            skills.add(owner[name])
            text = name
            typo = len(text) > 6 and rng.random() < 0.1
            if typo:  # one letter dropped; no level, as it may resolve to a skill already given
                cut = int(rng.integers(1, len(text) - 1))
                text = text[:cut] + text[cut + 1 :]
            level = int(rng.integers(1, 6))
            items.append(f"{text}:{level}" if rng.random() < 0.7 and not typo else text)
        out.append(json.dumps(items))
    return out


def in_process_rate(profiles: list[str], sample: int) -> float:
    """Profiles per second of rank_many in this process, on the first *sample* profiles."""
    batch = [json.loads(p) for p in profiles[:sample]]
    careermap.rank_careers(batch[0], limit=LIMIT)  # indexes built outside the timing
    start = time.perf_counter()
    for _ in careermap.rank_many(batch, limit=LIMIT):
        pass
    return sample / (time.perf_counter() - start)


def on_cluster(data: Path, workers: int) -> dict[str, float]:
    start = time.perf_counter()
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = distributed.Client(cluster)
    started = time.perf_counter() - start
    try:
        start = time.perf_counter()
        result = rank_dataframe(dd.read_parquet(data), limit=LIMIT).compute()
        seconds = time.perf_counter() - start
    finally:
        client.close()
        cluster.close()
    load = os.getloadavg()[0]
    return {"startup": started, "seconds": seconds, "rows": float(len(result)), "load": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5,000 profiles; write nothing")
    parser.add_argument("--profiles", type=int, default=None)
    parser.add_argument("--partitions", type=int, default=40)
    args = parser.parse_args()
    count = args.profiles or (5_000 if args.quick else 100_000)

    start = time.perf_counter()
    profiles = make_profiles(count)
    print(f"made {count:,} profiles in {time.perf_counter() - start:.1f} s", flush=True)
    sample = min(count, 2_000 if args.quick else 10_000)
    rate = in_process_rate(profiles, sample)
    print(f"rank_many in process: {rate:,.0f} profiles/s", flush=True)
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        # Read by the workers, as a batch job would, rather than sent inside the graph.
        data = Path(tmp) / "profiles"
        frame = pd.DataFrame({"skills": profiles})
        dd.from_pandas(frame, npartitions=args.partitions).to_parquet(data)
        for workers in (1, 2):
            runs[workers] = on_cluster(data, workers)
            run = runs[workers]
            print(
                f"{workers} worker(s): {run['seconds']:.1f} s for {count:,} profiles "
                f"({count / run['seconds']:,.0f}/s, {run['rows']:,.0f} rows), "
                f"cluster start {run['startup']:.1f} s",
                flush=True,
            )

    speedup = runs[1]["seconds"] / runs[2]["seconds"]
    print(f"speed-up on 2 workers: {speedup:.2f}x")
    lines = [
        f"{count:,} profiles of 3-8 skills (JSON text in Parquet, read by the workers; labels, "
        "aliases, 10% typos), "
        f"limit {LIMIT}, {args.partitions} partitions, bundled taxonomy; "
        f"`distributed.LocalCluster` of worker processes, one thread each. "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"dask {dask.__version__}, pandas {pd.__version__}, {os.cpu_count()} cores. "
        "One run each (100,000 profiles take minutes); cluster start-up is timed apart.",
        "",
        "| run | wall time | profiles/s | speed-up |",
        "| --- | ---: | ---: | ---: |",
        f"| `rank_many` in one process (first {sample:,} profiles) "
        f"| {count / rate:.0f} s (projected) | {rate:,.0f} | |",
    ]
    for workers, run in runs.items():
        lines.append(
            f"| `rank_dataframe`, {workers} worker{'s' if workers > 1 else ''} "
            f"| {run['seconds']:.0f} s | {count / run['seconds']:,.0f} "
            f"| {runs[1]['seconds'] / run['seconds']:.2f}x |"
        )
    lines += [
        "",
        f"Each run returns {runs[1]['rows']:,.0f} rows (one per profile and rank) to the client. "
        f"Cluster start-up: {runs[1]['startup']:.1f} s (1 worker), "
        f"{runs[2]['startup']:.1f} s (2 workers). Two workers on this 2-core machine share the "
        "cores with the scheduler and the client, so the speed-up stays below 2x.",
        "",
        "Load average (1 min) at the end of each run, for how busy the shared machine was: "
        + ", ".join(f"{w} worker{'s' if w > 1 else ''} {r['load']:.1f}" for w, r in runs.items())
        + ".",
        "",
        "Command: `.venv/bin/python benchmarks/bench_dask.py`",
        "",
    ]
    if args.quick or args.profiles:
        print("\n".join(lines))
        return
    replace_section(ROOT / "docs" / "performance.md", "dask", "\n".join(lines))


if __name__ == "__main__":
    main()
