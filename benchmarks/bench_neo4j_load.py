"""How fast does :func:`kg.neo4j.loader.load` fill Neo4j, compared with one query per row?

A synthetic corpus (3000 papers by default, each naming models, datasets, a metric, a
link, facts and a result) goes through the real pipeline (``EntityIndex``,
``paper_elements``, ``entity_elements``), then into the server three ways, each after
wiping kg's data:

1. ``load()``: batched ``UNWIND`` in managed transactions, the stream's own order
   (entity nodes last, so relationships first create pending endpoints);
2. ``load()`` on the same elements with entity nodes first (no pending endpoints): the
   cost of streaming instead of buffering every relationship until the end;
3. naive: one auto-commit query per node or relationship, the same statements with a
   one-row batch, stopped after ``--naive-seconds`` and extrapolated to rows per second.

After an unmeasured warm-up, each ``load()`` order runs ``--repeat`` times (alternating,
so both share the machine's background load) and the median run counts.

Usage (wipes kg's data in the target database; refuses if it holds any, unless --force)::

    eval "$(KG_NEO4J_PORT=7688 scripts/neo4j-dev start)"
    PYTHONPATH=. python benchmarks/bench_neo4j_load.py --papers 3000   # or with kg installed
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from kg.build import elements_of
from kg.graph import Node
from kg.neo4j import cypher
from kg.neo4j.loader import clear, connect, counts, ensure_schema, load
from kg.neo4j.rows import edge_properties, node_properties
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url


def synthetic_corpus(papers: int, seed: int = 7) -> list[Extraction]:
    """Papers over shared pools of names, so entities repeat across papers as in real corpora."""
    rng = random.Random(seed)
    models = [f"Model-{i}" for i in range(papers // 2)]
    datasets = [f"Dataset-{i}" for i in range(max(10, papers // 10))]
    metrics = ["accuracy", "F1", "BLEU", "ROUGE-L", "mAP", "perplexity", "EM", "top-1 accuracy"]
    out = []
    for n in range(papers):
        new = f"NewNet-{n}"
        used = rng.sample(models, 3)
        data = rng.sample(datasets, 2)
        metric = rng.choice(metrics)
        text = (
            f"We propose {new}, built on {used[0]} and compared with {used[1]} and {used[2]}. "
            f"It is trained on {data[0]} and evaluated on {data[1]}, reaching {rng.uniform(50, 99):.1f} {metric}. "
            f"Code: https://github.com/lab{n % 97}/{new.lower()}."
        )
        ev = Evidence(0, len(text), text, 0.9)

        def entity(name, entity_type, text=text, ev=ev):
            at = text.index(name)
            return Entity(name, entity_type, [], [Mention(name, at, at + len(name), 0.9)], ev)

        value = text.split("reaching ")[1].split(" ")[0]
        out.append(
            Extraction(
                Paper(f"s{n}", f"{new}: a synthetic paper", text),
                [entity(new, "MODEL"), *(entity(m, "MODEL") for m in used), entity(data[0], "DATASET"),
                 entity(data[1], "BENCHMARK"), entity(metric, "METRIC")],
                [Url(f"https://github.com/lab{n % 97}/{new.lower()}", "code", 0, 1, ev)],
                [Fact("proposes", (new,), ev), Fact("uses", (used[0],), ev), Fact("uses", (data[0],), ev),
                 Fact("evaluated_on", (data[1],), ev), Fact("based_on", (new, used[0]), ev),
                 Fact("compared_to", (new, used[1]), ev), Fact("compared_to", (new, used[2]), ev)],
                [Result(new, metric, value, data[1], ev)],
            )
        )  # fmt: skip
    return out


def naive(elements: list, conn, budget: float) -> tuple[int, float]:
    """One auto-commit query per row until the budget is spent; returns (rows, seconds)."""
    done, started = 0, time.perf_counter()
    with conn.session() as session:
        for element in elements:
            if isinstance(element, Node):
                query = cypher.merge_nodes(element.label)
                props = node_properties(element)
                row = [props.get(name) for name in cypher.node_columns(element.label)]
            else:
                query = cypher.merge_relationships(element.type)
                props = {**edge_properties(element), "source": element.source, "target": element.target}
                row = [props.get(name) for name in cypher.relationship_columns(element.type)]
            session.run(query, {"rows": [row]}).consume()
            done += 1
            if time.perf_counter() - started > budget:
                break
    return done, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=3000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--naive-seconds", type=float, default=60.0, help="time budget of the naive run")
    parser.add_argument("--repeat", type=int, default=3, help="runs of load() per order")
    parser.add_argument("--force", action="store_true", help="wipe kg's data even if the database holds some")
    args = parser.parse_args(argv)

    conn = connect()
    if counts(conn)[0] and not args.force:
        print(f"{conn.uri} holds kg data; this benchmark wipes it. Run again with --force.", file=sys.stderr)
        return 2
    started = time.perf_counter()
    elements = elements_of(synthetic_corpus(args.papers))
    rows = len(elements)
    nodes = sum(isinstance(e, Node) for e in elements)
    print(f"{args.papers} papers -> {rows:,} rows ({nodes:,} nodes, {rows - nodes:,} relationships) "
          f"built in {time.perf_counter() - started:.1f} s; server {conn.uri}")  # fmt: skip

    # Unmeasured warm-up: plans compiled and the server's JIT warm, so the first strategy timed
    # is not the slowest for that reason alone.
    load(elements, conn, wipe=True)
    clear(conn)
    naive(elements, conn, budget=5)

    # Each order --repeat times, alternating, so both see the same background load; the median counts.
    entity_first = [e for e in elements if isinstance(e, Node) and e.label not in ("Paper", "Result")]
    entity_first += [e for e in elements if not (isinstance(e, Node) and e.label not in ("Paper", "Result"))]
    runs: dict[str, list] = {"stream order": [], "entity nodes first": []}
    graphs = []
    for _ in range(args.repeat):
        for name, stream in (("stream order", elements), ("entity nodes first", entity_first)):
            clear(conn)
            runs[name].append(load(stream, conn, batch_size=args.batch_size))
            graphs.append(counts(conn))
    assert all(g == graphs[0] for g in graphs), "every run and order must give the same graph"
    for name, stats in runs.items():
        seconds = sorted(s.seconds for s in stats)
        print(f"load(), {name + ':':20} {statistics.median(seconds):6.1f} s  {rows / statistics.median(seconds):9,.0f} rows/s"
              f"  (runs {', '.join(f'{s:.1f}' for s in seconds)} s; {stats[0].batches} transactions, "
              f"{stats[0].dangling} dangling)")  # fmt: skip
    batched = rows / statistics.median(s.seconds for s in runs["stream order"])

    clear(conn)
    ensure_schema(conn)
    done, seconds = naive(elements, conn, args.naive_seconds)
    per_row = done / seconds
    note = "" if done == rows else f" (stopped after {done:,} of {rows:,} rows; full run extrapolated to {rows / per_row:,.0f} s)"
    print(f"naive, one query per row:    {seconds:6.1f} s  {per_row:9,.0f} rows/s{note}")
    print(f"speed-up of load() over naive: {batched / per_row:.1f}x")
    clear(conn)
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
