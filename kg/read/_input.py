"""What every reader shares: opening the input, sniffing it, decoding lines, building papers.

Errors a reader can step over (one bad record) are *yielded* by the readers as
:class:`~kg.errors.InputError` values; errors that make the rest of the input
unreadable (no such file, binary data, broken XML) are *raised*.
"""

from __future__ import annotations

import contextlib
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.ids import derive_paper_id
from kg.records import Paper

__all__ = ["MAX_RECORD_BYTES", "Input", "Records", "open_input", "sniff_format", "text_lines", "make_paper", "arxiv_id_of"]

# No real paper comes near this; a bigger "record" is a wrong file, and reading it whole
# would only exhaust memory. Anything smaller is read, however long the line.
MAX_RECORD_BYTES = 64 * 2**20
SNIFF_BYTES = 8192
BOM = b"\xef\xbb\xbf"

# What a reader yields: the line (or record) number and a paper or the error of a bad record.
Records = Iterator[tuple[int, Paper | InputError]]

_ARXIV_ID = re.compile(
    r"(?:arxiv:|https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/)?"
    r"(\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?(?:\.pdf)?",
    re.IGNORECASE,
)


@dataclass
class Input:
    """An opened input: its name for messages, a byte stream from the start, its first bytes."""

    name: str
    stream: BinaryIO
    head: bytes

    def is_blank(self) -> bool:
        """Whether the whole input is white space (the head is all of it when shorter than asked)."""
        return len(self.head) < SNIFF_BYTES and not self.head.removeprefix(BOM).strip()


class _Replay(io.RawIOBase):
    """A byte stream whose first bytes were read ahead (to sniff it) and are put back."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


@contextlib.contextmanager
def open_input(path: str | Path) -> Iterator[Input]:
    """Open a file, or standard input for ``-``, as bytes; refuse binary data.

    >>> with open_input("/no/such/file.txt") as source:
    ...     pass
    Traceback (most recent call last):
    kg.errors.InputError: /no/such/file.txt: no such file
    """
    is_stdin = str(path) == "-"
    name = "<stdin>" if is_stdin else str(path)
    with contextlib.ExitStack() as stack:
        if is_stdin:
            raw = sys.stdin.buffer
        else:
            try:
                raw = stack.enter_context(open(path, "rb"))
            except FileNotFoundError:
                raise InputError("no such file", file=name) from None
            except IsADirectoryError:
                raise InputError("is a directory, not a file", file=name) from None
            except OSError as error:
                raise InputError(f"cannot read: {error.strerror}", file=name) from None
        head = raw.read(SNIFF_BYTES)
        nul = head.find(b"\0")
        if nul >= 0:
            raise InputError(f"not a text file (NUL byte at byte {nul + 1})", file=name)
        yield Input(name, io.BufferedReader(_Replay(head, raw)), head)


def sniff_format(head: bytes) -> str:
    """The format an input's first bytes look like: ``{`` JSON Lines, ``<`` XML, else page text.

    >>> sniff_format(b'\\n  {"id": "p1"}'), sniff_format(b"<?xml"), sniff_format(b"new\\n")
    ('jsonl', 'arxiv-atom', 'hf-page')
    """
    start = head.removeprefix(BOM).lstrip()[:1]
    return {b"{": "jsonl", b"<": "arxiv-atom"}.get(start, "hf-page")


def text_lines(source: Input) -> Iterator[tuple[int, str, InputError | None]]:
    """Number and decode the input's lines: ``(line number, text, decoding error or None)``.

    Line ends (LF or CRLF) and a leading byte-order mark are removed. A line that is not
    UTF-8 comes with the replacement-decoded text and an error saying where, so a reader can
    skip just that record. NUL bytes and lines over :data:`MAX_RECORD_BYTES` are raised: such
    input is not a text file of papers.

    >>> from io import BytesIO
    >>> source = Input("a.txt", BytesIO(b"\\xef\\xbb\\xbfone\\r\\ntw\\xffo\\n"), b"")
    >>> [(n, text, str(error) if error else None) for n, text, error in text_lines(source)]
    [(1, 'one', None), (2, 'tw\ufffdo', 'a.txt:2: invalid UTF-8 at byte 3 of the line (0xff)')]
    """
    readline = source.stream.readline
    number = 0
    while raw := readline(MAX_RECORD_BYTES + 1):
        number += 1
        if len(raw) > MAX_RECORD_BYTES:
            message = f"line longer than {MAX_RECORD_BYTES:,} bytes; not a paper record"
            raise InputError(message, file=source.name, line=number)
        if number == 1:
            raw = raw.removeprefix(BOM)
        raw = raw.rstrip(b"\n").removesuffix(b"\r")
        nul = raw.find(b"\0")
        if nul >= 0:
            raise InputError(f"not a text file (NUL byte at byte {nul + 1} of the line)", file=source.name, line=number)
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as bad:
            message = f"invalid UTF-8 at byte {bad.start + 1} of the line (0x{raw[bad.start]:02x})"
            yield number, raw.decode("utf-8", "replace"), InputError(message, file=source.name, line=number)


def arxiv_id_of(text: str | None) -> str | None:
    """The arXiv identifier in an id or abs/pdf URL, without its version; None if there is none.

    >>> arxiv_id_of("http://arxiv.org/abs/2301.00001v2"), arxiv_id_of("arXiv:hep-th/9901001")
    ('2301.00001', 'hep-th/9901001')
    >>> arxiv_id_of("p001") is None
    True
    """
    match = _ARXIV_ID.fullmatch(text.strip()) if text else None
    return match.group(1) if match else None


def make_paper(
    file: str,
    line: int,
    *,
    title: str,
    abstract: str,
    id: str | None = None,
    arxiv_id: str | None = None,
    url: str | None = None,
    date: str | None = None,
    authors: tuple[str, ...] = (),
) -> Paper:
    """A :class:`Paper` from one record; its id is the given id, else the arXiv id, else one
    derived from the title. Raises :class:`InputError` for an empty title or abstract.

    >>> make_paper("a.jsonl", 3, title="T", abstract="A.", arxiv_id="2301.00001").id
    '2301.00001'
    >>> make_paper("a.jsonl", 3, title=" ", abstract="A.")
    Traceback (most recent call last):
    kg.errors.InputError: a.jsonl:3: empty or missing title
    """
    title, abstract = title.strip(), abstract.strip()
    for field, value in (("title", title), ("abstract", abstract)):
        if not value:
            raise InputError(f"empty or missing {field}", file=file, line=line)
    return Paper(
        id=id or arxiv_id or derive_paper_id(title),
        title=title,
        abstract=abstract,
        url=url or None,
        arxiv_id=arxiv_id or None,
        date=date or None,
        authors=authors,
        source=f"{file}:{line}",
    )
