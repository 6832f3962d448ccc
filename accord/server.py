"""The server: one FastAPI app with the JSON API under /api, the dashboard at / and OpenAPI docs at
/docs. It sits above both `api` and `web`, which know nothing of each other's mounting."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI

from . import __version__
from .api.analyze import router as analyze_router
from .api.errors import install_error_handlers
from .api.guard import BodyLimit, SecurityHeaders, configured_rate
from .api.review import router as review_router
from .api.routes import router as api_router
from .api.sources import router as sources_api_router
from .store import Store
from .web.review import router as review_web_router
from .web.sources import router as sources_web_router
from .web.views import render_error
from .web.views import router as web_router

DESCRIPTION = """Read-only access to an accord store: articles, PLOVER events with their evidence,
quotes, actors, dyad series, the alliance network and shift alerts. Every error answers
`{"error": {"status", "message", "hint"}}`. `POST /api/analyze` is enabled only when the server
has `ACCORD_API_TOKEN` set, and needs `Authorization: Bearer <token>`; so do the writes of reviews and
aliases. Every reading endpoint shows events as analysts reviewed them; `as_coded=true` shows the
machine's coding."""


def create_app(db: str | Path | None = None) -> FastAPI:
    """The app over the store `db` (a path or URL; default $ACCORD_DB, else ./accord.db)."""
    rate = configured_rate()
    store = Store(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="accord", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.store = store
    app.state.analyze_rate = rate
    app.add_middleware(BodyLimit)
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app, html_page=render_error)
    app.include_router(api_router)
    app.include_router(sources_api_router)
    app.include_router(analyze_router)
    app.include_router(review_router)
    app.include_router(web_router)
    app.include_router(sources_web_router)
    app.include_router(review_web_router)
    return app

