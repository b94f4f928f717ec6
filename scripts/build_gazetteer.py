"""Mine kg/extract/data/gazetteer.tsv from the GSAP-NER corpus (Otto et al., 2023).

Keeps the names annotated as ``MLModel`` or ``ModelArchitecture`` (→ MODEL) and
``Dataset`` or ``Datasource`` (→ DATASET) in at least ``--min-papers`` different papers,
so that one paper's own new method does not become a "well-known" name (``Datasource``
names need twice as many papers). Dropped: what does not look like a name (no capital
letter or digit, under three characters, a leading digit, a possessive, a lowercase
word in it), generic terms (generic.txt), metrics (metrics.txt), "X-based", and words
broken at a line end ("Ima-geNet").

    python scripts/build_gazetteer.py ../shared/external/gsap_ner_all.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.lexicon import DATA_DIR, Lexicon, generic_terms, metric_names  # noqa: E402
from kg.records import normalise_name  # noqa: E402

TYPES = {"MLModel": "MODEL", "ModelArchitecture": "MODEL", "Dataset": "DATASET", "Datasource": "DATASET"}
# Data sources (Wikipedia, Reddit, ...) are named in passing far more often than used as
# data, so they need more support before they count as well-known datasets.
MIN_PAPERS_FACTOR = {"Datasource": 2}


def looks_like_name(name: str) -> bool:
    # Two characters ("CC", "MR") are too ambiguous; a leading digit is a size or a date.
    if len(name) < 3 or name[0].isdigit() or "'" in name or "’" in name or "\n" in name:
        return False
    if not any(ch.isupper() or ch.isdigit() for ch in name):
        return False
    # "the RNN", "an RNN", "multilingual BERT": a lowercase word makes it a phrase, not a name.
    return not any(word[:1].islower() and not any(c.isupper() or c.isdigit() for c in word) for word in name.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--min-papers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=DATA_DIR / "gazetteer.tsv")
    args = parser.parse_args()

    papers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for line in args.corpus.open(encoding="utf-8"):
        record = json.loads(line)
        paper = record["id"].split("|", 1)[0]
        for entity in record["entities"]:
            if entity["type"] in TYPES:
                papers[(entity["text"].strip(), entity["type"])].add(paper)

    words = Lexicon((), metric_names(), generic_terms())
    by_name: dict[str, Counter] = defaultdict(Counter)
    for (name, label), seen in papers.items():
        if len(seen) >= args.min_papers * MIN_PAPERS_FACTOR.get(label, 1):
            by_name[name][TYPES[label]] += len(seen)
    keys = {normalise_name(n) for n in by_name}
    rows = []
    for name, types in by_name.items():
        etype, count = types.most_common(1)[0]
        total = sum(types.values())
        key = normalise_name(name)
        if not looks_like_name(name) or words.is_generic(name) or words.known_type(name) or "based" in key:
            continue
        if "-" in name and normalise_name(name.replace("-", "")) in keys and name[name.index("-") + 1 : name.index("-") + 2].islower():
            continue  # "Ima-geNet": a word broken at a line end
        rows.append((name, etype, total))
    rows.sort(key=lambda r: (r[1], -r[2], r[0].casefold()))
    with args.out.open("w", encoding="utf-8") as out:
        out.write("# name\ttype\tpapers  (mined by scripts/build_gazetteer.py from GSAP-NER; see README.md)\n")
        for name, etype, total in rows:
            out.write(f"{name}\t{etype}\t{total}\n")
    print(f"{len(rows)} names written to {args.out}")


if __name__ == "__main__":
    main()
