"""CSV files for ``neo4j-admin database import full``, the fastest way to a new database.

One node file per label and one relationship file per type, with typed headers
(``id:ID(KgNode)``, ``:LABEL``, ``support:long``, ``aliases:string[]``, ``:START_ID(KgNode)``,
``:END_ID(KgNode)``, ``:TYPE``), ``neo4j-admin-import.txt`` holding the command that
imports them, and ``schema.cypher`` with kg's constraints and indexes. Nodes get the same labels (``KgNode`` included) and properties as
:func:`kg.neo4j.loader.load` gives them, so ``kg load`` can add to an imported graph.

Integers are ``long`` and floats ``double``, the types Bolt writes. List items are
joined by U+001F (given to the import as ``--array-delimiter=U+001F``), a control
character that text does not contain; an item holding it is refused. An empty string
is written as an empty field, which the import reads as no value.
"""

from __future__ import annotations

import contextlib
import csv
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import SchemaError
from kg.graph import Edge, Element, Node
from kg.neo4j import cypher
from kg.neo4j.rows import edge_properties, node_properties
from kg.schema import Property, Schema, load_schema
from kg.write.atomic import atomic_open

__all__ = ["ARRAY_DELIMITER", "CsvExport", "node_header", "relationship_header", "export_neo4j_csv", "import_command"]

ARRAY_DELIMITER = "\x1f"
ID_GROUP = cypher.NODE_LABEL
COMMAND_FILE = "neo4j-admin-import.txt"
SCHEMA_FILE = "schema.cypher"
_SUFFIX = {"string": "", "integer": ":long", "float": ":double", "boolean": ":boolean", "string[]": ":string[]"}


@dataclass
class CsvExport:
    """What was written: rows per CSV file, and the file with the import command."""

    directory: Path
    rows: dict[str, int] = field(default_factory=dict)  # file name → data rows
    command_file: Path | None = None


def _columns(props: tuple[Property, ...]) -> list[Property]:
    return [p for p in props if p.name != "id"]


def node_header(node_label: str, schema: Schema | None = None) -> list[str]:
    """The header of a label's node file.

    >>> node_header("Model")
    ['id:ID(KgNode)', ':LABEL', 'name', 'aliases:string[]', 'support:long']
    """
    schema = schema or load_schema()
    props = schema.nodes[cypher.label(node_label, schema)].properties
    return [f"id:ID({ID_GROUP})", ":LABEL", *(p.name + _SUFFIX[p.type] for p in _columns(props))]


def relationship_header(rel_type: str, schema: Schema | None = None) -> list[str]:
    """The header of a type's relationship file.

    >>> relationship_header("REPORTS")
    [':START_ID(KgNode)', ':END_ID(KgNode)', ':TYPE']
    """
    schema = schema or load_schema()
    rel = schema.relationships[cypher.relationship_type(rel_type, schema)]
    props = schema.relationship_properties(rel)
    return [f":START_ID({ID_GROUP})", f":END_ID({ID_GROUP})", ":TYPE", *(p.name + _SUFFIX[p.type] for p in props)]


def _field(value, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if any(ARRAY_DELIMITER in item for item in value):
            raise SchemaError(f"{where}: a list item contains U+001F, the CSV array delimiter")
        return ARRAY_DELIMITER.join(value)
    return repr(value) if isinstance(value, float) else str(value)


def _unique_per_paper(elements: Iterable[Element]) -> Iterator[Element]:
    """Drop repeats (a result or a fact stated twice by one paper) without remembering the corpus.

    A paper's elements come together and start with its Paper node; entity nodes come
    from the index, once each.
    """
    seen: set = set()
    for element in elements:
        if isinstance(element, Node):
            if element.label == "Paper":
                seen.clear()
            key = element.id
        else:
            key = (element.type, element.source, element.target, element.key)
        if key not in seen:
            seen.add(key)
            yield element


def export_neo4j_csv(elements: Iterable[Element], out_dir: str | Path) -> CsvExport:
    """Write the elements as neo4j-admin import files into ``out_dir``; each file appears atomically."""
    schema = load_schema()
    out = CsvExport(Path(out_dir))
    headers = {f"nodes-{label}.csv": node_header(label, schema) for label in schema.nodes}
    headers |= {f"relationships-{rel}.csv": relationship_header(rel, schema) for rel in schema.relationships}
    with contextlib.ExitStack() as stack:
        writers: dict = {}  # file name → csv writer, opened at its first row

        def writer(name: str):
            if name not in writers:
                handle = stack.enter_context(atomic_open(out.directory / name))
                writers[name] = csv.writer(handle, lineterminator="\n")
                writers[name].writerow(headers[name])
                out.rows[name] = 0
            out.rows[name] += 1
            return writers[name]

        for element in _unique_per_paper(elements):
            if isinstance(element, Node):
                props = node_properties(element, schema)
                node_type = schema.nodes[element.label]
                where = f"{element.label} {element.id!r}"
                labels = ARRAY_DELIMITER.join([element.label, cypher.NODE_LABEL])
                row = [element.id, labels, *(_field(props.get(p.name), where) for p in _columns(node_type.properties))]
                writer(f"nodes-{element.label}.csv").writerow(row)
            elif isinstance(element, Edge):
                props = edge_properties(element, schema)
                declared = schema.relationship_properties(schema.relationships[element.type])
                where = f"{element.type} {element.source!r}->{element.target!r}"
                row = [element.source, element.target, element.type, *(_field(props.get(p.name), where) for p in declared)]
                writer(f"relationships-{element.type}.csv").writerow(row)
            else:
                raise TypeError(f"not a graph element: {element!r}")
    with atomic_open(out.directory / SCHEMA_FILE) as handle:
        handle.write("".join(statement + ";\n" for statement in cypher.schema_statements(schema)))
    out.command_file = out.directory / COMMAND_FILE
    with atomic_open(out.command_file) as handle:
        handle.write(import_command(out))
    return out


def import_command(export: CsvExport, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command line that imports an export, with how to use it."""
    directory = export.directory.resolve()
    files = sorted(export.rows)
    args = [
        "neo4j-admin",
        "database",
        "import",
        "full",
        database,
        "--id-type=string",
        "--array-delimiter=U+001F",
        "--multiline-fields=true",
        f"--report-file={directory / 'import.report'}",  # not in the current directory
        *(f"--nodes={directory / name}" for name in files if name.startswith("nodes-")),
        *(f"--relationships={directory / name}" for name in files if name.startswith("relationships-")),
    ]
    return (
        "# Import into a stopped Neo4j 5 server (add --overwrite-destination=true to replace an existing\n"
        f"# database); once it runs, create kg's constraints and indexes: cypher-shell -f {SCHEMA_FILE}\n"
        + shlex.join(args)
        + "\n"
    )
