"""The named query library: headers, parameters, and every query's exact answer on the fixture corpus."""

from __future__ import annotations

import re

import pytest

from kg.errors import KgError
from kg.neo4j import cypher
from kg.neo4j.loader import load
from kg.neo4j.queries import bind, get_query, list_queries, parse_assignments, run_query
from kg.schema import load_schema

P1 = "AlphaNet: Pretraining for Everything"
P2 = "BetaNet: Scaling AlphaNet"
P3 = "Gamma: A Vision and Reasoning Study"
P4 = "Delta: Reusing SQuAD and GLUE"

# (query, parameters, expected rows): worked out by hand from tests/conftest.py's corpus.
ANSWERS = [
    ("top_datasets", {}, [
        ["GLUE", "Benchmark", 3, 2], ["SQuAD", "Dataset", 3, 1], ["MMLU", "Benchmark", 1, 1], ["ImageNet", "Dataset", 1, 0],
    ]),
    ("top_datasets", {"limit": "1"}, [["GLUE", "Benchmark", 3, 2]]),
    ("benchmark_leaderboard", {"benchmark": "glue"}, [
        ["GLUE", "BetaNet", "accuracy", "92.0%", 92.0, P2],
        ["GLUE", "AlphaNet", "accuracy", "91.2", 91.2, P1],
        ["GLUE", "RoBERTa", "accuracy", "88.5", 88.5, P1],
        ["GLUE", "AlphaNet", "accuracy", "second best", None, P2],
    ]),
    ("benchmark_leaderboard", {"benchmark": "Stanford Question Answering Dataset", "metric": "f1"}, [
        ["SQuAD", "BetaNet", "F1", "80.1", 80.1, P2],
    ]),
    ("benchmark_leaderboard", {"benchmark": "SQuAD", "metric": "accuracy"}, []),
    ("model_lineage", {"model": "betanet"}, [
        ["AlphaNet", 1, ["BetaNet", "AlphaNet"]], ["BERT", 2, ["BetaNet", "AlphaNet", "BERT"]],
    ]),
    ("model_lineage", {"model": "model/betanet", "max_depth": "1"}, [["AlphaNet", 1, ["BetaNet", "AlphaNet"]]]),
    ("model_descendants", {"model": "BERT"}, [["AlphaNet", 1], ["BetaNet", 2]]),
    ("code_by_host", {}, [["github.com", 3, [P1, P2, P4]], ["gitlab.com", 1, [P2]]]),
    ("code_by_host", {"kind": "project"}, [["gamma.github.io", 1, [P3]]]),
    ("dataset_co_usage", {}, [["GLUE", "SQuAD", 3]]),
    ("dataset_co_usage", {"min_papers": "1"}, [["GLUE", "SQuAD", 3], ["ImageNet", "MMLU", 1]]),
    ("paper_overview", {"paper": "p2"}, [
        [P2, ["BetaNet"], ["SQuAD"], ["GLUE"], ["https://github.com/beta/betanet", "https://gitlab.com/beta/tools"], []],
    ]),
    ("paper_overview", {"paper": P3.upper()}, [
        [P3, ["Ünïcødé-Net"], ["ImageNet", "RoBERTa"], ["MMLU"], [],
         ["https://gamma.github.io/", "https://huggingface.co/datasets/gamma/images"]],
    ]),
    ("metrics_per_benchmark", {}, [["GLUE", ["accuracy"], 4, 3], ["SQuAD", ["F1"], 1, 1]]),
    ("single_paper_entities", {}, [
        ["MMLU", "Benchmark", P3], ["ImageNet", "Dataset", P3], ["F1", "Metric", P2],
        ["BetaNet", "Model", P2], ["Ünïcødé-Net", "Model", P3],
    ]),
    ("single_paper_entities", {"label": "Model"}, [["BetaNet", "Model", P2], ["Ünïcødé-Net", "Model", P3]]),
    ("shortest_path", {"source": "BetaNet", "target": "BERT"}, [
        [2, ["BetaNet", "AlphaNet", "BERT"], ["BASED_ON", "BASED_ON"]],
    ]),
    ("papers_comparing_model", {"model": "roberta"}, [
        [P1, "AlphaNet", "RoBERTa", "AlphaNet is evaluated on GLUE and SQuAD and outperforms RoBERTa."],
        [P2, "BetaNet", "RoBERTa", "Trained with SQuAD and evaluated on GLUE, BetaNet beats RoBERTa."],
        [P3, "Ünïcødé-Net", "RoBERTa", "We introduce Ünïcødé-Net, trained on ImageNet with RoBERTa as the text encoder."],
    ]),
    ("most_compared_models", {}, [["RoBERTa", 3, ["AlphaNet", "BetaNet", "Ünïcødé-Net"]]]),
    ("model_results", {"model": "AlphaNet"}, [
        ["AlphaNet", "GLUE", "accuracy", "91.2", P1], ["AlphaNet", "GLUE", "accuracy", "second best", P2],
    ]),
    ("huggingface_links", {}, [
        ["alpha/alphanet-base", "model", "https://huggingface.co/alpha/alphanet-base", [P1]],
        ["datasets/gamma/images", "data", "https://huggingface.co/datasets/gamma/images", [P3]],
    ]),
    ("top_models", {}, [
        ["RoBERTa", 3, []], ["AlphaNet", 2, [P1]], ["BERT", 2, []], ["BetaNet", 1, [P2]], ["Ünïcødé-Net", 1, [P3]],
    ]),
]  # fmt: skip


def test_the_library_has_at_least_twelve_documented_queries():
    names = [q.name for q in list_queries()]
    assert len(names) >= 12
    assert {name for name, _, _ in ANSWERS} == set(names)  # every query has its answer tested below
    for query in list_queries():
        assert query.summary and query.summary.endswith("."), query.name
        assert query.text.lstrip().startswith("//"), query.name
        declared = {p.name for p in query.parameters}
        used = set(re.findall(r"\$(\w+)", query.text))
        assert used == declared, query.name


def test_queries_name_only_the_schema_labels_types_and_properties():
    schema = load_schema()
    known = {*schema.nodes, *schema.relationships, cypher.NODE_LABEL}
    properties = {p.name for n in schema.nodes.values() for p in n.properties} | {p.name for p in schema.evidence_properties}
    for query in list_queries():
        body = "\n".join(line for line in query.text.splitlines() if not line.startswith("//"))
        body = re.sub(r"'[^']*'", "''", body)  # string literals are data, not names
        names = set(re.findall(r"[:|]\s*([A-Z][A-Za-z_]*)\b", body))
        assert names and names <= known, (query.name, names - known)
        used = set(re.findall(r"\b[a-z]\w*\.([a-z]\w*)\b", body))
        assert used <= properties, (query.name, used - properties)


def test_parameters_are_typed_defaulted_and_checked():
    query = get_query("model_lineage")
    assert bind(query, {"model": "BERT"}) == {"model": "BERT", "max_depth": 5}
    assert bind(query, parse_assignments(["model=a=b", "max_depth=2"])) == {"model": "a=b", "max_depth": 2}
    with pytest.raises(KgError, match=r"^query model_lineage needs parameter model \(string\)"):
        bind(query, {})
    with pytest.raises(KgError, match=r"^parameter max_depth must be int, not 'deep'$"):
        bind(query, {"model": "BERT", "max_depth": "deep"})
    with pytest.raises(KgError, match=r"^query model_lineage has no parameter depth \(parameters: model, max_depth\)$"):
        bind(query, {"model": "BERT", "depth": "2"})
    with pytest.raises(KgError, match=r"^unknown query 'nope'; known queries: benchmark_leaderboard, "):
        get_query("nope")
    with pytest.raises(KgError, match=r"^parameter 'model' is not key=value$"):
        parse_assignments(["model"])


@pytest.fixture
def loaded(neo4j, corpus, graph_elements):
    load(graph_elements(corpus), neo4j)
    return neo4j


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "params", "rows"), ANSWERS, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(ANSWERS)])
def test_each_query_gives_its_exact_answer(loaded, name, params, rows):
    columns, got = run_query(loaded, name, params)
    assert len(columns) == len(rows[0]) if rows else columns
    assert got == rows


@pytest.mark.neo4j
def test_parameters_cannot_change_a_query(loaded):
    _, rows = run_query(loaded, "model_results", {"model": "x' OR 1=1 //"})
    assert rows == []
    _, rows = run_query(loaded, "paper_overview", {"paper": "') RETURN 1 AS title //"})
    assert rows == []
