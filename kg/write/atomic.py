"""Atomic file output: write beside the target, fsync, rename over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import OutputError

__all__ = ["atomic_path", "atomic_open", "check_output_file"]


def check_output_file(target: str | os.PathLike) -> Path:
    """Refuse, before any work is done, an output path that can never become a file.

    >>> check_output_file("/")
    Traceback (most recent call last):
    kg.errors.OutputError: /: cannot write: is a directory
    """
    target = Path(target)
    if str(target) == "-":
        raise OutputError("cannot write: give a file name ('-' is not supported for outputs)", target)
    if target.is_dir():
        raise OutputError("cannot write: is a directory", target)
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(f"cannot write: {parent} is not a directory", target)
            break
    return target


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.

    On an exception the temporary file is removed and ``target`` is left as it was.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> with atomic_path(out) as tmp:
    ...     _ = tmp.write_text("done")
    >>> out.read_text()
    'done'
    """
    target = check_output_file(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise OutputError(f"cannot write: {error.strerror}", target) from None
    os.close(fd)
    # mkstemp makes the file private (0600); outputs get the usual mode, e.g. for neo4j-admin.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        try:
            os.replace(tmp, target)
        except OSError as error:
            raise OutputError(f"cannot write: {error.strerror}", target) from None
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_open(target: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a file for writing that appears at ``target`` only when closed without error."""
    with atomic_path(target) as tmp:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
        with open(tmp, mode, **kwargs) as handle:
            yield handle
