"""Fused pairs: the figures of `accord dyad`, `network`, `shifts` and the dashboard overview,
kept up to date at write time.

Every relations reader counts each real-world event once: the stored reports sharing a fusion
key are fused, the most confident report deciding status, QuadClass and scores, the participants
being those of all reports at or above the minimum confidence. Fusing a million reports at read
time takes seconds to minutes, so the `fused_pairs` table holds the result, one row per fusion
key and pair of codes the event links (at country and at actor level), as the reviewed view
(reviewed.py) shows it. `refresh` recomputes the rows of the fusion keys an article or a review
touches, in the same transaction as that write, so the table is never stale; `rebuild` fills it
for a database written before it existed.

Exact at every minimum confidence: a code takes part at threshold t when a report at or above t
names it, so each row keeps, for each direction, the highest threshold at which the pair is still
linked (`forward`: a source a and a target b; a reciprocal event links its participants both
ways), and a reader keeps the rows whose `reach` is at or above its threshold. The most
confident report is the same at every threshold that keeps the event; all reports of a fusion
key share its date (the key holds it), so a date window keeps all of them or none.

Concurrent writers: SQLite runs one writer at a time; on PostgreSQL each writer takes a
transaction-scoped advisory lock per fusion key (in one order, so two writers cannot deadlock)
before reading the key's reports, so the last writer reads every committed report and no
update is lost.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import combinations
from typing import Any

from sqlalchemy import Select, bindparam, delete, exists, func, insert, select, text, union
from sqlalchemy.engine import Connection

from . import schema
from .reviewed import events_view, participants_view

E, R, FP = schema.events, schema.reviews, schema.fused_pairs
COUNTED = ("occurred", "announced")  # the main counts
ANTICIPATED = "anticipated"  # shown apart; negated and hypothetical events are never read
READ_STATUSES = (*COUNTED, ANTICIPATED)
LEVELS = ("country", "actor")  # a participant's code: its country-level code, or its actor id
GRAIN = {"month": 1, "year": 2}  # how coarse a date is; any other precision is 0 (a day)
CHUNK = 500  # fusion keys per query


def touched_by_article(conn: Connection, article_id: str) -> set[str]:
    """The fusion keys an article's events and reviews stand under (coded or corrected)."""
    return set(conn.execute(union(select(E.c.fusion_key).where(E.c.article_id == article_id),
                                  select(R.c.fusion_key).where(R.c.article_id == article_id,
                                                               R.c.fusion_key.is_not(None)))).scalars())


def touched_by_event(conn: Connection, event_id: str) -> set[str]:
    """The fusion keys one event stands under: as coded, and as each of its reviews corrected it."""
    return set(conn.execute(union(select(E.c.fusion_key).where(E.c.id == event_id),
                                  select(R.c.fusion_key).where(R.c.event_id == event_id,
                                                               R.c.fusion_key.is_not(None)))).scalars())


def refresh(conn: Connection, keys: Iterable[str]) -> None:
    """Recompute the rows of these fusion keys from the reviewed view, inside the caller's
    transaction (after its writes to events and reviews)."""
    wanted = sorted(set(keys))
    if conn.dialect.name == "postgresql" and wanted:  # in one order, in one statement
        conn.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:locks AS bigint[])) AS k ORDER BY k"),
                     {"locks": sorted({_lock_id(k) for k in wanted})})
    _recompute(conn, wanted)


def _recompute(conn: Connection, wanted: list[str], fresh: bool = False) -> None:
    """Replace the rows of these keys (`fresh`: they have none)."""
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        if not fresh:
            conn.execute(delete(FP).where(FP.c.fusion_key.in_(chunk)))
        rows = list(_fused_rows(conn, chunk))
        if rows:
            conn.execute(insert(FP), rows)


def rebuild(conn: Connection) -> int:
    """Fill the table from every stored report (a database of schema 7 or filled straight through
    SQL); returns the rows written."""
    if conn.dialect.name == "postgresql":  # one lock for the table, not one per key: writers wait
        conn.execute(text("LOCK TABLE fused_pairs IN EXCLUSIVE MODE"))
    conn.execute(delete(FP))
    last = ""
    while True:  # each key once, so no row to delete: the empty table is only written to
        keys = list(conn.execute(select(E.c.fusion_key).where(E.c.fusion_key > last).distinct()
                                 .order_by(E.c.fusion_key).limit(CHUNK * 4)).scalars())
        if not keys:
            break
        _recompute(conn, keys, fresh=True)
        last = keys[-1]
    corrected = select(R.c.fusion_key).where(R.c.fusion_key.is_not(None), ~exists().where(E.c.fusion_key == R.c.fusion_key))
    _recompute(conn, sorted(set(conn.execute(corrected).scalars())), fresh=True)
    if conn.dialect.name == "postgresql":  # statistics now, not when autovacuum comes round
        conn.execute(text("ANALYZE fused_pairs"))
    return int(conn.execute(select(func.count()).select_from(FP)).scalar_one())


def _lock_id(key: str) -> int:
    """A fusion key as a PostgreSQL advisory lock number (64 bits, signed)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big", signed=True)


@lru_cache(maxsize=1)
def _queries() -> tuple[Select[Any], Select[Any]]:
    """The reports of some fusion keys (`keys`) and the coded participants of some reports (`ids`),
    as reviewed; built once, so that a write does not pay for building the views again."""
    ev, parts = events_view(), participants_view()
    reports = (select(ev.c.id, ev.c.fusion_key, ev.c.day, ev.c.type, ev.c.status, ev.c.quad_class,
                      ev.c.plover_score, ev.c.goldstein, ev.c.confidence, ev.c.reciprocal, ev.c.article_id,
                      ev.c.sentence_start, ev.c.sentence_end, ev.c.date_precision)
               .where(ev.c.fusion_key.in_(bindparam("keys", expanding=True)), ev.c.status.in_(READ_STATUSES),
                      ev.c.day.is_not(None))
               # the readers' order: a key's first coded report is its most confident (ties: day, id)
               .order_by(ev.c.fusion_key, ev.c.confidence.desc(), ev.c.day, ev.c.id))
    codes = (select(parts.c.event_id, parts.c.role, parts.c.country, parts.c.actor_id)
             .where(parts.c.event_id.in_(bindparam("ids", expanding=True)), parts.c.role.in_(("source", "target"))))
    return reports, codes


def _fused_rows(conn: Connection, keys: list[str]) -> Iterator[dict[str, Any]]:
    reports_of, codes_of = _queries()
    reports = [dict(r._mapping) for r in conn.execute(reports_of, {"keys": keys})]
    codes: dict[str, list[tuple[str, str | None, str | None]]] = {}
    ids = [r["id"] for r in reports]
    for start in range(0, len(ids), CHUNK):
        for p in conn.execute(codes_of, {"ids": ids[start:start + CHUNK]}):
            codes.setdefault(p.event_id, []).append((p.role, p.country, p.actor_id))
    by_key: dict[str, list[dict[str, Any]]] = {}
    for r in reports:
        by_key.setdefault(r["fusion_key"], []).append(r)
    for key, group in by_key.items():
        for level in LEVELS:
            yield from _pairs_of(key, group, codes, level)


def _pairs_of(key: str, reports: list[dict[str, Any]], codes: dict[str, list[tuple[str, str | None, str | None]]],
              level: str) -> Iterator[dict[str, Any]]:
    """The rows of one fusion key at one level; `reports` most confident first."""
    at = 1 if level == "country" else 2
    reach: dict[str, dict[str, float]] = {"source": {}, "target": {}}  # code -> best confidence naming it
    top = None
    for r in reports:
        named = [(part[0], part[at]) for part in codes.get(r["id"], ()) if part[at]]
        if not named:
            continue  # no participant coded at this level: not read
        top = top or r
        for role, code in named:  # the first report naming a code is the most confident that does
            reach[role].setdefault(str(code), r["confidence"])
    if top is None:
        return
    sources, targets = reach["source"], reach["target"]
    fields = {k: top[k] for k in ("day", "date_precision", "type", "status", "quad_class", "plover_score",
                                  "goldstein", "confidence", "reciprocal", "article_id", "sentence_start",
                                  "sentence_end")}
    fields.update(level=level, fusion_key=key, event_id=top["id"], reciprocal=bool(top["reciprocal"]),
                  grain=GRAIN.get(top["date_precision"] or "day", 0))
    if top["reciprocal"]:  # every pair of participants, both ways
        either = {c: max(side[c] for side in (sources, targets) if c in side) for c in sources.keys() | targets.keys()}
        for a, b in combinations(sorted(either), 2):
            both = min(either[a], either[b])
            yield {**fields, "a": a, "b": b, "forward": both, "backward": both, "reach": both}
        return
    for a, b in combinations(sorted(sources.keys() | targets.keys()), 2):
        forward = min(sources[a], targets[b]) if a in sources and b in targets else None
        backward = min(sources[b], targets[a]) if b in sources and a in targets else None
        if forward is not None or backward is not None:
            yield {**fields, "a": a, "b": b, "forward": forward, "backward": backward,
                   "reach": max(x for x in (forward, backward) if x is not None)}
