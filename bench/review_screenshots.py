"""The screenshots of docs/review.md, taken with Debian's headless Chromium on the demo corpus.

    .venv/bin/python bench/review_screenshots.py            # writes docs/images/review-*.png

Ingests examples/ (as `make demo` does) into a temporary database, serves it with reviews
enabled, signs in, reviews a few CAN–USA events as a person would, and photographs the pages.
The browser is driven by tests/browser.py (the DevTools protocol over a pipe).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import uvicorn
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from browser import Browser  # noqa: E402

from accord.cli import app  # noqa: E402
from accord.server import create_app  # noqa: E402

IMAGES = ROOT / "docs" / "images"
TOKEN = "screenshots"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="accord-shots-"))
    db = work / "demo.db"
    result = CliRunner().invoke(app, ["ingest", str(ROOT / "examples"), "--published", "2025-06-23", "--db", str(db)])
    assert result.exit_code == 0, result.output
    import os

    os.environ["ACCORD_API_TOKEN"] = TOKEN
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    urllib.request.urlopen(base + "/api/stats", timeout=5)
    b = Browser(work / "profile")
    try:
        b.open(f"{base}/login?next=/review")
        b.fill({"#name": "Ada", "#token": TOKEN})
        b.click("form[action='/login'] button")
        b.open(f"{base}/review?dyad=CAN,USA&limit=8")
        b.screenshot(IMAGES / "review-queue.png")
        b.open(f"{base}/dyad/CAN/USA?since=2025-08-20")
        b.click("tr[data-event-id] button[value=wrong]")
        b.screenshot(IMAGES / "review-dyad.png", height=900)
        event_id = b.js("document.querySelector('tr[data-event-id]').dataset.eventId")
        b.open(f"{base}/review/event/{event_id}")
        b.fill({"#fix-target": "MEX", "#fix-note": "the text means Mexico"})
        b.click("#save-fix")
        b.screenshot(IMAGES / "review-event.png")
    finally:
        b.close()
        server.should_exit = True
        thread.join(timeout=5)
        shutil.rmtree(work, ignore_errors=True)
    for name in ("review-queue", "review-dyad", "review-event"):
        print(IMAGES / f"{name}.png")


if __name__ == "__main__":
    main()
