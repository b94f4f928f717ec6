"""Precision of each source of facts, on annotated abstracts, split by split.

    python scripts/fact_sources.py [--gold tests/data/arxiv-gold.jsonl] [--input tests/data/arxiv-abstracts.jsonl]

Gold and input records are matched by id (as in the repository's arXiv set). Each rule that
states a fact gives it its own confidence, so grouping a relation's facts by
confidence groups them by the rule that found them. For every group this prints how many
facts ``kg eval`` counts as true and false on each split of the gold (``split`` field:
``dev``, ``held-out``; records without one count as ``all``). A rule far more precise on
the development split than on the held-out one generalises badly; read only these counts
of a held-out split, never its texts. ("uses 0.7 | 83 11 | 61 41" on arXiv showed the largest gap
in round four.)
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from kg.evaluate import FACT_RELATIONS, evaluate, load_jsonl
from kg.extract import extract
from kg.read import read_papers

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "data" / "arxiv-gold.jsonl")
    parser.add_argument("--input", type=Path, default=ROOT / "tests" / "data" / "arxiv-abstracts.jsonl")
    args = parser.parse_args()
    gold = {record["id"]: record for record in load_jsonl(args.gold)}
    papers = [paper for paper in read_papers(args.input) if paper.id in gold]
    # counts[(relation, confidence)][split] = [true, false]
    counts: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for extraction in extract(papers):
        record = extraction.to_record()
        truth = gold[record["id"]]
        split = truth.get("split", "all")
        by_source = defaultdict(list)
        for fact in extraction.facts:
            by_source[fact.relation, round(fact.evidence.confidence, 2)].append(fact)
        for (relation, confidence), facts in by_source.items():
            # The record with only this source's facts, scored as kg eval scores it.
            alone = {**record, **{r: [] for r in FACT_RELATIONS}, "results": []}
            alone[relation] = [list(f.args) if len(f.args) > 1 else f.args[0] for f in facts]
            score = evaluate([truth], [alone]).scores[relation]
            tally = counts[relation, confidence][split]
            tally[0] += score.tp
            tally[1] += score.predicted - score.tp
    splits = sorted({s for by_split in counts.values() for s in by_split})
    print("relation confidence | " + " | ".join(f"{s} true false" for s in splits))
    for (relation, confidence), by_split in sorted(counts.items()):
        print(f"{relation} {confidence} | " + " | ".join("{} {}".format(*by_split[s]) for s in splits))


if __name__ == "__main__":
    main()
