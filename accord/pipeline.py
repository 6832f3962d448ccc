"""The pure pipeline: RawDocument -> Article -> spaCy Doc -> actors, events, quotes -> Analysis."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from spacy.language import Language

from .actors import link_actors
from .clean import clean
from .events import extract_events
from .model import Analysis, Article, RawDocument
from .nlp import load_nlp
from .quotes import extract_quotes


def content_hash(text: str) -> str:
    """The article id when the input names none: a digest of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_article(raw: RawDocument) -> Article:
    cleaned = clean(raw.text, title=raw.title)
    return Article(
        id=raw.id or content_hash(cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        url=raw.url,
        source=raw.source,
        published=raw.published,
        removed=cleaned.removed,
        author=raw.author,
    )


def analyze_document(raw: RawDocument, nlp: Language | None = None) -> Analysis:
    """Run every stage on one document."""
    return next(analyze_documents([raw], nlp))


def analyze_documents(raws: Iterable[RawDocument], nlp: Language | None = None,
                      batch_size: int = 16) -> Iterator[Analysis]:
    """Run every stage on many documents, parsing them in batches with `nlp.pipe`."""
    nlp = nlp or load_nlp()
    articles = (to_article(raw) for raw in raws)
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        linked = link_actors(doc, article.published)
        yield Analysis(
            article=article,
            actors=linked.actors,
            mentions=linked.mentions,
            events=extract_events(doc, linked.mentions, article.published),
            quotes=extract_quotes(doc, linked.mentions),
        )


def parse_published(value: str | date | None) -> date | None:
    """Accept `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS[+zone]`, a date or None."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()


def analyze(text: str, *, title: str | None = None, published: str | date | None = None,
            url: str | None = None, source: str | None = None) -> Analysis:
    """Analyse one article's text. The public entry point of the library."""
    raw = RawDocument(text=text, input="<text>", title=title, published=parse_published(published),
                      url=url, source=source)
    return analyze_document(raw)
