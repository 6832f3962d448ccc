"""The application factory: the JSON API under /api, the dashboard at /, OpenAPI docs at /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request

from .. import __version__
from ..store import Store
from .errors import install_error_handlers

DESCRIPTION = """Read-only access to an accord store: articles, PLOVER events with their evidence,
quotes, actors, dyad series, the alliance network and shift alerts. Every error answers
`{"error": {"status", "message", "hint"}}`. `POST /api/analyze` is enabled only when the server
has `ACCORD_API_TOKEN` set, and needs `Authorization: Bearer <token>`."""


def create_app(db: str | Path | None = None) -> FastAPI:
    """The app over the store `db` (a path or URL; default $ACCORD_DB, else ./accord.db)."""
    store = Store(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="accord", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.store = store
    install_error_handlers(app)
    from ..web.views import router as web_router
    from .analyze import router as analyze_router
    from .routes import router as api_router

    app.include_router(api_router)
    app.include_router(analyze_router)
    app.include_router(web_router)
    return app


def get_store(request: Request) -> Store:
    """The app's store, as a FastAPI dependency."""
    store: Store = request.app.state.store
    return store
