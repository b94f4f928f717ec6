"""Graph elements as property maps Neo4j can store, checked against the schema.

Neo4j stores strings, integers, floats, booleans and lists of strings; it has no
null property and no map. Every property of a :class:`~kg.graph.Node` or
:class:`~kg.graph.Edge` must be one the schema declares for its label or type, of
the declared type; ``None`` means absent, and so does an empty list (as after a
``neo4j-admin`` import, which cannot tell the two apart).

>>> from kg.graph import Node
>>> node_properties(Node("Model", "model/bert", {"id": "model/bert", "name": "BERT", "aliases": ("Bert",), "support": 2}))
{'id': 'model/bert', 'name': 'BERT', 'aliases': ['Bert'], 'support': 2}
>>> node_properties(Node("Model", "model/gpt", {"id": "model/gpt", "name": "GPT", "aliases": [], "support": 1}))
{'id': 'model/gpt', 'name': 'GPT', 'support': 1}
>>> node_properties(Node("Model", "model/x", {"id": "model/x", "name": "X", "support": 1, "colour": "red"}))
Traceback (most recent call last):
...
kg.errors.SchemaError: Model 'model/x': property 'colour' is not in the schema
"""

from __future__ import annotations

from kg.errors import SchemaError
from kg.graph import Edge, Node
from kg.neo4j.cypher import MERGE_KEY
from kg.schema import Property, Schema, load_schema

__all__ = ["node_properties", "edge_properties"]


def _value(prop: Property, value, where: str):
    kind = prop.type
    if kind == "string" and isinstance(value, str):
        return value
    if kind == "integer" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "float" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if kind == "boolean" and isinstance(value, bool):
        return value
    if kind == "string[]" and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise SchemaError(f"{where}: property {prop.name!r} should be {kind}, not {type(value).__name__}")


def _checked(props: dict, declared: tuple[Property, ...], where: str) -> dict:
    by_name = {p.name: p for p in declared}
    out = {}
    for name, value in props.items():
        if name not in by_name:
            raise SchemaError(f"{where}: property {name!r} is not in the schema")
        if value is not None and value != []:
            out[name] = _value(by_name[name], value, where)
    missing = [p.name for p in declared if p.required and p.name not in out]
    if missing:
        raise SchemaError(f"{where}: required properties missing: {', '.join(missing)}")
    return out


def node_properties(node: Node, schema: Schema | None = None) -> dict:
    """The node's properties as Neo4j stores them (``id`` included)."""
    schema = schema or load_schema()
    node_type = schema.nodes.get(node.label)
    where = f"{node.label} {node.id!r}"
    if node_type is None:
        raise SchemaError(f"{where}: {node.label!r} is not a node label of the schema")
    props = _checked(node.properties, node_type.properties, where)
    if props.get("id", node.id) != node.id:
        raise SchemaError(f"{where}: property id {props['id']!r} differs from the node id")
    return {**props, "id": node.id}


def edge_properties(edge: Edge, schema: Schema | None = None) -> dict:
    """The edge's properties as Neo4j stores them.

    An edge with evidence is identified by its paper: its key must be
    ``'<TYPE>|<paperId>'``, the convention of :mod:`kg.graph` that the loader's
    ``MERGE`` on ``paperId`` relies on.
    """
    schema = schema or load_schema()
    rel = schema.relationships.get(edge.type)
    where = f"{edge.type} {edge.source!r}->{edge.target!r}"
    if rel is None:
        raise SchemaError(f"{where}: {edge.type!r} is not a relationship type of the schema")
    props = _checked(edge.properties, schema.relationship_properties(rel), where)
    if rel.evidence and edge.key != f"{edge.type}|{props[MERGE_KEY]}":
        raise SchemaError(f"{where}: key {edge.key!r} is not '{edge.type}|<{MERGE_KEY}>'")
    return props
