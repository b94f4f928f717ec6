"""Reader for arXiv API Atom feeds (``<feed xmlns="http://www.w3.org/2005/Atom">``).

The feed is parsed in chunks by expat. Only the entry being read is held as an
ElementTree element (built by a ``TreeBuilder``) and it is dropped once converted, so
memory stays flat however long the feed. expat, unlike ``ElementTree.iterparse``, gives
the line where each entry starts (for messages and ``Paper.source``) and a hook on DOCTYPE:
a document type declaration is refused outright, because its entities can expand without
limit ("billion laughs"); Atom never needs one.

Elements of the Atom namespace (or of none) are named by their local name; others, such
as ``arxiv:comment``, keep ``{namespace}name`` and are ignored.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from kg.errors import InputError
from kg.read._input import MAX_RECORD_BYTES, Input, Records, arxiv_id_of, make_paper
from kg.records import Paper

__all__ = ["read_arxiv_atom"]

ATOM = "http://www.w3.org/2005/Atom"
_CHUNK_BYTES = 64 * 1024
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tag(name: str) -> str:
    namespace, _, local = name.rpartition("}")  # expat joins namespace and name with "}"
    return local if namespace in ("", ATOM) else "{" + name


def _text(element: Element, tag: str) -> str:
    """An element's text with whitespace collapsed: Atom feeds wrap long titles and summaries."""
    return " ".join((element.findtext(tag) or "").split())


class _Feed:
    """An expat parser that collects finished ``<entry>`` elements with their start lines."""

    def __init__(self, file: str):
        self.file = file
        self.parser = expat.ParserCreate(namespace_separator="}")
        self.parser.buffer_text = True
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.parser.CharacterDataHandler = self._data
        self.depth = 0
        self.entry: TreeBuilder | None = None
        self.entry_line = 0
        self.entry_chars = 0
        self.done: list[tuple[int, Element]] = []

    def feed(self, data: bytes, final: bool = False) -> list[tuple[int, Element]]:
        """Parse more bytes; return the entries they completed."""
        try:
            self.parser.Parse(data, final)
        except expat.ExpatError as bad:
            message = f"malformed XML: {expat.ErrorString(bad.code)} (column {bad.offset + 1})"
            raise InputError(message, file=self.file, line=bad.lineno) from None
        done, self.done = self.done, []
        return done

    def _error(self, message: str, line: int | None = None) -> InputError:
        return InputError(message, file=self.file, line=line or self.parser.CurrentLineNumber)

    def _doctype(self, *_) -> None:
        raise self._error("XML with a DOCTYPE declaration is refused (its entities can expand without limit)")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        self.depth += 1
        tag = _tag(name)
        if self.depth == 1 and tag != "feed":
            raise self._error(f"not an Atom feed: the root element is <{tag}>, not <feed>")
        if self.depth == 2 and tag == "entry":
            self.entry = TreeBuilder()
            self.entry_line = self.parser.CurrentLineNumber
            self.entry_chars = 0
        if self.entry is not None:
            self.entry.start(tag, {_tag(key): value for key, value in attributes.items()})

    def _end(self, name: str) -> None:
        if self.entry is not None:
            self.entry.end(_tag(name))
            if self.depth == 2:
                self.done.append((self.entry_line, self.entry.close()))
                self.entry = None
        self.depth -= 1

    def _data(self, text: str) -> None:
        if self.entry is not None:
            self.entry_chars += len(text)
            if self.entry_chars > MAX_RECORD_BYTES:
                raise self._error(f"entry longer than {MAX_RECORD_BYTES:,} characters; not a paper record", self.entry_line)
            self.entry.data(text)


def read_arxiv_atom(source: Input) -> Records:
    """Papers of an Atom feed, as ``(line where the entry starts, Paper or error)``.

    >>> from io import BytesIO
    >>> feed = b'''<feed xmlns="http://www.w3.org/2005/Atom">
    ... <entry><id>http://arxiv.org/abs/2301.00001v2</id><title>A
    ...   Title</title><summary>We study things.</summary></entry></feed>'''
    >>> [(line, p.id, p.title, p.url) for line, p in read_arxiv_atom(Input("f.atom", BytesIO(feed), b""))]
    [(2, '2301.00001', 'A Title', 'http://arxiv.org/abs/2301.00001v2')]
    """
    feed = _Feed(source.name)
    final = False
    while not final:
        chunk = source.stream.read(_CHUNK_BYTES)
        final = not chunk
        for line, entry in feed.feed(chunk, final):
            yield line, _paper_or_error(source.name, line, entry)


def _paper_or_error(file: str, line: int, entry: Element) -> Paper | InputError:
    raw_id = _text(entry, "id")
    if "arxiv.org/api/errors" in raw_id:  # the API reports a bad query as an entry
        return InputError(f"arXiv API error: {_text(entry, 'summary') or _text(entry, 'title')}", file=file, line=line)
    pages = (link.get("href") for link in entry.findall("link") if link.get("rel", "alternate") == "alternate")
    page = next(filter(None, pages), raw_id if raw_id.startswith(("http://", "https://")) else None)
    published = _text(entry, "published")
    authors = (_text(author, "name") for author in entry.findall("author"))
    try:
        return make_paper(
            file,
            line,
            title=_text(entry, "title"),
            abstract=_text(entry, "summary"),
            arxiv_id=arxiv_id_of(raw_id),
            url=page,
            date=published[:10] if _ISO_DATE.match(published) else published,
            authors=tuple(name for name in authors if name),
        )
    except InputError as bad:
        return bad
