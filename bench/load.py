"""`accord serve` under load: 5,000 requests from 50 concurrent clients, loopback only.

    .venv/bin/python bench/load.py                                   # SQLite, /tmp/accord-100k.db
    .venv/bin/python bench/load.py --db "$(bash .ci/postgres.sh)"
    .venv/bin/python bench/load.py --requests 500 --clients 10

The database holds `--events` synthetic events (bench/synth.py; filled once and reused). The
server runs as users start it (`accord serve`, one uvicorn process) on a free 127.0.0.1 port;
the clients are threads of this script sending a fixed, seeded mix: listings with random pages
and filters, article pages, dyads, the network and shift alerts now and then, and bad
parameters (answered 422) and unknown paths (404). Bounded: `--requests` in all, each with a
60 s timeout, the run stopped after `--deadline` seconds. The figure: requests, answers by
status class, 5xx (must be 0), transport errors, and latency p50/p95/p99 overall and per kind.
"""

from __future__ import annotations

import argparse
import http.client
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import COUNTRIES, fill

from accord.store import Store
from accord.store.queries import counts

BIN = Path(sys.executable).parent
HOST = "127.0.0.1"  # loopback only


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def request_mix(rng: random.Random, n: int, articles: int) -> list[tuple[str, str]]:
    """(kind, path) for `n` requests, in a seeded order."""
    def country() -> str:
        return rng.choice(COUNTRIES[:20])

    kinds = [
        ("events page", 30, lambda: f"/api/events?limit=50&offset={rng.randrange(0, 5000)}"),
        ("events filtered", 15, lambda: f"/api/events?type={rng.choice(['AGREE', 'ACCUSE', 'AID'])}"
                                        f"&since=20{rng.randint(16, 25)}-01-01&limit=100"),
        ("events of a dyad", 8, lambda: f"/api/events?dyad={country()},{country()}&limit=20"),
        ("articles", 10, lambda: f"/api/articles?limit=50&offset={rng.randrange(0, 5000)}"),
        ("article", 10, lambda: f"/api/articles/syn-{rng.randrange(articles):07d}"),
        ("actors", 5, lambda: "/api/actors?limit=20"),
        ("stats", 5, lambda: "/api/stats"),
        ("dyad series", 8, lambda: f"/api/dyad/{country()}/{country()}?by=quarter&since=2022-01-01"),
        ("network", 1, lambda: "/api/network?since=2024-06-01"),
        ("shifts", 1, lambda: "/api/shifts?window=30d&baseline=180d"),
        ("bad parameter", 5, lambda: rng.choice(["/api/events?since=2025-13-01", "/api/events?type=PARTY",
                                                 "/api/events?limit=100000", "/api/shifts?window=forever"])),
        ("unknown path", 2, lambda: "/api/nothing-here"),
    ]
    weights = [k[1] for k in kinds]
    chosen = rng.choices(kinds, weights, k=n)
    return [(name, make()) for name, _, make in chosen]


def client(port: int, work: list[tuple[str, str]], lock: threading.Lock, out: list[tuple[str, int, float]],
           deadline: float) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    while time.monotonic() < deadline:
        with lock:
            if not work:
                break
            kind, path = work.pop()
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers={"accept": "application/json"})
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0  # transport error
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=60)
        out.append((kind, status, time.perf_counter() - started))
    conn.close()


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else (values or [0])[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/accord-100k.db")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--deadline", type=float, default=1800)
    args = parser.parse_args()
    with Store(args.db) as store:
        if counts(store)["events"] == 0:
            fill(store, args.events)
        stored = counts(store)
    print(f"{stored['events']:,} events, {stored['articles']:,} articles in {args.db}")
    port = free_port()
    server = subprocess.Popen([str(BIN / "accord"), "serve", "--db", args.db, "--host", HOST, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            try:
                socket.create_connection((HOST, port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        work = request_mix(random.Random(15), args.requests, stored["articles"])
        lock, out = threading.Lock(), []  # type: ignore[var-annotated]
        deadline = time.monotonic() + args.deadline
        started = time.perf_counter()
        threads = [threading.Thread(target=client, args=(port, work, lock, out, deadline)) for _ in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        seconds = time.perf_counter() - started
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
    classes = Counter(f"{s // 100}xx" if s else "transport error" for _, s, _ in out)
    latencies = [t for _, _, t in out]
    server_errors = sum(1 for _, s, _ in out if s >= 500)
    print(f"{len(out)} requests, {args.clients} clients, {seconds:.0f} s ({len(out) / seconds:.0f} req/s); "
          f"answers {dict(sorted(classes.items()))}; 5xx {server_errors}")
    print(f"latency p50 {pct(latencies, 50) * 1000:.0f} ms, p95 {pct(latencies, 95) * 1000:.0f} ms, "
          f"p99 {pct(latencies, 99) * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms")
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, _, t in out:
        by_kind[kind].append(t)
    print(f"{'kind':18} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind, times in sorted(by_kind.items()):
        print(f"{kind:18} {len(times):5d} {pct(times, 50) * 1000:8.0f} {pct(times, 95) * 1000:8.0f} {pct(times, 99) * 1000:8.0f}")
    if server_errors:
        print(log[-3000:])
    return 1 if server_errors or classes.get("transport error") or len(out) < args.requests else 0


if __name__ == "__main__":
    sys.exit(main())
