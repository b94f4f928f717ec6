"""Reported numbers: value, metric, subject and benchmark.

A value is a percentage, points, "pp", "N times"/"Nx", FPS, ms or GPU hours (with a range
or a hedge such as "up to", "more than"); a bare number written right before or after a
metric ("47.9 box AP", "a perplexity of 12.3"); or a decimal after a verb of results
("achieves 78.5 on MMLU").
Its metric is, in order: a metric named right after it ("85.3% top-1 accuracy",
"8% and 1% mIoU"); "an AP of 50.6%"; "a 2.36% improvement in accuracy";
"reduces the computational cost by 20%"; "56 times operations"; else a metric named
in the same clause. A metric found this way that the metric list lacks is added to
the doc's entities ("computational cost", "pre-training tokens"). Percentages of data
("with 1% labelled data") are not results.

``doc._.kg_results`` holds ``[subject, metric, value, benchmark, sentence_start,
sentence_end, confidence]``.

>>> from kg.extract import load_pipeline
>>> doc = load_pipeline()("FooNet reaches 85.3% top-1 accuracy on ImageNet and saves 3 times memory.")
>>> [r[:4] for r in doc._.kg_results]
[['FooNet', 'top-1 accuracy', '85.3%', 'ImageNet'], ['FooNet', 'memory', '3 times', None]]
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.sentences import doc_text, sentence_bounds
from kg.records import normalise_name

__all__ = ["ResultFinder"]

Doc.set_extension("kg_results", default=None, force=True)

_FUNCTION = r"(?:and|or|on|in|of|for|with|to|from|by|over|than|the|a|an|at|as|while|when|compared|versus|which|that)\b"
_UNIT = (
    r"(?:[\s~]*\\?%|[\s~]*percent\b|[\s~]*pp\b|[\s~]+(?:percentage[\s~]+|absolute[\s~]+)?points?\b|[\s~]*times\b|"
    r"[\s~]*[x×](?![\w])|-fold\b|[\s~]+fold\b|[\s~]*(?:FPS|fps|ms)\b|[\s~]+GPU[\s~\-]hours\b)"
)
# The hedge ("up to", "more than") is looked for before the number only once one is found.
_HEDGE_BEFORE = re.compile(
    r"\b(?:up to|about|around|approximately|nearly|over|more than|less than|almost|roughly|at least)[\s~]+$"
)
_DIGIT = re.compile(r"\d")
_VALUE = re.compile(
    r"(?<![\w.\-])(\d+(?:[.,]\d+)*)" + _UNIT + r"(?:[\s~]+(?:to|-)[\s~]+~?\d+(?:\.\d+)?" + _UNIT + r")?"
    r"(?:[\s~]+\((?:or|i\.e\.,?)[\s~]+[^()]{1,20}\))?"
    r"(?:[\s~]+(?:fewer|less|more|faster|smaller|larger|higher|lower)\b)?"
)
_BARE = re.compile(r"(?<![\w.\-])(\d+(?:\.\d+)?)(?=[\s~]+[A-Za-z])")
# "achieves 78.5 on MMLU", "scoring 61.2": a score without a unit after a verb of results.
_SCORE = re.compile(
    r"\b(?:achiev\w*|obtain\w*|reach\w*|scor\w*|attain\w*|yield\w*|get(?:s|ting)?|record\w*|improv\w*[\s~]+(?:\w+[\s~]+){0,3}?to|"
    r"from)[\s~]+(?:an?[\s~]+|the[\s~]+)?(?:average[\s~]+(?:of[\s~]+)?|score[\s~]+of[\s~]+)?(\d+\.\d+)(?![\w.%])"
)
# "a perplexity of 12.3", "FID = 3.2", "an AP of 50.6": a number after a metric.
_NUMBER_AFTER = re.compile(
    r"[\s~]*(?:score[\s~]+)?(?:of|=|:|to)[\s~]+(?:about[\s~]+|only[\s~]+|just[\s~]+)?(\d+(?:\.\d+)?)(?![\w%]|\.\d)"
)
# "a speedup of 2.1x", "a training cost of $3": a measure named before "of".
_MEASURE_OF = re.compile(
    r"((?:(?!" + _FUNCTION + r")[a-z][\w\-]*[\s~]+){0,2}(?!" + _FUNCTION + r")[a-z][\w\-]*)[\s~]+of[\s~]+"
    r"(?:about[\s~]+|up[\s~]+to[\s~]+|only[\s~]+)?$"
)
_OF_DATA = re.compile(
    r"[\s~]*(?:(?:or|and)[\s~]+\d+(?:\.\d+)?[\s~]*\\?%[\s~]+)?(?:of[\s~]+(?:the[\s~]+)?)?"
    r"(?:labell?ed[\s~]+|unlabell?ed[\s~]+|training[\s~]+|annotated[\s~]+)?(?:data|samples|examples|images|labels)\b"
)
# Between two values that share a metric: "50.6% on COCO and 40.0%", "8% and 1%".
_COORDINATED = re.compile(
    r"^[\s~]*(?:(?:on|in|for)[\s~]+(?:the[\s~]+)?[^\s,;]+(?:[\s~]+(?:dataset|benchmark|split|set))?[\s~]*)?"
    r",?[\s~]*(?:and|or)[\s~]+$"
)
_AFTER_SKIP = re.compile(r"^[\s~]+(?:(?:higher|lower|better|absolute|relative|average|improvement in|gain in|in|on)[\s~]+)?(?:the[\s~]+)?$")
_IN_METRIC = re.compile(
    r"^[\s~]+(?:\w+[\s~]+)?(?:improvement|reduction|gain|increase|decrease|drop|boost|speed-?up|lower|higher|better|points?)?"
    r"[\s~]*(?:in|of|on)[\s~]+(?:the[\s~]+|terms[\s~]+of[\s~]+)?$"
)
_BY_METRIC = re.compile(
    r"\b(?:reduc|improv|boost|increas|decreas|sav|lower|rais|cut|enhanc)\w*[\s~]+(?:the[\s~]+|its[\s~]+)?"
    r"((?:[a-z][\w\-]*[\s~]+){0,2}[a-z][\w\-]*)[\s~]+by[\s~]+$"
)
_NP_AFTER = re.compile(
    r"[\s~]*(?:(?:fewer|less|more|higher|lower|reduction|improvement|gain|increase|decrease|speed-?up)[\s~]+)?"
    r"(?:(?:in|of)[\s~]+)?(?:the[\s~]+)?((?:(?!" + _FUNCTION + r")[a-z][\w\-]*[\s~]+){0,2}(?!" + _FUNCTION + r")[a-zA-Z][\w\-]*)"
)
_MEASURE_HEADS = frozenset(
    """performance cost costs requirements requirement tokens operations memory accuracy error errors loss rate
    index time speed throughput latency parameters flops compute energy consumption footprint usage efficiency
    score similarity speedup speed-up hours perplexity steps epochs""".split()
)
_GENERIC_MEASURES = frozenset({"performance", "results", "result"})


class ResultFinder:
    """Finds reported numbers; see the module documentation."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        title_end = doc._.kg_title_end or 0
        entities = doc._.kg_entities or []
        mentions = sorted((s, e, i) for i, ent in enumerate(entities) for s, e in ent[3])
        proposed = [a[0] for r, a, *_ in (doc._.kg_facts or []) if r == "proposes"]
        types = {ent[0]: ent[1] for ent in entities}
        main = next((n for n in proposed if types.get(n) == "MODEL"), None)
        new_metrics: dict[str, list] = {}
        results = []
        for start, end in sentence_bounds(doc) if len(doc) else []:
            if end <= title_end or not _DIGIT.search(text, start, end):
                continue
            sentence = text[start:end]
            in_sentence = [m for m in mentions if start <= m[0] < end]
            metrics = [m for m in in_sentence if entities[m[2]][1] == "METRIC"]
            previous_metric: str | None = None
            previous_end = -1
            found = []
            for value_start, value_end, value in self._values(text, start, end, metrics):
                metric = self._metric(text, start, value_start, value_end, metrics, entities, new_metrics)
                if metric is None and previous_metric and _COORDINATED.match(text[previous_end:value_start]):
                    metric = previous_metric
                if metric is None:
                    metric = self._metric_in_clause(sentence, value_start - start, metrics, entities, start)
                subject = self._subject(in_sentence, entities, value_start, proposed, main, sentence)
                benchmark = self._benchmark(text, in_sentence, entities, value_start, value_end)
                found.append([subject, metric, value, benchmark, start, end, 0.7 if metric else 0.55, value_start, value_end])
                previous_metric, previous_end = metric, value_end
            # "about 45% and 47% computational cost": the metric named last serves both values.
            for earlier, later in reversed(list(zip(found, found[1:]))):
                if earlier[1] is None and later[1] and _COORDINATED.match(text[earlier[8] : later[7]]):
                    earlier[1], earlier[6] = later[1], later[6]
            results.extend(item[:7] for item in found)
        self._add_metric_entities(doc, new_metrics)
        doc._.kg_results = results
        return doc

    @staticmethod
    def _values(text: str, start: int, end: int, metrics: list) -> list[tuple[int, int, str]]:
        found = []
        for match in _VALUE.finditer(text, start, end):
            if _OF_DATA.match(text, match.end()):
                continue
            v_start = match.start()
            hedge = _HEDGE_BEFORE.search(text, max(start, v_start - 14), v_start)
            if hedge:
                v_start = hedge.start()
            value = re.sub(r"[\s~]+", " ", text[v_start : match.end()].replace("\\%", "%")).strip()
            found.append((v_start, match.end(), value))
        metric_starts = {m[0] for m in metrics}
        for match in _BARE.finditer(text, start, end):
            if any(s <= match.start() < e for s, e, _ in found):
                continue
            nxt = match.end() + len(text[match.end() : match.end() + 3]) - len(text[match.end() : match.end() + 3].lstrip(" ~"))
            after = _NP_AFTER.match(text, match.end(), end) if "." in match.group(1) else None
            # "47.9 box AP" (a metric follows), "3.2 average score" (a measure follows)
            if nxt in metric_starts or (after and _measure_head(after.group(1))):
                found.append((match.start(), match.end(), match.group(1)))
        for _, m_end, _ in metrics:
            match = _NUMBER_AFTER.match(text, m_end, end)
            if match and not any(s <= match.start(1) < e for s, e, _ in found):
                found.append((match.start(1), match.end(1), match.group(1)))
        for match in _SCORE.finditer(text, start, end):
            if not any(s <= match.start(1) < e for s, e, _ in found):
                found.append((match.start(1), match.end(1), match.group(1)))
        return sorted(found)

    @staticmethod
    def _metric(text, sentence_start, v_start, v_end, metrics, entities, new_metrics) -> str | None:
        for m_start, _, index in metrics:  # "85.3% top-1 accuracy", "an AP of 50.6%"
            if m_start >= v_end and _AFTER_SKIP.match(text[v_end:m_start] or " "):
                return entities[index][0]
            if m_start >= v_end and _IN_METRIC.match(text[v_end:m_start]):
                return entities[index][0]
        for m_start, m_end, index in metrics:
            if m_end <= v_start and re.fullmatch(r"[\s~]+of[\s~]+(?:about[\s~]+|up to[\s~]+)?", text[m_end:v_start]):
                return entities[index][0]
        window = text[max(sentence_start, v_start - 80) : v_start]
        measure_of = _MEASURE_OF.search(window)
        if measure_of:
            name = _measure(measure_of.group(1), measure_of.start(1) + v_start - len(window), new_metrics)
            if name:
                return name
        by = _BY_METRIC.search(window)
        if by:
            return _measure(by.group(1), by.start(1) + v_start - len(window), new_metrics)
        after = _NP_AFTER.match(text, v_end)
        if after and (
            re.search(r"times|[x×]|fold|fewer|less|more|%", text[v_start:v_end] + text[v_end : after.start(1)])
            or re.fullmatch(r"\d+\.\d+", text[v_start:v_end])
        ):
            return _measure(after.group(1), after.start(1), new_metrics)
        return None

    @staticmethod
    def _metric_in_clause(sentence, offset, metrics, entities, start) -> str | None:
        bounds = [0] + [m.end() for m in re.finditer(r"[,;]|\b(?:while|whereas|which)\b", sentence)]
        clause_start = max(b for b in bounds if b <= offset)
        later = [b for b in bounds if b > offset]
        clause_end = later[0] if later else len(sentence)
        inside = [m for m in metrics if clause_start <= m[0] - start < clause_end]
        before = [m for m in inside if m[0] - start < offset]
        chosen = before[-1] if before else (inside[0] if inside else None)  # the nearest before the value
        return entities[chosen[2]][0] if chosen else None

    @staticmethod
    def _subject(in_sentence, entities, v_start, proposed, main, sentence) -> str | None:
        before = [entities[i][0] for s, _, i in in_sentence if s < v_start and entities[i][1] == "MODEL"]
        for name in before:
            if name in proposed:
                return name
        if before:
            return before[0]
        return main

    @staticmethod
    def _benchmark(text, in_sentence, entities, v_start, v_end) -> str | None:
        """The dataset named after the value ("on COCO"), else the one before it in the same clause."""
        data = [(s, e, entities[i][0]) for s, e, i in in_sentence if entities[i][1] in ("DATASET", "BENCHMARK")]
        after = [name for s, _, name in data if s >= v_end]
        if after:
            return after[0]
        before = [(e, name) for _, e, name in data if e <= v_start]
        if before and not re.search(r"\band\b|;", text[before[-1][0] : v_start]):
            return before[-1][1]
        return None

    @staticmethod
    def _add_metric_entities(doc: Doc, new_metrics: dict[str, list]) -> None:
        if not new_metrics:
            return
        entities = doc._.kg_entities
        spans = list(doc.spans.get("kg_entities", []))
        known = {normalise_name(e[0]): e for e in entities}
        for key, (name, start, end) in new_metrics.items():
            entity = known.get(key)
            if entity is None:
                entity = [name, "METRIC", [], [], 0.6]
                entities.append(entity)
                known[key] = entity
            if [start, end] not in entity[3]:
                entity[3].append([start, end])
                entity[3].sort()
            span = doc.char_span(start, end, label=entity[1], kb_id=entity[0], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        entities.sort(key=lambda e: e[3][0][0])
        doc.spans["kg_entities"] = spans


def _measure_head(phrase: str) -> bool:
    words = re.split(r"[\s~]+", phrase.strip())
    return words[-1].lower() in _MEASURE_HEADS and " ".join(words).lower() not in _GENERIC_MEASURES


def _measure(phrase: str, start: int, new_metrics: dict[str, list]) -> str | None:
    """A noun phrase as a metric name when its head is a measure ("computational cost")."""
    words = re.split(r"[\s~]+", phrase.strip())
    while words and words[0] in ("the", "a", "an", "its", "their"):
        start += len(words[0]) + 1
        words = words[1:]
    if not words or words[-1].lower() not in _MEASURE_HEADS or " ".join(words).lower() in _GENERIC_MEASURES:
        return None
    name = " ".join(words)
    new_metrics.setdefault(normalise_name(name), [name, start, start + len(name)])
    return name


@Language.factory("kg_results", assigns=["doc._.kg_results"], requires=["doc._.kg_entities", "doc._.kg_facts"])
def make_result_finder(nlp: Language, name: str) -> ResultFinder:
    return ResultFinder()
