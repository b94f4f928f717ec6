"""The ``kg`` command: a thin layer over the library.

Each command parses its options, makes one library call and renders the result.
Errors of kind :class:`~kg.errors.KgError` become one line on stderr and a
non-zero exit; they never show a traceback.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable

import typer

from kg.errors import KgError

__all__ = ["app", "main", "reports_errors"]

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of ML papers (models, datasets, benchmarks, metrics, links) "
    "from abstracts, and write it as JSON records, RDF, networkx files or into Neo4j.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def reports_errors(command: Callable) -> Callable:
    """Turn library errors into one clear line and the error's exit code."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as error:
            # Recent typer vendors its own click: a click.ClickException would escape as a traceback.
            typer.echo(f"kg: error: {error}", err=True)
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:  # e.g. `kg query … | head`
            sys.stderr.close()
            raise SystemExit(0)

    return wrapper


def main() -> None:
    app()


# Commands register themselves on `app` when their module is imported.
from kg.cli import neo4j_commands, pipeline_commands  # noqa: E402,F401
