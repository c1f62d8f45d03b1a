"""Memory held by one loaded taxonomy, with and without its indexes; writes docs/embedding.md.

Run from the repository root:

    .venv/bin/python benchmarks/bench_memory.py          # bundled, and ESCO from ../shared/data
    .venv/bin/python benchmarks/bench_memory.py --quick  # bundled only, no file written

Each measurement runs in a fresh interpreter that has already imported
careermap and its dependencies, so only the taxonomy is counted:

- *Python objects*: ``tracemalloc``'s current total after loading, then after
  ranking one profile (which builds the name index, the transfer index, the
  scoring index and the identity); the YAML parse and other temporaries are
  freed by then, so this is what stays resident;
- *RSS*: the growth of the process's resident set (``VmRSS``) over the same
  steps, in a second interpreter without ``tracemalloc``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import replace_section

ROOT = Path(__file__).resolve().parents[1]
ESCO = ROOT.parent / "shared" / "data" / "esco-1.2.0"

PROBE = """
import gc, json, sys, tracemalloc
import careermap, numpy, rapidfuzz, pydantic, yaml
from careermap.resolve import resolver  # noqa: F401
from careermap.scoring import engine, model  # noqa: F401
mode, source = sys.argv[1], sys.argv[2]
if source == "esco":
    from careermap.importers import import_esco
    load = lambda: import_esco(sys.argv[3])
else:
    load = lambda: careermap.load_taxonomy()

def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024

def now():
    gc.collect()
    return tracemalloc.get_traced_memory()[0] if mode == "trace" else rss()

if mode == "trace":
    tracemalloc.start()
base = now()
taxonomy = load()
loaded = now()
skill = next(s.id for s in taxonomy.skills if any(
    r.skill == s.id for role in taxonomy.roles for r in role.requirements))
careermap.rank_careers([skill, "active listening"], taxonomy=taxonomy, limit=10)
indexed = now()
print(json.dumps({"loaded": loaded - base, "indexed": indexed - base,
                  "skills": len(taxonomy.skills), "roles": len(taxonomy.roles),
                  "requirements": sum(len(r.requirements) for r in taxonomy.roles)}))
"""


def probe(mode: str, source: str) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode, source, str(ESCO)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def mib(value: int) -> str:
    return f"{value / 2**20:.1f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="bundled only; write nothing")
    args = parser.parse_args()
    sources = [("bundled", "bundled")]
    if not args.quick and ESCO.exists():
        sources.append(("ESCO v1.2.0 (imported)", "esco"))
    lines = [
        "| taxonomy | size | Python objects: loaded | with indexes | RSS growth: loaded "
        "| with indexes |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for name, source in sources:
        traced = probe("trace", source)
        rss = probe("rss", source)
        size = (
            f"{traced['skills']:,} skills, {traced['roles']:,} roles, "
            f"{traced['requirements']:,} requirements"
        )
        row = (
            f"| {name} | {size} | {mib(traced['loaded'])} | {mib(traced['indexed'])} "
            f"| {mib(rss['loaded'])} | {mib(rss['indexed'])} |"
        )
        print(row, flush=True)
        lines.append(row)
    lines += ["", "Command: `.venv/bin/python benchmarks/bench_memory.py`", ""]
    if args.quick:
        print("\n".join(lines))
        return
    replace_section(ROOT / "docs" / "embedding.md", "memory", "\n".join(lines))


if __name__ == "__main__":
    main()
