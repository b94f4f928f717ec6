"""Every Cypher statement kg sends to Neo4j, built here from the schema.

Labels, relationship types, property keys and index names in the text come only
from :func:`~kg.schema.load_schema` and are checked against it (and against a plain
identifier pattern) before they are spliced in; everything read from an abstract
travels as a parameter (``$rows``, ``$ids``, ``$pairs``). No function here takes
data, so no data can reach the query text.

Besides the schema's labels, every node kg writes carries :data:`NODE_LABEL`, whose
unique ``id`` lets a relationship find its endpoints by id alone, whatever their type
(``EVALUATED_ON`` may end at a Dataset or a Benchmark). A node first met as a
relationship endpoint, before its own row arrived, also carries
:data:`PENDING_LABEL` until that row sets its type.

>>> print(merge_relationships("EVALUATED_ON"))
UNWIND $rows AS row
MERGE (a:KgNode {id: row[0]})
  ON CREATE SET a:KgPending
MERGE (b:KgNode {id: row[1]})
  ON CREATE SET b:KgPending
MERGE (a)-[r:EVALUATED_ON {paperId: row[2]}]->(b)
SET r = {paperId: row[2], sentence: row[3], start: row[4], end: row[5], confidence: row[6], support: row[7]}
>>> label("Paper) DETACH DELETE (n")
Traceback (most recent call last):
...
kg.errors.SchemaError: not a node label of the schema: 'Paper) DETACH DELETE (n'
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.errors import SchemaError
from kg.records import PAIR_RELATIONS
from kg.schema import RelationshipType, Schema, load_schema

__all__ = [
    "NODE_LABEL",
    "PENDING_LABEL",
    "label",
    "relationship_type",
    "node_property",
    "project_labels",
    "support_relationships",
    "pair_relationships",
    "schema_statements",
    "await_indexes",
    "node_columns",
    "relationship_columns",
    "merge_nodes",
    "merge_relationships",
    "delete_batch",
    "recompute_support",
    "recompute_pair_support",
    "count_nodes",
    "count_relationships",
    "SearchPhrase",
    "search_phrases",
]

NODE_LABEL = "KgNode"
PENDING_LABEL = "KgPending"
# The property a relationship is merged on, so each paper keeps its own copy of a fact
# (graph.py's edge key is '<TYPE>|<paper id>'); relationships without evidence are one per pair.
MERGE_KEY = "paperId"
# Properties worth a range index wherever a label has them: what queries look nodes up by.
LOOKUP_PROPERTIES = ("name", "title", "url")
# An entity keeps every name it was given: a new canonical name pushes the old one here.
ALIASES, NAME = "aliases", "name"

_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def _identifier(name: str, allowed, what: str) -> str:
    if name not in allowed or not _IDENTIFIER.match(name):
        raise SchemaError(f"not a {what} of the schema: {name!r}")
    return name


def label(name: str, schema: Schema | None = None) -> str:
    """A node label of the schema (or kg's own :data:`NODE_LABEL`), checked."""
    schema = schema or load_schema()
    return _identifier(name, {*schema.nodes, NODE_LABEL, PENDING_LABEL}, "node label")


def relationship_type(name: str, schema: Schema | None = None) -> str:
    """A relationship type of the schema, checked."""
    schema = schema or load_schema()
    return _identifier(name, schema.relationships, "relationship type")


def node_property(node_label: str, name: str, schema: Schema | None = None) -> str:
    """A property key of a node type (``id`` for kg's own labels), checked."""
    schema = schema or load_schema()
    node = schema.nodes.get(node_label)
    allowed = {p.name for p in node.properties} if node else {"id"}
    return _identifier(name, allowed, f"property of {node_label}")


def _rel_property(rel: RelationshipType, name: str, schema: Schema) -> str:
    return _identifier(name, {p.name for p in schema.relationship_properties(rel)}, f"property of {rel.name}")


def project_labels(schema: Schema | None = None) -> list[str]:
    """Every label kg writes: its own two, then the schema's."""
    schema = schema or load_schema()
    return [NODE_LABEL, PENDING_LABEL, *(label(n, schema) for n in schema.nodes)]


def support_relationships(schema: Schema | None = None) -> dict[str, str]:
    """Node label → the relationship whose papers its ``support`` counts.

    It is the paper-level relationship without a fact of its own that reaches the
    label: MENTIONS for entities, HAS_LINK for links.

    >>> support_relationships()["Benchmark"], support_relationships()["Link"]
    ('MENTIONS', 'HAS_LINK')
    """
    schema = schema or load_schema()
    out = {}
    for node in schema.nodes.values():
        if not any(p.name == "support" for p in node.properties):
            continue
        for rel in schema.relationships.values():
            if rel.fact is None and rel.evidence and node.label in rel.targets:
                out[node.label] = rel.name
    return out


def pair_relationships(schema: Schema | None = None) -> list[str]:
    """Relationship types of entity-to-entity facts, whose ``support`` counts their copies.

    >>> pair_relationships()
    ['BASED_ON', 'COMPARED_TO']
    """
    schema = schema or load_schema()
    return [rel.name for rel in schema.relationships.values() if rel.fact in PAIR_RELATIONS]


def _siblings(node_label: str, schema: Schema) -> list[str]:
    """Labels sharing the node's id space (Dataset and Benchmark): a node has one of them."""
    iri_path = schema.nodes[node_label].iri_path
    return [n.label for n in schema.nodes.values() if n.iri_path == iri_path and n.label != node_label]


def schema_statements(schema: Schema | None = None) -> list[str]:
    """Constraints and indexes, each ``IF NOT EXISTS`` so running them again is harmless.

    >>> statements = schema_statements()
    >>> statements[0]
    'CREATE CONSTRAINT kg_kgnode_id IF NOT EXISTS FOR (n:KgNode) REQUIRE n.id IS UNIQUE'
    >>> 'CREATE INDEX kg_paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title)' in statements
    True
    """
    schema = schema or load_schema()
    out = []
    for name in [NODE_LABEL, *schema.nodes]:
        name = label(name, schema)
        out.append(f"CREATE CONSTRAINT kg_{name.lower()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE")
    for node in schema.nodes.values():
        for prop in node.properties:
            if prop.name in LOOKUP_PROPERTIES:
                key = node_property(node.label, prop.name, schema)
                out.append(
                    f"CREATE INDEX kg_{node.label.lower()}_{key.lower()} IF NOT EXISTS FOR (n:{node.label}) ON (n.{key})"
                )
    entity_labels = [label(n.label, schema) for n in schema.nodes.values() if n.entity_type]
    out.append(
        f"CREATE FULLTEXT INDEX kg_entity_names IF NOT EXISTS FOR (n:{'|'.join(entity_labels)}) "
        f"ON EACH [n.{NAME}, n.{ALIASES}]"
    )
    return out


def await_indexes() -> str:
    return "CALL db.awaitIndexes($seconds)"


def node_columns(node_label: str, schema: Schema | None = None) -> list[str]:
    """What each position of a node row holds: ``id``, then the other properties in schema order.

    Rows are lists rather than maps: the driver packs half as many values.

    >>> node_columns("Model")
    ['id', 'name', 'aliases', 'support']
    """
    schema = schema or load_schema()
    node = schema.nodes[label(node_label, schema)]
    return ["id", *(node_property(node.label, p.name, schema) for p in node.properties if p.name != "id")]


def relationship_columns(rel_type: str, schema: Schema | None = None) -> list[str]:
    """What each position of a relationship row holds: source id, target id, then the properties.

    >>> relationship_columns("REPORTS")
    ['source', 'target']
    """
    schema = schema or load_schema()
    rel = schema.relationships[relationship_type(rel_type, schema)]
    return ["source", "target", *(_rel_property(rel, p.name, schema) for p in schema.relationship_properties(rel))]


def _map(columns: list[str], first: int) -> str:
    """``{name: row[i], …}`` for the columns from position ``first`` on (null values set nothing)."""
    return "{" + ", ".join(f"{name}: row[{i}]" for i, name in enumerate(columns) if i >= first) + "}"


def merge_nodes(node_label: str, schema: Schema | None = None) -> str:
    """Upsert a batch of rows (see :func:`node_columns`) of one label; a row's properties replace the node's.

    An entity keeps the union of its aliases over every load, with a former canonical
    name among them; a Dataset that a later load calls a Benchmark becomes one (the
    last load decides between labels that share an id space).

    >>> print(merge_nodes("Link"))
    UNWIND $rows AS row
    MERGE (n:KgNode {id: row[0]})
    SET n = {id: row[0], url: row[1], kind: row[2], host: row[3], githubRepo: row[4], huggingFaceId: row[5], support: row[6]}
    SET n:Link
    REMOVE n:KgPending
    """
    schema = schema or load_schema()
    name = label(node_label, schema)
    columns = node_columns(name, schema)
    lines = ["UNWIND $rows AS row", f"MERGE (n:{NODE_LABEL} {{id: row[0]}})"]
    keeps_names = schema.nodes[name].entity_type is not None
    if keeps_names:
        aliases, canonical = node_property(name, ALIASES, schema), node_property(name, NAME, schema)
        new_aliases, new_name = f"row[{columns.index(aliases)}]", f"row[{columns.index(canonical)}]"
        lines.append(
            f"WITH n, row, [a IN coalesce(n.{aliases}, []) + CASE WHEN n.{canonical} IS NULL THEN [] "
            f"ELSE [n.{canonical}] END + coalesce({new_aliases}, []) WHERE a <> {new_name}] AS names"
        )
    lines += [f"SET n = {_map(columns, 0)}", f"SET n:{name}"]
    if keeps_names:
        # No aliases is no property, as in kg.neo4j.rows and after a CSV import.
        lines += [
            "WITH n, reduce(kept = [], a IN names | CASE WHEN a IN kept THEN kept ELSE kept + a END) AS names",
            f"SET n.{aliases} = CASE WHEN names = [] THEN null ELSE names END",
        ]
    lines.append(f"REMOVE n:{PENDING_LABEL}" + "".join(f", n:{label(s, schema)}" for s in _siblings(name, schema)))
    return "\n".join(lines)


def merge_relationships(rel_type: str, schema: Schema | None = None) -> str:
    """Upsert a batch of rows (see :func:`relationship_columns`) of one type.

    Endpoints are found (or, until their own rows arrive, created as pending nodes) by
    their unique id; a relationship with evidence is one per paper, keyed by ``paperId``.
    """
    schema = schema or load_schema()
    rel = schema.relationships[relationship_type(rel_type, schema)]
    columns = relationship_columns(rel.name, schema)
    key = ""
    if rel.evidence:
        merge_key = _rel_property(rel, MERGE_KEY, schema)
        key = f" {{{merge_key}: row[{columns.index(merge_key)}]}}"
    lines = [
        "UNWIND $rows AS row",
        f"MERGE (a:{NODE_LABEL} {{id: row[0]}})",
        f"  ON CREATE SET a:{PENDING_LABEL}",
        f"MERGE (b:{NODE_LABEL} {{id: row[1]}})",
        f"  ON CREATE SET b:{PENDING_LABEL}",
        f"MERGE (a)-[r:{rel.name}{key}]->(b)",
    ]
    if len(columns) > 2:
        lines.append(f"SET r = {_map(columns, 2)}")
    return "\n".join(lines)


def delete_batch(node_label: str, schema: Schema | None = None) -> str:
    """Delete up to ``$limit`` nodes of a label with their relationships; returns ``deleted``."""
    name = label(node_label, schema)
    return f"MATCH (n:{name})\nWITH n LIMIT $limit\nDETACH DELETE n\nRETURN count(*) AS deleted"


def recompute_support(rel_type: str, schema: Schema | None = None) -> str:
    """Set ``support`` of the nodes ``$ids`` to the number of papers with a ``rel_type`` to them.

    A node no paper reaches that way (input without evidence sentences) keeps its value.
    """
    schema = schema or load_schema()
    rel = schema.relationships[relationship_type(rel_type, schema)]
    (source,) = rel.sources
    return "\n".join(
        [
            "UNWIND $ids AS id",
            f"MATCH (n:{NODE_LABEL} {{id: id}})",
            f"OPTIONAL MATCH (p:{label(source, schema)})-[:{rel.name}]->(n)",
            "WITH n, count(DISTINCT p) AS papers",
            "WHERE papers > 0",
            "SET n.support = papers",
        ]
    )


def recompute_pair_support(rel_type: str, schema: Schema | None = None) -> str:
    """Set ``support`` on every copy of the facts ``$pairs`` ({source, target}) to the number of copies."""
    schema = schema or load_schema()
    rel = schema.relationships[relationship_type(rel_type, schema)]
    support = _rel_property(rel, "support", schema)
    return "\n".join(
        [
            "UNWIND $pairs AS pair",
            f"MATCH (:{NODE_LABEL} {{id: pair.source}})-[r:{rel.name}]->(:{NODE_LABEL} {{id: pair.target}})",
            "WITH pair, collect(r) AS copies",
            f"FOREACH (r IN copies | SET r.{support} = size(copies))",
        ]
    )


def count_nodes() -> str:
    """Nodes of kg per label (a node counts once per label it has)."""
    return f"MATCH (n:{NODE_LABEL})\nUNWIND labels(n) AS label\nRETURN label, count(*) AS count"


def count_relationships() -> str:
    """Relationships between kg's nodes per type."""
    return f"MATCH (:{NODE_LABEL})-[r]->(:{NODE_LABEL})\nRETURN type(r) AS type, count(*) AS count"


class SearchPhrase(NamedTuple):
    """A Bloom search phrase: its text with ``$parameter`` s, what it shows, and its Cypher."""

    phrase: str
    description: str
    cypher: str
    parameter: str  # the one parameter, without '$'
    suggest: str  # the label whose names Bloom suggests for it


def _named(var: str, param: str) -> str:
    return f"(toLower({var}.{NAME}) = toLower(${param}) OR any(a IN {var}.{ALIASES} WHERE toLower(a) = toLower(${param})))"


def search_phrases(schema: Schema | None = None) -> list[SearchPhrase]:
    """The questions the Bloom perspective offers; each returns paths for Bloom to draw."""
    schema = schema or load_schema()
    lbl = {name: label(name, schema) for name in ("Paper", "Model", "Dataset", "Benchmark", "Result")}
    rel = {name: relationship_type(name, schema) for name in schema.relationships}
    dataset = f"(d:{lbl['Dataset']} OR d:{lbl['Benchmark']})"
    return [
        SearchPhrase(
            "Models evaluated on $benchmark",
            "Models with a result on the benchmark or dataset, and the numbers.",
            f"MATCH (d:{NODE_LABEL}) WHERE {dataset} AND {_named('d', 'benchmark')}\n"
            f"MATCH path = (:{lbl['Model']})<-[:{rel['RESULT_OF']}]-(:{lbl['Result']})-[:{rel['ON_BENCHMARK']}]->(d)\n"
            "RETURN path",
            "benchmark",
            lbl["Benchmark"],
        ),
        SearchPhrase(
            "Lineage of $model",
            "What the model is built on, transitively.",
            f"MATCH path = (m:{lbl['Model']})-[:{rel['BASED_ON']}*1..6]->(:{lbl['Model']}) WHERE {_named('m', 'model')}\n"
            "RETURN path",
            "model",
            lbl["Model"],
        ),
        SearchPhrase(
            "Papers using $dataset",
            "Papers that use or evaluate on the dataset or benchmark.",
            f"MATCH (d:{NODE_LABEL}) WHERE {dataset} AND {_named('d', 'dataset')}\n"
            f"MATCH path = (:{lbl['Paper']})-[:{rel['USES']}|{rel['EVALUATED_ON']}]->(d)\n"
            "RETURN path",
            "dataset",
            lbl["Dataset"],
        ),
        SearchPhrase(
            "Models compared with $model",
            "Models that papers compare with the model, and the papers.",
            f"MATCH path = (:{lbl['Model']})-[:{rel['COMPARED_TO']}]->(m:{lbl['Model']}) WHERE {_named('m', 'model')}\n"
            "RETURN path",
            "model",
            lbl["Model"],
        ),
        SearchPhrase(
            "Results of $model",
            "The model's reported results with their benchmarks, metrics and papers.",
            f"MATCH (m:{lbl['Model']}) WHERE {_named('m', 'model')}\n"
            f"MATCH path = (:{lbl['Paper']})-[:{rel['REPORTS']}]->(r:{lbl['Result']})-[:{rel['RESULT_OF']}]->(m)\n"
            f"OPTIONAL MATCH more = (r)-[:{rel['ON_BENCHMARK']}|{rel['MEASURED_BY']}]->()\n"
            "RETURN path, more",
            "model",
            lbl["Model"],
        ),
        SearchPhrase(
            "What $paper proposes",
            "The paper's new models and datasets, and its links.",
            f"MATCH path = (p:{lbl['Paper']})-[:{rel['PROPOSES']}|{rel['HAS_LINK']}]->() "
            "WHERE toLower(p.title) CONTAINS toLower($paper)\n"
            "RETURN path",
            "paper",
            lbl["Paper"],
        ),
    ]
