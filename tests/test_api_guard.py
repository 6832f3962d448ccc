"""The API exposed to a team: pages with a hard maximum size, every query parameter validated
(422 in the error shape, never a 500, whatever the query string), a body size limit and a
per-client rate limit on POST /api/analyze, tokens compared safely, security headers."""

from __future__ import annotations

import re
import string

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_api import assert_error, build_store

from accord.api.guard import MAX_BODY_BYTES
from accord.api.routes import MAX_PAGE
from accord.server import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("guard") / "guard.db")
    with TestClient(create_app(str(db))) as c:
        yield c


def test_listings_page_with_offset_under_a_hard_maximum(client):
    everything = [e["id"] for e in client.get("/api/events?limit=500").json()]
    pages = [client.get(f"/api/events?limit=2&offset={o}").json() for o in (0, 2, 4)]
    assert [e["id"] for page in pages for e in page] == everything
    for path in ("/api/events", "/api/articles", "/api/quotes", "/api/actors"):
        assert_error(client.get(f"{path}?limit={MAX_PAGE + 1}"), 422, "limit")
        assert_error(client.get(f"{path}?offset=-1"), 422, "offset")


@pytest.mark.parametrize("query, words", [
    ("/api/events?since=2025-13-45", ["since", "YYYY-MM-DD"]),
    ("/api/events?type=PARTY", ["PARTY", "AGREE"]),
    ("/api/events?context=cooking", ["cooking", "military"]),
    ("/api/events?status=rumoured", ["rumoured"]),
    ("/api/events?since=2025-07-01&until=2025-06-01", ["since", "until"]),
    ("/api/articles?until=yesterday", ["until"]),
    ("/api/shifts?window=99999999999y", ["duration"]),
    ("/api/shifts?window=-5d", ["duration"]),
    ("/api/shifts?as_of=0001-01-02", ["as_of"]),
    ("/api/dyad/CAN/EU?by=fortnight", ["by"]),
    ("/api/network?min_events=0", ["min_events"]),
    ("/api/quotes?search=" + "x" * 300, ["search"]),
])
def test_bad_query_parameters_are_422_in_the_error_shape(client, query, words):
    assert_error(client.get(query), 422, *words)


ENDPOINTS = ["/api/events", "/api/articles", "/api/quotes", "/api/actors", "/api/network", "/api/shifts",
             "/api/dyad/CAN/EU", "/events", "/network"]
PARAMS = ["since", "until", "type", "status", "context", "dyad", "actor", "source", "search", "limit",
          "offset", "fused", "by", "window", "baseline", "as_of", "min_events", "level", "directed", "members"]
VALUES = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=string.digits + "-:T+Z.", max_size=25),  # date-like
    st.integers(-10**12, 10**12).map(str),
    st.sampled_from(["AGREE", "occurred", "CAN,EU", "2025-06-01", "30d", "1y", "true", "0", "%00", "'; DROP TABLE events;--",
                     '"unbalanced', "person:mark-carney", "\u202eUE,NAC", "e\u0301", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")]),
)


@settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endpoint=st.sampled_from(ENDPOINTS), params=st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=4))
def test_no_query_string_makes_a_server_error(client, endpoint, params):
    response = client.get(endpoint, params=params, headers={"accept": "application/json"})
    assert response.status_code < 500, (endpoint, params, response.text[:300])
    if response.status_code >= 400 and endpoint.startswith("/api"):
        assert set(response.json()) == {"error"}


def test_analyze_refuses_a_body_over_the_limit(client, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", "s3cret")
    huge = b'{"text": "' + b"a" * (MAX_BODY_BYTES + 10) + b'"'  # not even valid JSON: never parsed
    for headers in ({"content-type": "application/json"}, {"content-type": "application/json", "transfer-encoding": "chunked"}):
        response = client.post("/api/analyze", content=huge if "transfer-encoding" not in headers else iter([huge]),
                               headers={"authorization": "Bearer s3cret", **headers})
        assert_error(response, 413, "larger")


def test_analyze_is_rate_limited_per_client(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_API_RATE", "3")
    monkeypatch.delenv("ACCORD_API_TOKEN", raising=False)
    with TestClient(create_app(str(build_store(tmp_path / "rate.db")))) as c:
        answers = [c.post("/api/analyze", json={"text": "Canada thanked Japan."}).status_code for _ in range(4)]
        assert answers == [403, 403, 403, 429]  # failed attempts count: no brute force of the token
        assert_error(c.post("/api/analyze", json={"text": "x"}), 429, "Retry")
        assert c.get("/api/stats").status_code == 200  # reading is not limited


def test_a_token_with_non_ascii_bytes_is_refused_not_a_crash(client, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", "s3cret")
    for given_token in ("Bearer s3crét".encode("latin-1"), b"Bearer \xff\xfe", b"Bearer s3cret\xe2\x80\x8b"):
        response = client.post("/api/analyze", json={"text": "Canada thanked Japan."},
                               headers={"authorization": given_token})
        assert_error(response, 403, "token")


def test_every_response_carries_security_headers(client):
    for path in ("/api/stats", "/", "/dyad/CAN/EU", "/api/nowhere"):
        headers = client.get(path, headers={"accept": "text/html"}).headers
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        csp = headers["content-security-policy"]
        assert "script-src 'self' 'nonce-" in csp and "object-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    page = client.get("/dyad/CAN/EU")
    nonce = re.search(r"'nonce-([^']+)'", page.headers["content-security-policy"]).group(1)  # type: ignore[union-attr]
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", page.text)
    assert inline and all(f'nonce="{nonce}"' in attrs for attrs in inline)  # only the app's own scripts run
    assert client.get("/dyad/CAN/EU").headers["content-security-policy"] != page.headers["content-security-policy"]
