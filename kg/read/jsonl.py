"""Reader for JSON Lines: one paper object a line.

Fields: ``title`` and ``abstract`` (required strings); ``id`` (a string or an integer;
without one, the arXiv id or a hash of the title is used); ``url``, ``arxiv_id``,
``date`` (strings or null) and ``authors`` (a list of strings or null). Other fields
are ignored. Strings are stripped of surrounding white space.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.read._input import Input, Records, arxiv_id_of, make_paper, open_input, text_lines
from kg.records import Paper

__all__ = ["read_jsonl", "parse_object", "json_objects"]

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}
# json.loads accepts "\ud800" escapes; such strings cannot be written out as UTF-8 later.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _kind(value: Any) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


class _Fields:
    """Typed access to one record's fields; a wrong type is an :class:`InputError`."""

    def __init__(self, record: dict, file: str, line: int):
        self.record, self.file, self.line = record, file, line

    def error(self, message: str) -> InputError:
        return InputError(message, file=self.file, line=self.line)

    def text(self, name: str, *, required: bool = False) -> str | None:
        value = self.record.get(name)
        if value is None:
            if required:
                raise self.error(f"missing required field {name!r}")
            return None
        if not isinstance(value, str):
            raise self.error(f"field {name!r} must be a string, not {_kind(value)}")
        return self.valid(name, value).strip()

    def valid(self, name: str, value: str) -> str:
        if _SURROGATE.search(value):
            raise self.error(f"field {name!r} has an unpaired surrogate escape (not valid Unicode)")
        return value

    def paper_id(self) -> str | None:
        value = self.record.get("id")
        # Integer ids are common in exported tables; their decimal form is the same id.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return self.text("id")

    def authors(self) -> tuple[str, ...]:
        value = self.record.get("authors")
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
            raise self.error(f"field 'authors' must be a list of strings, not {_kind(value)}")
        return tuple(self.valid("authors", name).strip() for name in value if name.strip())


def read_jsonl(source: Input) -> Records:
    """Papers of a JSON Lines input, as ``(line, Paper or error)``; blank lines are skipped.

    >>> from io import BytesIO
    >>> data = b'{"id": 7, "title": "T", "abstract": "A.", "arxiv_id": "2301.00001v2"}\\n\\n[1]\\n'
    >>> for line, item in read_jsonl(Input("a.jsonl", BytesIO(data), b"")):
    ...     print(line, item)
    1 Paper(id='7', title='T', abstract='A.', url=None, arxiv_id='2301.00001', date=None, authors=(), source='a.jsonl:1')
    3 a.jsonl:3: expected a JSON object, not an array
    """
    for number, text, error in text_lines(source):
        if error:
            yield number, error
        elif text.strip():
            try:
                item: Paper | InputError = _paper(text, source.name, number)
            except InputError as bad:
                item = bad
            yield number, item


def parse_object(text: str, file: str, line: int) -> dict:
    """One line of JSON Lines as an object; anything else is an :class:`InputError`."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as bad:
        raise InputError(f"invalid JSON: {bad.msg} (column {bad.colno})", file=file, line=line) from None
    except (ValueError, RecursionError) as bad:  # e.g. an integer of 5,000 digits, arrays nested 100,000 deep
        raise InputError(f"invalid JSON: {bad}", file=file, line=line) from None
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, not {_kind(record)}", file=file, line=line)
    return record


def json_objects(path: str | Path) -> Iterator[tuple[int, dict]]:
    """Stream ``(line number, object)`` from any JSON Lines file (records, gold); blank lines skipped.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> _ = path.write_text('{"a": 1}\\n\\n[2]\\n')
    >>> list(json_objects(path))
    Traceback (most recent call last):
    kg.errors.InputError: ...x.jsonl:3: expected a JSON object, not an array
    """
    with open_input(path) as source:
        for number, text, error in text_lines(source):
            if error:
                raise error
            if text.strip():
                yield number, parse_object(text, source.name, number)


def _paper(text: str, file: str, line: int) -> Paper:
    record = parse_object(text, file, line)
    fields = _Fields(record, file, line)
    arxiv = fields.text("arxiv_id")
    return make_paper(
        file,
        line,
        id=fields.paper_id(),
        title=fields.text("title", required=True),
        abstract=fields.text("abstract", required=True),
        # The same paper from an Atom feed gets the versionless id; keep unknown schemes as given.
        arxiv_id=arxiv_id_of(arxiv) or arxiv,
        url=fields.text("url"),
        date=fields.text("date"),
        authors=fields.authors(),
    )
