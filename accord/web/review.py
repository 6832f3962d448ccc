"""Dashboard pages where analysts review: the review queue, one event's review page with its
audit trail, shift alerts, unresolved names, aliases; signing in; the forms that write.

Every page reads without signing in. Writes need a session signed with the server's token and
a CSRF token in the form (`session.py`); each write answers with a redirect back to the page it
came from, where a notice offers to undo it.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from .. import relations
from ..api.deps import StoreDep
from ..api.errors import ApiError
from ..api.routes import Since, parse_dyad
from ..errors import AccordError
from ..events.ontology import load_ontology
from ..relations.periods import parse_duration
from ..review.precision import PARTS, review_precision
from ..review.reanalyze import reanalyze
from ..store import Store
from ..store.aliases import add_alias, list_aliases, make_alias, mentioning, remove_alias, unresolved_names
from ..store.queries import Filters, list_events
from ..store.reviews import (
    STATUSES,
    Correction,
    UnknownEvent,
    event_reviews,
    review_counts,
    review_event,
    undo_review,
)
from . import session
from .views import HERE, page, templates

router = APIRouter(include_in_schema=False)
VERDICT_TEXT = {"correct": "correct", "corrected": "corrected", "not_event": "not an event", "undo": "undone"}


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def actor_aliases(request: Request, actor_id: str) -> list[dict[str, Any]]:
    """The aliases of an actor, for the actor page's own block (`_actor_aliases.html`)."""
    return list_aliases(_store(request), actor_id)


def saved_review(request: Request) -> dict[str, Any] | None:
    """The review a write just saved (`?reviewed=EVENT_ID` after its redirect), for the notice."""
    event_id = request.query_params.get("reviewed")
    if not event_id:
        return None
    trail = event_reviews(_store(request), event_id)
    return trail[-1] if trail else None


def here(request: Request, *, drop: tuple[str, ...] = ("reviewed",), **changes: str) -> str:
    """The current page's path and query, without the notice's parameter, with `changes`."""
    query = {k: v for k, v in request.query_params.items() if k not in drop and k not in changes}
    query.update({k: v for k, v in changes.items() if v})
    return request.url.path + ("?" + urlencode(query) if query else "")


templates.env.globals.update(
    review_session=session.current, writes_enabled=session.writes_enabled, actor_aliases=actor_aliases,
    saved_review=saved_review, here=here, verdict_text=VERDICT_TEXT,
)


def _back(next_url: str | None, event_id: str | None = None, default: str = "/") -> RedirectResponse:
    target = session.local_path(next_url, default)
    if event_id:
        target += ("&" if "?" in target else "?") + urlencode({"reviewed": event_id})
    return RedirectResponse(target, status_code=303)


@router.get("/assets/review.js")
def review_js() -> FileResponse:
    return FileResponse(HERE / "static" / "review.js", media_type="text/javascript")


# -- signing in --------------------------------------------------------------------------------
@router.get("/login")
def login_page(request: Request, next: str = "/review") -> Response:
    return page(request, "login.html", title="Sign in to review", next=session.local_path(next, "/review"))


@router.post("/login")
async def login(request: Request) -> Response:
    form = await session.form_of(request)
    session.check_origin(request)
    response = _back(form.get("next"), default="/review")
    session.sign_in(response, request, form.get("name", ""), form.get("token", ""))
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    form = await session.form_of(request)
    session.require_writer(request, form)
    response = _back(form.get("next"))
    session.sign_out(response)
    return response


# -- reviewing events --------------------------------------------------------------------------
@router.get("/review")
def queue_page(request: Request, store: StoreDep,
               dyad: Annotated[str | None, Query()] = None, type: Annotated[str | None, Query()] = None,
               source: Annotated[str | None, Query()] = None,
               show: Annotated[str, Query(pattern="^(queue|reviewed)$")] = "queue",
               limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> Response:
    reviewed = show == "reviewed"
    filters = Filters(dyad=parse_dyad(dyad), type=type or None, source=source or None, limit=limit,
                      reviewed=reviewed, as_coded=reviewed, order="recent" if reviewed else "confidence",
                      min_confidence=0.0)
    return page(request, "review_queue.html", title="Review", events=list_events(store, filters), show=show,
                q=request.query_params, counts=review_counts(store), precision=review_precision(store),
                parts=PARTS)


def _event_row(store: Store, event_id: str, as_coded: bool) -> dict[str, Any] | None:
    article_id = event_id.rsplit(":", 1)[0]
    rows = list_events(store, Filters(article=article_id, as_coded=as_coded, limit=100_000))
    return next((r for r in rows if r["id"] == event_id), None)


@router.get("/review/event/{event_id:path}")
def event_page(request: Request, store: StoreDep, event_id: str) -> Response:
    coded = _event_row(store, event_id, as_coded=True)
    if coded is None:
        raise ApiError(404, f"No stored event has the id {event_id!r}.", "Find events at /events or /review.")
    reviewed = _event_row(store, event_id, as_coded=False)
    onto = load_ontology()
    return page(request, "review_event.html", title=f"Event {event_id}", coded=coded, reviewed=reviewed,
                trail=event_reviews(store, event_id), types=sorted(onto.types), statuses=STATUSES,
                modes=sorted({m for ms in onto.modes.values() for m in ms}))


def _codes(value: str) -> list[str]:
    return [c for c in value.replace(",", " ").split() if c]


def _correction(form: dict[str, str], current: dict[str, Any]) -> Correction:
    """The fields of the fix form that differ from the event as it stands."""
    fix = Correction()
    for name in ("type", "mode", "status", "date"):
        value = form.get(name, "").strip()
        if name in form and value != (current[name] or ""):
            setattr(fix, name, value)
    for role in ("source", "target"):
        if role in form:
            given = _codes(form[role])
            if given != [p["actor"] for p in current[role] if p["actor"]]:
                setattr(fix, role, given)
    if fix.empty():
        raise AccordError("Nothing to correct: change a field, or mark the event correct.")
    return fix


@router.post("/review/event/{event_id:path}/undo")
async def undo(request: Request, store: StoreDep, event_id: str) -> Response:
    form = await session.form_of(request)
    analyst = session.require_writer(request, form)
    try:
        undo_review(store, event_id, reviewer=analyst.name, note=form.get("note") or None)
    except UnknownEvent as exc:
        raise ApiError(404, str(exc)) from exc
    return _back(form.get("next"), event_id, default=f"/review/event/{event_id}")


@router.post("/review/event/{event_id:path}")
async def review(request: Request, store: StoreDep, event_id: str) -> Response:
    form = await session.form_of(request)
    analyst = session.require_writer(request, form)
    verdict = form.get("verdict", "")
    note = form.get("note") or None
    try:
        if verdict == "fix":
            current = _event_row(store, event_id, as_coded=False) or _event_row(store, event_id, as_coded=True)
            if current is None:
                raise UnknownEvent(f"No stored event has the id {event_id!r}.")
            review_event(store, event_id, verdict="wrong", fix=_correction(form, current),
                         reviewer=analyst.name, note=note)
        else:
            review_event(store, event_id, verdict=verdict or None, reviewer=analyst.name, note=note)
    except UnknownEvent as exc:
        raise ApiError(404, str(exc)) from exc
    return _back(form.get("next"), event_id, default=f"/review/event/{event_id}")


# -- what follows from reviews -----------------------------------------------------------------
@router.get("/shifts")
def shifts_page(request: Request, store: StoreDep, window: str = "30d", baseline: str = "180d",
                as_of: Since = None, as_coded: bool = False) -> Response:
    found = relations.shifts(store, window=parse_duration(window), baseline=parse_duration(baseline),
                             as_of=as_of, as_coded=as_coded)
    return page(request, "shifts.html", title="Relationship shifts", shifts=found, window=window,
                baseline=baseline, as_of=as_of, as_coded=as_coded,
                alerts=[s for s in found if s.status == "alert"],
                tested=[s for s in found if s.status == "no significant change"])


# -- names and aliases -------------------------------------------------------------------------
@router.get("/review/unresolved")
def unresolved_page(request: Request, store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> Response:
    return page(request, "unresolved.html", title="Unresolved names", rows=unresolved_names(store, limit))


@router.post("/aliases")
async def add_alias_form(request: Request, store: StoreDep) -> Response:
    form = await session.form_of(request)
    analyst = session.require_writer(request, form)
    alias = make_alias(form.get("phrase", ""), form.get("actor", ""), kind=form.get("kind") or None,
                       country=form.get("country") or None, role=form.get("role") or None,
                       sector=form.get("sector") or None, name=form.get("name") or None)
    add_alias(store, alias, added_by=analyst.name, note=form.get("note") or None)
    if form.get("reanalyze"):
        for _ in reanalyze(store, mentioning(store, alias.phrase)):
            pass  # each article is stored as it is analysed; its page shows the result
    return _back(form.get("next"), default=f"/actors/{alias.actor}")


@router.post("/aliases/remove")
async def remove_alias_form(request: Request, store: StoreDep) -> Response:
    form = await session.form_of(request)
    session.require_writer(request, form)
    remove_alias(store, form.get("phrase", ""))
    return _back(form.get("next"))

