"""Live intake commands: `accord sources add|list|remove`, `accord watch`, `accord fetch`."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import AccordError, InputError
from ..intake import state
from ..intake.settings import Politeness, parse_interval
from ..model import RawDocument
from ..store import Store
from ..store.aliases import load_aliases
from .app import app, fail, print_json
from .main import Db, Json, print_analyses

console = Console()
errors = Console(stderr=True)

sources_app = typer.Typer(help="The news feeds [bold]accord watch[/] follows.", no_args_is_help=True,
                          rich_markup_mode="rich")
app.add_typer(sources_app, name="sources")

AllowPrivate = Annotated[bool, typer.Option(
    "--allow-private", help="Also fetch private, loopback and link-local addresses (tests, an intranet feed).")]
Timeout = Annotated[float | None, typer.Option(min=0.1, help="Seconds to wait for a server (default 20).")]


# -- sources ------------------------------------------------------------------------------------

@sources_app.command("add")
def sources_add(url: Annotated[str, typer.Argument(help="The feed's URL (RSS 2.0, RSS 1.0 or Atom).")],
                name: Annotated[str | None, typer.Option(help="The outlet's name (default: the feed's title).")] = None,
                every: Annotated[str, typer.Option(help="How often to poll: 90s, 10m, 2h, 1d.")] = "10m",
                db: Db = None, json_out: Json = False) -> None:
    """Follow a news feed; [bold]accord watch[/] polls it.

      accord sources add https://example.org/world/rss.xml --name "Example World" --every 15m
    """
    try:
        with Store(db) as store:
            row = state.add_source(store, url, name=name, every=parse_interval(every))
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(row)
    else:
        console.print(f"following source {row['id']}: {escape(row['name'] or row['url'])} every "
                      f"{_duration(row['every_seconds'])}; run [bold]accord watch[/] to poll it.", highlight=False)


@sources_app.command("list")
def sources_list(db: Db = None, json_out: Json = False) -> None:
    """The sources followed and their health: last checked, last new article, errors in a row,
    articles stored, entries queued.

      accord sources list

      accord sources list --json
    """
    with Store(db) as store:
        rows = state.list_sources(store)
    if json_out:
        print_json(rows)
    elif not rows:
        console.print("No sources yet. Add one with [bold]accord sources add URL[/].")
    else:
        console.print(sources_table(rows))


@sources_app.command("remove")
def sources_remove(source: Annotated[str, typer.Argument(help="The source's id, URL or name.")],
                   db: Db = None, json_out: Json = False) -> None:
    """Stop following a source. Its stored articles stay, and what it published is remembered as seen.

      accord sources remove 2

      accord sources remove "Example World"
    """
    try:
        with Store(db) as store:
            row = state.remove_source(store, source)
    except AccordError as exc:
        raise fail(exc) from exc
    if json_out:
        print_json(row)
    else:
        console.print(f"removed source {row['id']}: {escape(row['name'] or row['url'])}", highlight=False)


def sources_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title="Sources", title_justify="left")
    for column in ("id", "name", "every", "last checked", "last new", "health", "articles", "queued", "failed"):
        table.add_column(column, justify="right" if column in ("id", "articles", "queued", "failed") else "left")
    for r in rows:
        health = r["health"] if not r["last_error"] else f"{r['health']}: {r['last_error']}"
        table.add_row(str(r["id"]), escape(r["name"] or r["url"]), _duration(r["every_seconds"]),
                      _when(r["last_checked"]), _when(r["last_new"]), escape(health), str(r["articles"]),
                      str(r["queued"]), str(r["failed"]))
    return table


def _duration(seconds: float) -> str:
    """90 -> 90s, 595 -> 10m, 7200 -> 2h, 172800 -> 2d (rounded: for people, not for parsing)."""
    for unit, size in (("d", 86_400), ("h", 3600), ("m", 60)):
        if seconds >= 2 * size or (seconds >= size and seconds % size == 0):
            return f"{round(seconds / size)}{unit}"
    return f"{round(seconds)}s"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "never"


# -- watch --------------------------------------------------------------------------------------

@app.command()
def watch(once: Annotated[bool, typer.Option("--once", help="Run one round and exit (for cron and tests).")] = False,
          sources: Annotated[Path | None, typer.Option(
              "--sources", help="A TOML file of sources (and politeness settings) to follow exactly.")] = None,
          log_json: Annotated[bool, typer.Option("--log-json", help="One JSON object per line, for log shippers.")] = False,
          delay: Annotated[float | None, typer.Option(min=0, help="Seconds between requests to one host (default 1).")] = None,
          timeout: Timeout = None, allow_private: AllowPrivate = False, db: Db = None) -> None:
    """Follow the sources: poll each when due, fetch each new article, analyse and store it.

    Runs until SIGINT or SIGTERM (the article in hand is finished first). After a crash the next
    run resumes where the last stopped: nothing is stored twice and nothing is skipped. On a
    terminal it shows a live status; otherwise it writes one log line per event. Examples:

      accord sources add https://example.org/world/rss.xml && accord watch

      accord watch --once --sources sources.toml          # from cron

      accord watch --log-json >> /var/log/accord/watch.jsonl
    """
    from ..intake.sourcefile import read_sources, sync_sources
    from ..intake.watch import Watcher

    settings = _settings(Politeness(), delay, timeout, allow_private)
    log = _Log(log_json)
    try:
        with Store(db) as store:
            if sources is not None:
                specs, settings = read_sources(sources, settings)
                settings = _settings(settings, delay, timeout, allow_private)
                log("sources", sync_sources(store, sources, specs))
            if not state.list_sources(store):
                raise AccordError("No sources to watch; add one with `accord sources add URL` or give "
                                  "--sources FILE.toml.")
            stop = threading.Event()
            with _stop_on_signals(stop, log), log.live():
                total = Watcher(store, settings, stop=stop, notify=log).run(once=once)
    except AccordError as exc:
        raise fail(exc) from exc
    log("done", {"stored": total.stored, "duplicates": total.duplicates, "failed": total.failed,
                 "source_errors": total.source_errors, "stopped": stop.is_set()})
    if once and total.source_errors:
        raise typer.Exit(1)


def _settings(base: Politeness, delay: float | None, timeout: float | None, allow_private: bool) -> Politeness:
    values: dict[str, Any] = {"allow_private": allow_private or base.allow_private}
    if delay is not None:
        values["delay"] = delay
    if timeout is not None:
        values["timeout"] = timeout
    return replace(base, **values)


@contextmanager
def _stop_on_signals(stop: threading.Event, log: _Log) -> Iterator[None]:
    """SIGINT/SIGTERM set `stop` (the article in hand is finished); a second SIGINT aborts."""
    def handle(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        log("stopping", {"signal": signal.Signals(signum).name})

    previous = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


class _Log:
    """Watch events as a live status on a terminal, plain lines otherwise, or JSON lines."""

    def __init__(self, as_json: bool):
        self.as_json = as_json
        self.out = Console(stderr=False, highlight=False, soft_wrap=True)
        self.terminal = self.out.is_terminal and not as_json
        self.status: Any = None
        self.counts = {"stored": 0, "failed": 0}

    @contextmanager
    def live(self) -> Iterator[None]:
        if not self.terminal:
            yield
            return
        with self.out.status("watching: polling the due sources") as status:
            self.status = status
            yield
        self.status = None

    def __call__(self, event: str, fields: dict[str, Any]) -> None:
        if event == "article" and not fields["duplicate"]:
            self.counts["stored"] += 1
        if event == "page-error" and fields["state"] == "failed":
            self.counts["failed"] += 1
        if self.as_json:
            print(json.dumps({"time": _now(), "event": event, **fields}, default=str, ensure_ascii=False), flush=True)
            return
        line = _line(event, fields)
        if line is None:
            return
        if self.terminal:
            self.out.print(escape(line))
            if self.status is not None:
                self.status.update(f"watching · {self.counts['stored']} stored, {self.counts['failed']} failed · "
                                   f"{escape(line)}")
        else:
            self.out.print(f"{_now()} {escape(line)}")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _line(event: str, f: dict[str, Any]) -> str | None:
    if event == "feed":
        if f["status"] == 304:
            return f"feed {f['source']}: unchanged (304)"
        warning = f" (malformed, read anyway: {f['warning']})" if f.get("warning") else ""
        return f"feed {f['source']}: {f['entries']} entries, {f['new']} new{warning}"
    if event == "feed-error":
        return (f"feed {f['source']} failed ({f['streak']} in a row), next try in "
                f"{_duration(f['retry_in'])}: {f['error']}")
    if event == "article":
        what = "already stored" if f["duplicate"] else "stored"
        return f"{what} {f['article']}: {f['title'] or f['url']}"
    if event == "page-error":
        return f"{'gave up on' if f['state'] == 'failed' else 'will retry'} {f['error']}"
    if event == "round":
        return (f"round: {f['polled']} feeds polled ({f['unchanged']} unchanged, {f['source_errors']} failed), "
                f"{f['new_entries']} new entries, {f['stored']} stored, {f['duplicates']} already stored, "
                f"{f['failed']} failed, {f['retry_later']} to retry")
    if event == "sleep":
        return f"next round in {_duration(f['seconds'])}"
    if event == "sources":
        return f"source file: {len(f['added'])} added, {len(f['removed'])} removed"
    if event == "stopping":
        return f"{f['signal']}: finishing the article in hand, then stopping"
    if event == "done":
        how = "stopped" if f["stopped"] else "done"
        return (f"{how}: {f['stored']} stored, {f['duplicates']} already stored, {f['failed']} failed, "
                f"{f['source_errors']} feed errors")
    return f"{event} {f}"


# -- fetch --------------------------------------------------------------------------------------

@app.command()
def fetch(urls: Annotated[list[str], typer.Argument(help="Article pages (http or https).")],
          store: Annotated[bool, typer.Option("--store", help="Also store each analysis in the database.")] = False,
          json_out: Json = False, timeout: Timeout = None, allow_private: AllowPrivate = False,
          db: Db = None) -> None:
    """Fetch article pages with the watch client (robots.txt, limits, retries), analyse each and
    print its brief; [bold]--store[/] keeps them.

      accord fetch https://example.org/world/2025/06/23/pact.html

      accord fetch URL1 URL2 --store --json > analyses.jsonl
    """
    from ..batch import run
    from ..intake.client import Fetcher, FetchError
    from ..intake.pages import fetch_document

    def documents(fetcher: Fetcher) -> Iterator[RawDocument | InputError]:
        for url in urls:
            try:
                yield fetch_document(fetcher, url)
            except FetchError as error:
                yield InputError(error.url, error.reason)
            except InputError as error:
                yield error

    settings = _settings(Politeness(), None, timeout, allow_private)
    try:
        target = Store(db) if store else None
        aliases = load_aliases(target) if target is not None else []
        with Fetcher(settings) as fetcher:
            print_analyses(run(documents(fetcher), aliases=aliases), target, json_out)
    except AccordError as exc:
        raise fail(exc) from exc


__all__ = ["sources_app"]
