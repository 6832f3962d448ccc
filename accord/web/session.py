"""Signing in to the dashboard to write, and CSRF protection for its forms.

The dashboard reads without signing in. To review, an analyst signs in once with their name and
the server's `ACCORD_API_TOKEN`; the server answers with a session cookie (HttpOnly,
SameSite=Strict) holding the name, a random nonce and an HMAC of both keyed with the token, so no
session is kept on the server and changing the token signs everyone out. Every form that writes
carries a CSRF token, the HMAC of the nonce under another label, and every write checks the
cookie, that token (in constant time) and, when the browser sends one, the Origin header.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from fastapi import Request
from starlette.responses import Response

from ..api.auth import TOKEN_ENV, server_token, token_matches
from ..api.errors import ApiError

COOKIE = "accord_session"


@dataclass(frozen=True)
class Session:
    name: str
    nonce: str

    @property
    def csrf(self) -> str:
        return _sign("csrf", self.nonce)


def _sign(label: str, value: str) -> str:
    token = server_token() or ""
    return hmac.new(token.encode(), f"{label}|{value}".encode(), hashlib.sha256).hexdigest()


def writes_enabled() -> bool:
    return server_token() is not None


def current(request: Request) -> Session | None:
    """The signed-in analyst, if the request carries a valid session cookie."""
    if not writes_enabled():
        return None
    name_b64, _, rest = request.cookies.get(COOKIE, "").partition(".")
    nonce, _, signature = rest.partition(".")
    if not (name_b64 and nonce and signature):
        return None
    if not hmac.compare_digest(signature, _sign("session", f"{name_b64}.{nonce}")):
        return None
    try:
        name = base64.urlsafe_b64decode(name_b64.encode()).decode()
    except ValueError:
        return None
    return Session(name, nonce)


def sign_in(response: Response, request: Request, name: str, token: str) -> None:
    """Set the session cookie if `token` is the server's; raise a 403 otherwise."""
    if not writes_enabled():
        raise ApiError(403, "This dashboard is read-only: reviews are disabled.",
                       f"Start the server with {TOKEN_ENV} set to enable them.")
    if not token_matches(token):
        raise ApiError(403, "Wrong token: not signed in.", f"Use the server's {TOKEN_ENV}.")
    name_b64 = base64.urlsafe_b64encode((name.strip() or "analyst")[:120].encode()).decode()
    nonce = secrets.token_urlsafe(18)
    value = f"{name_b64}.{nonce}.{_sign('session', f'{name_b64}.{nonce}')}"
    response.set_cookie(COOKIE, value, httponly=True, samesite="strict", secure=request.url.scheme == "https",
                        path="/")


def sign_out(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")


MAX_FORM_BYTES = 64 * 1024  # a review form is a few hundred bytes


async def form_of(request: Request) -> dict[str, str]:
    """The fields of a urlencoded form (the last value of a repeated field)."""
    raw = await request.body()
    if len(raw) > MAX_FORM_BYTES:
        raise ApiError(413, "This form is too large.", "A review form is a few fields; send it from the dashboard.")
    body = raw.decode("utf-8", errors="replace")
    return {key: values[-1] for key, values in parse_qs(body, keep_blank_values=True).items()}


def check_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise ApiError(403, "This form was sent from another site.", "Review from the dashboard itself.")


def require_writer(request: Request, form: dict[str, str]) -> Session:
    """The signed-in analyst of a write, after the token, CSRF and Origin checks; 403 otherwise."""
    check_origin(request)
    if not writes_enabled():
        raise ApiError(403, "This dashboard is read-only: reviews are disabled.",
                       f"Start the server with {TOKEN_ENV} set to enable them.")
    session = current(request)
    if session is None:
        raise ApiError(403, "Sign in to review.", "Sign in at /login with your name and the server's token.")
    if not hmac.compare_digest(form.get("csrf", ""), session.csrf):
        raise ApiError(403, "Missing or wrong form token (CSRF): the form was not sent by this dashboard.",
                       "Reload the page and send the form again.")
    return session


def local_path(value: str | None, default: str = "/") -> str:
    """`value` if it is a path on this site (no scheme, no host), else `default`: redirects stay here."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return default
    return value
