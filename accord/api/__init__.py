"""The REST API and the dashboard, one FastAPI app: `create_app(db)`; `accord serve` runs it."""

from .app import create_app
from .errors import ApiError

__all__ = ["ApiError", "create_app"]
