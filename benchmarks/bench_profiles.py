"""How profile checking grows with hostile input: it must stay linear.

A 'text:LEVEL' parser that backtracked quadratically took minutes on long runs of
spaces. Over-long texts are now refused at the first one, so this times what is
still parsed and resolved: n texts of 300 spaces around a skill and a level, each
just under the length limit, for n = 500, 1,000 and 2,000 (the profile limit), as
medians of repeats, and prints the ratios: linear growth gives about 2 per
doubling, quadratic about 4. Tests only check the refusal of the hostile case,
within a hang bound.

    .venv/bin/python benchmarks/bench_profiles.py
"""

from __future__ import annotations

import statistics
import time

import careermap

REPEATS = 5


def parse(count: int, taxonomy: careermap.Taxonomy) -> float:
    # Distinct texts, so the resolver's cache cannot hide the work.
    texts = [" " * 150 + f"crisis intervention {i}" + " " * 120 + ": 4" for i in range(count)]
    start = time.perf_counter()
    careermap.build_profile(texts, taxonomy=taxonomy)
    return time.perf_counter() - start


def main() -> None:
    taxonomy = careermap.load_taxonomy()
    medians = {}
    for count in (500, 1_000, 2_000):
        medians[count] = statistics.median(parse(count, taxonomy) for _ in range(REPEATS))
        print(f"{count:>5} texts of ~300 characters: median {medians[count] * 1e3:8.2f} ms")
    print(f"ratio 1,000/500:   {medians[1_000] / medians[500]:.2f} (linear ~2, quadratic ~4)")
    print(f"ratio 2,000/1,000: {medians[2_000] / medians[1_000]:.2f}")


if __name__ == "__main__":
    main()
