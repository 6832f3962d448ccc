"""What live intake knows, kept in the database so that a killed process resumes where it stopped.

`intake_sources`: the feeds followed, with their validators (ETag, Last-Modified) and health.
`intake_entries`: every entry ever seen (by a digest of its id/guid and of its canonical link),
which is also the queue: `pending` entries have a page to fetch, `fetched` ones hold the page,
not yet analysed; `done` and `failed` ones are finished.

The order of writes is what makes a crash harmless:

1. a poll stores the new entries (as `pending`) and the feed's new validators in ONE transaction,
   so a feed is never marked unchanged while its entries are unrecorded;
2. a fetched page is written to its entry (`fetched`) before it is analysed;
3. the article is stored (`Store.add`, its own transaction), then the entry marked `done`. A crash
   between the two leaves the entry `fetched`: the next run analyses it again and `Store.add`
   finds the same cleaned text stored (same content hash), so nothing is stored twice.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..errors import AccordError
from ..pipeline import content_hash
from ..store import Store, schema
from .safety import SCHEMES, canonical_url, redact

S, E, R = schema.intake_sources, schema.intake_entries, schema.intake_robots
QUEUED = ("pending", "fetched")
# A page whose fetch failed for a passing reason (5xx, timeout) waits this long before its next
# try, doubled each time: 1, 2, 4, 8 minutes for the default five attempts, so an outlet's
# half-hour outage costs an article nothing and a dead link is given up within a quarter hour.
PAGE_RETRY = timedelta(minutes=1)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def digest(kind: str, value: str) -> str:
    return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:40]


@dataclass(frozen=True)
class NewEntry:
    """A feed entry as the poll found it: what is needed to fetch, analyse and attribute it."""

    guid: str | None
    url: str | None
    title: str | None = None
    author: str | None = None
    published: Any = None  # a date
    outlet: str | None = None
    entry_text: str | None = None

    def keys(self) -> tuple[str | None, str | None]:
        return (digest("id", self.guid) if self.guid else None,
                digest("url", canonical_url(self.url)) if self.url else None)


# -- sources ----------------------------------------------------------------------------------

def check_feed_url(url: str) -> str:
    url = url.strip()
    scheme = url.partition("://")[0].lower() if "://" in url else ""
    if scheme not in SCHEMES:
        raise AccordError(f"{redact(url)!r} is not an http or https URL; give the feed's full address, "
                          "e.g. https://example.org/rss.xml.")
    return url


def add_source(store: Store, url: str, *, name: str | None = None, every: timedelta = timedelta(minutes=10),
               origin: str | None = None, replace: bool = False) -> dict[str, Any]:
    """Follow the feed at `url`. An URL followed already is an error, unless `replace` (a TOML
    file's sync), which updates its name and interval."""
    url = check_feed_url(url)
    seconds = max(60, int(every.total_seconds()))
    with store.engine.begin() as conn:
        found = conn.execute(select(S.c.id).where(S.c.url == url)).first()
        if found is not None and not replace:
            raise AccordError(f"{redact(url)} is followed already (source {found.id}); "
                              "`accord sources remove` it first to change it.")
        values = {"name": name, "every_seconds": seconds, "origin": origin}
        if found is not None:
            conn.execute(update(S).where(S.c.id == found.id).values(**values))
            source_id = found.id
        else:
            result = conn.execute(insert(S).values(url=url, added_at=utcnow(), error_streak=0, **values))
            source_id = result.inserted_primary_key[0]  # type: ignore[index]  # set by the INSERT
    return source_row(store, source_id)


def find_source(conn: Connection, key: str) -> Any:
    """The source row whose id, URL or name is `key`; AccordError naming the choices if none."""
    clauses = [S.c.url == key, S.c.name == key]
    if key.isdigit():
        clauses.append(S.c.id == int(key))
    rows = conn.execute(select(S).where(or_(*clauses))).all()
    if len(rows) == 1:
        return rows[0]
    known = ", ".join(f"{r.id} ({r.name or redact(r.url)})" for r in conn.execute(select(S).order_by(S.c.id)))
    if not rows:
        raise AccordError(f"No source has the id, URL or name {key!r}. Followed: {known or 'none'}.")
    raise AccordError(f"{len(rows)} sources are named {key!r}; give the id instead. Followed: {known}.")


def remove_source(store: Store, key: str) -> dict[str, Any]:
    """Stop following a source. Its entries stay, so its articles are not fetched again if re-added."""
    with store.engine.begin() as conn:
        row = find_source(conn, key)
        conn.execute(update(E).where(E.c.source_id == row.id).values(source_id=None))
        conn.execute(delete(S).where(S.c.id == row.id))
    return {"id": row.id, "url": redact(row.url), "name": row.name}


def remove_origin_except(store: Store, origin: str, urls: set[str]) -> list[str]:
    """Remove the sources a TOML file added that it no longer lists; their URLs."""
    with store.engine.connect() as conn:
        gone = [r.url for r in conn.execute(select(S.c.url).where(S.c.origin == origin)) if r.url not in urls]
    for url in gone:
        remove_source(store, url)
    return gone


def list_sources(store: Store) -> list[dict[str, Any]]:
    """Every source with its health: last checked, last new article, error streak, articles stored."""
    counts = (select(E.c.source_id,
                     func.sum(case((E.c.article_id.is_not(None), 1), else_=0)).label("articles"),
                     func.sum(case((E.c.state.in_(QUEUED), 1), else_=0)).label("queued"),
                     func.sum(case((E.c.state == "failed", 1), else_=0)).label("failed"))
              .group_by(E.c.source_id).subquery())
    query = (select(S, counts.c.articles, counts.c.queued, counts.c.failed)
             .join(counts, counts.c.source_id == S.c.id, isouter=True).order_by(S.c.id))
    with store.engine.connect() as conn:
        return [_source_dict(r) for r in conn.execute(query)]


def source_row(store: Store, source_id: int) -> dict[str, Any]:
    return next(s for s in list_sources(store) if s["id"] == source_id)


def _source_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id, "name": row.name, "url": redact(row.url), "every_seconds": row.every_seconds,
        "origin": row.origin, "added_at": row.added_at, "last_checked": row.last_checked,
        "last_status": row.last_status, "last_new": row.last_new, "error_streak": row.error_streak,
        "last_error": row.last_error, "next_due": row.next_due, "articles": int(row.articles or 0),
        "queued": int(row.queued or 0), "failed": int(row.failed or 0), "health": _health(row),
    }


def _health(row: Any) -> str:
    if row.last_checked is None:
        return "not checked yet"
    if row.error_streak:
        return f"failing ({row.error_streak} in a row)"
    return "ok"


def due_sources(store: Store, now: datetime) -> list[Any]:
    with store.engine.connect() as conn:
        return list(conn.execute(select(S).where(or_(S.c.next_due.is_(None), S.c.next_due <= now))
                                 .order_by(S.c.next_due, S.c.id)))


def next_due(store: Store) -> datetime | None:
    """When there is work next: a source due (now for one never checked) or a page to retry."""
    with store.engine.connect() as conn:
        never = conn.execute(select(func.count()).select_from(S).where(S.c.next_due.is_(None))).scalar()
        source = conn.execute(select(func.min(S.c.next_due))).scalar()
        retry = conn.execute(select(func.min(E.c.next_try)).where(E.c.state.in_(QUEUED))).scalar()
    times = [t for t in (utcnow() if never else None, source, retry) if t is not None]
    return min(times) if times else None


# -- polls --------------------------------------------------------------------------------------

def record_poll(store: Store, source: Any, *, status: int, etag: str | None, last_modified: str | None,
                entries: list[NewEntry], now: datetime, problem: str | None = None,
                feed_title: str | None = None) -> int:
    """Queue the entries not seen before and keep the feed's validators, in one transaction;
    how many were new. `problem`: the parser's complaint about a feed it could still read.
    A source added without a name takes the feed's title."""
    with store.engine.begin() as conn:
        new = _insert_new(conn, source.id, entries, now)
        values: dict[str, Any] = {"last_checked": now, "last_status": status, "error_streak": 0,
                                  "last_error": problem, "next_due": now + timedelta(seconds=source.every_seconds)}
        if status != 304:
            values.update(etag=etag, last_modified=last_modified)
        if source.name is None and feed_title:
            values["name"] = feed_title[:200]
        if new:
            values["last_new"] = now
        conn.execute(update(S).where(S.c.id == source.id).values(**values))
    return new


def _insert_new(conn: Connection, source_id: int, entries: list[NewEntry], now: datetime) -> int:
    taken: set[str] = set()
    keyed = [(entry, *entry.keys()) for entry in entries]
    wanted = [k for _, *keys in keyed for k in keys if k]
    if wanted:
        taken.update(r.entry_key for r in conn.execute(select(E.c.entry_key).where(E.c.entry_key.in_(wanted))))
        taken.update(r.url_key for r in conn.execute(select(E.c.url_key).where(E.c.url_key.in_(wanted))))
    rows = []
    for entry, entry_key, url_key in keyed:
        if (entry_key is None and url_key is None) or {entry_key, url_key} & taken:
            continue
        taken.update(k for k in (entry_key, url_key) if k)
        rows.append({"source_id": source_id, "entry_key": entry_key, "url_key": url_key, "guid": entry.guid,
                     "url": entry.url,
                     "title": entry.title, "author": entry.author, "published": entry.published,
                     "outlet": entry.outlet, "entry_text": entry.entry_text,
                     "state": "pending" if entry.url else "fetched", "attempts": 0, "first_seen": now})
    if rows:
        conn.execute(insert(E), rows)
    return len(rows)


def record_source_error(store: Store, source: Any, message: str, *, status: int | None, now: datetime,
                        max_backoff: float) -> timedelta:
    """Count a failed poll; the source is next due after its interval doubled per failure in a
    row (up to `max_backoff` seconds). The wait until then."""
    streak = (source.error_streak or 0) + 1
    wait = timedelta(seconds=min(max_backoff, source.every_seconds * 2 ** min(streak - 1, 16)))
    with store.engine.begin() as conn:
        conn.execute(update(S).where(S.c.id == source.id).values(
            last_checked=now, last_status=status, error_streak=streak, last_error=message, next_due=now + wait))
    return wait


# -- the queue ----------------------------------------------------------------------------------

def queued_entries(store: Store, now: datetime) -> list[Any]:
    """Entries with a page to fetch or analyse whose retry time has come, oldest first."""
    with store.engine.connect() as conn:
        return list(conn.execute(select(E).where(and_(E.c.state.in_(QUEUED),
                                                      or_(E.c.next_try.is_(None), E.c.next_try <= now)))
                                 .order_by(E.c.id)))


def record_fetched(store: Store, entry_id: int, body: str, final_url: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(E).where(E.c.id == entry_id).values(state="fetched", body=body, final_url=final_url))


def record_fetch_error(store: Store, entry: Any, message: str, *, permanent: bool, now: datetime,
                       attempts: int) -> str:
    """A page that could not be fetched: tried again in a later round (after `PAGE_RETRY`, doubled
    at each failure) until `attempts` rounds failed, or given up at once when the error is
    permanent. The new state."""
    tries = (entry.attempts or 0) + 1
    state = "failed" if permanent or tries >= attempts else "pending"
    wait = PAGE_RETRY * 2 ** (tries - 1)
    with store.engine.begin() as conn:
        conn.execute(update(E).where(E.c.id == entry.id).values(
            state=state, attempts=tries, last_error=message, next_try=now + wait if state == "pending" else None,
            done_at=now if state == "failed" else None))
    return state


def stored_article_id(store: Store, text: str) -> str | None:
    """The id of the stored article with this cleaned text, if any (what `Store.add` would find)."""
    with store.engine.connect() as conn:
        return conn.execute(select(schema.articles.c.id)
                            .where(schema.articles.c.content_hash == content_hash(text))).scalar()


def record_done(store: Store, entry_id: int, *, article_id: str | None, error: str | None = None,
                state: str = "done") -> None:
    """Finish an entry: stored (or found stored already) as `article_id`, or failed with `error`."""
    with store.engine.begin() as conn:
        conn.execute(update(E).where(E.c.id == entry_id).values(
            state="failed" if error else state, article_id=article_id, last_error=error, body=None,
            done_at=utcnow()))


# -- robots.txt -----------------------------------------------------------------------------------

class StoredRobots:
    """robots.txt answers kept in `intake_robots` (a `robots.RobotsMemo`)."""

    def __init__(self, store: Store):
        self.store = store

    def load(self, site: str) -> tuple[int, bytes, float] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(select(R).where(R.c.site == site)).first()
        if row is None:
            return None
        return row.status, row.body.encode("utf-8"), (utcnow() - row.fetched_at).total_seconds()

    def save(self, site: str, status: int, body: bytes) -> None:
        text = body.decode("utf-8", errors="replace")
        with self.store.engine.begin() as conn:
            conn.execute(delete(R).where(R.c.site == site))
            conn.execute(insert(R).values(site=site[:300], status=status, body=text, fetched_at=utcnow()))
