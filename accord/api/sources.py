"""`GET /api/sources`: the feeds live intake follows and their health (read-only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from ..intake.state import list_sources
from ..store import Store
from .deps import get_store

router = APIRouter(prefix="/api", tags=["read"])


@router.get("/sources", summary="Followed feeds: last checked, last new article, errors in a row, articles stored")
def sources(store: Annotated[Store, Depends(get_store)]) -> list[dict[str, Any]]:
    return list_sources(store)
