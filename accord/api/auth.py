"""The one write permission: the server's `ACCORD_API_TOKEN`, compared in constant time.

Without the variable the server is read-only and every write answers 403, saying how to
enable it; with it, an API request needs `Authorization: Bearer <token>` (the dashboard signs a
session cookie with it instead: `accord.web.session`).
"""

from __future__ import annotations

import hmac
import os
from typing import Annotated

from fastapi import Header

from .errors import ApiError

TOKEN_ENV = "ACCORD_API_TOKEN"


def server_token() -> str | None:
    return os.environ.get(TOKEN_ENV) or None


def token_matches(given: str | None) -> bool:
    token = server_token()
    return bool(token) and given is not None and hmac.compare_digest(given.encode(), token.encode())  # type: ignore[union-attr]  # checked by bool(token)


def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
    """403 unless the server has a token and the request presents it."""
    if not server_token():
        raise ApiError(403, "This server is read-only: writes (POST /api/analyze, reviews, aliases) are disabled.",
                       f"Start the server with {TOKEN_ENV} set to enable them, then send "
                       "'Authorization: Bearer <token>'.")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token_matches(given.strip()):
        raise ApiError(403, "Missing or wrong token for this write.",
                       "Send the server's token as 'Authorization: Bearer <token>'.")
