"""robots.txt, read once per site (scheme and host) and kept for `ROBOTS_TTL` seconds.

Kept in memory and, through a `RobotsMemo` (the database, `state.StoredRobots`), across processes:
`accord watch --once` from cron every ten minutes fetches a site's robots.txt once an hour.

Follows RFC 9309 with the standard library's parser: rules for the `accord` token, else for `*`.
A robots.txt answering 4xx (there is none) allows everything; one that cannot be fetched
(5xx, network error) blocks the site until it can, as the RFC asks. A `Crawl-delay` raises
the per-host delay, up to `Politeness.max_crawl_delay`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

ROBOTS_TTL = 3600.0
UNREACHABLE_TTL = 300.0  # retry an unreachable robots.txt sooner than a good one


@dataclass
class Rules:
    parser: RobotFileParser | None  # None: robots.txt could not be fetched
    fetched: float
    reason: str | None = None

    def fresh(self, now: float) -> bool:
        return now - self.fetched < (ROBOTS_TTL if self.parser is not None else UNREACHABLE_TTL)


# (status, body, reason): what fetching a robots.txt URL gave; status 0 when it failed
RobotsFetch = Callable[[str], tuple[int, bytes, str | None]]


class RobotsMemo(Protocol):
    """Where robots.txt answers outlive the process: (status, body, age in seconds) by site."""

    def load(self, site: str) -> tuple[int, bytes, float] | None: ...

    def save(self, site: str, status: int, body: bytes) -> None: ...


class Robots:
    """Answers "may `agent` fetch this URL?", fetching each site's robots.txt with `fetch`."""

    def __init__(self, fetch: RobotsFetch, agent: str, memo: RobotsMemo | None = None):
        self._fetch = fetch
        self._agent = agent
        self._memo = memo
        self._rules: dict[str, Rules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, url: str) -> str | None:
        """None when `url` may be fetched; else why not (a sentence)."""
        site, rules = self._site_rules(url)
        if rules.parser is None:
            return f"the robots.txt of {site} cannot be fetched ({rules.reason}); waiting until it can"
        if not rules.parser.can_fetch(self._agent, url):
            return f"robots.txt of {site} disallows this path for {self._agent}"
        return None

    def crawl_delay(self, url: str) -> float | None:
        _, rules = self._site_rules(url)
        if rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self._agent)
        return float(delay) if delay is not None else None

    def _site_rules(self, url: str) -> tuple[str, Rules]:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
        with self._guard:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one fetch per site, however many threads ask
            rules = self._rules.get(site)
            if rules is None or not rules.fresh(time.monotonic()):
                rules = self._load(site)
                self._rules[site] = rules
        return site, rules

    def _load(self, site: str) -> Rules:
        now = time.monotonic()
        saved = self._memo.load(site) if self._memo is not None else None
        if saved is not None and saved[2] < ROBOTS_TTL:
            status, body, age = saved
            return _rules(status, body, now - age, None)
        status, body, reason = self._fetch(f"{site}/robots.txt")
        rules = _rules(status, body, time.monotonic(), reason)
        if rules.parser is not None and self._memo is not None:
            self._memo.save(site, status, body)
        return rules


def _rules(status: int, body: bytes, fetched: float, reason: str | None) -> Rules:
    parser = RobotFileParser()
    if 200 <= status < 300:
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
    elif 400 <= status < 500:
        parser.parse([])  # no rules: everything allowed
    else:
        return Rules(None, fetched, reason or f"HTTP {status}")
    return Rules(parser, fetched)
