"""Quotations with no cue of their own: the speaker evident from the context, if any.

The evident speaker is the most recent of (a) the speaker of the latest quotation in the same or
the previous paragraph and (b) the subject of a cue in the sentence before ("Kishida spoke
before Congress. "Japan is ...""). A quotation with no evident speaker is still kept, with
`speaker` null, when it is long and closed (`direct.acceptable`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from ..model import Mention, Participant, Quote
from ..nlp import text_of
from ..quotation_marks import PARAGRAPH
from .cues import Cues
from .direct import Candidate, acceptable
from .speakers import participant, subject_of

STANDALONE_AFTER = ".!?:\"”»’'…"


class Paragraphs:
    """Paragraph index of a character offset."""

    def __init__(self, text: str):
        self.starts = [m.start() for m in PARAGRAPH.finditer(text)]

    def of(self, char: int) -> int:
        return bisect_right(self.starts, char)


def attribute_from_context(doc: Doc, pending: list[Candidate], quotes: list[Quote], cues: Cues,
                           mentions: list[Mention]) -> list[Quote]:
    paragraphs = Paragraphs(text_of(doc))
    added: list[Quote] = []
    by_group: dict[int, Participant] = {}
    for c in pending:
        speaker = by_group.get(c.marked.group)
        if speaker is None and _standalone(text_of(doc), c):
            speaker = _evident_speaker(doc, c, quotes + added, paragraphs, cues, mentions)
        if speaker is not None:
            c.how = "context"
        if not acceptable(text_of(doc), c, cues) and c.marked.group not in by_group:
            continue
        if speaker is not None:
            by_group[c.marked.group] = speaker
            speaker = Participant(speaker.actor, speaker.text, speaker.start, speaker.end)
        added.append(Quote("direct", text_of(doc)[c.start:c.end], c.start, c.end, None, speaker,
                           cameo=cues.cameo(None)))
    return added


def _standalone(text: str, c: Candidate) -> bool:
    """The quotation opens its own sentence: 'He rejected "the rules-based order of the West"'
    is a fragment, not speech to attribute from the context."""
    before = text[:c.marked.open_at].rstrip()
    return not before or before[-1] in STANDALONE_AFTER or text[len(before):c.marked.open_at].count("\n") > 0


def _evident_speaker(doc: Doc, c: Candidate, quotes: list[Quote], paragraphs: Paragraphs,
                     cues: Cues, mentions: list[Mention]) -> Participant | None:
    here = paragraphs.of(c.marked.open_at)
    earlier = [q for q in quotes if q.start < c.start and q.speaker is not None
               and paragraphs.of(q.start) >= here - 1]
    latest = max(earlier, key=lambda q: q.start, default=None)
    named = _named_in_previous_sentence(doc, c, cues)
    if named is not None and paragraphs.of(named.idx) >= here - 1 and \
            (latest is None or named.idx > latest.end):
        return participant(doc, named, mentions)
    return latest.speaker if latest is not None else None


def _named_in_previous_sentence(doc: Doc, c: Candidate, cues: Cues) -> Token | None:
    opener = doc.char_span(c.marked.open_at, c.marked.open_at + 1, alignment_mode="expand")
    if opener is None or opener.sent.start == 0:
        return None
    for token in doc[opener.sent.start - 1].sent:
        if token.pos_ == "VERB" and cues.kind(token.lemma_) is not None:
            subject = subject_of(token)
            if subject is not None:
                return subject
    return None
