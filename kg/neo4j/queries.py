"""The named query library: one parameterised Cypher file per question in ``queries/``.

Each file starts with a comment block: what the query answers, then its parameters::

    // Models evaluated on a benchmark, highest first.
    // params: benchmark (string, required), limit (int, default 20)

Parameter types are ``int``, ``float`` and ``string``; a default is a number or a
JSON string (``default ""``). Values reach the query only as parameters.

>>> query = get_query("benchmark_leaderboard")
>>> [(p.name, p.type, p.required) for p in query.parameters]
[('benchmark', 'string', True), ('metric', 'string', False), ('limit', 'int', False)]
>>> bind(query, {"benchmark": "GLUE", "limit": "5"})
{'benchmark': 'GLUE', 'metric': '', 'limit': 5}
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.neo4j.loader import Connection
from kg.schema import queries_dir

__all__ = ["Parameter", "NamedQuery", "list_queries", "get_query", "parse_assignments", "bind", "run_query"]

_TYPES = {"int": int, "float": float, "string": str}
_PARAM = re.compile(r'(\w+)\s*\(\s*(int|float|string)\s*,\s*(required|default\s+("[^"]*"|[^,)]+))\s*\)')
_PARAMS_LINE = "params:"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str  # int, float or string
    required: bool
    default: object = None

    def parse(self, value: object) -> object:
        """The value in the parameter's type; strings (from a command line) are converted."""
        convert = _TYPES[self.type]
        if isinstance(value, str) and self.type != "string":
            try:
                value = convert(value.strip())
            except ValueError:
                raise KgError(f"parameter {self.name} must be {self.type}, not {value!r}") from None
        if self.type == "float" and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not convert:
            raise KgError(f"parameter {self.name} must be {self.type}, not {value!r}")
        # Neo4j integers are 64-bit; every integer parameter here is a count, limit or depth.
        if self.type == "int" and not 0 <= value < 2**63:
            raise KgError(f"parameter {self.name} must be between 0 and {2**63 - 1}, not {value}")
        return value


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str  # the header's comment lines before the parameters
    parameters: tuple[Parameter, ...]
    text: str

    @property
    def summary(self) -> str:
        return self.description.split("\n", 1)[0]


def _parameter(match: re.Match, where: str) -> Parameter:
    name, kind, spec, default_text = match.groups()
    if spec == "required":
        return Parameter(name, kind, True)
    try:
        default = json.loads(default_text) if default_text.startswith('"') else _TYPES[kind](default_text.strip())
    except ValueError:
        raise KgError(f"{where}: default of {name} is not {kind}: {default_text!r}") from None
    return Parameter(name, kind, False, default)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    description, parameters = [], []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        comment = line[2:].strip()
        if comment.startswith(_PARAMS_LINE):
            spec = comment[len(_PARAMS_LINE) :]
            parameters += [_parameter(m, str(path)) for m in _PARAM.finditer(spec)]
        elif comment:
            description.append(comment)
    if not description:
        raise KgError(f"{path}: a named query starts with a comment saying what it answers")
    return NamedQuery(path.stem, "\n".join(description), tuple(parameters), text)


@functools.cache
def _library(directory: Path) -> dict[str, NamedQuery]:
    return {path.stem: _parse(path) for path in sorted(directory.glob("*.cypher"))}


def list_queries() -> list[NamedQuery]:
    """Every named query, by name."""
    return list(_library(queries_dir()).values())


def get_query(name: str) -> NamedQuery:
    """One named query; an unknown name is an error that lists the known ones."""
    library = _library(queries_dir())
    if name not in library:
        raise KgError(f"unknown query {name!r}; known queries: {', '.join(library)}")
    return library[name]


def parse_assignments(assignments: Iterable[str]) -> dict[str, str]:
    """``['key=value', …]`` → ``{'key': 'value', …}`` (the value may contain ``=``).

    >>> parse_assignments(["model=BERT", "note=a=b"])
    {'model': 'BERT', 'note': 'a=b'}
    """
    out = {}
    for item in assignments:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KgError(f"parameter {item!r} is not key=value")
        out[key.strip()] = value
    return out


def bind(query: NamedQuery, values: Mapping[str, object] | None = None) -> dict[str, object]:
    """The query's parameters: given values in their types, defaults for the rest."""
    values = dict(values or {})
    known = {p.name: p for p in query.parameters}
    unknown = sorted(set(values) - set(known))
    if unknown:
        expected = ", ".join(known) or "none"
        raise KgError(f"query {query.name} has no parameter {', '.join(unknown)} (parameters: {expected})")
    bound = {}
    for param in query.parameters:
        if param.name in values:
            bound[param.name] = param.parse(values[param.name])
        elif param.required:
            raise KgError(f"query {query.name} needs parameter {param.name} ({param.type}): --param {param.name}=…")
        else:
            bound[param.name] = param.default
    return bound


def run_query(conn: Connection, name: str, params: Mapping[str, object] | None = None) -> tuple[list[str], list[list]]:
    """Run a named query in a read transaction; returns its column names and rows."""
    query = get_query(name)
    return conn.read(query.text, bind(query, params))
