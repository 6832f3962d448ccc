"""Reviews and aliases over JSON: reading is open, every write needs the server's token.

- `POST /api/events/{id}/review`, `POST /api/events/{id}/review/undo`, `GET /api/events/{id}/reviews`
- `GET /api/reviews` (the audit trail), `GET /api/review/queue`, `GET /api/review/precision`
- `GET /api/aliases`, `POST /api/aliases`, `DELETE /api/aliases/{phrase}`, `GET /api/unresolved`
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from ..errors import InputError
from ..review.precision import review_precision
from ..review.reanalyze import reanalyze
from ..store.aliases import (
    add_alias,
    list_aliases,
    make_alias,
    mentioning,
    remove_alias,
    unresolved_names,
)
from ..store.queries import Filters, list_events
from ..store.reviews import (
    Correction,
    UnknownEvent,
    event_reviews,
    list_reviews,
    review_event,
    undo_review,
)
from .auth import require_token
from .deps import StoreDep
from .errors import ApiError
from .routes import Limit, SourceQ, parse_dyad

router = APIRouter(prefix="/api", tags=["review"])
API_REVIEWER = "api"


class ReviewInput(BaseModel):
    """A review: `verdict` correct, or wrong (with no corrections: not an event), and/or the
    fields to correct; fields left out keep their current value."""

    verdict: Literal["correct", "wrong"] | None = None
    type: str | None = Field(None, description="The right PLOVER type, e.g. ACCUSE.")
    mode: str | None = Field(None, description="The right PLOVER mode ('' for none).")
    status: Literal["occurred", "announced", "anticipated", "negated", "hypothetical"] | None = None
    date: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY.")
    source: list[str] | None = Field(None, description="Actor ids or codes: ['CAN'], [] for none.")
    target: list[str] | None = Field(None, description="Actor ids or codes: ['TUR'], [] for none.")
    note: str | None = None
    reviewer: str = Field(API_REVIEWER, min_length=1, max_length=120)


class UndoInput(BaseModel):
    note: str | None = None
    reviewer: str = Field(API_REVIEWER, min_length=1, max_length=120)


class AliasInput(BaseModel):
    """"`phrase` means `actor`", for every article analysed into this store from then on."""

    phrase: str = Field(min_length=1, max_length=200)
    actor: str = Field(min_length=1, max_length=120, description="CAN, NATO, person:john-prescott, org:hamas")
    kind: str | None = None
    name: str | None = None
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    note: str | None = None
    reanalyze: bool = Field(False, description="Also analyse again the stored articles containing the phrase.")
    reviewer: str = Field(API_REVIEWER, min_length=1, max_length=120)


def _unknown(exc: UnknownEvent) -> ApiError:
    return ApiError(404, str(exc), "List event ids with /api/events or /api/review/queue.")


@router.post("/events/{event_id:path}/review", status_code=201, dependencies=[Depends(require_token)],
             summary="Review an event: correct, wrong (not an event) or corrected fields (needs the token)")
def review(store: StoreDep, event_id: str, body: ReviewInput) -> dict[str, Any]:
    fix = Correction(type=body.type, mode=body.mode, status=body.status, date=body.date, source=body.source,
                     target=body.target)
    try:
        return review_event(store, event_id, verdict=body.verdict, fix=fix, reviewer=body.reviewer, note=body.note)
    except UnknownEvent as exc:
        raise _unknown(exc) from exc


@router.post("/events/{event_id:path}/review/undo", dependencies=[Depends(require_token)],
             summary="Withdraw an event's latest review; the one before applies again (needs the token)")
def undo(store: StoreDep, event_id: str, body: UndoInput | None = None) -> dict[str, Any]:
    body = body or UndoInput(reviewer=API_REVIEWER)
    try:
        return undo_review(store, event_id, reviewer=body.reviewer, note=body.note)
    except UnknownEvent as exc:
        raise _unknown(exc) from exc


@router.get("/events/{event_id:path}/reviews", summary="An event's audit trail: every review and undo, oldest first")
def reviews_of(store: StoreDep, event_id: str) -> list[dict[str, Any]]:
    return event_reviews(store, event_id)


@router.get("/reviews", summary="The latest reviews and undos, newest first")
def reviews(store: StoreDep, limit: Limit = 50,
            reviewer: Annotated[str | None, Query(description="Only this reviewer's entries.")] = None) -> list[dict[str, Any]]:
    return list_reviews(store, limit=limit, reviewer=reviewer)


@router.get("/review/queue", summary="Events nobody reviewed yet, lowest confidence first")
def queue(store: StoreDep, dyad: Annotated[str | None, Query(description="Two actors: CAN,USA")] = None,
          type: Annotated[str | None, Query(description="A PLOVER type.")] = None,
          source: SourceQ = None, limit: Limit = 50) -> list[dict[str, Any]]:
    return list_events(store, Filters(dyad=parse_dyad(dyad), type=type or None, source=source or None,
                                      limit=limit, reviewed=False, order="confidence", min_confidence=0.0))


@router.get("/review/precision", summary="accord's precision per PLOVER type on the reviewed events")
def precision(store: StoreDep) -> list[dict[str, Any]]:
    return [row.to_dict() for row in review_precision(store)]


@router.get("/aliases", summary="The team's actor aliases")
def aliases(store: StoreDep, actor: Annotated[str | None, Query(description="Only this actor's.")] = None) -> list[dict[str, Any]]:
    return list_aliases(store, actor or None)


@router.post("/aliases", status_code=201, dependencies=[Depends(require_token)],
             summary="Add (or replace) an alias; reanalyze=true re-reads the stored articles with it (needs the token)")
def add(store: StoreDep, body: AliasInput) -> dict[str, Any]:
    alias = make_alias(body.phrase, body.actor, kind=body.kind, name=body.name, country=body.country,
                       role=body.role, sector=body.sector)
    row = add_alias(store, alias, added_by=body.reviewer, note=body.note)
    results = list(reanalyze(store, mentioning(store, alias.phrase))) if body.reanalyze else []
    return {"alias": row, "reanalyzed": [
        {"error": str(r)} if isinstance(r, InputError) else
        {"article_id": r.article_id, "reviews_kept": r.reviews_kept, "reviews_lost": r.reviews_lost}
        for r in results]}


@router.delete("/aliases/{phrase}", status_code=204, dependencies=[Depends(require_token)],
               summary="Remove an alias (needs the token)")
def remove(store: StoreDep, phrase: str) -> None:
    remove_alias(store, phrase)


@router.get("/unresolved", summary="Names and phrases most often resolved to no actor, with an example")
def unresolved(store: StoreDep, limit: Limit = 50) -> list[dict[str, Any]]:
    return unresolved_names(store, limit)
