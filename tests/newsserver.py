"""A local news site for the live-intake tests: feeds and article pages on 127.0.0.1.

Each path answers what its `Route` says (status, headers, body, a delay, a gate to hold the
answer back, a queue of one-off answers first); the server records every request it gets
(path, headers, time) so tests can count what the client asked for. ETag and Last-Modified
routes answer 304 to matching conditional requests. Bodies are compressed with gzip or brotli
when the route asks and the client accepts it.

The articles are short fictional wire stories written for these tests.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

import brotli


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    last_modified: str | None = None
    encoding: str | None = None  # "gzip" or "br"
    gate: threading.Event | None = None  # the answer waits until it is set
    first: list[Route] = field(default_factory=list)  # one-off answers, used up in order
    send_length: bool = True


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


class NewsServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.arrived: dict[str, threading.Event] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                server._handle(self)

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> NewsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for route in self.routes.values():
            if route.gate is not None:
                route.gate.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **route: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **route)  # type: ignore[arg-type]
        self.arrived.setdefault(path, threading.Event())
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        with self._lock:
            self.requests.append(Request(handler.path, headers, time.monotonic()))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            route = self.routes.get(handler.path)
            if route is not None and route.first:
                route = route.first.pop(0)
        self.arrived.setdefault(handler.path, threading.Event()).set()
        try:
            self._answer(handler, headers, route)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, headers: dict[str, str], route: Route | None) -> None:
        if route is None:
            route = Route(b"not here", status=404, content_type="text/plain")
        if route.gate is not None:
            route.gate.wait(30)
        if route.delay:
            time.sleep(route.delay)
        unchanged = ((route.etag and headers.get("if-none-match") == route.etag)
                     or (route.last_modified and headers.get("if-modified-since") == route.last_modified))
        if unchanged:
            handler.send_response(304)
            handler.end_headers()
            return
        body = route.body
        handler.send_response(route.status)
        handler.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            handler.send_header(name, value)
        if route.etag:
            handler.send_header("ETag", route.etag)
        if route.last_modified:
            handler.send_header("Last-Modified", route.last_modified)
        if route.encoding and route.encoding in headers.get("accept-encoding", ""):
            body = gzip.compress(body) if route.encoding == "gzip" else brotli.compress(body)
            handler.send_header("Content-Encoding", route.encoding)
        if route.send_length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


# -- the fictional articles ------------------------------------------------------------------------

@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    author: str
    published: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


STORIES = (
    Story("ottawa-tokyo-pact", "Canada and Japan sign defence cooperation pact", "Maria Lopez", "2025-03-04", (
        "OTTAWA — Canada and Japan signed a defence cooperation agreement on Tuesday, committing the two "
        "countries to joint naval exercises in the Pacific and to sharing intelligence on maritime threats.",
        "Officials from both governments said the accord had been negotiated over eighteen months and "
        "would allow their navies to use each other's ports for resupply during joint patrols.",
        "The agreement follows a series of visits by defence officials and will be reviewed by both "
        "parliaments before it enters into force later this year, diplomats in Ottawa said.")),
    Story("chile-peru-border", "Chile and Peru agree to reopen border crossings", "Tomás Reyes", "2025-03-05", (
        "SANTIAGO — Chile and Peru agreed on Wednesday to reopen three border crossings that had been closed "
        "for months, easing the passage of trucks carrying copper and fresh produce.",
        "The foreign ministers of the two countries said in a joint statement that customs officers would "
        "return to the posts next week and that a working group would meet every quarter.",
        "Business groups on both sides of the frontier welcomed the decision, which they said would cut "
        "delivery times and lower costs for exporters in the region.")),
    Story("kenya-un-appeal", "Kenya appeals to the United Nations for drought aid", "Amina Odhiambo", "2025-03-06", (
        "NAIROBI — Kenya appealed to the United Nations on Thursday for emergency aid to help communities "
        "in the north of the country that have suffered three failed rainy seasons in a row.",
        "Government officials said more than two million people needed food assistance and that water "
        "trucks could no longer reach several villages because of the state of the roads.",
        "Aid agencies working in the region said they had begun distributing seeds and water tablets "
        "but warned that their stocks would run out within weeks without new funding.")),
    Story("norway-sweden-grid", "Norway and Sweden plan a joint power line", "Erik Lund", "2025-03-07", (
        "OSLO — Norway and Sweden announced on Friday that they would build a new high-voltage power line "
        "across their border, linking hydroelectric plants in the north with cities in the south.",
        "Energy ministers from the two governments said the project would be financed jointly and that "
        "construction was expected to begin after environmental studies are completed next year.",
        "Grid operators said the line would make electricity prices more stable during cold winters, "
        "when demand in both countries rises sharply and imports become expensive.")),
)

WIRE = Story("wire-ministers-meet", "Brazil and Argentina agree to expand trade in farm machinery",
             "Wire staff", "2025-03-08", (
                 "BRASILIA — Brazil and Argentina agreed on Saturday to cut tariffs on farm machinery and spare "
                 "parts, a step both governments said would help farmers modernise their equipment before the "
                 "next harvest season begins in the spring.",
                 "The economy ministers of the two countries signed the deal at a meeting in Brasilia, where "
                 "they also discussed a common customs procedure for grain shipments crossing their shared "
                 "border by road and by river barge.",
                 "Industry associations in both countries said the lower tariffs would allow smaller "
                 "manufacturers to sell tractors and harvesters across the border without the delays and "
                 "paperwork that have held back trade for several years.",
                 "The ministers said they would meet again in Buenos Aires in June to review progress and to "
                 "consider extending the arrangement to fertilisers and irrigation equipment."))


def wire_copy(outlet: str, dateline: str, drop_last: bool) -> Story:
    """The wire story as an outlet republishes it: its own dateline and headline, maybe trimmed."""
    first = WIRE.paragraphs[0].replace("BRASILIA —", dateline)
    paragraphs = (first, *WIRE.paragraphs[1:-1]) if drop_last else (first, *WIRE.paragraphs[1:])
    return Story(f"{WIRE.slug}-{outlet}", f"{WIRE.title} ({outlet})", WIRE.author, WIRE.published, paragraphs)


def page_html(story: Story, charset: str = "utf-8", meta: bool = True) -> str:
    body = "\n".join(f"<p>{escape(p)}</p>" for p in story.paragraphs)
    head = f'<meta charset="{charset}">' if meta else ""
    return f"""<!doctype html>
<html lang="en"><head>{head}<title>{escape(story.title)} | Test News</title>
<meta name="author" content="{escape(story.author)}">
<meta property="article:published_time" content="{story.published}T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{escape(story.title)}</h1>
{body}
</article>
<footer>Test News. All rights reserved.</footer>
</body></html>"""


def rss2(title: str, items: list[tuple[Story, str]]) -> str:
    entries = "\n".join(
        f"<item><title>{escape(s.title)}</title><link>{escape(link)}</link><guid>{escape(link)}</guid>"
        f"<pubDate>{_rfc822(s.published)}</pubDate><description>{escape(s.paragraphs[0])}</description></item>"
        for s, link in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{escape(title)}</title><link>http://example.test/</link>
<description>Test feed</description>
{entries}
</channel></rss>"""


def atom(title: str, items: list[tuple[Story, str]]) -> str:
    entries = "\n".join(
        f"<entry><title>{escape(s.title)}</title><link href=\"{escape(link)}\"/><id>urn:test:{s.slug}</id>"
        f"<updated>{s.published}T09:00:00Z</updated><author><name>{escape(s.author)}</name></author>"
        f"<summary>{escape(s.paragraphs[0])}</summary></entry>"
        for s, link in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{escape(title)}</title><id>urn:test:feed</id>
<updated>2025-03-08T10:00:00Z</updated>
{entries}
</feed>"""


def rss1(title: str, items: list[tuple[Story, str]]) -> str:
    seq = "".join(f'<rdf:li rdf:resource="{escape(link)}"/>' for _, link in items)
    entries = "\n".join(
        f'<item rdf:about="{escape(link)}"><title>{escape(s.title)}</title><link>{escape(link)}</link>'
        f"<dc:date>{s.published}</dc:date><description>{escape(s.paragraphs[0])}</description></item>"
        for s, link in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://example.test/"><title>{escape(title)}</title><link>http://example.test/</link>
<description>Test feed</description><items><rdf:Seq>{seq}</rdf:Seq></items></channel>
{entries}
</rdf:RDF>"""


def _rfc822(day: str) -> str:
    from datetime import UTC, date, datetime
    from email.utils import format_datetime

    d = date.fromisoformat(day)
    return format_datetime(datetime(d.year, d.month, d.day, 9, 0, tzinfo=UTC))
