"""CSV export for neo4j-admin import: typed headers from the schema, rows that read back exactly."""

from __future__ import annotations

import csv
import os
import re
import shlex
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import SchemaError
from kg.graph import Edge, Node
from kg.neo4j.csv_export import ARRAY_DELIMITER, export_neo4j_csv
from kg.neo4j.rows import edge_properties, node_properties
from kg.records import Evidence, Paper, Result
from kg.schema import load_schema

TYPES = {"string": "", "integer": ":long", "float": ":double", "boolean": ":boolean", "string[]": ":string[]"}
READ = {"": str, "long": int, "double": float, "boolean": lambda v: v == "true", "string[]": lambda v: v.split(ARRAY_DELIMITER)}


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


def typed(header, row, skip):
    """A row's properties, read by the header's types (empty fields are absent)."""
    props = {}
    for column, value in list(zip(header, row))[skip:]:
        name, _, kind = column.partition(":")
        if value != "":
            props[name] = READ[kind](value)
    return props


def test_headers_follow_the_schema_and_rows_read_back_exactly(tmp_path, corpus, graph_elements):
    schema = load_schema()
    elements = graph_elements(corpus)
    written = export_neo4j_csv(elements, tmp_path)

    nodes = {e.id: e for e in elements if isinstance(e, Node)}
    edges = Counter((e.type, e.source, e.target) for e in elements if isinstance(e, Edge))
    assert written.rows == {
        **{f"nodes-{label}.csv": n for label, n in Counter(e.label for e in nodes.values()).items()},
        **{f"relationships-{rel}.csv": n for rel, n in Counter(t for t, _, _ in edges.elements()).items()},
    }
    for label, node_type in schema.nodes.items():
        header, rows = read_csv(tmp_path / f"nodes-{label}.csv")
        assert header == ["id:ID(KgNode)", ":LABEL"] + [
            p.name + TYPES[p.type] for p in node_type.properties if p.name != "id"
        ]
        for row in rows:
            node = nodes[row[0]]
            assert row[1].split(ARRAY_DELIMITER) == [label, "KgNode"] and node.label == label
            assert {"id": row[0], **typed(header, row, 2)} == node_properties(node)
    for rel_type, rel in schema.relationships.items():
        header, rows = read_csv(tmp_path / f"relationships-{rel_type}.csv")
        props = schema.relationship_properties(rel)
        assert header == [":START_ID(KgNode)", ":END_ID(KgNode)", ":TYPE"] + [p.name + TYPES[p.type] for p in props]
        expected = sorted(
            sorted(edge_properties(e).items()) for e in elements if isinstance(e, Edge) and e.type == rel_type
        )
        assert sorted(sorted(typed(header, row, 3).items()) for row in rows) == expected
        assert {row[2] for row in rows} == {rel_type}

    assert read_csv(tmp_path / "nodes-Model.csv")[0] == ["id:ID(KgNode)", ":LABEL", "name", "aliases:string[]", "support:long"]
    assert read_csv(tmp_path / "relationships-MENTIONS.csv")[0][3:] == [
        "paperId", "sentence", "start:long", "end:long", "confidence:double", "support:long",
    ]  # fmt: skip
    command = written.command_file.read_text()
    assert "neo4j-admin database import full neo4j --id-type=string --array-delimiter=U+001F --multiline-fields=true" in command
    for name in written.rows:
        assert f"={tmp_path.resolve() / name}" in command
    assert "CREATE CONSTRAINT kg_kgnode_id IF NOT EXISTS" in (tmp_path / "schema.cypher").read_text()
    assert not list(tmp_path.glob(".*.tmp"))


def test_text_with_commas_quotes_and_newlines_survives(tmp_path, corpus, graph_elements):
    extraction = corpus[0]
    extraction.paper = Paper("p,1", 'A "quoted", title\nover two lines', "x;y\r\nz", authors=("O'Brien, Zoë", "李 雷"))
    elements = graph_elements([extraction])
    export_neo4j_csv(elements, tmp_path)
    header, rows = read_csv(tmp_path / "nodes-Paper.csv")
    assert typed(header, rows[0], 2) == {
        "title": 'A "quoted", title\nover two lines', "abstract": "x;y\r\nz", "authors": ["O'Brien, Zoë", "李 雷"],
    }  # fmt: skip


def test_a_result_stated_twice_by_one_paper_is_written_once(tmp_path, corpus, graph_elements):
    extraction = corpus[0]
    twice = extraction.results[0]
    extraction.results.append(Result(twice.subject, twice.metric, twice.value, twice.benchmark, Evidence(0, 1, "x", 0.5)))
    written = export_neo4j_csv(graph_elements([extraction]), tmp_path)
    assert written.rows["nodes-Result.csv"] == 2
    assert written.rows["relationships-REPORTS.csv"] == 2


def test_a_list_item_holding_the_delimiter_is_refused_and_nothing_is_written(tmp_path):
    elements = [
        Node("Paper", "paper/p1", {"id": "paper/p1", "title": "T"}),
        Node("Model", "model/m", {"id": "model/m", "name": "M", "aliases": ["a\x1fb"], "support": 1}),
    ]
    with pytest.raises(SchemaError, match="U\\+001F"):
        export_neo4j_csv(elements, tmp_path)
    assert list(tmp_path.iterdir()) == []


ROOT = Path(__file__).resolve().parent.parent
NEO4J_LIB = ROOT / "scripts" / "neo4j" / "target" / "lib"


def test_neo4j_admin_imports_the_export(tmp_path, corpus, graph_elements):
    """The real import tool (from the Maven build that scripts/neo4j-dev makes) reads every file."""
    if not shutil.which("java") or not list(NEO4J_LIB.glob("neo4j-import-tool-*.jar")):
        pytest.skip("no java or no Neo4j jars in scripts/neo4j/target/lib (scripts/neo4j-dev start builds them)")
    written = export_neo4j_csv(graph_elements(corpus), tmp_path / "csv")
    command = shlex.split(written.command_file.read_text().splitlines()[-1])
    assert command[:4] == ["neo4j-admin", "database", "import", "full"]
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text("")
    result = subprocess.run(
        ["java", "-Xmx512m", "-cp", f"{NEO4J_LIB}/*", "org.neo4j.cli.AdminTool", *command[1:]],
        env={**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    imported = re.search(r"Imported:\s+(\d+) nodes\s+(\d+) relationships", result.stdout)
    assert imported and imported.groups() == ("27", "66")
    assert (tmp_path / "csv" / "import.report").exists()
