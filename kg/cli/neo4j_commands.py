"""Neo4j commands: ``kg load``, ``kg query`` and ``kg export --format neo4j-csv``.

Connection options default to the environment (see :mod:`kg.neo4j.loader` for the
order); the password is best given as ``KG_NEO4J_PASSWORD`` or ``NEO4J_PASSWORD``,
since a command-line option shows in the process list. It is never printed.
"""

from __future__ import annotations

import csv
import enum
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.cli import app, reports_errors
from kg.cli.progress import paper_progress, stderr
from kg.errors import KgError

RECORDS_HELP = "Records JSONL from 'kg extract' (or the records.jsonl that 'kg build' writes)."

UriOpt = Annotated[
    str | None,
    typer.Option("--uri", help="Bolt URI of the server. Default: $KG_NEO4J_URI, $NEO4J_URI, bolt://localhost:7687."),
]
UserOpt = Annotated[str | None, typer.Option("--user", help="User name. Default: $KG_NEO4J_USER, $NEO4J_USERNAME, neo4j.")]
PasswordOpt = Annotated[
    str | None,
    typer.Option(
        "--password",
        help="Password. Default: $KG_NEO4J_PASSWORD, then $NEO4J_PASSWORD; prefer these, an option shows in the process list.",
        show_default=False,
    ),
]
DatabaseOpt = Annotated[
    str | None,
    typer.Option("--database", help="Database. Default: $KG_NEO4J_DATABASE, $NEO4J_DATABASE, the server's default."),
]


@app.command()
@reports_errors
def load(
    records: Annotated[Path, typer.Argument(help=RECORDS_HELP, metavar="INPUT")],
    uri: UriOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    database: DatabaseOpt = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Rows per write transaction.")] = 1000,
    wipe: Annotated[bool, typer.Option("--wipe", help="First delete every node with kg's labels (other data stays).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display and no summary.")] = False,
) -> None:
    """Load a records file into Neo4j: merge papers, entities, links and results, recount support."""
    from kg.build import elements_from_records
    from kg.graph import Node
    from kg.neo4j.loader import connect
    from kg.neo4j.loader import load as load_elements

    with connect(uri, user, password, database) as conn:
        elements = elements_from_records(records)
        with paper_progress("loading", quiet=quiet) as progress:
            papers = 0

            def counted():
                nonlocal papers
                for element in elements:
                    if isinstance(element, Node) and element.label == "Paper":
                        papers += 1
                        progress(papers)
                    yield element

            stats = load_elements(counted(), conn, batch_size=batch_size, wipe=wipe)
        where = f"{conn.uri}" + (f" (database {conn.database})" if conn.database else "")
    if quiet:
        return
    table = Table(title=f"kg: loaded {papers:,} papers into {where} in {stats.seconds:.1f} s", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    rows = [
        ("node rows sent", stats.node_rows),
        ("relationship rows sent", stats.relationship_rows),
        ("nodes created", stats.nodes_created),
        ("relationships created", stats.relationships_created),
        ("properties set", stats.properties_set),
        ("nodes wiped first", stats.wiped),
        ("undefined endpoints dropped", stats.dangling),
    ]
    for name, value in rows:
        table.add_row(name, f"{value:,}")
    stderr.print(table)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


@app.command()
@reports_errors
def query(
    name: Annotated[str | None, typer.Argument(help="Name of the query; see --list.", show_default=False)] = None,
    params: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="A parameter as key=value; repeat for several.")
    ] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries with what they answer.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as a JSON list of objects.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="Print the rows as CSV (lists as JSON).")] = False,
    uri: UriOpt = None,
    user: UserOpt = None,
    password: PasswordOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Run a named, parameterised Cypher query from the query library and print its rows."""
    from kg.neo4j import queries
    from kg.neo4j.loader import connect

    if list_queries:
        for named in queries.list_queries():
            signature = " ".join(
                f"{p.name}=<{p.type}>" if p.required else f"[{p.name}={json.dumps(p.default)}]" for p in named.parameters
            )
            typer.echo(f"{named.name}  {signature}".rstrip())
            typer.echo(f"    {named.summary}")
        return
    if name is None:
        raise KgError("name a query to run, or list them with --list")
    if as_json and as_csv:
        raise KgError("choose one of --json and --csv")
    named = queries.get_query(name)
    values = queries.parse_assignments(params or [])
    queries.bind(named, values)  # a wrong parameter fails before connecting
    with connect(uri, user, password, database) as conn:
        columns, rows = queries.run_query(conn, name, values)
    if as_json:
        typer.echo(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2))
    elif as_csv:
        out = csv.writer(sys.stdout, lineterminator="\n")
        out.writerow(columns)
        out.writerows([json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for v in row] for row in rows)
    else:
        table = Table(title=named.summary, title_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        Console(highlight=False).print(table)
        stderr.print(f"{len(rows)} row{'s' * (len(rows) != 1)}")


class ExportFormat(str, enum.Enum):
    neo4j_csv = "neo4j-csv"


@app.command()
@reports_errors
def export(
    records: Annotated[Path, typer.Argument(help=RECORDS_HELP, metavar="INPUT")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the files into.")],
    export_format: Annotated[
        ExportFormat,
        typer.Option("--format", help="neo4j-csv: CSV files and the command for 'neo4j-admin database import full'."),
    ] = ExportFormat.neo4j_csv,
) -> None:
    """Export the graph of a records file for bulk import into a new Neo4j database."""
    from kg.build import elements_from_records
    from kg.neo4j.csv_export import export_neo4j_csv

    written = export_neo4j_csv(elements_from_records(records), output)
    for file_name, count in sorted(written.rows.items()):
        stderr.print(f"wrote {written.directory / file_name} ({count:,} rows)", highlight=False)
    stderr.print(f"import command: {written.command_file}", highlight=False)
