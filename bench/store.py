"""Query times at volume: `accord dyad`, `network`, `shifts` and the dashboard overview over
1,000,000 stored events, on SQLite and PostgreSQL.

    .venv/bin/python bench/store.py                                   # SQLite, /tmp/accord-1m.db
    .venv/bin/python bench/store.py --db "$(bash .ci/postgres.sh)"    # PostgreSQL
    .venv/bin/python bench/store.py --events 100000 --db /tmp/small.db
    .venv/bin/python bench/store.py --writes 300 --db /tmp/writes.db   # what keeping the pairs costs

The database is filled once with synthetic events (`bench/synth.py`, straight through SQL, then
the fused pairs as the upgrade to schema 8 makes them) and reused while it holds the requested
count. `--writes N` instead analyses N generated articles (bench/corpus.py) and stores them one by
one into an empty database, timing `Store.add` and, within it, the upkeep of the fused pairs. Each query runs as its command runs it (the same
library call, or the page through the app), once to warm the caches and then `--repeat` times;
the table shows the median and the slowest run (`--cold --repeat 1`: one run, no warm-up). Times
exclude the CLI's process start.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus
from synth import fill

from accord import relations
from accord.store import Store, pairs
from accord.store.queries import counts

LIMIT = 1.0  # seconds, the bar


def _time(fn: Callable[[], Any], repeat: int, warm: bool) -> tuple[float, float, Any]:
    result = fn() if warm else None
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), max(times), result


def queries(store: Store) -> list[tuple[str, Callable[[], Any], Callable[[Any], str]]]:
    from fastapi.testclient import TestClient

    from accord.server import create_app

    client = TestClient(create_app(store.url))

    def overview() -> Any:
        response = client.get("/", headers={"accept": "text/html"})
        assert response.status_code == 200, response.text[:500]
        return response

    return [
        ("accord dyad USA CHN", lambda: relations.dyad(store, "USA", "CHN"),
         lambda s: f"{len(s.periods)} periods"),
        ("accord dyad CAN EU --by quarter", lambda: relations.dyad(store, "CAN", "EU", by="quarter"),
         lambda s: f"{len(s.periods)} periods"),
        ("accord network", lambda: relations.network(store),
         lambda g: f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges"),
        ("accord shifts", lambda: relations.shifts(store, window=timedelta(days=30), baseline=timedelta(days=180)),
         lambda s: f"{len(s)} dyads, {sum(x.status == 'alert' for x in s)} alerts"),
        ("dashboard overview (GET /)", overview, lambda r: f"{len(r.content) // 1024} KiB page"),
    ]


def writes(store: Store, n: int) -> None:
    """Store `n` analysed articles one by one; print the time per article and the pairs' share."""
    from accord.model import RawDocument
    from accord.pipeline import analyze_documents, load_nlp
    from accord.sources.dates import parse_published

    raws = [RawDocument(text=r["text"], input=r["id"], title=r["title"], id=r["id"],
                        published=parse_published(r["published"])) for r in make_corpus(n)]
    analyses = list(analyze_documents(raws, load_nlp()))
    refresh, spent = pairs.refresh, [0.0]

    def timed(*args: Any, **kwargs: Any) -> None:
        started = time.perf_counter()
        refresh(*args, **kwargs)
        spent[0] += time.perf_counter() - started

    pairs.refresh = timed  # type: ignore[assignment]  # the store calls it through the module
    started = time.perf_counter()
    for analysis in analyses:
        store.add(analysis)
    total = time.perf_counter() - started
    pairs.refresh = refresh  # type: ignore[assignment]
    events = sum(len(a.events) for a in analyses)
    print(f"{store.engine.dialect.name}: stored {n} articles ({events:,} events) in {total:.2f} s, "
          f"{1000 * total / n:.1f} ms an article; keeping the fused pairs: {spent[0]:.2f} s, "
          f"{1000 * spent[0] / n:.1f} ms an article ({100 * spent[0] / total:.0f}% of the store's time)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/accord-1m.db", help="SQLite path or database URL")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="no warm-up run (slow queries: one run each)")
    parser.add_argument("--writes", type=int, help="store this many analysed articles into an empty database, timed")
    args = parser.parse_args()
    with Store(args.db) as store:
        if args.writes:
            if counts(store)["articles"]:
                print(f"{args.db} is not empty: --writes needs an empty database")
                return 2
            writes(store, args.writes)
            return 0
        stored = counts(store)["events"]
        if stored == 0:
            started = time.perf_counter()
            fill(store, args.events)
            print(f"filled {args.events:,} events in {time.perf_counter() - started:.0f} s")
        elif stored != args.events:
            print(f"{args.db} holds {stored:,} events, not {args.events:,}: use an empty database")
            return 2
        print(f"{store.engine.dialect.name}, {counts(store)['events']:,} events, "
              f"{counts(store)['articles']:,} articles")
        print(f"{'query':36} {'median s':>9} {'max s':>7}  result")
        slow = 0
        for name, fn, describe in queries(store):
            median, worst, result = _time(fn, args.repeat, not args.cold)
            slow += worst >= LIMIT
            print(f"{name:36} {median:9.3f} {worst:7.3f}  {describe(result)}", flush=True)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
