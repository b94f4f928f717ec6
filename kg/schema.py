"""The graph schema, loaded from ``schemas/graph.yaml`` (the one source of truth).

>>> schema = load_schema()
>>> schema.label_of_entity_type("BENCHMARK")
'Benchmark'
>>> schema.relationship_of_fact("evaluated_on").name
'EVALUATED_ON'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from kg.errors import SchemaError

__all__ = ["Property", "NodeType", "RelationshipType", "Schema", "load_schema", "schema_dir", "queries_dir"]

PROPERTY_TYPES = ("string", "integer", "float", "boolean", "string[]")


def _data_dir(installed: str, in_repo: str) -> Path:
    """A data folder shipped in the wheel (``kg/_schemas``) or, in a checkout, at the top."""
    packaged = Path(str(resources.files("kg"))) / installed
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / in_repo


def schema_dir() -> Path:
    """Where ``graph.yaml``, the ontology, shapes and JSON Schemas live."""
    return _data_dir("_schemas", "schemas")


def queries_dir() -> Path:
    """Where the named Cypher queries live."""
    return _data_dir("_queries", "queries")


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    description: str = ""
    rdf: str | None = None  # CURIE of the RDF predicate; None means kg:<name>
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class NodeType:
    label: str
    description: str
    iri_path: str
    properties: tuple[Property, ...]
    rdf_superclasses: tuple[str, ...]
    bloom: dict
    entity_type: str | None = None  # MODEL, DATASET, BENCHMARK, METRIC for entity nodes

    def property(self, name: str) -> Property:
        for prop in self.properties:
            if prop.name == name:
                return prop
        raise SchemaError(f"node type {self.label} has no property {name!r}")


@dataclass(frozen=True)
class RelationshipType:
    name: str
    description: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    evidence: bool
    fact: str | None  # the extraction fact list it comes from, if any


@dataclass(frozen=True)
class Schema:
    version: int
    namespaces: dict[str, str]
    nodes: dict[str, NodeType]
    relationships: dict[str, RelationshipType]
    evidence_properties: tuple[Property, ...]

    def label_of_entity_type(self, entity_type: str) -> str:
        for node in self.nodes.values():
            if node.entity_type == entity_type:
                return node.label
        raise SchemaError(f"no node type for entity type {entity_type!r}")

    def relationship_of_fact(self, fact: str) -> RelationshipType:
        for rel in self.relationships.values():
            if rel.fact == fact:
                return rel
        raise SchemaError(f"no relationship type for fact {fact!r}")

    def relationship_properties(self, rel: RelationshipType) -> tuple[Property, ...]:
        return self.evidence_properties if rel.evidence else ()

    def expand(self, curie: str) -> str:
        """``'schema:name'`` → ``'https://schema.org/name'``."""
        prefix, _, local = curie.partition(":")
        if prefix not in self.namespaces:
            raise SchemaError(f"unknown prefix in {curie!r}")
        return self.namespaces[prefix] + local


def _properties(spec: dict, where: str) -> tuple[Property, ...]:
    props = []
    for name, p in spec.items():
        if p["type"] not in PROPERTY_TYPES:
            raise SchemaError(f"{where}.{name}: unknown type {p['type']!r}")
        props.append(
            Property(
                name=name,
                type=p["type"],
                required=bool(p.get("required", False)),
                description=p.get("description", ""),
                rdf=p.get("rdf"),
                enum=tuple(p.get("enum", ())),
            )
        )
    return tuple(props)


def parse_schema(data: dict) -> Schema:
    """Build and check a :class:`Schema` from the YAML mapping."""
    nodes = {
        label: NodeType(
            label=label,
            description=spec["description"],
            iri_path=spec["iri_path"],
            properties=_properties(spec["properties"], label),
            rdf_superclasses=tuple(spec.get("rdf_superclasses", ())),
            bloom=dict(spec.get("bloom", {})),
            entity_type=spec.get("entity_type"),
        )
        for label, spec in data["nodes"].items()
    }
    relationships = {}
    for name, spec in data["relationships"].items():
        for label in (*spec["from"], *spec["to"]):
            if label not in nodes:
                raise SchemaError(f"relationship {name} names unknown node type {label!r}")
        relationships[name] = RelationshipType(
            name=name,
            description=spec["description"],
            sources=tuple(spec["from"]),
            targets=tuple(spec["to"]),
            evidence=bool(spec["evidence"]),
            fact=spec.get("fact"),
        )
    return Schema(
        version=int(data["version"]),
        namespaces=dict(data["namespaces"]),
        nodes=nodes,
        relationships=relationships,
        evidence_properties=_properties(data["evidence_properties"], "evidence"),
    )


@functools.cache
def load_schema() -> Schema:
    """The project's schema (cached)."""
    path = schema_dir() / "graph.yaml"
    with path.open(encoding="utf-8") as handle:
        return parse_schema(yaml.safe_load(handle))
