"""The JSON API over a store built in code: every endpoint, filters, the error shape, the token."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient

from accord.model import (
    Actor,
    Analysis,
    Article,
    Event,
    Participant,
    Quote,
    SentenceRef,
    TextSpan,
)
from accord.server import create_app
from accord.store import Store

ACTORS = {
    "CAN": Actor("CAN", "Canada", "state", "CAN"),
    "EU": Actor("EU", "European Union", "igo", None),
    "RUS": Actor("RUS", "Russia", "state", "RUS"),
    "UKR": Actor("UKR", "Ukraine", "state", "UKR"),
    "person:mark-carney": Actor("person:mark-carney", "Mark Carney", "person", "CAN", "GOV", "Prime Minister"),
}

# (id, published, source, sentences); each sentence: (text, event or None, quote speaker or None)
# event: (type, status, quad_class, goldstein, source actor, target actor, trigger, date)
ARTICLES = [
    ("a1", date(2025, 5, 12), "Reuters", [
        ("Canada and the European Union agreed on Monday to deepen their defence cooperation.",
         ("AGREE", "occurred", 1, 4.0, "CAN", "EU", "agreed", "2025-05-12"), None),
        ("\"This partnership makes both of us safer,\" Mark Carney said in Brussels.", None, "person:mark-carney"),
    ]),
    ("a2", date(2025, 6, 23), "Reuters", [
        ("Mark Carney signed a security and defence pact with the European Union in Brussels.",
         ("COOPERATE", "occurred", 2, 6.0, "person:mark-carney", "EU", "signed", "2025-06-23"), None),
        ("Canada accused Russia of threatening its Arctic neighbours.",
         ("ACCUSE", "announced", 3, -2.0, "CAN", "RUS", "accused", "2025-06-23"), None),
    ]),
    ("a3", date(2025, 7, 2), "AP", [
        ("Russia launched missile strikes on Ukraine overnight.",
         ("ASSAULT", "occurred", 4, -10.0, "RUS", "UKR", "launched missile strikes", "2025-07-01"), None),
        ("Canada may impose new sanctions on Russia next month.",
         ("SANCTION", "hypothetical", 4, -8.0, "CAN", "RUS", "impose new sanctions", "2025-07-02"), None),
    ]),
]


def make_analysis(article_id: str, published: date, source: str, sentences: list) -> Analysis:
    text = " ".join(s for s, _, _ in sentences)
    article = Article(article_id, text, title=sentences[0][0][:40], source=source, published=published,
                      url=f"https://example.org/{article_id}")
    events, quotes, used = [], [], set()
    offset = 0
    for i, (sentence, ev, speaker) in enumerate(sentences):
        ref = SentenceRef(i, offset, offset + len(sentence))
        if ev:
            kind, status, quad, goldstein, src, tgt, trigger, day = ev
            events.append(Event(
                id=f"e{len(events) + 1}", type=kind, mode=None, contexts=["military"] if quad != 3 else [],
                source=[_part(src, sentence, offset)], target=[_part(tgt, sentence, offset)],
                date=day, date_precision="day", status=status, location=None,
                trigger=TextSpan(trigger, offset + sentence.index(trigger), offset + sentence.index(trigger) + len(trigger)),
                sentence=ref, confidence=0.8, cameo=None, quad_class=quad, goldstein=goldstein,
                plover_score=goldstein))
            used |= {src, tgt}
        if speaker:
            said = sentence.split('"')[1]
            quotes.append(Quote("direct", said, offset + 1, offset + 1 + len(said), "said",
                                _part(speaker, sentence, offset)))
            used.add(speaker)
        offset += len(sentence) + 1
    return Analysis(article, [ACTORS[a] for a in sorted(used)], [], events, quotes)


def _part(actor_id: str, sentence: str, offset: int) -> Participant:
    name = ACTORS[actor_id].name.replace("European Union", "the European Union")
    at = max(sentence.find(name), 0)
    return Participant(actor_id, name, offset + at, offset + at + len(name))


def build_store(path: Path) -> Path:
    with Store(path) as store:
        for spec in ARTICLES:
            store.add(make_analysis(*spec))
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("api") / "api.db")
    with TestClient(create_app(str(db))) as c:
        yield c


def assert_error(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status and err["message"] and err["hint"]
    for word in words:
        assert word in err["message"] + " " + err["hint"]
    return err


def test_stats(client):
    assert client.get("/api/stats").json() == {"articles": 3, "events": 5, "quotes": 1, "actors": 5}


@pytest.mark.parametrize("query, ids", [
    ("", ["a3", "a2", "a1"]),
    ("?source=AP", ["a3"]),
    ("?since=2025-06-01&until=2025-06-30", ["a2"]),
    ("?limit=1", ["a3"]),
])
def test_articles(client, query, ids):
    rows = client.get("/api/articles" + query).json()
    assert [r["id"] for r in rows] == ids


def test_article_detail(client):
    body = client.get("/api/articles/a2").json()
    assert body["article"]["text"].startswith("Mark Carney signed")
    assert "content_hash" not in body["article"]
    assert [e["type"] for e in body["events"]] == ["COOPERATE", "ACCUSE"]
    assert body["events"][0]["evidence"].startswith("Mark Carney signed")
    assert body["events"][0]["source"][0]["actor"] == "person:mark-carney"
    assert client.get("/api/articles/a1").json()["quotes"][0]["speaker_actor"] == "person:mark-carney"


@pytest.mark.parametrize("query, types", [
    ("", ["SANCTION", "ASSAULT", "ACCUSE", "COOPERATE", "AGREE"]),
    ("?dyad=CAN,EU", ["COOPERATE", "AGREE"]),  # Carney counts as Canada
    ("?actor=person:mark-carney", ["COOPERATE"]),
    ("?type=accuse", ["ACCUSE"]),
    ("?status=hypothetical", ["SANCTION"]),
    ("?context=military&source=AP", ["SANCTION", "ASSAULT"]),
    ("?since=2025-06-01&until=2025-06-30", ["ACCUSE", "COOPERATE"]),
    ("?fused=true&limit=2", ["SANCTION", "ASSAULT"]),
    ("?min_confidence=0.9", []),  # every stored event here has confidence 0.8
])
def test_event_filters(client, query, types):
    rows = client.get("/api/events" + query).json()
    assert sorted(r["type"] for r in rows) == sorted(types)


def test_event_rows_carry_evidence(client):
    row = client.get("/api/events?type=ASSAULT").json()[0]
    assert row["evidence"] == "Russia launched missile strikes on Ukraine overnight."
    assert row["trigger_text"] == "launched missile strikes"


@pytest.mark.parametrize("query, n", [
    ("?speaker=person:mark-carney", 1), ("?actor=CAN", 1), ("?search=partnership", 1),
    ("?search=sanctions", 0), ("?since=2025-06-01", 0),
])
def test_quotes(client, query, n):
    assert len(client.get("/api/quotes" + query).json()) == n


def test_actors(client):
    assert {r["id"] for r in client.get("/api/actors").json()} == set(ACTORS)
    assert [r["id"] for r in client.get("/api/actors?search=carney").json()] == ["person:mark-carney"]


def test_actor_detail(client):
    body = client.get("/api/actors/person:mark-carney").json()
    assert body["actor"]["name"] == "Mark Carney"
    assert body["roles"] and all({"title", "start", "end"} <= set(r) for r in body["roles"])
    assert client.get("/api/actors/CAN").json()["actor"]["kind"] == "state"


def test_dyad(client):
    body = client.get("/api/dyad/CAN/EU?by=month").json()
    assert (body["a"], body["b"], body["by"]) == ("CAN", "EU", "month")
    assert [(p["label"], p["events"], p["net"]) for p in body["periods"]] == [("2025-05", 1, 1.0), ("2025-06", 1, 1.0)]


def test_network(client):
    body = client.get("/api/network?min_events=1").json()
    pairs = {(e["source"], e["target"]): e["weight"] for e in body["edges"]}
    assert pairs[("CAN", "EU")] == 2 and pairs[("RUS", "UKR")] == -1
    assert {n["id"] for n in body["nodes"]} >= {"CAN", "EU", "RUS", "UKR"}


def test_shifts(client):
    rows = client.get("/api/shifts?window=30d&baseline=90d&min_events=1").json()
    assert rows and {"a", "b", "status", "test", "evidence"} <= set(rows[0])


@pytest.mark.parametrize("url, status, words", [
    ("/api/articles/nope", 404, ["'nope'", "/api/articles"]),
    ("/api/actors/person:nobody-at-all", 404, ["'person:nobody-at-all'", "/api/actors?search="]),
    ("/api/events?since=2025-13-45", 422, ["since", "YYYY-MM-DD"]),
    ("/api/events?dyad=CAN", 422, ["dyad=CAN,EU"]),
    ("/api/events?status=maybe", 422, ["'maybe'", "occurred"]),
    ("/api/dyad/CAN/EU?by=fortnight", 422, ["by"]),
    ("/api/shifts?window=soon", 422, ["'soon'", "30d"]),
    ("/api/nothing-here", 404, ["/api/nothing-here"]),
])
def test_error_shape(client, url, status, words):
    assert_error(client.get(url), status, *words)


def test_unexpected_error_keeps_the_shape(tmp_path, monkeypatch):
    from accord.api import routes

    monkeypatch.setattr(routes, "counts", lambda store: 1 / 0)
    with TestClient(create_app(str(tmp_path / "e.db")), raise_server_exceptions=False) as c:
        assert_error(c.get("/api/stats"), 500, "ZeroDivisionError")


BODY = {"text": ARTICLES[0][3][0][0], "title": "Pact", "published": "2025-05-12", "source": "CBC"}


@pytest.fixture
def fake_analyze(monkeypatch):
    """The pipeline itself is tested elsewhere; here only the gate and the wiring."""
    from accord import pipeline

    seen = {}

    def analyze(text, **meta):
        seen.update(meta, text=text)
        return make_analysis("posted", date(2025, 5, 12), "CBC", [ARTICLES[0][3][0]])

    monkeypatch.setattr(pipeline, "analyze", analyze)
    return seen


def test_analyze_is_disabled_without_a_token(client, monkeypatch, fake_analyze):
    monkeypatch.delenv("ACCORD_API_TOKEN", raising=False)
    assert_error(client.post("/api/analyze", json=BODY), 403, "read-only", "ACCORD_API_TOKEN")
    assert fake_analyze == {}


def test_analyze_needs_the_right_token(client, monkeypatch, fake_analyze):
    monkeypatch.setenv("ACCORD_API_TOKEN", "s3cret")
    assert_error(client.post("/api/analyze", json=BODY), 403, "Bearer")
    assert_error(client.post("/api/analyze", json=BODY, headers={"Authorization": "Bearer wrong"}), 403)
    assert fake_analyze == {}


def test_analyze_with_token(client, monkeypatch, fake_analyze, tmp_path):
    monkeypatch.setenv("ACCORD_API_TOKEN", "s3cret")
    auth = {"Authorization": "Bearer s3cret"}
    response = client.post("/api/analyze", json=BODY, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["schema"] == "accord.analysis/1"
    assert fake_analyze["published"] == date(2025, 5, 12) and fake_analyze["source"] == "CBC"
    assert "X-Accord-Stored" not in response.headers
    assert client.get("/api/stats").json()["articles"] == 3


def test_analyze_and_store(tmp_path, monkeypatch, fake_analyze):
    monkeypatch.setenv("ACCORD_API_TOKEN", "s3cret")
    with TestClient(create_app(str(tmp_path / "w.db"))) as c:
        response = c.post("/api/analyze?store=true", json=BODY, headers={"Authorization": "Bearer s3cret"})
        assert response.headers["X-Accord-Stored"] == "new"
        assert c.get("/api/stats").json()["events"] == 1
        assert_error(c.post("/api/analyze", json={"title": "no text"}, headers={"Authorization": "Bearer s3cret"}),
                     422, "text")


def test_openapi_lists_every_endpoint(client):
    paths = set(client.get("/openapi.json").json()["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes", "/api/actors",
            "/api/actors/{actor_id}", "/api/dyad/{a}/{b}", "/api/network", "/api/shifts", "/api/stats",
            "/api/analyze"} <= paths
    assert client.get("/docs").status_code == 200
