"""Ranking quality on real taxonomies; writes its results into docs/performance.md.

For every occupation, its own requirements are the profile and the other
occupations are ranked (as ``similar_roles`` does). A good ranking puts
occupations of the same group near the top: for ESCO, the share of the top 10
that share the occupation's ISCO unit group (4 digits) and minor group (3
digits); for O*NET, the same 6-digit SOC prefix and the same major group.

Compared in the same run:

- careermap's score (coverage x utilisation, see docs/scoring.md);
- coverage alone: how much of each role's requirements the profile covers,
  the score that suffers from the hub effect;
- plain cosine similarity of the requirement vectors (binary), the baseline.

It also counts the hub effect: how many distinct occupations appear in all the
top-10 lists together, and how many lists the most frequent one appears in.

    .venv/bin/python benchmarks/quality.py           # writes docs/performance.md
    .venv/bin/python benchmarks/quality.py --quick   # a sample of 300 occupations, prints only
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

import careermap
from careermap.importers import import_esco, import_onet
from careermap.scoring.engine import scoring_index

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import replace_section

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
K = 10


def top_k(values: np.ndarray, exclude: int, k: int = K) -> list[int]:
    """Indices of the k largest values other than *exclude*, ties broken by index."""
    values = values.copy()
    values[exclude] = -np.inf
    order = np.lexsort((np.arange(len(values)), -values))
    return [int(i) for i in order[:k] if values[i] > 0]


def evaluate(
    taxonomy: careermap.Taxonomy,
    groups: Sequence[Callable[[careermap.Role], str]],
    sample: Sequence[int],
) -> dict[str, list[float]]:
    index = scoring_index(taxonomy)
    roles = taxonomy.roles
    # Binary requirement matrix for the cosine baseline.
    matrix = np.zeros((len(roles), index.n_skills))
    matrix[index.req_role, index.req_skill] = 1.0
    norms = np.linalg.norm(matrix, axis=1)
    results: dict[str, list[float]] = {}
    hubs: dict[str, Counter[int]] = {}
    for method in ("careermap score", "coverage only", "cosine baseline"):
        hits = [[] for _ in groups]
        seen: Counter[int] = Counter()
        for i in sample:
            role = roles[i]
            if method == "cosine baseline":
                values = matrix @ matrix[i] / (norms * norms[i])
            else:
                profile = {req.skill: req.level for req in role.requirements}
                scores = index.score(profile)
                values = scores.score if method == "careermap score" else scores.coverage
            chosen = top_k(values, i)
            seen.update(chosen)
            for g, group in enumerate(groups):
                mine = group(role)
                hits[g].append(sum(group(roles[j]) == mine for j in chosen) / K if chosen else 0.0)
        results[method] = [float(np.mean(h)) for h in hits]
        hubs[method] = seen
    for method, seen in hubs.items():
        most, count = seen.most_common(1)[0]
        results[method] += [len(seen), count, roles[most].title]  # type: ignore[list-item]
    return results


def table(name: str, columns: Sequence[str], results: dict[str, list[float]], n: int) -> str:
    head = ["method", *columns, "distinct roles in all top-10s", "most frequent role (lists)"]
    lines = [
        f"**{name}**: {n:,} occupations, each ranked against all others, top {K}.",
        "",
        "| " + " | ".join(head) + " |",
        "|" + " --- |" * len(head),
    ]
    for method, values in results.items():
        shares = [f"{v:.1%}" for v in values[: len(columns)]]
        distinct, count, title = values[len(columns) :]
        lines.append(
            f"| {method} | " + " | ".join(shares) + f" | {distinct:,} | {title} ({count:,}) |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a sample; do not write docs")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    sections = []
    start = time.perf_counter()

    esco = import_esco(DATA / "esco-1.2.0")
    sample = list(range(len(esco.roles)))
    if args.quick:
        sample = sorted(rng.choice(len(sample), 300, replace=False).tolist())
    results = evaluate(
        esco,
        [lambda r: r.codes["isco"][:4], lambda r: r.codes["isco"][:3]],
        sample,
    )
    sections.append(
        table(
            "ESCO v1.2.0", ["same ISCO unit group", "same ISCO minor group"], results, len(sample)
        )
    )

    onet = import_onet(DATA / "onet-29.3")
    sample = list(range(len(onet.roles)))
    if args.quick:
        sample = sorted(rng.choice(len(sample), 300, replace=False).tolist())
    results = evaluate(
        onet,
        [lambda r: (r.onet_soc or "")[:7], lambda r: (r.onet_soc or "")[:2]],
        sample,
    )
    sections.append(
        table("O*NET 29.3", ["same 6-digit SOC", "same SOC major group"], results, len(sample))
    )
    body = (
        f"Measured {time.strftime('%Y-%m-%d')} in {time.perf_counter() - start:.0f} s. "
        "Command: `.venv/bin/python benchmarks/quality.py`.\n\n" + "\n".join(sections)
    )
    print(body)
    if not args.quick:
        replace_section(ROOT / "docs" / "performance.md", "quality", body)


if __name__ == "__main__":
    main()
