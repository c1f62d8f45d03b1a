"""Variants of the skills score against the plain cosine, on O*NET (what was tried, and why not).

docs/performance.md shows careermap's skills score alone below the cosine of the same
Importance vectors, role to role. This script rebuilds the skills score on dense
arrays (the same formulas as ``careermap.scoring.model``; the first row checks that it
gives the engine's figures exactly) and measures changes to it, each in the same run:

- ``levels off``: the level ratio ``min(1, l_a / r_j)`` left out (a diagnostic only:
  levels are part of what a person is told);
- ``idf p``: every requirement's effective weight times ``m_j ** -p``, *m_j* the mean
  effective weight of skill *j* over all occupations, so requirements every occupation
  rates high count less (a per-skill factor: credit per requirement stays explainable);
- ``shares``: uses normalised by the sum of the role's weights instead of its heaviest
  (role to role only: a person's strengths are ``level / 5``, not shares, so the persons
  columns are left empty);
- ``power 1``: ``IMPORTANCE_POWER`` 1 instead of 2 (the weights' square root);
- ``shape c``: a term for the shape of the requirement vector, ``(1 - c) * skills + c *
  cosine`` (the cosine of the two Importance vectors; for a person, of their top-k
  Importance values), before the context terms.

Before the variants, diagnostics of where the cosine's signal lies: the cosine of
the effective weights, and of the Importance ratings above or below "important" only.

For each: role to role skills only and with the shipped context weights (report and
fit parts), with context weights refitted on the fit part for that variant, and the
simulated persons of k = 5, 10, 20 (report part). Differences from the shipped score
on the report part come with a paired bootstrap interval (95%, 2,000 resamples of the
report occupations, fixed seed).

    .venv/bin/python benchmarks/skill_variants.py
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import (
    CONTEXT_WEIGHTS,
    PERSON_KS,
    Onet,
    blend,
    cosine_rows,
    fit_context,
    mean_metrics,
    rank_metrics,
    weights_text,
)

from careermap.scoring.model import MAX_LEVEL, whole_level


class Dense:
    """O*NET's roles as dense role x skill arrays, and the skills score over them."""

    def __init__(self, onet: Onet) -> None:
        e = onet.engine
        self.onet = onet
        n_roles, n_skills = e.n_roles, e.n_skills
        self.weight = np.zeros((n_roles, n_skills))
        self.level = np.ones((n_roles, n_skills))
        self.held = np.zeros((n_roles, n_skills), dtype=np.bool_)
        self.weight[e.req_role, e.req_skill] = e.req_weight
        self.level[e.req_role, e.req_skill] = e.req_level
        self.held[e.req_role, e.req_skill] = True
        lengths = np.diff(e.out_ptr)
        self.src = np.concatenate([np.arange(n_skills), np.repeat(np.arange(n_skills), lengths)])
        self.tgt = np.concatenate([np.arange(n_skills), e.out_target])
        self.step = np.concatenate([np.ones(n_skills), e.out_weight])
        # The persons' skills: the top-k by the shipped uses (the same person for every variant).
        uses = self.weight / self.weight.max(axis=1, keepdims=True)
        self.by_use = np.lexsort((np.arange(n_skills)[None, :].repeat(n_roles, 0), -uses))

    def scores(
        self,
        weight: np.ndarray,
        profile: tuple[np.ndarray, np.ndarray, np.ndarray],
        *,
        norm: str,
        graded: bool,
        levels: bool,
    ) -> np.ndarray:
        """Every role's skills score for a profile of (held mask, levels, strengths)."""
        held, plevel, strength = profile
        scale = weight.sum(axis=1) if norm == "sum" else weight.max(axis=1)
        uses = weight / scale[:, None]
        ok = held[self.src]
        a, j, t = self.src[ok], self.tgt[ok], self.step[ok]
        named = self.held[:, j].T
        credit = np.ones((len(a), weight.shape[0])) * t[:, None]
        if levels:
            credit *= np.minimum(1.0, plevel[a][:, None] / self.level[:, j].T)
        if graded:
            with np.errstate(divide="ignore"):
                credit *= np.minimum(1.0, strength[a][:, None] / np.where(named, uses[:, j].T, 0))
        credit = np.where(named, credit, 0.0)
        best = np.zeros((weight.shape[1], weight.shape[0]))
        np.maximum.at(best, j, credit)
        coverage = (weight.T * best).sum(axis=0) / weight.sum(axis=1)
        use = t[:, None] * np.minimum(1.0, np.where(named, uses[:, j].T, 0) / strength[a][:, None])
        used = np.zeros((weight.shape[1], weight.shape[0]))
        np.maximum.at(used, a, use)
        utilisation = (strength @ used) / strength.sum()
        return np.asarray(np.sqrt(coverage * utilisation))

    def role_profile(self, weight: np.ndarray, i: int, norm: str) -> tuple[np.ndarray, ...]:
        scale = weight[i].sum() if norm == "sum" else weight[i].max()
        return self.held[i], self.level[i], np.where(self.held[i], weight[i] / scale, 0.0)

    def person(self, i: int, k: int) -> tuple[np.ndarray, ...]:
        top = self.by_use[i][: min(k, int(self.held[i].sum()))]
        held = np.zeros(self.weight.shape[1], dtype=np.bool_)
        held[top] = True
        levels = np.ones(self.weight.shape[1])
        levels[top] = [whole_level(float(v)) for v in self.level[i, top]]
        return held, levels, np.where(held, levels / MAX_LEVEL, 0.0)


def bootstrap(
    ours: Mapping[int, np.ndarray],
    theirs: Mapping[int, np.ndarray],
    relevant: Mapping[int, set[int]],
    which: list[int],
) -> str:
    """The report part's recall@10 and MRR differences with 95% paired bootstrap intervals."""
    pairs = np.array(
        [
            np.subtract(
                rank_metrics(ours[i], i, relevant[i]), rank_metrics(theirs[i], i, relevant[i])
            )
            for i in which
        ]
    )
    rng = np.random.default_rng(0)
    draws = pairs[rng.integers(0, len(pairs), (2000, len(pairs)))].mean(axis=1)
    low, high = np.percentile(draws, [2.5, 97.5], axis=0)
    mean = pairs.mean(axis=0)
    return " / ".join(
        f"{m:+.3f} [{lo:+.3f}, {hi:+.3f}]" for m, lo, hi in zip(mean, low, high, strict=True)
    )


def main() -> None:
    onet = Onet()
    dense = Dense(onet)
    everyone = sorted(onet.relevant)
    report, fit = onet.parts["report"], onet.parts["fit"]
    sims = {i: onet.sims(i) for i in everyone}
    mean_weight = dense.weight.mean(axis=0)
    mean_weight[mean_weight == 0] = 1.0
    variants: dict[str, tuple[np.ndarray, str, bool]] = {
        "shipped (IMPORTANCE_POWER 2, uses over the heaviest)": (dense.weight, "max", True),
        "levels off (diagnostic)": (dense.weight, "max", False),
        "idf 0.25": (dense.weight * mean_weight**-0.25, "max", True),
        "idf 0.5": (dense.weight * mean_weight**-0.5, "max", True),
        "idf 1": (dense.weight * mean_weight**-1.0, "max", True),
        "shares (role to role only)": (dense.weight, "sum", True),
        "shares + idf 0.5 (role to role only)": (dense.weight * mean_weight**-0.5, "sum", True),
        "power 1": (np.sqrt(dense.weight), "max", True),
    }
    cosine = {i: cosine_rows(onet.importance, onet.importance[i][None, :])[0] for i in everyone}
    shipped_skills: dict[int, np.ndarray] = {}
    shipped_blend: dict[int, np.ndarray] = {}
    shipped_persons: dict[int, dict[int, np.ndarray]] = {}

    def fmt(scores: Mapping[int, np.ndarray], which: list[int]) -> str:
        return "{:.3f} / {:.3f}".format(*mean_metrics(scores, onet.relevant, which))

    engine = {i: onet.skills(i) for i in everyone}
    print(f"engine, skills only: report {fmt(engine, report)}, fit {fmt(engine, fit)}")
    print(f"cosine: report {fmt(cosine, report)}, fit {fmt(cosine, fit)}")
    # Where the cosine's signal lies: which ratings it reads (diagnostics).
    importance = onet.importance
    inputs = {
        "cosine of the effective weights ((IM - 1) / 4) ** 2": dense.weight,
        "cosine of IM - 1": np.where(importance > 0, importance - 1, 0.0),
        "cosine of IM, ratings below 3 ('important') set to 0": np.where(
            importance >= 3, importance, 0.0
        ),
        "cosine of IM, ratings of 3 and above set to 0": np.where(importance < 3, importance, 0.0),
    }
    for name, matrix in inputs.items():
        found = {i: cosine_rows(matrix, matrix[i][None, :])[0] for i in everyone}
        print(f"{name}: report {fmt(found, report)}, fit {fmt(found, fit)}")
    rel = onet.relevant
    ours = {i: blend(engine[i], sims[i], CONTEXT_WEIGHTS)[0] for i in everyone}
    own = fit_context(cosine, sims, onet.relevant, fit)
    theirs = {i: blend(cosine[i], sims[i], own)[0] for i in everyone}
    print(
        f"careermap minus cosine + context ({weights_text(own)}; fit), report: "
        f"{bootstrap(ours, theirs, onet.relevant, report)}"
    )
    for k in PERSON_KS:
        pairs = {i: onet.person(i, k) for i in everyone}
        mine = {i: pair[0] for i, pair in pairs.items()}
        theirs_k = {i: pair[1] for i, pair in pairs.items()}
        print(f"persons k={k}, careermap minus cosine: {bootstrap(mine, theirs_k, rel, report)}")
    for c in (0.25, 0.5):
        mixed = {i: (1 - c) * engine[i] + c * cosine[i] for i in everyone}
        blended = {i: blend(mixed[i], sims[i], CONTEXT_WEIGHTS)[0] for i in everyone}
        print(f"\n## shape {c:g}")
        print(f"skills only: report {fmt(mixed, report)}, fit {fmt(mixed, fit)}")
        print(f"with context (shipped weights): report {fmt(blended, report)}, ", end="")
        print(f"fit {fmt(blended, fit)}; minus shipped {bootstrap(blended, ours, rel, report)}")
        for k in PERSON_KS:
            persons = {}
            for i in everyone:
                ours_k, cosine_k = onet.person(i, k)
                persons[i] = (1 - c) * ours_k + c * cosine_k
            print(f"persons k={k}: report {fmt(persons, report)}, fit {fmt(persons, fit)}")
    for name, (weight, norm, levels) in variants.items():
        skills = {
            i: dense.scores(
                weight, dense.role_profile(weight, i, norm), norm=norm, graded=True, levels=levels
            )
            for i in everyone
        }
        blended = {i: blend(skills[i], sims[i], CONTEXT_WEIGHTS)[0] for i in everyone}
        own = fit_context(skills, sims, onet.relevant, fit)
        refit = {i: blend(skills[i], sims[i], own)[0] for i in everyone}
        print(f"\n## {name}")
        print(f"skills only: report {fmt(skills, report)}, fit {fmt(skills, fit)}")
        print(f"with context (shipped weights): report {fmt(blended, report)}, ", end="")
        print(f"fit {fmt(blended, fit)}")
        print(f"with context refitted ({weights_text(own)}): report {fmt(refit, report)}, ", end="")
        print(f"fit {fmt(refit, fit)}")
        if not shipped_skills:
            shipped_skills, shipped_blend = skills, blended
            print(f"skills only minus cosine (report): {bootstrap(skills, cosine, rel, report)}")
        else:
            print(f"skills only minus shipped: {bootstrap(skills, shipped_skills, rel, report)}")
            print(f"with context minus shipped: {bootstrap(blended, shipped_blend, rel, report)}")
        if norm == "sum":
            continue
        for k in PERSON_KS:
            persons = {
                i: dense.scores(weight, dense.person(i, k), norm=norm, graded=False, levels=levels)
                for i in everyone
            }
            line = f"persons k={k}: report {fmt(persons, report)}, fit {fmt(persons, fit)}"
            if k in shipped_persons:
                line += f"; minus shipped {bootstrap(persons, shipped_persons[k], rel, report)}"
            else:
                shipped_persons[k] = persons
            print(line, flush=True)


if __name__ == "__main__":
    main()
