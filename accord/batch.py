"""Batch runs over many inputs, in one process or several (`--workers N`), in input order.

Cleaning happens here in the parent process, so that articles a caller already has (an
`ingest` into a database that stores them) are skipped before the expensive parse.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import overload

from .actors import Alias
from .errors import InputError
from .model import Analysis, Article, RawDocument
from .pipeline import BATCH_SIZE, analyze_articles, load_nlp, prepare


@dataclass(frozen=True)
class Skipped:
    """An article left out because `skip` said so (for ingest: already stored)."""

    article: Article
    input: str


Result = Analysis | InputError | Skipped
Prepared = tuple[Article, str] | InputError | Skipped


def _analyze_chunk(chunk: list[Prepared], aliases: tuple[Alias, ...] = ()) -> list[Result]:
    analysed = analyze_articles((item for item in chunk if isinstance(item, tuple)), aliases=aliases)
    return [next(analysed) if isinstance(item, tuple) else item for item in chunk]


def _prepared(documents: Iterable[RawDocument | InputError],
              skip: Callable[[Article], bool] | None) -> Iterator[Prepared]:
    for item in prepare(documents):
        if isinstance(item, tuple) and skip is not None and skip(item[0]):
            yield Skipped(*item)
        else:
            yield item


def _chunks(items: Iterable[Prepared], size: int) -> Iterator[list[Prepared]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@overload
def run(documents: Iterable[RawDocument | InputError], workers: int = 1,
        skip: None = None, aliases: Sequence[Alias] = ()) -> Iterator[Analysis | InputError]: ...


@overload
def run(documents: Iterable[RawDocument | InputError], workers: int = 1, *,
        skip: Callable[[Article], bool], aliases: Sequence[Alias] = ()) -> Iterator[Result]: ...


def run(documents: Iterable[RawDocument | InputError], workers: int = 1,
        skip: Callable[[Article], bool] | None = None, aliases: Sequence[Alias] = ()) -> Iterator[Result]:
    """Analyse `documents`, in input order, the linker applying a store's `aliases`. With
    workers > 1, batches go to forked worker processes that share the model loaded here
    copy-on-write."""
    chunks = _chunks(_prepared(documents, skip), BATCH_SIZE)
    analyse = partial(_analyze_chunk, aliases=tuple(aliases))
    if workers <= 1:
        for chunk in chunks:
            yield from analyse(chunk)
        return
    load_nlp()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for results in pool.imap(analyse, chunks):
            yield from results
