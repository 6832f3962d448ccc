"""One analysis -> rows of the Parquet tables, with a fixed schema per table.

Event rows are flattened by the store's own export (`accord.store.export._flat_event`) and carry
the store's fusion key and GDELT-style actor codes, so a Parquet event and a stored event agree
column for column. `analyses` holds each article's whole contract object (plus the few fields the
contract leaves out: the article's input and author, mention sectors, unrounded confidence), from
which `accord.scale.load` rebuilds the `Analysis` for `Store.add`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pyarrow as pa

from ..errors import InputError
from ..model import Actor, Analysis, Event, Participant
from ..store import cameo_actor_code, country_of, day_of, fusion_key, sector_of
from ..store.export import _flat_event

UNKNOWN_MONTH = "unknown"  # the `month=` partition of events without a date

_s, _i, _f, _d, _b = pa.string(), pa.int64(), pa.float64(), pa.date32(), pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", _s), ("title", _s), ("url", _s), ("source", _s), ("published", _d),
        ("author", _s), ("input", _s), ("text", _s), ("removed_blocks", _i), ("actors", _i),
        ("mentions", _i), ("events", _i), ("quotes", _i)]),
    "events": pa.schema([
        ("id", _s), ("article_id", _s), ("published", _d), ("fusion_key", _s), ("type", _s), ("mode", _s),
        ("contexts", _s), ("date", _s), ("day", _d), ("date_precision", _s), ("status", _s),
        ("location_country", _s), ("location_name", _s), ("trigger_text", _s), ("trigger_start", _i),
        ("trigger_end", _i), ("sentence_index", _i), ("sentence_start", _i), ("sentence_end", _i),
        ("evidence", _s), ("confidence", _f), ("cameo", _s), ("quad_class", _i), ("goldstein", _f),
        ("plover_score", _f), ("reciprocal", _b), ("evidence_count", _i), ("source_code", _s),
        ("target_code", _s), ("source_actors", _s), ("source_countries", _s), ("source_text", _s),
        ("target_actors", _s), ("target_countries", _s), ("target_text", _s), ("source_codes", _s),
        ("target_codes", _s)]),
    "quotes": pa.schema([
        ("article_id", _s), ("published", _d), ("kind", _s), ("text", _s), ("start", _i), ("end", _i),
        ("cue", _s), ("cameo", _s), ("speaker_actor", _s), ("speaker_country", _s), ("speaker_text", _s),
        ("speaker_start", _i), ("speaker_end", _i)]),
    "mentions": pa.schema([
        ("article_id", _s), ("actor_id", _s), ("actor_kind", _s), ("country", _s), ("text", _s),
        ("start", _i), ("end", _i), ("sentence", _i), ("method", _s), ("sectors", _s)]),
    "errors": pa.schema([("input", _s), ("line", _i), ("message", _s)]),
    "analyses": pa.schema([("article_id", _s), ("published", _d), ("analysis", _s)]),
}


def analysis_record(analysis: Analysis) -> dict[str, Any]:
    """The contract object, plus what `Store.add` reads that the contract leaves out."""
    record = analysis.to_dict()
    record["article"].update(author=analysis.article.author, input=analysis.article.input)
    for event, out in zip(analysis.events, record["events"]):
        out["confidence"] = event.confidence
    return record


def article_row(a: Analysis) -> dict[str, Any]:
    art = a.article
    return {"article_id": art.id, "title": art.title, "url": art.url, "source": art.source,
            "published": art.published, "author": art.author, "input": art.input, "text": art.text,
            "removed_blocks": len(art.removed), "actors": len(a.actors), "mentions": len(a.mentions),
            "events": len(a.events), "quotes": len(a.quotes)}


def _side(a: Analysis, participants: list[Participant], actors: dict[str, Actor]) -> list[dict[str, Any]]:
    return [{"actor": p.actor, "country": country_of(p.actor, actors), "sector": sector_of(p, actors, a.mentions),
             "text": p.text} for p in participants]


def event_row(a: Analysis, ev: Event, actors: dict[str, Actor]) -> dict[str, Any]:
    loc, art = ev.location, a.article
    return _flat_event({
        "id": f"{art.id}:{ev.id}", "article_id": art.id, "published": art.published,
        "fusion_key": fusion_key(ev, actors), "type": ev.type, "mode": ev.mode, "contexts": ev.contexts,
        "date": ev.date, "day": day_of(ev.date), "date_precision": ev.date_precision, "status": ev.status,
        "location_country": loc.country if loc else None, "location_name": loc.name if loc else None,
        "trigger_text": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "sentence_index": ev.sentence.index, "sentence_start": ev.sentence.start,
        "sentence_end": ev.sentence.end, "evidence": art.text[ev.sentence.start:ev.sentence.end],
        "confidence": ev.confidence, "cameo": ev.cameo, "quad_class": ev.quad_class,
        "goldstein": ev.goldstein, "plover_score": ev.plover_score, "reciprocal": ev.reciprocal,
        "evidence_count": ev.evidence_count, "source_code": cameo_actor_code(ev.source, actors, a.mentions),
        "target_code": cameo_actor_code(ev.target, actors, a.mentions),
        "source": _side(a, ev.source, actors), "target": _side(a, ev.target, actors),
    })


def month_of(ev: Event) -> str:
    """The `month=` partition of an event: the month of its date (a year alone counts as January,
    as the store's `day` column does), else `unknown`."""
    day = day_of(ev.date)
    return day.strftime("%Y-%m") if day else UNKNOWN_MONTH


def quote_rows(a: Analysis, actors: dict[str, Actor]) -> Iterator[dict[str, Any]]:
    for q in a.quotes:
        sp = q.speaker
        yield {"article_id": a.article.id, "published": a.article.published, "kind": q.kind, "text": q.text,
               "start": q.start, "end": q.end, "cue": q.cue, "cameo": q.cameo, "speaker_actor": sp.actor if sp else None,
               "speaker_country": country_of(sp.actor, actors) if sp else None,
               "speaker_text": sp.text if sp else None, "speaker_start": sp.start if sp else None,
               "speaker_end": sp.end if sp else None}


def mention_rows(a: Analysis, actors: dict[str, Actor]) -> Iterator[dict[str, Any]]:
    for m in a.mentions:
        actor = actors.get(m.actor) if m.actor else None
        yield {"article_id": a.article.id, "actor_id": m.actor, "actor_kind": actor.kind if actor else None,
               "country": country_of(m.actor, actors), "text": m.text, "start": m.start, "end": m.end,
               "sentence": m.sentence, "method": m.method, "sectors": " ".join(m.sectors) or None}


class Rows:
    """The rows of one partition, table by table; events keyed by their month."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS if name != "events"}
        self.events: dict[str, list[dict[str, Any]]] = {}

    def add(self, item: Analysis | InputError) -> None:
        if isinstance(item, InputError):
            self.tables["errors"].append({"input": item.input, "line": item.line, "message": item.message})
            return
        actors = {actor.id: actor for actor in item.actors}
        self.tables["articles"].append(article_row(item))
        self.tables["analyses"].append({"article_id": item.article.id, "published": item.article.published,
                                        "analysis": json.dumps(analysis_record(item), ensure_ascii=False)})
        self.tables["quotes"].extend(quote_rows(item, actors))
        self.tables["mentions"].extend(mention_rows(item, actors))
        for ev in item.events:
            self.events.setdefault(month_of(ev), []).append(event_row(item, ev, actors))

    def count(self, table: str) -> int:
        if table == "events":
            return sum(len(rows) for rows in self.events.values())
        return len(self.tables[table])
