"""Run NetworkX algorithms on the careermap graph.

Which skills are the strongest "hubs" of transfer, and how does crisis work
lead to conflict resolution? Run: python examples/graph_algorithms.py
"""

import networkx as nx

import careermap

graph = careermap.build_graph()

# 1. How does crisis intervention connect to conflict resolution?
path = nx.shortest_path(graph, "skill:crisis-intervention", "skill:conflict-resolution")
print(" -> ".join(graph.nodes[node]["label"] for node in path))

# 2. Which skills does transferable experience flow into most? The credit that
#    arrives over transfers_to edges (weighted in-degree), and the skills that
#    most often sit on the shortest transfer routes (betweenness centrality).
transfers = nx.DiGraph()
for source, target, data in graph.edges(data=True):
    if data["kind"] == "transfers_to":
        transfers.add_edge(source, target, weight=data["weight"])
inflow = dict(transfers.in_degree(weight="weight"))
for node, value in sorted(inflow.items(), key=lambda item: (-item[1], item[0]))[:5]:
    print(f"{value:4.1f}  {graph.nodes[node]['label']}")
between = nx.betweenness_centrality(transfers)
hub = max(sorted(between), key=between.__getitem__)
print(f"most often on the way between other skills: {graph.nodes[hub]['label']}")

# 3. Roles in each sector that require active listening.
needing = sorted(
    graph.nodes[role]["label"]
    for role, _, kind in graph.in_edges("skill:active-listening", keys=True)
    if kind == "requires"
)
print(f"{len(needing)} roles require active listening, e.g. {', '.join(needing[:3])}")
