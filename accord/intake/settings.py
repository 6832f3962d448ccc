"""The politeness settings of the HTTP client, each declared once with its default and meaning.

A TOML source file may override them in a `[politeness]` table (`accord.intake.sourcefile`);
unknown names and wrong types are refused with the list of known ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from typing import Any

from .. import __version__
from ..errors import AccordError

PROJECT_URL = "https://pypi.org/project/accord/"
USER_AGENT = f"accord/{__version__} (news intake; +{PROJECT_URL})"
ROBOTS_AGENT = "accord"  # the token robots.txt rules name


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Politeness:
    delay: float = _setting(1.0, "Seconds between two requests to the same host (a robots.txt "
                                 "Crawl-delay, up to max_crawl_delay, raises it).")
    per_host: int = _setting(2, "Requests in flight at once to the same host.")
    workers: int = _setting(4, "Requests in flight at once overall.")
    timeout: float = _setting(20.0, "Seconds to wait for a connection or for the next bytes of an answer "
                                    "(a body must arrive within three times this).")
    retries: int = _setting(3, "Retries of a request after a 429, a 5xx or a network error.")
    backoff: float = _setting(2.0, "Seconds before the first retry; doubled at each retry, with jitter.")
    max_retry_after: float = _setting(300.0, "The longest Retry-After honoured; a longer one gives up "
                                             "until the next round.")
    max_redirects: int = _setting(5, "Redirects followed for one request.")
    max_bytes: int = _setting(5_000_000, "The largest body read, compressed or not (the file limit).")
    max_crawl_delay: float = _setting(60.0, "The longest robots.txt Crawl-delay honoured.")
    page_attempts: int = _setting(5, "Rounds in which a failing article page is tried before it is "
                                     "given up and reported.")
    max_source_backoff: float = _setting(86_400.0, "The longest a failing source is left alone (seconds); "
                                                   "its interval doubles with each failure up to this.")
    allow_private: bool = _setting(False, "Fetch private, loopback and link-local addresses (tests, "
                                          "an intranet feed).")
    user_agent: str = _setting(USER_AGENT, "The User-Agent header; keep a way to reach you in it.")


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) of every setting, for the docs and `--help`."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Politeness)]


def politeness_from(table: dict[str, Any], where: str, base: Politeness | None = None) -> Politeness:
    """`base` (default: the defaults) with the values of a `[politeness]` table, checked."""
    base = base or Politeness()
    known = {f.name: f for f in fields(Politeness)}
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise AccordError(f"{where}: unknown politeness setting {name!r}; known: {', '.join(known)}.")
        wanted = type(known[name].default)
        if wanted is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, wanted) or (wanted is int and isinstance(value, bool)):
            raise AccordError(f"{where}: politeness setting {name} must be a {wanted.__name__}, not {value!r}.")
        if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
            raise AccordError(f"{where}: politeness setting {name} cannot be negative ({value}).")
        values[name] = value
    return replace(base, **values)


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86_400}
MIN_INTERVAL = timedelta(minutes=1)


def parse_interval(value: str) -> timedelta:
    """`90s`, `10m`, `2h`, `1d` (or a bare number of minutes) as a timedelta of at least a minute."""
    text = value.strip().lower()
    try:
        seconds = float(text[:-1]) * _UNITS[text[-1]] if text and text[-1] in _UNITS else float(text) * 60
    except ValueError:
        seconds = -1
    if seconds < MIN_INTERVAL.total_seconds():
        raise AccordError(f"{value!r} is not a polling interval of a minute or more; write e.g. 10m, 2h or 1d.")
    return timedelta(seconds=seconds)
