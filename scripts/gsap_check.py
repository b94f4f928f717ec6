"""How the extraction rules do on GSAP-NER, text they were not written for.

    python scripts/gsap_check.py [--body 400] [--seed 0] [--show miss|fp] [--type MODEL|DATA]

Runs the pipeline on GSAP-NER's abstract paragraphs and a random sample of its body
paragraphs (``/work/shared/external/gsap_ner_all.jsonl``, see its README) and reports:

* recall: the share of GSAP ``MLModel``, ``ModelArchitecture`` (→ our MODEL) and
  ``Dataset`` (→ our DATASET/BENCHMARK) names of a paragraph that one of our mentions of
  that type overlaps (or whose name or alias it is); also for names the gazetteer lacks
  (the gazetteer was mined from GSAP-NER, so those are the fair figure);
* a precision proxy: the share of our MODEL and DATASET/BENCHMARK mentions that overlap
  some GSAP span of any type ("same type": a span of the matching GSAP types), and which
  types they overlap (a ``Method``, ``Task`` or ``*Generic`` span means we took a generic
  phrase for a name).

GSAP's labels are not ours (no metrics; "CNN" is a ModelArchitecture there, generic here),
so the figures are a proxy to compare rule changes by, not a score.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from kg.extract import load_pipeline
from kg.extract.lexicon import load_lexicon
from kg.records import normalise_name

GSAP = Path("/work/shared/external/gsap_ner_all.jsonl")
GOLD_TYPES = {"MLModel": "MODEL", "ModelArchitecture": "MODEL", "Dataset": "DATA"}
OURS = {"MODEL": "MODEL", "DATASET": "DATA", "BENCHMARK": "DATA"}


def paragraphs(path: Path, body: int, seed: int) -> dict[str, list[dict]]:
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    abstracts = [r for r in records if r["section"] == "abstract" and len(r["text"]) > 80]
    bodies = [r for r in records if r["section"] == "body" and len(r["text"]) > 80]
    return {"abstract": abstracts, "body": random.Random(seed).sample(bodies, min(body, len(bodies)))}


def check(records: list[dict], nlp, known: set[str], show: str | None, kind: str | None) -> dict:
    counts: Counter = Counter()
    overlapped: Counter = Counter()
    examples: list[str] = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        text = record["text"]
        predicted = [(s, e, OURS[t]) for _, t, _, spans, _ in doc._.kg_entities if t in OURS for s, e in spans]
        # A long form recorded as an alias ("Stanford Question Answering Dataset" of SQuAD) counts.
        named = {(OURS[t], normalise_name(n)) for name, t, aliases, _, _ in doc._.kg_entities if t in OURS for n in [name, *aliases]}
        gold: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for g in record["entities"]:
            if g["type"] in GOLD_TYPES:
                gold.setdefault((GOLD_TYPES[g["type"]] + ":" + g["type"], normalise_name(g["text"])), []).append((g["start"], g["end"]))
        for (label, key), spans in gold.items():
            ours = label.split(":")[0]
            hit = (ours, key) in named or any(t == ours and s < ge and gs < e for gs, ge in spans for s, e, t in predicted)
            counts[label, "gold"] += 1
            counts[label, "hit"] += hit
            if key not in known:
                counts[label + " (not in gazetteer)", "gold"] += 1
                counts[label + " (not in gazetteer)", "hit"] += hit
            if show == "miss" and not hit and (kind is None or ours == kind):
                s, e = spans[0]
                examples.append(f"MISS {label:22} {text[s:e]!r:30} …{text[max(0, s - 60):e + 40]!r}")
        for s, e, t in predicted:
            types = {g["type"] for g in record["entities"] if g["start"] < e and s < g["end"]}
            counts[t, "pred"] += 1
            counts[t, "overlap"] += bool(types)
            for gtype in types or {"(none)"}:
                overlapped[t, gtype] += 1
            good = types & ({"MLModel", "ModelArchitecture"} if t == "MODEL" else {"Dataset", "Datasource"})
            counts[t, "right"] += bool(good)
            if show == "fp" and not good and (kind is None or t == kind):
                examples.append(f"FP   {t:5} {sorted(types) or '-'!s:28} {text[s:e]!r:28} …{text[max(0, s - 60):e + 40]!r}")
    return {"counts": counts, "overlapped": overlapped, "examples": examples}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", type=Path, default=GSAP)
    parser.add_argument("--body", type=int, default=400, help="body paragraphs sampled")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", choices=("miss", "fp"))
    parser.add_argument("--type", choices=("MODEL", "DATA"))
    args = parser.parse_args()
    nlp = load_pipeline()
    known = {normalise_name(n) for n, _ in load_lexicon().names}
    for section, records in paragraphs(args.input, args.body, args.seed).items():
        out = check(records, nlp, known, args.show, args.type)
        c = out["counts"]
        print(f"== {section}: {len(records)} paragraphs")
        for label in sorted({k for k, _ in c if (k, "gold") in c}):
            print(f"  recall    {label:40} {c[label, 'hit'] / max(1, c[label, 'gold']):.3f}  ({c[label, 'hit']}/{c[label, 'gold']})")
        for t in ("MODEL", "DATA"):
            print(f"  precision~ {t:39} {c[t, 'overlap'] / max(1, c[t, 'pred']):.3f}  ({c[t, 'overlap']}/{c[t, 'pred']})")
            print(f"  same type  {t:39} {c[t, 'right'] / max(1, c[t, 'pred']):.3f}  ({c[t, 'right']}/{c[t, 'pred']})")
            top = sorted(((n, g) for (tt, g), n in out["overlapped"].items() if tt == t), reverse=True)
            print("     overlaps: " + ", ".join(f"{g} {n}" for n, g in top))
        for line in out["examples"]:
            print("   " + line)


if __name__ == "__main__":
    main()
