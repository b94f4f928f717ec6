"""The RDF vocabulary of kg: namespaces, prefixes, and how schema names become RDF terms.

Every term of the ontology namespace is declared in :class:`KG` (``_fail = True``), so a
misspelt term fails where it is used; a test checks the declared terms are exactly the
ones ``schemas/graph.yaml`` implies (:func:`schema_terms`). Prefixes are bound here and
nowhere else (:data:`PREFIXES`, :data:`DATA_PREFIXES`, :func:`bind_prefixes`).

>>> relationship_term("EVALUATED_ON")
rdflib.term.URIRef('https://w3id.org/kg-ml/ontology#evaluatedOn')
>>> property_term(load_schema().nodes["Model"].property("name"))
rdflib.term.URIRef('https://schema.org/name')
>>> property_term(load_schema().nodes["Model"].property("support"))
rdflib.term.URIRef('https://w3id.org/kg-ml/ontology#support')
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD, DefinedNamespace

from kg import ids
from kg.schema import Property, Schema, load_schema

__all__ = [
    "KG",
    "OA",
    "SHAPES",
    "PREFIXES",
    "DATA_PREFIXES",
    "DATATYPES",
    "EVIDENCE_TERMS",
    "bind_prefixes",
    "camel_case",
    "class_term",
    "relationship_term",
    "property_term",
    "schema_terms",
]

_SCHEMA = load_schema()


class KG(DefinedNamespace):
    """The kg ontology: one class per node label, one property per relationship type and
    per node property that has no standard predicate, and the evidence statement class."""

    _fail = True
    _NS = Namespace(_SCHEMA.namespaces["kg"])

    # Classes
    Paper: URIRef
    Model: URIRef
    Dataset: URIRef
    Benchmark: URIRef
    Metric: URIRef
    Link: URIRef
    Result: URIRef
    Statement: URIRef  # the evidence of one fact edge (a reified triple)

    # Object properties (relationship types)
    mentions: URIRef
    proposes: URIRef
    uses: URIRef
    evaluatedOn: URIRef
    basedOn: URIRef
    comparedTo: URIRef
    hasLink: URIRef
    reports: URIRef
    resultOf: URIRef
    measuredBy: URIRef
    onBenchmark: URIRef

    # Datatype properties
    id: URIRef
    url: URIRef
    arxivId: URIRef
    authors: URIRef
    source: URIRef
    support: URIRef
    kind: URIRef
    host: URIRef
    githubRepo: URIRef
    huggingFaceId: URIRef
    numericValue: URIRef
    paperId: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    confidence: URIRef


class OA(DefinedNamespace):
    """The Web Annotation terms kg uses to point at the sentence that states a fact."""

    _fail = True
    _NS = Namespace(_SCHEMA.namespaces["oa"])

    hasSelector: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


# SHACL shapes are named (kgsh:Model-name), so validation reports say which rule failed.
SHAPES = Namespace("https://w3id.org/kg-ml/shapes#")

PREFIXES: dict[str, str] = {
    **_SCHEMA.namespaces,
    "kgsh": str(SHAPES),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "sh": str(SH),
}

# Data files use the schema's namespaces and one prefix per id space (model:bert,
# dataset:mscoco, statement:…), which keeps them short.
DATA_PREFIXES: dict[str, str] = {
    **{prefix: PREFIXES[prefix] for prefix in ("rdf", "xsd", *_SCHEMA.namespaces) if prefix != "resource"},
    **{
        path: f"{_SCHEMA.namespaces['resource']}{path}/"
        for path in sorted({node.iri_path for node in _SCHEMA.nodes.values()} | {ids.STATEMENT_PATH})
    },
}

DATATYPES: dict[str, URIRef] = {
    "string": XSD.string,
    "string[]": XSD.string,  # a list is written as one triple per item
    "integer": XSD.integer,
    "float": XSD.double,
    "boolean": XSD.boolean,
}

# How a fact edge's evidence properties are written on its statement node (kg:Statement):
# the paper it comes from, Web Annotation selectors for the sentence, and two kg terms.
EVIDENCE_TERMS: dict[str, URIRef] = {
    "paperId": PROV.wasDerivedFrom,  # object: the paper's IRI
    "sentence": OA.exact,  # on the statement's oa:TextQuoteSelector
    "start": OA.start,  # on its oa:TextPositionSelector
    "end": OA.end,
    "confidence": KG.confidence,
    "support": KG.support,
}


def bind_prefixes(graph: Graph, prefixes: dict[str, str] = PREFIXES) -> Graph:
    """Bind kg's prefixes on an rdflib graph (replacing rdflib's defaults) and return it."""
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


def camel_case(name: str) -> str:
    """``'EVALUATED_ON'`` → ``'evaluatedOn'``.

    >>> camel_case("HAS_LINK"), camel_case("USES")
    ('hasLink', 'uses')
    """
    first, *rest = name.lower().split("_")
    return first + "".join(part.capitalize() for part in rest)


def class_term(label: str) -> URIRef:
    return KG[label]


def relationship_term(name: str) -> URIRef:
    return KG[camel_case(name)]


def property_term(prop: Property) -> URIRef:
    """The predicate of a node property: its ``rdf`` CURIE, else ``kg:<name>``."""
    return URIRef(_SCHEMA.expand(prop.rdf)) if prop.rdf else KG[prop.name]


def schema_terms(schema: Schema) -> set[str]:
    """The local names the schema needs in the kg namespace (what :class:`KG` declares)."""
    namespace = schema.namespaces["kg"]
    terms = {"Statement"}
    terms.update(t.removeprefix(namespace) for t in EVIDENCE_TERMS.values() if t.startswith(namespace))
    terms.update(schema.nodes)
    terms.update(camel_case(name) for name in schema.relationships)
    terms.update(p.name for node in schema.nodes.values() for p in node.properties if not p.rdf)
    return terms
