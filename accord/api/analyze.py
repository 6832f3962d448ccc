"""`POST /api/analyze`: the only writing endpoint, enabled when `ACCORD_API_TOKEN` is set.

Without the variable the API stays read-only and the endpoint answers 403, saying how to enable
it; with it, a request needs `Authorization: Bearer <token>` (compared in constant time). Each
client may call it $ACCORD_API_RATE times a minute (`guard.py`), failed attempts included.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field

from .. import pipeline
from ..store.aliases import load_aliases
from .auth import require_token
from .deps import StoreDep
from .guard import rate_limited

router = APIRouter(prefix="/api", tags=["write"])


class AnalyzeInput(BaseModel):
    """The contract input: an article's text and what is known about it."""

    text: str = Field(min_length=1, description="The article text.")
    title: str | None = None
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")


@router.post("/analyze", dependencies=[Depends(rate_limited), Depends(require_token)],
             summary="Analyse one article into accord.analysis/1; store=true also stores it (needs the token)")
def analyze(body: AnalyzeInput, store: StoreDep, response: Response,
            store_it: Annotated[bool, Query(alias="store", description="Also store the analysis.")] = False) -> dict[str, Any]:
    analysis = pipeline.analyze(body.text, title=body.title, published=body.published, url=body.url,
                                source=body.source, aliases=load_aliases(store) if store_it else ())
    if store_it:  # the body stays the bare contract; the headers say what was stored
        added = store.add(analysis)
        response.headers["X-Accord-Article-Id"] = added.article_id
        response.headers["X-Accord-Stored"] = added.status
    return analysis.to_dict()
