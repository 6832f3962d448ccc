"""What every endpoint depends on: the app's store."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from ..store import Store


def get_store(request: Request) -> Store:
    """The app's store, as a FastAPI dependency."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]  # an endpoint's or page's `store` parameter
