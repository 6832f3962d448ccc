"""The watch loop: poll the due feeds, queue their new entries, fetch the pages, analyse and store.

One round (`Watcher.round`): every due source is polled (conditionally; a 304 costs nothing),
new entries are queued in the database with the feed's validators, then every queued entry whose
time has come is fetched (in a thread pool, politely, see `client`) and analysed and stored here,
one article at a time (`Store.add`: one transaction; a duplicate cleaned text is not stored again,
a near-duplicate joins its story). `Watcher.run` repeats rounds, sleeping until the next source is
due, until `stop` is set (the CLI sets it on SIGINT/SIGTERM: the article in hand is finished).

What happens is reported through `notify(event, fields)`: `feed`, `feed-error`, `article`,
`page-error`, `round`, `sleep`. The CLI turns these into a live display or log lines.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urljoin

from spacy.language import Language

from ..errors import InputError
from ..model import RawDocument
from ..pipeline import analyze_articles, load_nlp, to_article
from ..sources.feeds import entry_fields, entry_text, feed_title_of, read_feed
from ..store import Store
from . import state
from .client import Fetcher, FetchError
from .pages import page_document
from .safety import SCHEMES, redact
from .settings import Politeness

Notify = Callable[[str, dict[str, Any]], None]


@dataclass
class RoundReport:
    polled: int = 0
    unchanged: int = 0
    source_errors: int = 0
    new_entries: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    retry_later: int = 0

    def add(self, other: RoundReport) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _quiet(_event: str, _fields: dict[str, Any]) -> None:
    return None


class Watcher:
    """Follows the sources of `store`. `nlp` (default: loaded at the first article) parses."""

    def __init__(self, store: Store, settings: Politeness | None = None, *, nlp: Language | None = None,
                 stop: threading.Event | None = None, notify: Notify | None = None):
        self.store = store
        self.settings = settings or Politeness()
        self.stop = stop or threading.Event()
        self.notify = notify or _quiet
        self._nlp = nlp

    def run(self, once: bool = False) -> RoundReport:
        """Rounds until stopped (or one, with `once`); the totals."""
        total = RoundReport()
        while not self.stop.is_set():
            total.add(self.round())
            if once or self.stop.is_set():
                break
            due = state.next_due(self.store)
            wait = (due - state.utcnow()).total_seconds() if due else 60.0
            self.notify("sleep", {"seconds": max(0.0, wait), "until": due})
            self.stop.wait(max(1.0, wait))
        return total

    def round(self) -> RoundReport:
        report = RoundReport()
        with Fetcher(self.settings, stop=self.stop, robots_memo=state.StoredRobots(self.store)) as fetcher, \
                ThreadPoolExecutor(max(1, self.settings.workers), thread_name_prefix="intake") as pool:
            self._poll_all(fetcher, pool, report)
            self._drain(fetcher, pool, report)
        self.notify("round", asdict(report))
        return report

    # -- feeds ----------------------------------------------------------------------------------
    def _poll_all(self, fetcher: Fetcher, pool: ThreadPoolExecutor, report: RoundReport) -> None:
        sources = state.due_sources(self.store, state.utcnow())
        futures = {pool.submit(fetcher.get, s.url, "feed", etag=s.etag, last_modified=s.last_modified): s
                   for s in sources}
        for future in as_completed(futures):
            if self.stop.is_set():
                break
            self._record_poll(futures[future], future, report)

    def _record_poll(self, source: Any, future: Future[Any], report: RoundReport) -> None:
        now = state.utcnow()
        name = source.name or redact(source.url)
        report.polled += 1
        try:
            page = future.result()
            if page.not_modified:
                state.record_poll(self.store, source, status=304, etag=None, last_modified=None, entries=[], now=now)
                report.unchanged += 1
                self.notify("feed", {"source": name, "status": 304, "entries": 0, "new": 0})
                return
            parsed, problem = read_feed(page.body, redact(source.url), page.content_type)
            title = feed_title_of(parsed)
            entries = [self._entry(e, page.final_url, title, source) for e in parsed.entries]
            new = state.record_poll(self.store, source, status=page.status, etag=page.etag,
                                    last_modified=page.last_modified, entries=entries, now=now, problem=problem,
                                    feed_title=title)
        except (FetchError, InputError) as error:
            wait = state.record_source_error(self.store, source, str(error), now=now,
                                             status=getattr(error, "status", None),
                                             max_backoff=self.settings.max_source_backoff)
            report.source_errors += 1
            self.notify("feed-error", {"source": name, "error": str(error), "streak": source.error_streak + 1,
                                       "retry_in": wait.total_seconds()})
            return
        report.new_entries += new
        self.notify("feed", {"source": source.name or title or name, "status": page.status, "entries": len(entries), "new": new,
                             "warning": problem})

    @staticmethod
    def _entry(entry: Any, feed_url: str, feed_title: str | None, source: Any) -> state.NewEntry:
        fields = entry_fields(entry, feed_title)
        link = _page_link(feed_url, fields["url"])
        return state.NewEntry(
            guid=fields["guid"], url=link, title=fields["title"], author=fields["author"],
            published=fields["published"], outlet=source.name or fields["source"],
            entry_text=None if link else entry_text(entry, redact(feed_url)) or None)

    # -- pages ----------------------------------------------------------------------------------
    def _drain(self, fetcher: Fetcher, pool: ThreadPoolExecutor, report: RoundReport) -> None:
        queued = state.queued_entries(self.store, state.utcnow())
        for entry in (e for e in queued if e.state == "fetched"):  # held from an interrupted run
            if self.stop.is_set():
                return
            self._analyse(entry, entry.body, entry.final_url, report)
        futures = {pool.submit(_fetch_page, fetcher, e.url): e for e in queued if e.state == "pending"}
        try:
            for future in as_completed(futures):
                if self.stop.is_set():
                    break
                entry = futures[future]
                outcome = future.result()
                if isinstance(outcome, FetchError | InputError):
                    self._fetch_failed(entry, outcome, report)
                    continue
                body, final_url = outcome
                state.record_fetched(self.store, entry.id, body, final_url)
                self._analyse(entry, body, final_url, report)
        finally:
            for future in futures:
                future.cancel()

    def _fetch_failed(self, entry: Any, error: FetchError | InputError, report: RoundReport) -> None:
        permanent = not isinstance(error, FetchError) or error.permanent
        now_state = state.record_fetch_error(self.store, entry, str(error), permanent=permanent,
                                             now=state.utcnow(), attempts=self.settings.page_attempts)
        if now_state == "failed":
            report.failed += 1
        else:
            report.retry_later += 1
        self.notify("page-error", {"url": redact(entry.url or ""), "error": str(error), "state": now_state})

    def _analyse(self, entry: Any, body: str | None, final_url: str | None, report: RoundReport) -> None:
        try:
            article = to_article(self._document(entry, body, final_url))
            known = state.stored_article_id(self.store, article.text)
            if known is None:
                analysed = next(analyze_articles([(article, article.input or "")], nlp=self.nlp))
                if isinstance(analysed, InputError):
                    raise analysed
                result = self.store.add(analysed)
                known, duplicate, story = result.article_id, result.status == "duplicate", result.story_id
            else:
                duplicate, story = True, None
        except InputError as error:
            state.record_done(self.store, entry.id, article_id=None, error=str(error))
            report.failed += 1
            self.notify("page-error", {"url": redact(entry.url or ""), "error": str(error), "state": "failed"})
            return
        state.record_done(self.store, entry.id, article_id=known)
        if duplicate:
            report.duplicates += 1
        else:
            report.stored += 1
        self.notify("article", {"url": redact(final_url or entry.url or ""), "title": article.title,
                                "article": known, "story": story, "duplicate": duplicate})

    def _document(self, entry: Any, body: str | None, final_url: str | None) -> RawDocument:
        if entry.url is None:
            return RawDocument(text=entry.entry_text or "", input=f"{entry.outlet or 'feed'}:entry-{entry.id}",
                               title=entry.title, published=entry.published, source=entry.outlet,
                               author=entry.author, id=None)
        return page_document(body or "", final_url or entry.url, guid=entry.guid, title=entry.title,
                             published=entry.published, author=entry.author, outlet=entry.outlet)

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_nlp()
        return self._nlp


def _page_link(feed_url: str, link: str | None) -> str | None:
    """The entry's link made absolute; None when there is no page to fetch: no link, a `urn:` id
    that feedparser offers as the link, or a malformed one (the feed's own text is used then)."""
    try:
        absolute = urljoin(feed_url, link) if link else None
    except ValueError:
        return None
    return absolute if absolute and absolute.partition(":")[0].lower() in SCHEMES else None


def _fetch_page(fetcher: Fetcher, url: str) -> tuple[str, str] | FetchError | InputError:
    """The page at `url` as text and where it was found after redirects, or why not (in a thread)."""
    try:
        page = fetcher.get(url, "page")
        return page.text(), page.final_url
    except (FetchError, InputError) as error:
        return error
