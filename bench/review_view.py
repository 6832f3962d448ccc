"""What the reviewed view costs: the same queries as coded and as reviewed, on a large store.

    .venv/bin/python bench/review_view.py                   # 200,000 events, 1% of them reviewed
    .venv/bin/python bench/review_view.py --events 50000 --reviewed 0.05

Fills a temporary SQLite store with generated rows (bulk inserts, no parsing: the rows only need
the shape of real ones), reviews a share of the events (a third each correct, corrected, not an
event, through `review_event`), then times each reader both ways, best of three runs.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from accord import relations
from accord.store import Store, pairs, schema
from accord.store.queries import Filters, counts, list_events
from accord.store.reviews import Correction, review_event

STATES = ["CAN", "USA", "MEX", "FRA", "DEU", "GBR", "RUS", "UKR", "CHN", "JPN", "IND", "BRA", "TUR", "SYR"]
TYPES = [("AGREE", 1), ("CONSULT", 1), ("SUPPORT", 2), ("ACCUSE", 3), ("THREATEN", 3), ("SANCTION", 4)]


def fill(store: Store, n_events: int, per_article: int = 10, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    ids = []
    with store.engine.begin() as conn:
        conn.execute(insert(schema.actors), [{"id": s, "name": s, "kind": "state", "country": s} for s in STATES])
        for a in range(n_events // per_article):
            article_id = f"bench-{a}"
            day = start + timedelta(days=rng.randrange(700))
            text = "Canada accused the United States of breaking the deal. " * per_article
            conn.execute(insert(schema.articles).values(
                id=article_id, content_hash=f"{a:016x}", title="bench", source="Wire", published=day, text=text,
                ingested_at=datetime(2025, 1, 1), story_id=article_id))
            events, parts = [], []
            for e in range(per_article):
                kind, quad = rng.choice(TYPES)
                src, tgt = rng.sample(STATES, 2)
                event_id = f"{article_id}:e{e}"
                ids.append(event_id)
                off = 56 * e
                events.append({"id": event_id, "article_id": article_id, "fusion_key": f"{kind}{src}{tgt}{day}",
                               "type": kind, "mode": None, "contexts": "", "date": day.isoformat(), "day": day,
                               "date_precision": "day", "status": "occurred", "trigger_text": "accused",
                               "trigger_start": off + 7, "trigger_end": off + 14, "sentence_index": e,
                               "sentence_start": off, "sentence_end": off + 55, "confidence": rng.random(),
                               "quad_class": quad, "goldstein": -2.0, "plover_score": -2.0, "reciprocal": False,
                               "evidence_count": 1, "source_code": src, "target_code": tgt})
                for role, code, pos in (("source", src, 0), ("target", tgt, 11)):
                    parts.append({"event_id": event_id, "role": role, "position": 0, "actor_id": code,
                                  "country": code, "text": code, "start": off + pos, "end": off + pos + 6})
            conn.execute(insert(schema.events), events)
            conn.execute(insert(schema.event_participants), parts)
        pairs.rebuild(conn)  # the fused pairs that written articles get in their own transaction
    return ids


def best(fn: Callable[[bool], Any], as_coded: bool, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn(as_coded)
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--reviewed", type=float, default=0.01, help="share of the events reviewed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        t = time.perf_counter()
        ids = fill(store, args.events)
        print(f"filled {len(ids):,} events in {time.perf_counter() - t:.1f} s")
        rng = random.Random(11)
        chosen = rng.sample(ids, int(len(ids) * args.reviewed))
        t = time.perf_counter()
        for n, event_id in enumerate(chosen):
            if n % 3 == 0:
                review_event(store, event_id, verdict="correct", reviewer="bench")
            elif n % 3 == 1:
                review_event(store, event_id, verdict="wrong", fix=Correction(target=["TUR"]), reviewer="bench")
            else:
                review_event(store, event_id, verdict="wrong", reviewer="bench")
        print(f"reviewed {len(chosen):,} events in {time.perf_counter() - t:.1f} s "
              f"({(time.perf_counter() - t) / max(len(chosen), 1) * 1000:.1f} ms each)")
        readers: dict[str, Callable[[bool], Any]] = {
            "accord events (latest 50)": lambda c: list_events(store, Filters(limit=50, as_coded=c)),
            "accord events --type SANCTION": lambda c: list_events(store, Filters(type="SANCTION", limit=50, as_coded=c)),
            "accord events --dyad CAN USA": lambda c: list_events(store, Filters(dyad=("CAN", "USA"), limit=50, as_coded=c)),
            "accord events --fused (50)": lambda c: list_events(store, Filters(fused=True, limit=50, as_coded=c)),
            "accord dyad CAN USA": lambda c: relations.dyad(store, "CAN", "USA", as_coded=c),
            "accord shifts": lambda c: relations.shifts(store, window=timedelta(days=30), baseline=timedelta(days=180),
                                                        as_coded=c),
        }
        print(f"{'reader':34} {'as coded':>10} {'reviewed':>10}")
        for name, reader in readers.items():
            print(f"{name:34} {best(reader, True):>9.3f}s {best(reader, False):>9.3f}s")
        print(f"{'stats (counts)':34} {'':>10} {best(lambda _: counts(store), False):>9.3f}s")


if __name__ == "__main__":
    main()
