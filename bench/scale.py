"""Throughput of `accord scale analyze` on a local Dask cluster of 1 and 2 worker processes.

    .venv/bin/python bench/scale.py              # 120 generated articles (bench/corpus.py)
    .venv/bin/python bench/scale.py --articles 40

Each row starts its own LocalCluster and times the whole `analyze_to_parquet` call (planning,
analysis, Parquet writes) after a warm-up that loads the model in every worker process.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus, write_corpus


def _load_model() -> None:
    from accord.pipeline import load_nlp

    load_nlp()


def measure(corpus: Path, one: Path, workers: int, out: Path) -> tuple[float, float, int]:
    from distributed import Client, LocalCluster

    from accord.scale import analyze_to_parquet

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        started = time.perf_counter()
        client.run(_load_model)  # in every worker process
        analyze_to_parquet([one], out / "warm", scheduler=client, partitions=1)
        warm = time.perf_counter() - started
        started = time.perf_counter()
        summary = analyze_to_parquet([corpus], out / "run", scheduler=client, partitions=4 * workers)
        return warm, time.perf_counter() - started, summary.total("articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        rows = make_corpus(args.articles)
        corpus = write_corpus(rows, work / "corpus.jsonl")
        one = write_corpus(rows[:1], work / "one.jsonl")
        words = sum(len(r["text"].split()) for r in rows)
        print(f"{args.articles} articles, {words} words")
        base = None
        for workers in (1, 2):
            warm, seconds, n = measure(corpus, one, workers, work / f"w{workers}")
            rate = n / seconds
            base = base or rate
            print(f"{workers} worker(s): {n} articles in {seconds:.1f} s = {rate:.1f} articles/s "
                  f"({words / seconds:,.0f} words/s), x{rate / base:.2f}; warm-up {warm:.1f} s")


if __name__ == "__main__":
    main()
