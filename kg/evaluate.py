"""Score predicted records against gold annotations, as GUIDELINES.md "Scoring" says.

* Papers are matched by normalised title; a gold paper with no prediction counts in
  full as missed, predicted papers that are not in the gold are not scored.
* Names are compared by :func:`~kg.records.normalise_name`. A predicted entity matches a
  gold entity of the same type when its name or one of its aliases normalises to the gold
  name or one of the gold aliases; matching is one-to-one, so each gold entity counts
  once per paper (and so does each predicted one).
* Fact names (``proposes`` … ``compared_to``) are looked up in the paper's own entity
  list, so an alias counts for them too ("Manipulation Centric Representation" matches a
  gold ``MCR`` whose alias it is). Pairs match when both sides match.
* URLs are compared without scheme, ``www.``, trailing slash and trailing punctuation,
  case-folded, and separately with their kind.
* Results are compared as (normalised metric, first number in the value).

A measure with nothing to find and nothing predicted scores 1.0; nothing predicted
against something to find scores precision 0.

>>> gold = [{"title": "T", "entities": [{"name": "BLIP-2", "type": "MODEL", "aliases": []}]}]
>>> pred = [{"title": "t.", "entities": [{"name": "blip2", "type": "MODEL", "aliases": []},
...                                      {"name": "COCO", "type": "DATASET", "aliases": []}]}]
>>> report = evaluate(gold, pred)
>>> report.scores["MODEL"].f1, report.scores["entities (micro)"].precision
(1.0, 0.5)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ids import url_key
from kg.read.jsonl import json_objects
from kg.records import ENTITY_TYPES, FACT_RELATIONS, PAIR_RELATIONS, normalise_name

__all__ = ["Score", "Report", "evaluate", "load_jsonl"]

MERGED = "DATASET+BENCHMARK"
MICRO = "entities (micro)"
_DATA_TYPES = ("DATASET", "BENCHMARK")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")


@dataclass(frozen=True)
class Score:
    """Counts of one measure: true positives, predicted items and gold items."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        if self.predicted:
            return self.tp / self.predicted
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        if self.gold:
            return self.tp / self.gold
        return 1.0 if not self.predicted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores per measure, in table order, and which papers could be compared."""

    scores: dict[str, Score] = field(default_factory=dict)
    papers: int = 0  # gold papers with a prediction
    missing: list[str] = field(default_factory=list)  # gold titles with no prediction
    unmatched: int = 0  # predicted papers that are not in the gold

    def format(self) -> str:
        """The scores as a plain-text table."""
        width = max(len(name) for name in self.scores) if self.scores else 8
        lines = [f"{'measure':<{width}}  {'gold':>5} {'pred':>5} {'tp':>5}  {'P':>6} {'R':>6} {'F1':>6}"]
        for name, s in self.scores.items():
            lines.append(
                f"{name:<{width}}  {s.gold:>5} {s.predicted:>5} {s.tp:>5}  "
                f"{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            )
        lines.append(
            f"papers scored: {self.papers}; gold papers without prediction: {len(self.missing)}; "
            f"predicted papers not in the gold: {self.unmatched}"
        )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready, grouped: ``entities`` (per type, ``DATASET+BENCHMARK``, ``micro``),
        ``urls`` (``url``, ``url+kind``), ``facts`` (per relation and ``results``), each
        measure with its counts and precision/recall/F1; plus which papers were compared.

        >>> evaluate([{"title": "A"}], [{"title": "A"}]).to_dict()["entities"]["micro"]["f1"]
        1.0
        """

        def row(name: str) -> dict[str, Any]:
            s = self.scores.get(name, Score())
            return {"gold": s.gold, "predicted": s.predicted, "tp": s.tp, "precision": s.precision, "recall": s.recall, "f1": s.f1}

        return {
            "papers": self.papers,
            "missing": list(self.missing),
            "unmatched": self.unmatched,
            "entities": {**{t: row(t) for t in (*ENTITY_TYPES, MERGED)}, "micro": row(MICRO)},
            "urls": {"url": row("URL"), "url+kind": row("URL+kind")},
            "facts": {name: row(name) for name in (*FACT_RELATIONS, "results")},
        }


def _first_number(value: Any) -> Decimal | None:
    match = _NUMBER.search(str(value or ""))
    if not match:
        return None
    try:
        return Decimal(match.group().replace(",", "")).normalize()
    except InvalidOperation:  # pragma: no cover - the pattern only matches numbers
        return None


def _score(gold: list, pred: list, matches) -> Score:
    """One-to-one matching of two item lists; ``matches(g, p)`` says whether two items match."""
    edges = [[j for j, p in enumerate(pred) if matches(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    tp = sum(augment(i, set()) for i in range(len(gold)))
    return Score(tp, len(pred), len(gold))


class _Paper:
    """One record's comparable items: key sets for entities, facts, URLs and results."""

    def __init__(self, record: dict[str, Any]):
        self.entities: dict[str, list[frozenset]] = {t: [] for t in ENTITY_TYPES}
        self._lookup: dict[str, frozenset] = {}
        for entity in record.get("entities") or []:
            keys = frozenset(
                k for k in map(normalise_name, [entity.get("name", ""), *(entity.get("aliases") or [])]) if k
            )
            if not keys:
                continue
            self.entities.setdefault(entity.get("type", ""), []).append(keys)
            for key in keys:
                self._lookup.setdefault(key, keys)
        self.facts: dict[str, list] = {}
        for relation in FACT_RELATIONS:
            items = record.get(relation) or []
            if relation in PAIR_RELATIONS:
                pairs = {tuple(self.keys(n) for n in pair) for pair in items if len(pair) == 2}
                self.facts[relation] = [p for p in pairs if all(p)]
            else:
                self.facts[relation] = [k for k in {self.keys(n) for n in items} if k]
        urls = record.get("urls") or []
        self.urls = {url_key(u["url"]) for u in urls if u.get("url")}
        self.urls_kind = {(url_key(u["url"]), u.get("kind")) for u in urls if u.get("url")}
        results = set()
        for result in record.get("results") or []:
            number = _first_number(result.get("value"))
            if number is not None:
                metric = result.get("metric")
                results.add((self.keys(metric) if metric else frozenset({""}), number))
        self.results = list(results)

    def keys(self, name: Any) -> frozenset:
        """The key set of a name: its entity's name and aliases, or the name alone."""
        key = normalise_name(str(name or ""))
        return self._lookup.get(key, frozenset({key} if key else ()))


def _meet(a: frozenset, b: frozenset) -> bool:
    return bool(a & b)


def _pair_meet(a: tuple, b: tuple) -> bool:
    return bool(a[0] & b[0]) and bool(a[1] & b[1])


def _result_meet(a: tuple, b: tuple) -> bool:
    return a[1] == b[1] and bool(a[0] & b[0])


def _compare(gold: _Paper, pred: _Paper) -> dict[str, Score]:
    scores: dict[str, Score] = {}
    for etype in ENTITY_TYPES:
        scores[etype] = _score(gold.entities[etype], pred.entities[etype], _meet)
    scores[MERGED] = _score(
        [k for t in _DATA_TYPES for k in gold.entities[t]],
        [k for t in _DATA_TYPES for k in pred.entities[t]],
        _meet,
    )
    micro = Score()
    for etype in ENTITY_TYPES:
        micro += scores[etype]
    scores[MICRO] = micro
    scores["URL"] = Score(len(gold.urls & pred.urls), len(pred.urls), len(gold.urls))
    scores["URL+kind"] = Score(len(gold.urls_kind & pred.urls_kind), len(pred.urls_kind), len(gold.urls_kind))
    for relation in FACT_RELATIONS:
        meet = _pair_meet if relation in PAIR_RELATIONS else _meet
        scores[relation] = _score(gold.facts[relation], pred.facts[relation], meet)
    scores["results"] = _score(gold.results, pred.results, _result_meet)
    return scores


def evaluate(gold_records: Iterable[dict], predicted: Iterable[dict]) -> Report:
    """Compare predicted records (``Extraction.to_record()`` or the gold format) with gold ones.

    >>> gold = [{"title": "A", "urls": [{"url": "https://github.com/x/y", "kind": "code"}]}]
    >>> pred = [{"title": "A", "urls": [{"url": "http://www.github.com/x/y/", "kind": "project"}]}]
    >>> r = evaluate(gold, pred).scores
    >>> r["URL"].f1, r["URL+kind"].f1
    (1.0, 0.0)
    """
    gold: dict[str, dict] = {}
    for record in gold_records:
        title = str(record.get("title", ""))
        if gold.setdefault(normalise_name(title), record) is not record:
            raise InputError(f"two gold records have the title {title!r}")
    # Predictions stream by; only those of gold papers are kept, in their compact form.
    predictions: dict[str, _Paper] = {}
    report = Report()
    for record in predicted:
        key = normalise_name(str(record.get("title", "")))
        if key in gold:
            predictions.setdefault(key, _Paper(record))
        else:
            report.unmatched += 1
    totals: dict[str, Score] = {}
    for key, record in gold.items():
        prediction = predictions.get(key)
        if prediction is None:
            report.missing.append(str(record.get("title", "")))
        else:
            report.papers += 1
        for name, score in _compare(_Paper(record), prediction or _Paper({})).items():
            totals[name] = totals.get(name, Score()) + score
    report.scores = totals
    return report


def load_jsonl(path: str | Path) -> Iterator[dict]:
    """Records of a JSONL file (gold or predicted), checked enough to be scored.

    Raises :class:`~kg.errors.InputError` naming the file and line of a bad record.

    >>> import tempfile, os
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False)
    >>> _ = f.write('{"title": "A", "entities": []}\\n\\n{"title": 3}\\n'); f.close()
    >>> next(load_jsonl(f.name))["title"]
    'A'
    >>> list(load_jsonl(f.name))
    Traceback (most recent call last):
    kg.errors.InputError: ...:3: "title" must be a string
    >>> os.unlink(f.name)
    """
    found = False
    for number, record in json_objects(path):
        problem = _record_problem(record)
        if problem:
            raise InputError(problem, file=str(path), line=number)
        found = True
        yield record
    if not found:
        raise InputError("no records found", file=str(path))


def _record_problem(record: Any) -> str | None:
    if not isinstance(record.get("title"), str):
        return '"title" must be a string'
    for key in ("entities", "urls", "results", *FACT_RELATIONS):
        if not isinstance(record.get(key, []), list):
            return f'"{key}" must be a list'
    for entity in record.get("entities", []):
        if not isinstance(entity, dict) or not isinstance(entity.get("name"), str):
            return 'every entity needs a string "name"'
        if entity.get("type") not in ENTITY_TYPES:
            return f"entity {entity.get('name')!r} has type {entity.get('type')!r}, not one of {', '.join(ENTITY_TYPES)}"
        if not isinstance(entity.get("aliases", []), list):
            return f'"aliases" of {entity["name"]!r} must be a list'
    for url in record.get("urls", []):
        if not isinstance(url, dict) or not isinstance(url.get("url"), str):
            return 'every URL needs a string "url"'
    for relation in PAIR_RELATIONS:
        for pair in record.get(relation, []):
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                return f'"{relation}" items must be [name, name] pairs'
    for relation in set(FACT_RELATIONS) - set(PAIR_RELATIONS):
        if not all(isinstance(x, str) for x in record.get(relation, [])):
            return f'"{relation}" items must be names'
    for result in record.get("results", []):
        if not isinstance(result, dict) or "value" not in result:
            return 'every result needs a "value"'
    return None
