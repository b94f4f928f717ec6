"""RDF: the ontology and shapes follow the schema; the writer round-trips any text and validates."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, XSD

from kg import ids
from kg.errors import KgError, SchemaError
from kg.graph import Edge, Node
from kg.rdf.ontology import ONTOLOGY_FILE, SHAPES_FILE, ontology_graph, shapes_graph, write_schema_files
from kg.rdf.shacl import validate
from kg.rdf.vocab import (
    DATA_PREFIXES,
    EVIDENCE_TERMS,
    KG,
    OA,
    PREFIXES,
    SHAPES,
    class_term,
    property_term,
    relationship_term,
    schema_terms,
)
from kg.rdf.writer import FORMATS, write_rdf
from kg.records import Entity, Evidence, Extraction, Fact, Paper
from kg.resolve import EntityIndex
from kg.schema import load_schema, schema_dir

DATA = Path(__file__).parent / "data"
SCHEMA = load_schema()
NS = {**PREFIXES, **DATA_PREFIXES}
SUFFIX = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld"}
OX_FORMAT = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
             "jsonld": pyoxigraph.RdfFormat.JSON_LD}


# -- ontology and shapes ------------------------------------------------------------------


@pytest.mark.parametrize("name, build", [(ONTOLOGY_FILE, ontology_graph), (SHAPES_FILE, shapes_graph)])
def test_shipped_files_equal_generated(name, build):
    shipped = Graph().parse(schema_dir() / name, format="turtle")
    assert isomorphic(shipped, build()), f"schemas/{name} is stale: regenerate it with write_schema_files()"


def test_write_schema_files_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    write_schema_files(first)
    write_schema_files(second)
    for name in (ONTOLOGY_FILE, SHAPES_FILE):
        assert (first / name).read_bytes() == (second / name).read_bytes()
        assert (first / name).read_text(encoding="utf-8").startswith("# Generated from schemas/graph.yaml")


def test_vocab_declares_exactly_the_schema_terms():
    assert set(KG.__annotations__) == schema_terms(SCHEMA)
    assert set(EVIDENCE_TERMS) == {p.name for p in SCHEMA.evidence_properties}
    assert str(PROV) == SCHEMA.namespaces["prov"]  # rdflib's PROV is the schema's
    with pytest.raises(AttributeError):
        KG.evaluatedon  # noqa: B018  (a misspelt term fails)


def test_ontology_names_exactly_the_schema():
    graph = ontology_graph()
    named = lambda kind: {s for s in graph.subjects(RDF.type, kind) if isinstance(s, URIRef)}  # noqa: E731
    assert named(OWL.Class) == {class_term(label) for label in SCHEMA.nodes} | {KG.Statement}
    assert named(OWL.ObjectProperty) == {relationship_term(name) for name in SCHEMA.relationships}
    unmapped = {KG[p.name] for node in SCHEMA.nodes.values() for p in node.properties if not p.rdf}
    assert named(OWL.DatatypeProperty) == unmapped | {KG.confidence, KG.support}
    assert KG.evaluatedOn in named(OWL.ObjectProperty)
    for label, node in SCHEMA.nodes.items():
        assert set(graph.objects(class_term(label), RDFS.subClassOf)) == {
            URIRef(SCHEMA.expand(c)) for c in node.rdf_superclasses
        }
        assert graph.value(class_term(label), RDFS.comment) == Literal(node.description)
    assert (KG.Result, RDFS.subClassOf, URIRef(SCHEMA.expand("mls:ModelEvaluation"))) in graph
    assert {RDF.Statement, PROV.Entity} <= set(graph.objects(KG.Statement, RDFS.subClassOf))


def _union_members(graph: Graph, node) -> set:
    if isinstance(node, URIRef):
        return {node}
    return set(graph.items(graph.value(node, OWL.unionOf)))


@pytest.mark.parametrize("name", list(SCHEMA.relationships))
def test_object_property_domain_and_range_follow_the_schema(name):
    graph, rel = ontology_graph(), SCHEMA.relationships[name]
    term = relationship_term(name)
    assert _union_members(graph, graph.value(term, RDFS.domain)) == {class_term(label) for label in rel.sources}
    assert _union_members(graph, graph.value(term, RDFS.range)) == {class_term(label) for label in rel.targets}


def test_shapes_follow_the_schema():
    graph = shapes_graph()
    for label, node in SCHEMA.nodes.items():
        shape = SHAPES[label]
        assert graph.value(shape, SH.targetClass) == class_term(label)
        for prop in node.properties:
            prop_shape = SHAPES[f"{label}-{prop.name}"]
            assert graph.value(prop_shape, SH.path) == property_term(prop)
            assert (graph.value(prop_shape, SH.minCount) == Literal(1)) == prop.required
            assert (graph.value(prop_shape, SH.maxCount) == Literal(1)) == (prop.type != "string[]")
    kind = SCHEMA.nodes["Link"].property("kind")
    assert [str(v) for v in graph.items(graph.value(SHAPES["Link-kind"], SH["in"]))] == list(kind.enum)
    assert graph.value(SHAPES["Statement-confidence"], SH.minInclusive).toPython() == 0
    assert graph.value(SHAPES["Statement-confidence"], SH.maxInclusive).toPython() == 1
    assert graph.value(SHAPES["TextPositionSelector-start"], SH.datatype) == XSD.nonNegativeInteger


# -- the writer on a corpus of tricky names -----------------------------------------------


@pytest.fixture
def tricky(graph_elements):
    """tests/data/tricky-names.jsonl (quotes, backslashes, newlines, unicode, ...) and its elements."""
    with (DATA / "tricky-names.jsonl").open(encoding="utf-8") as handle:
        extractions = [Extraction.from_record(json.loads(line)) for line in handle]
    index = EntityIndex()
    for extraction in extractions:
        index.add(extraction)
    return extractions, index, graph_elements(extractions)


@pytest.fixture(params=list(FORMATS))
def written(request, tricky, tmp_path):
    _, _, elements = tricky
    path = tmp_path / f"tricky.{SUFFIX[request.param]}"
    stats = write_rdf(iter(elements), path, format=request.param)  # a one-pass iterator is enough
    return request.param, path, stats


def _rdflib(path: Path, rdf_format: str) -> Graph:
    return Graph().parse(path, format={"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}[rdf_format])


def _oxigraph(path: Path, rdf_format: str) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=OX_FORMAT[rdf_format])
    return store


def test_fixture_has_the_tricky_names(tricky):
    _, index, _ = tricky
    names = {e.name for e in index.entities()}
    tricky_names = {'BERT "base"', "Ünïcødé-模型", 'x"}) DETACH DELETE n //', "++", "T5", "C:\\data\\set {v2}"}
    assert tricky_names | {"<GLUE>", "🤖Bot-2", "50%-Net#1?"} <= names


def test_counts_match_both_parsers(written, tricky):
    rdf_format, path, stats = written
    _, _, elements = tricky
    assert stats.nodes == sum(isinstance(e, Node) for e in elements)
    assert stats.edges == sum(isinstance(e, Edge) for e in elements)
    assert len(_rdflib(path, rdf_format)) == stats.triples
    assert len(_oxigraph(path, rdf_format)) == stats.triples


def test_names_round_trip_exactly_rdflib(written, tricky):
    rdf_format, path, _ = written
    extractions, index, _ = tricky
    graph = _rdflib(path, rdf_format)
    query = "SELECT ?node ?id WHERE { ?node schema:name ?name ; kg:id ?id }"
    for entity in index.entities():
        rows = list(graph.query(query, initNs=NS, initBindings={"name": Literal(entity.name)}))
        assert [(row.node, row.id) for row in rows] == [(URIRef(ids.iri(entity.id)), Literal(entity.id))]
        for alias in entity.aliases:
            hit = graph.query("ASK { ?node schema:alternateName ?alias }", initNs=NS,
                              initBindings={"node": URIRef(ids.iri(entity.id)), "alias": Literal(alias)})
            assert hit.askAnswer, alias
    for extraction in extractions:
        paper = URIRef(ids.iri(ids.paper_id(extraction.paper.id)))
        assert graph.value(paper, URIRef(NS["dcterms"] + "title")) == Literal(extraction.paper.title)
        assert graph.value(paper, URIRef(NS["dcterms"] + "abstract")) == Literal(extraction.paper.abstract)
        assert {str(a) for a in graph.objects(paper, KG.authors)} == set(extraction.paper.authors)
        for fact in extraction.facts:
            hit = graph.query("ASK { ?quote oa:exact ?sentence }", initNs=NS,
                              initBindings={"sentence": Literal(fact.evidence.sentence)})
            assert hit.askAnswer


def test_names_round_trip_exactly_pyoxigraph(written, tricky):
    rdf_format, path, _ = written
    _, index, _ = tricky
    store = _oxigraph(path, rdf_format)
    query = "SELECT ?node ?name WHERE { ?node schema:name ?name }"  # SEP-0007: bound vars are projected
    for entity in index.entities():
        rows = store.query(query, prefixes=NS,
                           substitutions={pyoxigraph.Variable("name"): pyoxigraph.Literal(entity.name)})
        assert [row["node"].value for row in rows] == [ids.iri(entity.id)]


def test_output_conforms_to_the_shapes(written):
    _, path, _ = written
    conforms, report = validate(path)
    assert conforms, report


def test_shared_corpus_conforms(corpus, graph_elements, tmp_path):
    stats = write_rdf(graph_elements(corpus), tmp_path / "corpus.ttl")
    assert stats.triples > 0
    conforms, report = validate(tmp_path / "corpus.ttl")
    assert conforms, report


def test_evidence_statement_points_at_the_sentence(tricky, tmp_path):
    extractions, _, elements = tricky
    path = tmp_path / "g.nt"
    write_rdf(elements, path, format="ntriples")
    graph = _rdflib(path, "ntriples")
    edge = next(e for e in elements if isinstance(e, Edge) and e.type == "PROPOSES")
    statement = URIRef(ids.iri(ids.statement_id(edge.type, edge.source, edge.target, edge.key)))
    assert (URIRef(ids.iri(edge.source)), KG.proposes, URIRef(ids.iri(edge.target))) in graph  # asserted directly
    assert graph.value(statement, RDF.type) == KG.Statement
    assert graph.value(statement, RDF.subject) == URIRef(ids.iri(edge.source))
    assert graph.value(statement, RDF.predicate) == KG.proposes
    assert graph.value(statement, RDF.object) == URIRef(ids.iri(edge.target))
    assert graph.value(statement, PROV.wasDerivedFrom) == URIRef(ids.iri(edge.properties["paperId"]))
    assert graph.value(statement, KG.confidence).toPython() == edge.properties["confidence"]
    selectors = {graph.value(s, RDF.type): s for s in graph.objects(statement, OA.hasSelector)}
    start = graph.value(selectors[OA.TextPositionSelector], OA.start).toPython()
    end = graph.value(selectors[OA.TextPositionSelector], OA.end).toPython()
    abstract = extractions[0].paper.abstract
    assert str(graph.value(selectors[OA.TextQuoteSelector], OA.exact)) == abstract[start:end]


def test_a_fact_stated_in_the_title_is_quoted_without_a_position(tmp_path):
    from kg.build import elements_of
    from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper

    title = "FooNet: fast nets"
    in_title = Evidence(0, 0, title, 0.9)  # the extractor's convention for the title
    extraction = Extraction(
        Paper("p1", title, "We train it."),
        [Entity("FooNet", "MODEL", [], [Mention("FooNet", 0, 6, 0.9)], in_title)],
        facts=[Fact("proposes", ("FooNet",), in_title)],
    )
    path = tmp_path / "g.nt"
    write_rdf(elements_of([extraction]), path, format="ntriples")
    graph = _rdflib(path, "ntriples")
    statements = list(graph.subjects(RDF.type, KG.Statement))
    assert len(statements) == 2  # MENTIONS and PROPOSES
    for statement in statements:
        selectors = [graph.value(s, RDF.type) for s in graph.objects(statement, OA.hasSelector)]
        assert selectors == [OA.TextQuoteSelector]
        quote = next(graph.objects(statement, OA.hasSelector))
        assert str(graph.value(quote, OA.exact)) == title
    conforms, report = validate(graph)
    assert conforms, report


def test_result_is_a_model_evaluation(tricky, tmp_path):
    _, _, elements = tricky
    path = tmp_path / "g.ttl"
    write_rdf(elements, path)
    graph = _rdflib(path, "turtle") + ontology_graph()
    rows = list(graph.query(
        """SELECT ?value ?number ?model ?metric WHERE {
             ?result a/rdfs:subClassOf mls:ModelEvaluation ; mls:hasValue ?value ; kg:numericValue ?number ;
                     kg:resultOf ?model ; kg:measuredBy ?metric ; kg:onBenchmark ?bench .
             ?paper kg:reports ?result . ?model schema:name "Ünïcødé-模型" . ?bench schema:name "<GLUE>" }""",
        initNs=NS,
    ))
    assert [(str(r.value), r.number.toPython()) for r in rows] == [("91.2%", 91.2)]


def test_a_fact_two_papers_state_has_two_statements(graph_elements, tmp_path):
    def paper(pid: str) -> Extraction:
        sentence = "BetaNet builds on AlphaNet."
        evidence = Evidence(0, len(sentence), sentence, 0.8)
        entities = [Entity(name, "MODEL", [], [], evidence) for name in ("BetaNet", "AlphaNet")]
        return Extraction(Paper(pid, f"Paper {pid}", sentence), entities, [],
                          [Fact("based_on", ("BetaNet", "AlphaNet"), evidence)])

    path = tmp_path / "g.nt"
    stats = write_rdf(graph_elements([paper("p1"), paper("p2")]), path, format="ntriples")
    graph = _rdflib(path, "ntriples")
    assert len(graph) == stats.triples - 1  # the direct triple is written once per paper
    statements = set(graph.subjects(RDF.predicate, KG.basedOn))
    assert {graph.value(s, PROV.wasDerivedFrom) for s in statements} == {
        URIRef(ids.iri(ids.paper_id(pid))) for pid in ("p1", "p2")
    }
    assert {graph.value(s, KG.support).toPython() for s in statements} == {2}
    assert validate(graph)[0]


def test_same_elements_give_the_same_bytes(tricky, tmp_path):
    _, _, elements = tricky
    write_rdf(elements, tmp_path / "a.ttl")
    write_rdf(elements, tmp_path / "b.ttl")
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


# -- the shapes bite ----------------------------------------------------------------------


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def _drop_model_name(graph: Graph) -> None:
    graph.remove((_first(graph, KG.Model), URIRef(SCHEMA.expand("schema:name")), None))


def _confidence_above_one(graph: Graph) -> None:
    graph.set((_first(graph, KG.Statement), KG.confidence, Literal(1.5)))


def _unknown_link_kind(graph: Graph) -> None:
    graph.set((_first(graph, KG.Link), KG.kind, Literal("bogus")))


def _dataset_also_benchmark(graph: Graph) -> None:
    graph.add((_first(graph, KG.Dataset), RDF.type, KG.Benchmark))


def _negative_offset(graph: Graph) -> None:
    position = _first(graph, OA.TextPositionSelector)
    graph.set((position, OA.start, Literal(-1)))


def _no_quote(graph: Graph) -> None:
    quote = _first(graph, OA.TextQuoteSelector)
    graph.remove((None, OA.hasSelector, quote))


def _edge_to_a_paper(graph: Graph) -> None:
    graph.add((_first(graph, KG.Paper), KG.uses, _first(graph, KG.Paper)))


def _undeclared_predicate(graph: Graph) -> None:
    graph.add((_first(graph, KG.Model), RDFS.label, Literal("x")))


def _integer_as_string(graph: Graph) -> None:
    graph.set((_first(graph, KG.Model), KG.support, Literal("3")))


@pytest.mark.parametrize(
    "mutate, shape",
    [
        (_drop_model_name, "kgsh:Model-name"),
        (_confidence_above_one, "kgsh:Statement-confidence"),
        (_unknown_link_kind, "kgsh:Link-kind"),
        (_dataset_also_benchmark, "kgsh:Dataset"),
        (_negative_offset, "kgsh:TextPositionSelector-start"),
        (_no_quote, "kgsh:Statement-quote"),
        (_edge_to_a_paper, "kgsh:Paper-uses"),
        (_undeclared_predicate, "kgsh:Model"),
        (_integer_as_string, "kgsh:Model-support"),
    ],
)
def test_broken_graphs_do_not_conform(tricky, tmp_path, mutate, shape):
    _, _, elements = tricky
    path = tmp_path / "g.nt"
    write_rdf(elements, path, format="ntriples")
    graph = _rdflib(path, "ntriples")
    graph.bind("kgsh", str(SHAPES))
    mutate(graph)
    conforms, report = validate(graph)
    assert not conforms
    assert f"Source Shape: {shape}\n" in report, report


# -- writer errors ------------------------------------------------------------------------

MODEL = {"id": "model/bert", "name": "BERT", "support": 1}


@pytest.mark.parametrize(
    "element, message",
    [
        (Node("Widget", "widget/x", {}), "unknown node label 'Widget'"),
        (Node("Model", "model/bert", {**MODEL, "support": "1"}), "property 'support' should be integer, not '1'"),
        (Node("Model", "model/bert", {**MODEL, "support": True}), "property 'support' should be integer"),
        (Node("Model", "model/bert", {**MODEL, "aliases": "Bert"}), "property 'aliases' should be a list of strings"),
        (Node("Model", "model/bert", {**MODEL, "colour": "red"}), "property 'colour' is not in the schema of Model"),
        (Node("Model", "model/bert", {**MODEL, "name": "a\ud800b"}), "property 'name' is not valid Unicode text"),
        (Edge("LIKES", "model/a", "model/b", "LIKES", {}), "unknown relationship type 'LIKES'"),
        (Edge("USES", "paper/p", "model/b", "USES|paper/p", {"paperId": "paper/p"}), "evidence properties should be"),
    ],
)
def test_elements_that_do_not_fit_the_schema_fail_clearly(tmp_path, element, message):
    target = tmp_path / "out.ttl"
    target.write_text("previous")
    with pytest.raises(SchemaError, match=message.replace("(", r"\(")):
        write_rdf([Node("Model", "model/bert", MODEL), element], target)
    assert target.read_text() == "previous"  # atomic: a failed write leaves the old file
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]


def test_unknown_format_is_a_user_error(tmp_path):
    with pytest.raises(KgError, match="unknown RDF format 'rdfxml'"):
        write_rdf([], tmp_path / "out.rdf", format="rdfxml")


def test_validate_reports_bad_files(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(KgError, match=r"bad\.ttl: not valid turtle"):
        validate(bad)
    with pytest.raises(KgError, match="no such file"):
        validate(tmp_path / "missing.ttl")
