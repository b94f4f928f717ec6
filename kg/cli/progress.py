"""A progress display that only appears on runs longer than two seconds."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

__all__ = ["paper_progress", "stderr"]

stderr = Console(stderr=True)
SHOW_AFTER_SECONDS = 2.0


@contextlib.contextmanager
def paper_progress(description: str, *, quiet: bool) -> Iterator[Callable[[int], None]]:
    """Yield a callback taking the count of papers done; draws on stderr after 2 s."""
    if quiet:
        yield lambda done: None
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,} papers"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )
    task = progress.add_task(description, total=None)
    started = time.monotonic()
    shown = False

    def advance(done: int) -> None:
        nonlocal shown
        if not shown and time.monotonic() - started > SHOW_AFTER_SECONDS:
            progress.start()
            shown = True
        progress.update(task, completed=done)

    try:
        yield advance
    finally:
        if shown:
            progress.stop()
