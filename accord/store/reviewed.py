"""The reviewed view: the coded events with each event's active review laid over them.

Every reader of events (listings, exports, dyads, the network, shifts, the API, the dashboard)
selects from `events_view()` and `participants_view()` instead of the tables, so an analyst's
correction counts everywhere at once, and `as_coded=True` shows the machine's coding. Both are
plain SQL: a LEFT JOIN on the one active review (indexed by event), and a UNION ALL of the events
as coded (where no correction applies) with the corrected ones, so that a filter or an order on
an event column still reaches the events table's indexes in the first branch.

- verdict `correct`: the coded event, marked as checked;
- verdict `corrected`: the review's type, mode, status, date and derived codes, and its own
  sources and targets (the reporter stays as coded);
- verdict `not_event`: the event is left out (with `as_coded=True` it is shown, marked).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, Subquery, and_, exists, func, or_, select, true, union_all

from . import schema

E, P, R, RP = schema.events, schema.event_participants, schema.reviews, schema.review_participants

# the event columns a "corrected" review replaces (reviews.py fills every one of them)
CORRECTABLE = ("type", "mode", "status", "date", "day", "date_precision", "cameo", "quad_class",
               "goldstein", "plover_score", "fusion_key", "source_code", "target_code")
PARTICIPANT_COLUMNS = ("event_id", "role", "position", "actor_id", "country", "sector", "text")

def event_parts(as_coded: bool = False) -> list[Subquery]:
    """The view's parts, whose union is `events_view()`: each a plain SELECT over one table's
    rows, so that a filter or an order on an event column reaches that table's indexes. As
    coded: the events. As reviewed: the events with no review or a `correct` one (their own
    columns), and the corrected ones (their fields from the review)."""
    return [query.subquery(f"event_part_{n}") for n, query in enumerate(_event_selects(as_coded))]


def events_view(as_coded: bool = False) -> Subquery:
    """The events as reviewed (or as coded), with the columns of `events` plus `review_id` and
    `review` (the active review's verdict, None when unreviewed)."""
    selects = _event_selects(as_coded)
    if as_coded:
        return selects[0].subquery("coded_events")
    return union_all(*selects).subquery("reviewed_events")


def _event_selects(as_coded: bool) -> list[Select[Any]]:
    active = R.alias("active_review")
    joined = E.outerjoin(active, and_(active.c.event_id == E.c.id, active.c.active == true()))
    marks = (active.c.id.label("review_id"), active.c.verdict.label("review"))
    if as_coded:
        return [select(*E.c, *marks).select_from(joined)]
    kept = (select(*E.c, *marks).select_from(joined)
            .where(or_(active.c.id.is_(None), active.c.verdict == "correct")))
    corrected = (select(*(R.c[c.name].label(c.name) if c.name in CORRECTABLE else c for c in E.c),
                        R.c.id.label("review_id"), R.c.verdict.label("review"))
                 .select_from(R.join(E, E.c.id == R.c.event_id))
                 .where(R.c.active == true(), R.c.verdict == "corrected"))
    return [kept, corrected]


def _kept(event: Any) -> Any:
    """`event` (an alias of `events`) counts with its own fields: no correction, not struck out."""
    return ~exists().where(R.c.event_id == event.c.id, R.c.active == true(), R.c.verdict != "correct")


def reports(ev: Any, as_coded: bool = False) -> Any:
    """How many articles report the event `ev` (a row of the view) under its fusion key: the
    articles of the kept events with that key, plus those of corrected events that have none,
    each count a subquery that reaches an index (events.fusion_key, reviews.fusion_key)."""
    same = E.alias("same_event")
    coded = select(func.count(func.distinct(same.c.article_id))).where(same.c.fusion_key == ev.c.fusion_key)
    if as_coded:
        return coded.scalar_subquery()
    coded = coded.where(_kept(same))
    fixed, other = R.alias("same_review"), E.alias("same_article_event")
    counted = select(other.c.article_id).where(other.c.fusion_key == ev.c.fusion_key, _kept(other))
    corrected = (select(func.count(func.distinct(fixed.c.article_id)))
                 .where(fixed.c.fusion_key == ev.c.fusion_key, fixed.c.active == true(),
                        fixed.c.verdict == "corrected", fixed.c.article_id.not_in(counted)))
    return coded.scalar_subquery() + corrected.scalar_subquery()


def first_report(ev: Any, as_coded: bool = False) -> Any:
    """`ev` is the report of its fused event with the smallest id (one row per real-world event)."""
    same = E.alias("same_event")
    earlier = exists().where(same.c.fusion_key == ev.c.fusion_key, same.c.id < ev.c.id)
    if as_coded:
        return ~earlier
    fixed = R.alias("same_review")
    earlier_fixed = exists().where(fixed.c.fusion_key == ev.c.fusion_key, fixed.c.event_id < ev.c.id,
                                   fixed.c.active == true(), fixed.c.verdict == "corrected")
    return and_(~exists().where(same.c.fusion_key == ev.c.fusion_key, same.c.id < ev.c.id, _kept(same)),
                ~earlier_fixed)


def participants_view(as_coded: bool = False) -> Subquery:
    """Sources, targets and reporters of the events as reviewed (or as coded)."""
    coded = select(*(P.c[name] for name in PARTICIPANT_COLUMNS))
    if as_coded:
        return coded.subquery("coded_participants")
    active = R.alias("active_review")
    replaced = and_(active.c.event_id == P.c.event_id, active.c.active == true(),
                    active.c.verdict == "corrected")
    kept = coded.select_from(P.outerjoin(active, replaced)).where(or_(active.c.id.is_(None), P.c.role == "reporter"))
    fixed = (select(*(RP.c[name] for name in PARTICIPANT_COLUMNS))
             .select_from(RP.join(active, and_(active.c.id == RP.c.review_id, active.c.active == true()))))
    return union_all(kept, fixed).subquery("reviewed_participants")
