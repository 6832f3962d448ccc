"""A fetched article page -> RawDocument, through the same HTML extraction as `.html` files.

What the feed says about the entry (title, date, author, outlet) wins; the page's own metadata
(trafilatura reads `<meta>`, JSON-LD and the markup) fills in what the feed lacks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..model import RawDocument
from ..sources.feeds import safe_id
from ..sources.html import html_document
from .client import Fetcher
from .safety import canonical_url, redact


def page_document(html: str, url: str, *, guid: str | None = None, title: str | None = None,
                  published: date | None = None, author: str | None = None,
                  outlet: str | None = None) -> RawDocument:
    """The article in `html`, fetched from `url`; InputError when the page holds no article text."""
    document = html_document(html, redact(url), published=published, title=title, url=url, source=outlet,
                             id=safe_id(guid) or safe_id(canonical_url(url)))
    return replace(document, author=author or document.author)


def fetch_document(fetcher: Fetcher, url: str) -> RawDocument:
    """Fetch one article page (`accord fetch`); FetchError or InputError when it cannot be read."""
    page = fetcher.get(url, "page")
    return page_document(page.text(), page.final_url)
