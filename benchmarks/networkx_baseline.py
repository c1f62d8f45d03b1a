"""A straightforward per-role NetworkX implementation of careermap's scoring.

It walks the graph from :func:`careermap.build_graph` role by role, the way one
would write the scoring without an index: for each requirement edge, look at
the in-edges of the required skill for credit from the profile, and for each
profile skill, its out-edges for a use by the role. It exists as a baseline for
``bench_scale.py`` and gives the same scores (the benchmark checks this).
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from careermap import BROADER_CREDIT, COVERAGE_EXPONENT, ESSENTIAL_FACTOR, NARROWER_CREDIT


def _steps_into(graph: nx.MultiDiGraph, skill: str) -> dict[str, float]:
    """Best one-step credit from every skill into *skill* (the skill itself counts 1)."""
    best = {skill: 1.0}
    for source, _, key, data in graph.in_edges(skill, keys=True, data=True):
        if key == "transfers_to":
            best[source] = max(best.get(source, 0.0), data["weight"])
        elif key == "broader":  # source is a kind of skill
            best[source] = max(best.get(source, 0.0), BROADER_CREDIT)
    # skill -> its broader parents: a parent earns NARROWER credit toward this skill.
    for _, parent, key in graph.out_edges(skill, keys=True):
        if key == "broader":
            best[parent] = max(best.get(parent, 0.0), NARROWER_CREDIT)
    return best


def score_roles(graph: nx.MultiDiGraph, profile: Mapping[str, int]) -> dict[str, float]:
    """Score every role node for ``{skill id: level}``; returns ``{role id: score}``."""
    levels = {f"skill:{skill}": level for skill, level in profile.items()}
    scores: dict[str, float] = {}
    for role, data in graph.nodes(data=True):
        if data["kind"] != "role":
            continue
        covered = total = 0.0
        uses = dict.fromkeys(levels, 0.0)
        for _, skill, key, req in graph.out_edges(role, keys=True, data=True):
            if key != "requires":
                continue
            weight = req["weight"] * (ESSENTIAL_FACTOR if req["essential"] else 1.0)
            credit = 0.0
            for source, step in _steps_into(graph, skill).items():
                if source in levels:
                    credit = max(credit, step * min(1.0, levels[source] / req["level"]))
                    uses[source] = max(uses[source], step)
            covered += weight * credit
            total += weight
        coverage = covered / total if total else 0.0
        utilisation = sum(uses[s] for s in sorted(uses)) / len(uses)
        scores[data["id"]] = coverage**COVERAGE_EXPONENT * utilisation ** (1 - COVERAGE_EXPONENT)
    return scores
