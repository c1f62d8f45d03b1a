"""The taxonomy as a NetworkX graph that links competencies to roles and sectors."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careermap.taxonomy.load import default_taxonomy
from careermap.taxonomy.models import Taxonomy

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["build_graph", "node_id"]


def node_id(kind: str, item_id: str) -> str:
    """Return the graph node id of a skill, role or sector: ``'<kind>:<id>'``.

    Parameters
    ----------
    kind : {'skill', 'role', 'sector'}
        What the node stands for.
    item_id : str
        The skill, role or sector id.

    Examples
    --------
    >>> node_id("skill", "active-listening")
    'skill:active-listening'
    """
    return f"{kind}:{item_id}"


def build_graph(*, taxonomy: Taxonomy | None = None) -> nx.MultiDiGraph:
    """Build a directed multigraph of the taxonomy.

    Nodes are strings ``'skill:<id>'``, ``'role:<id>'`` and ``'sector:<id>'``
    (see :func:`node_id`) with attributes ``kind`` (``'skill'``, ``'role'`` or
    ``'sector'``), ``id`` and ``label``; roles also carry ``sector`` and
    ``onet_soc``. Edges are keyed by their ``kind``:

    * ``requires``: role -> skill, with ``weight``, ``level``, ``essential``;
    * ``broader``: skill -> its broader skill;
    * ``transfers_to``: skill -> skill, with ``weight`` and ``reason`` (both
      directions for a bidirectional relation);
    * ``in_sector``: role -> sector.

    Parameters
    ----------
    taxonomy : Taxonomy, optional
        Defaults to the bundled taxonomy.

    Examples
    --------
    >>> import networkx as nx
    >>> graph = build_graph()
    >>> graph.nodes["skill:active-listening"]["kind"]
    'skill'
    >>> path = nx.shortest_path(graph, "skill:crisis-intervention", "skill:conflict-resolution")
    >>> path[0], path[-1]
    ('skill:crisis-intervention', 'skill:conflict-resolution')
    """
    import networkx as nx  # noqa: PLC0415 - networkx is only imported when a graph is built

    taxonomy = taxonomy or default_taxonomy()
    graph = nx.MultiDiGraph(name=taxonomy.name, version=taxonomy.version)
    for sector in taxonomy.sectors:
        graph.add_node(
            node_id("sector", sector.id), kind="sector", id=sector.id, label=sector.label
        )
    for skill in taxonomy.skills:
        graph.add_node(
            node_id("skill", skill.id),
            kind="skill",
            id=skill.id,
            label=skill.label,
            category=skill.category or "",
            general=skill.general,
        )
    for role in taxonomy.roles:
        node = node_id("role", role.id)
        graph.add_node(
            node,
            kind="role",
            id=role.id,
            label=role.title,
            sector=role.sector,
            onet_soc=role.onet_soc or "",
        )
        graph.add_edge(node, node_id("sector", role.sector), key="in_sector", kind="in_sector")
        for req in role.requirements:
            graph.add_edge(
                node,
                node_id("skill", req.skill),
                key="requires",
                kind="requires",
                weight=req.weight,
                level=req.level,
                essential=req.essential,
                importance=req.importance.value,
            )
    for skill in taxonomy.skills:
        for parent in skill.broader:
            graph.add_edge(
                node_id("skill", skill.id), node_id("skill", parent), key="broader", kind="broader"
            )
    for relation in taxonomy.relations:
        pairs = [(relation.source, relation.target)]
        if relation.bidirectional:
            pairs.append((relation.target, relation.source))
        for source, target in pairs:
            graph.add_edge(
                node_id("skill", source),
                node_id("skill", target),
                key="transfers_to",
                kind="transfers_to",
                weight=relation.weight,
                reason=relation.reason,
            )
    return graph
