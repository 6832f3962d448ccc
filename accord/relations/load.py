"""Reading events from the store for relations analysis (SQLAlchemy Core: SQLite and PostgreSQL).

Each real-world event counts once: rows sharing a `fusion_key` (the same event reported by many
articles) are fused into one `DyadEvent`, keeping the most confident report as its evidence.

At volume the readers do not fuse at all: the store keeps the fused events of every pair up to
date at write time (`fused_pairs`, accord/store/pairs.py), and `pair_totals` (the network),
`pair_events` (a dyad) and `counted_pairs` (shifts) read it, exact at every minimum confidence.
The view as coded has no such table: it is fused from the reports (`load_events`, with
`touching=...` reading only the fusion keys that involve both sides of a dyad, and
`pair_totals_from_reports` counting in SQL), as is a dyad whose sides stand for their members.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, not_, or_, select

from ..errors import AccordError
from ..events.visibility import min_confidence
from ..store import Store, schema
from ..store.pairs import ANTICIPATED, COUNTED, READ_STATUSES
from ..store.reviewed import event_parts, events_view, participants_view

__all__ = ["ANTICIPATED", "COUNTED", "READ_STATUSES", "DyadEvent", "load_events", "pair_events", "pair_totals"]

Level = Literal["country", "actor"]
COOPERATION = (1, 2)  # QuadClass: verbal and material cooperation
CONFLICT = (3, 4)  # QuadClass: verbal and material conflict


@dataclass
class DyadEvent:
    """One fused event, its participants reduced to codes at the chosen level."""

    fusion_key: str
    day: date
    type: str
    status: str
    quad_class: int | None
    plover_score: float | None
    goldstein: float | None
    confidence: float
    reciprocal: bool
    sources: frozenset[str]
    targets: frozenset[str]
    event_id: str
    article_id: str
    sentence: tuple[int, int]
    precision: str | None = "day"  # day, published, month, year
    reports: int = 1
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def coop(self) -> int:
        """+1 cooperation, -1 conflict, 0 unknown QuadClass: the per-event cooperation score."""
        if self.quad_class in COOPERATION:
            return 1
        if self.quad_class in CONFLICT:
            return -1
        return 0

    @property
    def grain(self) -> int:
        """How coarse the date is: 0 a day (or the publication date), 1 a month, 2 a year."""
        return {"month": 1, "year": 2}.get(self.precision or "day", 0)

    @property
    def participants(self) -> frozenset[str]:
        return self.sources | self.targets


def parse_day(value: str | date | None) -> date | None:
    """`YYYY-MM-DD` or an ISO datetime; a datetime with an offset becomes the calendar date in
    its own offset (2024-12-31T23:30:00-05:00 is 2024-12-31, not the UTC 2025-01-01)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError as exc:
        raise AccordError(f"{value!r} is not a date; give YYYY-MM-DD (or an ISO datetime).") from exc


def _window(ev: Any, since: date | None, until: date | None, threshold: float) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = [ev.c.status.in_(READ_STATUSES), ev.c.day.is_not(None),
                                       ev.c.confidence >= threshold]
    if since:
        cond.append(ev.c.day >= since)
    if until:
        cond.append(ev.c.day <= until)
    return cond


def _code(participants: Any, level: Level) -> ColumnElement[str]:
    return participants.c.country if level == "country" else participants.c.actor_id


def _involving(codes: set[str], level: Level, as_coded: bool) -> Select[Any]:
    """The fusion keys of events with a source or target among `codes`."""
    ev, p = events_view(as_coded).alias("involved_event"), participants_view(as_coded).alias("involved")
    return (select(ev.c.fusion_key).join_from(ev, p, p.c.event_id == ev.c.id)
            .where(p.c.role.in_(("source", "target")), _code(p, level).in_(sorted(codes))))


def _rows(store: Store, since: date | None, until: date | None, level: Level,
          touching: tuple[set[str], set[str]] | None, as_coded: bool, threshold: float) -> list[dict[str, object]]:
    ev, p = events_view(as_coded), participants_view(as_coded)
    cond = [*_window(ev, since, until, threshold), p.c.role.in_(("source", "target"))]
    for codes in touching or ():  # only fusion keys that involve each side
        cond.append(ev.c.fusion_key.in_(_involving(codes, level, as_coded)))
    query = (
        select(ev.c.id, ev.c.fusion_key, ev.c.day, ev.c.type, ev.c.status, ev.c.quad_class,
               ev.c.plover_score, ev.c.goldstein, ev.c.confidence, ev.c.reciprocal, ev.c.article_id,
               ev.c.sentence_start, ev.c.sentence_end, ev.c.date_precision, p.c.role, p.c.actor_id, p.c.country)
        .select_from(ev.join(p, p.c.event_id == ev.c.id))
        .where(and_(*cond))
        .order_by(ev.c.day, ev.c.id, p.c.role, p.c.position)
    )
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def _as_day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _group(rows: Iterable[dict[str, object]], level: Level) -> list[DyadEvent]:
    key_col = "country" if level == "country" else "actor_id"
    by_id: dict[str, tuple[dict[str, object], set[str], set[str]]] = {}
    for r in rows:
        rec = by_id.setdefault(str(r["id"]), (r, set(), set()))
        code = r[key_col]
        if code:
            (rec[1] if r["role"] == "source" else rec[2]).add(str(code))
    out = []
    for r, sources, targets in by_id.values():
        if not sources and not targets:
            continue
        out.append(DyadEvent(
            fusion_key=str(r["fusion_key"]), day=_as_day(r["day"]), type=str(r["type"]),
            status=str(r["status"]), quad_class=r["quad_class"],  # type: ignore[arg-type]
            plover_score=r["plover_score"], goldstein=r["goldstein"],  # type: ignore[arg-type]
            confidence=float(r["confidence"] or 0.0), reciprocal=bool(r["reciprocal"]),  # type: ignore[arg-type]
            sources=frozenset(sources), targets=frozenset(targets), event_id=str(r["id"]),
            article_id=str(r["article_id"]),
            sentence=(int(r["sentence_start"]), int(r["sentence_end"])),  # type: ignore[call-overload]
            precision=r["date_precision"],  # type: ignore[arg-type]
        ))
    return out


def fuse(events: Iterable[DyadEvent]) -> list[DyadEvent]:
    """One event per fusion key: the most confident report, with participants of all reports."""
    best: dict[str, DyadEvent] = {}
    for e in events:
        kept = best.get(e.fusion_key)
        if kept is None:
            best[e.fusion_key] = e
            continue
        top, other = (e, kept) if e.confidence > kept.confidence else (kept, e)
        top.sources, top.targets = top.sources | other.sources, top.targets | other.targets
        top.reports = kept.reports + 1
        best[e.fusion_key] = top
    return sorted(best.values(), key=lambda e: (e.day, e.fusion_key))


def check_level(level: str) -> None:
    if level not in ("country", "actor"):
        raise AccordError(f"Unknown level {level!r}; use 'country' or 'actor'.")


def load_events(store: Store, *, since: date | None = None, until: date | None = None,
                level: Level = "country", touching: tuple[set[str], set[str]] | None = None,
                as_coded: bool = False, min_conf: float | None = None) -> list[DyadEvent]:
    """Fused, dated events with at least one coded participant (negated/hypothetical excluded),
    as reviewed by analysts (`as_coded`: as the machine coded them), at or above the minimum
    confidence (None: the default, accord/events/visibility.py); with `touching` (two sets of
    codes), only events that involve a code of each set."""
    check_level(level)
    return fuse(_group(_rows(store, since, until, level, touching, as_coded, min_confidence(min_conf)), level))


def latest_day(store: Store, level: Level = "country", as_coded: bool = False,
               min_conf: float | None = None) -> date | None:
    """The day of the latest event `load_events` would read, or None for an empty store."""
    p = participants_view(as_coded)
    latest = []
    with store.engine.connect() as conn:
        for ev in event_parts(as_coded):  # each part on its own: PostgreSQL sorts the union whole
            # a subquery with a LIMIT, not EXISTS: PostgreSQL would join every participant first
            coded = (select(literal(1)).where(p.c.event_id == ev.c.id, p.c.role.in_(("source", "target")),
                                              _code(p, level).is_not(None)).limit(1).scalar_subquery().is_not(None))
            found = conn.execute(select(ev.c.day).where(*_window(ev, None, None, min_confidence(min_conf)), coded)
                                 .order_by(ev.c.day.desc()).limit(1)).scalar()  # walks ix_events_day from the end
            if found is not None:
                latest.append(_as_day(found))
    return max(latest, default=None)


def _fused(level: Level, since: date | None, until: date | None, min_conf: float | None) -> list[ColumnElement[bool]]:
    check_level(level)
    fp = schema.fused_pairs
    cond = [fp.c.level == level, fp.c.reach >= min_confidence(min_conf)]
    if since:
        cond.append(fp.c.day >= since)
    if until:
        cond.append(fp.c.day <= until)
    return cond


def _counted(max_grain: int) -> list[ColumnElement[bool]]:
    fp = schema.fused_pairs
    return [fp.c.status.in_(COUNTED), fp.c.quad_class.in_((*COOPERATION, *CONFLICT)), fp.c.grain <= max_grain]


def pair_totals(store: Store, *, since: date | None = None, until: date | None = None,
                level: Level = "country", max_grain: int = 2, as_coded: bool = False,
                min_conf: float | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(fused events, of which cooperation) per unordered pair, exactly as `shifts.by_dyad`
    counts `load_events`, at any minimum confidence: summed from the fused pairs the store keeps
    (store/pairs.py); as coded, counted from the reports (`pair_totals_from_reports`)."""
    if as_coded:
        return pair_totals_from_reports(store, since=since, until=until, level=level, max_grain=max_grain,
                                        as_coded=True, min_conf=min_conf)
    fp = schema.fused_pairs
    query = (select(fp.c.a, fp.c.b, func.count(), func.sum(case((fp.c.quad_class.in_(COOPERATION), 1), else_=0)))
             .where(*_fused(level, since, until, min_conf), *_counted(max_grain)).group_by(fp.c.a, fp.c.b))
    with store.engine.connect() as conn:
        return {(str(a), str(b)): (int(n), int(coop)) for a, b, n, coop in conn.execute(query)}


def pair_events(store: Store, a: str, b: str, *, since: date | None = None, until: date | None = None,
                level: Level = "country", min_conf: float | None = None) -> list[DyadEvent]:
    """The fused events linking codes `a` and `b` (a != b) either way, as `load_events(touching=...)`
    reads them for a dyad of those two sides, read from the fused pairs the store keeps. Each
    event's sources and targets are cut to `a` and `b`: all that a dyad of the two looks at."""
    fp = schema.fused_pairs
    one, other = min(a, b), max(a, b)
    return _dyad_events(store, [*_fused(level, since, until, min_conf), fp.c.a == one, fp.c.b == other],
                        min_confidence(min_conf))


def counted_pairs(store: Store, *, since: date | None = None, until: date | None = None,
                  level: Level = "country", min_conf: float | None = None) -> dict[tuple[str, str], list[DyadEvent]]:
    """`shifts.by_dyad(load_events(...))`: the counted, QuadClass-coded events dated to the day,
    per pair, read from the fused pairs the store keeps (participants cut to the pair)."""
    out: dict[tuple[str, str], list[DyadEvent]] = {}
    for e in _dyad_events(store, [*_fused(level, since, until, min_conf), *_counted(0)], min_confidence(min_conf)):
        out.setdefault((min(e.participants), max(e.participants)), []).append(e)
    return out


def _dyad_events(store: Store, cond: list[ColumnElement[bool]], threshold: float) -> list[DyadEvent]:
    fp = schema.fused_pairs
    query = (select(fp.c.a, fp.c.b, fp.c.forward, fp.c.backward, fp.c.reciprocal, fp.c.fusion_key, fp.c.day,
                    fp.c.type, fp.c.status, fp.c.quad_class, fp.c.plover_score, fp.c.goldstein, fp.c.confidence,
                    fp.c.event_id, fp.c.article_id, fp.c.sentence_start, fp.c.sentence_end, fp.c.date_precision)
             .where(*cond).order_by(fp.c.day, fp.c.fusion_key, fp.c.a, fp.c.b))
    with store.engine.connect() as conn, _without_cycle_collection():
        rows = conn.execute(query).all()
        return _as_dyad_events(rows, threshold)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Tens of thousands of rows become objects here, none of them in a reference cycle; the
    cyclic garbage collector, run every few hundred new objects, would walk every object the
    process holds again and again: more than half the time of a dense dyad."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _as_dyad_events(rows: Sequence[Any], threshold: float) -> list[DyadEvent]:
    out = []
    sources: frozenset[str]
    targets: frozenset[str]
    for (a, b, forward, backward, reciprocal, key, day, type_, status, quad, score, goldstein, confidence,
         event_id, article_id, start, end, precision) in rows:
        if reciprocal:
            sources, targets = frozenset((a, b)), frozenset()
        else:  # a source and a target of each direction linked at this threshold
            ab = forward is not None and forward >= threshold
            ba = backward is not None and backward >= threshold
            sources = frozenset((a, b) if ab and ba else (a,) if ab else (b,))
            targets = frozenset((a, b) if ab and ba else (b,) if ab else (a,))
        out.append(DyadEvent(key, _as_day(day), type_, status, quad, score, goldstein, float(confidence),
                             bool(reciprocal), sources, targets, event_id, article_id, (start, end), precision))
    return out


def pair_totals_from_reports(store: Store, *, since: date | None = None, until: date | None = None,
                             level: Level = "country", max_grain: int = 2, as_coded: bool = False,
                             min_conf: float | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """`pair_totals` counted in SQL from the stored reports: one event per fusion key, its most
    confident report (ties: earliest day, then id) deciding status, QuadClass, reciprocity and
    date grain, its participants those of all its reports in the window; as reviewed unless
    `as_coded`. Tens of seconds over a million reports."""
    ev, p = events_view(as_coded), participants_view(as_coded)
    role_ok = p.c.role.in_(("source", "target"))
    coded = exists().where(p.c.event_id == ev.c.id, role_ok, _code(p, level).is_not(None))
    rank = func.row_number().over(partition_by=ev.c.fusion_key, order_by=(ev.c.confidence.desc(), ev.c.day, ev.c.id))
    reports = (select(ev.c.id, ev.c.fusion_key, ev.c.status, ev.c.quad_class, ev.c.reciprocal,
                      ev.c.date_precision, rank.label("rank"))
               .where(*_window(ev, since, until, min_confidence(min_conf)), coded).cte("reports").prefix_with("MATERIALIZED"))
    coarse = {"month": 1, "year": 2}
    too_coarse = [name for name, grain in coarse.items() if grain > max_grain]
    kept = [reports.c.rank == 1, reports.c.status.in_(COUNTED), reports.c.quad_class.in_((*COOPERATION, *CONFLICT))]
    if too_coarse:
        kept.append(or_(reports.c.date_precision.is_(None), reports.c.date_precision.not_in(too_coarse)))
    top = select(reports.c.fusion_key, reports.c.quad_class, reports.c.reciprocal).where(*kept).cte("top")
    codes = (select(reports.c.fusion_key, p.c.role, _code(p, level).label("code"))
             .join_from(reports, p, p.c.event_id == reports.c.id)
             .where(role_ok, _code(p, level).is_not(None)).distinct().cte("codes").prefix_with("MATERIALIZED"))
    one, other = codes.alias("one"), codes.alias("other")
    pairs = (select(top.c.fusion_key, top.c.quad_class,
                    case((one.c.code < other.c.code, one.c.code), else_=other.c.code).label("a"),
                    case((one.c.code < other.c.code, other.c.code), else_=one.c.code).label("b"))
             .select_from(top.join(one, one.c.fusion_key == top.c.fusion_key)
                          .join(other, other.c.fusion_key == top.c.fusion_key))
             .where(one.c.code != other.c.code,
                    or_(and_(top.c.reciprocal, one.c.code < other.c.code),
                        and_(not_(top.c.reciprocal), one.c.role == "source", other.c.role == "target")))
             .distinct().cte("pairs"))
    totals = select(pairs.c.a, pairs.c.b, func.count(),
                    func.sum(case((pairs.c.quad_class.in_(COOPERATION), 1), else_=0))).group_by(pairs.c.a, pairs.c.b)
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # the planner guesses 1 row for "rank = 1" and would
            conn.exec_driver_sql("SET LOCAL enable_nestloop = off")  # nest loops over a million
        return {(str(a), str(b)): (int(n), int(coop)) for a, b, n, coop in conn.execute(totals)}


def sentence_texts(store: Store, events: Iterable[DyadEvent]) -> dict[str, str]:
    """The evidence sentence of each event, cut from its article's cleaned text."""
    wanted = {e.event_id: e for e in events}
    ids = {e.article_id for e in wanted.values()}
    if not ids:
        return {}
    art = schema.articles
    with store.engine.connect() as conn:
        texts = dict(conn.execute(select(art.c.id, art.c.text).where(art.c.id.in_(ids))).all())
    return {eid: texts.get(e.article_id, "")[e.sentence[0]:e.sentence[1]].strip()
            for eid, e in wanted.items()}


def actor_names(store: Store) -> dict[str, str]:
    a = schema.actors
    with store.engine.connect() as conn:
        return {str(i): str(n) for i, n in conn.execute(select(a.c.id, a.c.name))}
