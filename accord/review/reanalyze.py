"""Run the pipeline again over stored articles, with the store's aliases, keeping their reviews."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import select

from ..batch import run
from ..errors import InputError
from ..model import RawDocument
from ..store import AddResult, Store, schema
from ..store.aliases import load_aliases


def stored_documents(store: Store, article_ids: Iterable[str]) -> Iterator[RawDocument]:
    """The stored articles as inputs: their cleaned text and what is known about them."""
    a = schema.articles
    with store.engine.connect() as conn:
        rows = conn.execute(select(a).where(a.c.id.in_(list(article_ids))).order_by(a.c.id)).all()
    for r in rows:
        yield RawDocument(text=r.text, input=f"stored article {r.id}", title=r.title, published=r.published,
                          url=r.url, source=r.source, author=r.author, id=r.id)


def reanalyze(store: Store, article_ids: Iterable[str], *, workers: int = 1) -> Iterator[AddResult | InputError]:
    """Analyse the stored articles again and replace their analyses; each result says how many
    reviews still apply and which no longer do."""
    for result in run(stored_documents(store, article_ids), workers, aliases=load_aliases(store)):
        yield result if isinstance(result, InputError) else store.add(result, replace=True)
