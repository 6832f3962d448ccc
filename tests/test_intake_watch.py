"""`accord watch` end to end against a local news site: feeds in three formats, resume after
kill -9, nothing stored twice, the same wire story from two outlets as one story, failing
sources and pages, the sources file, the CLI, the dashboard and the API.

spaCy loads once (the session's `nlp` fixture; the CLI finds the same cached model).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from dataclasses import replace

import pytest
from databases import fresh_database
from fastapi.testclient import TestClient
from liveserver import live_server
from newsserver import STORIES, WIRE, NewsServer, atom, page_html, rss1, rss2, wire_copy
from sqlalchemy import func, select, update
from test_dashboard import chromium, needs_chromium
from typer.testing import CliRunner

from accord.cli import app
from accord.errors import AccordError
from accord.intake import state
from accord.intake.settings import Politeness
from accord.intake.sourcefile import read_sources, sync_sources
from accord.intake.watch import Watcher
from accord.server import create_app
from accord.store import Store, schema

pytestmark = pytest.mark.slow
FAST = Politeness(delay=0.0, backoff=0.01, timeout=3.0, allow_private=True)
FORMATS = {"rss2": (rss2, "application/rss+xml"), "atom": (atom, "application/atom+xml"),
           "rss1": (rss1, "application/rdf+xml")}


@pytest.fixture
def site():
    with NewsServer() as server:
        yield server


def publish(site: NewsServer, path: str, fmt: str, title: str, stories, version: str = "v1") -> str:
    """Article pages for `stories` and a feed at `path` listing them (with validators)."""
    items = [(s, site.add(f"/news/{s.slug}.html", page_html(s))) for s in stories]
    render, content_type = FORMATS[fmt]
    return site.add(path, render(title, items), content_type=content_type, etag=f'"{path}-{version}"',
                    last_modified="Sat, 08 Mar 2025 10:00:00 GMT")


def articles(store: Store) -> list:
    with store.engine.connect() as conn:
        return list(conn.execute(select(schema.articles).order_by(schema.articles.c.title)))


def entries(store: Store) -> list:
    with store.engine.connect() as conn:
        return list(conn.execute(select(schema.intake_entries).order_by(schema.intake_entries.c.id)))


def page_hits(site: NewsServer) -> int:
    return sum(1 for r in site.requests if r.path.startswith("/news/"))


def test_two_feeds_once_then_only_conditional_requests(site, nlp, tmp_path):
    """The issue's "done when": add two feeds, `watch --once` stores their articles, a second
    `--once` stores nothing and makes only conditional requests, the dashboard lists both."""
    db = str(tmp_path / "watch.db")
    rss = publish(site, "/world.rss", "rss2", "Test World", STORIES[:2])
    feed = publish(site, "/business.atom", "atom", "Test Business", STORIES[2:])
    runner = CliRunner()
    for url, name in ((rss, "Test World"), (feed, "Test Business")):
        added = runner.invoke(app, ["sources", "add", url, "--name", name, "--every", "5m", "--db", db])
        assert added.exit_code == 0, added.output
    first = runner.invoke(app, ["watch", "--once", "--allow-private", "--delay", "0", "--db", db])
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        stored = articles(store)
    assert sorted(a.title for a in stored) == sorted(s.title for s in STORIES)
    assert {a.source for a in stored} == {"Test World", "Test Business"}
    fetched_pages = page_hits(site)
    assert fetched_pages == len(STORIES)

    with Store(db) as store:  # make both sources due again without waiting five minutes
        with store.engine.begin() as conn:
            conn.execute(update(schema.intake_sources).values(next_due=None))
    before = len(site.requests)
    second = runner.invoke(app, ["watch", "--once", "--allow-private", "--delay", "0", "--db", db, "--log-json"])
    assert second.exit_code == 0, second.output
    lines = [json.loads(line) for line in second.output.splitlines() if line.startswith("{")]
    assert [e["status"] for e in lines if e["event"] == "feed"] == [304, 304]
    assert lines[-1]["event"] == "done" and lines[-1]["stored"] == 0
    for path in ("/world.rss", "/business.atom"):
        last = site.hits(path)[-1]
        assert last.headers["if-none-match"] == f'"{path}-v1"'
        assert last.headers["if-modified-since"] == "Sat, 08 Mar 2025 10:00:00 GMT"
    assert page_hits(site) == fetched_pages
    later = site.requests[before:]  # robots.txt too was remembered from the first run
    assert len(later) == 2 and all("if-none-match" in r.headers for r in later)
    with Store(db) as store:
        assert len(articles(store)) == len(STORIES)

    listed = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)
    assert [(s["name"], s["articles"], s["last_status"], s["health"]) for s in listed] == [
        ("Test World", 2, 304, "ok"), ("Test Business", 2, 304, "ok")]
    with TestClient(create_app(db)) as client:
        html = client.get("/sources").text
        api = client.get("/api/sources").json()
    assert "Test World" in html and "Test Business" in html and ">2<" in html
    assert [s["name"] for s in api] == ["Test World", "Test Business"]


def test_rss1_feed_with_metadata_from_feed_and_page(site, nlp, any_store):
    publish(site, "/digest.rdf", "rss1", "Test Digest", STORIES[:1])
    with any_store as store:
        state.add_source(store, site.url("/digest.rdf"))
        report = Watcher(store, FAST, nlp=nlp).round()
        (stored,) = articles(store)
        (source,) = state.list_sources(store)
    assert (report.polled, report.new_entries, report.stored) == (1, 1, 1)
    assert source["name"] == "Test Digest"  # added without a name: the feed's title
    assert stored.title == STORIES[0].title  # from the feed
    assert stored.author == STORIES[0].author  # RSS 1.0 names none: from the page
    assert stored.source == "Test Digest" and str(stored.published) == STORIES[0].published
    assert stored.url == site.url(f"/news/{STORIES[0].slug}.html")
    assert "joint naval exercises" in stored.text


def test_an_entry_without_a_link_is_stored_from_the_feed_text(site, nlp, tmp_path):
    story = STORIES[3]
    content = "".join(f"&lt;p&gt;{p}&lt;/p&gt;" for p in story.paragraphs)
    site.add("/full.atom", f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Full Text</title><id>urn:full</id><updated>2025-03-07T10:00:00Z</updated>
<entry><title>{story.title}</title><id>urn:full:1</id><updated>2025-03-07T09:00:00Z</updated>
<content type="html">{content}</content></entry></feed>""", content_type="application/atom+xml")
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/full.atom"))
        report = Watcher(store, FAST, nlp=nlp).round()
        assert report.stored == 1, entries(store)[0].last_error
        (stored,) = articles(store)
    assert "high-voltage power line" in stored.text and page_hits(site) == 0


def test_the_same_wire_story_from_two_feeds_is_one_story(site, nlp, tmp_path):
    publish(site, "/a.rss", "rss2", "Outlet A", [wire_copy("a", "BRASILIA (Outlet A) —", drop_last=False)])
    publish(site, "/b.atom", "atom", "Outlet B", [wire_copy("b", "SAO PAULO, March 8 (Outlet B) —", drop_last=True)])
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/a.rss"))
        state.add_source(store, site.url("/b.atom"))
        report = Watcher(store, FAST, nlp=nlp).round()
        stored = articles(store)
        with store.engine.connect() as conn:
            keys = [set(conn.execute(select(schema.events.c.fusion_key).where(schema.events.c.article_id == a.id))
                        .scalars()) for a in stored]
    assert report.stored == 2 and len(stored) == 2
    assert stored[0].story_id == stored[1].story_id  # one story, two outlets
    assert keys[0] & keys[1], "the reports' events share a fusion key: they fuse into one event"
    assert WIRE.paragraphs[1][:40] in stored[0].text


def test_kill_9_in_the_middle_of_a_round_then_resume(site, nlp, tmp_path):
    """A real process is killed with SIGKILL while it stores a round; the next round stores every
    article exactly once."""
    stories = [*STORIES, wire_copy("c", "RIO DE JANEIRO —", drop_last=False)]
    publish(site, "/all.rss", "rss2", "Everything", stories)
    held = site.routes[f"/news/{stories[-1].slug}.html"]
    held.gate = threading.Event()  # the last page hangs until the process is dead
    db = tmp_path / "w.db"
    with Store(db) as store:
        state.add_source(store, site.url("/all.rss"))
    settings = replace(FAST, per_host=2)

    pid = os.fork()
    if pid == 0:  # the watcher process: same loaded model, its own database connection
        try:
            with Store(db) as store:
                Watcher(store, settings, nlp=nlp).round()
        finally:
            os._exit(0)
    try:
        deadline = time.monotonic() + 60
        with Store(db) as store:
            while len(articles(store)) < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
        assert site.arrived[f"/news/{stories[-1].slug}.html"].wait(30)
    finally:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    held.gate.set()

    with Store(db) as store:
        before = len(articles(store))
        left = [e.state for e in entries(store)]
        assert 2 <= before < len(stories) and {"pending", "fetched"} & set(left)
        report = Watcher(store, settings, nlp=nlp).round()
        stored = articles(store)
        finished = entries(store)
    assert sorted(a.title for a in stored) == sorted(s.title for s in stories)  # none missing, none twice
    assert report.stored == len(stories) - before
    assert {e.state for e in finished} == {"done"}
    assert sorted(e.article_id for e in finished) == sorted(a.id for a in stored)


def test_a_crash_between_storing_and_marking_done_stores_nothing_twice(site, nlp, tmp_path):
    publish(site, "/w.rss", "rss2", "W", STORIES[:1])
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/w.rss"))
        Watcher(store, FAST, nlp=nlp).round()
        (entry,) = entries(store)
        with store.engine.begin() as conn:  # as if killed right after Store.add committed
            conn.execute(update(schema.intake_entries).values(state="fetched", body=page_html(STORIES[0]),
                                                              final_url=entry.url, article_id=None))
        report = Watcher(store, FAST, nlp=nlp).round()
        assert (report.stored, report.duplicates) == (0, 1)
        assert len(articles(store)) == 1 and entries(store)[0].article_id == articles(store)[0].id


def test_a_feed_that_turns_malformed_is_backed_off_and_reported(site, nlp, tmp_path):
    publish(site, "/w.rss", "rss2", "W", STORIES[:1])
    with Store(tmp_path / "w.db") as store:
        source = state.add_source(store, site.url("/w.rss"), every=__import__("datetime").timedelta(minutes=5))
        Watcher(store, FAST, nlp=nlp).round()
        site.add("/w.rss", "<?xml version='1.0'?><rss version='2.0'><channel><title>W</ti", content_type="application/rss+xml")
        for streak in (1, 2):
            with store.engine.begin() as conn:
                conn.execute(update(schema.intake_sources).values(next_due=None))
            started = state.utcnow()
            report = Watcher(store, FAST, nlp=nlp).round()
            (row,) = state.list_sources(store)
            assert report.source_errors == 1 and row["error_streak"] == streak
            assert row["health"] == f"failing ({streak} in a row)" and "cannot be read" in row["last_error"]
            assert (row["next_due"] - started).total_seconds() >= 300 * 2 ** (streak - 1) - 1
        assert row["articles"] == 1 and len(articles(store)) == 1  # what was stored stays
    assert source["every_seconds"] == 300


def test_failing_pages_do_not_fail_their_source(site, nlp, tmp_path):
    from newsserver import Route

    good, gone, blocked, flaky = STORIES
    publish(site, "/w.rss", "rss2", "W", [good, gone, blocked, flaky])
    site.add(f"/news/{gone.slug}.html", "gone", status=404, content_type="text/plain")
    site.routes[f"/news/{flaky.slug}.html"].first = [Route(b"", status=503) for _ in range(3)]
    site.add("/robots.txt", f"User-agent: *\nDisallow: /news/{blocked.slug}\n", content_type="text/plain")
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/w.rss"))
        report = Watcher(store, replace(FAST, retries=1), nlp=nlp).round()
        by_url = {e.url.rsplit("/", 1)[1]: e for e in entries(store)}
        (row,) = state.list_sources(store)
    assert (report.stored, report.failed, report.retry_later) == (1, 2, 1)
    assert by_url[f"{gone.slug}.html"].state == "failed" and "404" in by_url[f"{gone.slug}.html"].last_error
    assert by_url[f"{blocked.slug}.html"].state == "failed"
    assert "robots.txt" in by_url[f"{blocked.slug}.html"].last_error
    assert by_url[f"{flaky.slug}.html"].state == "pending" and by_url[f"{flaky.slug}.html"].next_try is not None
    assert site.hits(f"/news/{blocked.slug}.html") == []
    assert row["health"] == "ok" and row["queued"] == 1 and row["failed"] == 2


def test_sigterm_finishes_the_article_in_hand_and_exits(site, nlp, tmp_path):
    from accord.cli.watch import _Log, _stop_on_signals

    publish(site, "/w.rss", "rss2", "W", STORIES)
    db = tmp_path / "w.db"
    with Store(db) as store:
        state.add_source(store, site.url("/w.rss"))
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            stop = threading.Event()
            with Store(db) as store, _stop_on_signals(stop, _Log(as_json=True)):
                Watcher(store, replace(FAST, delay=0.5, per_host=1), nlp=nlp, stop=stop).run()
            code = 0
        finally:
            os._exit(code)
    with Store(db) as store:
        deadline = time.monotonic() + 60
        while not articles(store) and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(pid, signal.SIGTERM)
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        stored = {a.id for a in articles(store)}
        done = {e.article_id for e in entries(store) if e.state == "done"}
    assert stored and stored == done and len(stored) < len(STORIES)


def test_a_sources_file_is_followed_exactly(site, tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(f"""
[politeness]
delay = 2
[[source]]
url = "{site.url('/a.rss')}"
name = "A"
every = "15m"
[[source]]
url = "{site.url('/b.rss')}"
""", encoding="utf-8")
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/by-hand.rss"), name="by hand")
        specs, settings = read_sources(path)
        assert settings.delay == 2.0 and [s.every.total_seconds() for s in specs] == [900, 600]
        assert sync_sources(store, path, specs)["added"] == [site.url("/a.rss"), site.url("/b.rss")]
        path.write_text(f'[[source]]\nurl = "{site.url("/a.rss")}"\nname = "A renamed"\n', encoding="utf-8")
        changed = sync_sources(store, path, read_sources(path)[0])
        names = [s["name"] for s in state.list_sources(store)]
    assert changed == {"added": [], "removed": [site.url("/b.rss")]}
    assert names == ["by hand", "A renamed"]  # the one added by hand stays


@pytest.mark.parametrize(("text", "message"), [
    ("[[source]]\nname = 'x'\n", "needs url"),
    ("[[source]]\nurl = 'ftp://x.org/feed'\n", "not an http or https URL"),
    ("[[source]]\nurl = 'https://x.org/feed'\nevery = 'often'\n", "polling interval"),
    ("[[source]]\nurl = 'https://x.org/feed'\ncolour = 'red'\n", "unknown key"),
    ("[feeds]\n", "unknown table"),
    ("url = ", "not valid TOML"),
])
def test_bad_sources_files_are_explained(tmp_path, text, message):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AccordError, match=message):
        read_sources(path)


def test_sources_commands_add_list_remove(tmp_path):
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    assert "No sources yet" in runner.invoke(app, ["sources", "list", "--db", db]).output
    runner.invoke(app, ["sources", "add", "https://example.org/rss.xml", "--name", "Example", "--db", db])
    again = runner.invoke(app, ["sources", "add", "https://example.org/rss.xml", "--db", db])
    assert again.exit_code == 2 and "followed already" in again.output
    bad = runner.invoke(app, ["sources", "add", "example.org/rss", "--db", db])
    assert bad.exit_code == 2 and "not an http or https URL" in bad.output
    assert "Example" in runner.invoke(app, ["sources", "list", "--db", db]).output
    (listed,) = json.loads(runner.invoke(app, ["sources", "list", "--json", "--db", db]).output)
    assert (listed["name"], listed["every_seconds"], listed["health"]) == ("Example", 600, "not checked yet")
    missing = runner.invoke(app, ["sources", "remove", "Nope", "--db", db])
    assert missing.exit_code == 2 and "1 (Example)" in missing.output
    assert runner.invoke(app, ["sources", "remove", "Example", "--db", db]).exit_code == 0
    with Store(db) as store, store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(schema.intake_sources)).scalar() == 0


def test_watch_without_sources_says_what_to_do(tmp_path):
    result = CliRunner().invoke(app, ["watch", "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2 and "accord sources add URL" in result.output


def test_fetch_command_analyses_and_stores_a_page(site, nlp, tmp_path):
    url = site.add(f"/news/{STORIES[1].slug}.html", page_html(STORIES[1]))
    db = str(tmp_path / "w.db")
    result = CliRunner().invoke(app, ["fetch", url, "--json", "--store", "--allow-private", "--db", db])
    assert result.exit_code == 0, result.output
    analysis = json.loads(result.output.splitlines()[-1])
    assert analysis["article"]["title"] == STORIES[1].title
    assert {"CHL", "PER"} <= {a["id"] for a in analysis["actors"]}
    refused = CliRunner().invoke(app, ["fetch", url, "--db", db])
    assert refused.exit_code == 1 and "--allow-private" in refused.output
    with Store(db) as store:
        assert len(articles(store)) == 1


def test_schema_upgrade_from_version_2_adds_the_intake_tables(tmp_path):
    db = tmp_path / "old.db"
    with Store(db) as store, store.engine.begin() as conn:
        conn.execute(update(schema.schema_version).values(version=2))
        schema.intake_entries.drop(conn)
        schema.intake_sources.drop(conn)
    with Store(db) as store:
        state.add_source(store, "https://example.org/rss.xml")
        with store.engine.connect() as conn:
            assert conn.execute(select(schema.schema_version.c.version)).scalar() == schema.SCHEMA_VERSION
        assert len(state.list_sources(store)) == 1



@needs_chromium
def test_the_sources_page_in_a_browser_shows_health(tmp_path):
    db = tmp_path / "w.db"
    with Store(db) as store:
        ok = state.add_source(store, "https://example.org/world.rss", name="Example World")
        bad = state.add_source(store, "https://example.net/feed.atom", name="Example Net")
        rows = {r.id: r for r in state.due_sources(store, state.utcnow())}
        state.record_poll(store, rows[ok["id"]], status=200, etag='"1"', last_modified=None,
                          entries=[state.NewEntry(guid="a1", url="https://example.org/a1.html")], now=state.utcnow())
        state.record_source_error(store, rows[bad["id"]], "https://example.net/feed.atom: the server answered 500",
                                  status=500, now=state.utcnow(), max_backoff=86_400)
    with live_server(db) as base:
        dom = chromium(tmp_path, "--dump-dom", f"{base}/sources")
    assert "Example World" in dom and "Example Net" in dom
    assert 'class="failing"' in dom and "failing (1 in a row)" in dom and "answered 500" in dom
    assert '<a href="/sources">Sources</a>' in dom




@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path):
    """The intake state on SQLite and, when $ACCORD_TEST_POSTGRES names a server, on PostgreSQL."""
    with Store(fresh_database(request.param, tmp_path / "w.db")) as store:
        yield store


def test_the_queue_keeps_each_entry_once_on_any_database(any_store):
    store = any_store
    source = state.add_source(store, "https://example.org/world.rss", name="World")
    (row,) = state.due_sources(store, state.utcnow())
    seen = [state.NewEntry(guid="urn:a", url="https://example.org/a.html?utm_source=rss"),
            state.NewEntry(guid="urn:b", url="https://example.org/b.html"),
            state.NewEntry(guid=None, url="https://EXAMPLE.org/a.html#comments"),  # the same page as urn:a
            state.NewEntry(guid=None, url=None)]  # nothing to know it by
    assert state.record_poll(store, row, status=200, etag='"e1"', last_modified=None, entries=seen,
                             now=state.utcnow()) == 2
    assert state.record_poll(store, row, status=200, etag='"e2"', last_modified=None, entries=seen[:2],
                             now=state.utcnow()) == 0
    queued = state.queued_entries(store, state.utcnow())
    assert [e.guid for e in queued] == ["urn:a", "urn:b"]
    state.record_fetched(store, queued[0].id, "<html>page</html>", queued[0].url)
    state.record_done(store, queued[0].id, article_id="art-a")
    assert state.record_fetch_error(store, queued[1], "the server answered 503", permanent=False,
                                    now=state.utcnow(), attempts=5) == "pending"
    assert state.queued_entries(store, state.utcnow()) == []  # b waits for its retry time
    (listed,) = state.list_sources(store)
    assert (listed["id"], listed["articles"], listed["queued"], listed["failed"]) == (source["id"], 1, 1, 0)
    assert state.due_sources(store, state.utcnow()) == []  # polled: due again in ten minutes


def test_credentials_stay_out_of_logs_and_listings(site, tmp_path, caplog):
    site.add("/private.rss?token=s3cr3t", "members only", status=401, content_type="text/plain")
    url = site.url("/private.rss?token=s3cr3t").replace("http://", "http://reader:hunter2@")
    events: list = []
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, url)
        with caplog.at_level(logging.DEBUG):
            report = Watcher(store, FAST, notify=lambda event, fields: events.append((event, fields))).round()
        listed = state.list_sources(store)
    assert report.source_errors == 1
    seen = json.dumps(events, default=str) + json.dumps(listed, default=str) + caplog.text
    assert "hunter2" not in seen and "s3cr3t" not in seen
    assert "http://***@127.0.0.1" in seen and "token=***" in seen and "401" in seen
    assert site.hits("/private.rss?token=s3cr3t")[0].headers["authorization"].startswith("Basic ")


def test_watch_once_exits_1_when_a_feed_fails(site, tmp_path):
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    runner.invoke(app, ["sources", "add", site.url("/gone.rss"), "--name", "Gone", "--db", db])
    result = runner.invoke(app, ["watch", "--once", "--allow-private", "--db", db])
    assert result.exit_code == 1
    assert "feed Gone failed (1 in a row), next try in 10m" in result.output and "404" in result.output


def test_a_malformed_link_does_not_stop_the_round(site, nlp, tmp_path):
    good, odd = STORIES[0], STORIES[1]
    items = [(good, site.add(f"/news/{good.slug}.html", page_html(good))), (odd, "http://[::1/broken")]
    site.add("/w.rss", rss2("W", items), content_type="application/rss+xml")
    with Store(tmp_path / "w.db") as store:
        state.add_source(store, site.url("/w.rss"))
        report = Watcher(store, FAST, nlp=nlp).round()
        stored = articles(store)
    assert report.source_errors == 0 and report.stored == 2
    assert good.title in {a.title for a in stored}
    assert next(a for a in stored if a.title == odd.title).text == odd.paragraphs[0]  # the feed's own text
