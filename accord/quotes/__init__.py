"""Quotations: direct and indirect speech attributed to resolved speakers.

One regex pass pairs the quotation marks (`marks`); each marked span is attributed from a cue
next to its marks, else from the cue verb governing it (`direct`), else from the context: the
latest speaker of the same or previous paragraph, or a speaker named by a cue in the sentence
before (`context`). Unattributed short phrases and titles are scare quotes and dropped.
Indirect speech comes from dependency walks on cue verbs (`indirect`). The cue verbs are data:
`data/cues.txt`.

Conventions:
- `text` is exactly `doc.text[start:end]`: the content without its marks.
- A split quotation ("We will act," she said, "and soon.") and a quotation running over several
  paragraphs give one `Quote` per marked piece, every piece with the same speaker.
- Nested quotations stay inside the outer one's text; a partial quotation inside reported
  speech is recorded once, as direct speech.
- The speaker's `actor` is the mention at the speaker's head word ("She" gets the linker's
  coreference mention); for the voice of an institution ("a spokesman for the ministry") the
  institution's mention; otherwise null, with the speaker's words in `text`. A long, closed
  quotation with no evident speaker is kept with `speaker` null.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import Mention, Quote
from ..nlp import text_of
from .context import attribute_from_context
from .cues import load_cues
from .direct import Candidate, acceptable, attributed_candidates, cue_text
from .indirect import Reported, find_reported
from .speakers import participant

__all__ = ["extract_quotes"]


def extract_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every quotation in `doc`, its speaker taken from `mentions` where resolved."""
    if not len(doc):
        return []
    cues = load_cues()
    candidates = attributed_candidates(doc, cues)
    direct = [c for c in candidates if c.speaker is not None and acceptable(text_of(doc), c, cues)]
    pending = [c for c in candidates if c.speaker is None]
    quotes = [_direct(doc, c, mentions) for c in direct]
    blocked = [c.outer for c in direct + pending]
    quotes += [_indirect(doc, r, mentions) for r in find_reported(doc, cues, blocked)]
    quotes += attribute_from_context(doc, pending, quotes, cues, mentions)
    return sorted(quotes, key=lambda q: q.start)


def _direct(doc: Doc, c: Candidate, mentions: list[Mention]) -> Quote:
    assert c.speaker is not None
    return Quote("direct", text_of(doc)[c.start:c.end], c.start, c.end, cue_text(c.cue),
                 participant(doc, c.speaker, mentions, c.speaker_tokens))


def _indirect(doc: Doc, r: Reported, mentions: list[Mention]) -> Quote:
    return Quote("indirect", text_of(doc)[r.start:r.end], r.start, r.end, cue_text(r.cue),
                 participant(doc, r.speaker, mentions))
