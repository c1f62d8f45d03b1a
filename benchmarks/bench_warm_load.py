"""A second load of ESCO in a fresh process, ready to rank: two source trees, alternated.

Issue 12's target row ("second load of ESCO in a fresh process ready to rank
<= 0.3 s") swings by a third from minute to minute on this 2-core machine, as
does its floor. This script times it against another source tree in the same
minutes: fresh processes alternate between the trees, each with its own disk
cache (warmed first) and its own compiled ESCO (the trees' formats may differ),
and it prints the medians of the wall time, of ``import numpy`` inside the same
processes, of importing careermap and loading, and of the first ranking.

Run from the repository root (needs ../shared/data):

    .venv/bin/python benchmarks/bench_warm_load.py --before OLD/src [--runs 25]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ESCO = ROOT.parent / "shared" / "data" / "esco-1.2.0"

#: Saves ESCO compiled by the tree on ``PYTHONPATH`` (its own format).
COMPILE = """
import sys
from careermap import save_compiled
from careermap.importers import import_esco
save_compiled(import_esco(sys.argv[1], cache=False), sys.argv[2])
"""

#: The issue's row: load, then rank 20 skills; prints its own phases.
LOAD = """
import sys, time
t0 = time.perf_counter()
import numpy
t1 = time.perf_counter()
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
t2 = time.perf_counter()
careermap.rank_careers([(s.id, 3) for s in taxonomy.skills[:20]], taxonomy=taxonomy)
t3 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2)
"""


def run(code: str, tree: Path, cache: Path, *args: str) -> str:
    """Run *code* in a fresh process importing careermap from *tree*; return its output."""
    env = {**os.environ, "PYTHONPATH": str(tree), "CAREERMAP_CACHE_DIR": str(cache)}
    env["OPENBLAS_NUM_THREADS"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", required=True, help="another src/ tree")
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    trees = {"before": Path(args.before).resolve(), "after": ROOT / "src"}
    rows: dict[str, list[list[float]]] = {name: [] for name in trees}
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, tree in trees.items():
            # Bytecode, as an installed package has (PYTHONDONTWRITEBYTECODE is often set).
            compileall.compile_dir(tree, quiet=1)
            files[name] = Path(tmp) / f"esco-{name}.json"
            run(COMPILE, tree, Path(tmp) / "off", str(ESCO), str(files[name]))
            for _ in range(3):  # writes the entry, then its index groups
                run(LOAD, tree, Path(tmp) / f"cache-{name}", str(files[name]))
        for _ in range(args.runs):
            for name, tree in trees.items():
                t0 = time.perf_counter()
                out = run(LOAD, tree, Path(tmp) / f"cache-{name}", str(files[name]))
                rows[name].append([time.perf_counter() - t0, *map(float, out.split())])
    print(f"medians of {args.runs} fresh processes per tree, alternated (ms)")
    print("| tree | wall | import numpy | import careermap + load | first ranking |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, found in rows.items():
        wall, numpy_, load, rank = (1000 * statistics.median(c) for c in zip(*found, strict=True))
        print(f"| {name} | {wall:.0f} | {numpy_:.0f} | {load:.0f} | {rank:.0f} |")


if __name__ == "__main__":
    main()
