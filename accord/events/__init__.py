"""Events: who did what to whom, when and where, typed with PLOVER.

`extract_events(doc, mentions, published)` walks the dependency parse of `doc` sentence by
sentence, looks only at tokens whose lemma is a trigger in the lexicon (`data/lexicon.tsv`), and
fills the roles from the actor `mentions`. Modules: `ontology` (PLOVER types, modes, contexts,
scores), `lexicon` (trigger patterns), `triggers` (matching on the parse), `participants`,
`status` (auxiliary modes and reported speech), `extract` (assembly and merging), `discourse`
(roles the whole article settles), `confidence` (calibrated scores). See docs/events.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from ..model import Actor, Event, Mention, Quote
from .extract import EXTRACTOR_VERSION, ArticleExtractor

__all__ = ["extract_events", "EXTRACTOR_VERSION"]


def extract_events(doc: Doc, mentions: list[Mention], published: date | None,
                   actors: Sequence[Actor] = (), quotes: Sequence[Quote] = ()) -> list[Event]:
    """The events stated in `doc`, with participants taken from `mentions`; `actors` (the article's,
    from the actors stage) give the country of people the gazetteer does not hold; `quotes` (the
    attributions stage's) give who "I" and "we" are in what a speaker is quoted saying."""
    return ArticleExtractor(doc, mentions, published, actors=actors, quotes=quotes).run()
