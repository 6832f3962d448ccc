"""The live-intake HTTP client against a local server: politeness, robustness, safety, encodings.

No spaCy here: these tests exercise `accord.intake.client` (and its helpers) alone.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace

import pytest
from newsserver import STORIES, NewsServer, Route, page_html

from accord.errors import AccordError
from accord.intake import client
from accord.intake.client import Fetcher, FetchError
from accord.intake.safety import UnsafeURL, canonical_url, check_url, redact
from accord.intake.settings import Politeness, parse_interval, politeness_from
from accord.sources.encoding import declared_charset

FAST = Politeness(delay=0.0, backoff=0.01, timeout=2.0, allow_private=True)
HTML = page_html(STORIES[0])


@pytest.fixture
def site():
    with NewsServer() as server:
        yield server


def fetch(url: str, settings: Politeness = FAST, **kwargs):
    with Fetcher(settings) as fetcher:
        return fetcher.get(url, **kwargs)


def test_conditional_feed_request_answered_304_costs_no_body(site):
    url = site.add("/feed.xml", "<rss version='2.0'><channel/></rss>", content_type="application/rss+xml",
                   etag='"v1"', last_modified="Tue, 04 Mar 2025 09:00:00 GMT")
    first = fetch(url, kind="feed")
    assert first.status == 200 and first.etag == '"v1"'
    again = fetch(url, kind="feed", etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert site.hits("/feed.xml")[1].headers["if-none-match"] == '"v1"'


def test_identifies_itself_with_the_project_url(site):
    fetch(site.add("/a.html", HTML))
    agent = site.hits("/a.html")[0].headers["user-agent"]
    assert agent.startswith("accord/") and "+http" in agent


def test_redirect_chain_is_followed_to_the_page(site):
    site.add("/old", status=301, headers={"Location": "/moved"})
    site.add("/moved", status=302, headers={"Location": site.url("/final.html")})
    site.add("/final.html", HTML)
    page = fetch(site.url("/old"))
    assert page.final_url == site.url("/final.html")
    assert "Canada and Japan signed" in page.text()


def test_a_redirect_loop_stops_at_the_limit(site):
    site.add("/a", status=302, headers={"Location": "/b"})
    site.add("/b", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="more than 3 redirects") as error:
        fetch(site.url("/a"), replace(FAST, max_redirects=3))
    assert error.value.permanent
    assert len(site.hits("/a")) + len(site.hits("/b")) == 4


def test_not_found_is_permanent_and_not_retried(site):
    with pytest.raises(FetchError, match="404") as error:
        fetch(site.url("/missing.html"))
    assert error.value.permanent and error.value.status == 404
    assert len(site.hits("/missing.html")) == 1


def test_429_waits_as_long_as_retry_after_asks(site):
    url = site.add("/busy.html", HTML, first=[Route(b"slow down", status=429, headers={"Retry-After": "1"})])
    started = time.monotonic()
    page = fetch(url)
    hits = site.hits("/busy.html")
    assert page.status == 200 and len(hits) == 2
    assert hits[1].at - hits[0].at >= 0.9
    assert time.monotonic() - started < 5


def test_a_retry_after_beyond_the_limit_gives_up_until_next_round(site):
    url = site.add("/busy.html", HTML, first=[Route(b"", status=503, headers={"Retry-After": "3600"})])
    with pytest.raises(FetchError, match="asks to wait 3600 s") as error:
        fetch(url)
    assert not error.value.permanent


def test_server_error_then_success_is_retried_with_backoff(site):
    url = site.add("/flaky.html", HTML, first=[Route(b"oops", status=500), Route(b"oops", status=502)])
    assert fetch(url).status == 200
    assert len(site.hits("/flaky.html")) == 3


def test_server_errors_past_the_retries_are_transient(site):
    url = site.add("/down.html", HTML, first=[Route(b"", status=500) for _ in range(5)])
    with pytest.raises(FetchError, match="500 after 2 retries") as error:
        fetch(url, replace(FAST, retries=2))
    assert not error.value.permanent and len(site.hits("/down.html")) == 3


def test_a_slow_response_times_out(site):
    url = site.add("/slow.html", HTML, delay=1.5)
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer within the 0.3 s timeout") as error:
        fetch(url, replace(FAST, timeout=0.3, retries=0))
    assert not error.value.permanent
    assert time.monotonic() - started < 1.4


@pytest.mark.parametrize("send_length", [True, False], ids=["declared", "streamed"])
def test_an_oversize_body_is_refused(site, send_length):
    url = site.add("/huge.html", "<p>" + "x" * 50_000 + "</p>", send_length=send_length)
    with pytest.raises(FetchError, match="10,000-byte limit") as error:
        fetch(url, replace(FAST, max_bytes=10_000))
    assert error.value.permanent


def test_a_page_that_is_not_html_is_refused(site):
    url = site.add("/report.pdf", b"%PDF-1.7 binary", content_type="application/pdf")
    with pytest.raises(FetchError, match="sent application/pdf, not an HTML page") as error:
        fetch(url)
    assert error.value.permanent


def test_robots_txt_disallowing_a_path_is_honoured(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/private/memo.html", HTML)
    site.add("/public.html", HTML)
    with Fetcher(FAST) as fetcher:
        with pytest.raises(FetchError, match="robots.txt .* disallows") as error:
            fetcher.get(site.url("/private/memo.html"))
        assert fetcher.get(site.url("/public.html")).status == 200
    assert error.value.permanent
    assert site.hits("/private/memo.html") == []
    assert len(site.hits("/robots.txt")) == 1  # read once per site


def test_robots_crawl_delay_spaces_requests(site):
    site.add("/robots.txt", "User-agent: accord\nCrawl-delay: 1\n", content_type="text/plain")
    for n in range(2):
        site.add(f"/p{n}.html", HTML)
    with Fetcher(FAST) as fetcher:
        for n in range(2):
            fetcher.get(site.url(f"/p{n}.html"))
    first, second = (site.hits(f"/p{n}.html")[0].at for n in range(2))
    assert second - first >= 0.9


def test_per_host_delay_and_concurrency(site):
    for n in range(6):
        site.add(f"/c{n}.html", HTML, delay=0.05)
    settings = replace(FAST, delay=0.1, per_host=1)
    with Fetcher(settings) as fetcher:
        threads = [threading.Thread(target=fetcher.get, args=(site.url(f"/c{n}.html"),)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    starts = sorted(r.at for r in site.requests if r.path.startswith("/c"))
    assert len(starts) == 6 and site.max_in_flight == 1
    # the client spaces request starts by 0.1 s; the server notes them after its own scheduling
    # delay, which a loaded machine makes uneven: the span is exact, single gaps only roughly
    assert starts[-1] - starts[0] >= 0.45 and min(b - a for a, b in zip(starts, starts[1:])) >= 0.05


@pytest.mark.parametrize("encoding", ["gzip", "br"])
def test_compressed_bodies_are_decoded(site, encoding):
    url = site.add(f"/{encoding}.html", HTML, encoding=encoding)
    page = fetch(url)
    assert "Canada and Japan signed" in page.text()


ENCODED_PAGES = [
    # (charset of the bytes, Content-Type header, <meta charset> written, a phrase with non-ASCII letters)
    ("utf-8", "text/html; charset=utf-8", False, "Tomás Reyes: «répliques» — naïve café"),
    ("cp1252", "text/html", False, "Tomás Reyes: “répliques” — naïve café"),
    ("iso-8859-7", "text/html", True, "Η Αθήνα και η Λευκωσία υπέγραψαν συμφωνία"),
    ("shift_jis", "text/html; charset=Shift_JIS", False, "日本とカナダが防衛協定に署名した"),
    ("koi8-r", "text/html; charset=koi8-r", False, "Москва и Минск подписали соглашение"),
]


@pytest.mark.parametrize(("charset", "header", "meta", "phrase"), ENCODED_PAGES, ids=[p[0] for p in ENCODED_PAGES])
def test_pages_in_several_encodings(site, charset, header, meta, phrase):
    head = f'<meta charset="{charset}">' if meta else ""
    html = f"<html><head>{head}<title>t</title></head><body><p>{phrase}</p></body></html>"
    url = site.add(f"/{charset}.html", html.encode(charset), content_type=header)
    assert phrase in fetch(url).text()


def test_loopback_is_refused_without_allow_private(site):
    url = site.add("/a.html", HTML)
    with pytest.raises(FetchError, match="--allow-private") as error:
        fetch(url, replace(FAST, allow_private=False))
    assert error.value.permanent and site.requests == []


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "file:///etc/passwd", "http://10.1.2.3/rss",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/"])
def test_unsafe_urls_are_refused(url):
    with pytest.raises(UnsafeURL):
        check_url(url)


def test_a_redirect_to_a_private_address_is_refused(site, monkeypatch):
    # the test server itself stands in for a public site: only 127.0.0.1 is let through
    monkeypatch.setattr(client, "check_url", lambda url, allow: check_url(url, allow or "127.0.0.1" in url))
    site.add("/out", status=302, headers={"Location": "http://10.0.0.7/internal"})
    with pytest.raises(FetchError, match=r"10\.0\.0\.7 is a private") as error:
        fetch(site.url("/out"), replace(FAST, allow_private=False))
    assert error.value.permanent and len(site.hits("/out")) == 1


def test_credentials_never_reach_an_error_message(site):
    url = site.url("/missing.html").replace("http://", "http://reader:hunter2@") + "?api_key=s3cr3t&page=2"
    with pytest.raises(FetchError) as error:
        fetch(url)
    message = str(error.value)
    assert "hunter2" not in message and "s3cr3t" not in message and "page=2" in message


@pytest.mark.parametrize(("url", "canonical"), [
    ("HTTP://News.Example.ORG:80/world/a.html?utm_source=rss&id=7#top", "http://news.example.org/world/a.html?id=7"),
    ("https://example.org:443/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
    ("https://example.org", "https://example.org/"),
])
def test_canonical_urls(url, canonical):
    assert canonical_url(url) == canonical


def test_redact_hides_user_password_and_secret_parameters():
    assert redact("https://u:p@ex.org/feed?token=abc&x=1") == "https://***@ex.org/feed?token=***&x=1"


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("10m", 600), ("2h", 7200), ("1d", 86400), ("15", 900)])
def test_polling_intervals(text, seconds):
    assert parse_interval(text).total_seconds() == seconds


@pytest.mark.parametrize("text", ["5s", "soon", "-1h", "0m"])
def test_bad_polling_intervals(text):
    with pytest.raises(AccordError, match="polling interval"):
        parse_interval(text)


@pytest.mark.parametrize(("table", "message"), [
    ({"delay": "fast"}, "must be a float"), ({"speed": 1}, "unknown politeness setting 'speed'"),
    ({"retries": -1}, "cannot be negative")])
def test_politeness_tables_are_checked(table, message):
    with pytest.raises(AccordError, match=message):
        politeness_from(table, "sources.toml")


def test_declared_charsets():
    assert declared_charset(b"", "text/html; charset=ISO-8859-1") == "cp1252"  # as browsers read it
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"
    assert declared_charset(b"<p>nothing declared</p>", "text/html") is None
    assert declared_charset(b"", "text/html; charset=no-such-codec") is None


def test_every_politeness_setting_is_documented():
    from pathlib import Path

    from accord.intake.settings import describe

    doc = (Path(__file__).resolve().parent.parent / "docs" / "watch.md").read_text(encoding="utf-8")
    assert [name for name, _, _ in describe() if f"| `{name}` |" not in doc] == []


@pytest.mark.parametrize("url", ["http://[::1/feed", "http://example.org:99999/a"])
def test_a_malformed_link_is_a_permanent_fetch_error(url):
    with pytest.raises(FetchError, match="not a valid URL") as error:
        fetch(url)
    assert error.value.permanent
