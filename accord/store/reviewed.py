"""The reviewed view: the coded events with each event's active review laid over them.

Every reader of events (listings, exports, dyads, the network, shifts, the API, the dashboard)
selects from `events_view()` and `participants_view()` instead of the tables, so an analyst's
correction counts everywhere at once, and `as_coded=True` shows the machine's coding. Both are
plain SQL (a LEFT JOIN on the one active review, CASE over its fields, a UNION ALL of coded and
corrected participants), so the database can use its indexes on them.

- verdict `correct`: the coded event, marked as checked;
- verdict `corrected`: the review's type, mode, status, date and derived codes, and its own
  sources and targets (the reporter stays as coded);
- verdict `not_event`: the event is left out (with `as_coded=True` it is shown, marked).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Subquery, and_, case, or_, select, true, union_all

from . import schema

E, P, R, RP = schema.events, schema.event_participants, schema.reviews, schema.review_participants

# the event columns a "corrected" review replaces (reviews.py fills every one of them)
CORRECTABLE = ("type", "mode", "status", "date", "day", "date_precision", "cameo", "quad_class",
               "goldstein", "plover_score", "fusion_key", "source_code", "target_code")
PARTICIPANT_COLUMNS = ("event_id", "role", "position", "actor_id", "country", "sector", "text")


def events_view(as_coded: bool = False) -> Subquery:
    """The events as reviewed (or as coded), with the columns of `events` plus `review_id` and
    `review` (the active review's verdict, None when unreviewed)."""
    active = R.alias("active_review")
    joined = E.outerjoin(active, and_(active.c.event_id == E.c.id, active.c.active == true()))
    corrected = active.c.verdict == "corrected"
    columns: list[Any] = [
        c if as_coded or c.name not in CORRECTABLE
        else case((corrected, active.c[c.name]), else_=c).label(c.name)
        for c in E.c
    ]
    query = select(*columns, active.c.id.label("review_id"), active.c.verdict.label("review")).select_from(joined)
    if not as_coded:
        query = query.where(or_(active.c.verdict.is_(None), active.c.verdict != "not_event"))
    return query.subquery("coded_events" if as_coded else "reviewed_events")


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
