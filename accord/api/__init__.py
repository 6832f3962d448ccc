"""The read-only REST API under /api, and the token-gated `POST /api/analyze`. The server
(`accord.server.create_app`) mounts it beside the dashboard."""

from .errors import ApiError

__all__ = ["ApiError"]
