"""One error shape for the whole JSON API: {"error": {"status", "message", "hint"}}.

Library code raises `AccordError` (a message a user can act on); the API turns it, FastAPI's
validation errors and unexpected failures into that shape. Dashboard pages get the same
message as a small HTML page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import AccordError

log = logging.getLogger("accord.api")

DEFAULT_HINTS = {
    404: "See /docs for the endpoints and their parameters.",
    422: "Check the parameter named in the message; /docs lists what each endpoint accepts.",
    500: "This is a bug in accord; the server log has the traceback.",
}


class ApiError(Exception):
    """An error to answer with: an HTTP status, a full-sentence message and a hint."""

    def __init__(self, status: int, message: str, hint: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.hint = hint or DEFAULT_HINTS.get(status, "")


def error_body(status: int, message: str, hint: str) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "hint": hint}}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, (str, int, float)) else ""
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}{shown}")
    return "Invalid request: " + "; ".join(parts) + "."


def _hint_for_validation(exc: RequestValidationError) -> str:
    names = {str(e.get("loc", ("",))[-1]) for e in exc.errors()}
    if names & {"since", "until", "as_of", "published"}:
        return "Dates are YYYY-MM-DD, e.g. since=2025-06-01."
    return DEFAULT_HINTS[422]


HtmlPage = Callable[[Request, int, str, str], Response]


def install_error_handlers(app: FastAPI, html_page: HtmlPage | None = None) -> None:
    """Answer every error in the one shape; a browser asking for a page (not /api) gets
    `html_page(request, status, message, hint)` instead, when given."""

    def _respond(request: Request, status: int, message: str, hint: str,
                 headers: dict[str, str] | None = None) -> Response:
        wants_page = not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")
        if html_page is not None and wants_page:
            return html_page(request, status, message, hint)
        return JSONResponse(error_body(status, message, hint), status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, exc.message, exc.hint)

    @app.exception_handler(AccordError)
    async def _accord_error(request: Request, exc: AccordError) -> Response:
        return _respond(request, 422, str(exc), DEFAULT_HINTS[422])

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return _respond(request, 422, _validation_message(exc), _hint_for_validation(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.status_code != 404 else f"No page or endpoint at {request.url.path}."
        return _respond(request, exc.status_code, message, DEFAULT_HINTS.get(exc.status_code, ""),
                        headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return _respond(request, 500, f"Internal error: {type(exc).__name__}.", DEFAULT_HINTS[500])


__all__ = ["ApiError", "error_body", "install_error_handlers"]
