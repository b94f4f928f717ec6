"""The extraction pipeline and the stage's entry point, :func:`extract`.

Each paper is processed as one doc whose text is the title, U+2029 (see
:data:`~kg.extract.sentences.TITLE_SEPARATOR`) and the abstract: the gold annotates "from
the title and the abstract text only", and a name heading the title is usually what the
paper proposes. Offsets in the records are into ``paper.abstract``:

* an entity's mentions are its abstract occurrences; a name seen only in the title has
  no mentions;
* evidence in the title (a title-only entity, or a fact stated only there) carries the
  title as its ``sentence`` and the empty span ``start == end == 0``, which no abstract
  sentence has.

The rule components read :func:`~kg.extract.sentences.rule_text`, the text with numeric
citation marks and LaTeX markup made plain at the same length; quotes and mentions are cut
from the text as given, so they show what the input says.
"""

from __future__ import annotations

import multiprocessing
import os
from bisect import bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult, Pool

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the component modules registers their factories and extensions.
from kg.extract import acronyms, entities, facts, results, sentences, urls  # noqa: F401
from kg.errors import ExtractionError
from kg.records import Entity, Evidence, Extraction, Fact, Mention, Paper, Result, Url

__all__ = ["load_pipeline", "extract", "paper_text", "to_extraction", "PIPELINE"]

PIPELINE = ("kg_sentences", "kg_urls", "kg_aliases", "kg_entities", "kg_facts", "kg_results")


def load_pipeline() -> Language:
    """A blank English pipeline with kg's rule components; nothing is downloaded.

    >>> load_pipeline().pipe_names
    ['kg_sentences', 'kg_urls', 'kg_aliases', 'kg_entities', 'kg_facts', 'kg_results']
    """
    nlp = spacy.blank("en")
    # A full stop after a capital that follows a small letter or digit ends the sentence, not a name:
    # spaCy keeps "IoU." and "ViT." whole (its rule splits one after two capitals: "BLEU.").
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-z0-9][A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def paper_text(paper: Paper) -> str:
    """The text a paper is processed as: its title, the separator and its abstract."""
    # A title is one line; whitespace in it is normalised to single spaces. The abstract
    # keeps its offsets: a separator character in it becomes a line break of the same length.
    title = " ".join(paper.title.split()) if paper.title else ""
    abstract = paper.abstract.replace(sentences.TITLE_SEPARATOR, "\n")
    return f"{title}{sentences.TITLE_SEPARATOR}{abstract}" if title else abstract


def extract(
    papers: Iterable[Paper],
    *,
    nlp: Language | None = None,
    batch_size: int = 256,
    n_process: int = 1,
    on_failure: Callable[[ExtractionError], None] | None = None,
) -> Iterator[Extraction]:
    """Extract entities, URLs, facts and results from each paper, in input order.

    Streams: papers are read lazily and processed in batches of ``batch_size``, on
    ``n_process`` processes (each batch is a task for a worker; at most two per worker
    are in flight).

    A paper whose extraction raises (a bug in kg) raises an :class:`ExtractionError`
    naming it; with ``on_failure``, that callback gets the error instead and the paper is
    left out (``--on-error skip`` counts it with the bad records).

    >>> from kg.records import Paper
    >>> paper = Paper("p1", "FooNet: Fast Nets", "We propose FooNet. Code: https://github.com/a/foonet.")
    >>> extraction = next(extract([paper]))
    >>> [(e.name, e.type) for e in extraction.entities], extraction.names("proposes")
    ([('FooNet', 'MODEL')], ['FooNet'])
    >>> extraction.urls[0].url, extraction.urls[0].kind
    ('https://github.com/a/foonet', 'code')
    """
    if n_process == -1:  # as in spaCy: every CPU
        n_process = os.cpu_count() or 1
    if n_process == 1:
        yield from _extract(papers, nlp or load_pipeline(), batch_size, on_failure)
        return
    # Not spaCy's n_process: it sends every processed Doc back to the parent (about 40 KB
    # and 2 ms each), which costs more than the work it shares out. Workers here run the
    # pipeline and the conversion and return only the records, without the papers, which
    # the parent has.
    pool = multiprocessing.Pool(n_process, initializer=_start_worker, initargs=(nlp,))
    pending: deque = deque()
    try:
        for batch in _batches(papers, batch_size):
            pending.append((batch, pool.apply_async(_extract_batch, (batch,))))
            if len(pending) >= 2 * n_process:
                yield from _with_papers(*pending.popleft(), on_failure)
        while pending:
            yield from _with_papers(*pending.popleft(), on_failure)
    except (KeyboardInterrupt, SystemExit):
        pool.terminate()
        raise
    except BaseException:
        _finish(pool, pending)
        raise
    _finish(pool, pending)


def _finish(pool: Pool, pending: deque) -> None:
    """Stop the workers once the batches in flight (two per worker at most) are done, as
    when the consumer stops early or a paper fails. Not ``Pool.terminate()``, which can
    hang when it kills a worker in the middle of sending a result."""
    for _, result in pending:
        result.wait()
    pool.close()
    pool.join()


def _extract(
    papers: Iterable[Paper], nlp: Language, batch_size: int, on_failure: Callable[[ExtractionError], None] | None
) -> Iterator[Extraction]:
    for paper, done in _extract_or_fail(papers, nlp, batch_size):
        if isinstance(done, Extraction):
            yield done
        else:
            _failed(paper, done, on_failure)


def _failed(paper: Paper, message: str, on_failure: Callable[[ExtractionError], None] | None) -> None:
    """Raise the failure of ``paper``'s extraction, or hand it to ``on_failure``."""
    error = ExtractionError(message, file=paper.source)
    if on_failure is None:
        raise error
    on_failure(error)


def _extract_or_fail(papers: Iterable[Paper], nlp: Language, batch_size: int) -> Iterator[tuple[Paper, Extraction | str]]:
    """Each paper with its extraction, or the message of the bug its extraction met. A batch
    that fails is done again paper by paper, to name the paper, not just the batch."""
    for batch in _batches(papers, batch_size):
        try:
            docs = nlp.pipe(((_make_doc(nlp, paper), paper) for paper in batch), as_tuples=True, batch_size=batch_size)
            done: list[tuple[Paper, Extraction | str]] = [(paper, to_extraction(doc, paper)) for doc, paper in docs]
        except Exception:
            done = []
            for paper in batch:
                try:
                    done.append((paper, to_extraction(nlp(_make_doc(nlp, paper)), paper)))
                except Exception as error:
                    done.append((paper, f"extraction failed on paper {paper.id!r} ({type(error).__name__}: {error}); this is a bug in kg"))
        yield from done


def _make_doc(nlp: Language, paper: Paper) -> Doc:
    text = paper_text(paper)
    doc = nlp.make_doc(text)
    # The components need the text; spaCy would rebuild it by joining the tokens.
    doc._.kg_text = text
    return doc


def _batches(papers: Iterable[Paper], size: int) -> Iterator[list[Paper]]:
    papers = iter(papers)
    while batch := list(islice(papers, size)):
        yield batch


_worker_nlp: Language | None = None  # the pipeline of a worker process


def _start_worker(nlp: Language | None) -> None:
    global _worker_nlp
    _worker_nlp = nlp or load_pipeline()


def _extract_batch(papers: list[Paper]) -> list[tuple | str]:
    # The records' parts without the papers, which the parent has; or a failure's message.
    return [
        (done.entities, done.urls, done.facts, done.results) if isinstance(done, Extraction) else done
        for _, done in _extract_or_fail(papers, _worker_nlp, len(papers))
    ]


def _with_papers(
    papers: list[Paper], found: AsyncResult, on_failure: Callable[[ExtractionError], None] | None
) -> Iterator[Extraction]:
    for paper, parts in zip(papers, found.get()):
        if isinstance(parts, tuple):
            yield Extraction(paper, *parts)
        else:
            _failed(paper, parts, on_failure)


class _Offsets:
    """Turns doc offsets into abstract offsets and evidence."""

    def __init__(self, text: str, title_end: int):
        self.text = text
        self.shift = title_end + len(sentences.TITLE_SEPARATOR) if title_end else 0
        self.title = text[:title_end]

    def evidence(self, start: int, end: int, confidence: float) -> Evidence:
        if start < self.shift:  # in the title
            return Evidence(0, 0, self.title, round(float(confidence), 3))
        return Evidence(start - self.shift, end - self.shift, self.text[start:end], round(float(confidence), 3))


def to_extraction(doc: Doc, paper: Paper) -> Extraction:
    """The records of one processed doc (see the module documentation for offsets)."""
    found = doc._  # every `doc._` builds a new object: read the extensions once
    offsets = _Offsets(sentences.doc_text(doc), found.kg_title_end)
    text, shift = offsets.text, offsets.shift
    bounds = sentences.sentence_bounds(doc) if len(doc) else []
    starts = [start for start, _ in bounds]

    def sentence_evidence(position: int, confidence: float) -> Evidence:
        i = bisect_right(starts, position) - 1
        if i >= 0 and position < max(bounds[i][1], bounds[i][0] + 1):
            return offsets.evidence(*bounds[i], confidence)
        return offsets.evidence(position, position, confidence)

    out_entities = []
    for name, etype, aliases, spans, confidence in found.kg_entities or []:
        mentions = [Mention(text[s:e], s - shift, e - shift, confidence) for s, e in spans if s >= shift]
        first = mentions[0].start + shift if mentions else spans[0][0]  # the first mention, else the title's
        out_entities.append(Entity(name, etype, list(aliases), mentions, sentence_evidence(first, confidence)))
    out_urls = [
        Url(url, kind, start - shift, end - shift, sentence_evidence(start, 0.95))
        for url, kind, start, end in found.kg_urls or []
        if start >= shift
    ]
    out_facts = [
        Fact(relation, tuple(args), offsets.evidence(start, end, confidence))
        for relation, args, start, end, confidence in found.kg_facts or []
    ]
    out_results = [
        Result(subject, metric, value, benchmark, offsets.evidence(start, end, confidence))
        for subject, metric, value, benchmark, start, end, confidence in found.kg_results or []
    ]
    return Extraction(paper, out_entities, out_urls, out_facts, out_results)
