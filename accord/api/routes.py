"""The read-only JSON endpoints: thin parameter declarations over `store.queries` and `relations`."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BeforeValidator

from .. import relations
from ..actors import actor_roles, find_actor
from ..events.ontology import load_ontology
from ..model import Actor
from ..relations.network import network_dict
from ..relations.periods import parse_duration
from ..store import Store
from ..store.queries import (
    Filters,
    counts,
    get_article,
    list_actors,
    list_articles,
    list_events,
    list_quotes,
)
from .deps import StoreDep
from .errors import ApiError

router = APIRouter(prefix="/api", tags=["read"])



def _blank_is_none(value: object) -> object:
    return value or None  # an empty form field means "any"


OptDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
Since = Annotated[OptDate, Query(description="From this day on (YYYY-MM-DD).")]
Until = Annotated[OptDate, Query(description="Up to this day, inclusive (YYYY-MM-DD).")]
MAX_PAGE = 500  # the hard maximum page size of every listing; page on with offset
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size: at most this many rows (1-{MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip: the next page is offset + limit.")]
MAX_TEXT = 200  # characters of a free-text parameter
SourceQ = Annotated[str | None, Query(max_length=MAX_TEXT, description="Only articles from this outlet, e.g. Reuters.")]
ActorQ = Annotated[str | None, Query(max_length=MAX_TEXT, description="An actor id (CAN, EU, person:mark-carney); a country code also matches its people.")]
Level = Literal["country", "actor"]
LevelQ = Annotated[Level, Query(description="country: a person counts as their state; actor: exact actor ids.")]
AsCodedQ = Annotated[bool, Query(description="The machine's coding, without analysts' reviews.")]
STATUSES = ("occurred", "announced", "anticipated", "negated", "hypothetical")
ACTOR_HINT = ("Actor ids are ISO3 country codes (CAN), IGO codes (EU, NATO) or person:<name> "
              "(person:mark-carney); search stored actors with /api/actors?search=carney.")


def parse_dyad(value: str | None) -> tuple[str, str] | None:
    """`CAN,EU` -> ("CAN", "EU")."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if len(parts) != 2:
        raise ApiError(422, f"dyad={value!r} must name exactly two actors separated by a comma.",
                       "Write e.g. dyad=CAN,EU. " + ACTOR_HINT)
    return parts[0], parts[1]


def check_status(value: str | None) -> str | None:
    if value and value.lower() not in STATUSES:
        raise ApiError(422, f"Unknown status {value!r}.", f"Use one of: {', '.join(STATUSES)}.")
    return value


MinConfQ = Annotated[float | None, Query(ge=0.0, le=1.0, description=(
    "Leave out events below this confidence (default 0.4 or $ACCORD_MIN_CONFIDENCE; 0: every event)."))]


def check_type(value: str | None) -> str | None:
    known = load_ontology().types
    if value and value.upper() not in known:
        raise ApiError(422, f"Unknown event type {value!r}.", f"Use a PLOVER type: {', '.join(sorted(known))}.")
    return value


def check_context(value: str | None) -> str | None:
    known = load_ontology().contexts
    if value and value.lower() not in known:
        raise ApiError(422, f"Unknown context {value!r}.", f"Use a PLOVER context: {', '.join(sorted(known))}.")
    return value


def check_window(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise ApiError(422, f"since={since} is after until={until}.", "Give since on or before until.")


def event_filters(actor: ActorQ = None, type: Annotated[str | None, Query(max_length=MAX_TEXT, description="A PLOVER type: AGREE, ACCUSE, ...")] = None,
                  dyad: Annotated[str | None, Query(max_length=MAX_TEXT, description="Two actors, in either role: CAN,EU")] = None,
                  status: Annotated[str | None, Query(max_length=MAX_TEXT, description=", ".join(STATUSES))] = None,
                  context: Annotated[str | None, Query(max_length=MAX_TEXT, description="A PLOVER context: military, economic, ...")] = None,
                  since: Since = None, until: Until = None, source: SourceQ = None,
                  fused: Annotated[bool, Query(description="One row per real-world event.")] = False,
                  limit: Limit = 50, offset: Offset = 0, as_coded: AsCodedQ = False,
                  min_confidence: MinConfQ = None) -> Filters:
    """The event filters of `accord events`, from the query string."""
    check_window(since, until)
    return Filters(actor=actor or None, type=check_type(type or None), dyad=parse_dyad(dyad),
                   status=check_status(status or None), context=check_context(context or None), since=since,
                   until=until, source=source or None, fused=fused, limit=limit, offset=offset,
                   as_coded=as_coded, min_confidence=min_confidence)


@router.get("/stats", summary="How many articles, events, quotes and actors are stored")
def stats(store: StoreDep) -> dict[str, int]:
    return counts(store)


@router.get("/articles", summary="Stored articles, newest first, with event and quote counts")
def articles(store: StoreDep, actor: ActorQ = None, since: Since = None, until: Until = None,
             source: SourceQ = None, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    check_window(since, until)
    return list_articles(store, Filters(actor=actor, since=since, until=until, source=source, limit=limit,
                                        offset=offset))


@router.get("/articles/{article_id}", summary="One article: its cleaned text, events and quotes")
def article(store: StoreDep, article_id: str, as_coded: AsCodedQ = False) -> dict[str, Any]:
    found = get_article(store, article_id)
    if found is None:
        raise ApiError(404, f"No stored article has the id {article_id!r}.",
                       "List article ids with /api/articles (filter with since, source or actor).")
    found.pop("content_hash", None)
    everything = Filters(article=article_id, limit=100_000, as_coded=as_coded)
    return {"article": found, "events": list_events(store, everything), "quotes": list_quotes(store, everything)}


@router.get("/events", summary="Stored events with their evidence sentence, newest first")
def events(store: StoreDep, filters: Annotated[Filters, Depends(event_filters)]) -> list[dict[str, Any]]:
    return list_events(store, filters)


@router.get("/quotes", summary="Stored attributions (quotations, reported speech) with speakers and cues")
def quotes(store: StoreDep,
           speaker: Annotated[str | None, Query(max_length=MAX_TEXT, description="A speaker's actor id, or a country code for all its speakers.")] = None,
           actor: Annotated[str | None, Query(max_length=MAX_TEXT, description="Same as speaker.")] = None,
           kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query(
               description="direct, indirect (reported speech, beliefs, intentions) or mixed.")] = None,
           search: Annotated[str | None, Query(max_length=MAX_TEXT, description="Words the quote must contain.")] = None,
           since: Since = None, until: Until = None, source: SourceQ = None,
           limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    check_window(since, until)
    return list_quotes(store, Filters(actor=speaker or actor, kind=kind, search=search or None, since=since,
                                      until=until, source=source, limit=limit, offset=offset))


@router.get("/actors", summary="Stored actors with their mention counts")
def actors(store: StoreDep,
           search: Annotated[str | None, Query(max_length=MAX_TEXT, description="An id, a country code or part of a name.")] = None,
           limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
    return list_actors(store, Filters(actor=search or None, limit=limit, offset=offset))


def resolve_actor(store: Store, actor_id: str) -> dict[str, Any]:
    """An actor's card: the gazetteer's entry (or the stored row), roles, mention counts."""
    known: Actor | None = find_actor(actor_id)
    wanted = known.id if known else actor_id
    stored = [r for r in list_actors(store, Filters(actor=wanted, limit=200)) if r["id"] == wanted]
    if known is None and not stored:
        raise ApiError(404, f"No actor matches {actor_id!r}.", ACTOR_HINT)
    info = known.to_dict() if known else {k: stored[0][k] for k in ("id", "name", "kind", "country", "sector")}
    return {"actor": info, "roles": [r.to_dict() for r in actor_roles(wanted)],
            "mentions": stored[0]["mentions"] if stored else 0,
            "articles": stored[0]["articles"] if stored else 0,
            "codes": stored[0]["codes"].split() if stored else []}


@router.get("/actors/{actor_id}", summary="An actor: kind, country, roles held over time, mentions")
def actor(store: StoreDep, actor_id: str) -> dict[str, Any]:
    return resolve_actor(store, actor_id)


@router.get("/dyad/{a}/{b}", summary="Per-period series of the dyad a-b with the net cooperation index")
def dyad(store: StoreDep, a: str, b: str,
         by: Annotated[Literal["day", "week", "month", "quarter", "year"], Query(description="Period length.")] = "month",
         since: Since = None, until: Until = None,
         directed: Annotated[bool, Query(description="Only events from a to b.")] = False,
         level: LevelQ = "country",
         members: Annotated[bool, Query(description="Let an IGO (EU, NATO) also stand for its members.")] = False,
         as_coded: AsCodedQ = False, min_confidence: MinConfQ = None) -> dict[str, Any]:
    check_window(since, until)
    series = relations.dyad(store, a, b, by=by, since=since, until=until, directed=directed,
                            level=level, members=members, as_coded=as_coded, min_conf=min_confidence)
    return series.to_dict()


@router.get("/network", summary="The alliance network: nodes, weighted edges (coop - conflict), blocs")
def network(store: StoreDep, since: Since = None, until: Until = None,
            min_events: Annotated[int, Query(ge=1, description="Drop edges with fewer events.")] = 2,
            level: LevelQ = "country", as_coded: AsCodedQ = False, min_confidence: MinConfQ = None) -> dict[str, Any]:
    check_window(since, until)
    return network_dict(relations.network(store, since=since, until=until, min_events=min_events, level=level,
                                          as_coded=as_coded, min_conf=min_confidence))


@router.get("/shifts", summary="Dyads whose cooperation changed: recent window vs baseline")
def shifts(store: StoreDep,
           window: Annotated[str, Query(description="Recent window: 30d, 8w, 3m, 1y.")] = "30d",
           baseline: Annotated[str, Query(description="Baseline window just before the recent one.")] = "180d",
           as_of: Annotated[OptDate, Query(description="Last day of the recent window (default: latest event).")] = None,
           min_events: Annotated[int, Query(ge=1, description="Events needed in each window to test.")] = 5,
           level: LevelQ = "country", as_coded: AsCodedQ = False,
           min_confidence: MinConfQ = None) -> list[dict[str, Any]]:
    found = relations.shifts(store, window=parse_duration(window), baseline=parse_duration(baseline),
                             as_of=as_of, min_events=min_events, level=level, as_coded=as_coded,
                             min_conf=min_confidence)
    return [s.to_dict() for s in found]
