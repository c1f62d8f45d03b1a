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

from careermap import BROADER_CREDIT, COVERAGE_EXPONENT, NARROWER_CREDIT
from careermap.scoring.model import IMPORTANCE_FACTOR, MAX_LEVEL
from careermap.taxonomy.models import Importance


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
    """Score every role node for a person's ``{skill id: level}``; returns ``{role id: score}``.

    As ``docs/scoring.md`` defines it: credit graded by level; each profile skill's
    use graded by how much the role relies on the requirement it serves, over the
    skill's strength (level / 5); utilisation weighted by strength, general
    competencies left out unless the profile holds nothing else.
    """
    levels = {f"skill:{skill}": level for skill, level in profile.items()}
    strength = {skill: level / MAX_LEVEL for skill, level in levels.items()}
    general = {s for s in levels if graph.nodes[s].get("general")}
    weighed = [s for s in sorted(levels) if s not in general] or sorted(levels)
    scores: dict[str, float] = {}
    for role, data in graph.nodes(data=True):
        if data["kind"] != "role":
            continue
        requires = [
            (skill, req)
            for _, skill, key, req in graph.out_edges(role, keys=True, data=True)
            if key == "requires"
        ]
        weights = {
            skill: req["weight"] * IMPORTANCE_FACTOR[Importance(req["importance"])]
            for skill, req in requires
        }
        heaviest = max(weights.values())
        covered = total = 0.0
        uses = dict.fromkeys(levels, 0.0)
        for skill, req in requires:
            weight = weights[skill]
            credit = 0.0
            for source, step in _steps_into(graph, skill).items():
                if source in levels:
                    credit = max(credit, step * min(1.0, levels[source] / req["level"]))
                    use = step * min(1.0, weight / heaviest / strength[source])
                    uses[source] = max(uses[source], use)
            covered += weight * credit
            total += weight
        coverage = covered / total if total else 0.0
        relied = sum(strength[s] for s in weighed)
        utilisation = sum(strength[s] * uses[s] for s in weighed) / relied
        scores[data["id"]] = coverage**COVERAGE_EXPONENT * utilisation ** (1 - COVERAGE_EXPONENT)
    return scores
