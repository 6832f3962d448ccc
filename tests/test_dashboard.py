"""The dashboard in a real browser: uvicorn on a free local port, Debian's headless chromium.

Checks that the dyad page's Plotly chart is drawn by JavaScript (served by the app itself, no
network), that the events page highlights triggers, and that a screenshot is a real PNG.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
from fastapi.testclient import TestClient
from liveserver import live_server
from test_api import build_store

from accord.server import create_app

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="/usr/bin/chromium is missing (apt-get install chromium)")
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--hide-scrollbars", "--virtual-time-budget=8000"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="module")
def server(db) -> Iterator[str]:
    with live_server(db) as base:
        yield base


def chromium(tmp_path: Path, *args: str) -> str:
    profile = tmp_path / "profile"
    run = subprocess.run([str(CHROMIUM), *BROWSER_FLAGS, f"--user-data-dir={profile}", *args],
                         check=False, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@needs_chromium
def test_dyad_page_draws_the_plotly_chart(server, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", f"{server}/dyad/CAN/EU")
    assert 'id="dyad-chart"' in dom
    assert 'class="plot-container' in dom and "main-svg" in dom  # drawn by plotly.js in the page
    assert "net index" in dom  # the legend entry of the net cooperation line
    assert "<mark>signed</mark>" in dom and "<mark>agreed</mark>" in dom


@needs_chromium
def test_events_page_highlights_the_trigger(server, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", f"{server}/events?type=ASSAULT&since=&status=")
    assert "Russia <mark>launched missile strikes</mark> on Ukraine overnight." in dom
    assert "<mark>signed</mark>" not in dom  # the filter applied
    assert '<label for="dyad">' in dom and "<caption>1 events" in dom


@needs_chromium
def test_screenshot_is_a_png(server, tmp_path):
    shot = tmp_path / "dyad.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1000", f"{server}/dyad/CAN/EU")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


@pytest.mark.parametrize("path, text", [
    ("/", "Strongest dyads"),
    ("/actors/person:mark-carney", "Roles over time"),
    ("/actors/person:mark-carney", "What Mark Carney said, over time"),
    ("/network", "Candidate blocs"),
    ("/events?dyad=CAN,EU", "<mark>agreed</mark>"),
    ("/dyad/CAN/EU?by=year", "2025"),
])
def test_pages_render(db, path, text):
    with TestClient(create_app(str(db))) as client:
        response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200 and text in response.text


def test_plotly_js_is_served_from_the_package(db):
    with TestClient(create_app(str(db))) as client:
        response = client.get("/assets/plotly.min.js")
        page = client.get("/dyad/CAN/EU").text
    assert response.status_code == 200 and "plotly" in response.text[:2000].lower()
    assert 'src="/assets/plotly.min.js"' in page and "cdn" not in page.lower()
    assert not re.search(r'<script[^>]+src="(https?:)?//', page)  # nothing loaded from the network


def test_dashboard_errors_are_pages(db):
    with TestClient(create_app(str(db))) as client:
        response = client.get("/actors/person:nobody-at-all", headers={"Accept": "text/html"})
    assert response.status_code == 404 and 'role="alert"' in response.text
    assert "/api/actors?search=" in response.text


HOSTILE = [  # markup an article may carry as text; none of it may run in the dashboard
    '<script>document.body.setAttribute("data-pwned", "script")</script>',
    '<img src=x onerror="document.body.setAttribute(\'data-pwned\', \'img\')">',
    '"><svg onload="document.body.setAttribute(\'data-pwned\', \'svg\')">',
]


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory) -> Iterator[str]:
    from test_api import make_analysis

    from accord.store import Store

    db = tmp_path_factory.mktemp("hostile") / "hostile.db"
    sentences = [(f"Canada and the European Union agreed {markup} on Monday to deepen ties.",
                  ("AGREE", "occurred", 1, 4.0, "CAN", "EU", "agreed", "2025-05-12"), None) for markup in HOSTILE]
    analysis = make_analysis("x1", date(2025, 5, 12), HOSTILE[0], sentences)
    analysis.article.title = HOSTILE[1]
    with Store(db) as store:
        store.add(analysis)
    with live_server(db) as base:
        yield base


@needs_chromium
@pytest.mark.parametrize("path", ["/events", "/", "/dyad/CAN/EU"])
def test_markup_in_article_text_is_shown_as_text_and_never_runs(hostile_server, tmp_path, path):
    dom = chromium(tmp_path, "--dump-dom", hostile_server + path)
    assert not re.search(r"<body[^>]*data-pwned", dom)  # no injected handler or script ran in the browser
    assert "&lt;script&gt;document.body" in dom  # the text is there, escaped, for the reader to see
    assert "<script>document.body" not in dom and "<img src=\"x\"" not in dom
