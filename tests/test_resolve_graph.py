"""Resolution across papers, stable ids and IRIs, and the typed graph built from them."""

import json

import jsonschema
import pyoxigraph
import pytest

from kg import ids
from kg.build import graph_elements, index_extractions
from kg.graph import Edge, Node, build_graph
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url
from kg.schema import load_schema, schema_dir

EV = Evidence(0, 10, "A sentence.", 0.9)


def entity(name, entity_type, aliases=()):
    return Entity(name, entity_type, list(aliases), [Mention(name, 0, len(name), 0.9)], EV)


def paper(pid, entities=(), facts=(), results=(), urls=()):
    return Extraction(Paper(pid, f"Title {pid}", "Abstract."), list(entities), list(urls), list(facts), list(results))


def graph_of(*extractions):
    index, support = index_extractions(extractions)
    elements = list(graph_elements(extractions, index, support))
    return index, elements, build_graph(elements)


def test_surface_variants_resolve_to_one_node():
    index, _, graph = graph_of(
        paper("p1", [entity("BLIP-2", "MODEL"), entity("MS COCO", "DATASET")]),
        paper("p2", [entity("BLIP2", "MODEL"), entity("MSCOCO", "DATASET")]),
        paper("p3", [entity("blip 2", "MODEL")]),
    )
    models = [n for n, a in graph.nodes(data=True) if a["label"] == "Model"]
    assert models == ["model/blip2"]
    assert graph.nodes["model/blip2"]["support"] == 3
    assert graph.nodes["model/blip2"]["name"] == "BLIP2"  # one paper each: the shorter form wins
    assert set(graph.nodes["model/blip2"]["aliases"]) == {"BLIP-2", "blip 2"}
    assert graph.nodes["dataset/mscoco"]["support"] == 2


def test_a_metric_in_the_plural_is_the_same_metric_but_a_plural_model_name_is_not():
    index, _, graph = graph_of(
        paper("p1", [entity("error rates", "METRIC"), entity("BiPFTs", "MODEL")]),
        paper("p2", [entity("error rate", "METRIC"), entity("BiPFT", "MODEL")]),
        paper("p3", [entity("accuracies", "METRIC")]),
        paper("p4", [entity("accuracy", "METRIC")]),
    )
    metrics = sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Metric")
    assert metrics == ["metric/accuracy", "metric/errorrate"]
    assert graph.nodes["metric/errorrate"]["support"] == 2
    assert index.entity_id("METRIC", "error rates") == "metric/errorrate"
    assert len([n for n, a in graph.nodes(data=True) if a["label"] == "Model"]) == 2


def test_model_sizes_stay_apart_although_their_family_is_an_alias():
    index, _, graph = graph_of(
        paper("p1", [entity("Kite 3.1 8B", "MODEL", ["Kite 3.1"])]),
        paper("p2", [entity("Kite 3.1 70B", "MODEL", ["Kite 3.1"])]),
    )
    models = sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Model")
    assert models == ["model/kite3170b", "model/kite318b"]
    assert {e.name: e.aliases for e in index.entities()} == {"Kite 3.1 8B": [], "Kite 3.1 70B": []}


def test_a_name_with_a_plus_is_another_thing_than_the_name_without_it():
    _, _, graph = graph_of(
        paper("p1", [entity("ZorbNet++", "MODEL"), entity("RefKite+", "DATASET")]),
        paper("p2", [entity("ZorbNet", "MODEL"), entity("RefKite", "DATASET")]),
    )
    assert sorted(n for n, a in graph.nodes(data=True) if a["label"] in ("Model", "Dataset")) == [
        "dataset/refkite", "dataset/refkiteplus", "model/zorbnet", "model/zorbnetplusplus"
    ]


def test_a_data_set_at_a_resolution_stays_apart_from_the_data_set():
    index, _, graph = graph_of(
        paper("p1", [entity("Zintel 64x64", "DATASET", ["Zintel"])]),
        paper("p2", [entity("Zintel", "DATASET")]),
    )
    assert sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Dataset") == ["dataset/zintel", "dataset/zintel64x64"]


def test_qualified_measures_stay_apart_although_their_general_measure_is_an_alias():
    index, _, graph = graph_of(
        paper("p1", [entity("fine-tuning top-1 accuracy", "METRIC", ["top-1 accuracy"]), entity("ZNLS score", "METRIC", ["ZNLS"])]),
        paper("p2", [entity("linear probing top-1 accuracy", "METRIC", ["top-1 accuracy"]), entity("ZNLS", "METRIC")]),
        paper("p3", [entity("top-1 accuracy", "METRIC")]),
    )
    metrics = sorted(n for n, a in graph.nodes(data=True) if a["label"] == "Metric")
    assert metrics == ["metric/finetuningtop1accuracy", "metric/linearprobingtop1accuracy", "metric/top1accuracy",
                       "metric/znls", "metric/znlsscore"]


def test_long_form_and_acronym_are_one_node_whichever_comes_first():
    index, _, graph = graph_of(
        paper("p1", [entity("Manipulation Centric Representation", "MODEL")]),
        paper("p2", [entity("MCR", "MODEL", ["Manipulation Centric Representation"])]),
        paper("p3", [entity("MCR", "MODEL")]),
    )
    assert [n for n, a in graph.nodes(data=True) if a["label"] == "Model"] == ["model/mcr"]
    assert graph.nodes["model/mcr"]["support"] == 3
    assert index.entity_id("MODEL", "manipulation-centric representation") == "model/mcr"


def test_dataset_and_benchmark_share_a_node_typed_by_majority():
    _, _, graph = graph_of(
        paper("p1", [entity("GLUE", "BENCHMARK")]),
        paper("p2", [entity("GLUE", "BENCHMARK")]),
        paper("p3", [entity("GLUE", "DATASET")]),
    )
    assert graph.nodes["dataset/glue"]["label"] == "Benchmark"
    assert graph.nodes["dataset/glue"]["support"] == 3


def test_ids_are_stable_and_independent_of_input_order():
    a = paper("p1", [entity("BERT", "MODEL"), entity("Bert", "MODEL")])
    b = paper("p2", [entity("BERT-base", "MODEL", ["BERT base"])])
    _, first, _ = graph_of(a, b)
    _, second, _ = graph_of(b, a)
    assert sorted(e.id for e in first if isinstance(e, Node)) == sorted(e.id for e in second if isinstance(e, Node))


@pytest.mark.parametrize(
    "name",
    ['x"}) DETACH DELETE n //', "a <b> {c}", "naïve ünïcødé 模型", "back\\slash\nnewline", "++", " ", "`tick`"],
)
def test_iris_are_valid_for_any_name(name):
    node_id = ids.entity_id("MODEL", name)
    pyoxigraph.NamedNode(ids.iri(node_id))  # raises on an invalid IRI
    assert ids.entity_id("MODEL", name) == node_id


def test_fact_edges_carry_evidence_and_support_across_papers():
    based = Evidence(5, 40, "X is built on BERT.", 0.8)
    facts = lambda: [Fact("based_on", ("X", "BERT"), based), Fact("uses", ("BERT",), based)]  # noqa: E731
    _, elements, graph = graph_of(
        paper("p1", [entity("X", "MODEL"), entity("BERT", "MODEL")], facts()),
        paper("p2", [entity("X", "MODEL"), entity("BERT", "MODEL")], facts()),
    )
    based_on = [e for e in elements if isinstance(e, Edge) and e.type == "BASED_ON"]
    assert {e.key for e in based_on} == {"BASED_ON|paper/p1", "BASED_ON|paper/p2"}
    assert all(e.properties["support"] == 2 for e in based_on)
    edge = graph.edges["model/x", "model/bert", "BASED_ON|paper/p1"]
    assert edge["sentence"] == "X is built on BERT." and edge["start"] == 5 and edge["confidence"] == 0.8
    uses = graph.edges["paper/p1", "model/bert", "USES|paper/p1"]
    assert uses["paperId"] == "paper/p1" and uses["support"] == 1


def test_edges_fit_the_schema_and_dangling_facts_are_dropped():
    ev = EV
    extraction = paper(
        "p1",
        [entity("M", "MODEL"), entity("ImageNet", "DATASET"), entity("accuracy", "METRIC")],
        [
            Fact("evaluated_on", ("ImageNet",), ev),
            Fact("evaluated_on", ("M",), ev),  # a model is no benchmark: dropped
            Fact("uses", ("NotAnEntity",), ev),  # not an entity of the paper: dropped
        ],
        [Result("M", "accuracy", "85.3%", "ImageNet", ev)],
        [Url("https://github.com/o/r", "code", 0, 21, ev)],
    )
    _, elements, graph = graph_of(extraction)
    schema = load_schema()
    labels = {n: a["label"] for n, a in graph.nodes(data=True)}
    for u, v, data in graph.edges(data=True):
        rel = schema.relationships[data["type"]]
        assert labels[u] in rel.sources and labels[v] in rel.targets, (u, v, data["type"])
    types = sorted(e.type for e in elements if isinstance(e, Edge))
    assert types == [
        "EVALUATED_ON", "HAS_LINK", "MEASURED_BY", "MENTIONS", "MENTIONS", "MENTIONS",
        "ON_BENCHMARK", "REPORTS", "RESULT_OF",
    ]
    result = next(a for n, a in graph.nodes(data=True) if a["label"] == "Result")
    assert result["value"] == "85.3%" and result["numericValue"] == 85.3
    link = graph.nodes["link/github.com/o/r"]
    assert link["githubRepo"] == "o/r" and link["kind"] == "code" and link["host"] == "github.com"


def test_records_round_trip_and_match_the_record_schema():
    extraction = paper(
        "p1",
        [entity("M", "MODEL", ["Long Model"])],
        [Fact("compared_to", ("M", "N"), EV)],
        [Result(None, None, "16 times fewer", None, EV)],
        [Url("https://a.b/c", "other", 3, 15, EV)],
    )
    record = extraction.to_record()
    jsonschema.validate(record, json.loads((schema_dir() / "record.schema.json").read_text()))
    assert record["compared_to"] == [["M", "N"]]
    assert Extraction.from_record(json.loads(json.dumps(record))) == extraction


def test_two_forms_of_one_thing_in_one_paper_give_one_mention_edge():
    _, elements, _ = graph_of(
        paper("p1", [entity("MCR", "MODEL", ["Manipulation Centric Representation"]),
                     entity("Manipulation Centric Representation", "MODEL")]),
    )
    mentions = [e for e in elements if isinstance(e, Edge) and e.type == "MENTIONS"]
    assert [(e.target, e.key) for e in mentions] == [("model/mcr", "MENTIONS|paper/p1")]
