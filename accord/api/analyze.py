"""`POST /api/analyze`: the only writing endpoint, enabled when `ACCORD_API_TOKEN` is set.

Without the variable the API stays read-only and the endpoint answers 403, saying how to enable
it; with it, a request needs `Authorization: Bearer <token>` (compared in constant time). Each
client may call it $ACCORD_API_RATE times a minute (`guard.py`), failed attempts included.
"""

from __future__ import annotations

import hmac
import os
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response
from pydantic import BaseModel, Field

from .. import pipeline
from ..store import Store
from .deps import get_store
from .errors import ApiError
from .guard import rate_limited

TOKEN_ENV = "ACCORD_API_TOKEN"
router = APIRouter(prefix="/api", tags=["write"])


class AnalyzeInput(BaseModel):
    """The contract input: an article's text and what is known about it."""

    text: str = Field(min_length=1, description="The article text.")
    title: str | None = None
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    source: str | None = Field(None, description="The outlet, e.g. Reuters.")


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """403 unless the server has a token and the request presents it."""
    token = os.environ.get(TOKEN_ENV)
    if not token:
        raise ApiError(403, "This server is read-only: POST /api/analyze is disabled.",
                       f"Start the server with {TOKEN_ENV} set to enable it, then send "
                       "'Authorization: Bearer <token>'.")
    scheme, _, given = (authorization or "").partition(" ")
    # bytes: compare_digest takes str only when ASCII, and a header may carry any byte
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(403, "Missing or wrong token for POST /api/analyze.",
                       "Send the server's token as 'Authorization: Bearer <token>'.")


@router.post("/analyze", dependencies=[Depends(rate_limited), Depends(require_token)],
             summary="Analyse one article into accord.analysis/1; store=true also stores it (needs the token)")
def analyze(body: AnalyzeInput, store: Annotated[Store, Depends(get_store)], response: Response,
            store_it: Annotated[bool, Query(alias="store", description="Also store the analysis.")] = False) -> dict[str, Any]:
    analysis = pipeline.analyze(body.text, title=body.title, published=body.published, url=body.url,
                                source=body.source)
    if store_it:  # the body stays the bare contract; the headers say what was stored
        added = store.add(analysis)
        response.headers["X-Accord-Article-Id"] = added.article_id
        response.headers["X-Accord-Stored"] = added.status
    return analysis.to_dict()
