"""Concurrent writers: 2 and 4 `accord ingest` processes on overlapping inputs into one database,
with `accord serve` answering a reader throughout.

    .venv/bin/python bench/concurrency.py                                        # SQLite
    .venv/bin/python bench/concurrency.py --db /tmp/w.db --db "$(bash .ci/postgres.sh)"

The corpus (bench/corpus.py, `--articles` articles cut to `--words` words) is split into as many
files as there are writers; writer k ingests files k and k+1, so every article is given to two
writers at once. The figure per run: articles, stored rows, duplicates, writer failures (a
non-zero exit or "database is locked", "UNIQUE", "IntegrityError", "Traceback" on its stderr),
and the reader's requests, failures and slowest answer while the writers ran.
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus, write_corpus

from accord.store import Store, schema

BIN = Path(sys.executable).parent
FAILURE = re.compile(r"database is locked|UNIQUE|IntegrityError|UniqueViolation|Traceback", re.I)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fresh(db: str) -> None:
    if "://" not in db:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
        return
    with Store(db) as store:
        schema.metadata.drop_all(store.engine)
        with store.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS quotes_fts"))


class Reader(threading.Thread):
    """Polls the server's stats and newest events until stopped; records every answer."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base, self.stop, self.latencies, self.failures = base, threading.Event(), [], 0

    def run(self) -> None:
        paths = ["/api/stats", "/api/events?limit=5", "/api/articles?limit=5"]
        n = 0
        while not self.stop.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.base + paths[n % len(paths)], timeout=30) as response:
                    json.load(response)
                    ok = response.status == 200
            except Exception:
                ok = False
            self.latencies.append(time.perf_counter() - started)
            self.failures += not ok
            n += 1
            time.sleep(0.1)


def run(db: str, files: list[Path], writers: int, articles: int) -> bool:
    fresh(db)
    Store(db).close()  # the server needs the tables; the writers race on everything else
    port = free_port()
    server = subprocess.Popen([str(BIN / "accord"), "serve", "--db", db, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    reader = Reader(base)
    reader.start()
    started = time.perf_counter()
    procs = [subprocess.Popen([str(BIN / "accord"), "ingest", str(files[k % len(files)]), str(files[(k + 1) % len(files)]),
                               "--db", db, "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(writers)]
    outputs = [p.communicate() for p in procs]
    seconds = time.perf_counter() - started
    reader.stop.set()
    reader.join()
    server.terminate()
    server.wait(timeout=30)
    failed = sum(1 for p, (_, err) in zip(procs, outputs) if p.returncode != 0 or FAILURE.search(err))
    new = sum(json.loads(out.strip().splitlines()[-1])["new"] for p, (out, _) in zip(procs, outputs) if out.strip())
    with Store(db) as store, store.engine.connect() as conn:
        rows = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
        distinct = conn.execute(select(func.count(func.distinct(schema.articles.c.content_hash)))).scalar_one()
        dialect = store.engine.dialect.name
    lat = sorted(reader.latencies)
    print(f"{dialect:10} {writers} writers {seconds:6.0f} s: {articles} articles, {rows} stored, "
          f"{rows - distinct} duplicated, {new} reported new, {failed} writers failed; reader "
          f"{len(lat)} requests, {reader.failures} failed, slowest {lat[-1] if lat else 0:.2f} s", flush=True)
    return failed == 0 and rows == articles == distinct == new and reader.failures == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", action="append", help="SQLite path or database URL (repeatable)")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--words", type=int, default=120)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="accord-writers-"))
    corpus = make_corpus(args.articles)
    for article in corpus:
        article["text"] = " ".join(article["text"].split(" ")[:args.words])
    ok = True
    for db in args.db or [str(work / "shared.db")]:
        for writers in (2, 4):
            size = -(-len(corpus) // writers)
            files = [write_corpus(corpus[i * size:(i + 1) * size], work / f"part-{writers}-{i}.jsonl") for i in range(writers)]
            ok &= run(db, files, writers, len(corpus))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
