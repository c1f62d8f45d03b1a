from __future__ import annotations

import networkx as nx

from careermap import build_graph, node_id


def test_nodes_have_kinds_and_string_ids(mini):
    graph = build_graph(taxonomy=mini)
    kinds = nx.get_node_attributes(graph, "kind")
    assert all(isinstance(node, str) for node in graph)
    assert sum(1 for k in kinds.values() if k == "skill") == len(mini.skills)
    assert sum(1 for k in kinds.values() if k == "role") == len(mini.roles)
    assert sum(1 for k in kinds.values() if k == "sector") == len(mini.sectors)
    assert graph.nodes[node_id("role", "therapist")]["onet_soc"] == "21-1014.00"


def test_edges_of_every_kind(mini):
    graph = build_graph(taxonomy=mini)
    requires = graph.get_edge_data(node_id("role", "therapist"), node_id("skill", "cbt"))
    assert requires["requires"] == {
        "kind": "requires",
        "weight": 1.0,
        "level": 4,
        "essential": True,
        "importance": "essential",
    }
    assert graph.nodes[node_id("skill", "cbt")]["general"] is False
    assert graph.has_edge(node_id("role", "therapist"), node_id("sector", "clinic"), "in_sector")
    assert graph.has_edge(node_id("skill", "cbt"), node_id("skill", "interventions"), "broader")
    transfer = graph.edges[
        node_id("skill", "crisis"), node_id("skill", "deescalation"), "transfers_to"
    ]
    assert transfer["weight"] == 0.8
    assert transfer["reason"]
    n_requires = sum(len(r.requirements) for r in mini.roles)
    kinds = [k for _, _, k in graph.edges(keys=True)]
    assert kinds.count("requires") == n_requires
    assert kinds.count("transfers_to") == len(mini.relations)
    assert kinds.count("in_sector") == len(mini.roles)


def test_networkx_algorithms_run_on_it(mini):
    graph = build_graph(taxonomy=mini)
    path = nx.shortest_path(graph, node_id("skill", "crisis"), node_id("skill", "deescalation"))
    assert path == ["skill:crisis", "skill:deescalation"]
    roles_needing_listening = sorted(
        u for u, _, k in graph.in_edges(node_id("skill", "listening"), keys=True) if k == "requires"
    )
    assert roles_needing_listening == ["role:mediator", "role:therapist"]


def test_graph_is_deterministic(mini):
    first, second = build_graph(taxonomy=mini), build_graph(taxonomy=mini)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))
