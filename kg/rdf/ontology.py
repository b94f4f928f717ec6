"""The OWL ontology and the SHACL shapes, both derived from ``schemas/graph.yaml``.

``schemas/ontology.ttl`` and ``schemas/shapes.ttl`` are the output of
:func:`write_schema_files`; a test checks the shipped files equal freshly built graphs,
so the YAML schema stays the one source of truth.

>>> from rdflib.namespace import OWL, RDF
>>> (KG.Paper, RDF.type, OWL.Class) in ontology_graph()
True
>>> from rdflib.namespace import SH
>>> (SHAPES.Model, SH.targetClass, KG.Model) in shapes_graph()
True
"""

from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

from kg.errors import SchemaError
from kg.rdf.vocab import (
    DATATYPES,
    EVIDENCE_TERMS,
    KG,
    OA,
    SHAPES,
    bind_prefixes,
    camel_case,
    class_term,
    property_term,
    relationship_term,
)
from kg.schema import Property, Schema, load_schema, schema_dir
from kg.write.atomic import atomic_open

__all__ = ["ontology_graph", "shapes_graph", "write_schema_files", "ONTOLOGY_FILE", "SHAPES_FILE"]

ONTOLOGY_FILE = "ontology.ttl"
SHAPES_FILE = "shapes.ttl"

_GENERATED = "Generated from schemas/graph.yaml by kg.rdf.ontology.write_schema_files; do not edit."

# Value ranges the schema states only in prose; shapes check them wherever the name occurs.
_BOUNDS: dict[str, tuple[int | None, int | None]] = {
    "confidence": (0, 1),
    "start": (0, None),
    "end": (0, None),
    "support": (1, None),
}
# Offsets are oa:start/oa:end on statements, whose declared range is xsd:nonNegativeInteger.
_OFFSET_TYPE = XSD.nonNegativeInteger


def _list(graph: Graph, items: list) -> BNode:
    head = BNode()
    Collection(graph, head, items)
    return head


def _class_union(graph: Graph, classes: list[URIRef]) -> URIRef | BNode:
    """One class, or an anonymous ``owl:unionOf`` class of several."""
    if len(classes) == 1:
        return classes[0]
    union = BNode()
    graph.add((union, RDF.type, OWL.Class))
    graph.add((union, OWL.unionOf, _list(graph, classes)))
    return union


def _comment(described: list[tuple[str, str]]) -> str:
    """One description, or each distinct one prefixed by the labels that give it."""
    by_text: dict[str, list[str]] = {}
    for label, text in described:
        if text:
            by_text.setdefault(text, []).append(label)
    if len(by_text) == 1:
        return next(iter(by_text))
    return " ".join(f"{', '.join(labels)}: {text}" for text, labels in by_text.items())


def _datatype_properties(schema: Schema) -> dict[URIRef, list[tuple[str, Property]]]:
    """Every kg: datatype property with the (class label, property) pairs that use it."""
    uses: dict[URIRef, list[tuple[str, Property]]] = {}
    for label, node in schema.nodes.items():
        for prop in node.properties:
            if not prop.rdf:
                uses.setdefault(KG[prop.name], []).append((label, prop))
    for prop in schema.evidence_properties:
        term = EVIDENCE_TERMS[prop.name]
        if term in KG:
            uses.setdefault(term, []).append(("Statement", prop))
    for term, pairs in uses.items():
        if len({DATATYPES[prop.type] for _, prop in pairs}) > 1:
            raise SchemaError(f"property {term} has different types on {[label for label, _ in pairs]}")
    return uses


def ontology_graph(schema: Schema | None = None) -> Graph:
    """The OWL ontology: classes, object properties and datatype properties of the schema."""
    schema = schema or load_schema()
    graph = bind_prefixes(Graph())
    ontology = URIRef(schema.namespaces["kg"].rstrip("#/"))
    graph.add((ontology, RDF.type, OWL.Ontology))
    graph.add((ontology, RDFS.label, Literal("kg: a knowledge graph of ML literature")))
    graph.add((ontology, RDFS.comment, Literal(_GENERATED)))
    graph.add((ontology, OWL.versionInfo, Literal(str(schema.version))))

    for label, node in schema.nodes.items():
        term = class_term(label)
        graph.add((term, RDF.type, OWL.Class))
        graph.add((term, RDFS.label, Literal(label)))
        graph.add((term, RDFS.comment, Literal(node.description)))
        for curie in node.rdf_superclasses:
            graph.add((term, RDFS.subClassOf, URIRef(schema.expand(curie))))
    graph.add((KG.Statement, RDF.type, OWL.Class))
    graph.add((KG.Statement, RDFS.label, Literal("Statement")))
    graph.add((KG.Statement, RDFS.comment, Literal(
        "Where one fact edge is stated: rdf:subject/rdf:predicate/rdf:object name the edge "
        "(also asserted directly), prov:wasDerivedFrom the paper, oa:hasSelector the sentence "
        "(an oa:TextPositionSelector into the abstract and an oa:TextQuoteSelector).")))
    graph.add((KG.Statement, RDFS.subClassOf, PROV.Entity))
    graph.add((KG.Statement, RDFS.subClassOf, RDF.Statement))
    # Each node has one label; labels sharing an id space (Dataset, Benchmark) split it.
    disjoint = BNode()
    graph.add((disjoint, RDF.type, OWL.AllDisjointClasses))
    graph.add((disjoint, OWL.members, _list(graph, [class_term(label) for label in schema.nodes])))

    for name, rel in schema.relationships.items():
        term = relationship_term(name)
        graph.add((term, RDF.type, OWL.ObjectProperty))
        graph.add((term, RDFS.label, Literal(name.lower().replace("_", " "))))
        graph.add((term, RDFS.comment, Literal(rel.description)))
        graph.add((term, RDFS.domain, _class_union(graph, [class_term(label) for label in rel.sources])))
        graph.add((term, RDFS.range, _class_union(graph, [class_term(label) for label in rel.targets])))

    for term, pairs in _datatype_properties(schema).items():
        graph.add((term, RDF.type, OWL.DatatypeProperty))
        graph.add((term, RDFS.label, Literal(pairs[0][1].name)))
        if comment := _comment([(label, prop.description) for label, prop in pairs]):
            graph.add((term, RDFS.comment, Literal(comment)))
        graph.add((term, RDFS.domain, _class_union(graph, [KG[label] for label, _ in pairs])))
        graph.add((term, RDFS.range, DATATYPES[pairs[0][1].type]))
    return graph


def _property_shape(
    graph: Graph, owner: URIRef, name: str, path: URIRef, prop: Property | None = None, *, datatype=None
) -> URIRef:
    """A named property shape of ``owner`` (``kgsh:<Owner>-<name>``) on ``path``."""
    shape = SHAPES[f"{owner.removeprefix(str(SHAPES))}-{name}"]
    graph.add((owner, SH.property, shape))
    graph.add((shape, RDF.type, SH.PropertyShape))
    graph.add((shape, SH.path, path))
    graph.add((shape, SH.name, Literal(name)))
    if prop is None:
        return shape
    if prop.description:
        graph.add((shape, SH.description, Literal(prop.description)))
    graph.add((shape, SH.datatype, datatype or DATATYPES[prop.type]))
    if prop.required:
        graph.add((shape, SH.minCount, Literal(1)))
    if prop.type != "string[]":
        graph.add((shape, SH.maxCount, Literal(1)))
    if prop.enum:
        graph.add((shape, SH["in"], _list(graph, [Literal(v) for v in prop.enum])))
    low, high = _BOUNDS.get(prop.name, (None, None))
    if low is not None:
        graph.add((shape, SH.minInclusive, Literal(low)))
    if high is not None:
        graph.add((shape, SH.maxInclusive, Literal(high)))
    return shape


def _node_shape(graph: Graph, name: str, target: URIRef) -> URIRef:
    """A closed node shape: any predicate it does not list is a violation."""
    shape = SHAPES[name]
    graph.add((shape, RDF.type, SH.NodeShape))
    graph.add((shape, SH.targetClass, target))
    graph.add((shape, SH.closed, Literal(True)))
    graph.add((shape, SH.ignoredProperties, _list(graph, [RDF.type])))
    return shape


def _classes_constraint(graph: Graph, shape: URIRef, classes: list[URIRef]) -> None:
    graph.add((shape, SH.nodeKind, SH.IRI))
    if len(classes) == 1:
        graph.add((shape, SH["class"], classes[0]))
        return
    options = []
    for cls in classes:
        option = BNode()
        graph.add((option, SH["class"], cls))
        options.append(option)
    graph.add((shape, SH["or"], _list(graph, options)))


def _exactly_one(graph: Graph, shape: URIRef) -> None:
    graph.add((shape, SH.minCount, Literal(1)))
    graph.add((shape, SH.maxCount, Literal(1)))


def _add_node_shapes(graph: Graph, schema: Schema) -> None:
    """One closed shape per node label: its properties and its outgoing relationships."""
    for label, node in schema.nodes.items():
        shape = _node_shape(graph, label, class_term(label))
        paths = {}
        for prop in node.properties:
            paths[prop.name] = property_term(prop)
            _property_shape(graph, shape, prop.name, paths[prop.name], prop)
        if "start" in paths and "end" in paths:
            graph.add((SHAPES[f"{label}-start"], SH.lessThanOrEquals, paths["end"]))
        for other in schema.nodes.values():  # a shared id space: one node is one or the other
            if other.label != label and other.iri_path == node.iri_path:
                not_other = BNode()
                graph.add((not_other, SH["class"], class_term(other.label)))
                graph.add((shape, SH["not"], not_other))
        for name, rel in schema.relationships.items():
            if label in rel.sources:
                rel_shape = _property_shape(graph, shape, camel_case(name), relationship_term(name))
                _classes_constraint(graph, rel_shape, [class_term(t) for t in rel.targets])


def _add_statement_shapes(graph: Graph, schema: Schema) -> None:
    """The evidence statement and its two selectors (see :mod:`kg.rdf.writer`)."""
    evidence = {prop.name: prop for prop in schema.evidence_properties}
    statement = _node_shape(graph, "Statement", KG.Statement)
    for name, path in (("subject", RDF.subject), ("object", RDF.object)):
        _exactly_one(graph, _property_shape(graph, statement, name, path))
        graph.add((SHAPES[f"Statement-{name}"], SH.nodeKind, SH.IRI))
    predicate = _property_shape(graph, statement, "predicate", RDF.predicate)
    _exactly_one(graph, predicate)
    facts = [relationship_term(name) for name, rel in schema.relationships.items() if rel.evidence]
    graph.add((predicate, SH["in"], _list(graph, facts)))
    paper = _property_shape(graph, statement, "paperId", EVIDENCE_TERMS["paperId"])
    _exactly_one(graph, paper)
    graph.add((paper, SH.description, Literal(evidence["paperId"].description)))
    _classes_constraint(graph, paper, [KG.Paper])
    for name in ("confidence", "support"):
        _property_shape(graph, statement, name, EVIDENCE_TERMS[name], evidence[name])
    selectors = _property_shape(graph, statement, "selector", OA.hasSelector)
    graph.add((selectors, SH.nodeKind, SH.IRI))
    graph.add((selectors, SH.minCount, Literal(1)))
    graph.add((selectors, SH.maxCount, Literal(2)))
    # Every statement quotes its sentence; a fact stated only in the title has no position
    # in the abstract, so the position selector is optional.
    for name, selector_class, least in (("position", OA.TextPositionSelector, 0), ("quote", OA.TextQuoteSelector, 1)):
        qualified = _property_shape(graph, statement, name, OA.hasSelector)
        of_class = BNode()
        graph.add((of_class, SH["class"], selector_class))
        graph.add((qualified, SH.qualifiedValueShape, of_class))
        graph.add((qualified, SH.qualifiedMinCount, Literal(least)))
        graph.add((qualified, SH.qualifiedMaxCount, Literal(1)))

    position = _node_shape(graph, "TextPositionSelector", OA.TextPositionSelector)
    for name in ("start", "end"):
        _property_shape(graph, position, name, EVIDENCE_TERMS[name], evidence[name], datatype=_OFFSET_TYPE)
    graph.add((SHAPES["TextPositionSelector-start"], SH.lessThanOrEquals, EVIDENCE_TERMS["end"]))
    quote = _node_shape(graph, "TextQuoteSelector", OA.TextQuoteSelector)
    _property_shape(graph, quote, "sentence", EVIDENCE_TERMS["sentence"], evidence["sentence"])


def shapes_graph(schema: Schema | None = None) -> Graph:
    """The SHACL shapes: one closed node shape per class, and the statement's shapes."""
    schema = schema or load_schema()
    graph = bind_prefixes(Graph())
    _add_node_shapes(graph, schema)
    _add_statement_shapes(graph, schema)
    return graph


def _turtle(graph: Graph) -> str:
    return f"# {_GENERATED}\n" + graph.serialize(format="turtle")


def write_schema_files(directory: str | Path | None = None) -> list[Path]:
    """Write ``ontology.ttl`` and ``shapes.ttl`` (atomically) into ``directory``.

    The default is the schema folder, which is how the shipped files are regenerated.

    >>> import tempfile
    >>> [p.name for p in write_schema_files(tempfile.mkdtemp())]
    ['ontology.ttl', 'shapes.ttl']
    """
    directory = Path(directory) if directory is not None else schema_dir()
    written = []
    for name, graph in ((ONTOLOGY_FILE, ontology_graph()), (SHAPES_FILE, shapes_graph())):
        with atomic_open(directory / name) as handle:
            handle.write(_turtle(graph))
        written.append(directory / name)
    return written
