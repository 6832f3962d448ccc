"""Analysts' reviews of coded events: written beside the events, never over them.

A reviewer says an event is `correct`, or `wrong`: wrong with corrections (type, mode, status,
date, sources, targets) makes a `corrected` review holding the whole corrected event; wrong
with none says it is `not_event`. Each event has at most one *active* review, the one the
reviewed view (`reviewed.py`) applies: the latest one not undone. Undoing adds an `undo` row and
makes the review before it active again, so the audit trail (`event_reviews`) keeps everything.
A re-analysis of the article re-attaches each review to the new event with the same evidence
(same sentence, same trigger at the same place) and reports the reviews whose event is gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import false, func, insert, select, true, update
from sqlalchemy.engine import Connection

from ..actors import actor_info
from ..errors import AccordError
from ..events.ontology import load_ontology
from ..model import Actor
from . import pairs, schema

if TYPE_CHECKING:
    from . import Store

E, P, R, RP, A, AL = (schema.events, schema.event_participants, schema.reviews,
                      schema.review_participants, schema.articles, schema.actor_aliases)
VERDICTS = ("correct", "wrong")  # what a reviewer says
STATUSES = ("occurred", "announced", "anticipated", "negated", "hypothetical")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_HINT = "List event ids with `accord events --json` or `accord review queue`."


class UnknownEvent(AccordError):
    """No stored event has the id given."""


@dataclass
class Correction:
    """What a reviewer fixes; None keeps the current value. `mode` "" clears the mode."""

    type: str | None = None
    mode: str | None = None
    status: str | None = None
    date: str | None = None
    source: list[str] | None = None  # actor ids or codes: CAN, EU, person:mark-carney
    target: list[str] | None = None

    def empty(self) -> bool:
        return all(v is None for v in (self.type, self.mode, self.status, self.date, self.source, self.target))


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def verdict_of(verdict: str | None, fix: Correction) -> str:
    """The stored verdict: correct, corrected or not_event; an error that teaches otherwise."""
    if verdict is not None and verdict not in VERDICTS:
        raise AccordError(f"Unknown verdict {verdict!r}: use 'correct' or 'wrong' (wrong with no "
                          "corrections means 'not an event').")
    if verdict == "correct":
        if not fix.empty():
            raise AccordError("A 'correct' verdict takes no corrections: give --verdict wrong with the "
                              "fields to fix, or only the fields.")
        return "correct"
    if fix.empty():
        if verdict is None:
            raise AccordError("Say what the review is: --verdict correct, --verdict wrong (not an event), "
                              "or the fields to fix (--type, --source, --target, --status, --date, --mode).")
        return "not_event"
    return "corrected"


def review_event(store: Store, event_id: str, *, verdict: str | None, fix: Correction | None = None,
                 reviewer: str, note: str | None = None) -> dict[str, Any]:
    """Record a review of one stored event and make it the event's active review."""
    fix = fix or Correction()
    stored = verdict_of(verdict, fix)
    with store.engine.begin() as conn:
        event = _event(conn, event_id)
        row: dict[str, Any] = {
            "event_id": event_id, "article_id": event["article_id"], "verdict": stored, "active": True,
            "evidence": event["evidence"], "trigger_text": event["trigger_text"],
            "trigger_offset": event["trigger_start"] - event["sentence_start"],
            "reviewer": reviewer, "created_at": now(), "note": note or None,
        }
        if stored == "correct" and conn.execute(select(R.c.id).where(
                R.c.event_id == event_id, R.c.active == true(), R.c.verdict == "corrected")).first():
            raise AccordError(f"The event {event_id!r} carries a correction, which 'correct' would throw away: "
                              f"to go back to the coding, undo the correction (accord review undo {event_id}).")
        parts: list[dict[str, Any]] = []
        if stored == "corrected":
            fields, parts, new_actors = _corrected(conn, event, fix)
            row.update(fields)
            store._upsert_actors(conn, new_actors)
        conn.execute(update(R).where(R.c.event_id == event_id).values(active=False))
        review_id = conn.execute(insert(R).values(**row)).inserted_primary_key[0]  # type: ignore[index]  # set by the INSERT
        if parts:
            conn.execute(insert(RP), [{**p, "review_id": review_id, "event_id": event_id} for p in parts])
        pairs.refresh(conn, pairs.touched_by_event(conn, event_id))
        return _review(conn, review_id)


def undo_review(store: Store, event_id: str, *, reviewer: str, note: str | None = None) -> dict[str, Any]:
    """Withdraw the event's active review; the review before it (if any) becomes active again."""
    with store.engine.begin() as conn:
        _event(conn, event_id)
        active = conn.execute(select(R).where(R.c.event_id == event_id, R.c.active == true())).first()
        if active is None:
            raise AccordError(f"The event {event_id!r} has no review to undo; its history is in "
                              f"`accord review log {event_id}`.")
        conn.execute(update(R).where(R.c.id == active.id).values(active=False))
        undo_id = conn.execute(insert(R).values(
            event_id=event_id, article_id=active.article_id, verdict="undo", active=False, undoes=active.id,
            evidence=active.evidence, trigger_text=active.trigger_text, trigger_offset=active.trigger_offset,
            reviewer=reviewer, created_at=now(), note=note or None)).inserted_primary_key[0]  # type: ignore[index]  # set by the INSERT
        undone = select(R.c.undoes).where(R.c.undoes.is_not(None))
        previous = conn.execute(
            select(func.max(R.c.id)).where(R.c.event_id == event_id, R.c.verdict != "undo",
                                           R.c.detached == false(), R.c.id.not_in(undone))).scalar()
        if previous is not None:
            conn.execute(update(R).where(R.c.id == previous).values(active=True))
        pairs.refresh(conn, pairs.touched_by_event(conn, event_id))
        return _review(conn, undo_id)


def event_reviews(store: Store, event_id: str) -> list[dict[str, Any]]:
    """The audit trail of one event: every review and undo, oldest first (reviews detached by a
    re-analysis belong to an event that is gone: `list_reviews` shows them)."""
    with store.engine.connect() as conn:
        ids = conn.execute(select(R.c.id).where(R.c.event_id == event_id, R.c.detached == false())
                           .order_by(R.c.id)).scalars().all()
        return [_review(conn, i) for i in ids]


def list_reviews(store: Store, *, limit: int = 50, reviewer: str | None = None) -> list[dict[str, Any]]:
    """The latest reviews and undos of all events, newest first."""
    query = select(R.c.id).order_by(R.c.id.desc()).limit(limit)
    if reviewer:
        query = query.where(R.c.reviewer == reviewer)
    with store.engine.connect() as conn:
        return [_review(conn, i) for i in conn.execute(query).scalars().all()]


def active_reviews(store: Store) -> list[dict[str, Any]]:
    """Every event's active review beside the event as coded, for the gold export and precision."""
    with store.engine.connect() as conn:
        ids = conn.execute(select(R.c.id).join(E, E.c.id == R.c.event_id)
                           .where(R.c.active == true()).order_by(R.c.article_id, R.c.id)).scalars().all()
        return [_review(conn, i) for i in ids]


def reattach(conn: Connection, article_id: str) -> tuple[int, list[dict[str, Any]]]:
    """After a re-analysis of `article_id`: point its reviews at the new event with the same
    evidence; detach (and deactivate) the others. Returns (active reviews kept, reviews lost)."""
    text = conn.execute(select(A.c.text).where(A.c.id == article_id)).scalar_one()
    anchors: dict[tuple[str, str, int], str] = {}
    for ev in conn.execute(select(E.c.id, E.c.sentence_start, E.c.sentence_end, E.c.trigger_text,
                                  E.c.trigger_start).where(E.c.article_id == article_id)):
        anchor = (text[ev.sentence_start:ev.sentence_end], ev.trigger_text, ev.trigger_start - ev.sentence_start)
        anchors.setdefault(anchor, ev.id)
    kept, lost = 0, []
    for review in conn.execute(select(R).where(R.c.article_id == article_id).order_by(R.c.id)).all():
        new_id = anchors.get((review.evidence, review.trigger_text, review.trigger_offset))
        if new_id is not None:
            conn.execute(update(R).where(R.c.id == review.id).values(event_id=new_id, detached=False))
            conn.execute(update(RP).where(RP.c.review_id == review.id).values(event_id=new_id))
            kept += bool(review.active)
        else:
            conn.execute(update(R).where(R.c.id == review.id).values(detached=True, active=False))
            if review.active:
                lost.append({"review_id": review.id, "event_id": review.event_id, "verdict": review.verdict,
                             "evidence": review.evidence, "trigger": review.trigger_text})
    return kept, lost


# -- helpers ---------------------------------------------------------------------------------
def _event(conn: Connection, event_id: str) -> dict[str, Any]:
    row = conn.execute(select(E, A.c.text.label("article_text")).join(A, A.c.id == E.c.article_id)
                       .where(E.c.id == event_id)).first()
    if row is None:
        raise UnknownEvent(f"No stored event has the id {event_id!r}. {EVENT_HINT}")
    event = dict(row._mapping)
    event["evidence"] = event.pop("article_text")[event["sentence_start"]:event["sentence_end"]]
    event["parts"] = [dict(p._mapping) for p in conn.execute(
        select(P).where(P.c.event_id == event_id, P.c.role != "reporter").order_by(P.c.role, P.c.position))]
    return event


def _current(conn: Connection, event: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The event's fields and participants as they stand: its active correction, else the coding."""
    active = conn.execute(select(R).where(R.c.event_id == event["id"], R.c.active == true(),
                                          R.c.verdict == "corrected")).first()
    if active is None:
        return event, event["parts"]
    parts = [dict(p._mapping) for p in conn.execute(
        select(RP).where(RP.c.review_id == active.id).order_by(RP.c.role, RP.c.position))]
    return dict(active._mapping) | {"reciprocal": event["reciprocal"]}, parts


def _corrected(conn: Connection, event: dict[str, Any], fix: Correction
               ) -> tuple[dict[str, Any], list[dict[str, Any]], list[Actor]]:
    """The whole corrected event: the current values with `fix` applied, codes derived again."""
    from . import country_of, day_of, fusion_key_of  # the package imports this module

    onto = load_ontology()
    base, base_parts = _current(conn, event)
    type_ = (fix.type or base["type"]).upper()
    if type_ not in onto.types:
        raise AccordError(f"Unknown PLOVER type {fix.type!r}; use one of {', '.join(sorted(onto.types))}.")
    modes = onto.modes.get(type_, {})
    if fix.mode and fix.mode not in modes:
        raise AccordError(f"{type_} has no mode {fix.mode!r}; its modes: {', '.join(sorted(modes)) or 'none'}.")
    kept_mode = None if fix.mode == "" or base["mode"] not in modes else base["mode"]
    mode: str | None = fix.mode or kept_mode
    status = (fix.status or base["status"]).lower()
    if status not in STATUSES:
        raise AccordError(f"Unknown status {fix.status!r}; use one of {', '.join(STATUSES)}.")
    date_, precision = base["date"], base["date_precision"]
    if fix.date is not None:
        if not DATE_RE.match(fix.date):
            raise AccordError(f"The date {fix.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD.")
        date_, precision = fix.date, {4: "year", 7: "month"}.get(len(fix.date), "day")
    aliases = _aliases(conn)
    actors: list[Actor] = []
    parts: list[dict[str, Any]] = []
    for role, given in (("source", fix.source), ("target", fix.target)):
        if given is None:
            parts += [{k: p[k] for k in ("role", "position", "actor_id", "country", "sector", "text")}
                      for p in base_parts if p["role"] == role]
            continue
        for position, code in enumerate(given):
            actor = _actor(code, aliases)
            actors.append(actor)
            parts.append({"role": role, "position": position, "actor_id": actor.id, "sector": actor.sector,
                          "country": country_of(actor.id, {actor.id: actor}), "text": actor.name})
    cameo = base["cameo"] if type_ == event["type"] else onto.types[type_].cameo_root
    sources = [p for p in parts if p["role"] == "source"]
    targets = [p for p in parts if p["role"] == "target"]
    fields = {
        "type": type_, "mode": mode, "status": status, "date": date_, "date_precision": precision,
        "day": day_of(date_), "cameo": cameo, "quad_class": onto.types[type_].quad_class,
        "goldstein": onto.goldstein_for(cameo, type_), "plover_score": onto.plover_score(type_, mode),
        "fusion_key": fusion_key_of(type_, status, [p["country"] for p in sources],
                                    [p["country"] for p in targets], bool(event["reciprocal"]), date_),
        "source_code": _code(sources), "target_code": _code(targets),
    }
    return fields, parts, actors


def _code(parts: list[dict[str, Any]]) -> str | None:
    for p in parts:
        if p["country"]:
            return str(p["country"]) + (p["sector"] or "")
    return None


def _aliases(conn: Connection) -> dict[str, Actor]:
    """Actors the team's aliases define, by id (a person the gazetteer does not hold)."""
    out: dict[str, Actor] = {}
    for a in conn.execute(select(AL)):
        out.setdefault(a.actor_id, Actor(a.actor_id, a.name or a.phrase, a.kind, a.country, a.sector, a.role))
    return out


def _actor(code: str, aliases: dict[str, Actor]) -> Actor:
    code = code.strip()
    wanted = code if ":" in code else code.upper()
    known = actor_info(wanted) or aliases.get(wanted)
    if known is None:
        raise AccordError(f"Unknown actor {code!r}: use an ISO3 country code (TUR), an IGO code (EU, NATO), "
                          "a known person (person:mark-carney, see `accord actor NAME`) or an actor your "
                          "team defined with `accord actors alias`.")
    return known


def _review(conn: Connection, review_id: int) -> dict[str, Any]:
    row = dict(conn.execute(select(R).where(R.c.id == review_id)).one()._mapping)
    parts = conn.execute(select(RP).where(RP.c.review_id == review_id).order_by(RP.c.role, RP.c.position)).all()
    row["source"] = [p.actor_id for p in parts if p.role == "source"] if row["verdict"] == "corrected" else None
    row["target"] = [p.actor_id for p in parts if p.role == "target"] if row["verdict"] == "corrected" else None
    return row


def review_counts(store: Store) -> dict[str, int]:
    """How many stored events carry an active review of each verdict."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(R.c.verdict, func.count()).join(E, E.c.id == R.c.event_id)
                            .where(R.c.active == true()).group_by(R.c.verdict))
        return {str(v): int(n) for v, n in rows}
