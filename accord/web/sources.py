"""The sources page: the feeds `accord watch` follows and their health."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..api.deps import StoreDep
from ..intake.state import list_sources
from .views import page

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: StoreDep) -> Response:
    return page(request, "sources.html", title="Sources", sources=list_sources(store))
