"""Benchmarks on the full ESCO taxonomy; writes its results into docs/performance.md.

Run from the repository root (needs ../shared/data, and scipy for the floor):

    .venv/bin/python benchmarks/bench_scale.py            # full run, a few minutes
    .venv/bin/python benchmarks/bench_scale.py --quick    # fewer repeats, no file written

Every timing is a median over repeats measured in this run; ratios compare
against baselines measured in the same run, on the same matrices and profiles.
"""

from __future__ import annotations

import argparse
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from timing import median_ms, median_of, requirement_matrix

import careermap
from careermap.importers import import_esco
from careermap.scoring.engine import scoring_index
from careermap.taxonomy.compiled import load_compiled, save_compiled

sys.path.insert(0, str(Path(__file__).resolve().parent))
from networkx_baseline import score_roles
from report import replace_section

ROOT = Path(__file__).resolve().parents[1]
ESCO = ROOT.parent / "shared" / "data" / "esco-1.2.0"

PHRASES = [
    "active listening",
    "listen activly",
    "project managment",
    "customer service",
    "teach students",
    "CBT",
    "motivational interviewing",
    "crisis intervention",
    "manage budgets",
    "use microsoft office",
    "forklift operation",
    "patient care",
    "conflict resolution",
    "data analysis",
    "coach employees",
    "write reports",
    "negotiate contracts",
    "social work",
    "first aid",
    "team leadership",
]


def profiles(
    taxonomy: careermap.Taxonomy, count: int, size: int, seed: int
) -> list[dict[str, int]]:
    """Deterministic random profiles over the skills that some role requires."""
    rng = np.random.default_rng(seed)
    required = sorted({req.skill for role in taxonomy.roles for req in role.requirements})
    out = []
    for _ in range(count):
        chosen = rng.choice(len(required), size=size, replace=False)
        out.append({required[i]: int(rng.integers(1, 6)) for i in sorted(chosen)})
    return out


def bare_product(taxonomy: careermap.Taxonomy) -> Callable[[dict[str, int]], object]:
    """The floor: one sparse matrix-vector product over the same requirement matrix."""
    index, matrix = requirement_matrix(taxonomy)

    def run(profile: dict[str, int]) -> object:
        vector = np.zeros(index.n_skills)
        for skill, level in profile.items():
            vector[index.skill_pos[skill]] = level / 5
        return matrix @ vector

    return run


APP = """
import sys
import numpy as np
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
rng = np.random.default_rng(2)
skills = sorted({r.skill for role in taxonomy.roles for r in role.requirements})
for _ in range(100):
    chosen = rng.choice(len(skills), size=20, replace=False)
    careermap.rank_careers([(skills[i], 3) for i in chosen], taxonomy=taxonomy)
# VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts at its parent's peak.
status = open("/proc/self/status").read()
print(int(status.split("VmHWM:")[1].split()[0]))
"""


def app_rss() -> float:
    """Peak RSS (MiB) of a fresh process that loads compiled ESCO and ranks 100 profiles."""
    with tempfile.TemporaryDirectory() as tmp:
        path = save_compiled(import_esco(ESCO), Path(tmp) / "esco.json")
        result = subprocess.run(
            [sys.executable, "-c", APP, str(path)], capture_output=True, text=True, check=True
        )
    return int(result.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats; do not write docs")
    args = parser.parse_args()
    repeats = 3 if args.quick else 7
    rows: list[tuple[str, str]] = []

    start = time.perf_counter()
    import_esco(ESCO)
    first_import = time.perf_counter() - start
    import_ms = median_ms(lambda: import_esco(ESCO), max(1, repeats // 2))
    taxonomy = import_esco(ESCO)
    n_req = sum(len(r.requirements) for r in taxonomy.roles)
    rows.append(("ESCO import from CSV (first, in this process)", f"{first_import:.2f} s"))
    rows.append(("ESCO import from CSV (median)", f"{import_ms / 1000:.2f} s"))

    with tempfile.TemporaryDirectory() as tmp:
        path = save_compiled(taxonomy, Path(tmp) / "esco.json")
        size = path.stat().st_size / 2**20
        compiled_ms = median_ms(lambda: load_compiled(path), repeats)
        assert load_compiled(path) == taxonomy
    rows.append((f"compiled load ({size:.0f} MiB JSON, validated)", f"{compiled_ms:.0f} ms"))

    start = time.perf_counter()
    scoring_index(taxonomy)
    rows.append(("scoring index build (once per taxonomy)", f"{time.perf_counter() - start:.2f} s"))
    graph_start = time.perf_counter()
    graph = careermap.build_graph(taxonomy=taxonomy)
    rows.append(("build_graph (once per taxonomy)", f"{time.perf_counter() - graph_start:.2f} s"))

    bench = profiles(taxonomy, 60, 20, seed=0)
    built = [careermap.build_profile(list(p.items()), taxonomy=taxonomy) for p in bench]
    careermap.rank_careers(built[0], taxonomy=taxonomy)  # warm caches
    engine = scoring_index(taxonomy)

    each = median_of
    rank_ms = each(lambda i: careermap.rank_careers(built[i], taxonomy=taxonomy, limit=10), 60)
    engine_ms = each(lambda i: engine.score(bench[i]), 60)
    floor = bare_product(taxonomy)
    floor_ms = each(lambda i: floor(bench[i]), 60)
    nx_runs = 3 if args.quick else 5
    nx_ms = each(lambda i: score_roles(graph, bench[i]), nx_runs)
    for profile in bench[:nx_runs]:
        reference = score_roles(graph, profile)
        scores = engine.score(profile).score
        worst = max(abs(reference[r] - scores[i]) for i, r in enumerate(engine.role_ids))
        assert worst <= 1e-9, f"NetworkX baseline disagrees by {worst}"
    rows.append(
        ("rank all roles, 20-skill profile, top 10 explained (median)", f"{rank_ms:.2f} ms")
    )
    rows.append(("  of which scoring every role (engine only)", f"{engine_ms:.2f} ms"))
    rows.append(("bare sparse matrix-vector product, same matrix (floor)", f"{floor_ms:.3f} ms"))
    rows.append(("per-role NetworkX implementation, same scoring", f"{nx_ms:.0f} ms"))
    rows.append(("ratio: rank_careers / bare product", f"{rank_ms / floor_ms:.1f}x"))
    rows.append(("ratio: engine only / bare product", f"{engine_ms / floor_ms:.1f}x"))
    rows.append(("speed-up: NetworkX per-role / rank_careers", f"{nx_ms / rank_ms:.0f}x"))

    many = profiles(taxonomy, 1_000 if args.quick else 10_000, 20, seed=1)
    items = [list(p.items()) for p in many]
    start = time.perf_counter()
    count = sum(1 for _ in careermap.rank_many(items, taxonomy=taxonomy, limit=10))
    elapsed = time.perf_counter() - start
    rows.append(
        (f"rank_many: {count:,} profiles of 20 skill ids, top 10 explained", f"{elapsed:.1f} s")
    )

    careermap.search_skills("warm up", taxonomy=taxonomy)
    resolve_ms = median_ms(
        lambda: [careermap.search_skills(p, taxonomy=taxonomy, limit=5) for p in PHRASES],
        repeats,
    )
    rows.append(
        (f"resolve {len(PHRASES)} free-text phrases against all ESCO names", f"{resolve_ms:.0f} ms")
    )

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(("peak RSS of this benchmark process (all of the above)", f"{peak:.0f} MiB"))
    rows.append(
        ("peak RSS of an application: load compiled ESCO, rank 100", f"{app_rss():.0f} MiB")
    )

    header = (
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"numpy {np.__version__}, {len(taxonomy.roles):,} roles, {len(taxonomy.skills):,} skills, "
        f"{n_req:,} requirements. Command: `.venv/bin/python benchmarks/bench_scale.py`."
    )
    table = "\n".join(
        ["| measure | result |", "| --- | --- |"] + [f"| {a} | {b} |" for a, b in rows]
    )
    print(header)
    print(table)
    if not args.quick:
        replace_section(ROOT / "docs" / "performance.md", "scale", f"{header}\n\n{table}\n")


if __name__ == "__main__":
    main()
