"""The pure pipeline: RawDocument -> Article -> spaCy Doc -> actors, events, quotes -> Analysis."""

from __future__ import annotations

import hashlib
import signal
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from .actors import Alias, LinkedActors, actor_info, add_actor_pipes, bare_private_bodies, event_mentions, link_actors
from .clean import clean, replace_surrogates
from .errors import AccordError, InputError
from .events import extract_events
from .model import Actor, Analysis, Article, Event, Quote, RawDocument, StageWarning
from .nlp import load_model
from .quotes import extract_quotes
from .quotes.links import link_attributions, speakers_not_listed
from .sources.dates import parse_published

BATCH_SIZE = 16
# The parser holds the activations of a whole batch at once: 16 news articles cost 200 MB at the
# peak, 4 of them 55 MB, at the same speed (docs/performance.md). A batch is therefore cut at this
# many characters too, and a long article is parsed on its own.
BATCH_CHARS = 16_000
# The parser needs about 1 GB per 300,000 characters and slows down on huge texts; a news article
# is rarely over 30,000, but a long interview runs over 100,000 (one of the 295 Wikinews articles
# has 104,000). Longer inputs are refused with a hint instead of stalling a batch.
MAX_ARTICLE_CHARS = 200_000
# The extraction stages take milliseconds per article; one that runs this long is stuck in a rule,
# and stopping it keeps a batch going (the parse itself is bounded by MAX_ARTICLE_CHARS).
ARTICLE_SECONDS = 60

T = TypeVar("T")


class ArticleTimeout(Exception):
    """The extraction stages ran over ARTICLE_SECONDS on one article."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout in the block after `seconds`. Works in a process's main thread (the
    CLI, its workers, Dask workers' tasks run in threads and go unguarded), through SIGALRM."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_nlp(name: str | None = None) -> Language:
    """The spaCy model `name` (default: $ACCORD_SPACY_MODEL or the packaged small English model)
    with accord's actor gazetteer ahead of its statistical NER, loaded once per process."""
    nlp = load_model(name)
    add_actor_pipes(nlp)  # a no-op on the cached model's later loads
    return nlp


def content_hash(text: str) -> str:
    """The article id when the input names none: a digest of the cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_article(raw: RawDocument) -> Article:
    """The cleaning stage: normalised text without scraped repeats, and the title."""
    safe = {k: replace_surrogates(v) if v is not None else None
            for k, v in (("title", raw.title), ("url", raw.url), ("source", raw.source),
                         ("author", raw.author), ("id", raw.id))}
    cleaned = clean(replace_surrogates(raw.text), title=safe["title"])
    if not cleaned.text.strip():
        raise InputError(raw.input, "empty article: no text left after cleaning")
    if len(cleaned.text) > MAX_ARTICLE_CHARS:
        raise InputError(raw.input, f"article too long: {len(cleaned.text):,} characters after cleaning, over "
                                    f"the limit of {MAX_ARTICLE_CHARS:,}; split it into articles")
    return Article(
        id=safe["id"] or content_hash(cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        url=safe["url"],
        source=safe["source"],
        published=raw.published,
        removed=cleaned.removed,
        author=safe["author"],
        input=raw.input,
    )


def analyze_doc(doc: Doc, article: Article, aliases: Sequence[Alias] = ()) -> Analysis:
    """The extraction stages on one parsed article; `aliases` is a store's own dictionary. A stage
    that raises leaves its part empty and a warning in `article.warnings`; the other stages'
    output is kept."""
    no_events: list[Event] = []
    no_quotes: list[Quote] = []
    linked = run_stage(article, "actors", lambda: link_actors(doc, article.published, aliases), LinkedActors())
    _name_alias_actors(linked.actors, aliases)
    parties = event_mentions(linked.mentions, linked.actors)
    quoted = bare_private_bodies(linked.mentions, linked.actors)
    quotes = run_stage(article, "quotes", lambda: extract_quotes(doc, quoted), no_quotes)
    events = run_stage(article, "events", lambda: extract_events(doc, parties, article.published, linked.actors, quotes),
                       no_events)
    events = run_stage(article, "attributions", lambda: link_attributions(events, quotes), events)
    actors = linked.actors + _actors_only_in_events(events, linked.actors)
    return Analysis(
        article=article,
        actors=actors + speakers_not_listed(quotes, actors),
        mentions=linked.mentions,
        events=events,
        quotes=quotes,
    )


def _name_alias_actors(actors: list[Actor], aliases: Sequence[Alias]) -> None:
    """An actor only an alias defines takes the alias's name, not the words that named it."""
    names = {a.actor: a.name for a in aliases if a.name}
    for actor in actors:
        if actor.id in names and actor_info(actor.id) is None:
            actor.name = names[actor.id]


def run_stage(article: Article, stage: str, work: Callable[[], T], empty: T) -> T:
    """`work()`, or `empty` with a warning on the article if it raises (a bug in one rule must
    not cost the article its other findings). A timeout still stops the whole article."""
    try:
        return work()
    except ArticleTimeout:
        raise
    except Exception as exc:
        article.warnings.append(StageWarning(stage, f"{type(exc).__name__}: {exc}{_where(exc)}"))
        return empty


def _where(exc: Exception) -> str:
    """Where in accord the exception was raised (" at coref.py:183 in office_description"), for
    the bug report the warning asks for."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/accord/" in f.filename.replace("\\", "/")]
    if not frames:
        return ""
    last = frames[-1]
    return f" (at {Path(last.filename).name}:{last.lineno} in {last.name})"


def _actors_only_in_events(events: list[Event], known: list[Actor]) -> list[Actor]:
    """Actors the event stage found that no mention named (a place standing for its country),
    so that every actor id in the output is described in `actors`."""
    seen = {a.id for a in known}
    extra: list[Actor] = []
    for event in events:
        for participant in event.source + event.target:
            if participant.actor and participant.actor not in seen:
                seen.add(participant.actor)
                if (actor := actor_info(participant.actor)) is not None:
                    extra.append(actor)
    return extra


def analyze_articles(articles: Iterable[tuple[Article, str]], nlp: Language | None = None,
                     batch_size: int = BATCH_SIZE, aliases: Sequence[Alias] = ()) -> Iterator[Analysis | InputError]:
    """Analyse (article, input name) pairs, parsing in batches with `nlp.pipe`. A stage that fails
    on one article yields an InputError in its place; the others go on."""
    nlp = nlp or load_nlp()
    for doc, (article, input_name) in parse(nlp, articles, batch_size):
        try:
            with time_limit(ARTICLE_SECONDS):
                analysis = analyze_doc(doc, article, aliases)
        except ArticleTimeout:
            yield InputError(input_name, f"analysis took over {ARTICLE_SECONDS} s and was stopped; please report "
                                         "this article, it shows a bug in an extraction rule")
            continue
        except Exception as exc:  # one article's failure must not stop a batch
            yield InputError(input_name, f"analysis failed: {type(exc).__name__}: {exc}")
            continue
        yield analysis


def parse(nlp: Language, articles: Iterable[tuple[Article, str]],
          batch_size: int = BATCH_SIZE) -> Iterator[tuple[Doc, tuple[Article, str]]]:
    """Each article's Doc, parsed in batches of at most `batch_size` articles and BATCH_CHARS
    characters (or one longer article)."""
    for batch in budgeted(articles, batch_size, BATCH_CHARS):
        yield from nlp.pipe(((a.text, (a, i)) for a, i in batch), as_tuples=True, batch_size=len(batch))


def budgeted(items: Iterable[tuple[Article, str]], size: int, chars: int) -> Iterator[list[tuple[Article, str]]]:
    """`items` in order, in lists of at most `size` items and `chars` characters of text (an item
    longer than `chars` alone)."""
    batch: list[tuple[Article, str]] = []
    total = 0
    for item in items:
        length = len(item[0].text)
        if batch and (len(batch) >= size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += length
    if batch:
        yield batch


def prepare(raws: Iterable[RawDocument | InputError]) -> Iterator[tuple[Article, str] | InputError]:
    """Clean each document; pass errors through in their place."""
    for raw in raws:
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            yield to_article(raw), raw.input
        except AccordError as exc:
            yield exc if isinstance(exc, InputError) else InputError(raw.input, str(exc))


def analyze_documents(raws: Iterable[RawDocument | InputError], nlp: Language | None = None,
                      batch_size: int = BATCH_SIZE, aliases: Sequence[Alias] = ()) -> Iterator[Analysis | InputError]:
    """Run every stage on many documents, in input order; errors stay in their place."""
    nlp = nlp or load_nlp()
    items = prepare(raws)
    while chunk := list(islice(items, batch_size)):
        analysed = analyze_articles((i for i in chunk if not isinstance(i, InputError)), nlp, batch_size, aliases)
        for item in chunk:
            yield item if isinstance(item, InputError) else next(analysed)


def analyze_document(raw: RawDocument, nlp: Language | None = None, aliases: Sequence[Alias] = ()) -> Analysis:
    """Run every stage on one document; raise its error if it cannot be analysed."""
    result = next(analyze_documents([raw], nlp, aliases=aliases))
    if isinstance(result, InputError):
        raise result
    return result


def analyze(text: str, *, title: str | None = None, published: str | date | None = None,
            url: str | None = None, source: str | None = None, aliases: Sequence[Alias] = ()) -> Analysis:
    """Analyse one article's text (with a team's actor `aliases`). The public entry point of the library."""
    raw = RawDocument(text=text, input="<text>", title=title, published=parse_published(published),
                      url=url, source=source)
    return analyze_document(raw, aliases=aliases)
