"""The `kg` command as a user runs it: exit codes, files written, exact error lines."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import click
import jsonschema
import networkx as nx
import pytest
import rdflib
import typer
from typer.testing import CliRunner

from kg.cli import app
from kg.schema import schema_dir

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "hf-papers-pretraining-dev.txt"
GOLD = ROOT / "tests" / "data" / "dev-gold.jsonl"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


def test_every_command_has_help_that_explains_every_option():
    group = typer.main.get_command(app)
    assert {"extract", "build", "eval", "schema", "load", "query", "export"} <= set(group.commands)
    assert run("--help").exit_code == 0
    for name, command in group.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0 and command.help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, (name, param.name)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = run("build", SAMPLE, "-o", out, "-t", "turtle", "-t", "graphml", "-t", "node-link", "-q")
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_records_and_graph_files(built):
    records = [json.loads(line) for line in (built / "records.jsonl").read_text().splitlines()]
    assert len(records) == 60
    assert records[0]["title"].startswith("PLIP")
    record_schema = json.loads((schema_dir() / "record.schema.json").read_text())
    for record in records:
        jsonschema.validate(record, record_schema)
        for entity in record["entities"]:  # offsets point at the mention in the abstract
            for mention in entity["mentions"]:
                assert record["abstract"][mention["start"] : mention["end"]] == mention["text"]
    graph = nx.read_graphml(built / "graph.graphml")
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Paper", "Model", "Dataset", "Metric", "Link"} <= labels
    data = json.loads((built / "graph.json").read_text())
    node_link = nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    assert node_link.number_of_nodes() == graph.number_of_nodes()
    assert node_link.number_of_edges() == graph.number_of_edges()
    assert not list(built.glob(".*.tmp"))  # no temporary files left behind


def test_sample_turtle_parses_back_and_passes_shacl(built):
    from kg.rdf import validate

    parsed = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    assert len(parsed) > 1000
    conforms, report = validate(built / "graph.ttl")
    assert conforms, report


def test_eval_prints_scores_per_type():
    result = run("eval", SAMPLE, "--gold", GOLD, "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores["entities"]) >= {"MODEL", "DATASET", "BENCHMARK", "METRIC", "DATASET+BENCHMARK", "micro"}
    assert scores["papers"] == 60 and scores["missing"] == []
    assert scores["entities"]["micro"]["f1"] > 0.7  # the quality bar itself is in test_extract_quality
    table = run("eval", SAMPLE, "--gold", GOLD).output
    assert "MODEL" in table and "evaluated_on" in table


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.jsonl", "empty.jsonl"),
        (b'{"id": "a", "title": "T", "abstract": "A"}\n{not json\n', "bad.jsonl", "bad.jsonl:2"),
        (b"\x00\x01\x02binary\xff\xfe", "garbage.txt", "garbage.txt"),
    ],
)
def test_bad_input_is_one_clear_line_and_a_nonzero_exit(tmp_path, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "r.jsonl"), "-q"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "r.jsonl").exists()  # nothing half-written


def test_missing_input_file(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 2 and "nope.txt" in result.output and "Traceback" not in result.output


def test_skip_mode_counts_bad_records(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "a", "title": "A", "abstract": "We propose FooNet, evaluated on ImageNet."}\n'
        "{broken\n"
        '{"id": "b", "title": "B", "abstract": "BarNet is built on BERT."}\n'
    )
    result = run("extract", path, "-o", tmp_path / "r.jsonl", "--on-error", "skip")
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "r.jsonl").read_text().splitlines()) == 2
    assert "skipped records" in result.output and "mixed.jsonl:2" in result.output
    quiet = run("extract", path, "-o", tmp_path / "q.jsonl", "--on-error", "skip", "-q")
    assert quiet.output.strip() == "kg: skipped 1 bad records"


def test_the_installed_console_script_runs():
    kg = shutil.which("kg") or str(Path(sys.executable).parent / "kg")
    done = subprocess.run([kg, "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "build" in done.stdout


@pytest.mark.parametrize("corpus", [SAMPLE, ROOT / "tests" / "data" / "arxiv-abstracts.jsonl"])
def test_records_do_not_depend_on_the_hash_seed(tmp_path, corpus):
    """Set or dict order leaking into records would make two runs of one corpus differ."""
    head = tmp_path / corpus.name
    head.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(True)[:400]), encoding="utf-8")
    kg = shutil.which("kg") or str(Path(sys.executable).parent / "kg")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"records-{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([kg, "extract", head, "-o", out, "-q"], check=True, env=env, timeout=300)
        outputs.append(out.read_bytes())
    assert outputs[0] and outputs[0] == outputs[1]


def test_tricky_names_survive_build_to_valid_turtle(tmp_path):
    from kg.rdf import validate

    corpus = ROOT / "tests" / "data" / "tricky-corpus.jsonl"
    result = run("build", corpus, "-o", tmp_path, "-t", "turtle", "-t", "ntriples", "-t", "jsonld", "-q")
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    titles = {str(o) for o in graph.objects(None, rdflib.URIRef("http://purl.org/dc/terms/title"))}
    expected = {json.loads(line)["title"] for line in corpus.read_text(encoding="utf-8").splitlines()}
    assert titles == expected
    assert len(rdflib.Graph().parse(tmp_path / "graph.nt", format="nt")) == len(graph)
    assert len(rdflib.Graph().parse(tmp_path / "graph.jsonld", format="json-ld")) == len(graph)
    conforms, report = validate(tmp_path / "graph.ttl")
    assert conforms, report


@pytest.fixture(scope="module")
def records_file(built):
    return built / "records.jsonl"


@pytest.mark.parametrize("command", ["export", "eval"])
def test_records_commands_refuse_what_is_not_records(tmp_path, records_file, command):
    extra = {"export": ["-o", str(tmp_path / "csv")], "eval": ["--records", "--gold", str(GOLD)]}[command]
    cases = {
        "papers.jsonl": ('{"id": "a", "title": "T", "abstract": "A."}\n', "papers.jsonl:1: not a kg record"),
        "empty.jsonl": ("", "empty.jsonl: no records found"),
        "twice.jsonl": (records_file.read_text() * 2, "twice.jsonl:61: paper id "),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_text(content)
        result = runner.invoke(app, [command, str(path), *extra])
        assert result.exit_code == 2, (name, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: ") and message in lines[0], (name, lines)


def test_records_from_stdin_are_refused_where_they_are_read_twice(tmp_path, records_file):
    result = runner.invoke(app, ["export", "-", "-o", str(tmp_path / "csv")], input=records_file.read_text())
    assert result.exit_code == 2 and "give a file, not standard input" in result.output


@pytest.mark.parametrize("where", ["directory", "file-as-folder", "dash"])
def test_unwritable_outputs_fail_before_any_work(tmp_path, where):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    target = {"directory": tmp_path, "file-as-folder": blocker / "r.jsonl", "dash": "-"}[where]
    result = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(target), "-q"])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and "cannot write" in lines[0]
    build = runner.invoke(app, ["build", str(SAMPLE), "-o", str(blocker), "-q"])
    assert build.exit_code == 2 and "is not a directory" in build.output


def test_schema_write_regenerates_the_derived_files_where_asked(tmp_path, monkeypatch):
    result = run("schema", "--write", "--out", tmp_path)
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bloom-perspective.json", "ontology.ttl", "shapes.ttl"]
    for name in ("ontology.ttl", "shapes.ttl", "bloom-perspective.json"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (schema_dir() / name).read_text(encoding="utf-8")
    # An installed kg reads its schema from inside the package: --write never rewrites it there.
    monkeypatch.setattr("kg.schema.schema_dir", lambda: tmp_path / "kg" / "_schemas")
    result = runner.invoke(app, ["schema", "--write"])
    assert result.exit_code == 2 and "give a folder to write into" in result.output
