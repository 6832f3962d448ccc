"""RSS and Atom feeds -> RawDocument, one article per entry.

A feed file is a `.rss`, `.atom` or `.xml` file (or any file or standard input read with
`format="feed"`) whose root element is `<rss>`, `<feed>` or `<rdf:RDF>`; anything else is refused
as "not an RSS or Atom feed". Feeds are parsed with feedparser from the bytes already read, never
from a URL or path, so nothing is fetched. Each entry becomes one RawDocument:

- text: the entry's full content (`content[0]`), else its summary/description; HTML goes through
  the sources stage's HTML path (`accord.sources.html`), and a fragment too short for trafilatura
  falls back to plain tag stripping (`strip_tags`);
- title, url (`link`), author, published (`published`/`updated`, as the calendar date in the
  feed's own offset, else the date `published` given to the batch);
- source: the entry's `<source>` title (the original publisher in aggregator feeds), else the
  feed's title;
- id: the entry's `id`/`guid`, made safe for URLs and file names (see `safe_id`);
- input: "path:entry-n", n counting entries from 1.

An entry without text yields an InputError naming that entry; a feed the parser cannot read
(feedparser's `bozo` with no entries) yields one InputError for the file with the parser's reason.
"""

from __future__ import annotations

import hashlib
import io
import re
import time
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

import feedparser  # type: ignore[import-untyped]

from ..errors import InputError
from ..model import RawDocument
from .dates import parse_date
from .encoding import check_size, refuse_binary
from .html import html_document

FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# What may come before the root element: white space, the XML declaration and other processing
# instructions, comments and a DOCTYPE (with an internal subset).
_PROLOGUE = re.compile(r"\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>", re.S | re.I)
_TAG = re.compile(r"<([A-Za-z_][\w.:-]*)")
_ID_SAFE = re.compile(r"[^A-Za-z0-9._~:@+-]+")
_ID_MAX = 120
_RSS_AUTHOR = re.compile(r"^\S+@\S+\s*\((.+)\)$")  # RSS 2.0 <author>: "email (Name)"

Result = RawDocument | InputError


def iter_feed(data: bytes | str, input: str, published: date | None = None) -> Iterator[Result]:
    """One RawDocument or InputError per entry of the feed in `data`; one InputError if the
    whole feed cannot be read."""
    try:
        parsed, reason = read_feed(data, input)
    except InputError as error:
        yield error
        return
    if not parsed.entries:
        yield InputError(input, "The feed holds no entries.")
        return
    feed_title = feed_title_of(parsed)
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield entry_document(entry, f"{input}:entry-{number}", feed_title, published, reason)
        except InputError as error:
            yield error


def read_feed(data: bytes | str, input: str, content_type: str | None = None) -> tuple[Any, str | None]:
    """The feedparser result for the feed in `data` and the parser's complaint if it is
    malformed (None when clean). InputError when `data` is not a feed, or a feed so broken that
    no entry could be read. `content_type` is the HTTP header a feed was served with (its charset)."""
    raw = _checked_bytes(data, input)
    parsed = _parse(raw, isinstance(data, str), content_type, input)
    reason = _reason(parsed) if parsed.get("bozo") else None
    if reason and not parsed.entries:
        raise InputError(input, f"The feed cannot be read ({reason}); check that the file is complete.")
    return parsed, reason


def feed_title_of(parsed: Any) -> str | None:
    return _plain(parsed.feed.get("title"))


def entry_fields(entry: Any, feed_title: str | None) -> dict[str, Any]:
    """What a feed entry says about its article besides the text: title, published, url,
    source, author, id (the RawDocument fields), and `guid`, the entry's id as written."""
    source = entry.get("source") or {}
    return {
        "title": _plain(entry.get("title")),
        "published": _entry_date(entry),
        "url": entry.get("link") or None,
        "source": _plain(source.get("title")) or feed_title,
        "author": _author(entry.get("author")),
        "id": safe_id(entry.get("id")),
        "guid": (entry.get("id") or "").strip() or None,
    }


def entry_document(entry: Any, input: str, feed_title: str | None, published: date | None,
                   reason: str | None = None) -> RawDocument:
    """One feed entry as a RawDocument; InputError (naming `input`) when it holds no text."""
    text = entry_text(entry, input)
    if not text:
        why = f" (the feed is malformed: {reason})" if reason else ""
        raise InputError(input, "The entry has no text: neither content nor a summary/description"
                         f"{why}.")
    fields = entry_fields(entry, feed_title)
    fields.pop("guid")
    fields["published"] = fields["published"] or published
    return RawDocument(text=text, input=input, **fields)


def is_feed(data: bytes) -> bool:
    """Whether the root element of the XML in `data` is `<rss>`, `<feed>` or `<rdf:RDF>`."""
    head = data[:8192].removeprefix(b"\xef\xbb\xbf")
    if head.startswith(_UTF16_BOMS):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("latin-1")  # tag names are ASCII; any ASCII-compatible encoding works
    text = text.lstrip("\ufeff")
    position = 0
    while (skipped := _PROLOGUE.match(text, position)) is not None:
        position = skipped.end()
    root = _TAG.match(text, position)
    return root is not None and root.group(1).rpartition(":")[2] in FEED_ROOTS


def safe_id(value: str | None) -> str | None:
    """An entry id usable as an article id (in URLs, file names, logs): an id made only of
    letters, digits and `. _ ~ : @ + -` (up to 120 characters) is kept as it is; any other is
    turned into such a string and suffixed with a digest of the original, so distinct ids stay
    distinct. `https://ex.com/a/1` -> `https:-ex.com-a-1-<8 hex>`."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) <= _ID_MAX and not _ID_SAFE.search(value):
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]
    slug = _ID_SAFE.sub("-", value).strip("-")[:_ID_MAX - 9].rstrip("-")
    return f"{slug}-{digest}" if slug else digest


def strip_tags(html: str) -> str:
    """Plain text of an HTML fragment with the standard library's parser: entities decoded,
    script/style dropped, block elements on their own lines. The fallback for fragments too
    short for trafilatura (which wants a page-sized article)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextParser(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                         "blockquote", "pre", "tr", "table", "section", "article", "figcaption", "hr"})
    _HIDDEN = frozenset({"script", "style", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _checked_bytes(data: bytes | str, input: str) -> bytes:
    raw = data.encode("utf-8", "replace") if isinstance(data, str) else data  # a lone surrogate: "?"
    check_size(len(raw), input)
    if not raw.strip():
        raise InputError(input, "Empty article: the input holds no text." if not raw
                         else "Empty article: the input holds only whitespace.")
    if not raw.startswith(_UTF16_BOMS):
        refuse_binary(raw, input)
    if not is_feed(raw):
        raise InputError(input, "The file is not an RSS or Atom feed: its root element is not "
                         "<rss>, <feed> or <rdf:RDF>.")
    return raw


def _parse(raw: bytes, was_text: bool, content_type: str | None = None, input: str = "") -> Any:
    # A stream, never a str or bytes: feedparser treats those as a URL or a path to open.
    # Text already decoded was re-encoded as UTF-8, whatever its XML declaration says.
    headers = ({"content-type": "application/xml; charset=utf-8"} if was_text
               else {"content-type": content_type} if content_type else None)
    try:
        return feedparser.parse(io.BytesIO(raw), response_headers=headers, resolve_relative_uris=False)
    except Exception as exc:  # feedparser's own failures on hostile input, e.g. &#xD800; (a lone surrogate)
        raise InputError(input, f"The feed cannot be read ({type(exc).__name__}: {exc}); check that "
                         "the file is a complete RSS or Atom feed.") from None


def _reason(parsed: Any) -> str:
    error = parsed.get("bozo_exception")
    if error is None:
        return "malformed feed"
    line = getattr(error, "getLineNumber", lambda: None)()
    where = f" at line {line}" if line else ""
    return f"{error}{where}".strip() or type(error).__name__


def entry_text(entry: Any, input: str) -> str:
    """The entry's full content, else its summary, as plain text (empty when it has none)."""
    contents = entry.get("content") or []
    detail = contents[0] if contents and (contents[0].get("value") or "").strip() else None
    if detail is None:
        detail = entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"}
    value = (detail.get("value") or "").strip()
    if not value:
        return ""
    if "html" not in (detail.get("type") or "text/html"):
        return value
    try:
        return html_document(value, input).text.strip()
    except InputError:
        return strip_tags(value)


def _entry_date(entry: Any) -> date | None:
    """The entry's date as the feed wrote it (calendar date in its own offset), else from
    feedparser's UTC `*_parsed` form."""
    for key in ("published", "updated"):
        written = entry.get(key)
        if written:
            day = parse_date(written)
            if day is None:
                try:
                    day = parsedate_to_datetime(written).date()
                except (TypeError, ValueError, IndexError):
                    day = None
            if day is not None:
                return day
        parsed = entry.get(f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:  # feedparser reads "0000-01-01" as year 0, which no date has
                return None
    return None


def _author(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    named = _RSS_AUTHOR.match(value.strip())
    return named.group(1).strip() if named else value.strip()


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    text = strip_tags(value) if "<" in value or "&" in value else value
    text = " ".join(text.split())
    return text or None


__all__ = ["FEED_ROOTS", "entry_document", "entry_fields", "entry_text", "feed_title_of", "is_feed", "iter_feed",
           "read_feed", "safe_id", "strip_tags"]
