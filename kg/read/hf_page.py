"""Reader for a Hugging Face Papers page saved as text.

The page is a few header lines ("new", "Subscribe", a date like "Mar 11", …), then one
paper after another: a title line and an abstract line, blank lines between. Where the
order alone is ambiguous, length decides: an abstract-length line has at least
:data:`MIN_ABSTRACT_WORDS` words, which titles in practice never have.

The header ends at the last known header line before the first abstract-length line; if
no header line is recognised, everything before the title of that line is header (and if
there is no abstract-length line, only known header lines are). After it, lines pair up
as title and abstract. A title followed by a short line that is itself followed by an
abstract-length line has no abstract of its own: that is an error naming the title's line.
Otherwise a short line after a title is taken as a short abstract.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import chain

from kg.errors import InputError
from kg.read._input import Input, Records, make_paper, text_lines

__all__ = ["MIN_ABSTRACT_WORDS", "read_hf_page"]

MIN_ABSTRACT_WORDS = 30
# How far to look for the first abstract-length line; a page whose abstracts are all short
# has none, and then only known header lines are header.
_HEADER_SEARCH_LINES = 200

# Lines of the page's own chrome, compared case-folded.
_HEADER_LINES = frozenset(
    {
        "new",
        "get trending papers in your email inbox!",
        "subscribe",
        "byak and the research community",
        "by ak and the research community",
    }
)
_DATE = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)

_Line = tuple[int, str, InputError | None]


def _is_abstract(text: str) -> bool:
    return len(text.split(maxsplit=MIN_ABSTRACT_WORDS)) >= MIN_ABSTRACT_WORDS


def _is_header(text: str) -> bool:
    return text.casefold() in _HEADER_LINES or _DATE.fullmatch(text) is not None


def _quote(text: str) -> str:
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57]}..."'


def read_hf_page(source: Input) -> Records:
    """Papers of a page, as ``(title line, Paper or error)``; ids are derived from titles.

    >>> from io import BytesIO
    >>> abstract = "We study things. " * 10
    >>> page = f"Subscribe\\n\\nMar 11\\n\\nA Title\\n\\n{abstract}\\n".encode()
    >>> [(line, paper.title) for line, paper in read_hf_page(Input("page.txt", BytesIO(page), b""))]
    [(5, 'A Title')]
    """
    lines: Iterator[_Line] = ((n, text.strip(), error) for n, text, error in text_lines(source) if text.strip())
    ahead: list[_Line] = []
    for line in lines:
        ahead.append(line)
        if _is_abstract(line[1]) or len(ahead) == _HEADER_SEARCH_LINES:
            break
    found = bool(ahead) and _is_abstract(ahead[-1][1])
    before = ahead[:-1] if found else ahead
    header_end = max(
        (i + 1 for i, (_, text, _) in enumerate(before) if _is_header(text)),
        default=max(len(before) - 1, 0) if found else 0,
    )
    for number, _, error in ahead[:header_end]:
        if error:
            yield number, error
    yield from _pairs(source.name, chain(ahead[header_end:], lines))


def _pairs(file: str, lines: Iterator[_Line]) -> Records:
    window: deque[_Line] = deque()

    def peek(i: int) -> _Line | None:
        while len(window) <= i:
            line = next(lines, None)
            if line is None:
                return None
            window.append(line)
        return window[i]

    while peek(0):
        number, title, title_error = window.popleft()
        error = _misplaced(title, peek(0), peek(1))
        if error:
            yield number, InputError(error, file=file, line=number)
            continue
        _, abstract, abstract_error = window.popleft()
        if title_error or abstract_error:
            yield number, title_error or abstract_error
            continue
        yield number, make_paper(file, number, title=title, abstract=abstract)


def _misplaced(title: str, following: _Line | None, after: _Line | None) -> str | None:
    """Why ``title`` cannot pair with the line following it, or None if it can."""
    if following is not None and _is_abstract(following[1]):
        return None
    if _is_abstract(title):
        return f"a {len(title.split())}-word line where a title was expected (an abstract with no title?)"
    if following is None:
        return f"title {_quote(title)} has no abstract (end of file)"
    if after is not None and _is_abstract(after[1]):
        return f"title {_quote(title)} has no abstract (line {following[0]} is the next title)"
    return None
