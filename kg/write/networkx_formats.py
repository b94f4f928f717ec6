"""The networkx graph as GraphML and node-link JSON, for other networkx users."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.write.atomic import atomic_open, atomic_path

__all__ = ["write_graphml", "write_node_link"]


def _graphml_safe(attrs: dict) -> dict:
    # GraphML has no list type: lists (aliases, authors) are stored as JSON text.
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in attrs.items()}


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write GraphML; list attributes become JSON strings.

    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph(); g.add_node("model/bert", label="Model", aliases=["Bert"])
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(g, out)
    >>> nx.read_graphml(out).nodes["model/bert"]["aliases"]
    '["Bert"]'
    """
    safe = nx.MultiDiGraph()
    safe.add_nodes_from((n, _graphml_safe(a)) for n, a in graph.nodes(data=True))
    safe.add_edges_from((u, v, k, _graphml_safe(a)) for u, v, k, a in graph.edges(keys=True, data=True))
    with atomic_path(path) as tmp:
        nx.write_graphml(safe, tmp, encoding="utf-8")


def write_node_link(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write node-link JSON, readable with ``nx.node_link_graph(data, edges="edges")``."""
    data = nx.node_link_data(graph, edges="edges")
    with atomic_open(path) as handle:
        json.dump(data, handle, ensure_ascii=False)
