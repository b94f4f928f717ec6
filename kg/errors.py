"""One root exception for kg, and the messages users see.

The CLI turns any :class:`KgError` into one line on stderr and a non-zero exit;
everything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import functools

__all__ = ["KgError", "InputError", "ExtractionError", "OutputError", "SchemaError", "Neo4jError"]


class KgError(Exception):
    """Base class of every error kg reports to a user."""

    exit_code = 1


class InputError(KgError):
    """Bad input: names the file and the line (or record) where it is.

    >>> str(InputError("invalid JSON", file="a.jsonl", line=3))
    'a.jsonl:3: invalid JSON'
    """

    exit_code = 2

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.message = message
        self.file = file
        self.line = line
        where = file or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        # Pickled across worker processes (kg extract -j N) with its keyword arguments.
        return functools.partial(type(self), file=self.file, line=self.line), (self.message,)


class ExtractionError(InputError):
    """Extraction failed on one paper: a bug in kg, reported with the paper's file and line."""

    exit_code = 1


class OutputError(KgError):
    """An output cannot be written where the user asked.

    >>> str(OutputError("cannot write: is a directory", "out"))
    'out: cannot write: is a directory'
    """

    exit_code = 2

    def __init__(self, message: str, target: object):
        super().__init__(f"{target}: {message}")


class SchemaError(KgError):
    """The schema in schemas/ is inconsistent, or data does not fit it."""


class Neo4jError(KgError):
    """Neo4j could not be reached or refused the work (never includes the password)."""

    exit_code = 3
