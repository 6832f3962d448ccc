"""Hostile and broken input, fuzzed: every case ends in a result or a clear error (InputError,
AccordError, the contract's ValidationError), never a traceback.

The properties below are the targets of `bench/fuzz.py`, which runs each for 10,000 cases; here
each runs a few dozen, plus the named attacks (billion laughs, an external entity, a 1 MB line,
HTML nested 100,000 deep, lone surrogates escaped in JSON, a gzip bomb for the HTTP client of
`accord fetch` and `accord watch`).
"""

from __future__ import annotations

import copy
import io
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.clean import clean
from accord.contract import validate
from accord.dates import find_dates, resolve_date
from accord.errors import AccordError, InputError
from accord.model import RawDocument
from accord.pipeline import to_article
from accord.quotation_marks import find_marked
from accord.sources import iter_documents
from accord.sources.dates import parse_published
from accord.sources.feeds import iter_feed
from accord.sources.html import html_document
from accord.sources.jsonl import iter_jsonl

FEW = settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))

# -- strategies: text a crawler or an attacker may send --------------------------------------
HOSTILE_CHARS = st.sampled_from(list(
    "\"'“”‘’«»„‚‹›「」『』 \n\t\r\x00\x0b\x0c\u200b\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\ufffd"
    "\u0301\u0308\u0336\u20dd\u05d0\u05e9\u0627\u0644\u0645\u0915\u093f\u4e2d\U0001f1fa\U0001f1e6\U0001f600"
    "\ud800\udbff\udc00\udfff<>&;#/=!?.,-—0123456789"))
WORDS = st.sampled_from(["Canada", "Japan", "the", "said", "signed", "on", "Monday", "May", "3", "2024", "last",
                         "week", "ago", "next", "Tuesday", "minister", "NATO", "President", "talks", "agreed"])
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_CHARS, WORDS, st.text(max_size=8)), max_size=120).map("".join)
QUOTY_TEXT = st.lists(st.one_of(st.sampled_from(list("\"'“”‘’«»„\n ")), WORDS, st.just(" ")), max_size=150).map("".join)
DAY = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _fine(results: list[Any]) -> None:
    for item in results:
        assert isinstance(item, (RawDocument, InputError)), item
        if isinstance(item, InputError):
            assert str(item).strip()  # names the input and says what is wrong


def _articles(results: list[Any]) -> None:
    """Every document read also goes through cleaning into an Article or a clear InputError."""
    _fine(results)
    for item in results:
        if isinstance(item, RawDocument):
            try:
                article = to_article(item)
            except InputError:
                continue
            article.text.encode("utf-8")  # storable and printable: no lone surrogate survives
            for value in (article.title, article.source, article.url, article.id):
                (value or "").encode("utf-8")


# -- the properties (bench/fuzz.py runs the same ones at volume) ------------------------------
_DIR = Path(tempfile.mkdtemp(prefix="accord-fuzz-"))


def check_file_reader(data: bytes, suffix: str) -> None:
    path = _DIR / f"input{suffix}"
    path.write_bytes(data)
    _articles(list(iter_documents([path])))


def check_stdin_reader(data: bytes, fmt: str | None) -> None:
    _articles(list(iter_documents(["-"], format=fmt, stdin=io.BytesIO(data))))  # type: ignore[arg-type]


def check_jsonl(record: dict[str, Any]) -> None:
    line = json.dumps(record)  # ensure_ascii: lone surrogates travel as \ud800 escapes
    _articles(list(iter_jsonl([line.encode("utf-8"), line], "fuzz.jsonl")))


def check_clean(text: str, title: str | None) -> None:
    cleaned = clean(text, title=title)
    for offset in (0, len(cleaned.text) // 2, len(cleaned.text)):
        assert 0 <= cleaned.to_raw(offset) <= len(text)
    for removed in cleaned.removed:
        assert 0 <= removed.start <= removed.end <= len(text)


def check_dates(text: str, published: date | None, direction: int) -> None:
    for found in find_dates(text, published, direction):
        assert 0 <= found.start < found.end <= len(text) and text[found.start:found.end] == found.text
        assert len(found.value) in (4, 7, 10) and found.value[:4].isdigit()
    resolved = resolve_date(text[:40], published, direction)
    assert resolved is None or isinstance(resolved[0], str)


def check_published(value: str) -> None:
    try:
        assert parse_published(value) is None or isinstance(parse_published(value), date)
    except AccordError as exc:
        assert str(exc)


def check_quote_marks(text: str) -> None:
    spans = find_marked(text)
    for span in spans:
        assert 0 <= span.open_at < span.start <= span.end <= len(text)
        assert span.close_at is None or span.end <= span.close_at < len(text)


def check_contract(mutations: list[tuple[str, Any]]) -> None:
    document = copy.deepcopy(VALID)
    for path, value in mutations:
        _mutate(document, path, value)
    try:
        validate(document)
    except jsonschema.ValidationError as exc:
        assert exc.message


def check_feed(feed: str, as_bytes: bool) -> None:
    _articles(list(iter_feed(feed.encode("utf-8", "surrogatepass") if as_bytes else feed, "fuzz.xml")))


def check_html(html: str) -> None:
    try:
        document = html_document(html, "fuzz.html")
    except InputError as exc:
        assert str(exc)
        return
    _articles([document])


# -- strategies for the structured targets ---------------------------------------------------
VALID: dict[str, Any] = {}  # a real analysis, filled by the fixture below (the contract target)
CONTRACT_PATHS = ["schema", "article", "article.text", "article.id", "article.published", "events", "events.0",
                  "events.0.trigger", "events.0.trigger.start", "events.0.trigger.end", "events.0.source",
                  "events.0.type", "events.0.confidence", "quotes", "quotes.0.speaker", "quotes.0.start",
                  "mentions", "mentions.0.end", "actors", "actors.0.kind", "nowhere.deep"]
JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=8)
MUTATIONS = st.lists(st.tuples(st.sampled_from(CONTRACT_PATHS), st.one_of(st.just("<delete>"), JSON_VALUES)),
                     min_size=1, max_size=3)
RECORDS = st.fixed_dictionaries({}, optional={
    "text": st.one_of(HOSTILE_TEXT, JSON_VALUES), "html": st.one_of(st.text(max_size=80), JSON_VALUES),
    "title": st.one_of(HOSTILE_TEXT, JSON_VALUES), "published": st.one_of(st.text(max_size=25), JSON_VALUES),
    "id": st.one_of(st.text(max_size=20), st.integers(), JSON_VALUES), "url": st.text(max_size=30),
    "source": HOSTILE_TEXT})
TAGS = st.sampled_from(["div", "p", "b", "i", "table", "tr", "td", "script", "style", "article", "html", "body",
                        "head", "title", "a href='x'", "img src=x", "br", "svg", "math", "!--", "![CDATA["])
HTML = st.lists(st.one_of(TAGS.map(lambda t: f"<{t}>"), TAGS.map(lambda t: f"</{t.split()[0]}>"), HOSTILE_TEXT, WORDS),
                max_size=80).map("".join)
ENTITY_DECL = st.sampled_from([
    '<!ENTITY a "aaaaaaaaaa">', '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">', '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;">',
    '<!ENTITY x SYSTEM "file:///etc/passwd">', '<!ENTITY % p SYSTEM "http://127.0.0.1:9/x">', "%p;", '<!ENTITY self "&self;">'])
FEEDS = st.builds(
    lambda decls, title, body, root, items: (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(decls)}]>' if decls else '<?xml version="1.0"?>')
    + (f"<rss version='2.0'><channel><title>{title}</title>" + "".join(
        f"<item><title>{title}</title><description>{body}</description><pubDate>{title}</pubDate></item>"
        for _ in range(items)) + "</channel></rss>" if root == "rss" else
       f"<feed xmlns='http://www.w3.org/2005/Atom'><title>{title}</title>" + "".join(
        f"<entry><title>{title}</title><content type='html'>{body}</content><updated>{title}</updated></entry>"
        for _ in range(items)) + "</feed>"),
    st.lists(ENTITY_DECL, max_size=4), st.one_of(HOSTILE_TEXT, st.sampled_from(["&a;", "&b;", "&c;", "&x;", "&self;", "&amp;"])),
    st.one_of(HTML, st.sampled_from(["&c;&c;&c;", "&x;", "<![CDATA[<script>x</script>]]>", "&#0;&#xD800;"])),
    st.sampled_from(["rss", "atom"]), st.integers(0, 3))
SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl", ".xml", ".rss", ".md", ""])
FORMATS = st.sampled_from([None, "txt", "html", "jsonl", "feed"])
BYTES = st.one_of(st.binary(max_size=400), HOSTILE_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")),
                  HOSTILE_TEXT.map(lambda t: t.encode("utf-16", "surrogatepass")), HTML.map(lambda h: h.encode("utf-8", "surrogatepass")),
                  FEEDS.map(lambda f: f.encode("utf-8", "surrogatepass")))

TARGETS = {  # name -> (property, its strategies); bench/fuzz.py runs these
    "file reader": (check_file_reader, (BYTES, SUFFIXES)),
    "stdin reader": (check_stdin_reader, (BYTES, FORMATS)),
    "jsonl records": (check_jsonl, (RECORDS,)),
    "cleaning": (check_clean, (HOSTILE_TEXT, st.none() | HOSTILE_TEXT)),
    "dates": (check_dates, (HOSTILE_TEXT, st.none() | DAY, st.sampled_from([-1, 0, 1]))),
    "publication dates": (check_published, (st.one_of(st.text(max_size=40), HOSTILE_TEXT),)),
    "quote marks": (check_quote_marks, (QUOTY_TEXT,)),
    "contract validator": (check_contract, (MUTATIONS,)),
    "feeds": (check_feed, (FEEDS, st.booleans())),
    "html": (check_html, (HTML,)),
}


def _mutate(document: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    node = document
    for key in parents:
        node = node[int(key)] if isinstance(node, list) and key.isdigit() and int(key) < len(node) else (
            node.get(key) if isinstance(node, dict) else None)
        if node is None:
            return
    if isinstance(node, dict):
        if value == "<delete>":
            node.pop(last, None)
        else:
            node[last] = value
    elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = None if value == "<delete>" else value


def valid_analysis() -> dict[str, Any]:
    """A whole analysis as the pipeline writes it (built in code: no model needed)."""
    from test_concurrency import article_analysis

    return article_analysis(3).to_dict()


@pytest.fixture(scope="module", autouse=True)
def _valid_document() -> None:
    VALID.clear()
    VALID.update(valid_analysis())
    validate(VALID)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzzed_input_ends_in_a_result_or_a_clear_error(name):
    check, strategies = TARGETS[name]
    FEW(given(*strategies)(check))()


# -- named attacks ----------------------------------------------------------------------------
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">'
          + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
          + ']><rss version="2.0"><channel><title>Feed</title><item><title>Laughs</title>'
          '<description>Canada and Japan signed a pact. &l9;</description></item></channel></rss>')


def test_a_billion_laughs_feed_is_not_expanded():
    results = list(iter_feed(LAUGHS.encode(), "laughs.xml"))
    _articles(results)
    assert all(len(r.text) < 10_000 for r in results if isinstance(r, RawDocument))  # 10^9 "lol"s never built


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE")
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>Feed</title><item><title>XXE</title>'
            '<description>Canada and Japan signed a pact. &xxe;</description></item></channel></rss>')
    results = list(iter_feed(feed.encode(), "xxe.xml"))
    _articles(results)
    assert not any("TOP-SECRET" in r.text for r in results if isinstance(r, RawDocument))


def test_a_one_megabyte_line_is_read_cleaned_and_searched_in_bounded_time(tmp_path):
    line = ('"Canada and Japan signed a pact on Monday, 3 May 2024, the minister said, ' * 14_000)[:1_000_000]
    path = tmp_path / "long.txt"
    path.write_text(line)
    started = time.perf_counter()
    [document] = list(iter_documents([path]))
    assert isinstance(document, RawDocument)
    with pytest.raises(InputError, match="split it into articles"):  # over the article limit: said so
        to_article(document)
    check_clean(document.text, None)
    check_quote_marks(document.text)
    assert find_dates(document.text[:200_000], date(2024, 5, 5))
    assert time.perf_counter() - started < 30


def test_html_nested_a_hundred_thousand_deep_is_refused_or_read():
    html = "<div>" * 100_000 + "Canada and Japan signed a trade pact in Tokyo on Monday. " * 20 + "</div>" * 100_000
    check_html(html)
    check_html("<table>" * 5000 + "<td><p><b>" * 5000 + "Canada and Japan met.")


def test_lone_surrogates_escaped_in_json_are_stored_and_printed(tmp_path):
    from accord.store import Store
    from accord.store.queries import Filters, list_articles

    line = json.dumps({"id": "s1", "title": "Talks \ud800", "text": "Canada and Japan \udfff signed a pact on Monday."})
    [document] = list(iter_jsonl([line.encode()], "s.jsonl"))
    article = to_article(document)  # type: ignore[arg-type]
    assert "\ufffd" in article.text and len(article.text) == len("Canada and Japan \udfff signed a pact on Monday.")
    from accord.model import Analysis

    with Store(tmp_path / "s.db") as store:
        store.add(Analysis(article, [], [], [], []))
        assert list_articles(store, Filters())[0]["title"] == "Talks \ufffd"


def test_a_gzip_bomb_is_cut_at_the_size_limit_not_inflated():
    from dataclasses import replace

    from newsserver import NewsServer

    from accord.intake.client import Fetcher, FetchError
    from accord.intake.settings import Politeness

    settings = replace(Politeness(delay=0.0, backoff=0.01, timeout=10.0, allow_private=True), max_bytes=1_000_000)
    with NewsServer() as site:  # 30 MB of markup, about 30 KB on the wire
        url = site.add("/bomb.html", b"<html><body><p>" + b"0" * 30_000_000, encoding="gzip")
        started = time.perf_counter()
        with Fetcher(settings) as fetcher, pytest.raises(FetchError, match="1,000,000-byte limit") as error:
            fetcher.get(url)
        assert error.value.permanent and time.perf_counter() - started < 10


def test_markup_that_trips_the_page_metadata_stage_still_gives_the_text_or_an_error():
    check_html("<svg><div></div><div>")  # htmldate's clean-up used to raise AssertionError here
    page = "<html><body><svg><div></div><div><p>" + "Canada and Japan signed a trade pact in Tokyo on Monday. " * 8
    document = html_document(page, "svg.html")
    assert "Canada and Japan signed" in document.text
