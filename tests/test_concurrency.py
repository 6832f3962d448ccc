"""Writers sharing one database (SQLite file or PostgreSQL): each article stored once, no lock or
unique-key error reaching the caller, readers answering meanwhile, a killed writer leaving only
whole articles. Volume runs with real `accord ingest` processes are bench/concurrency.py and
bench/crash.py; these are the small, exact versions."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from databases import fresh_database
from sqlalchemy import func, select, text

from accord.model import Actor, Analysis, Article, Event, Mention, Participant, Quote, SentenceRef, TextSpan
from accord.pipeline import content_hash
from accord.store import Store, schema
from accord.store.queries import Filters, counts, list_events

COUNTRIES = [("FRA", "France"), ("DEU", "Germany"), ("ITA", "Italy"), ("ESP", "Spain"), ("POL", "Poland"),
             ("SWE", "Sweden"), ("NOR", "Norway"), ("FIN", "Finland")]


def article_analysis(n: int) -> Analysis:
    """A small whole analysis: two mentions, one event, one quote; text unique to `n`."""
    (a, a_name), (b, b_name) = COUNTRIES[n % 8], COUNTRIES[(n + 3) % 8]
    first = f"{a_name} and {b_name} agreed on a grain corridor in round {n} of the talks."
    said = f"We will keep the corridor open through winter {n},"
    body = f'{first} "{said}" the {a_name} minister said.'
    actors = [Actor(a, a_name, "state", a), Actor(b, b_name, "state", b),
              Actor(f"person:minister-{n % 5}", f"Minister {n % 5}", "person", a, "GOV", "Minister")]
    b_at = len(a_name) + 5
    event = Event(id="e1", type="AGREE", mode=None, contexts=["economic"],
                  source=[Participant(a, a_name, 0, len(a_name))], target=[Participant(b, b_name, b_at, b_at + len(b_name))],
                  date="2025-03-0" + str(1 + n % 9), date_precision="day", status="occurred", location=None,
                  trigger=TextSpan("agreed", first.index("agreed"), first.index("agreed") + 6),
                  sentence=SentenceRef(0, 0, len(first)), confidence=0.8, cameo="057", quad_class=1,
                  goldstein=4.0, plover_score=2.5, reciprocal=True)
    q_start = body.index(said)
    quote = Quote("direct", said, q_start, q_start + len(said), "said",
                  Participant(f"person:minister-{n % 5}", "minister", len(body) - 14, len(body) - 6))
    mentions = [Mention(a, a_name, 0, len(a_name), 0, "gazetteer"), Mention(b, b_name, b_at, b_at + len(b_name), 0, "gazetteer")]
    return Analysis(Article(f"talks-{n}", body, title=f"Round {n}"), actors, mentions, [event], [quote])


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    return fresh_database(request.param, tmp_path / "shared.db")


def test_a_writer_that_loses_the_race_reports_a_duplicate_and_readers_keep_answering(db_url):
    analysis = article_analysis(1)
    with Store(db_url) as first, Store(db_url) as second:
        added: dict[str, object] = {}
        with first.engine.begin() as conn:  # another process is storing the same article right now
            first._write(conn, analysis.article.id, content_hash(analysis.article.text), analysis)
            racer = threading.Thread(target=lambda: added.update(result=second.add(analysis)))
            racer.start()
            time.sleep(0.4)  # the racer has checked (not stored yet) and waits on the writer's lock
            started = time.perf_counter()
            assert counts(second)["articles"] == 0  # a reader is not blocked by the open write
            assert list_events(second, Filters()) == []
            assert time.perf_counter() - started < 2
        racer.join(timeout=30)
        assert not racer.is_alive()
        assert added["result"].status == "duplicate"  # type: ignore[attr-defined]
        assert counts(second) == {"articles": 1, "events": 1, "quotes": 1, "actors": 3}


def _write_all(url: str, numbers: list[int], errors: multiprocessing.Queue) -> None:
    try:
        with Store(url) as store:
            for n in numbers:
                store.add(article_analysis(n))
    except Exception as exc:  # reported to the test, which fails on any
        errors.put(f"{type(exc).__name__}: {exc}")


def test_four_writers_with_overlapping_inputs_store_each_article_once(db_url):
    if db_url.endswith(".db"):
        Path(db_url).unlink(missing_ok=True)  # the four create the database together
    ctx = multiprocessing.get_context("fork")
    errors = ctx.Queue()
    inputs = [list(range(start, start + 30)) for start in (0, 10, 20, 0)]  # half of each shared
    writers = [ctx.Process(target=_write_all, args=(db_url, numbers, errors)) for numbers in inputs]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    failures = [errors.get() for _ in range(errors.qsize())] if not errors.empty() else []
    assert failures == []
    assert all(w.exitcode == 0 for w in writers)
    with Store(db_url) as store, store.engine.connect() as conn:
        assert counts(store)["articles"] == 50
        assert conn.execute(select(func.count(func.distinct(schema.articles.c.content_hash)))).scalar() == 50
        assert counts(store)["events"] == 50 and counts(store)["quotes"] == 50
        assert conn.execute(select(func.count()).select_from(schema.mentions)).scalar() == 100


WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    from test_concurrency import article_analysis
    from accord.store import Store
    with Store({url!r}) as store:
        for n in range(200):
            store.add(article_analysis(n))
            print(n, flush=True)
""")


def test_a_killed_writer_leaves_whole_articles_and_a_rerun_stores_exactly_the_rest(db_url):
    script = WRITER.format(tests=str(Path(__file__).parent), url=db_url)
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    for _ in range(15):  # let it store some articles, then kill it mid-stream
        writer.stdout.readline()
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait(timeout=10)
    with Store(db_url) as store, store.engine.connect() as conn:
        if store.engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        stored = counts(store)["articles"]
        assert 15 <= stored < 200
        for table, per_article in ((schema.events, 1), (schema.quotes, 1), (schema.mentions, 2)):
            per = dict(conn.execute(select(table.c.article_id, func.count()).group_by(table.c.article_id)).all())
            assert len(per) == stored and set(per.values()) == {per_article}, table.name  # no half article
        added = [store.add(article_analysis(n)).status for n in range(200)]
        assert added.count("new") == 200 - stored and added.count("duplicate") == stored
        assert counts(store)["articles"] == 200
