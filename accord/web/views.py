"""Dashboard pages, server-rendered with Jinja2 over the same functions as the JSON API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import plotly
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from .. import relations
from ..api.deps import StoreDep
from ..api.routes import STATUSES, Since, Until, event_filters, resolve_actor
from ..relations.network import network_dict
from ..store.queries import Filters, counts, list_events, list_quotes
from .charts import dyad_chart, network_chart

HERE = Path(__file__).parent
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def highlight(row: dict[str, Any]) -> Markup:
    """The evidence sentence, HTML-escaped, with the trigger words in <mark>."""
    sentence: str = row.get("evidence") or ""
    start, end = row["trigger_start"] - row["sentence_start"], row["trigger_end"] - row["sentence_start"]
    if not 0 <= start < end <= len(sentence):
        return Markup(escape(sentence))
    return Markup(f"{escape(sentence[:start])}<mark>{escape(sentence[start:end])}</mark>{escape(sentence[end:])}")


templates.env.filters["highlight"] = highlight


def by_month(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Rows in their order, grouped by the month of `published` ("2025-06"; "undated" without one)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(str(row.get("published") or "undated")[:7], []).append(row)
    return list(groups.items())


templates.env.filters["groupby_month"] = by_month
templates.env.globals["kind_help"] = {
    "direct": "all in quotation marks", "indirect": "reported speech, belief or intention, no quotation marks",
    "mixed": "reported speech with a quoted fragment"}


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, message: str, hint: str) -> HTMLResponse:
    return page(request, "error.html", status=status, title=f"Error {status}",
                message=message, hint=hint)


@router.get("/assets/plotly.min.js")
def plotly_js() -> FileResponse:
    """Plotly's JavaScript from the installed package (no CDN, no copy in the repository)."""
    return FileResponse(PLOTLY_JS, media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})


@router.get("/assets/style.css")
def stylesheet() -> FileResponse:
    return FileResponse(HERE / "static" / "style.css", media_type="text/css")


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep, as_coded: bool = False) -> Response:
    graph = relations.network(store, min_events=1, as_coded=as_coded)
    edges = sorted(network_dict(graph)["edges"], key=lambda e: (-e["events"], -abs(e["weight"]), e["source"]))
    return page(request, "overview.html", title="Overview", counts=counts(store),
                events=list_events(store, Filters(limit=10, as_coded=as_coded)), dyads=edges[:10])


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, actor_id: str) -> Response:
    card = resolve_actor(store, actor_id)
    wanted = card["actor"]["id"]
    return page(request, "actor.html", title=card["actor"]["name"], card=card,
                events=list_events(store, Filters(actor=wanted, limit=25)),
                quotes=list_quotes(store, Filters(actor=wanted, limit=100)))


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad_page(request: Request, store: StoreDep, a: str, b: str,
              by: Literal["day", "week", "month", "quarter", "year"] = "month",
              since: Since = None, until: Until = None, as_coded: bool = False) -> Response:
    series = relations.dyad(store, a, b, by=by, since=since, until=until, as_coded=as_coded)
    chart = dyad_chart(series, request.state.csp_nonce) if series.periods else None
    rows = list_events(store, Filters(dyad=(a, b), since=since, until=until, limit=200, as_coded=as_coded))
    return page(request, "dyad.html", title=f"{series.a} – {series.b}", series=series, chart=chart,
                events=rows, by=by, since=since, until=until)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep, min_events: Annotated[int, Query(ge=1)] = 1,
                 since: Since = None, until: Until = None, as_coded: bool = False) -> Response:
    graph = relations.network(store, since=since, until=until, min_events=min_events, as_coded=as_coded)
    data = network_dict(graph)
    chart = network_chart(graph, request.state.csp_nonce) if graph.number_of_nodes() else None
    edges = sorted(data["edges"], key=lambda e: (-abs(e["weight"]), e["source"], e["target"]))
    return page(request, "network.html", title="Alliance network", chart=chart, edges=edges,
                communities=data["communities"], min_events=min_events, since=since, until=until)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep,
                filters: Annotated[Filters, Depends(event_filters)]) -> Response:
    return page(request, "events.html", title="Events", events=list_events(store, filters),
                f=filters, q=request.query_params, statuses=STATUSES)
