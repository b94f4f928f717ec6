"""The typed graph: nodes and edges in the schema's terms, and a networkx MultiDiGraph.

:func:`paper_elements` turns one resolved extraction into :class:`Node` s and
:class:`Edge` s; :func:`entity_elements` gives the entity and link nodes from the
index once every paper was added. Every writer (networkx, RDF, Neo4j, CSV) consumes
these elements, so all outputs describe the same graph.

Edge keys are ``'<TYPE>|<paper id>'``: one edge per fact per paper, so the evidence
of every paper that states a fact is kept; ``support`` on each copy counts them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import networkx as nx

from kg import ids
from kg.records import Evidence, Extraction, Fact
from kg.resolve import EntityIndex
from kg.schema import load_schema

__all__ = ["Node", "Edge", "FactSupport", "paper_elements", "entity_elements", "link_properties", "build_graph"]


@dataclass(frozen=True)
class Node:
    label: str
    id: str
    properties: dict


@dataclass(frozen=True)
class Edge:
    type: str
    source: str
    target: str
    key: str
    properties: dict


Element = Node | Edge

_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def _evidence(paper_id: str, evidence: Evidence, support: int = 1) -> dict:
    return {
        "paperId": paper_id,
        "sentence": evidence.sentence,
        "start": evidence.start,
        "end": evidence.end,
        "confidence": round(float(evidence.confidence), 4),
        "support": support,
    }


def _first_number(value: str) -> float | None:
    match = _NUMBER.search(value)
    return float(match.group().replace(",", "")) if match else None


def link_properties(url: str) -> dict:
    """What a URL identifies: host, GitHub ``owner/repo``, Hugging Face id.

    >>> link_properties("https://github.com/apple/corenet/tree/main")["githubRepo"]
    'apple/corenet'
    >>> link_properties("https://huggingface.co/datasets/allenai/c4")["huggingFaceId"]
    'datasets/allenai/c4'
    >>> link_properties("https://x.org]/a")
    {'host': ''}
    """
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
    except ValueError:  # a bracket that opens no IPv6 address ("x.org]/a"): no host to go by
        return {"host": ""}
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    props: dict = {"host": host}
    if host == "github.com" and len(segments) >= 2:
        props["githubRepo"] = f"{segments[0]}/{segments[1].removesuffix('.git')}"
    if host in ("huggingface.co", "hf.co") and segments:
        kind_prefix = segments[0] in ("datasets", "spaces")
        take = 3 if kind_prefix else 2
        if len(segments) >= take:
            props["huggingFaceId"] = "/".join(segments[:take])
    return props


class _PaperNames:
    """Resolves the names one paper uses to node ids and labels, through the index."""

    def __init__(self, extraction: Extraction, index: EntityIndex) -> None:
        self._types = {}
        for entity in extraction.entities:
            for name in (entity.name, *entity.aliases):
                self._types.setdefault(name, entity.type)
        self._index = index

    def type_of(self, name: str | None) -> str | None:
        """The entity type this paper gives the name; None if it is not one of its entities."""
        return self._types.get(name) if name else None

    def resolve(self, name: str | None) -> tuple[str, str] | None:
        """(node id, label) of a name this paper gives as an entity; None otherwise."""
        entity_type = self.type_of(name)
        if entity_type is None:
            return None
        label = load_schema().label_of_entity_type(self._index.entity_type(entity_type, name))
        return self._index.entity_id(entity_type, name), label


def _fact_edges(extraction: Extraction, index: EntityIndex) -> Iterator[tuple[str, str, str, Fact]]:
    """(type, source id, target id, fact) of each fact whose ends fit the schema, once per paper."""
    schema, names = load_schema(), _PaperNames(extraction, index)
    paper = (ids.paper_id(extraction.paper.id), "Paper")
    seen = set()
    for fact in extraction.facts:
        rel = schema.relationship_of_fact(fact.relation)
        ends = [names.resolve(name) for name in fact.args]
        if None in ends:  # a name that is not one of the paper's entities
            continue
        (source, source_label), (target, target_label) = [paper, *ends] if len(ends) == 1 else ends
        if source == target or source_label not in rel.sources or target_label not in rel.targets:
            continue
        if (rel.name, source, target) not in seen:
            seen.add((rel.name, source, target))
            yield rel.name, source, target, fact


class FactSupport:
    """Counts, across papers, how many state each fact.

    Facts are counted by name while papers stream in and resolved to node ids on
    first lookup, when ``index`` has seen every paper.
    """

    def __init__(self, index: EntityIndex) -> None:
        self._index = index
        self._by_name: Counter = Counter()
        self._by_id: Counter | None = None

    def add(self, extraction: Extraction) -> None:
        self._by_id = None
        names = _PaperNames(extraction, self._index)
        pairs = [f for f in extraction.facts if len(f.args) == 2]
        for fact in {(f.relation, *((names.type_of(n), n) for n in f.args)) for f in pairs}:
            self._by_name[fact] += 1

    def __getitem__(self, fact: tuple[str, str, str]) -> int:
        """Support of ``(relationship type, source id, target id)``."""
        if self._by_id is None:
            schema, resolve = load_schema(), self._index.entity_id
            self._by_id = Counter()
            for (relation, *args), count in self._by_name.items():
                if all(entity_type for entity_type, _ in args):
                    key = (schema.relationship_of_fact(relation).name, *(resolve(*arg) for arg in args))
                    self._by_id[key] += count
        return self._by_id[fact] or 1


def paper_elements(extraction: Extraction, index: EntityIndex, support: FactSupport) -> Iterator[Element]:
    """The nodes and edges that one paper contributes (entity nodes come from the index)."""
    paper = extraction.paper
    pid = ids.paper_id(paper.id)
    props = {
        "id": pid,
        "title": paper.title,
        "abstract": paper.abstract,
        "url": paper.url,
        "arxivId": paper.arxiv_id,
        "date": paper.date,
        "authors": list(paper.authors) or None,
        "source": paper.source,
    }
    yield Node("Paper", pid, {k: v for k, v in props.items() if v is not None})

    names = _PaperNames(extraction, index)
    mentioned = set()  # two surface forms of one paper may resolve to one node: one edge
    for entity in extraction.entities:
        target, _ = names.resolve(entity.name)
        if entity.evidence and target not in mentioned:
            mentioned.add(target)
            yield Edge("MENTIONS", pid, target, f"MENTIONS|{pid}", _evidence(pid, entity.evidence))

    for url in {u.url: u for u in extraction.urls}.values():
        if url.evidence:
            yield Edge("HAS_LINK", pid, ids.link_id(url.url), f"HAS_LINK|{pid}", _evidence(pid, url.evidence))

    for rel_type, source, target, fact in _fact_edges(extraction, index):
        count = support[(rel_type, source, target)] if len(fact.args) == 2 else 1
        yield Edge(rel_type, source, target, f"{rel_type}|{pid}", _evidence(pid, fact.evidence, count))

    schema = load_schema()
    for result in extraction.results:
        rid = ids.result_id(pid, result.subject, result.metric, result.value, result.benchmark)
        ev = result.evidence
        number = _first_number(result.value)
        yield Node(
            "Result",
            rid,
            {
                "id": rid,
                "value": result.value,
                **({"numericValue": number} if number is not None else {}),
                "paperId": pid,
                "sentence": ev.sentence,
                "start": ev.start,
                "end": ev.end,
                "confidence": round(float(ev.confidence), 4),
            },
        )
        yield Edge("REPORTS", pid, rid, f"REPORTS|{pid}", {})
        for rel_type, name in (("RESULT_OF", result.subject), ("MEASURED_BY", result.metric), ("ON_BENCHMARK", result.benchmark)):
            end = names.resolve(name)
            if end and end[1] in schema.relationships[rel_type].targets:
                yield Edge(rel_type, rid, end[0], rel_type, {})


def entity_elements(index: EntityIndex) -> Iterator[Node]:
    """The entity and link nodes, once every paper was added to ``index``."""
    schema = load_schema()
    for entity in index.entities():
        label = schema.label_of_entity_type(entity.type)
        props = {"id": entity.id, "name": entity.name, "aliases": entity.aliases, "support": entity.support}
        yield Node(label, entity.id, props)
    for link in index.links():
        props = {"id": link.id, "url": link.url, "kind": link.kind, "support": link.support}
        yield Node("Link", link.id, {**props, **link_properties(link.url)})


def build_graph(elements: Iterable[Element]) -> nx.MultiDiGraph:
    """A networkx MultiDiGraph of the elements; node attribute ``label`` holds the type.

    Edge attribute ``type`` holds the relationship type; keys are as in the module doc.
    """
    graph = nx.MultiDiGraph()
    for element in elements:
        if isinstance(element, Node):
            graph.add_node(element.id, label=element.label, **element.properties)
        else:
            graph.add_edge(element.source, element.target, key=element.key, type=element.type, **element.properties)
    return graph
