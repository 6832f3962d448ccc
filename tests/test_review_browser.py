"""Reviewing in a real browser: Debian's headless Chromium, driven over the DevTools pipe
(tests/browser.py), against the real server on the demo corpus analysed by the real pipeline.

A person signs in, marks events wrong with the keyboard and the mouse, watches the dyad chart,
the network and the shift alerts follow, undoes, fixes a target, and names an unresolved person.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
from browser import CHROMIUM, Browser
from liveserver import live_server
from typer.testing import CliRunner

from accord.cli import app

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing (apt-get install chromium)")]
ROOT = Path(__file__).resolve().parent.parent
TOKEN = "browser-s3cret"
COCOA = {"id": "cocoa-1", "published": "2024-03-05", "source": "Gulf Times",
         "text": "Trade talks stall in Lagos\n\nMr Okafor accused France of blocking the cocoa agreement on Monday. "
                 "The French embassy rejected the claim."}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """`make demo`'s database: every example ingested, plus one article naming an unknown official."""
    folder = tmp_path_factory.mktemp("demo")
    extra = folder / "cocoa.jsonl"
    extra.write_text(json.dumps(COCOA) + "\n", encoding="utf-8")
    db = folder / "demo.db"
    for inputs in ([str(ROOT / "examples"), "--published", "2025-06-23"], [str(extra)]):
        result = CliRunner().invoke(app, ["ingest", *inputs, "--db", str(db)])
        assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def site(demo_db, tmp_path, monkeypatch) -> Iterator[str]:
    """The server on a fresh copy of the demo database, with reviews enabled."""
    db = tmp_path / "site.db"
    shutil.copy(demo_db, db)
    monkeypatch.setenv("ACCORD_API_TOKEN", TOKEN)
    with live_server(db) as base:
        yield base


@pytest.fixture
def browser(site, tmp_path) -> Iterator[Browser]:
    b = Browser(tmp_path / "profile")
    b.open(f"{site}/login?next=/review")
    b.fill({"#name": "Ada", "#token": TOKEN})
    b.click("form[action='/login'] button")
    assert "Reviewing as Ada" in b.text(".account")
    yield b
    b.close()


def row_ids(b: Browser) -> list[str]:
    return list(b.js("Array.from(document.querySelectorAll('tr[data-event-id]')).map(r => r.dataset.eventId)"))


def bar_total(b: Browser) -> int:
    """Events in the dyad chart: the sum of its bars, read from the Plotly figure in the page."""
    return int(b.js("document.getElementById('dyad-chart').data.filter(t => t.type === 'bar')"
                    ".reduce((n, t) => n + t.y.reduce((a, v) => a + v, 0), 0)"))


def tie_events(b: Browser, a: str, c: str) -> int:
    text = b.js(f"Array.from(document.querySelectorAll('section[aria-labelledby=edges-h] tr'))"
                f".map(r => r.innerText).find(t => t.startsWith('{a} – {c}')) || ''")
    return int(text.split("\t")[-1]) if text else 0


def test_marking_the_tariff_dispute_wrong_clears_the_shift_alert_and_undo_restores_it(site, browser):
    b = browser
    b.open(f"{site}/shifts")
    assert b.js("!!document.getElementById('shift-CAN-USA')")
    dispute = f"{site}/dyad/CAN/USA?since=2025-08-20"
    b.open(dispute)
    marked = row_ids(b)
    assert len(marked) == 12  # with "Canada rejected the accusation and condemned the United States" as two acts
    for n in range(len(marked)):
        if n % 2:  # by keyboard: j moves to the first event, x says "not an event"
            b.press("j")
            b.press("x", loads=True)
        else:
            b.click("tr[data-event-id] button[value=wrong]")
        assert "marked not an event" in b.text(".notice")
        assert len(row_ids(b)) == len(marked) - n - 1
    b.open(f"{site}/shifts")
    assert not b.js("!!document.getElementById('shift-CAN-USA')") and b.js("!!document.getElementById('no-alerts')")
    b.open(f"{site}/shifts?as_coded=true")
    assert b.js("!!document.getElementById('shift-CAN-USA')")  # the machine's coding still raises it

    for event_id in marked:
        b.open(f"{site}/review/event/{event_id}")
        b.click("#undo")
    b.open(f"{site}/shifts")
    assert b.js("!!document.getElementById('shift-CAN-USA')")
    b.open(f"{site}/review/event/{marked[0]}")
    trail = b.text(".trail")
    assert "Ada" in trail and "not an event" in trail and "undid review" in trail


def test_one_wrong_event_changes_the_chart_and_the_network_until_undone(site, browser):
    b = browser
    b.open(f"{site}/network")
    ties_before = tie_events(b, "CAN", "EU")
    b.open(f"{site}/dyad/CAN/EU")
    bars_before, rows_before = bar_total(b), row_ids(b)
    counted = b.js("Array.from(document.querySelectorAll('tr[data-event-id]'))"
                   ".findIndex(r => r.cells[2].innerText === 'occurred' && r.cells[0].innerText !== '–')")
    b.js(f"document.querySelectorAll('tr[data-event-id]')[{counted}].focus()")
    b.press("x", loads=True)
    assert bar_total(b) == bars_before - 1 and len(row_ids(b)) == len(rows_before) - 1
    b.open(f"{site}/network")
    assert tie_events(b, "CAN", "EU") == ties_before - 1
    b.open(f"{site}/dyad/CAN/EU?reviewed={rows_before[counted]}")
    b.click("#undo-saved")
    assert bar_total(b) == bars_before and row_ids(b) == rows_before


def test_a_fixed_target_puts_the_event_in_the_new_dyad(site, browser):
    b = browser
    b.open(f"{site}/dyad/CAN/USA?since=2025-08-20")
    event_id = row_ids(b)[0]
    b.open(f"{site}/review/event/{event_id}")
    b.fill({"#fix-target": "MEX", "#fix-note": "the article means Mexico"})
    b.click("#save-fix")
    assert "corrected" in b.text(".trail") and "the article means Mexico" in b.text(".trail")
    b.open(f"{site}/dyad/CAN/MEX")
    assert row_ids(b) == [event_id] and bar_total(b) == 1
    b.open(f"{site}/dyad/CAN/USA?since=2025-08-20")
    assert event_id not in row_ids(b)


def test_naming_an_unresolved_official_resolves_the_reanalysed_article(site, browser):
    b = browser
    b.open(f"{site}/review/unresolved")
    index = b.js("Array.from(document.querySelectorAll('main tbody tr')).findIndex(r => r.cells[0].innerText.includes('Okafor'))")
    assert index >= 0
    form = f"main tbody tr:nth-child({index + 1}) form"
    b.fill({f"{form} input[name=actor]": "person:daniel-okafor", f"{form} input[name=country]": "NGA"})
    b.click(f"{form} button")
    b.open(f"{site}/actors/person:daniel-okafor")
    assert "Okafor" in b.text("section[aria-labelledby=aliases-h]")
    assert "Mr Okafor accused France of blocking the cocoa agreement on Monday." in b.text("section[aria-labelledby=ev-h]")
    b.open(f"{site}/dyad/NGA/FRA")
    assert bar_total(b) == 1
