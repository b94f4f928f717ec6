"""The Neo4j loader against a real server: exact contents, idempotence, recovery, merging, hostile text."""

from __future__ import annotations

import pytest

from kg.errors import Neo4jError, SchemaError
from kg.graph import Edge, Node, build_graph
from kg.neo4j import cypher
from kg.neo4j.loader import clear, connect, counts, load, settings
from kg.neo4j.rows import edge_properties, node_properties
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url

neo4j_test = pytest.mark.neo4j


def snapshot(conn):
    """Every kg node (id → labels, properties) and relationship (type, ends, properties) in the database."""
    _, nodes = conn.read(
        "MATCH (n:KgNode) RETURN n.id, [l IN labels(n) WHERE l <> 'KgNode'], properties(n)"
    )
    _, rels = conn.read(
        "MATCH (a:KgNode)-[r]->(b:KgNode) RETURN type(r), a.id, b.id, properties(r)"
    )
    return (
        {node_id: (sorted(labels), props) for node_id, labels, props in nodes},
        sorted((t, a, b, sorted(p.items())) for t, a, b, p in rels),
    )


@pytest.fixture
def foreign(neo4j):
    """Data that is not kg's, in the same database: kg must leave it alone."""
    neo4j.write("CREATE (:Sentinel {name: 'not kg data'})-[:LIKES]->(:Other)")
    yield
    neo4j.write("MATCH (n) WHERE n:Sentinel OR n:Other DETACH DELETE n")


def expected(elements):
    """The same view of the networkx graph the elements build: what the database must hold."""
    graph = build_graph(elements)
    nodes = {}
    for node_id, data in graph.nodes(data=True):
        props = {k: v for k, v in data.items() if k != "label"}
        nodes[node_id] = ([data["label"]], node_properties(Node(data["label"], node_id, props)))
    rels = []
    for source, target, key, data in graph.edges(keys=True, data=True):
        props = {k: v for k, v in data.items() if k != "type"}
        props = edge_properties(Edge(data["type"], source, target, key, props))
        rels.append((data["type"], source, target, sorted(props.items())))
    return nodes, sorted(rels)


@neo4j_test
def test_load_writes_exactly_the_graph_networkx_builds(neo4j, corpus, graph_elements):
    elements = graph_elements(corpus)
    stats = load(elements, neo4j, batch_size=7)
    assert snapshot(neo4j) == expected(elements)
    node_counts, rel_counts = counts(neo4j)
    assert node_counts == {
        "KgNode": 27, "Paper": 4, "Model": 5, "Benchmark": 2, "Dataset": 2, "Metric": 2, "Result": 5, "Link": 7,
    }  # fmt: skip
    assert rel_counts == {
        "MENTIONS": 20, "PROPOSES": 3, "USES": 7, "EVALUATED_ON": 4, "BASED_ON": 2, "COMPARED_TO": 3,
        "HAS_LINK": 7, "REPORTS": 5, "RESULT_OF": 5, "MEASURED_BY": 5, "ON_BENCHMARK": 5,
    }  # fmt: skip
    assert (stats.nodes_created, stats.relationships_created, stats.dangling) == (27, 66, 0)
    assert (stats.node_rows, stats.relationship_rows) == (27, 66)


@neo4j_test
def test_loading_twice_changes_nothing(neo4j, corpus, graph_elements):
    elements = graph_elements(corpus)
    load(elements, neo4j)
    first = snapshot(neo4j)
    again = load(elements, neo4j, batch_size=5)
    assert snapshot(neo4j) == first
    assert (again.nodes_created, again.relationships_created) == (0, 0)


@neo4j_test
def test_an_interrupted_load_rerun_ends_like_a_clean_load(neo4j, corpus, graph_elements):
    elements = graph_elements(corpus)
    load(elements, neo4j)
    clean = snapshot(neo4j)
    clear(neo4j)

    def broken_stream():
        yield from elements[:50]  # papers and some relationship batches, no entity node yet
        raise RuntimeError("connection lost")

    with pytest.raises(RuntimeError):
        load(broken_stream(), neo4j, batch_size=4)
    pending = neo4j.read("MATCH (n:KgPending) RETURN count(n)")[1][0][0]
    assert pending > 0  # relationships reached entities whose rows had not come yet
    load(elements, neo4j, batch_size=4)
    assert snapshot(neo4j) == clean
    assert neo4j.read("MATCH (n:KgPending) RETURN count(n)")[1][0][0] == 0


def _second_corpus():
    sentence = "GammaNet builds on AlphaNet and BERT, trained on GLUE (General Language Understanding Evaluation)."
    ev = Evidence(0, len(sentence), sentence, 0.8)

    def entity(name, entity_type, *aliases):
        at = sentence.index(name)
        return Entity(name, entity_type, list(aliases), [Mention(name, at, at + len(name), 0.8)], ev)

    return [
        Extraction(
            Paper("p5", "GammaNet", sentence),
            [
                entity("GammaNet", "MODEL"),
                entity("AlphaNet", "MODEL"),
                entity("BERT", "MODEL"),
                entity("GLUE", "DATASET", "General Language Understanding Evaluation"),
            ],
            facts=[Fact("based_on", ("AlphaNet", "BERT"), ev), Fact("uses", ("GLUE",), ev)],
        )
    ]


@neo4j_test
def test_a_second_corpus_adds_papers_and_merges_entities(neo4j, corpus, graph_elements):
    second = _second_corpus()
    load(graph_elements(corpus + second), neo4j)
    together = snapshot(neo4j)
    clear(neo4j)

    load(graph_elements(corpus), neo4j)
    stats = load(graph_elements(second), neo4j)
    nodes, rels = snapshot(neo4j)
    # Recounted in the database: four papers mention GLUE, two state AlphaNet BASED_ON BERT.
    assert nodes["dataset/glue"][1]["support"] == 4
    assert nodes["model/alphanet"][1]["support"] == 3
    copies = [dict(p) for t, a, b, p in rels if (t, a, b) == ("BASED_ON", "model/alphanet", "model/bert")]
    assert sorted((c["paperId"], c["support"]) for c in copies) == [("paper/p1", 2), ("paper/p5", 2)]
    assert nodes["dataset/glue"][1]["aliases"] == ["General Language Understanding Evaluation"]
    assert stats.nodes_created == 2  # the paper and GammaNet; every other node already existed
    # The same graph as one load of both corpora, except GLUE's type: a tie over four papers
    # makes one index call it Benchmark, while the corpus loaded last calls it a Dataset.
    assert nodes.pop("dataset/glue")[0] == ["Dataset"]
    assert together[0].pop("dataset/glue")[0] == ["Benchmark"]
    assert (nodes, rels) == together


def _hostile_corpus():
    names = [
        'x"}) DETACH DELETE n //',
        "back`tick` MATCH (n) DETACH DELETE n",
        "it's a 'quote'",
        "$param and {rows}",
        "new\nline\ttab",
        "Ünïcødé 模型 🚀",
        "back\\slash\\",
    ]
    abstract = " | ".join(names)
    ev = Evidence(0, len(abstract), abstract, 0.5)
    entities = []
    for name in names:
        at = abstract.index(name)
        entities.append(Entity(name, "MODEL", [name + " (alias)"], [Mention(name, at, at + len(name), 0.5)], ev))
    url = 'https://example.org/a"b`c?d={e}'
    return (
        names,
        Extraction(
            Paper('p"}) DETACH DELETE n //', "Title `with` $param and 'quotes'\nand a newline", abstract, authors=("Zoë O'Brien", '"}) //')),
            entities,
            [Url(url, "code", 0, 1, ev)],
            [Fact("based_on", (names[0], names[1]), ev), Fact("proposes", (names[2],), ev)],
            [Result(names[3], None, '9.5 "%"', names[4], ev)],
        ),
    )


@neo4j_test
def test_hostile_text_is_stored_as_given_and_changes_nothing_else(neo4j, foreign, graph_elements):
    names, extraction = _hostile_corpus()
    elements = graph_elements([extraction])
    load(elements, neo4j, batch_size=2)
    assert snapshot(neo4j) == expected(elements)
    _, rows = neo4j.read("MATCH (m:Model) RETURN m.name, m.aliases ORDER BY m.name")
    assert sorted(rows) == sorted([name, [name + " (alias)"]] for name in names)
    _, rows = neo4j.read("MATCH (p:Paper) RETURN p.id, p.title, p.authors")
    assert rows == [['paper/p"}) DETACH DELETE n //', extraction.paper.title, ["Zoë O'Brien", '"}) //']]]
    _, rows = neo4j.read("MATCH (l:Link) RETURN l.url")
    assert rows == [['https://example.org/a"b`c?d={e}']]
    assert counts(neo4j) == (
        {"KgNode": 10, "Paper": 1, "Model": 7, "Result": 1, "Link": 1},
        {"MENTIONS": 7, "HAS_LINK": 1, "BASED_ON": 1, "PROPOSES": 1, "REPORTS": 1, "RESULT_OF": 1},
    )  # the result's "benchmark" is a model here, so it has no ON_BENCHMARK
    assert neo4j.read("MATCH (s:Sentinel)-[:LIKES]->(:Other) RETURN s.name")[1] == [["not kg data"]]
    clear(neo4j)
    assert sorted(neo4j.read("MATCH (n) RETURN labels(n)")[1]) == [[["Other"]], [["Sentinel"]]]


@neo4j_test
def test_wipe_deletes_kg_data_only(neo4j, foreign, corpus, graph_elements):
    load(graph_elements(corpus), neo4j)
    stats = load(graph_elements(_second_corpus()), neo4j, wipe=True)
    assert stats.wiped == 27
    assert counts(neo4j)[0]["Paper"] == 1
    assert neo4j.read("MATCH (:Sentinel)-[:LIKES]->(o:Other) RETURN count(o)")[1] == [[1]]


@neo4j_test
def test_relationships_to_undefined_nodes_are_dropped_and_counted(neo4j):
    ev = {"paperId": "paper/p1", "sentence": "s", "start": 0, "end": 1, "confidence": 1.0, "support": 1}
    elements = [
        Node("Paper", "paper/p1", {"id": "paper/p1", "title": "T"}),
        Edge("USES", "paper/p1", "model/nowhere", "USES|paper/p1", ev),
        Edge("USES", "paper/p1", "model/here", "USES|paper/p1", ev),
        Node("Model", "model/here", {"id": "model/here", "name": "Here", "aliases": [], "support": 1}),
    ]
    stats = load(elements, neo4j, batch_size=1)
    assert stats.dangling == 1
    assert counts(neo4j) == ({"KgNode": 2, "Paper": 1, "Model": 1}, {"USES": 1})


@neo4j_test
def test_schema_has_a_unique_id_per_label_and_lookup_indexes(neo4j, corpus, graph_elements):
    load(graph_elements(corpus), neo4j)
    _, rows = neo4j.read("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0], properties, type")
    unique = {label for label, props, kind in rows if props == ["id"] and kind in ("UNIQUENESS", "NODE_PROPERTY_UNIQUENESS")}
    assert unique >= {"KgNode", "Paper", "Model", "Dataset", "Benchmark", "Metric", "Link", "Result"}
    _, rows = neo4j.read("SHOW INDEXES YIELD name, state RETURN name, state")
    assert {"kg_paper_title", "kg_model_name", "kg_entity_names"} <= {name for name, state in rows if state == "ONLINE"}
    found = neo4j.read("CALL db.index.fulltext.queryNodes('kg_entity_names', $text) YIELD node RETURN node.name", {"text": "stanford"})
    assert found[1] == [["SQuAD"]]  # by its alias


@neo4j_test
def test_connection_errors_are_one_clear_line_without_the_password(neo4j_settings):
    password = neo4j_settings["password"]
    with pytest.raises(Neo4jError, match=r"^authentication failed for user 'neo4j' at bolt://") as wrong:
        connect(neo4j_settings["uri"], "neo4j", password + "-wrong")
    with pytest.raises(Neo4jError, match=r"^database 'no_such_db' does not exist at ") as missing:
        connect(**neo4j_settings, database="no_such_db")
    for error in (wrong, missing):
        assert password not in str(error.value) and "\n" not in str(error.value)


def test_an_unreachable_server_is_one_clear_line():
    with pytest.raises(Neo4jError, match=r"^cannot reach Neo4j at bolt://127\.0\.0\.1:9 \(is the server running\?\)$"):
        connect("bolt://127.0.0.1:9", "neo4j", "secret-password")


def test_settings_prefer_arguments_then_kg_variables_then_neo4j_variables(monkeypatch):
    for name in ("KG_NEO4J_URI", "KG_NEO4J_USER", "KG_NEO4J_PASSWORD", "KG_NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEO4J_URI", "bolt://generic:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "generic")
    monkeypatch.setenv("NEO4J_PASSWORD", "generic-pw")
    assert settings() == settings("bolt://generic:7687", "generic", "generic-pw")
    monkeypatch.setenv("KG_NEO4J_URI", "bolt://kg:7687")
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "kg-pw")
    chosen = settings(user="cli")
    assert (chosen.uri, chosen.user, chosen.password, chosen.database) == ("bolt://kg:7687", "cli", "kg-pw", None)
    assert "kg-pw" not in repr(chosen)


def test_elements_must_fit_the_schema():
    with pytest.raises(SchemaError, match="'Planet' is not a node label"):
        node_properties(Node("Planet", "planet/x", {"id": "planet/x"}))
    with pytest.raises(SchemaError, match="property 'support' should be integer"):
        node_properties(Node("Model", "model/x", {"id": "model/x", "name": "X", "support": "2"}))
    with pytest.raises(SchemaError, match="key 'USES' is not 'USES|<paperId>'"):
        ev = {"paperId": "paper/p", "sentence": "s", "start": 0, "end": 1, "confidence": 1.0, "support": 1}
        edge_properties(Edge("USES", "paper/p", "model/x", "USES", ev))
    with pytest.raises(SchemaError, match="not a relationship type of the schema: 'USES]->\\(x\\) DELETE x //'"):
        cypher.merge_relationships("USES]->(x) DELETE x //")
