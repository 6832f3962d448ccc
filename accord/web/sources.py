"""The sources page: the feeds `accord watch` follows and their health."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from ..api.deps import get_store
from ..intake.state import list_sources
from ..store import Store
from .views import page

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, store: Annotated[Store, Depends(get_store)]) -> Response:
    return page(request, "sources.html", title="Sources", sources=list_sources(store))
