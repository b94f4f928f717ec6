"""Read stage: papers from a Hugging Face Papers page, JSON Lines or an arXiv Atom feed.

:func:`read_papers` streams :class:`~kg.records.Paper` s from a file (or ``-`` for
standard input) in any of :data:`FORMATS`. It checks what all formats share: the input
exists, is text and holds at least one paper, and paper ids are unique. A bad record is an
:class:`~kg.errors.InputError` naming file and line; with ``on_error="skip"`` it is counted
in :class:`ReadStats` and reading goes on. Input that holds no paper is always an error.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "papers.jsonl"
>>> _ = path.write_text('{"id": "p1", "title": "T", "abstract": "A."}\\n{"title": "T2"}\\n')
>>> stats = ReadStats()
>>> [paper.id for paper in read_papers(path, on_error="skip", stats=stats)]
['p1']
>>> stats  # doctest: +ELLIPSIS
ReadStats(papers=1, skipped=1, errors=["...papers.jsonl:2: missing required field 'abstract'"])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.read._input import Input, Records, open_input, sniff_format
from kg.read.arxiv_atom import read_arxiv_atom
from kg.read.hf_page import read_hf_page
from kg.read.jsonl import read_jsonl
from kg.records import Paper

__all__ = ["FORMATS", "ReadStats", "read_papers", "detect_format"]

FORMATS = ("hf-page", "jsonl", "arxiv-atom")
ON_ERROR = ("fail", "skip")
MAX_MESSAGES = 20

_READERS: dict[str, Callable[[Input], Records]] = {
    "hf-page": read_hf_page,
    "jsonl": read_jsonl,
    "arxiv-atom": read_arxiv_atom,
}
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".xml": "arxiv-atom", ".atom": "arxiv-atom"}


@dataclass
class ReadStats:
    """Counts for the end-of-run summary: papers read, records skipped, and the first
    :data:`MAX_MESSAGES` messages of the skipped ones."""

    papers: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def skip(self, error: InputError) -> None:
        """Count a skipped record and keep its message while there is room."""
        self.skipped += 1
        if len(self.errors) < MAX_MESSAGES:
            self.errors.append(str(error))


def detect_format(path: str | Path) -> str:
    """The format of an input: by extension (``.jsonl``/``.ndjson``, ``.xml``/``.atom``),
    else by its first non-blank byte (``{`` JSON Lines, ``<`` Atom, else page text).

    >>> detect_format("papers.ndjson"), detect_format("query.atom")
    ('jsonl', 'arxiv-atom')

    For ``-`` this reads, and so uses up, the start of standard input: to detect and read
    standard input, call :func:`read_papers` with no ``format``.
    """
    by_name = _format_by_name(path)
    if by_name:
        return by_name
    with open_input(path) as source:
        return sniff_format(source.head)


def _format_by_name(path: str | Path) -> str | None:
    return _EXTENSIONS.get(Path(str(path)).suffix.lower())


def read_papers(
    path: str | Path,
    *,
    format: str | None = None,
    on_error: str = "fail",
    stats: ReadStats | None = None,
) -> Iterator[Paper]:
    """Stream the papers of a file (``-``: standard input) in order.

    ``format`` is one of :data:`FORMATS`, or None to detect it. ``on_error="fail"`` raises
    the first bad record's :class:`~kg.errors.InputError`; ``"skip"`` skips it and counts it
    in ``stats``. A later paper with an id seen before is a bad record (the first is kept).
    """
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown input format {format!r}; expected one of {', '.join(FORMATS)}")
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
    return _read(path, format, on_error == "skip", stats if stats is not None else ReadStats())


def _read(path: str | Path, format: str | None, skip: bool, stats: ReadStats) -> Iterator[Paper]:
    with open_input(path) as source:
        if source.is_blank():
            raise InputError("no papers found (the input is empty)", file=source.name)
        reader = _READERS[format or _format_by_name(source.name) or sniff_format(source.head)]
        first_line: dict[str, int] = {}  # grows with the corpus, like the entity index: ids only
        papers = skipped = 0
        first_error: InputError | None = None
        for line, item in reader(source):
            if isinstance(item, Paper) and item.id in first_line:
                message = f"duplicate paper id {item.id!r} (first at line {first_line[item.id]})"
                item = InputError(message, file=source.name, line=line)
            if isinstance(item, InputError):
                if not skip:
                    raise item
                stats.skip(item)
                skipped += 1
                first_error = first_error or item
                continue
            first_line[item.id] = line
            papers += 1
            stats.papers += 1
            yield item
    if not papers:
        detail = f"; {skipped} bad records skipped, the first: {first_error}" if skipped else ""
        raise InputError(f"no papers found{detail}", file=source.name)
