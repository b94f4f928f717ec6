"""The whole job, stage by stage: read → extract → resolve → graph → write.

Streaming: papers are read, extracted and written to the records file one batch at a
time while the :class:`~kg.resolve.EntityIndex` (the only state that grows with the
corpus) counts entities. A second pass over the records file then emits the graph's
elements to the writers.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.graph import Edge, Element, FactSupport, Node, build_graph, entity_elements, paper_elements
from kg.read import ReadStats, read_papers
from kg.read.jsonl import json_objects
from kg.records import Extraction
from kg.resolve import EntityIndex
from kg.write.atomic import atomic_open, check_output_file

__all__ = [
    "OUTPUT_FORMATS",
    "RunSummary",
    "extract_file",
    "read_records",
    "index_extractions",
    "graph_elements",
    "elements_of",
    "elements_from_records",
    "build",
]

RDF_FORMATS = {"turtle": "graph.ttl", "ntriples": "graph.nt", "jsonld": "graph.jsonld"}
NETWORKX_FORMATS = {"graphml": "graph.graphml", "node-link": "graph.json"}
OUTPUT_FORMATS = (*RDF_FORMATS, *NETWORKX_FORMATS)
RECORDS_FILE = "records.jsonl"
# Fields every record has (schemas/record.schema.json); a paper line lacks most of them.
_RECORD_FIELDS = ("id", "title", "abstract", "entities", "urls", "results", "evidence")

Progress = Callable[[int], None]  # called with the number of papers done so far


@dataclass
class RunSummary:
    """What a run did, for the one-screen summary."""

    papers: int = 0
    skipped: int = 0
    skipped_messages: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)  # node label → count
    facts: Counter = field(default_factory=Counter)  # relationship type → count
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def extract_file(
    source: str | Path,
    records_path: str | Path,
    *,
    input_format: str | None = None,
    on_error: str = "fail",
    n_process: int = 1,
    batch_size: int = 256,
    progress: Progress | None = None,
    index: EntityIndex | None = None,
    support: FactSupport | None = None,
) -> RunSummary:
    """Extract every paper of ``source`` into a records JSONL file, written atomically.

    When ``index``/``support`` are given they count every extraction as it streams by.
    """
    from kg.extract import extract  # spaCy loads only for commands that extract

    check_output_file(records_path)  # before the work, not after it
    started = time.perf_counter()
    stats = ReadStats()
    summary = RunSummary()
    papers = read_papers(source, format=input_format, on_error=on_error, stats=stats)
    with atomic_open(records_path) as out:
        skip = stats.skip if on_error == "skip" else None  # (a paper kg fails on is counted with the bad records)
        for extraction in extract(papers, n_process=n_process, batch_size=batch_size, on_failure=skip):
            out.write(json.dumps(extraction.to_record(), ensure_ascii=False) + "\n")
            if index is not None:
                index.add(extraction)
            if support is not None:
                support.add(extraction)
            summary.papers += 1
            if progress:
                progress(summary.papers)
    summary.skipped, summary.skipped_messages = stats.skipped, list(stats.errors)
    summary.files.append(Path(records_path))
    summary.seconds = time.perf_counter() - started
    return summary


def read_records(path: str | Path) -> Iterator[Extraction]:
    """Stream the extractions of a records JSONL file written by ``kg extract``.

    A line that is no record (a paper, say), a repeated paper id, or a file with no
    record is an :class:`InputError` naming file and line.
    """
    first_line: dict[str, int] = {}
    for number, record in json_objects(path):
        missing = [key for key in _RECORD_FIELDS if key not in record]
        if missing:
            raise InputError(f"not a kg record: no {', '.join(missing)} (write records with 'kg extract')", file=str(path), line=number)
        try:
            extraction = Extraction.from_record(record)
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"not a kg record ({error!r})", file=str(path), line=number) from None
        if first_line.setdefault(extraction.paper.id, number) != number:
            message = f"paper id {extraction.paper.id!r} repeated (first at line {first_line[extraction.paper.id]})"
            raise InputError(message, file=str(path), line=number)
        yield extraction
    if not first_line:
        raise InputError("no records found", file=str(path))


def index_extractions(extractions: Iterable[Extraction]) -> tuple[EntityIndex, FactSupport]:
    """First pass: resolve entities and count fact support over all papers."""
    index = EntityIndex()
    support = FactSupport(index)
    for extraction in extractions:
        index.add(extraction)
        support.add(extraction)
    return index, support


def graph_elements(extractions: Iterable[Extraction], index: EntityIndex, support: FactSupport) -> Iterator[Element]:
    """Second pass: every paper's nodes and edges, then the entity and link nodes."""
    for extraction in extractions:
        yield from paper_elements(extraction, index, support)
    yield from entity_elements(index)


def elements_of(extractions: Sequence[Extraction]) -> list[Element]:
    """The graph elements of an in-memory corpus (both passes over the same list)."""
    index, support = index_extractions(extractions)
    return list(graph_elements(extractions, index, support))


def elements_from_records(path: str | Path) -> Iterator[Element]:
    """The graph of a records file: one pass to resolve, a second to emit elements."""
    if str(path) == "-":
        raise InputError("records are read twice: give a file, not standard input", file="<stdin>")
    index, support = index_extractions(read_records(path))
    return graph_elements(read_records(path), index, support)


def build(
    source: str | Path,
    out_dir: str | Path,
    *,
    formats: Iterable[str] = ("turtle",),
    input_format: str | None = None,
    on_error: str = "fail",
    n_process: int = 1,
    batch_size: int = 256,
    progress: Progress | None = None,
) -> RunSummary:
    """Build the graph of ``source`` into ``out_dir``: records.jsonl plus the chosen formats."""
    started = time.perf_counter()
    out_dir = Path(out_dir)
    records_path = out_dir / RECORDS_FILE
    index = EntityIndex()
    support = FactSupport(index)
    summary = extract_file(
        source,
        records_path,
        input_format=input_format,
        on_error=on_error,
        n_process=n_process,
        batch_size=batch_size,
        progress=progress,
        index=index,
        support=support,
    )

    for position, name in enumerate(dict.fromkeys(formats)):
        elements = graph_elements(read_records(records_path), index, support)
        if position == 0:  # the summary counts the graph once, on the first output written
            elements = _counted(elements, summary)
        target = out_dir / (RDF_FORMATS.get(name) or NETWORKX_FORMATS[name])
        _write(name, elements, target)
        summary.files.append(target)
    summary.seconds = time.perf_counter() - started
    return summary


def _counted(elements: Iterable[Element], summary: RunSummary) -> Iterator[Element]:
    for element in elements:
        if isinstance(element, Node) and element.label != "Paper":
            summary.entities[element.label] += 1
        elif isinstance(element, Edge):
            summary.facts[element.type] += 1
        yield element


def _write(name: str, elements: Iterable[Element], target: Path) -> None:
    if name in RDF_FORMATS:
        from kg.rdf.writer import write_rdf

        write_rdf(elements, target, format=name)
        return
    from kg.write.networkx_formats import write_graphml, write_node_link

    graph = build_graph(elements)
    (write_graphml if name == "graphml" else write_node_link)(graph, target)
