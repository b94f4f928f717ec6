"""`kg load`, `kg query` and `kg export` as a user runs them, against the real server."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.neo4j.loader import counts
from kg.neo4j.queries import list_queries, run_query

runner = CliRunner()


@pytest.fixture
def records(tmp_path, corpus):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(x.to_record(), ensure_ascii=False) + "\n" for x in corpus), encoding="utf-8")
    return path


def one_error_line(result, exit_code: int, *fragments: str, secret: str | None = None) -> str:
    assert result.exit_code == exit_code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.output
    for fragment in fragments:
        assert fragment in lines[0]
    assert "Traceback" not in result.output
    if secret:
        assert secret not in result.output
    return lines[0]


@pytest.fixture
def server_env(neo4j_settings):
    return {"KG_NEO4J_URI": neo4j_settings["uri"], "KG_NEO4J_USER": neo4j_settings["user"],
            "KG_NEO4J_PASSWORD": neo4j_settings["password"]}  # fmt: skip


@pytest.mark.neo4j
def test_load_then_query_in_every_output_format(neo4j, records, server_env):
    result = runner.invoke(app, ["load", str(records), "--batch-size", "10", "--wipe"], env=server_env)
    assert result.exit_code == 0, result.output
    assert "loaded 4 papers" in result.output and "relationships created" in result.output
    assert server_env["KG_NEO4J_PASSWORD"] not in result.output
    assert counts(neo4j)[0]["Paper"] == 4

    result = runner.invoke(app, ["query", "top_models", "--json"], env=server_env)
    assert result.exit_code == 0, result.output
    columns, rows = run_query(neo4j, "top_models")
    assert json.loads(result.stdout) == [dict(zip(columns, row)) for row in rows]

    result = runner.invoke(app, ["query", "benchmark_leaderboard", "-p", "benchmark=GLUE", "--param", "limit=2", "--csv"], env=server_env)
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.stdout))) == [
        ["benchmark", "model", "metric", "value", "number", "paper"],
        ["GLUE", "BetaNet", "accuracy", "92.0%", "92.0", "BetaNet: Scaling AlphaNet"],
        ["GLUE", "AlphaNet", "accuracy", "91.2", "91.2", "AlphaNet: Pretraining for Everything"],
    ]

    result = runner.invoke(app, ["query", "model_lineage", "-p", "model=BetaNet"], env=server_env)
    assert result.exit_code == 0, result.output
    assert "BetaNet, AlphaNet, BERT" in result.stdout and "2 rows" in result.stderr


@pytest.mark.neo4j
def test_a_wrong_password_is_one_line_that_never_shows_it(neo4j_settings, records, server_env):
    wrong = neo4j_settings["password"] + "-but-wrong"
    result = runner.invoke(app, ["query", "top_models"], env={**server_env, "KG_NEO4J_PASSWORD": wrong})
    one_error_line(result, 3, "authentication failed for user 'neo4j'", neo4j_settings["uri"], secret=wrong)
    result = runner.invoke(app, ["load", str(records), "--password", wrong], env=server_env)
    one_error_line(result, 3, "authentication failed for user 'neo4j'", secret=wrong)


def test_an_unreachable_server_is_one_line(records):
    secret = "not-printed-password"
    result = runner.invoke(app, ["load", str(records), "--uri", "bolt://127.0.0.1:9", "--password", secret])
    one_error_line(result, 3, "cannot reach Neo4j at bolt://127.0.0.1:9", secret=secret)


def test_query_mistakes_are_one_line_before_any_connection():
    env = {"KG_NEO4J_URI": "bolt://127.0.0.1:9"}  # a query that got this far would fail to connect instead
    one_error_line(runner.invoke(app, ["query", "nope"], env=env), 1, "unknown query 'nope'")
    one_error_line(runner.invoke(app, ["query", "model_lineage"], env=env), 1, "needs parameter model")
    one_error_line(
        runner.invoke(app, ["query", "model_lineage", "-p", "model=x", "-p", "max_depth=deep"], env=env),
        1,
        "parameter max_depth must be int, not 'deep'",
    )
    one_error_line(runner.invoke(app, ["query"], env=env), 1, "--list")
    for value in ("99999999999999999999", "-1"):  # beyond Neo4j's 64-bit integers; negative
        one_error_line(
            runner.invoke(app, ["query", "top_models", "-p", f"limit={value}"], env=env),
            1,
            f"parameter limit must be between 0 and {2**63 - 1}, not {value}",
        )


def test_a_uri_that_is_not_bolt_is_one_line(records):
    result = runner.invoke(app, ["load", str(records), "--uri", "http://127.0.0.1:7474", "--password", "x" * 8])
    one_error_line(result, 3, "unsupported Neo4j URI scheme 'http'")


def test_query_list_names_every_query_with_its_parameters():
    result = runner.invoke(app, ["query", "--list"])
    assert result.exit_code == 0
    for query in list_queries():
        assert f"\n{query.name}  " in "\n" + result.stdout
        assert query.summary in result.stdout
    assert "benchmark_leaderboard  benchmark=<string> [metric=\"\"] [limit=20]" in result.stdout


@pytest.mark.neo4j
def test_load_of_a_bad_records_file_names_file_and_line(neo4j, tmp_path, server_env):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "p1", "title": "T", "abstract": "A paper line, not a record."}\n{oops\n')
    one_error_line(runner.invoke(app, ["load", str(path)], env=server_env), 2, "bad.jsonl:1: not a kg record")
    assert counts(neo4j) == ({}, {})


def test_export_writes_import_files(tmp_path, records):
    out = tmp_path / "csv"
    result = runner.invoke(app, ["export", str(records), "--format", "neo4j-csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "nodes-Paper.csv").read_text(encoding="utf-8").count("\n") == 5
    assert "neo4j-admin database import full" in (out / "neo4j-admin-import.txt").read_text()
    assert "import command:" in result.stderr
