"""HTML -> RawDocument: main text, title, author, date, URL and site name via trafilatura.

Extraction runs offline on the given markup (trafilatura never fetches when handed a string).
"""

from __future__ import annotations

from datetime import date

from trafilatura import bare_extraction
from trafilatura.settings import Document

from ..errors import InputError
from ..model import RawDocument
from .dates import parse_date


def html_document(html: str, input: str, *, line: int | None = None, published: date | None = None,
                  default_published: date | None = None, **fields: str | None) -> RawDocument:
    """Extract one article from `html`. `published` and `fields` (title, url, source, id) given
    by the input win over the page's own metadata; `default_published` is the last resort."""
    extracted = _extract(html, input, line)
    text = extracted.text if extracted is not None else None
    if not text or not text.strip():
        raise InputError(input, "No article text found in the HTML; check that the page holds the "
                         "article itself, not a login wall, an index or a script-rendered shell.", line)
    assert extracted is not None
    return RawDocument(
        text=text,
        input=input if line is None else f"{input}:{line}",
        title=fields.get("title") or extracted.title,
        published=published or parse_date(extracted.date) or default_published,
        url=fields.get("url") or extracted.url,
        source=fields.get("source") or extracted.sitename or extracted.hostname,
        author=extracted.author,
        id=fields.get("id"),
    )


def _extract(html: str, input: str, line: int | None) -> Document | None:
    if not html.strip():
        return None
    try:
        result = bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    except Exception:  # the metadata stage (htmldate, lxml) trips on some markup, e.g. <svg><div></div><div>
        try:
            result = bare_extraction(html, with_metadata=False, include_comments=False, include_tables=True)
        except Exception as exc:
            raise InputError(input, f"The HTML cannot be parsed ({type(exc).__name__}); check that the file "
                             "is a web page.", line) from None
    return result if isinstance(result, Document) else None
