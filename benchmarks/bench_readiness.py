"""A ranking's readiness verdicts for a person with credentials and a country: two trees.

Every role a ranking returns is assessed against the person's background: each
credential the person wrote is matched against each credential a post asks for
(``careermap.results.credentials.holds``), and a text that names another country is read
as that country's registration (``results.countries``). This times ``rank_careers`` on
the bundled taxonomy plus reading every returned match's readiness, for a counsellor in
the UK who wrote four credentials (one from the Philippines), in fresh processes that
alternate between this tree and another, so both are measured in the same minutes.

Run from the repository root:

    .venv/bin/python benchmarks/bench_readiness.py --before OLD/src [--runs 5]

``OLD`` is a checkout of another commit (``git worktree add /tmp/old COMMIT``). Each
process warms once, then prints the median of 15 calls in ms; the script prints the
median over its processes for each tree and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: One process: warm once, then the median of 15 rankings with every verdict read.
RANK = """
import statistics, time
import careermap
taxonomy = careermap.load_taxonomy()
skills = ["active listening", "CBT", "motivational interviewing", "crisis intervention",
          "case management"]
background = {
    "education": "master", "years_experience": 8, "country": "GB",
    "current_role": "Therapist",
    "credentials": ["LPC (US)", "Registered Psychologist (PRC Philippines)",
                    "BACP registered counsellor", "MHFA instructor"],
}

def once():
    ranking = careermap.rank_careers(skills, taxonomy=taxonomy, background=background, limit=200)
    return [match.readiness for match in ranking]

once()
times = []
for _ in range(15):
    start = time.perf_counter()
    once()
    times.append(time.perf_counter() - start)
print(statistics.median(times) * 1000)
"""


def run(tree: Path) -> float:
    """Return one fresh process's median in ms, importing careermap from *tree*."""
    env = {**os.environ, "PYTHONPATH": str(tree), "OPENBLAS_NUM_THREADS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", RANK], env=env, capture_output=True, text=True, check=True
    )
    return float(done.stdout.strip())


def main(argv: list[str] | None = None) -> None:
    """Alternate fresh processes between the two trees and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the other tree's src")
    parser.add_argument("--runs", type=int, default=5, help="processes per tree")
    args = parser.parse_args(argv)
    trees = {"this tree": ROOT / "src", "before": args.before.resolve()}
    found: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, tree in trees.items():
            found[name].append(run(tree))
    after, before = (statistics.median(found[name]) for name in trees)
    print("| tree | rank_careers + every readiness, ms (median of processes) |")
    print("|---|---:|")
    print(f"| this tree | {after:.1f} |")
    print(f"| before ({args.before}) | {before:.1f} |")
    print(f"\nratio this tree / before: {after / before:.2f}")


if __name__ == "__main__":
    main()
