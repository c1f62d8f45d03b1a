"""Ranking quality against O*NET's expert Related Occupations (development half) and ESCO.

Everything is measured on the **development half** of O*NET 29.3's Related
Occupations (``../shared/data/onet-29.3-related-dev``, 461 source occupations;
the other half is withheld for independent evaluation). That half is split by
a fixed hash of the occupation code into a **fit** part (where the few named
constants of the model were chosen: ``IMPORTANCE_POWER`` in the O*NET importer,
``CONTEXT_WEIGHTS`` in ``careermap/scoring/context.py``, the blend weight of the
cosine + interests baseline and the cosine + context baseline's own weights) and a
**report** part (never used to choose anything). Figures are printed for both; the
report part is the honest one.

For each source occupation, the Primary tiers of its related list are the
relevant answers: recall@10 = hits in the top 10 / min(10, #related), MRR =
1 / rank of the first hit in the whole ranking.

Methods, computed in the same run:

- careermap: ``similar_roles`` scoring (graded skills, interests, job zone,
  education, title/description text, with the library's constants);
- careermap, skills only (no context term);
- cosine over the Skills+Knowledge Importance vectors (every unsuppressed rating);
- cosine + interests: ``a * cosine + (1 - a) * interest similarity``, *a* fit on
  the fit part;
- cosine + context: the cosine in the place of careermap's skills score, blended with
  the same context terms at the same weights (``blend``), and with its own weights
  chosen by the same grid search on the fit part (``CONTEXT_GRID``): the fair
  baseline for the skills score, since the context terms are common to both.

Simulated persons: an occupation's top-k elements by importance (k = 5, 10, 20)
at their levels (rounded to the whole level a person would give), with no
context, ranked by ``rank_careers``' scoring against the cosine of the same k
Importance values; the occupation itself is left out and its related list is the
answer. The same persons give the calibration of the score bands: how their own
occupation, its related ones, and all others score.

With ``careermap[semantic]`` installed, one more row each: the same blend plus an
embedding term, the cosine of the (WordLlama) embeddings of the two roles' title
and description, weight *s* fit on the fit part (the library's own weights are
unchanged; the term is not part of the library's score). Without the extra, the
row says so.

ESCO: for every occupation, the share of its top 10 (as ``similar_roles`` ranks
them) in its own ISCO unit group (4 digits), against cosine over the binary
requirement vectors; with the weights the ESCO importer records (``Taxonomy.scoring``:
text and skill groups) and, for comparison, with the shared O*NET weights. ESCO's
occupations are split by a fixed hash of their concept URI into a fit part, where
``--fit-esco`` chose ESCO's weights, and a report part. The ISCO group is not used
by the score (role to role it would be circular: the answer's own group as a
feature), nor is ESCO's occupation hierarchy, which encodes it.

    .venv/bin/python benchmarks/quality.py          # prints, and writes docs/performance.md
    .venv/bin/python benchmarks/quality.py --fit    # the grid search on the fit part only
    .venv/bin/python benchmarks/quality.py --quick  # O*NET only, prints only
    .venv/bin/python benchmarks/quality.py --fit-esco  # ESCO's grid search, its fit part only
    .venv/bin/python benchmarks/quality.py --esco   # the ESCO table only, prints only
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np

import careermap
import careermap.importers._onet as onet_module
from careermap.base.errors import MissingExtraError
from careermap.importers import import_esco, import_onet
from careermap.resolve.embed import load_encoder
from careermap.results.bands import BANDS, band
from careermap.scoring.context import (
    CONTEXT_WEIGHTS,
    TERMS,
    Similarities,
    blend,
    context_index,
)
from careermap.scoring.engine import scoring_index
from careermap.scoring.model import role_uses, whole_level

sys.path.insert(0, str(Path(__file__).resolve().parent))
from report import replace_section

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ONET = DATA / "onet-29.3"
RELATED = DATA / "onet-29.3-related-dev" / "Related Occupations.txt"
K = 10
PERSON_KS = (5, 10, 20)


def part(code: str) -> str:
    """The fixed split of the development half: 'fit' or 'report'."""
    return "fit" if hashlib.sha256(code.encode()).digest()[0] % 2 == 0 else "report"


def read_related() -> dict[str, list[str]]:
    related: dict[str, list[str]] = {}
    with RELATED.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            if row["Relatedness Tier"].startswith("Primary"):
                related.setdefault(row["O*NET-SOC Code"], []).append(row["Related O*NET-SOC Code"])
    return related


def importance_matrix(taxonomy: careermap.Taxonomy) -> np.ndarray:
    """Role x skill matrix of O*NET Importance (IM) for the cosine baselines."""
    index = scoring_index(taxonomy)
    role_pos = {r.onet_soc: i for i, r in enumerate(taxonomy.roles)}
    matrix = np.zeros((len(taxonomy.roles), index.n_skills))
    for name in ("Skills.txt", "Knowledge.txt"):
        with (ONET / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["Scale ID"] != "IM" or row["Recommend Suppress"] == "Y":
                    continue
                i = role_pos.get(row["O*NET-SOC Code"])
                skill = index.skill_pos.get(f"onet.{row['Element ID'].lower()}")
                if i is not None and skill is not None:
                    matrix[i, skill] = float(row["Data Value"])
    return matrix


def cosine_rows(matrix: np.ndarray, queries: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1)
    qn = np.linalg.norm(queries, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.nan_to_num((queries @ matrix.T) / np.outer(qn, norms))


def rank_metrics(values: np.ndarray, exclude: int, relevant: set[int]) -> tuple[float, float]:
    """recall@K and reciprocal rank of the first relevant role; ties by position."""
    values = values.copy()
    values[exclude] = -np.inf
    order = np.lexsort((np.arange(len(values)), -values))
    order = order[order != exclude]
    hits = sum(1 for i in order[:K] if i in relevant)
    first = next((r for r, i in enumerate(order, start=1) if i in relevant), None)
    return hits / min(K, len(relevant)), (1.0 / first if first else 0.0)


def mean_metrics(
    scores: Mapping[int, np.ndarray], relevant: Mapping[int, set[int]], which: Sequence[int]
) -> tuple[float, float]:
    pairs = [rank_metrics(scores[i], i, relevant[i]) for i in which]
    return float(np.mean([p[0] for p in pairs])), float(np.mean([p[1] for p in pairs]))


class Onet:
    """The O*NET taxonomy, the development half and the arrays every method needs."""

    def __init__(self, power: float | None = None) -> None:
        if power is not None:
            onet_module.IMPORTANCE_POWER = power  # type: ignore[assignment]
        self.taxonomy = import_onet(ONET)
        roles = self.taxonomy.roles
        self.engine = scoring_index(self.taxonomy)
        self.context = context_index(self.taxonomy)
        pos = {r.onet_soc: i for i, r in enumerate(roles)}
        self.relevant: dict[int, set[int]] = {}
        for code, related in read_related().items():
            found = {pos[c] for c in related if c in pos}
            if code in pos and found:
                self.relevant[pos[code]] = found
        self.parts = {
            name: sorted(i for i in self.relevant if part(roles[i].onet_soc or "") == name)
            for name in ("fit", "report")
        }
        self.importance = importance_matrix(self.taxonomy)

    def skills(self, i: int) -> np.ndarray:
        role = self.taxonomy.roles[i]
        profile = {req.skill: req.level for req in role.requirements}
        return self.engine.score(profile, role_uses(role)).score

    def sims(self, i: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return self.context.similarities(self.context.role_query(i))

    def person(self, i: int, k: int) -> tuple[np.ndarray, np.ndarray]:
        """careermap's and cosine's scores for the person holding role i's top-k elements."""
        role = self.taxonomy.roles[i]
        uses = role_uses(role)
        top = sorted(role.requirements, key=lambda r: (-uses[r.skill], r.skill))[:k]
        ours = self.engine.score({r.skill: whole_level(r.level) for r in top}).score
        query = np.zeros(self.engine.n_skills)
        for r in top:
            query[self.engine.skill_pos[r.skill]] = self.importance[
                i, self.engine.skill_pos[r.skill]
            ]
        theirs = cosine_rows(self.importance, query[None, :])[0]
        return ours, theirs


def embeddings(taxonomy: careermap.Taxonomy) -> np.ndarray | None:
    """Unit embeddings of every role's title and description, or None without the extra."""
    try:
        encoder = load_encoder()
    except MissingExtraError:
        return None
    texts = [f"{role.title}. {role.description}" for role in taxonomy.roles]
    return np.asarray(encoder.encode(texts), dtype=np.float64)


def with_semantic(
    blended: np.ndarray, skills: np.ndarray, vectors: np.ndarray, i: int, s: float
) -> np.ndarray:
    """Add the embedding term with weight *s*: ``(1 - weights - s) * skills + ... + s * sim``."""
    sim = np.clip(vectors @ vectors[i], 0.0, 1.0)
    return np.where(skills > 0, blended - s * skills + s * sim, 0.0)


SEMANTIC_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)


def fit_semantic(
    blended: Mapping[int, np.ndarray],
    skills: Mapping[int, np.ndarray],
    vectors: np.ndarray,
    score: Callable[[Mapping[int, np.ndarray]], float],
    which: Sequence[int],
) -> float:
    """The embedding term's weight that scores best on the fit part (*which*)."""
    best = (-1.0, 0.0)
    for s in SEMANTIC_GRID:
        found = {i: with_semantic(blended[i], skills[i], vectors, i, s) for i in which}
        best = max(best, (score(found), -s))
    return -best[1]


NO_EXTRA = "not measured: needs `careermap[semantic]`"


def interest_sim(onet: Onet, i: int) -> np.ndarray:
    found = onet.sims(i).get("interests")
    return found[0] * found[1] if found else np.zeros(onet.engine.n_roles)


def fit_interest_blend(onet: Onet, cosine: Mapping[int, np.ndarray]) -> float:
    best = (-1.0, 0.0)
    interests = {i: interest_sim(onet, i) for i in onet.parts["fit"]}
    for a in np.arange(0.5, 1.0001, 0.05):
        blended = {i: a * cosine[i] + (1 - a) * interests[i] for i in onet.parts["fit"]}
        recall, mrr = mean_metrics(blended, onet.relevant, onet.parts["fit"])
        best = max(best, (recall + mrr / 2, round(float(a), 2)))
    return best[1]


#: The grid of O*NET's context weights (``--fit``, and the cosine + context baseline's fit).
CONTEXT_GRID: Mapping[str, tuple[float, ...]] = {
    "interests": (0.0, 0.05, 0.1, 0.15, 0.2),
    "job_zone": (0.0, 0.05, 0.1, 0.15),
    "education": (0.0, 0.05, 0.1),
    "text": (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7),
}


def fit_context(
    base: Mapping[int, np.ndarray],
    sims: Mapping[int, Similarities],
    relevant: Mapping[int, set[int]],
    which: Sequence[int],
) -> dict[str, float]:
    """The context weights over *base* scores that score best on *which* (the fit part).

    The objective is ``--fit``'s (recall@10 + MRR / 2); ties go to the first in grid order.
    """
    best: tuple[float, dict[str, float]] = (-1.0, {})
    for values in itertools.product(*(CONTEXT_GRID[t] for t in TERMS if t in CONTEXT_GRID)):
        weights = dict(zip([t for t in TERMS if t in CONTEXT_GRID], values, strict=True))
        scores = {i: blend(base[i], sims[i], weights)[0] for i in which}
        recall, mrr = mean_metrics(scores, relevant, which)
        if recall + mrr / 2 > best[0]:
            best = (recall + mrr / 2, weights)
    return best[1]


def weights_text(weights: Mapping[str, float]) -> str:
    """``interests 0.2, job zone 0.05, ...``: the terms with a weight above 0."""
    return ", ".join(f"{t.replace('_', ' ')} {w:g}" for t, w in weights.items() if w > 0)


def fit(powers: Sequence[float]) -> None:
    """Grid search of IMPORTANCE_POWER and CONTEXT_WEIGHTS on the fit part only."""
    grid = CONTEXT_GRID
    results = []
    for power in powers:
        onet = Onet(power)
        which = onet.parts["fit"]
        skills = {i: onet.skills(i) for i in which}
        sims = {i: onet.sims(i) for i in which}
        print(f"power {power}: skills only {mean_metrics(skills, onet.relevant, which)}")
        for values in itertools.product(*grid.values()):
            weights = dict(zip(grid, values, strict=True))
            scores = {i: blend(skills[i], sims[i], weights)[0] for i in which}
            recall, mrr = mean_metrics(scores, onet.relevant, which)
            results.append((recall + mrr / 2, recall, mrr, power, weights))
    results.sort(key=lambda r: -r[0])
    for objective, recall, mrr, power, weights in results[:10]:
        print(f"{objective:.4f} recall@10 {recall:.3f} MRR {mrr:.3f} power {power} {weights}")


def onet_tables() -> tuple[str, dict[str, list[float]]]:
    onet = Onet()
    n = onet.engine.n_roles
    everyone = sorted(onet.relevant)
    cosine = {i: cosine_rows(onet.importance, onet.importance[i][None, :])[0] for i in everyone}
    a = fit_interest_blend(onet, cosine)
    skills = {i: onet.skills(i) for i in everyone}
    sims = {i: onet.sims(i) for i in everyone}
    own = fit_context(cosine, sims, onet.relevant, onet.parts["fit"])
    methods: dict[str, Callable[[int], np.ndarray]] = {
        "careermap (skills + context)": lambda i: blend(skills[i], sims[i])[0],
        "careermap, skills only": lambda i: skills[i],
        "cosine (Skills+Knowledge importance)": lambda i: cosine[i],
        f"cosine + interests (a = {a:g}, fit)": lambda i: (
            a * cosine[i] + (1 - a) * interest_sim(onet, i)
        ),
        "cosine + careermap's context terms, same weights": lambda i: blend(
            cosine[i], sims[i], CONTEXT_WEIGHTS
        )[0],
        f"cosine + context terms, own weights ({weights_text(own)}; fit)": lambda i: blend(
            cosine[i], sims[i], own
        )[0],
    }
    vectors = embeddings(onet.taxonomy)
    semantic_name = "careermap + semantic embeddings (needs the semantic extra)"
    if vectors is not None:
        blended = {i: blend(skills[i], sims[i])[0] for i in everyone}

        def objective(found: Mapping[int, np.ndarray]) -> float:
            recall, mrr = mean_metrics(found, onet.relevant, onet.parts["fit"])
            return recall + mrr / 2

        s = fit_semantic(blended, skills, vectors, objective, onet.parts["fit"])
        semantic_name = (
            f"careermap + semantic embeddings (needs the semantic extra; s = {s:g}, fit)"
        )
        methods[semantic_name] = lambda i: with_semantic(blended[i], skills[i], vectors, i, s)
    lines = [
        f"**Role to role, O*NET 29.3** ({n} occupations ranked; development half: "
        f"{len(onet.parts['fit'])} fit + {len(onet.parts['report'])} report source "
        "occupations; Primary tiers as the answer).",
        "",
        "| method | recall@10 (report) | MRR (report) | recall@10 (fit) | MRR (fit) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    figures: dict[str, list[float]] = {}
    for name, method in methods.items():
        scores = {i: method(i) for i in everyone}
        row = [*mean_metrics(scores, onet.relevant, onet.parts["report"])]
        row += [*mean_metrics(scores, onet.relevant, onet.parts["fit"])]
        figures[name] = row
        lines.append(f"| {name} | " + " | ".join(f"{v:.3f}" for v in row) + " |")
    if vectors is None:
        lines.append(f"| {semantic_name} | {NO_EXTRA} | | | |")

    lines += [
        "",
        "**Simulated persons** (an occupation's top-k elements by importance at their "
        "levels, rounded to whole levels as a person gives them, no context; the occupation "
        "itself left out; its related list is the answer; report part).",
        "",
        "| k | careermap recall@10 | careermap MRR | cosine recall@10 | cosine MRR |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    calibration: dict[str, list[float]] = {"own": [], "related": [], "other": []}
    which = onet.parts["report"]
    for k in PERSON_KS:
        ours: dict[int, np.ndarray] = {}
        theirs: dict[int, np.ndarray] = {}
        for i in everyone:
            ours[i], theirs[i] = onet.person(i, k)
            if k == K and part(onet.taxonomy.roles[i].onet_soc or "") == "fit":
                calibration["own"].append(float(ours[i][i]))
                calibration["related"] += [float(ours[i][j]) for j in onet.relevant[i]]
                others = np.ones(n, dtype=bool)
                others[[i, *onet.relevant[i]]] = False
                calibration["other"] += ours[i][others].tolist()
        row = [
            *mean_metrics(ours, onet.relevant, which),
            *mean_metrics(theirs, onet.relevant, which),
        ]
        figures[f"person k={k}"] = row
        lines.append(f"| {k} | " + " | ".join(f"{v:.3f}" for v in row) + " |")

    lines += [
        "",
        "**Score bands** on the same simulated persons (k = 10, fit part): the share of scores "
        "in each band, for the person's own occupation, its related occupations, and all others.",
        "",
        "| band | threshold | own occupation | related | others |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    bands = {name: [band(s) for s in values] for name, values in calibration.items()}
    for name, threshold in BANDS:
        shares = [f"{bands[c].count(name) / len(bands[c]):.1%}" for c in calibration]
        lines.append(f"| {name} | {threshold:g} | " + " | ".join(shares) + " |")
    medians = ", ".join(f"{c} {np.median(v):.2f}" for c, v in calibration.items())
    lines += ["", f"Median scores: {medians}."]
    figures["semantic weight"] = [s if vectors is not None else -1.0]
    return "\n".join(lines) + "\n", figures


def esco_part(uri: str) -> str:
    """The fixed split of ESCO's occupations by their concept URI: 'fit' or 'report'."""
    return part(uri)


class Esco:
    """ESCO, and per occupation the arrays every ESCO method needs (computed role by role)."""

    def __init__(self) -> None:
        self.taxonomy = import_esco(DATA / "esco-1.2.0")
        self.engine = scoring_index(self.taxonomy)
        self.context = context_index(self.taxonomy)
        roles = self.taxonomy.roles
        self.group = np.array([r.codes["isco"][:4] for r in roles])
        self.part = np.array([esco_part(r.codes["esco"]) for r in roles])
        # Binary vectors: the dot products are shared-requirement counts (one sparse pass).
        counts = np.bincount(self.engine.req_role, minlength=len(roles))
        self.norms = np.sqrt(counts.astype(float))

    def rows(self) -> Iterator[tuple[int, np.ndarray, Similarities, np.ndarray]]:
        """Each occupation's position, skills scores, context similarities and cosines."""
        engine, roles = self.engine, self.taxonomy.roles
        for i, role in enumerate(roles):
            profile = {req.skill: req.level for req in role.requirements}
            skills = engine.score(profile, role_uses(role)).score
            sims = self.context.similarities(self.context.role_query(i))
            mine = engine.req_skill[engine.req_role == i]
            shared = np.bincount(
                engine.req_role[np.isin(engine.req_skill, mine)], minlength=len(roles)
            )
            yield i, skills, sims, shared / (self.norms * self.norms[i])

    def same_group(self, found: np.ndarray, i: int) -> float:
        """The share of the top 10 of *found* (the occupation itself left out) in i's group."""
        values = found.copy()
        values[i] = -np.inf
        top = np.lexsort((np.arange(len(values)), -values))[:K]
        return float(np.mean(self.group[top] == self.group[i]))

    def shares(self, values: Sequence[float]) -> list[float]:
        """Mean share on the fit part, the report part and all occupations, in percent."""
        found = np.array(values)
        return [
            100 * float(found[self.part == "fit"].mean()),
            100 * float(found[self.part == "report"].mean()),
            100 * float(found.mean()),
        ]


ESCO_GRID = {"text": (0.2, 0.3, 0.4, 0.5, 0.6), "skill_groups": (0.0, 0.1, 0.2, 0.3, 0.4)}


def fit_esco() -> None:
    """Grid search of ESCO's context weights on the fit part of its occupations only."""
    esco = Esco()
    grid = list(itertools.product(*ESCO_GRID.values()))
    found: dict[tuple[float, ...], list[float]] = {values: [] for values in grid}
    cosine = []
    fit_rows = set(np.flatnonzero(esco.part == "fit").tolist())
    for i, skills, sims, cos in esco.rows():
        if i not in fit_rows:
            continue
        cosine.append(esco.same_group(cos, i))
        for values in grid:
            weights = dict(zip(ESCO_GRID, values, strict=True))
            found[values].append(esco.same_group(blend(skills, sims, weights)[0], i))
    print(f"fit part: {len(cosine)} occupations; cosine {100 * np.mean(cosine):.2f}%")
    ranked = sorted(grid, key=lambda v: (-float(np.mean(found[v])), v))
    for values in ranked[:10]:
        print(f"{100 * np.mean(found[values]):.2f}% {dict(zip(ESCO_GRID, values, strict=True))}")


def esco_table(semantic_weight: float | None) -> str:
    esco = Esco()
    roles = esco.taxonomy.roles
    scoring = esco.taxonomy.scoring
    own = dict(scoring.context_weights) if scoring is not None else dict(CONTEXT_WEIGHTS)
    own_text = ", ".join(f"{t.replace('_', ' ')} {w:g}" for t, w in own.items())
    shared_text = f"text {CONTEXT_WEIGHTS['text']:g}"
    methods = {
        f"careermap (skills + context; ESCO's weights: {own_text}; fit)": own,
        f"careermap, shared O*NET weights (skills + {shared_text})": dict(CONTEXT_WEIGHTS),
    }
    shares: dict[str, list[float]] = {name: [] for name in methods}
    shares["careermap, skills only"] = []
    shares["cosine (binary requirements)"] = []
    vectors = embeddings(esco.taxonomy) if semantic_weight is not None else None
    semantic_name = "careermap + semantic embeddings (needs the semantic extra"
    semantic_name += f"; s = {semantic_weight:g} from O*NET's fit)" if vectors is not None else ")"
    # The cosine in the place of the skills score, with every weight of ESCO's grid.
    grid = list(itertools.product(*ESCO_GRID.values()))
    with_context: dict[tuple[float, ...], list[float]] = {values: [] for values in grid}
    for i, skills, sims, cosine in esco.rows():
        found_by = [blend(skills, sims, weights)[0] for weights in methods.values()]
        found_by += [skills, cosine]
        if vectors is not None and semantic_weight is not None:
            shares.setdefault(semantic_name, [])
            found_by.append(with_semantic(found_by[0], skills, vectors, i, semantic_weight))
        for name, found in zip(shares, found_by, strict=True):
            shares[name].append(esco.same_group(found, i))
        for values in grid:
            weights = dict(zip(ESCO_GRID, values, strict=True))
            with_context[values].append(esco.same_group(blend(cosine, sims, weights)[0], i))
    fit_rows = esco.part == "fit"
    best = max(grid, key=lambda v: (float(np.array(with_context[v])[fit_rows].mean()), v))
    same = tuple(own.get(term, 0.0) for term in ESCO_GRID)
    fitted = dict(zip(ESCO_GRID, best, strict=True))
    cosine_rows_ = {
        "cosine + ESCO's context terms, same weights": with_context[same],
        f"cosine + context terms, own weights ({weights_text(fitted)}; fit)": with_context[best],
    }
    n_fit = int(fit_rows.sum())
    lines = [
        f"**ESCO v1.2.0**: {len(roles):,} occupations, each ranked against all others; share "
        "of the top 10 in the occupation's own ISCO unit group (4 digits). Occupations split "
        f"by a fixed hash of their concept URI: {n_fit:,} fit, {len(roles) - n_fit:,} report; "
        "ESCO's weights were chosen on the fit part (`--fit-esco`), and the cosine + context "
        "baseline's own weights by the same grid on the same part. The ISCO group is only "
        "the yardstick, never a feature of the score.",
        "",
        "| method | report | fit | all |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, values in [*shares.items(), *cosine_rows_.items()]:
        fit_share, report_share, all_share = esco.shares(values)
        lines.append(f"| {name} | {report_share:.1f}% | {fit_share:.1f}% | {all_share:.1f}% |")
    if vectors is None:
        lines.append(f"| {semantic_name} | {NO_EXTRA} | | |")
    ours = esco.shares(shares[next(iter(methods))])
    lines.append("")
    for name, values in (
        ("cosine", shares["cosine (binary requirements)"]),
        ("cosine + the same context terms", with_context[same]),
    ):
        base = esco.shares(values)
        lines.append(
            f"careermap minus {name}: report {ours[1] - base[1]:+.1f} points, fit "
            f"{ours[0] - base[0]:+.1f}, all {ours[2] - base[2]:+.1f}."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fit", action="store_true", help="grid search on the fit part")
    parser.add_argument("--quick", action="store_true", help="O*NET only; do not write docs")
    parser.add_argument(
        "--fit-esco", action="store_true", help="grid search of ESCO's weights on its fit part"
    )
    parser.add_argument("--esco", action="store_true", help="the ESCO table only; prints only")
    args = parser.parse_args()
    if args.fit:
        fit((1.0, 2.0, 3.0))
        return
    if args.fit_esco:
        fit_esco()
        return
    if args.esco:
        print(esco_table(None))
        return
    start = time.perf_counter()
    onet, figures = onet_tables()
    weight = figures["semantic weight"][0]
    sections = [onet]
    if not args.quick:
        sections.append(esco_table(weight if weight >= 0 else None))
    weights = ", ".join(f"{t} {w:g}" for t, w in CONTEXT_WEIGHTS.items())
    body = (
        f"Measured {time.strftime('%Y-%m-%d')} in {time.perf_counter() - start:.0f} s. "
        "Command: `.venv/bin/python benchmarks/quality.py`. Constants: IMPORTANCE_POWER "
        f"{onet_module.IMPORTANCE_POWER}; context weights {weights} (O*NET and the shared "
        "default; ESCO records its own, below).\n\n" + "\n".join(sections)
    )
    print(body)
    if not args.quick:
        replace_section(ROOT / "docs" / "performance.md", "quality", body)


if __name__ == "__main__":
    main()
