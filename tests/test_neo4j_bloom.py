"""The Bloom perspective: generated from the schema, shipped as generated, search phrases that run."""

from __future__ import annotations

import json

import pytest

from kg.neo4j.bloom import PERSPECTIVE_FILE, perspective, render, write_perspective
from kg.neo4j.loader import load
from kg.schema import load_schema, schema_dir


def test_the_shipped_perspective_is_the_generated_one(tmp_path):
    shipped = (schema_dir() / PERSPECTIVE_FILE).read_text(encoding="utf-8")
    assert shipped == render(), "schemas/bloom-perspective.json is stale: run `kg schema --write`"
    assert write_perspective(tmp_path).read_text(encoding="utf-8") == shipped


def test_it_names_exactly_the_schema_labels_and_relationship_types():
    schema = load_schema()
    data = json.loads(render())
    assert [c["name"] for c in data["categories"]] == list(schema.nodes)
    assert [c["labels"] for c in data["categories"]] == [[label] for label in schema.nodes]
    assert list(data["labels"]) == list(schema.nodes)
    assert [r["name"] for r in data["relationshipTypes"]] == list(schema.relationships)
    assert data["hiddenRelationshipTypes"] == []
    for category in data["categories"]:
        style = schema.nodes[category["name"]].bloom
        assert (category["color"], category["icon"], category["captionKeys"]) == (style["color"], style["icon"], [style["caption"]])
        assert [p["name"] for p in category["properties"]] == [p.name for p in schema.nodes[category["name"]].properties]
        sized = [rule["basedOn"] for rule in category["styleRules"] if rule["applySize"]]
        assert sized == (["support"] if style.get("size_by_degree") else [])


def test_search_phrases_ask_common_questions_with_one_parameter_each():
    templates = perspective()["templates"]
    assert {t["text"] for t in templates} >= {"Models evaluated on $benchmark", "Lineage of $model", "Papers using $dataset"}
    for template in templates:
        (param,) = template["params"]
        assert param["name"] in template["text"] and param["name"] in template["cypher"]
        assert param["suggestionLabel"] in load_schema().nodes


SAMPLES = {"$benchmark": "GLUE", "$model": "BetaNet", "$dataset": "squad", "$paper": "gamma"}
SAMPLE_FOR = {"Models compared with $model": "roberta"}  # nobody compares with BetaNet


@pytest.mark.neo4j
def test_every_search_phrase_runs_and_finds_something(neo4j, corpus, graph_elements):
    load(graph_elements(corpus), neo4j)
    for template in perspective()["templates"]:
        name = template["params"][0]["name"]
        value = SAMPLE_FOR.get(template["text"], SAMPLES[name])
        _, rows = neo4j.read(template["cypher"], {name[1:]: value})
        assert rows, template["text"]
