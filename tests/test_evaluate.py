"""kg.evaluate on small hand-made gold/prediction pairs, with every number worked out by hand."""

from __future__ import annotations

import json

import pytest

from kg.errors import InputError
from kg.evaluate import evaluate, load_jsonl
from kg.ids import url_key

GOLD = {
    "id": "g1",
    "title": "BLIP-2: Bootstrapping Things",
    "entities": [
        {"name": "BLIP-2", "type": "MODEL", "aliases": ["BILP-2"]},
        {"name": "MS COCO", "type": "DATASET", "aliases": []},
        {"name": "GLUE", "type": "BENCHMARK", "aliases": []},
        {"name": "accuracy", "type": "METRIC", "aliases": []},
    ],
    "urls": [{"url": "https://github.com/a/b", "kind": "code"}],
    "proposes": ["BLIP-2"],
    "uses": [],
    "evaluated_on": ["GLUE"],
    "based_on": [["BLIP-2", "ViT"]],
    "compared_to": [],
    "results": [{"subject": "BLIP-2", "metric": "accuracy", "value": "85.3%", "benchmark": "GLUE"}],
}

PRED = {
    "id": "x",
    "title": "blip-2 : bootstrapping things.",  # matched by normalised title
    "entities": [
        {"name": "blip2", "type": "MODEL", "aliases": []},
        {"name": "BILP-2", "type": "MODEL", "aliases": []},  # the same gold entity again: a false positive
        {"name": "MSCOCO", "type": "DATASET", "aliases": []},
        {"name": "GLUE", "type": "DATASET", "aliases": []},  # right thing, wrong type
        {"name": "Accuracy", "type": "METRIC", "aliases": []},
    ],
    "urls": [{"url": "http://www.GitHub.com/a/b/.", "kind": "project"}],
    "proposes": ["BILP-2"],  # a gold alias counts for fact names too
    "uses": ["ViT"],
    "evaluated_on": [],
    "based_on": [["blip 2", "vit"]],
    "compared_to": [],
    "results": [{"subject": None, "metric": "ACCURACY", "value": "85.30 %", "benchmark": None}],
}


def counts(report, name):
    score = report.scores[name]
    return score.gold, score.predicted, score.tp


def test_entities_per_type_merged_and_micro():
    report = evaluate([GOLD], [PRED])
    assert counts(report, "MODEL") == (1, 2, 1)
    assert counts(report, "DATASET") == (1, 2, 1)
    assert counts(report, "BENCHMARK") == (1, 0, 0)
    assert counts(report, "METRIC") == (1, 1, 1)
    assert counts(report, "DATASET+BENCHMARK") == (2, 2, 2)
    micro = report.scores["entities (micro)"]
    assert (micro.gold, micro.predicted, micro.tp) == (4, 5, 3)
    assert micro.precision == pytest.approx(0.6)
    assert micro.recall == pytest.approx(0.75)
    assert micro.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_urls_facts_and_results():
    report = evaluate([GOLD], [PRED])
    assert counts(report, "URL") == (1, 1, 1)
    assert counts(report, "URL+kind") == (1, 1, 0)
    assert counts(report, "proposes") == (1, 1, 1)
    assert counts(report, "uses") == (0, 1, 0)
    assert report.scores["uses"].precision == 0.0
    assert counts(report, "evaluated_on") == (1, 0, 0)
    assert report.scores["evaluated_on"].f1 == 0.0
    assert counts(report, "based_on") == (1, 1, 1)
    assert counts(report, "compared_to") == (0, 0, 0)
    assert report.scores["compared_to"].f1 == 1.0  # nothing to find, nothing claimed
    assert counts(report, "results") == (1, 1, 1)  # 85.30 = 85.3, metric case-folded


def test_result_needs_same_metric_and_number():
    gold = {**GOLD, "results": [{"metric": None, "value": "up to 5pp (or 5.7%)"}, {"metric": "F1", "value": "2"}]}
    pred = {**PRED, "results": [{"metric": None, "value": "5 pp"}, {"metric": "accuracy", "value": "2"}]}
    assert counts(evaluate([gold], [pred]), "results") == (2, 2, 1)


def test_missing_and_unmatched_papers():
    other = {**GOLD, "title": "Another Paper"}
    stray = {**PRED, "title": "Not In Gold"}
    report = evaluate([GOLD, other], [PRED, stray])
    assert report.papers == 1
    assert report.missing == ["Another Paper"]
    assert report.unmatched == 1
    assert counts(report, "MODEL") == (2, 2, 1)  # the missed paper's gold counts as missed
    data = report.to_dict()
    assert data["entities"]["MODEL"]["recall"] == pytest.approx(0.5)
    assert set(data) == {"papers", "missing", "unmatched", "entities", "urls", "facts"}
    assert set(data["facts"]) == {"proposes", "uses", "evaluated_on", "based_on", "compared_to", "results"}


def test_duplicate_gold_titles_are_an_input_error():
    with pytest.raises(InputError, match="two gold records"):
        evaluate([GOLD, dict(GOLD)], [])


def test_format_is_a_table_with_every_measure():
    text = evaluate([GOLD], [PRED]).format()
    lines = text.splitlines()
    assert lines[0].split() == ["measure", "gold", "pred", "tp", "P", "R", "F1"]
    assert any(line.startswith("entities (micro)") and line.rstrip().endswith("0.667") for line in lines)
    for name in ("MODEL", "URL+kind", "proposes", "compared_to", "results"):
        assert any(line.startswith(name) for line in lines)


def test_url_key():
    assert url_key("https://www.Example.org/Path/).") == "example.org/path"
    assert url_key("http://a.b/c") == url_key("a.b/c/")


def test_load_jsonl_reports_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n\n" + "{not json\n", encoding="utf-8")
    records = load_jsonl(path)
    assert next(records)["id"] == "g1"
    with pytest.raises(InputError, match=r"gold\.jsonl:3: invalid JSON"):
        next(records)


@pytest.mark.parametrize(
    "record, message",
    [
        ([1, 2], "expected a JSON object, not an array"),
        ({"title": 3}, '"title" must be a string'),
        ({"title": "t", "entities": [{"name": "X", "type": "THING"}]}, "has type 'THING'"),
        ({"title": "t", "based_on": [["a"]]}, "pairs"),
        ({"title": "t", "urls": [{"kind": "code"}]}, '"url"'),
    ],
)
def test_load_jsonl_rejects_bad_records(tmp_path, record, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(load_jsonl(path))


def test_load_jsonl_missing_file(tmp_path):
    with pytest.raises(InputError, match="nope.jsonl: no such file"):
        list(load_jsonl(tmp_path / "nope.jsonl"))


def test_an_empty_gold_file_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n")
    with pytest.raises(InputError, match=r"gold\.jsonl: no records found"):
        list(load_jsonl(path))
