"""Peak memory of `kg build` as the corpus grows: streaming means it should stay flat.

    python benchmarks/bench_memory.py [--small 600] [--large 6000]

Writes two JSON Lines corpora (the sample abstracts repeated under new ids, so the entity
index stays the same size while the number of papers grows tenfold), builds each in a
fresh process and prints the peak resident memory of both and their ratio. A ratio near
1.0 means memory does not grow with the number of abstracts.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.read import read_papers

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "hf-papers-pretraining-dev.txt"


def write_corpus(path: Path, papers: list, count: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            paper = papers[i % len(papers)]
            record = {"id": f"{paper.id}-{i}", "title": f"{paper.title} ({i})", "abstract": paper.abstract}
            out.write(json.dumps(record) + "\n")


def peak_rss_mib(corpus: Path, out_dir: Path) -> float:
    """Peak RSS of one `kg build` in a child process (ru_maxrss is the largest child's)."""
    code = "import sys; from kg.cli import main; sys.argv = ['kg', *sys.argv[1:]]; main()"
    command = [sys.executable, "-c", code, "build", str(corpus), "-o", str(out_dir), "-q"]
    subprocess.run(command, check=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", type=int, default=600)
    parser.add_argument("--large", type=int, default=6000)
    args = parser.parse_args()
    papers = list(read_papers(SAMPLE))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        results = []
        for count in (args.small, args.large):  # small first: ru_maxrss only grows
            corpus = tmp / f"corpus-{count}.jsonl"
            write_corpus(corpus, papers, count)
            results.append((count, peak_rss_mib(corpus, tmp / f"out-{count}")))
    for count, mib in results:
        print(f"kg build, {count:>7,} papers: peak RSS {mib:7.1f} MiB")
    print(f"ratio large / small: {results[1][1] / results[0][1]:.2f}  ({args.large // args.small}x the papers)")


if __name__ == "__main__":
    main()
