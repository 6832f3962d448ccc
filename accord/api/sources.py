"""`GET /api/sources`: the feeds live intake follows and their health (read-only)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..intake.state import list_sources
from .deps import StoreDep

router = APIRouter(prefix="/api", tags=["read"])


@router.get("/sources", summary="Followed feeds: last checked, last new article, errors in a row, articles stored")
def sources(store: StoreDep) -> list[dict[str, Any]]:
    return list_sources(store)
