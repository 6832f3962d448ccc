"""The HTTP client of live intake: one httpx client, polite and bounded.

- Identifies itself (`Politeness.user_agent`, with the project URL) and honours robots.txt.
- Per host: at most `per_host` requests in flight and `delay` seconds between request starts
  (raised by a robots.txt Crawl-delay); overall at most `workers` (the caller's thread pool).
- Conditional requests for feeds (If-None-Match, If-Modified-Since): a 304 returns no body.
- Retries after 429, 500, 502, 503, 504 and network errors (timeouts included), `retries` times,
  waiting `backoff * 2**n` seconds with +-50% jitter, or what Retry-After asks (seconds or an
  HTTP date) up to `max_retry_after`.
- Redirects (301, 302, 303, 307, 308) followed by hand up to `max_redirects`, each hop checked by
  `safety.check_url` and robots.txt.
- gzip, deflate and brotli bodies; at most `max_bytes` read (the declared length is checked
  before reading); pages must be HTML, feeds XML (or served as text).
- Errors are `FetchError`s whose message names the URL (credentials redacted) and what happened;
  `permanent` ones (404, refused by robots.txt, not HTML, too big) are not worth retrying.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from ..errors import AccordError
from ..sources.encoding import declared_charset, decode_bytes
from .robots import Robots, RobotsMemo
from .safety import UnsafeURL, check_url, redact
from .settings import ROBOTS_AGENT, Politeness

# httpx logs every request's full URL at INFO; a feed URL may carry credentials, and an
# application that turns INFO on (a log shipper's setup) must not print them.
logging.getLogger("httpx").setLevel(logging.WARNING)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("xml", "rss", "atom", "rdf", "text/")  # substrings of the content types feeds are served with
Kind = Literal["feed", "page", "robots"]


class FetchError(AccordError):
    """A URL that could not be fetched: says which (redacted) and why."""

    def __init__(self, url: str, message: str, *, status: int | None = None, permanent: bool = False):
        self.url = redact(url)
        self.reason = message.replace(url, self.url)  # a network error may quote the URL it failed on
        self.status = status
        self.permanent = permanent
        super().__init__(f"{self.url}: {message}")


@dataclass(frozen=True)
class Page:
    """A fetched URL: `status` 200 (or another 2xx) with its body, or 304 without one."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    retry_after: str | None = None  # the header of a 429 or 503

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset the server or the page declares, else the file rules."""
        return decode_bytes(self.body, redact(self.final_url),
                            declared=declared_charset(self.body, self.content_type))


class HostGate:
    """Per-host concurrency and spacing of requests, shared by every thread of a Fetcher."""

    def __init__(self, per_host: int):
        self._per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, delay: float) -> Iterator[None]:
        with self._lock:
            semaphore = self._slots.setdefault(host, threading.Semaphore(self._per_host))
        with semaphore:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + delay
            if start > now:
                time.sleep(start - now)
            yield


class Fetcher:
    """Fetches feeds and pages politely; thread-safe. Use as a context manager."""

    def __init__(self, settings: Politeness | None = None, *, stop: threading.Event | None = None,
                 robots_memo: RobotsMemo | None = None):
        self.settings = settings or Politeness()
        self.stop = stop or threading.Event()
        self.gate = HostGate(self.settings.per_host)
        self.robots = Robots(self._fetch_robots, ROBOTS_AGENT, robots_memo)
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.settings.timeout), follow_redirects=False, trust_env=False,
            headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate, br"},
            limits=httpx.Limits(max_connections=max(self.settings.workers, self.settings.per_host) + 1),
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, kind: Kind = "page", *, etag: str | None = None,
            last_modified: str | None = None) -> Page:
        """GET `url` following redirects; a Page (304 included for conditional feed requests),
        or FetchError."""
        headers = {"Accept": _ACCEPT[kind]}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            try:
                self._check(current, kind)
                page = self._with_retries(current, kind, headers)
            except (ValueError, httpx.InvalidURL) as error:  # a malformed link in a feed or a Location
                raise FetchError(current, f"not a valid URL ({error}).", permanent=True) from None
            if page.status not in REDIRECT_STATUSES:
                return self._final(url, page)
            current = urljoin(current, page.final_url)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects; the last went to "
                         f"{redact(current)}.", permanent=True)

    def _check(self, url: str, kind: Kind) -> None:
        try:
            check_url(url, self.settings.allow_private)
        except UnsafeURL as error:
            raise FetchError(url, str(error).split(": ", 1)[-1], permanent=True) from None
        if kind != "robots" and (refusal := self.robots.check(url)) is not None:
            raise FetchError(url, refusal, permanent=refusal.startswith("robots.txt"))

    def _final(self, url: str, page: Page) -> Page:
        if page.status == 304 or 200 <= page.status < 300:
            return Page(url, page.url, page.status, page.content_type, page.body, page.etag, page.last_modified)
        if page.status in RETRY_STATUSES:
            raise FetchError(page.url, f"the server answered {page.status} after {self.settings.retries} "
                             "retries; trying again next round.", status=page.status)
        raise FetchError(page.url, f"the server answered {page.status} ({_reason(page.status)}).",
                         status=page.status, permanent=True)

    def _with_retries(self, url: str, kind: Kind, headers: dict[str, str]) -> Page:
        attempt = 0
        while True:
            try:
                page = self._once(url, kind, headers)
                if page.status not in RETRY_STATUSES:
                    return page
                wait = _retry_after(page.retry_after)
                failure = f"the server answered {page.status}"
            except (httpx.TimeoutException, httpx.TransportError) as error:
                page, wait = None, None
                failure = _network_reason(error, self.settings.timeout)
            if attempt >= self.settings.retries:
                if page is not None:
                    return page
                raise FetchError(url, f"{failure} ({attempt + 1} attempts); trying again next round.")
            if wait is None:
                wait = self.settings.backoff * 2 ** attempt * random.uniform(0.5, 1.5)
            elif wait > self.settings.max_retry_after:
                raise FetchError(url, f"{failure} and asks to wait {wait:.0f} s, longer than max_retry_after "
                                 f"({self.settings.max_retry_after:.0f} s); trying again next round.",
                                 status=page.status if page else None)
            if self.stop.wait(wait):
                raise FetchError(url, "stopped while waiting to retry.")
            attempt += 1

    def _once(self, url: str, kind: Kind, headers: dict[str, str]) -> Page:
        host = urlsplit(url).hostname or ""
        delay = self.settings.delay
        if kind != "robots" and (crawl := self.robots.crawl_delay(url)) is not None:
            delay = max(delay, min(crawl, self.settings.max_crawl_delay))
        with self.gate.slot(host, delay), self.client.stream("GET", url, headers=headers) as response:
            content_type = response.headers.get("content-type", "")
            if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                return Page(url, response.headers["location"], response.status_code, content_type, b"")
            if response.status_code in RETRY_STATUSES:
                return Page(url, url, response.status_code, content_type, b"",
                            retry_after=response.headers.get("retry-after"))
            if not 200 <= response.status_code < 300:
                return Page(url, url, response.status_code, content_type, b"")
            if kind != "robots":
                self._check_type(url, kind, content_type)
            body = self._read(url, response)
            return Page(url, url, response.status_code, content_type, body,
                        response.headers.get("etag"), response.headers.get("last-modified"))

    def _check_type(self, url: str, kind: Kind, content_type: str) -> None:
        media = content_type.split(";")[0].strip().lower()
        if not media:
            return  # undeclared: the body's own checks (binary, feed root, HTML text) decide
        allowed = media in PAGE_TYPES if kind == "page" else any(part in media for part in FEED_TYPES)
        if not allowed:
            what = "an HTML page" if kind == "page" else "an RSS or Atom feed"
            raise FetchError(url, f"the server sent {media}, not {what}; only HTML articles and XML feeds "
                             "are read.", permanent=True)

    def _read(self, url: str, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"the body is {int(declared):,} bytes, over the {limit:,}-byte limit "
                             "(max_bytes).", permanent=True)
        body = bytearray()
        deadline = time.monotonic() + self.settings.timeout * 3
        for chunk in response.iter_bytes():  # decompressed: the limit also stops compression bombs
            body += chunk
            if len(body) > limit:
                raise FetchError(url, f"the body runs over the {limit:,}-byte limit (max_bytes).", permanent=True)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("the body trickled in for too long")
        return bytes(body)

    def _fetch_robots(self, url: str) -> tuple[int, bytes, str | None]:
        try:
            page = self.get(url, "robots")
        except FetchError as error:
            return error.status or 0, b"", error.reason
        return page.status, page.body, None


_ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1",
    "page": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
    "robots": "text/plain, */*;q=0.1",
}


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _network_reason(error: Exception, timeout: float) -> str:
    if isinstance(error, httpx.TimeoutException):
        return f"no answer within the {timeout:g} s timeout"
    return f"network error ({type(error).__name__}: {error})"


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "unexpected status"
