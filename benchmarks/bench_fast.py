"""The fast paths of issue 12 on full ESCO and O*NET, each against a floor from the same run.

Run from the repository root (needs ../shared/data, and scipy for the floors):

    .venv/bin/python benchmarks/bench_fast.py                 # this checkout, printed
    .venv/bin/python benchmarks/bench_fast.py --before OLD/src --write
        # the same measures on another source tree too, both written into
        # docs/performance.md

Both trees are measured the same way, in turns, so a slow minute on this shared
machine falls on both: the rows timed inside a process run in a fresh child process
of this script with one tree on ``PYTHONPATH`` (its own empty disk cache), before then
after, ``--rounds`` times (ABAB...); the fresh-process rows (issue 12's warm load,
``careermap match``) alternate per process, each tree running the row's floor then the
row, ``--fresh`` times, on ESCO compiled and dumped by that tree. Each row reports, per
tree, the median and its ratio to the row's floor, then after / before (the ratio of
the two medians) with the lowest and highest ratio of one turn's pair: a ratio whose
range straddles 1.0 is no change. ``--after`` names the second tree (by
default the one this script imports), so ``--before X --after X`` measures the
harness itself: every ratio should be near 1.0.

Every timing is a median over repeats; the floors are what the same work costs
with nothing but numpy, scipy or rapidfuzz: a CSR mat-vec plus an
``argpartition`` top 10 for ranking (the profile's 20 positions from dictionary
look-ups), a sparse mat-mat for a batch, dictionary look-ups plus one
``process.cdist`` over the misses for resolving, a dense cosine for similar roles,
``import numpy`` for a fresh process, and for ESCO loaded from YAML, PyYAML's C
loader parsing the same files with the garbage collector off.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import careermap
from careermap.base.text import match_key, normalize
from careermap.importers import import_esco, import_onet
from careermap.scoring.engine import scoring_index

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_hot, median_of, warm  # noqa: E402 - benchmarks/ is on the path for scripts


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


def measure(repeats: int) -> list[tuple[str, float, float]]:
    """Every row: (measure, median ms, floor ms from the same run)."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415
    from scipy.sparse import csr_matrix  # noqa: PLC0415 - optional, benchmarks only
    from timing import requirement_matrix  # noqa: PLC0415 - benchmarks/ is on the path

    rows: list[tuple[str, float, float]] = []
    esco = import_esco(DATA / "esco-1.2.0")
    engine, matrix = requirement_matrix(esco)

    def floor_rank(profile: dict[str, int]) -> object:
        vector = np.zeros(engine.n_skills)
        for skill, level in profile.items():
            vector[engine.skill_pos[skill]] = level / 5
        scores = matrix @ vector
        return np.argpartition(-scores, 10)[:10]

    bench = profiles(esco, repeats, seed=0)
    ids = [list(p.items()) for p in bench]
    warm(lambda i: [m.to_dict() for m in careermap.rank_careers(ids[i], taxonomy=esco)], repeats)
    floor = median_of(lambda i: floor_rank(bench[i]), repeats)
    call = median_of(lambda i: careermap.rank_careers(ids[i], taxonomy=esco), repeats)
    rows.append(("rank_careers, 20 ids, top 10", call, floor))
    read = median_of(
        lambda i: [m.to_dict() for m in careermap.rank_careers(ids[i], taxonomy=esco)],
        repeats,
    )
    rows.append(("  the same, and to_dict() of all 10 matches", read, floor))
    hot_floor = median_hot(lambda i: floor_rank(bench[i]), repeats)
    hot = median_hot(lambda i: careermap.rank_careers(ids[i], taxonomy=esco), repeats)
    rows.append(("rank_careers, back to back (no gc.collect() before each)", hot, hot_floor))
    hot_read = median_hot(
        lambda i: [m.to_dict() for m in careermap.rank_careers(ids[i], taxonomy=esco)],
        repeats,
    )
    rows.append(("  the same back to back, and to_dict() of all 10", hot_read, hot_floor))

    batch = profiles(esco, 2_000, seed=1)
    items = [list(p.items()) for p in batch]
    for _ in careermap.rank_many(items, taxonomy=esco, limit=10):  # warm, as the rows above
        pass
    t0 = time.perf_counter()
    for _ in careermap.rank_many(items, taxonomy=esco, limit=10):
        pass
    many = (time.perf_counter() - t0) * 1000 / len(items)

    def floor_many() -> object:
        cols = np.array([engine.skill_pos[s] for p in batch for s in p], dtype=np.int64)
        vals = np.array([level / 5 for p in batch for level in p.values()])
        rows_of = np.repeat(np.arange(len(batch)), [len(p) for p in batch])
        people = csr_matrix((vals, (rows_of, cols)), shape=(len(batch), engine.n_skills))
        product = (matrix @ people.T).toarray()
        return np.argpartition(-product, 10, axis=0)[:10]

    floor_many()  # warm too
    t0 = time.perf_counter()
    floor_many()
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
    warm(lambda i: careermap.similar_roles(roles[i], taxonomy=onet), 50)
    warmed = median_of(lambda i: careermap.similar_roles(roles[i % 50], taxonomy=onet), 50)
    onet_engine = scoring_index(onet)
    vectors = np.zeros((onet_engine.n_roles, onet_engine.n_skills))
    vectors[onet_engine.req_role, onet_engine.req_skill] = onet_engine.req_weight
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    cosine = median_of(lambda i: np.argpartition(-(vectors @ vectors[i]), 10)[:10], 50)
    rows.append(("similar_roles on O*NET, first call", first, cosine))
    rows.append(("similar_roles on O*NET, warm", warmed, cosine))
    hot_warm = median_hot(lambda i: careermap.similar_roles(roles[i % 50], taxonomy=onet), 50)
    hot_cosine = median_hot(lambda i: np.argpartition(-(vectors @ vectors[i]), 10)[:10], 50)
    rows.append(("similar_roles on O*NET, warm, back to back", hot_warm, hot_cosine))
    if CACHED:
        # The same first call on O*NET read again from the disk cache (as a new process would).
        again = import_onet(DATA / "onet-29.3")
        t0 = time.perf_counter()
        careermap.similar_roles(held, taxonomy=again)
        cached_first = (time.perf_counter() - t0) * 1000
        rows.append(("similar_roles on O*NET, first call, cache warm", cached_first, cosine))

    return rows


LOAD = """
import sys
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
careermap.rank_careers([(s.id, 3) for s in taxonomy.skills[:20]], taxonomy=taxonomy)
"""

PARSE = """
import gc, sys
from pathlib import Path
import yaml
gc.disable()
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""

APP = """
import sys
import careermap
taxonomy = careermap.load_taxonomy(sys.argv[1])
ids = [s.id for s in taxonomy.skills[:400]]
for i in range(20):
    profile = [(skill, 1 + (i + k) % 5) for k, skill in enumerate(ids[i * 20 : i * 20 + 20])]
    [m.to_dict() for m in careermap.rank_careers(profile, taxonomy=taxonomy)]
"""

#: Appended to a child's code: its peak RSS in MB, on the last line. Linux: VmHWM, as
#: ru_maxrss keeps the parent's peak across fork and exec; elsewhere ru_maxrss.
RSS = """
import resource, sys
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
except OSError:
    scale = 1024 if sys.platform == "darwin" else 1  # bytes on macOS, KiB elsewhere
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
print(peak / 1024)
"""

#: Whether the tree measured has the disk cache (older trees measure the rows they have).
CACHED = importlib.util.find_spec("careermap.taxonomy.store") is not None


#: Saves ESCO compiled and dumped as YAML by the tree on ``PYTHONPATH`` (its own formats).
SETUP = """
import sys
from pathlib import Path
import careermap
from careermap.importers import import_esco
esco = import_esco(sys.argv[1], cache=False)
careermap.save_compiled(esco, Path(sys.argv[2]) / "esco.json")
careermap.dump_taxonomy(esco, Path(sys.argv[2]) / "esco-yaml")
"""

MATCH = """
import runpy, sys
sys.argv = ["careermap", "match", "active listening", "CBT"]
try:
    runpy.run_module("careermap", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
"""


def process(tree: Path, code: str, args: list[str], cache: str | Path) -> tuple[float, float]:
    """Wall time (ms) and peak RSS (MB) of one fresh process running *code* on *tree*."""
    env = {**os.environ, "PYTHONPATH": str(tree), "CAREERMAP_CACHE_DIR": str(cache)}
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code + RSS, *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    elapsed = (time.perf_counter() - t0) * 1000
    return elapsed, float(done.stdout.strip().splitlines()[-1])


Row = tuple[str, float, float]


def fresh_rows(trees: list[Path], repeats: int, tmp: Path) -> list[list[list[Row]]]:
    """The fresh-process rows: per tree, per repeat, its rows, the trees alternated per process.

    Each repeat runs, for each tree in turn, the row's process and its floor's, so a
    tree's value and floor come from the same minute and the trees' from adjacent ones.
    """
    homes = [tmp / f"tree{i}" for i in range(len(trees))]
    cached = []
    for tree, home in zip(trees, homes, strict=True):
        home.mkdir()
        env = {**os.environ, "PYTHONPATH": str(tree), "CAREERMAP_CACHE_DIR": "off"}
        command = [sys.executable, "-c", SETUP, str(DATA / "esco-1.2.0"), str(home)]
        subprocess.run(command, env=env, check=True, capture_output=True)
        has_store = [sys.executable, "-c", "import careermap.taxonomy.store"]
        cached.append(
            subprocess.run(has_store, check=False, env=env, capture_output=True).returncode == 0
        )
        for _ in range(2):  # writes the entry, then adds the indexes to it
            process(tree, LOAD, [str(home / "esco.json")], home / "warm")
        process(tree, MATCH, [], home / "match")  # the bundled taxonomy's entry
    floor = "import numpy"
    # (row, code, args, cache, cold, floor code, RSS row, needs the disk cache)
    plan: list[tuple[str, str, str, str, bool, str, str | None, bool]] = [
        ("fresh process: load compiled ESCO, rank once", LOAD, "esco.json", "off", False,
         floor, "peak RSS (MB): load compiled ESCO, rank once", False),
        ("  the same, cache cold (writes the entry)", LOAD, "esco.json", "cold", True,
         floor, "peak RSS (MB): the same, cache cold", True),
        ("  the same, cache warm (reads it)", LOAD, "esco.json", "warm", False,
         floor, "peak RSS (MB): the same, cache warm", True),
        ("  an app: warm load, 20 rankings read whole", APP, "esco.json", "warm", False,
         floor, "peak RSS (MB): the app, cache warm", True),
        ("fresh process: load ESCO from YAML, rank once (cache off)", LOAD, "esco-yaml", "off",
         False, PARSE, "peak RSS (MB): load ESCO from YAML (cache off)", False),
        ("fresh process: careermap match 'active listening' 'CBT'", MATCH, "", "match", False,
         floor, None, False),
    ]  # fmt: skip
    out: list[list[list[Row]]] = [[[] for _ in range(repeats)] for _ in trees]
    for name, code, arg, cache, cold, floor_code, rss_name, needs_store in plan:
        print(f"fresh processes: {name.strip()}", file=sys.stderr, flush=True)
        for k in range(repeats):
            for i, (tree, home) in enumerate(zip(trees, homes, strict=True)):
                if needs_store and not cached[i]:
                    continue
                if cold:
                    shutil.rmtree(home / "cold", ignore_errors=True)
                args = [str(home / arg)] if arg else []
                base, base_rss = process(tree, floor_code, args, "off")
                value, rss = process(tree, code, args, cache if cache == "off" else home / cache)
                out[i][k].append((name, value, base))
                if rss_name is not None:
                    out[i][k].append((rss_name, rss, base_rss))
    return out


def measure_tree(tree: Path, repeats: int) -> list[Row]:
    """Every row measured in a fresh child process that imports careermap from *tree*."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [sys.executable, __file__, "--json", "--repeats", str(repeats)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]  # type: ignore[misc]


def table(before: list[list[Row]] | None, after: list[list[Row]]) -> str:
    """Markdown: per row, each tree's median over the rounds, its ratio to the floor,
    and after / before with the range of the rounds' pairs."""

    def medians(runs: list[list[Row]]) -> dict[str, tuple[float, float, list[float]]]:
        values: dict[str, list[float]] = {}
        ratios: dict[str, list[float]] = {}
        for run in runs:
            for name, value, floor in run:
                values.setdefault(name, []).append(value)
                ratios.setdefault(name, []).append(value / floor)
        return {
            name: (statistics.median(found), statistics.median(ratios[name]), found)
            for name, found in values.items()
        }

    new = medians(after)
    if before is None:
        lines = ["| measure | median | x floor | range |", "| --- |" + " ---: |" * 3]
        for name, (value, ratio, found) in new.items():
            unit = " MB" if name.startswith("peak RSS") else " ms"
            spread = f"{min(found):.2f} to {max(found):.2f}"
            lines.append(f"| {name} | {value:.2f}{unit} | {ratio:.1f}x | {spread} |")
        return "\n".join(lines)
    old = medians(before)
    head = "| measure | before | x floor | after | x floor | after / before | range of pairs |"
    lines = [head, "| --- |" + " ---: |" * 6]
    for name, (value, ratio, found) in new.items():
        unit = " MB" if name.startswith("peak RSS") else " ms"
        if name not in old:
            lines.append(f"| {name} | | | {value:.2f}{unit} | {ratio:.1f}x | | |")
            continue
        was, was_ratio, was_found = old[name]
        pairs = [a / b for a, b in zip(found, was_found, strict=False)]
        lines.append(
            f"| {name} | {was:.2f}{unit} | {was_ratio:.1f}x | {value:.2f}{unit} | {ratio:.1f}x "
            f"| {value / was:.2f} | {min(pairs):.2f} to {max(pairs):.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=60, help="calls per in-process row")
    parser.add_argument(
        "--rounds", type=int, default=3, help="child processes per tree, alternated"
    )
    parser.add_argument(
        "--fresh", type=int, default=5, help="fresh processes per tree and row, alternated"
    )
    parser.add_argument("--before", help="another src/ tree to measure the same way")
    parser.add_argument("--after", help="the second tree (default: the one imported here)")
    parser.add_argument("--write", action="store_true", help="write docs/performance.md")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        with tempfile.TemporaryDirectory() as tmp:  # never the user's cache
            os.environ["CAREERMAP_CACHE_DIR"] = tmp
            print(json.dumps(measure(args.repeats)))
        return
    after_tree = Path(args.after or Path(careermap.__file__).parents[1]).resolve()
    trees = [*([Path(args.before).resolve()] if args.before else []), after_tree]
    # Bytecode for both trees, as an installed package has: a fresh process would
    # otherwise compile every module it imports (PYTHONDONTWRITEBYTECODE is often set).
    for tree in trees:
        compileall.compile_dir(tree, quiet=1)
    before: list[list[Row]] | None = [] if args.before else None
    after: list[list[Row]] = []
    for turn in range(args.rounds):  # before, after, before, after... (rows in a process)
        for tree, runs in zip(
            trees, [*([before] if before is not None else []), after], strict=True
        ):
            print(f"round {turn + 1}/{args.rounds}: {tree}", file=sys.stderr, flush=True)
            runs.append(measure_tree(tree, args.repeats))
    with tempfile.TemporaryDirectory() as tmp:  # never the user's cache
        fresh = fresh_rows(trees, args.fresh, Path(tmp))
    if before is not None:
        before += fresh[0]
    after += fresh[-1]
    header = (
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
        f"CPython {platform.python_version()}, numpy {np.__version__}. Medians: of "
        f"{args.rounds} child processes per tree for the rows timed in a process, of "
        f"{args.fresh} per tree for the fresh-process rows; the trees alternated, each "
        "floor from the same process or minute; after / before with the range over the "
        "pairs. Command: `OPENBLAS_NUM_THREADS=1 .venv/bin/python "
        "benchmarks/bench_fast.py --before <old src> --write`."
    )
    text = table(before, after)
    print(header)
    print(text)
    if args.write:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from report import replace_section  # noqa: PLC0415 - a sibling script

        replace_section(ROOT / "docs" / "performance.md", "fast", f"{header}\n\n{text}\n")


if __name__ == "__main__":
    main()
