"""Stream graph elements to RDF (Turtle, N-Triples, JSON-LD) with pyoxigraph.

A :class:`~kg.graph.Node` becomes ``<iri> a kg:<Label>`` and one triple per property,
typed as the schema says (a list gives one triple per item, ``None`` gives none).
An :class:`~kg.graph.Edge` becomes ``<source> kg:<type> <target>``; when its type carries
evidence it also gets a ``kg:Statement`` node: ``rdf:subject/predicate/object`` name the
edge, ``prov:wasDerivedFrom`` the paper, ``kg:confidence``, ``kg:support``, and two Web
Annotation selectors for the sentence (``<statement>-position`` with ``oa:start``/``oa:end``
into the abstract, ``<statement>-quote`` with ``oa:exact``). Statement IRIs are stable:
:func:`kg.ids.statement_id` of the edge's type, ends and key.

Triples go to pyoxigraph's serializer as they are made, so memory stays flat whatever the
size of the input; the file appears only when complete (:func:`kg.write.atomic.atomic_path`).

>>> import tempfile, pathlib
>>> from kg.graph import Node
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
>>> write_rdf([Node("Model", "model/bert", {"id": "model/bert", "name": "BERT", "support": 2})], out)
RdfStats(triples=4, nodes=1, edges=0)
>>> for line in out.read_text().splitlines():
...     if not line.startswith("@prefix"):
...         print(line.replace("\\t", "    "))
model:bert a kg:Model ;
    kg:id "model/bert" ;
    schema:name "BERT" ;
    kg:support 2 .
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, serialize
from rdflib.namespace import RDF, XSD

from kg import ids
from kg.errors import KgError, SchemaError
from kg.graph import Edge, Node
from kg.rdf.vocab import (
    DATA_PREFIXES,
    EVIDENCE_TERMS,
    KG,
    OA,
    class_term,
    property_term,
    relationship_term,
)
from kg.schema import load_schema
from kg.write.atomic import atomic_path

__all__ = ["FORMATS", "RdfStats", "write_rdf"]

FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}

# Schema value types → the Python types a property value may have.
_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "string[]": str,
    "integer": int,
    "float": (int, float),
    "boolean": bool,
}


@dataclass(frozen=True)
class RdfStats:
    """What :func:`write_rdf` wrote.

    ``triples`` counts triples written. A model-to-model fact that n papers state is
    written n times, each time beside that paper's statement node; an RDF store holds it
    once, so a parsed graph can have fewer triples (streaming keeps no set of them).
    """

    triples: int
    nodes: int
    edges: int


def _named(term: str) -> NamedNode:
    return NamedNode(str(term))


_TYPE = _named(RDF.type)
_STATEMENT = _named(KG.Statement)
_SUBJECT, _PREDICATE, _OBJECT = _named(RDF.subject), _named(RDF.predicate), _named(RDF.object)
_HAS_SELECTOR = _named(OA.hasSelector)
_POSITION, _QUOTE = _named(OA.TextPositionSelector), _named(OA.TextQuoteSelector)
_EVIDENCE = {name: _named(term) for name, term in EVIDENCE_TERMS.items()}
_OFFSET = _named(XSD.nonNegativeInteger)  # oa:start/oa:end's declared range

_SCHEMA = load_schema()
_CLASSES = {label: _named(class_term(label)) for label in _SCHEMA.nodes}
# label → property name → (predicate, value type)
_PROPERTIES = {
    label: {p.name: (_named(property_term(p)), p.type) for p in node.properties}
    for label, node in _SCHEMA.nodes.items()
}
# relationship type → (predicate, whether it carries evidence)
_RELATIONSHIPS = {name: (_named(relationship_term(name)), rel.evidence) for name, rel in _SCHEMA.relationships.items()}
_EVIDENCE_TYPES = {p.name: p.type for p in _SCHEMA.evidence_properties}


@functools.lru_cache(maxsize=1 << 16)  # entity ids recur in many edges; bounded, so memory stays flat
def _iri(node_id: str) -> NamedNode:
    return NamedNode(ids.iri(node_id))


def _literal(value, value_type: str, name: str) -> Literal:
    expected = _PYTHON_TYPES[value_type]
    if not isinstance(value, expected) or (isinstance(value, bool) and value_type != "boolean"):
        raise SchemaError(f"property {name!r} should be {value_type}, not {value!r}")
    try:
        return Literal(float(value) if value_type == "float" else value)
    except ValueError:  # text pyoxigraph cannot encode, such as a lone surrogate
        raise SchemaError(f"property {name!r} is not valid Unicode text: {value!r}") from None


def _offset(value, name: str) -> Literal:
    _literal(value, "integer", name)
    return Literal(str(value), datatype=_OFFSET)


def _node_triples(node: Node) -> list[Triple]:
    if node.label not in _CLASSES:
        raise SchemaError(f"unknown node label {node.label!r}")
    subject = _iri(node.id)
    out = [Triple(subject, _TYPE, _CLASSES[node.label])]
    properties = _PROPERTIES[node.label]
    for name, value in node.properties.items():
        if value is None:
            continue
        if name not in properties:
            raise SchemaError(f"property {name!r} is not in the schema of {node.label}")
        predicate, value_type = properties[name]
        if value_type == "string[]":
            if not isinstance(value, (list, tuple)):
                raise SchemaError(f"property {name!r} should be a list of strings, not {value!r}")
            out.extend(Triple(subject, predicate, _literal(item, value_type, name)) for item in value)
        else:
            out.append(Triple(subject, predicate, _literal(value, value_type, name)))
    return out


def _edge_triples(edge: Edge) -> list[Triple]:
    if edge.type not in _RELATIONSHIPS:
        raise SchemaError(f"unknown relationship type {edge.type!r}")
    predicate, has_evidence = _RELATIONSHIPS[edge.type]
    source, target = _iri(edge.source), _iri(edge.target)
    out = [Triple(source, predicate, target)]
    props = edge.properties
    if not has_evidence:
        if props:
            raise SchemaError(f"{edge.type} edges have no properties in the schema, got {sorted(props)}")
        return out
    if props.keys() != _EVIDENCE_TYPES.keys():
        raise SchemaError(f"evidence properties should be {sorted(_EVIDENCE_TYPES)}, got {sorted(props)}")
    types = _EVIDENCE_TYPES  # the schema's value type of each evidence property
    statement = _named(ids.iri(ids.statement_id(edge.type, edge.source, edge.target, edge.key)))
    # Not hash IRIs (<statement#quote>): rdflib makes a namespace of each, which is quadratic.
    position = NamedNode(statement.value + "-position")
    quote = NamedNode(statement.value + "-quote")
    out += (
        Triple(statement, _TYPE, _STATEMENT),
        Triple(statement, _SUBJECT, source),
        Triple(statement, _PREDICATE, predicate),
        Triple(statement, _OBJECT, target),
        Triple(statement, _EVIDENCE["paperId"], _iri(props["paperId"])),
        Triple(statement, _EVIDENCE["confidence"], _literal(props["confidence"], types["confidence"], "confidence")),
        Triple(statement, _EVIDENCE["support"], _literal(props["support"], types["support"], "support")),
        Triple(statement, _HAS_SELECTOR, quote),
        Triple(quote, _TYPE, _QUOTE),
        Triple(quote, _EVIDENCE["sentence"], _literal(props["sentence"], types["sentence"], "sentence")),
    )
    if props["start"] != props["end"]:  # start == end: stated in the title, no place in the abstract
        out += (
            Triple(statement, _HAS_SELECTOR, position),
            Triple(position, _TYPE, _POSITION),
            Triple(position, _EVIDENCE["start"], _offset(props["start"], "start")),
            Triple(position, _EVIDENCE["end"], _offset(props["end"], "end")),
        )
    return out


def _describe(element: Node | Edge) -> str:
    if isinstance(element, Node):
        return f"{element.label} node {element.id!r}"
    return f"{element.type} edge {element.source!r} -> {element.target!r}"


class _Counter:
    def __init__(self) -> None:
        self.triples = self.nodes = self.edges = 0

    def stats(self) -> RdfStats:
        return RdfStats(self.triples, self.nodes, self.edges)


def _triples(elements: Iterable[Node | Edge], counter: _Counter) -> Iterator[Triple]:
    """The triples of the elements, one element at a time, counted as they go."""
    for element in elements:
        try:
            if isinstance(element, Node):
                out = _node_triples(element)
                counter.nodes += 1
            else:
                out = _edge_triples(element)
                counter.edges += 1
        except SchemaError as error:
            raise SchemaError(f"{_describe(element)}: {error}") from None
        counter.triples += len(out)
        yield from out


def write_rdf(elements: Iterable[Node | Edge], path: str | os.PathLike, *, format: str = "turtle") -> RdfStats:
    """Write the elements to ``path`` as ``turtle``, ``ntriples`` or ``jsonld``; return counts.

    Consecutive triples of one subject share a Turtle block, so pass each node's
    elements together (as :func:`kg.graph.paper_elements` yields them) for compact output.
    """
    if format not in FORMATS:
        raise KgError(f"unknown RDF format {format!r}; choose one of {', '.join(FORMATS)}")
    counter = _Counter()
    with atomic_path(path) as tmp:
        serialize(_triples(elements, counter), str(tmp), FORMATS[format], prefixes=DATA_PREFIXES)
    return counter.stats()
