"""Read-side queries behind the listings, the export and the API: plain dicts out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select, text, true

from ..events.visibility import min_confidence
from . import Store, cameo_code, schema
from .reviewed import event_parts, events_view, first_report, participants_view, reports

S = TypeVar("S", bound=Select[Any])
A, Q, M, ACT = schema.articles, schema.quotes, schema.mentions, schema.actors
W = schema.article_warnings


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
    as_coded: bool = False  # the machine's coding instead of the reviewed view (reviewed.py)
    reviewed: bool | None = None  # events: only reviewed (True) or only unreviewed (False) ones
    order: str = "recent"  # events: "recent" first, or lowest "confidence" first (the review queue)
    min_confidence: float | None = None  # None: the default (accord/events/visibility.py); 0: every event
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


def _participant_match(parts: Any, code: str) -> Any:
    return or_(parts.c.actor_id == code, parts.c.country == code)


def _event_query(f: Filters, ev: Any) -> Select[Any]:
    """The listing query over `ev`, one part of the events view (reviewed.event_parts)."""
    parts = participants_view(f.as_coded)
    q = select(ev, reports(ev, f.as_coded).label("reports"), A.c.source.label("article_source"),
               A.c.title.label("article_title"), A.c.published.label("article_published"),
               A.c.text.label("article_text")).join(A, A.c.id == ev.c.article_id)
    if f.fused:
        q = q.where(first_report(ev, f.as_coded))
    if f.reviewed is not None:
        q = q.where(ev.c.review_id.is_not(None) if f.reviewed else ev.c.review_id.is_(None))
    q = q.where(ev.c.confidence >= min_confidence(f.min_confidence))
    if f.type:
        q = q.where(ev.c.type == f.type.upper())
    if f.status:
        q = q.where(ev.c.status == f.status.lower())
    if f.context:
        q = q.where(func.lower(" " + ev.c.contexts + " ").like(f"% {f.context.lower()} %"))
    q = _in_window(q, f, ev.c.day, ev.c.article_id)
    if f.actor:
        q = q.where(ev.c.id.in_(select(parts.c.event_id).where(
            _participant_match(parts, f.actor.upper() if ":" not in f.actor else f.actor))))
    if f.dyad:
        for code in f.dyad:
            q = q.where(ev.c.id.in_(select(parts.c.event_id).where(
                and_(parts.c.role != "reporter", _participant_match(parts, code)))))
    if f.article:
        order: tuple[Any, ...] = (ev.c.sentence_start, ev.c.trigger_start)
    elif f.order == "confidence":
        order = (ev.c.confidence, ev.c.day.desc(), ev.c.id)
    else:
        order = (ev.c.day.desc(), ev.c.id)
    return q.order_by(*order).limit(f.limit).offset(f.offset)


def list_events(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Events as reviewed (`f.as_coded`: as coded), each with its evidence sentence, sources,
    targets and `review` (the verdict of its active review, None when unreviewed)."""
    view = participants_view(f.as_coded)
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for part in event_parts(f.as_coded) for r in conn.execute(_event_query(f, part))]
        rows = _in_order(rows, f)[:f.limit]
        ids = [r["id"] for r in rows]
        parts: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        if ids:
            for p in conn.execute(select(view).where(view.c.event_id.in_(ids)).order_by(view.c.role, view.c.position)):
                parts[p.event_id].append(dict(p._mapping))
    for row in rows:
        article_text = row.pop("article_text")
        row["evidence"] = article_text[row["sentence_start"]:row["sentence_end"]]
        row["source"] = [_participant(p) for p in parts[row["id"]] if p["role"] == "source"]
        row["target"] = [_participant(p) for p in parts[row["id"]] if p["role"] == "target"]
        row["contexts"] = row["contexts"].split()
    return rows


def _in_order(rows: list[dict[str, Any]], f: Filters) -> list[dict[str, Any]]:
    """The rows of the view's parts, each part in `_event_query`'s order, merged into that order
    (a missing day sorts first, as SQLite has it; Python's sort is stable, so keys go last first)."""
    if f.article:
        return sorted(rows, key=lambda r: (r["sentence_start"], r["trigger_start"]))
    rows = sorted(rows, key=lambda r: r["id"])
    rows.sort(key=lambda r: (r["day"] is not None, r["day"] or date.min), reverse=True)
    if f.order == "confidence":
        rows.sort(key=lambda r: r["confidence"])
    return rows


def _participant(p: dict[str, Any]) -> dict[str, Any]:
    return {"actor": p["actor_id"], "country": p["country"], "sector": p["sector"],
            "code": cameo_code(p["country"], p["sector"]), "text": p["text"]}


def list_articles(store: Store, f: Filters) -> list[dict[str, Any]]:
    reviewed = events_view(f.as_coded)
    n_events = select(func.count()).where(reviewed.c.article_id == A.c.id).scalar_subquery()
    n_quotes = select(func.count()).where(Q.c.article_id == A.c.id).scalar_subquery()
    same = A.alias("same_story")
    reports = select(func.count()).where(same.c.story_id == A.c.story_id).scalar_subquery()
    n_warnings = select(func.count()).where(W.c.article_id == A.c.id).scalar_subquery()
    q = select(A.c.id, A.c.title, A.c.source, A.c.published, A.c.url, A.c.input,
               n_events.label("events"), n_quotes.label("quotes"), A.c.story_id.label("story"),
               reports.label("reports"), n_warnings.label("warnings"))
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
        if row is None:
            return None
        warnings = conn.execute(select(W.c.stage, W.c.message).where(W.c.article_id == article_id).order_by(W.c.id))
        return {**row._mapping, "warnings": [dict(w._mapping) for w in warnings]}


def _words(search: str) -> list[str]:
    return [w for w in (word.strip('"\'') for word in search.split()) if w]


def _fts_query(search: str) -> str:
    """Each word as a quoted FTS5 term, so user punctuation cannot break the query syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in _words(search))


def list_actors(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Stored actors by mentions, each with its sector and the GDELT-style codes its mentions were
    coded with (SYR, SYRGOV, SYRREB; AFGINS for the Taliban)."""
    mentions = func.count(M.c.id).label("mentions")
    articles = func.count(func.distinct(M.c.article_id)).label("articles")
    q = (select(ACT.c.id, ACT.c.name, ACT.c.kind, ACT.c.country, ACT.c.sector, mentions, articles)
         .join(M, M.c.actor_id == ACT.c.id, isouter=True)
         .group_by(ACT.c.id, ACT.c.name, ACT.c.kind, ACT.c.country, ACT.c.sector))
    if f.actor:
        q = q.where(or_(ACT.c.id == f.actor, ACT.c.country == f.actor.upper(),
                        func.lower(ACT.c.name).like(f"%{f.actor.lower()}%")))
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(q.order_by(mentions.desc(), ACT.c.id).limit(f.limit).offset(f.offset))]
        ids = [r["id"] for r in rows]
        coded: dict[str, set[str]] = {}
        for actor_id, sectors in conn.execute(select(M.c.actor_id, M.c.sector).distinct().where(M.c.actor_id.in_(ids))):
            coded.setdefault(actor_id, set()).update((sectors or "").split()[:1])
    for row in rows:
        country = row["id"] if row["kind"] in ("state", "igo") else row["country"]
        codes = {cameo_code(country, s) for s in coded.get(row["id"], set()) | {row["sector"]}}
        row["codes"] = " ".join(sorted(c for c in codes if c))
    return rows


def counts(store: Store) -> dict[str, int]:
    """Stored articles, events (as reviewed: without those reviewed as no event), quotes, actors."""
    E, R = schema.events, schema.reviews
    struck = (select(func.count()).select_from(R.join(E, E.c.id == R.c.event_id))
              .where(R.c.active == true(), R.c.verdict == "not_event"))  # an event has one active review
    with store.engine.connect() as conn:
        found = {name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                 for name, table in (("articles", A), ("events", E), ("quotes", Q), ("actors", ACT))}
        found["events"] -= conn.execute(struck).scalar_one()
    return found
