"""What keeps a served accord safe to expose to a team: security headers on every response, a
body size limit on writes, and a per-client rate limit on `POST /api/analyze`.

The dashboard's only scripts are plotly.js (served by the app) and the chart calls it renders;
each response gets a fresh CSP nonce (`request.state.csp_nonce`) that those inline calls carry,
so a script smuggled into an article's text would not run even if escaping ever failed.
FastAPI's /docs and /redoc pages load Swagger UI and ReDoc from their CDN; they get the other
headers but not the CSP, which would blank them.
"""

from __future__ import annotations

import json
import os
import secrets
import threading
import time
from collections import deque

from fastapi import Request
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import AccordError
from .errors import ApiError, error_body

MAX_BODY_BYTES = 2 * 1024 * 1024  # a long article is ~100 KB of JSON; 2 MiB leaves room
RATE_ENV = "ACCORD_API_RATE"  # requests per minute per client to POST /api/analyze
DEFAULT_RATE = 30
CSP = ("default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
NO_CSP_PATHS = ("/docs", "/redoc")


class SecurityHeaders:
    """ASGI middleware: CSP with a per-request nonce, nosniff, no framing, no referrer leaks."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})["csp_nonce"] = nonce
        with_csp = not str(scope.get("path", "")).startswith(NO_CSP_PATHS)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers["X-Frame-Options"] = "DENY"
                headers["Referrer-Policy"] = "no-referrer"
                if with_csp:
                    headers["Content-Security-Policy"] = CSP.format(nonce=nonce)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes is answered 413 without reading past the
    limit (by its Content-Length, or by counting the chunks of one sent without); a body within
    it is read here and handed on whole."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._refuse(send)
                return
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()  # after the body: wait for a disconnect, as Starlette expects
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps(error_body(413, f"The request body is larger than {self.limit // 1024} KiB.",
                                     "Send one article per request; split very long texts.")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class RateLimit:
    """At most `per_minute` requests per client address in any 60 seconds (a sliding window)."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            times = self._seen.setdefault(client, deque())
            while times and times[0] <= now - 60:
                times.popleft()
            if len(times) >= self.per_minute:
                wait = int(times[0] + 60 - now) + 1
                raise ApiError(429, f"Too many requests to this endpoint from {client}: at most "
                                    f"{self.per_minute} a minute.", f"Retry in {wait} s; the server's "
                                    f"{RATE_ENV} sets the rate.")
            times.append(now)
            if len(self._seen) > 10_000:  # forget idle clients rather than grow without bound
                for key in [k for k, v in self._seen.items() if not v or v[-1] <= now - 60]:
                    del self._seen[key]


def configured_rate() -> RateLimit:
    """The rate limit $ACCORD_API_RATE asks for (default 30 a minute)."""
    value = os.environ.get(RATE_ENV, str(DEFAULT_RATE))
    if not value.isdigit() or int(value) < 1:
        raise AccordError(f"{RATE_ENV}={value!r} must be a whole number of requests per minute, e.g. 30.")
    return RateLimit(int(value))


def rate_limited(request: Request) -> None:
    """FastAPI dependency: the app's rate limit (`app.state.analyze_rate`) for the client's address."""
    limit: RateLimit = request.app.state.analyze_rate
    limit.check(request.client.host if request.client else "unknown")
