"""Extraction speed against bare spaCy tokenisation, measured in the same run.

    python benchmarks/bench_extract.py [--repeat 40] [--processes 1] [--components]

Prints texts per second for (a) ``spacy.blank("en")`` tokenising the texts extraction
reads (title, separator, abstract) in one process and (b) kg's full extraction
(pipeline + records as JSON, what ``kg extract`` does) on ``--processes`` processes,
and their ratio. The target is a ratio of at least 0.5. Ratios, not seconds, are what
compare across machines; the best of ``--rounds`` runs is taken, in CPU time when one
process runs (less disturbed by other work on the machine), wall-clock time otherwise.

Tokenisation stays on one process: spaCy's own ``n_process`` is slower for bare
tokenisation (every Doc is sent back to the parent); with ``--processes`` above 1 its
rate is printed too, for information. ``--components`` adds each pipeline component's
time and the conversion to records, relative to tokenisation.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import spacy

from kg.extract import extract, load_pipeline, to_extraction
from kg.extract.pipeline import paper_text
from kg.read import read_papers

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "hf-papers-pretraining-dev.txt"


def best(run: Callable[[], object], rounds: int, clock: Callable[[], float]) -> float:
    """The shortest of ``rounds`` runs, in seconds of ``clock``."""
    times = []
    for _ in range(rounds):
        started = clock()
        run()
        times.append(clock() - started)
    return min(times)


def components(papers, texts, nlp, rounds: int) -> dict[str, float]:
    """Seconds per stage on ``papers``: tokenisation, each component, records and JSON."""
    seconds: dict[str, float] = {}

    def timed(name: str, step: Callable) -> Callable[[list], list]:
        def run(items: list) -> list:
            started = time.process_time()
            out = [step(item) for item in items]
            seconds[name] = min(seconds.get(name, float("inf")), time.process_time() - started)
            return out

        return run

    for _ in range(rounds):
        docs = timed("tokenise", nlp.make_doc)(texts)
        for doc, text in zip(docs, texts):
            doc._.kg_text = text  # as extract() does: spaCy would rebuild it from the tokens
        for name, component in nlp.pipeline:
            docs = timed(name, component)(docs)
        extractions = timed("to_extraction", lambda pair: to_extraction(*pair))(list(zip(docs, papers)))
        timed("to_record + JSON", lambda e: json.dumps(e.to_record(), ensure_ascii=False))(extractions)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=40, help="times the input is repeated")
    parser.add_argument("--processes", type=int, default=1, help="processes for extraction")
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    parser.add_argument("--components", action="store_true", help="time each component too")
    args = parser.parse_args()

    papers = list(read_papers(args.input))
    corpus = [replace(p, id=f"{p.id}-{i}") for i in range(args.repeat) for p in papers]
    texts = [paper_text(p) for p in corpus]
    blank = spacy.blank("en")
    nlp = load_pipeline()
    # One process: CPU time of this process; several: wall-clock time, as CPU time
    # would not count the workers.
    clock = time.process_time if args.processes == 1 else time.perf_counter

    def tokenise(n_process: int = 1) -> None:
        for _ in blank.pipe(texts, batch_size=args.batch_size, n_process=n_process):
            pass

    def kg_extract() -> None:
        for extraction in extract(corpus, nlp=nlp, batch_size=args.batch_size, n_process=args.processes):
            json.dumps(extraction.to_record(), ensure_ascii=False)

    tokenise()  # warm up both, so neither pays first-call costs in the timing
    kg_extract()
    tokens_rate = len(corpus) / best(tokenise, args.rounds, clock)
    extract_rate = len(corpus) / best(kg_extract, args.rounds, clock)
    print(f"texts: {len(corpus)} ({len(papers)} × {args.repeat}), extraction processes: {args.processes}")
    print(f"spacy.blank('en') tokenisation:  {tokens_rate:10,.0f} texts/s (1 process)")
    if args.processes > 1:
        spacy_rate = len(corpus) / best(lambda: tokenise(args.processes), args.rounds, clock)
        print(f"  with spaCy n_process={args.processes}:       {spacy_rate:10,.0f} texts/s (for information)")
    print(f"kg extraction (full):            {extract_rate:10,.0f} texts/s")
    print(f"ratio extraction / tokenisation: {extract_rate / tokens_rate:.2f}  (target >= 0.50)")
    if args.components:
        seconds = components(corpus, texts, nlp, args.rounds)
        print("time relative to tokenisation (one process):")
        for name, spent in seconds.items():
            print(f"  {name:18s} {spent / seconds['tokenise']:5.2f}×")
        print(f"  {'total':18s} {sum(seconds.values()) / seconds['tokenise']:5.2f}×")


if __name__ == "__main__":
    main()
