"""Pipeline commands: extract, build, eval, schema."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli import app, reports_errors
from kg.cli.progress import paper_progress, stderr

INPUT_HELP = "Input file: Hugging Face Papers page text, JSON Lines or arXiv Atom XML; '-' reads stdin."


class InputFormat(str, enum.Enum):
    hf_page = "hf-page"
    jsonl = "jsonl"
    arxiv_atom = "arxiv-atom"


class OnError(str, enum.Enum):
    fail = "fail"
    skip = "skip"


class OutputFormat(str, enum.Enum):
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"
    graphml = "graphml"
    node_link = "node-link"


InputArg = Annotated[str, typer.Argument(help=INPUT_HELP, metavar="INPUT")]
FormatOpt = Annotated[
    InputFormat | None, typer.Option("--format", help="Input format; detected from the name and content when omitted.")
]
OnErrorOpt = Annotated[
    OnError, typer.Option("--on-error", help="On a bad record (or a paper kg fails on): 'fail' stops with its file and line; 'skip' skips and counts it.")
]
ProcessesOpt = Annotated[int, typer.Option("--processes", "-j", min=1, help="Worker processes for extraction: one per core is fastest (each returns records, not Docs).")]
BatchOpt = Annotated[int, typer.Option("--batch-size", min=1, help="Papers per extraction batch.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")]


def _print_summary(summary, quiet: bool) -> None:
    if quiet:
        if summary.skipped:  # even quiet runs say that records were left out
            stderr.print(f"kg: skipped {summary.skipped:,} bad records", markup=False, highlight=False)
        return
    table = Table(title=f"kg: {summary.papers:,} papers in {summary.seconds:.1f} s", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    if summary.skipped:
        table.add_row("skipped records", f"{summary.skipped:,}")
    for label, count in sorted(summary.entities.items()):
        table.add_row(f"{label} nodes", f"{count:,}")
    for rel, count in sorted(summary.facts.items()):
        table.add_row(f"{rel} edges", f"{count:,}")
    for path in summary.files:
        table.add_row("wrote", str(path))
    stderr.print(table)
    for message in summary.skipped_messages:
        stderr.print(f"  skipped: {message}", markup=False, highlight=False)


def _run_stage(
    stage, label: str, source: str, target: Path, input_format, on_error, processes: int, batch_size: int, quiet: bool, **options
) -> None:
    """Run ``kg.build.extract_file`` or ``kg.build.build`` with the shared options, under a
    progress bar, and print its summary."""
    with paper_progress(label, quiet=quiet) as progress:
        summary = stage(
            source,
            target,
            input_format=input_format.value if input_format else None,
            on_error=on_error.value,
            n_process=processes,
            batch_size=batch_size,
            progress=progress,
            **options,
        )
    _print_summary(summary, quiet)


@app.command()
@reports_errors
def extract(
    source: InputArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Records file to write (JSON Lines, one paper a line).")],
    input_format: FormatOpt = None,
    on_error: OnErrorOpt = OnError.fail,
    processes: ProcessesOpt = 1,
    batch_size: BatchOpt = 256,
    quiet: QuietOpt = False,
) -> None:
    """Extract entities, links, facts and results from each paper into a records JSONL file."""
    from kg.build import extract_file

    _run_stage(extract_file, "extracting", source, output, input_format, on_error, processes, batch_size, quiet)


@app.command()
@reports_errors
def build(
    source: InputArg,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder to write records.jsonl and the graph files into.")] = Path("out"),
    formats: Annotated[
        list[OutputFormat] | None,
        typer.Option("--to", "-t", help="Graph output format; repeat for several. Default: turtle."),
    ] = None,
    input_format: FormatOpt = None,
    on_error: OnErrorOpt = OnError.fail,
    processes: ProcessesOpt = 1,
    batch_size: BatchOpt = 256,
    quiet: QuietOpt = False,
) -> None:
    """Build the knowledge graph: records.jsonl plus RDF (Turtle by default), GraphML or node-link JSON."""
    from kg.build import build as run_build

    chosen = [f.value for f in formats] if formats else ["turtle"]
    _run_stage(run_build, "building", source, out_dir, input_format, on_error, processes, batch_size, quiet, formats=chosen)


@app.command("eval")
@reports_errors
def evaluate(
    source: Annotated[str, typer.Argument(help="Papers to extract (any input format), or a records JSONL from 'kg extract' with --records.")],
    gold: Annotated[Path, typer.Option("--gold", help="Gold annotations, JSON Lines in the guidelines' format.")],
    records: Annotated[bool, typer.Option("--records", help="SOURCE is already a records file; do not extract again.")] = False,
    input_format: FormatOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against gold annotations: precision, recall and F1 per entity type, URLs and facts."""
    from kg.build import read_records
    from kg.evaluate import evaluate as score
    from kg.evaluate import load_jsonl

    if records:
        predicted = (e.to_record() for e in read_records(source))
    else:
        from kg.extract import extract
        from kg.read import read_papers

        papers = read_papers(source, format=input_format.value if input_format else None)
        predicted = (e.to_record() for e in extract(papers))
    report = score(load_jsonl(gold), predicted)
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format())


@app.command()
@reports_errors
def schema(
    write: Annotated[bool, typer.Option("--write", help="Regenerate the files derived from graph.yaml (ontology, shapes, Bloom perspective).")] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder to write them into; default: schemas/ of the kg checkout (required for an installed kg).")
    ] = None,
) -> None:
    """Show the graph schema (node and relationship types), or regenerate the files derived from it."""
    from kg.schema import load_schema, schema_dir

    if write:
        from kg.neo4j.bloom import write_perspective
        from kg.rdf.ontology import write_schema_files

        if out is None and schema_dir().name != "schemas":
            # An installed kg reads its schema from inside the package: never rewrite that.
            raise typer.BadParameter("kg is installed, not run from a checkout: give a folder to write into", param_hint="--out")
        target = out or schema_dir()
        for path in (*write_schema_files(target), write_perspective(target)):
            typer.echo(f"wrote {path}")
        return
    graph_schema = load_schema()
    for node in graph_schema.nodes.values():
        typer.echo(f"(:{node.label})  {', '.join(p.name for p in node.properties)}")
    for rel in graph_schema.relationships.values():
        typer.echo(f"(:{'|'.join(rel.sources)})-[:{rel.name}]->(:{'|'.join(rel.targets)})")
