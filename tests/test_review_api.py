"""Reviews over the JSON API and through the dashboard's forms: the token, sign-in, CSRF, Origin,
and the analyses following the corrections."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient
from test_api import assert_error
from test_review import JUNE, build

from accord.server import create_app
from accord.store import Store

TOKEN = "s3cret-token"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "review-api.db"
    with Store(path) as store:
        ids = build(store)
    return path, ids


@pytest.fixture
def client(db, monkeypatch):
    monkeypatch.setenv("ACCORD_API_TOKEN", TOKEN)
    with TestClient(create_app(str(db[0]))) as c:
        yield c


def can_rus_alert(client, **params) -> bool:
    shifts = client.get("/api/shifts", params=params).json()
    return any(s["status"] == "alert" and (s["a"], s["b"]) == ("CAN", "RUS") for s in shifts)


def test_review_needs_the_token(client, db, monkeypatch):
    event_id = db[1][JUNE[0][0]]
    url = f"/api/events/{event_id}/review"
    assert_error(client.post(url, json={"verdict": "wrong"}), 403, "Bearer")
    assert_error(client.post(url, json={"verdict": "wrong"}, headers={"Authorization": "Bearer wrong"}), 403)
    assert_error(client.post(url, json={"verdict": "wrong"}, headers={"Authorization": TOKEN}), 403)
    assert_error(client.post("/api/aliases", json={"phrase": "the Mounties", "actor": "CAN"}), 403)
    assert_error(client.delete("/api/aliases/the%20Mounties"), 403)
    monkeypatch.delenv("ACCORD_API_TOKEN")
    assert_error(client.post(url, json={"verdict": "wrong"}, headers=BEARER), 403, "read-only", "ACCORD_API_TOKEN")
    assert client.get(f"/api/events/{event_id}/reviews").json() == []  # nothing was written


def test_review_through_the_api_changes_the_analyses_and_undo_restores_them(client, db):
    ids = db[1]
    assert can_rus_alert(client)
    for sentence, *_ in JUNE[:2]:
        response = client.post(f"/api/events/{ids[sentence]}/review", headers=BEARER,
                               json={"verdict": "wrong", "reviewer": "ana", "note": "duplicate wire copy"})
        assert response.status_code == 201 and response.json()["verdict"] == "not_event"
    assert not can_rus_alert(client) and can_rus_alert(client, as_coded="true")
    assert len(client.get("/api/events", params={"dyad": "CAN,RUS", "since": "2025-06-01"}).json()) == 4
    coded = client.get("/api/events", params={"dyad": "CAN,RUS", "since": "2025-06-01", "as_coded": "true"}).json()
    assert sorted(r["review"] or "" for r in coded) == ["", "", "", "", "not_event", "not_event"]
    june = client.get("/api/dyad/CAN/RUS", params={"since": "2025-06-01"}).json()["periods"][0]
    assert june["conflict"] == 4
    undone = client.post(f"/api/events/{ids[JUNE[0][0]]}/review/undo", headers=BEARER, json={"reviewer": "ben"})
    assert undone.status_code == 200 and undone.json()["verdict"] == "undo"
    assert can_rus_alert(client)
    trail = client.get(f"/api/events/{ids[JUNE[0][0]]}/reviews").json()
    assert [(r["verdict"], r["reviewer"]) for r in trail] == [("not_event", "ana"), ("undo", "ben")]
    assert [r["event_id"] for r in client.get("/api/reviews").json()][:1] == [ids[JUNE[0][0]]]


def test_a_fixed_target_through_the_api(client, db):
    event_id = db[1][JUNE[1][0]]
    response = client.post(f"/api/events/{event_id}/review", headers=BEARER, json={"target": ["TUR"]})
    assert response.status_code == 201 and response.json()["target"] == ["TUR"]
    assert [r["id"] for r in client.get("/api/events", params={"dyad": "CAN,TUR"}).json()] == [event_id]
    edges = client.get("/api/network", params={"min_events": 1}).json()["edges"]
    assert {"CAN", "TUR"} in [{e["source"], e["target"]} for e in edges]
    queue = client.get("/api/review/queue", params={"dyad": "CAN,RUS", "limit": 100}).json()
    assert event_id not in [r["id"] for r in queue] and len(queue) == 11
    precision = client.get("/api/review/precision").json()
    assert precision[0]["type"] == "ACCUSE" and precision[0]["precision"]["target"] == 0.0


@pytest.mark.parametrize("body, status, words", [
    ({"type": "SCOLD"}, 422, "Unknown PLOVER type"),
    ({"status": "rumoured"}, 422, "status"),
    ({"target": ["Narnia"]}, 422, "Unknown actor"),
    ({}, 422, "Say what the review is"),
])
def test_review_errors_over_the_api(client, db, body, status, words):
    assert_error(client.post(f"/api/events/{db[1][JUNE[0][0]]}/review", headers=BEARER, json=body), status, words)


def test_reviewing_an_unknown_event_is_404(client):
    assert_error(client.post("/api/events/nowhere:e1/review", headers=BEARER, json={"verdict": "correct"}), 404,
                 "/api/review/queue")


def test_aliases_over_the_api(client):
    created = client.post("/api/aliases", headers=BEARER,
                          json={"phrase": "the Mounties", "actor": "CAN", "sector": "COP", "reviewer": "ana"})
    assert created.status_code == 201 and created.json()["alias"]["kind"] == "state"
    assert [a["phrase"] for a in client.get("/api/aliases", params={"actor": "CAN"}).json()] == ["the Mounties"]
    assert client.delete("/api/aliases/the Mounties", headers=BEARER).status_code == 204
    assert client.get("/api/aliases").json() == []
    assert_error(client.delete("/api/aliases/the Mounties", headers=BEARER), 422, "No alias")


# -- the dashboard's forms ---------------------------------------------------------------------
def sign_in(client, name: str = "Ada", token: str = TOKEN):
    return client.post("/login", data={"name": name, "token": token, "next": "/review"}, follow_redirects=False)


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]


def test_sign_in_needs_the_token(client):
    assert sign_in(client, token="guess").status_code == 403
    assert "accord_session" not in client.cookies
    response = sign_in(client)
    assert response.status_code == 303 and response.headers["location"] == "/review"
    assert "Reviewing as <strong>Ada</strong>" in client.get("/review").text


def test_dashboard_forms_need_a_session_and_their_csrf_token(client, db):
    event_id = db[1][JUNE[0][0]]
    url = f"/review/event/{event_id}"
    html = {"Accept": "text/html"}
    assert client.post(url, data={"verdict": "wrong"}, headers=html).status_code == 403  # not signed in
    assert "name=\"verdict\"" not in client.get("/dyad/CAN/RUS").text  # read-only view: no controls
    sign_in(client)
    page = client.get("/dyad/CAN/RUS").text
    token = csrf_of(page)
    assert client.post(url, data={"verdict": "wrong"}, headers=html).status_code == 403  # no CSRF token
    assert client.post(url, data={"verdict": "wrong", "csrf": "0" * 64}, headers=html).status_code == 403
    other_site = {**html, "Origin": "https://evil.example"}
    assert client.post(url, data={"verdict": "wrong", "csrf": token}, headers=other_site).status_code == 403
    assert client.get(f"/api/events/{event_id}/reviews").json() == []
    done = client.post(url, data={"verdict": "wrong", "csrf": token, "next": "/dyad/CAN/RUS"}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/dyad/CAN/RUS?reviewed=")
    back = client.get(done.headers["location"]).text
    assert "marked not an event" in back and f'data-event-id="{event_id}"' not in back
    assert [r["reviewer"] for r in client.get(f"/api/events/{event_id}/reviews").json()] == ["Ada"]


def test_a_session_signed_with_an_old_token_is_refused(client, db, monkeypatch):
    sign_in(client)
    token = csrf_of(client.get("/review").text)
    monkeypatch.setenv("ACCORD_API_TOKEN", "rotated")
    response = client.post(f"/review/event/{db[1][JUNE[0][0]]}", data={"verdict": "wrong", "csrf": token},
                           headers={"Accept": "text/html"})
    assert response.status_code == 403 and "Sign in" in response.text


def test_redirects_stay_on_the_site(client, db):
    sign_in(client)
    token = csrf_of(client.get("/review").text)
    response = client.post(f"/review/event/{db[1][JUNE[0][0]]}", follow_redirects=False,
                           data={"verdict": "correct", "csrf": token, "next": "https://evil.example/x"})
    assert response.headers["location"].startswith(f"/review/event/{db[1][JUNE[0][0]]}?reviewed=")


def test_fix_form_and_shifts_page(client, db):
    event_id = db[1][JUNE[2][0]]
    sign_in(client)
    page = client.get(f"/review/event/{event_id}").text
    assert 'id="fix-target" name="target" value="RUS"' in page
    form = {"csrf": csrf_of(page), "verdict": "fix", "type": "ACCUSE", "mode": "", "source": "CAN", "target": "TUR",
            "status": "occurred", "date": "2025-06-10", "note": "the article means Turkey"}
    assert client.post(f"/review/event/{event_id}", data=form, follow_redirects=False).status_code == 303
    page = client.get(f"/review/event/{event_id}").text
    assert "corrected: ACCUSE CAN → TUR" in page and "the article means Turkey" in page
    unchanged = client.post(f"/review/event/{event_id}", data=form, headers={"Accept": "text/html"})
    assert unchanged.status_code == 422 and "Nothing to correct" in unchanged.text
    assert 'id="shift-CAN-RUS"' in client.get("/shifts").text
    assert client.get("/shifts", params={"window": "30d", "baseline": str(timedelta(days=180).days) + "d"}).status_code == 200
