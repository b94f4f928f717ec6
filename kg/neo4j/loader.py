"""Load graph elements into Neo4j: batched, idempotent, restartable.

Connection settings, each from the first place that gives it:

1. the argument (``kg load --uri …``);
2. ``KG_NEO4J_URI``, ``KG_NEO4J_USER``, ``KG_NEO4J_PASSWORD``, ``KG_NEO4J_DATABASE``
   (kg's own variables, set by ``scripts/neo4j-dev`` and used by the tests);
3. ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``
   (the variables Neo4j's own tools read);
4. ``bolt://localhost:7687``, user ``neo4j``, the server's default database.

:func:`load` sends each label's nodes as ``UNWIND $rows … MERGE`` batches in
managed write transactions (retried by the driver on transient errors), then the
relationships, whose endpoints it finds by their unique id on the ``KgNode`` label.
Elements arrive as a stream in which the entity nodes come last (the entity index is
complete only at the end), so a relationship batch may reach an entity before the
entity's row does: the relationship query then creates the endpoint as a pending
node that the entity's row completes. Memory stays bounded by the batches; after
the stream, ``support`` is recounted in the database (so a second corpus adds to
the first) and endpoints no row ever defined are removed with their relationships.

Pending endpoints instead of buffering every relationship until the entity nodes
came: ``benchmarks/bench_neo4j_load.py`` finds both orders equally fast (within the
run-to-run noise of about 15%), and buffering would make memory grow with the corpus.

Everything is ``MERGE``: loading the same elements twice, or re-running a load that
was interrupted, ends in the state of one clean load. Loading a second corpus adds
its papers and merges shared entities (aliases are unioned); where the corpora give
one id different labels that share an id space (Dataset, Benchmark), the corpus
loaded last decides.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.errors import Neo4jError
from kg.graph import Edge, Element, Node
from kg.neo4j import cypher
from kg.neo4j.rows import edge_properties, node_properties
from kg.schema import load_schema

__all__ = ["Settings", "Connection", "LoadStats", "settings", "connect", "ensure_schema", "clear", "load", "counts"]

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
_ENV = {
    "uri": ("KG_NEO4J_URI", "NEO4J_URI"),
    "user": ("KG_NEO4J_USER", "NEO4J_USERNAME"),
    "password": ("KG_NEO4J_PASSWORD", "NEO4J_PASSWORD"),
    "database": ("KG_NEO4J_DATABASE", "NEO4J_DATABASE"),
}
_BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_DELETE_BATCH = 10_000
_INDEX_WAIT_SECONDS = 300


@dataclass(frozen=True)
class Settings:
    uri: str
    user: str
    password: str = field(repr=False)
    database: str | None = None  # None: the server's default database


def _from_env(key: str) -> str | None:
    for name in _ENV[key]:
        if os.environ.get(name):
            return os.environ[name]
    return None


def settings(
    uri: str | None = None, user: str | None = None, password: str | None = None, database: str | None = None
) -> Settings:
    """Connection settings from the arguments, then the environment, then defaults.

    >>> settings(uri="bolt://db:7687", user="kg", password="secret")
    Settings(uri='bolt://db:7687', user='kg', database=None)
    """
    return Settings(
        uri=uri or _from_env("uri") or DEFAULT_URI,
        user=user or _from_env("user") or DEFAULT_USER,
        password=password if password is not None else (_from_env("password") or ""),
        database=database or _from_env("database"),
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@contextlib.contextmanager
def _reported(target: Settings) -> Iterator[None]:
    """Driver errors as one-line :class:`Neo4jError` s that name the server, never the password."""
    try:
        yield
    except neo4j_errors.AuthError:
        raise Neo4jError(f"authentication failed for user {target.user!r} at {target.uri}") from None
    except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError):
        raise Neo4jError(f"cannot reach Neo4j at {target.uri} (is the server running?)") from None
    except neo4j_errors.ConfigurationError as error:
        raise Neo4jError(f"cannot use Neo4j URI {target.uri!r}: {_one_line(str(error))}") from None
    except neo4j_errors.Neo4jError as error:
        if error.code == "Neo.ClientError.Database.DatabaseNotFound":
            raise Neo4jError(f"database {target.database!r} does not exist at {target.uri}") from None
        raise Neo4jError(f"Neo4j at {target.uri} refused the work: {error.code}: {_one_line(error.message or '')}") from None
    except neo4j_errors.DriverError as error:
        raise Neo4jError(f"Neo4j driver error with {target.uri}: {_one_line(str(error))}") from None


def _write(tx, query: str, params: dict):
    return tx.run(query, params).consume().counters


def _read(tx, query: str, params: dict):
    result = tx.run(query, params)
    return result.keys(), [record.values() for record in result]


class Connection:
    """An open, checked driver for one database; close it (or use ``with``) when done."""

    def __init__(self, driver: neo4j.Driver, target: Settings):
        self.driver = driver
        self.settings = target

    @property
    def uri(self) -> str:
        return self.settings.uri

    @property
    def database(self) -> str | None:
        return self.settings.database

    def session(self) -> neo4j.Session:
        return self.driver.session(database=self.settings.database)

    def write(self, query: str, params: dict | None = None, session: neo4j.Session | None = None):
        """Run a write in a managed (retried) transaction; returns the summary counters."""
        with _reported(self.settings), contextlib.ExitStack() as stack:
            session = session or stack.enter_context(self.session())
            return session.execute_write(_write, query, params or {})

    def read(self, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
        """Run a read in a managed transaction; returns column names and rows."""
        with _reported(self.settings), self.session() as session:
            return session.execute_read(_read, query, params or {})

    def run(self, query: str, params: dict | None = None, session: neo4j.Session | None = None):
        """Run one auto-commit query (schema changes, procedures); returns the summary counters."""
        with _reported(self.settings), contextlib.ExitStack() as stack:
            session = session or stack.enter_context(self.session())
            return session.run(query, params or {}).consume().counters

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(
    uri: str | None = None, user: str | None = None, password: str | None = None, database: str | None = None
) -> Connection:
    """Open a driver and check that the server answers, the password and the database.

    Raises :class:`~kg.errors.Neo4jError` with one line naming what failed.
    """
    target = settings(uri, user, password, database)
    scheme = target.uri.partition("://")[0].lower()
    if scheme not in _BOLT_SCHEMES:
        raise Neo4jError(f"unsupported Neo4j URI scheme {scheme!r} in {target.uri!r}: use one of {', '.join(_BOLT_SCHEMES)}")
    with _reported(target):
        driver = neo4j.GraphDatabase.driver(target.uri, auth=(target.user, target.password))
    conn = Connection(driver, target)
    try:
        with _reported(target):
            driver.verify_connectivity()
        conn.run("RETURN 1")  # auto-commit: fails at once (no retries) on a missing database
    except Neo4jError:
        driver.close()
        raise
    return conn


def ensure_schema(conn: Connection) -> None:
    """Create kg's constraints and indexes if they do not exist, and wait until they are online."""
    for statement in cypher.schema_statements():
        conn.run(statement)
    conn.run(cypher.await_indexes(), {"seconds": _INDEX_WAIT_SECONDS})


def _delete_all(conn: Connection, node_label: str) -> int:
    deleted = 0
    with conn.session() as session:
        while True:
            counters = conn.write(cypher.delete_batch(node_label), {"limit": _DELETE_BATCH}, session)
            deleted += counters.nodes_deleted
            if counters.nodes_deleted == 0:
                return deleted


def clear(conn: Connection) -> int:
    """Delete every node with one of kg's labels (and its relationships), in batches; returns the count.

    Nodes without kg's labels, and the constraints and indexes, are left alone.
    """
    return sum(_delete_all(conn, node_label) for node_label in cypher.project_labels())


@dataclass
class LoadStats:
    """What a load sent and what it changed."""

    node_rows: int = 0
    relationship_rows: int = 0
    batches: int = 0
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    wiped: int = 0  # nodes deleted first, with ``wipe=True``
    dangling: int = 0  # endpoints the input referred to but never defined, removed at the end
    seconds: float = 0.0

    def add(self, counters) -> None:
        self.batches += 1
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set


class _Batches:
    """Rows buffered per label and type; nodes always reach the database before relationships."""

    def __init__(self, conn: Connection, session: neo4j.Session, stats: LoadStats, batch_size: int):
        self.conn, self.session, self.stats = conn, session, stats
        self.batch_size = batch_size
        self.schema = load_schema()
        self.nodes: dict[str, list[list]] = {}  # label → rows laid out as cypher.node_columns says
        self.relationships: dict[str, list[list]] = {}  # type → rows as cypher.relationship_columns says
        self.support_rel = cypher.support_relationships(self.schema)
        self.pair_types = set(cypher.pair_relationships(self.schema))
        # Grow with the entity index and the pair facts only, like kg.resolve and FactSupport.
        self.supported: dict[str, set[str]] = {}
        self.pairs: dict[str, set[tuple[str, str]]] = {}
        self.node_columns = {name: cypher.node_columns(name, self.schema)[1:] for name in self.schema.nodes}
        self.rel_columns = {name: cypher.relationship_columns(name, self.schema)[2:] for name in self.schema.relationships}

    def add(self, element: Element) -> None:
        if isinstance(element, Node):
            self.stats.node_rows += 1
            props = node_properties(element, self.schema)
            rows = self.nodes.setdefault(element.label, [])
            rows.append([element.id, *map(props.get, self.node_columns[element.label])])
            if element.label in self.support_rel:
                self.supported.setdefault(self.support_rel[element.label], set()).add(element.id)
            if len(rows) >= self.batch_size:
                self._flush_nodes(element.label)
        elif isinstance(element, Edge):
            self.stats.relationship_rows += 1
            props = edge_properties(element, self.schema)
            rows = self.relationships.setdefault(element.type, [])
            rows.append([element.source, element.target, *map(props.get, self.rel_columns[element.type])])
            if element.type in self.pair_types:
                self.pairs.setdefault(element.type, set()).add((element.source, element.target))
            if len(rows) >= self.batch_size:
                self.flush_nodes()
                self._flush_relationships(element.type)
        else:
            raise TypeError(f"not a graph element: {element!r}")

    def _send(self, query: str, params: dict) -> None:
        self.stats.add(self.conn.write(query, params, self.session))

    def _flush_nodes(self, node_label: str) -> None:
        rows = self.nodes.pop(node_label, None)
        if rows:
            self._send(cypher.merge_nodes(node_label, self.schema), {"rows": rows})

    def _flush_relationships(self, rel_type: str) -> None:
        rows = self.relationships.pop(rel_type, None)
        if rows:
            self._send(cypher.merge_relationships(rel_type, self.schema), {"rows": rows})

    def flush_nodes(self) -> None:
        for node_label in list(self.nodes):
            self._flush_nodes(node_label)

    def flush(self) -> None:
        self.flush_nodes()
        for rel_type in list(self.relationships):
            self._flush_relationships(rel_type)

    def recount(self) -> None:
        """Recount ``support`` from the database, which may hold other corpora too."""
        for rel_type, ids in self.supported.items():
            for chunk in _chunks(sorted(ids), self.batch_size):
                self._send(cypher.recompute_support(rel_type, self.schema), {"ids": chunk})
        for rel_type, pairs in self.pairs.items():
            rows = [{"source": s, "target": t} for s, t in sorted(pairs)]
            for chunk in _chunks(rows, self.batch_size):
                self._send(cypher.recompute_pair_support(rel_type, self.schema), {"pairs": chunk})


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def load(
    elements: Iterable[Element],
    conn: Connection,
    *,
    batch_size: int = 1000,
    wipe: bool = False,
) -> LoadStats:
    """Merge the elements into the database; ``wipe=True`` first deletes kg's data there (see :func:`clear`)."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    stats = LoadStats()
    ensure_schema(conn)
    if wipe:
        stats.wiped = clear(conn)
    with conn.session() as session:
        batches = _Batches(conn, session, stats, batch_size)
        for element in elements:
            batches.add(element)
        batches.flush()
        batches.recount()
    stats.dangling = _delete_all(conn, cypher.PENDING_LABEL)
    stats.seconds = time.perf_counter() - started
    return stats


def counts(conn: Connection) -> tuple[dict[str, int], dict[str, int]]:
    """kg's nodes per label and relationships per type in the database."""
    _, node_rows = conn.read(cypher.count_nodes())
    _, rel_rows = conn.read(cypher.count_relationships())
    return dict(map(tuple, node_rows)), dict(map(tuple, rel_rows))
