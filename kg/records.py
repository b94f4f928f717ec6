"""Typed records passed between the pipeline's stages.

read → :class:`Paper`; extract → :class:`Extraction` (entities with their
:class:`Mention` s, :class:`Url` s, :class:`Fact` s and :class:`Result` s, each with
its :class:`Evidence`); resolve and graph consume extractions.

An :class:`Extraction` round-trips through the JSON record format documented by
``schemas/record.schema.json`` (a superset of the gold annotation format).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "FACT_RELATIONS",
    "URL_KINDS",
    "Paper",
    "Evidence",
    "Mention",
    "Entity",
    "Url",
    "Fact",
    "Result",
    "Extraction",
    "normalise_name",
]

ENTITY_TYPES = ("MODEL", "DATASET", "BENCHMARK", "METRIC")
FACT_RELATIONS = ("proposes", "uses", "evaluated_on", "based_on", "compared_to")
PAIR_RELATIONS = ("based_on", "compared_to")
URL_KINDS = ("code", "project", "model", "data", "other")


def normalise_name(name: str) -> str:
    """The matching key of a name: NFKC, case-folded, letters and digits only.

    >>> normalise_name("BLIP-2") == normalise_name("blip2")
    True
    >>> normalise_name("MS COCO")
    'mscoco'
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    return folded if folded.isalnum() else "".join(filter(str.isalnum, folded))


def distinct_name(name: str) -> str:
    """:func:`normalise_name` with "+" kept (as "plus"): "PointNet++", "DeepLabv3+" and "RefCOCO+"
    are other things than "PointNet", "DeepLabv3" and "RefCOCO" (the evaluation's keys drop it,
    as the guidelines compare names).

    >>> distinct_name("RefCOCO+"), distinct_name("BLIP-2")
    ('refcocoplus', 'blip2')
    """
    return normalise_name(name.replace("+", "plus"))


@dataclass(frozen=True)
class Paper:
    """One paper as read from the input."""

    id: str
    title: str
    abstract: str
    url: str | None = None
    arxiv_id: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None  # "file:line" or "file#record" it came from

    @property
    def text(self) -> str:
        """The text extraction runs on: abstract offsets are relative to ``abstract``."""
        return self.abstract


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: a sentence of the abstract, by character offsets."""

    start: int
    end: int
    sentence: str
    confidence: float


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity name in the abstract."""

    text: str
    start: int
    end: int
    confidence: float


@dataclass
class Entity:
    """A named thing of one paper, by its first surface form."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    evidence: Evidence | None = None  # the sentence of the first mention


@dataclass(frozen=True)
class Url:
    """A cleaned web address and what it points to."""

    url: str
    kind: str
    start: int
    end: int
    evidence: Evidence | None = None  # the sentence it stands in


@dataclass(frozen=True)
class Fact:
    """A paper-level fact: ``proposes``/``uses``/``evaluated_on`` take one name,
    ``based_on``/``compared_to`` a (child or subject, parent or object) pair."""

    relation: str
    args: tuple[str, ...]
    evidence: Evidence


@dataclass(frozen=True)
class Result:
    """A reported number: value as written, the rest names or None."""

    subject: str | None
    metric: str | None
    value: str
    benchmark: str | None
    evidence: Evidence


def _plain(evidence: Evidence | None) -> dict | None:
    # dataclasses.asdict deep-copies every value: a measurable share of `kg extract`'s time.
    return evidence.__dict__.copy() if evidence else None


def _evidence(data: dict | None) -> Evidence | None:
    return Evidence(**data) if data else None


@dataclass
class Extraction:
    """Everything extracted from one paper."""

    paper: Paper
    entities: list[Entity] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)

    def names(self, relation: str) -> list:
        """The names (or pairs) of one fact relation, in order, without repeats."""
        seen: dict = {}
        for fact in self.facts:
            if fact.relation == relation:
                value = list(fact.args) if relation in PAIR_RELATIONS else fact.args[0]
                seen.setdefault(tuple(fact.args), value)
        return list(seen.values())

    def to_record(self) -> dict[str, Any]:
        """The JSON record: the gold format's fields plus ids, offsets and evidence."""
        paper = self.paper
        record: dict[str, Any] = {
            "id": paper.id,
            "title": paper.title,
            "abstract": paper.abstract,
            "url": paper.url,
            "arxiv_id": paper.arxiv_id,
            "date": paper.date,
            "authors": list(paper.authors),
            "source": paper.source,
            "entities": [
                {
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": [m.__dict__.copy() for m in e.mentions],
                    "evidence": _plain(e.evidence),
                }
                for e in self.entities
            ],
            "urls": [{**vars(u), "evidence": _plain(u.evidence)} for u in self.urls],
        }
        for relation in FACT_RELATIONS:
            record[relation] = self.names(relation)
        record["results"] = [
            {
                "subject": r.subject,
                "metric": r.metric,
                "value": r.value,
                "benchmark": r.benchmark,
                "evidence": _plain(r.evidence),
            }
            for r in self.results
        ]
        record["evidence"] = [
            {"fact": f.relation, "args": list(f.args), **vars(f.evidence)} for f in self.facts
        ]
        return record

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Extraction:
        """Inverse of :meth:`to_record`."""
        paper = Paper(
            id=record["id"],
            title=record["title"],
            abstract=record.get("abstract", ""),
            url=record.get("url"),
            arxiv_id=record.get("arxiv_id"),
            date=record.get("date"),
            authors=tuple(record.get("authors") or ()),
            source=record.get("source"),
        )
        entities = [
            Entity(
                name=e["name"],
                type=e["type"],
                aliases=list(e.get("aliases", [])),
                mentions=[Mention(**m) for m in e.get("mentions", [])],
                evidence=_evidence(e.get("evidence")),
            )
            for e in record.get("entities", [])
        ]
        urls = [Url(**{**u, "evidence": _evidence(u.get("evidence"))}) for u in record.get("urls", [])]
        facts = []
        for item in record.get("evidence", []):
            item = dict(item)
            relation, args = item.pop("fact"), tuple(item.pop("args"))
            facts.append(Fact(relation, args, Evidence(**item)))
        results = [
            Result(
                subject=r.get("subject"),
                metric=r.get("metric"),
                value=r["value"],
                benchmark=r.get("benchmark"),
                evidence=Evidence(**r["evidence"]),
            )
            for r in record.get("results", [])
        ]
        return cls(paper, entities, urls, facts, results)
