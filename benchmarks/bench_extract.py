"""Extraction speed against bare spaCy tokenisation, measured in the same run.

    python benchmarks/bench_extract.py [--repeat 40] [--processes 1]

Prints abstracts per second for (a) ``spacy.blank("en")`` tokenising the abstracts and
(b) kg's full extraction (pipeline + records as JSON, what ``kg extract`` does), and
their ratio. The target is a ratio of at least 0.5. Ratios, not seconds, are what
compare across machines.
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace
from pathlib import Path

import spacy

from kg.extract import extract, load_pipeline
from kg.read import read_papers

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "hf-papers-pretraining-dev.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=SAMPLE)
    parser.add_argument("--repeat", type=int, default=40, help="times the input is repeated")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="best of this many rounds")
    args = parser.parse_args()

    papers = list(read_papers(args.input))
    corpus = [replace(p, id=f"{p.id}-{i}") for i in range(args.repeat) for p in papers]
    texts = [p.abstract for p in corpus]
    blank = spacy.blank("en")
    nlp = load_pipeline()

    def tokenise() -> None:
        for _ in blank.pipe(texts, batch_size=256, n_process=args.processes):
            pass

    def kg_extract() -> None:
        for extraction in extract(corpus, nlp=nlp, batch_size=256, n_process=args.processes):
            json.dumps(extraction.to_record(), ensure_ascii=False)

    def best(run) -> float:
        times = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
        return len(corpus) / min(times)

    tokenise()  # warm up both, so neither pays first-call costs in the timing
    kg_extract()
    tokens_rate, extract_rate = best(tokenise), best(kg_extract)
    print(f"abstracts: {len(corpus)} ({len(papers)} × {args.repeat}), processes: {args.processes}")
    print(f"spacy.blank('en') tokenisation: {tokens_rate:10,.0f} abstracts/s")
    print(f"kg extraction (full):           {extract_rate:10,.0f} abstracts/s")
    print(f"ratio extraction / tokenisation: {extract_rate / tokens_rate:.2f}  (target >= 0.50)")


if __name__ == "__main__":
    main()
