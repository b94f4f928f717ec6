"""Triples per second of kg's RDF writer (pyoxigraph), against rdflib's Turtle serializer.

Builds a synthetic corpus through the real pipeline stages (records → EntityIndex →
graph elements) and times ``write_rdf`` to Turtle from the elements (making the triples
is timed too). rdflib is timed with ``Graph.serialize(format="turtle")`` on a graph
already holding the same triples (parsed from kg's Turtle, so its prefixes are bound);
as rdflib takes minutes for a 20,000-paper graph, the comparison runs on
``--compare-papers`` papers, with kg timed again on exactly those triples.

    .venv/bin/python benchmarks/bench_rdf.py                  # 20,000 papers, compare on 2,000
    .venv/bin/python benchmarks/bench_rdf.py --compare-papers 20000   # the full comparison
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from kg.graph import FactSupport, entity_elements, paper_elements
from kg.rdf.writer import write_rdf
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url
from kg.resolve import EntityIndex


def synthetic_extraction(number: int, rng: random.Random) -> Extraction:
    """One paper: 3 models, 2 datasets, a metric, a link, 5 facts and a result."""
    models = [f"Model-{n}" for n in rng.sample(range(5000), 3)]
    datasets = [f"Data Set {n}" for n in rng.sample(range(1000), 2)]
    metric = f"Metric{rng.randrange(50)}"
    url = f"https://github.com/org{number % 997}/repo{number}"
    sentences = [
        f"We propose {models[0]}, which builds on {models[1]}.",
        f"It uses {datasets[0]} and is evaluated on {datasets[1]}.",
        f"{models[0]} reaches 81.5 {metric} and beats {models[2]}.",
        f"Code is at {url}.",
    ]
    abstract, spans, start = " ".join(sentences), [], 0
    for sentence in sentences:
        spans.append(Evidence(start, start + len(sentence), sentence, 0.8))
        start += len(sentence) + 1

    def entity(name: str, entity_type: str, sentence: int) -> Entity:
        at = abstract.index(name)
        return Entity(name, entity_type, [], [Mention(name, at, at + len(name), 0.9)], spans[sentence])

    entities = [entity(models[0], "MODEL", 0), entity(models[1], "MODEL", 0), entity(models[2], "MODEL", 2),
                entity(datasets[0], "DATASET", 1), entity(datasets[1], "BENCHMARK", 1), entity(metric, "METRIC", 2)]
    facts = [
        Fact("proposes", (models[0],), spans[0]),
        Fact("based_on", (models[0], models[1]), spans[0]),
        Fact("uses", (datasets[0],), spans[1]),
        Fact("evaluated_on", (datasets[1],), spans[1]),
        Fact("compared_to", (models[0], models[2]), spans[2]),
    ]
    at = abstract.index(url)
    return Extraction(
        Paper(f"{2400 + number // 100000}.{number % 100000:05d}", f"Paper number {number}", abstract,
              authors=("A. Author", "B. Author")),
        entities,
        [Url(url, "code", at, at + len(url), spans[3])],
        facts,
        [Result(models[0], metric, f"81.5 {metric}", datasets[1], spans[2])],
    )


def build_elements(papers: int) -> list:
    rng = random.Random(0)
    extractions = [synthetic_extraction(i, rng) for i in range(papers)]
    index = EntityIndex()
    for extraction in extractions:
        index.add(extraction)
    support = FactSupport(index)
    for extraction in extractions:
        support.add(extraction)
    elements = [e for x in extractions for e in paper_elements(x, index, support)]
    return elements + list(entity_elements(index))


def time_kg(elements: list, out: Path) -> tuple[int, float]:
    started = time.perf_counter()
    stats = write_rdf(elements, out)
    return stats.triples, time.perf_counter() - started


def time_rdflib(turtle: Path, out: Path) -> tuple[int, float]:
    graph = Graph().parse(turtle, format="turtle")
    started = time.perf_counter()
    graph.serialize(out, format="turtle")
    return len(graph), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=20000, help="papers for the kg figure")
    parser.add_argument("--compare-papers", type=int, default=2000, help="papers for the rdflib comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        elements = build_elements(args.papers)
        triples, seconds = time_kg(elements, out / "kg.ttl")
        print(f"{args.papers} papers, {len(elements)} elements, {triples} triples written")
        print(f"kg write_rdf (pyoxigraph), Turtle: {triples / seconds:,.0f} triples/s ({seconds:.2f} s)")

        del elements
        ours, ours_seconds = time_kg(build_elements(args.compare_papers), out / "small.ttl")
        # A fact two papers state is written twice (once per paper's evidence); rdflib holds it once.
        theirs, theirs_seconds = time_rdflib(out / "small.ttl", out / "rdflib.ttl")
        print(f"on the same {args.compare_papers} papers ({ours} triples written, {theirs} distinct):")
        print(f"  kg write_rdf (pyoxigraph), Turtle: {ours / ours_seconds:,.0f} triples/s ({ours_seconds:.2f} s)")
        print(f"  rdflib Graph.serialize, Turtle:    {theirs / theirs_seconds:,.0f} triples/s ({theirs_seconds:.2f} s)")
        print(f"  ratio: {(ours / ours_seconds) / (theirs / theirs_seconds):.1f}x")


if __name__ == "__main__":
    main()
