"""The store: analyses written to SQLite (default) or PostgreSQL through SQLAlchemy Core.

One transaction per article: an article is stored whole or not at all. An article whose cleaned
text is already stored is not stored again (`AddResult.status == "duplicate"`). An article whose
cleaned text is a near-duplicate of a stored one joins its story (`stories.py`).

Several processes may write one database at once (`accord ingest` twice, `accord watch` beside
`accord serve`): SQLite waits up to `BUSY_TIMEOUT_S` for a lock, and a transaction that still
meets a lock, a serialization failure or a unique-key race (another writer stored the same article
between our check and our insert) is rolled back and retried (`RETRIES`), so the user sees the
article stored once, as "new" or "duplicate", and never a "database is locked" error.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, LargeBinary, create_engine, delete, event, insert, inspect, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError, ProgrammingError

from ..errors import AccordError
from ..model import Actor, Analysis, Article, Event, Mention, Participant
from ..pipeline import content_hash
from . import pairs, reviews, schema, stories

DEFAULT_DB = "accord.db"
DB_ENV = "ACCORD_DB"
BUSY_TIMEOUT_S = 60  # how long a SQLite connection waits for another writer's lock
RETRIES = 8  # attempts of one transaction that met a lock, a serialization failure or a key race
T = TypeVar("T")


def database_url(db: str | Path | None = None) -> str:
    """`db` (a path or a SQLAlchemy URL), else $ACCORD_DB, else `accord.db` here, as a URL."""
    value = str(db or os.environ.get(DB_ENV) or DEFAULT_DB)
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError as exc:
            raise AccordError(f"{value!r} is not a database URL: {exc}") from exc
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")  # first: switching to WAL takes a lock
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _transient(exc: DBAPIError) -> bool:
    """Whether retrying the transaction can succeed: a lock, a serialization failure or deadlock,
    a unique key another writer took between our check and our insert, or a table another
    process created between our check and our CREATE (two processes opening a new database)."""
    if isinstance(exc, IntegrityError):
        return True
    if getattr(exc.orig, "sqlstate", None) in ("40001", "40P01", "55P03"):  # psycopg
        return True
    message = str(exc.orig).lower()
    return (isinstance(exc, OperationalError) and ("locked" in message or "busy" in message)) or (
        isinstance(exc, (OperationalError, ProgrammingError)) and "already exists" in message)


def retrying(work: Callable[[], T], *, attempts: int = RETRIES, describe: str = "the database") -> T:
    """`work()` (one whole transaction), retried with jittered backoff while it fails transiently."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DBAPIError as exc:
            if not _transient(exc) or attempt == attempts:
                raise AccordError(f"Could not write {describe} after {attempt} attempt(s): "
                                  f"{type(exc.orig).__name__}: {str(exc.orig).strip()}. Another process may hold "
                                  "the database; try again, or give each writer its own database.") from exc
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * random.uniform(0.5, 1.0))
    raise AssertionError("unreachable")


@dataclass
class AddResult:
    article_id: str
    status: str  # "new", "duplicate" or "replaced" (re-analysed, `add(..., replace=True)`)
    events: int = 0
    quotes: int = 0
    story_id: str | None = None  # the near-duplicate cluster it joined (its own id: a new story)
    reviews_kept: int = 0  # replaced: active reviews re-attached to an event with the same evidence
    reviews_lost: list[dict[str, Any]] = field(default_factory=list)  # replaced: reviews whose event is gone


def day_of(iso: str | None) -> date | None:
    """The first day a partial ISO date (`2025`, `2025-06`, `2025-06-23`) stands for."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class Store:
    """A database of analyses. `Store()` opens (and creates) `accord.db` or $ACCORD_DB."""

    def __init__(self, db: str | Path | None = None, *, engine: Engine | None = None):
        self.url = database_url(db) if engine is None else str(engine.url)
        self.engine = engine or create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.has_fts = False
        self._migrate()

    def _migrate(self) -> None:
        retrying(self._migrate_once, describe=f"the schema of {self.url}")

    def _migrate_once(self) -> None:
        with self.engine.begin() as conn:
            schema.metadata.create_all(conn)
            found = conn.execute(select(schema.schema_version.c.version)).scalar()
            if found is None:
                conn.execute(insert(schema.schema_version).values(version=schema.SCHEMA_VERSION))
            elif found > schema.SCHEMA_VERSION:
                raise AccordError(
                    f"The database {self.url} has schema version {found}, newer than this accord "
                    f"({schema.SCHEMA_VERSION}). Upgrade accord, or use another --db."
                )
            elif found < schema.SCHEMA_VERSION:
                self._upgrade(conn, found)
            self.has_fts = self._create_fts(conn)

    def _upgrade(self, conn: Connection, found: int) -> None:
        """Bring a database of an older schema version forward, in place (idempotent)."""
        if found < 2:  # stories: articles.story_id and .minhash (story_bands came from create_all)
            columns = {c["name"] for c in inspect(conn).get_columns("articles")}
            if "story_id" not in columns:
                conn.execute(text("ALTER TABLE articles ADD COLUMN story_id VARCHAR(64)"))
            if "minhash" not in columns:
                blob = LargeBinary().compile(dialect=conn.dialect)
                conn.execute(text(f"ALTER TABLE articles ADD COLUMN minhash {blob}"))
            for index in schema.articles.indexes:
                if index.name == "ix_articles_story":
                    index.create(conn, checkfirst=True)
            stories.cluster_existing(conn)  # stored articles get stories as if ingested now, oldest first
        if found < 3:  # article_warnings came from create_all; actors.sector is new on a filled table
            if "sector" not in {c["name"] for c in inspect(conn).get_columns("actors")}:
                conn.execute(text("ALTER TABLE actors ADD COLUMN sector VARCHAR(8)"))
        if found < 4:  # attributions: the cue's span, the quote's index, the event's attribution
            for table, added in (("quotes", ("cue_start", "cue_end", "position")), ("events", ("attribution",))):
                columns = {c["name"] for c in inspect(conn).get_columns(table)}
                for column in added:
                    if column not in columns:
                        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"))
        # 5: intake_sources, intake_entries, intake_robots (accord.intake) are new tables, made by create_all
        if found < 7:  # indexes on the article and event keys of child tables
            for child in schema.metadata.sorted_tables:
                for index in child.indexes:
                    if index.name in schema.VERSION_7_INDEXES:
                        index.create(conn, checkfirst=True)
        if found < 8:  # fused_pairs came from create_all, empty: fused from the stored reports
            pairs.rebuild(conn)
        if found < 9 and "cameo" not in {c["name"] for c in inspect(conn).get_columns("quotes")}:
            conn.execute(text("ALTER TABLE quotes ADD COLUMN cameo VARCHAR(4)"))
        conn.execute(update(schema.schema_version).values(version=schema.SCHEMA_VERSION))

    def _create_fts(self, conn: Connection) -> bool:
        if self.engine.dialect.name != "sqlite":
            return False
        try:
            conn.execute(text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id')"
            ))
        except Exception:  # SQLite built without FTS5: quote search falls back to LIKE
            return False
        return True

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------
    def contains(self, article: Article) -> bool:
        """Whether an article with the same cleaned text is stored already."""
        digest = content_hash(article.text)
        with self.engine.connect() as conn:
            found = conn.execute(
                select(schema.articles.c.id).where(schema.articles.c.content_hash == digest)
            ).first()
        return found is not None

    def add(self, analysis: Analysis, *, replace: bool = False) -> AddResult:
        """Store one analysis in one transaction; a no-op for an article already stored, unless
        `replace`: then the stored article (same text, else same id) is re-analysed in place and
        its reviews follow the events with the same evidence (`reviews.reattach`). A transaction
        that meets a lock or another writer's insert of the same article is retried."""
        return retrying(lambda: self._add_once(analysis, replace), describe=f"article {analysis.article.id!r}")

    def _add_once(self, analysis: Analysis, replace: bool) -> AddResult:
        article = analysis.article
        digest = content_hash(article.text)
        with self.engine.begin() as conn:
            found = conn.execute(select(schema.articles.c.id, schema.articles.c.story_id)
                                 .where(schema.articles.c.content_hash == digest)).first()
            if replace:
                stored = found or conn.execute(select(schema.articles.c.id)
                                               .where(schema.articles.c.id == article.id)).first()
                if stored is not None:
                    return self._replace(conn, stored.id, digest, analysis)
            if found is not None:
                return AddResult(found.id, "duplicate", story_id=found.story_id)
            article_id = article.id
            if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first():
                article_id = f"{article.id}-{digest[:8]}"  # a reused input id with new text
            story_id = self._write(conn, article_id, digest, analysis)
            pairs.refresh(conn, pairs.touched_by_article(conn, article_id))
        return AddResult(article_id, "new", len(analysis.events), len(analysis.quotes), story_id)

    def _replace(self, conn: Connection, article_id: str, digest: str, analysis: Analysis) -> AddResult:
        if self.has_fts:  # the external-content index forgets the old quotes before they go
            conn.execute(text("INSERT INTO quotes_fts(quotes_fts, rowid, text) "
                              "SELECT 'delete', id, text FROM quotes WHERE article_id = :id"), {"id": article_id})
        before = pairs.touched_by_article(conn, article_id)
        conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))  # rows cascade
        story_id = self._write(conn, article_id, digest, analysis)
        kept, lost = reviews.reattach(conn, article_id)
        pairs.refresh(conn, before | pairs.touched_by_article(conn, article_id))
        return AddResult(article_id, "replaced", len(analysis.events), len(analysis.quotes), story_id,
                         reviews_kept=kept, reviews_lost=lost)

    def _write(self, conn: Connection, article_id: str, digest: str, analysis: Analysis) -> str:
        article = analysis.article
        sig = stories.signature(article.text)
        story_id = stories.find_story(conn, sig) or article_id
        conn.execute(insert(schema.articles), dict(
            id=article_id, content_hash=digest, title=article.title, url=article.url,
            source=article.source, published=article.published, author=article.author, input=article.input,
            text=article.text, ingested_at=datetime.now(UTC).replace(tzinfo=None), story_id=story_id,
            minhash=stories.to_bytes(sig) if sig is not None else None,
        ))
        stories.add_bands(conn, article_id, sig)
        if article.removed:
            conn.execute(insert(schema.removed_blocks), [
                {"article_id": article_id, "start": r.start, "end": r.end, "reason": r.reason}
                for r in article.removed
            ])
        if article.warnings:
            conn.execute(insert(schema.article_warnings), [
                {"article_id": article_id, "stage": w.stage, "message": w.message} for w in article.warnings
            ])
        actors = {a.id: a for a in analysis.actors}
        self._upsert_actors(conn, actors.values())
        if analysis.mentions:
            conn.execute(insert(schema.mentions), [
                {"article_id": article_id, "actor_id": m.actor, "text": m.text, "start": m.start,
                 "end": m.end, "sentence": m.sentence, "method": m.method,
                 "sector": " ".join(m.sectors) or (actors[m.actor].sector if m.actor in actors else None),
                 "role": actors[m.actor].role if m.actor in actors else None}
                for m in analysis.mentions
            ])
        self._write_events(conn, article_id, analysis.events, actors, analysis.mentions)
        if analysis.quotes:
            conn.execute(insert(schema.quotes), [dict(
                article_id=article_id, kind=q.kind, text=q.text, start=q.start, end=q.end, cue=q.cue,
                cue_start=q.cue_span.start if q.cue_span else None, cue_end=q.cue_span.end if q.cue_span else None,
                position=position, cameo=q.cameo,
                speaker_actor=q.speaker.actor if q.speaker else None,
                speaker_country=country_of(q.speaker.actor, actors) if q.speaker else None,
                speaker_text=q.speaker.text if q.speaker else None,
                speaker_start=q.speaker.start if q.speaker else None,
                speaker_end=q.speaker.end if q.speaker else None,
            ) for position, q in enumerate(analysis.quotes)])
            if self.has_fts:
                conn.execute(text("INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes "
                                  "WHERE article_id = :id ORDER BY id"), {"id": article_id})
        return story_id

    def _upsert_actors(self, conn: Connection, found: Any) -> None:
        """Insert the actors not stored yet; one another writer inserts meanwhile is kept as is."""
        rows = [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                 "sector": None if a.kind == "person" else a.sector} for a in found]
        if not rows:
            return
        dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
        if dialect is not None:
            conn.execute(dialect.insert(schema.actors).on_conflict_do_nothing(index_elements=["id"]), rows)
            return
        for row in rows:
            if conn.execute(select(schema.actors.c.id).where(schema.actors.c.id == row["id"])).first() is None:
                conn.execute(insert(schema.actors).values(**row))

    def _write_events(self, conn: Connection, article_id: str, events: list[Event], actors: dict[str, Actor],
                      mentions: list[Mention]) -> None:
        """The article's events, their participants and evidence: one multi-row insert per table
        (SQLAlchemy then compiles each statement once per process, not once per row)."""
        if not events:
            return
        event_rows: list[dict[str, Any]] = []
        participant_rows: list[dict[str, Any]] = []
        evidence_rows: list[dict[str, Any]] = []
        for ev in events:
            event_id = f"{article_id}:{ev.id}"
            event_rows.append(dict(
                id=event_id, article_id=article_id, fusion_key=fusion_key(ev, actors), type=ev.type,
                mode=ev.mode, contexts=" ".join(ev.contexts), date=ev.date, day=day_of(ev.date),
                date_precision=ev.date_precision, status=ev.status,
                location_country=ev.location.country if ev.location else None,
                location_name=ev.location.name if ev.location else None,
                trigger_text=ev.trigger.text, trigger_start=ev.trigger.start, trigger_end=ev.trigger.end,
                sentence_index=ev.sentence.index, sentence_start=ev.sentence.start,
                sentence_end=ev.sentence.end, confidence=ev.confidence, cameo=ev.cameo,
                quad_class=ev.quad_class, goldstein=ev.goldstein, plover_score=ev.plover_score,
                reciprocal=ev.reciprocal, evidence_count=ev.evidence_count, attribution=ev.attribution,
                source_code=cameo_actor_code(ev.source, actors, mentions),
                target_code=cameo_actor_code(ev.target, actors, mentions),
            ))
            for role, group in (("source", ev.source), ("target", ev.target),
                                ("reporter", [ev.reported_by] if ev.reported_by else [])):
                for position, p in enumerate(group):
                    participant_rows.append({
                        "event_id": event_id, "role": role, "position": position, "actor_id": p.actor,
                        "country": country_of(p.actor, actors),
                        "sector": sector_of(p, actors, mentions),
                        "text": p.text, "start": p.start, "end": p.end,
                    })
            evidence_rows.extend({"event_id": event_id, "sentence_index": s.index, "start": s.start, "end": s.end}
                                 for s in ev.evidence)
        conn.execute(insert(schema.events), event_rows)
        if participant_rows:
            conn.execute(insert(schema.event_participants), participant_rows)
        if evidence_rows:
            conn.execute(insert(schema.event_evidence), evidence_rows)


def country_of(actor_id: str | None, actors: dict[str, Actor]) -> str | None:
    """The country-level code of an actor: a state's or IGO's own id, a person's country."""
    if actor_id is None:
        return None
    actor = actors.get(actor_id)
    if actor is not None and actor.country:
        return actor.country
    return None if actor_id.startswith("person:") else actor_id


def sector_of(p: Participant, actors: dict[str, Actor], mentions: list[Mention]) -> str | None:
    """The CAMEO sector of an event participant: the first sector of a mention of the same actor
    within its words ("Syrian rebels" -> REB), else the actor's own (a person's role, a party's
    PTY, an armed group's REB or INS)."""
    for m in mentions:
        if m.actor == p.actor and m.sectors and m.start < p.end and p.start < m.end:
            return m.sectors[0]
    actor = actors.get(p.actor or "")
    return actor.sector if actor is not None else None


def cameo_code(country: str | None, sector: str | None) -> str | None:
    """A GDELT-style actor code: country plus sector (SYRREB, GBRLEG, USAJUD), the country alone
    (CAN), or the sector alone for an actor of no state (INS for the Islamic State)."""
    return (country or "") + (sector or "") or None


def cameo_actor_code(participants: list[Participant], actors: dict[str, Actor], mentions: list[Mention]) -> str | None:
    """The GDELT-style code of the first resolved participant (CANGOV, SYRREB)."""
    for p in participants:
        if p.actor:
            code = cameo_code(country_of(p.actor, actors), sector_of(p, actors, mentions))
            if code:
                return code
    return None


def fusion_key(ev: Event, actors: dict[str, Actor]) -> str:
    """Events of one type, between the same countries, on the same date and with the same
    status are one real-world event, however many articles report it."""
    return fusion_key_of(ev.type, ev.status, [country_of(p.actor, actors) for p in ev.source],
                         [country_of(p.actor, actors) for p in ev.target], ev.reciprocal, ev.date)


def fusion_key_of(type_: str, status: str, sources: list[str | None], targets: list[str | None],
                  reciprocal: bool, date: str | None) -> str:
    """The fusion key from country-level codes (None: an unresolved participant)."""
    source_set, target_set = {c or "?" for c in sources}, {c or "?" for c in targets}
    if reciprocal:
        source_set, target_set = source_set | target_set, set()
    key = "|".join([type_, status, ",".join(sorted(source_set)), ",".join(sorted(target_set)), date or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
