"""Exporting the taxonomy graph as GraphML or node-link JSON, reproducibly."""

from __future__ import annotations

import io
import json
from typing import Any

from careermap.base.errors import OptionError
from careermap.taxonomy.graph import build_graph
from careermap.taxonomy.models import Taxonomy

__all__ = ["export_graph"]


def _graphml_ready(graph: Any) -> Any:
    """Copy *graph* with every attribute a GraphML type (str, int, float or bool)."""
    graph = graph.copy()
    dicts = [
        graph.graph,
        *(data for _, data in graph.nodes(data=True)),
        *(data for *_, data in graph.edges(keys=True, data=True)),
    ]
    for attrs in dicts:
        for key, value in list(attrs.items()):
            if value is None:
                attrs[key] = ""
            elif not isinstance(value, (str, int, float, bool)):
                attrs[key] = json.dumps(value, sort_keys=True, default=str)
    return graph


def _node_link(graph: Any) -> dict[str, Any]:
    """``node_link_data`` with nodes and edges sorted, and the edge list named 'edges'."""
    import networkx as nx  # noqa: PLC0415 - networkx is only imported for an export

    # ``edges=`` (networkx 3.4 and later, the floor) names the edge list; without it
    # networkx warns about the old default.
    data: dict[str, Any] = nx.node_link_data(graph, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda node: str(node["id"]))
    data["edges"] = sorted(
        data["edges"], key=lambda e: (str(e["source"]), str(e["target"]), str(e.get("key", "")))
    )
    return data


def export_graph(graph: Any | Taxonomy | None = None, *, format: str = "graphml") -> str:
    """Return the graph of a taxonomy as GraphML or node-link JSON text.

    Nodes and edges come out sorted, so the same taxonomy always gives the same
    bytes. GraphML attributes must be strings, numbers or booleans: other
    values are written as JSON text and ``None`` as an empty string.

    Parameters
    ----------
    graph : networkx.MultiDiGraph, Taxonomy or None
        A graph from :func:`build_graph`, or a taxonomy to build one from
        (default: the bundled taxonomy).
    format : {'graphml', 'json'}
        GraphML for graph tools such as Gephi, or networkx's node-link JSON.

    Examples
    --------
    >>> import json
    >>> data = json.loads(export_graph(format="json"))
    >>> sorted(data)[:3]
    ['directed', 'edges', 'graph']
    """
    import networkx as nx  # noqa: PLC0415 - networkx is only imported for an export

    if graph is None or isinstance(graph, Taxonomy):
        graph = build_graph(taxonomy=graph)
    if format == "graphml":
        buffer = io.BytesIO()
        nx.write_graphml(_graphml_ready(graph), buffer, infer_numeric_types=True)
        text = buffer.getvalue().decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    if format == "json":
        return json.dumps(_node_link(graph), indent=2, sort_keys=True) + "\n"
    msg = f"unknown export format {format!r}; use 'graphml' or 'json'"
    raise OptionError(msg)
