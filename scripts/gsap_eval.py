"""kg's extraction scored on outside text: GSAP-NER abstracts annotated by the guidelines.

    python scripts/gsap_eval.py [--split dev|held-out|all] [--errors]

The gold (``scripts/data/gsap-abstracts-gold.jsonl``) annotates the first abstract
paragraph of each GSAP-NER paper (``/work/shared/external/gsap_ner_all.jsonl``, see its
README; its texts are not copied into this repository) by ``GUIDELINES.md``: entities
with metrics, URLs, facts and results. It was written blind to kg's output by annotators
who read only the guidelines and the sample's gold. Each record has a ``split``: tune
rules on ``dev``; read only the aggregate scores of ``held-out``, never its texts or gold,
so that it keeps measuring how the rules generalise. The gazetteer was mined from GSAP-NER,
so MODEL and DATASET recall here are higher than on unseen text; metrics, URLs, facts and
results are fair. ``--errors`` lists each dev paper's misses and false positives.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from kg.evaluate import evaluate
from kg.extract import extract
from kg.read import Paper
from kg.records import normalise_name

GSAP = Path("/work/shared/external/gsap_ner_all.jsonl")
GOLD = Path(__file__).resolve().parent / "data" / "gsap-abstracts-gold.jsonl"


def first_abstract_paragraphs(path: Path) -> dict[str, str]:
    """The text of each GSAP-NER paper's first abstract paragraph, by paper id."""
    paragraphs: dict[str, tuple[int, str]] = {}
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if record["section"] != "abstract" or len(record["text"]) < 300:
            continue
        paper, unit = record["id"].split("|")
        number = int(unit.rsplit("_", 1)[1])
        if paper not in paragraphs or number < paragraphs[paper][0]:
            paragraphs[paper] = (number, record["text"])
    return {paper: text for paper, (_, text) in paragraphs.items()}


def errors(gold: dict, predicted: dict) -> list[str]:
    """Gold items the prediction misses (-) and predicted items the gold lacks (+)."""

    def names(record: dict) -> dict[str, set[str]]:
        found = {}
        for e in record["entities"]:
            found[f"{e['type']} {e['name']}"] = {normalise_name(n) for n in [e["name"], *e.get("aliases", [])]}
        return found

    lines = []
    gold_names, predicted_names = names(gold), names(predicted)
    for label, keys in gold_names.items():
        if not any(keys & other for other in predicted_names.values()):
            lines.append(f"  - {label}")
    for label, keys in predicted_names.items():
        if not any(keys & other for other in gold_names.values()):
            lines.append(f"  + {label}")
    for relation in ("proposes", "uses", "evaluated_on", "based_on", "compared_to"):
        g = {json.dumps(x) for x in gold[relation]}
        p = {json.dumps(x) for x in predicted[relation]}
        lines += [f"  - {relation} {x}" for x in sorted(g - p)] + [f"  + {relation} {x}" for x in sorted(p - g)]
    def result(r: dict) -> tuple:  # as kg eval matches results: the metric and the value's first number
        number = re.search(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+", str(r["value"]))
        return r["metric"] and normalise_name(r["metric"]), number and number.group(), r["value"]

    g = {result(r)[:2]: result(r) for r in gold["results"]}
    p = {result(r)[:2]: result(r) for r in predicted["results"]}
    lines += [f"  - result {g[k]}" for k in sorted(g.keys() - p.keys(), key=str)]
    lines += [f"  + result {p[k]}" for k in sorted(p.keys() - g.keys(), key=str)]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "held-out", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="list the dev papers' errors")
    parser.add_argument("--gsap", type=Path, default=GSAP)
    args = parser.parse_args()
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    gold = [g for g in gold if args.split == "all" or g["split"] == args.split]
    texts = first_abstract_paragraphs(args.gsap)
    papers = [Paper(g["id"], g["title"], texts[g["id"]]) for g in gold]
    predicted = [e.to_record() for e in extract(papers)]
    print(f"GSAP-NER abstracts, split {args.split}: {len(gold)} papers")
    print(evaluate(gold, predicted).format())
    if args.errors:
        for g, p in zip(gold, predicted):
            lines = errors(g, p) if g["split"] == "dev" else []
            if lines:
                print(f"== {g['id']}")
                print("\n".join(lines))


if __name__ == "__main__":
    main()
