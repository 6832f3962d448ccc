"""Crash consistency: `accord ingest` of 500 articles killed with SIGKILL at random moments.

    .venv/bin/python bench/crash.py                                          # SQLite
    .venv/bin/python bench/crash.py --db /tmp/c.db --db "$(bash .ci/postgres.sh)"   # both
    .venv/bin/python bench/crash.py --articles 100 --kills 5                 # quicker

A reference ingest of the corpus (bench/corpus.py: 500 articles, cut to their first `--words`
words so that a run takes minutes, not an hour, on this machine) into its own SQLite file gives
each article's events, quotes and mentions. Then the same `accord ingest` command runs against
each database under test and is killed (SIGKILL, no chance to clean up) at a random moment while
it stores articles (0-2 s after its first new article, or at start-up for a tenth of the kills),
`--kills` times in a row, each run taking up where the stored articles end; a last run completes. After
every kill the database must pass its integrity check (SQLite's `PRAGMA integrity_check`) and
every stored article must be whole (its events, quotes and mentions as in the reference); the
last run must store exactly the articles still missing. The figure: kills, articles lost,
articles duplicated, half-stored articles seen.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus, write_corpus

from accord.store import Store, schema

ACCORD = str(Path(sys.executable).with_name("accord"))


def stored_count(db: str) -> int:
    try:
        with Store(db) as store, store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(schema.articles)).scalar_one())
    except Exception:  # the schema is being created by the run under test
        return -1


def ingest(corpus: Path, db: str, *, kill: tuple[bool, float] | None = None) -> dict[str, int] | bool | None:
    """Run `accord ingest`; with `kill` = (at start-up, delay), SIGKILL it `delay` seconds after
    it starts, or after it stores its first new article. Without, let it finish: its summary."""
    command = [ACCORD, "ingest", str(corpus), "--db", db, "--json"]
    if kill is None:
        out = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    at_start, delay = kill
    before = stored_count(db)
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not at_start and proc.poll() is None and stored_count(db) <= before:
        time.sleep(0.1)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True  # killed while it ran
    return False  # it had finished: not a trial


def per_article(db: str) -> dict[str, tuple[int, int, int]]:
    """content hash -> (events, quotes, mentions) of every stored article."""
    a = schema.articles
    with Store(db) as store, store.engine.connect() as conn:
        def count(table: object) -> dict[str, int]:
            t = table  # type: ignore[assignment]
            return dict(conn.execute(select(t.c.article_id, func.count()).group_by(t.c.article_id)).all())  # type: ignore[attr-defined]
        ev, qu, me = count(schema.events), count(schema.quotes), count(schema.mentions)
        return {h: (ev.get(i, 0), qu.get(i, 0), me.get(i, 0)) for i, h in conn.execute(select(a.c.id, a.c.content_hash))}


def integrity(db: str) -> bool:
    with Store(db) as store, store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            return conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        return conn.execute(text("SELECT 1")).scalar() == 1  # PostgreSQL recovers by its WAL: it answers


def fresh(db: str) -> None:
    if "://" not in db:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    else:
        with Store(db) as store:
            schema.metadata.drop_all(store.engine)
            with store.engine.begin() as conn:
                conn.execute(text("DROP TABLE IF EXISTS quotes_fts"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", action="append", help="SQLite path or database URL (repeatable)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="accord-crash-"))
    articles = make_corpus(args.articles)
    for article in articles:
        article["text"] = " ".join(article["text"].split(" ")[:args.words])
    corpus = write_corpus(articles, work / "corpus.jsonl")
    reference_db = str(work / "reference.db")
    started = time.perf_counter()
    ingest(corpus, reference_db)
    reference = per_article(reference_db)
    full = time.perf_counter() - started
    print(f"reference: {len(reference)} articles stored in {full:.0f} s")
    failed = False
    for db in args.db or [str(Path(tempfile.gettempdir()) / "accord-crash.db")]:
        failed |= trial(corpus, db, reference, args.kills, random.Random(args.seed))
    return 1 if failed else 0


def trial(corpus: Path, db: str, reference: dict[str, tuple[int, int, int]], kills: int, rng: random.Random) -> bool:
    """Kill, check, repeat; then complete. True when anything was lost, torn or duplicated."""
    fresh(db)
    torn = broken = kill = 0
    while kill < kills:
        at_start, delay = rng.random() < 0.1, rng.uniform(0.0, 2.0)
        if not ingest(corpus, db, kill=(at_start, delay)):
            print("the run finished before the kill: the corpus is too small for this many kills")
            break
        kill += 1
        stored = per_article(db)
        ok = integrity(db)
        broken += not ok
        half = [h for h, counts in stored.items() if counts != reference.get(h)]
        torn += len(half)
        print(f"kill {kill:2d} {'at start-up' if at_start else 'mid-batch  '} +{delay:4.1f} s: {len(stored):3d} stored, "
              f"integrity {'ok' if ok else 'FAILED'}, {len(half)} incomplete", flush=True)
    before = len(per_article(db))
    summary = ingest(corpus, db)
    assert isinstance(summary, dict)
    after = per_article(db)
    rows = stored_count(db)
    lost = len(set(reference) - set(after))
    duplicated = rows - len(after) + sum(1 for h in after if h not in reference)
    exact_rest = summary["new"] == len(reference) - before
    with Store(db) as store:
        dialect = store.engine.dialect.name
    print(f"{dialect}: {kills} kills, integrity failures {broken}, incomplete articles seen {torn}; "
          f"last run stored {summary['new']} of the {len(reference) - before} missing "
          f"({'exactly the rest' if exact_rest else 'NOT the rest'}); lost {lost}, duplicated {duplicated}\n", flush=True)
    return bool(broken or torn or lost or duplicated or not exact_rest)

if __name__ == "__main__":
    sys.exit(main())
