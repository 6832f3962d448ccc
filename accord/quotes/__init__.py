"""Quotations: direct and indirect speech attributed to resolved speakers.

One regex pass pairs the quotation marks (`marks`); each marked span is attributed from a cue
next to its marks, else from the cue verb governing it (`direct`), else from the context: the
latest speaker of the same or previous paragraph, or a speaker named by a cue in the sentence
before (`context`). Unattributed short phrases and titles are scare quotes and dropped.
Reported speech, beliefs and intentions come from dependency walks on cue words (`indirect`):
a reported content with no quotation in it is `indirect`; one that holds quoted fragments and
words of its own ('He said the deal was "a historic step"') is one `mixed` attribution that
takes the fragments in; one entirely quoted stays `direct`. The cue words are data:
`data/cues.txt`. Each attribution carries its cue as written (`cue`), the cue's own words
(`cue_span`) and the CAMEO code of the speech act the cue names (`cameo`: 010 make statement
for "said", 016 deny, 112 accuse), as GDELT-style coders record statements.

Conventions:
- `text` is exactly `doc.text[start:end]`: the content without its marks.
- A split quotation ("We will act," she said, "and soon.") and a quotation running over several
  paragraphs give one `Quote` per marked piece, every piece with the same speaker.
- Nested quotations stay inside the outer one's text; a partial quotation inside reported
  speech is recorded once, inside the mixed attribution.
- The speaker's `actor` is the mention at the speaker's head word ("She" gets the linker's
  coreference mention); for the voice of an institution ("a spokesman for the ministry") the
  institution's mention; otherwise null, with the speaker's words in `text`. A long, closed
  quotation with no evident speaker is kept with `speaker` null.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Mention, Quote, QuoteKind
from ..nlp import text_of
from .context import attribute_from_context
from .cues import load_cues
from .direct import WORD, Candidate, acceptable, attributed_candidates, cue_span, cue_text, title_like
from .indirect import Blocked, Reported, find_reported
from .speakers import participant

__all__ = ["extract_quotes"]
# Words of its own a reported content needs around its quoted fragments to be `mixed`
# ('said the result showed "a defence of democracy"'); with fewer it is the quotation's frame.
OWN_WORDS = 2
EDGE = ".,;:!?\"'“”‘’«»‹› "
QUOTED_WORDS = re.compile(r'["“«][^"“”«»]*\w[^"“”«»]*["”»]|(?<!\w)[\'‘]\w[^\'‘’]*[\'’](?!\w)')


def extract_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every attribution in `doc`, its speaker taken from `mentions` where resolved."""
    if not len(doc):
        return []
    cues = load_cues()
    candidates = attributed_candidates(doc, cues)
    direct = [c for c in candidates if c.speaker is not None and acceptable(text_of(doc), c, cues)]
    pending = [c for c in candidates if c.speaker is None]
    # quotations only: a scare quote inside reported speech ('said the "buffer zone" would
    # protect the cities') leaves it indirect, and so does a name ('part of Operation "Poseidon
    # Archer"')
    quoted = Blocked([c.outer for c in direct + pending if not title_like(text_of(doc)[c.start:c.end])])
    reported: list[tuple[QuoteKind, Reported]] = []
    absorbed: set[tuple[int, int]] = set()
    # a naming cue reports only around a real quotation ('called the plan "a betrayal"'), not
    # around a scare quote ('what it calls a "special military operation"')
    accepted = Blocked([c.outer for c in direct])
    for r in find_reported(doc, cues, quoted):
        kind = _kind(text_of(doc), r, accepted if r.fragment_only else quoted)
        if kind is not None:
            reported.append((kind, r))
            fragments = quoted.inside(r.start, r.end)
            if kind == "mixed" and fragments:  # the content takes in its fragments with their marks
                absorbed.update(fragments)
                r.start, r.end = min(r.start, fragments[0][0]), max(r.end, fragments[-1][1])
    direct = [c for c in direct if c.outer not in absorbed]
    pending = [c for c in pending if c.outer not in absorbed]
    quotes = [_direct(doc, c, mentions) for c in direct]
    quotes += [_reported(doc, kind, r, mentions) for kind, r in reported]
    quotes += attribute_from_context(doc, pending, quotes, cues, mentions)
    return sorted(quotes, key=lambda q: q.start)


def _kind(text: str, r: Reported, quoted: Blocked) -> QuoteKind | None:
    """`indirect` for a content free of quotations, `mixed` for one holding whole quotations and
    words of its own, None for one cut through a quotation or made only of one."""
    touching = quoted.inside(r.start, r.end)
    if not touching:
        if r.fragment_only:
            return None
        # a short quoted judgement ('called the vote "a farce"') is no quotation of its own, but
        # quoted; a scare quote inside reported speech leaves it indirect
        judgement = load_cues().kind(r.cue.lemma_) == "naming"
        return "mixed" if judgement and QUOTED_WORDS.search(text[r.start:r.end]) else "indirect"
    # a quotation may run past the content only by its own punctuation and marks ('... from
    # Yemen."' where the parser hangs '."' on the reporting verb)
    if any(text[a:r.start].strip(EDGE) or text[r.end:b].strip(EDGE) for a, b in touching):
        return None
    own, at = [], r.start
    for a, b in touching:
        own.append(text[at:max(at, a)])
        at = max(at, b)
    own.append(text[at:r.end])
    return "mixed" if len(WORD.findall(" ".join(own))) >= OWN_WORDS else None


def _direct(doc: Doc, c: Candidate, mentions: list[Mention]) -> Quote:
    assert c.speaker is not None
    return Quote("direct", text_of(doc)[c.start:c.end], c.start, c.end, cue_text(c.cue),
                 participant(doc, c.speaker, mentions, c.speaker_tokens), cue_span(c.cue),
                 load_cues().cameo(c.cue.lemma_ if c.cue is not None else None))


def _reported(doc: Doc, kind: QuoteKind, r: Reported, mentions: list[Mention]) -> Quote:
    return Quote(kind, text_of(doc)[r.start:r.end], r.start, r.end, cue_text(r.cue),
                 participant(doc, r.speaker, mentions), cue_span(r.cue), load_cues().cameo(r.cue.lemma_))
