"""Read-side queries behind the listings, the export and the API: plain dicts out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select, text

from . import Store, schema

S = TypeVar("S", bound=Select[Any])
A, E, P, Q, M, ACT = (schema.articles, schema.events, schema.event_participants, schema.quotes,
                      schema.mentions, schema.actors)


@dataclass
class Filters:
    """Filters shared by the listings; None means "any"."""

    actor: str | None = None  # an actor id or a country-level code (CAN matches Carney too)
    type: str | None = None
    status: str | None = None
    context: str | None = None
    dyad: tuple[str, str] | None = None
    since: date | None = None
    until: date | None = None
    source: str | None = None
    search: str | None = None
    fused: bool = False  # one row per real-world event, however many articles report it
    article: str | None = None  # one article's rows, in text order
    story: str | None = None  # the articles of one story (near-duplicate cluster), and their rows
    kind: str | None = None  # quotes: direct, indirect or mixed
    limit: int = 50
    offset: int = 0  # rows to skip: the next page starts at offset + limit


def _in_window(q: S, f: Filters, day: Any, article_id: Any) -> S:
    """The filters every listing shares: a date window on `day`, the outlet, one article, one story."""
    if f.since:
        q = q.where(day >= f.since)
    if f.until:
        q = q.where(day <= f.until)
    if f.source:
        q = q.where(A.c.source == f.source)
    if f.article:
        q = q.where(article_id == f.article)
    if f.story:
        q = q.where(A.c.story_id == f.story)
    return q


def _participant_match(code: str) -> Any:
    return or_(P.c.actor_id == code, P.c.country == code)


def _event_query(f: Filters) -> Select[Any]:
    same = E.alias("same_event")
    reports = (select(func.count(func.distinct(same.c.article_id)))
               .where(same.c.fusion_key == E.c.fusion_key).scalar_subquery())
    q = select(E, reports.label("reports"), A.c.source.label("article_source"),
               A.c.title.label("article_title"), A.c.published.label("article_published"),
               A.c.text.label("article_text")).join(A, A.c.id == E.c.article_id)
    if f.fused:
        first = select(func.min(same.c.id)).where(same.c.fusion_key == E.c.fusion_key).scalar_subquery()
        q = q.where(E.c.id == first)
    if f.type:
        q = q.where(E.c.type == f.type.upper())
    if f.status:
        q = q.where(E.c.status == f.status.lower())
    if f.context:
        q = q.where(func.lower(" " + E.c.contexts + " ").like(f"% {f.context.lower()} %"))
    q = _in_window(q, f, E.c.day, E.c.article_id)
    if f.actor:
        q = q.where(E.c.id.in_(select(P.c.event_id).where(_participant_match(f.actor.upper()
                                                                              if ":" not in f.actor else f.actor))))
    if f.dyad:
        for code in f.dyad:
            q = q.where(E.c.id.in_(select(P.c.event_id).where(
                and_(P.c.role != "reporter", _participant_match(code)))))
    order = (E.c.sentence_start, E.c.trigger_start) if f.article else (E.c.day.desc(), E.c.id)
    return q.order_by(*order).limit(f.limit).offset(f.offset)


def list_events(store: Store, f: Filters) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(_event_query(f))]
        ids = [r["id"] for r in rows]
        parts: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        if ids:
            for p in conn.execute(select(P).where(P.c.event_id.in_(ids)).order_by(P.c.role, P.c.position)):
                parts[p.event_id].append(dict(p._mapping))
    for row in rows:
        article_text = row.pop("article_text")
        row["evidence"] = article_text[row["sentence_start"]:row["sentence_end"]]
        row["source"] = [_participant(p) for p in parts[row["id"]] if p["role"] == "source"]
        row["target"] = [_participant(p) for p in parts[row["id"]] if p["role"] == "target"]
        row["contexts"] = row["contexts"].split()
    return rows


def _participant(p: dict[str, Any]) -> dict[str, Any]:
    return {"actor": p["actor_id"], "country": p["country"], "sector": p["sector"], "text": p["text"]}


def list_articles(store: Store, f: Filters) -> list[dict[str, Any]]:
    n_events = select(func.count()).where(E.c.article_id == A.c.id).scalar_subquery()
    n_quotes = select(func.count()).where(Q.c.article_id == A.c.id).scalar_subquery()
    same = A.alias("same_story")
    reports = select(func.count()).where(same.c.story_id == A.c.story_id).scalar_subquery()
    q = select(A.c.id, A.c.title, A.c.source, A.c.published, A.c.url, A.c.input,
               n_events.label("events"), n_quotes.label("quotes"), A.c.story_id.label("story"),
               reports.label("reports"))
    q = _in_window(q, f, A.c.published, A.c.id)
    if f.actor:
        q = q.where(A.c.id.in_(select(M.c.article_id).where(M.c.actor_id == f.actor)))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q.order_by(A.c.published.desc(), A.c.id).limit(f.limit).offset(f.offset))]


def list_quotes(store: Store, f: Filters) -> list[dict[str, Any]]:
    q = select(Q, A.c.published, A.c.source.label("article_source")).join(A, A.c.id == Q.c.article_id)
    if f.actor:
        speaker = [Q.c.speaker_actor == f.actor, Q.c.speaker_country == f.actor.upper()]
        if ":" not in f.actor and not f.actor.isupper():  # a name: "Carney", "von der Leyen", "the ministry"
            named = select(ACT.c.id).where(func.lower(ACT.c.name).like(f"%{f.actor.lower()}%"))
            speaker += [Q.c.speaker_text.ilike(f"%{f.actor}%"), Q.c.speaker_actor.in_(named)]
        q = q.where(or_(*speaker))
    if f.kind:
        q = q.where(Q.c.kind == f.kind)
    q = _in_window(q, f, A.c.published, Q.c.article_id)
    if f.search:
        if store.has_fts:
            matching = text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :query").bindparams(
                query=_fts_query(f.search))
            q = q.where(Q.c.id.in_(matching))
        else:  # no FTS5 (PostgreSQL, or SQLite built without it): every word, anywhere
            for word in _words(f.search):
                q = q.where(Q.c.text.ilike(f"%{word}%"))
    order = (Q.c.start,) if f.article else (A.c.published.desc(), Q.c.id)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q.order_by(*order).limit(f.limit).offset(f.offset))]


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The stored article with its cleaned text and story, or None."""
    with store.engine.connect() as conn:
        row = conn.execute(select(*(c for c in A.c if c.name != "minhash")).where(A.c.id == article_id)).first()
    return dict(row._mapping) if row else None


def _words(search: str) -> list[str]:
    return [w for w in (word.strip('"\'') for word in search.split()) if w]


def _fts_query(search: str) -> str:
    """Each word as a quoted FTS5 term, so user punctuation cannot break the query syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in _words(search))


def list_actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    mentions = func.count(M.c.id).label("mentions")
    articles = func.count(func.distinct(M.c.article_id)).label("articles")
    q = (select(ACT.c.id, ACT.c.name, ACT.c.kind, ACT.c.country, mentions, articles)
         .join(M, M.c.actor_id == ACT.c.id, isouter=True)
         .group_by(ACT.c.id, ACT.c.name, ACT.c.kind, ACT.c.country))
    if f.actor:
        q = q.where(or_(ACT.c.id == f.actor, ACT.c.country == f.actor.upper(),
                        func.lower(ACT.c.name).like(f"%{f.actor.lower()}%")))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q.order_by(mentions.desc(), ACT.c.id).limit(f.limit).offset(f.offset))]


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (("articles", A), ("events", E), ("quotes", Q), ("actors", ACT))}
