"""Direct quotations: marked spans, filtered from scare quotes and titles, with their speakers.

Decisions (see docs in the package `__init__`): a split quotation ("We will act," she said,
"and soon.") and a multi-paragraph quotation give one `Quote` per marked piece, all with the
same speaker, so that every quote's text is exactly `doc.text[start:end]`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import TextSpan
from ..nlp import text_of
from ..quotation_marks import Marked, find_marked
from .cues import Cues
from .speakers import subject_of

WORD = re.compile(r"[^\W_][\w'’\-]*")
SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "with", "&",
               "is", "or", "de", "la", "le", "von", "der"}
# A quoted phrase this short needs a speech cue and must close its clause to be a quotation;
# calibrated on the dev split (scare quotes are 1-3 words; "dangerous and irresponsible" is 3).
SHORT_WORDS = 3
SO_CALLED = re.compile(r"(so[- ]called|titled|entitled|known as|named|dubbed)[\s,]*$", re.IGNORECASE)
END_PUNCT = ".,!?;:…—–"
GERUND_OBJECT_DEPS = {"xcomp", "dobj", "pobj", "nsubj", "csubj"}


@dataclass
class Candidate:
    """A marked span being attributed."""

    marked: Marked
    start: int
    end: int
    close_at: int | None  # end of the content's closing mark, or None when capped
    speaker: Token | None = None
    cue: Token | None = None
    how: str = ""  # "zone", "syntax", "context", "group"
    speaker_tokens: tuple[int, int] | None = None  # when the speaker is no syntactic subtree

    @property
    def outer(self) -> tuple[int, int]:
        """Characters from the opening mark to past the closing mark."""
        return self.marked.open_at, (self.close_at + 1 if self.close_at is not None else self.end)

    def word_count(self, text: str) -> int:
        return len(WORD.findall(text[self.start:self.end]))


def token_at(doc: Doc, char: int) -> Token:
    """The token at or right after character `char` (clamped to the last token)."""
    text = text_of(doc)
    while char < len(text) and text[char].isspace():
        char += 1
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(text) else None
    return span[0] if span is not None and len(span) else doc[-1]


def is_cue(token: Token, cues: Cues) -> bool:
    """A cue verb (any kind but `context`) or the 'according' of 'according to'."""
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return True
    return token.pos_ in ("VERB", "AUX") and cues.kind(token.lemma_) is not None \
        and cues.kind(token.lemma_) != "context" and token.dep_ not in ("amod", "compound") \
        and not _gerund_object(token, cues)


def _gerund_object(token: Token, cues: Cues) -> bool:
    """'the pact covered maintaining social order': a gerund used as a noun is no speech act
    (its climbed subject would be the pact), unless it completes another cue."""
    return token.tag_ == "VBG" and token.dep_ in GERUND_OBJECT_DEPS and token.head is not token \
        and cues.kind(token.head.lemma_) is None


def cue_subject(token: Token) -> Token | None:
    if token.lower_ == "according":
        objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
        return objects[0] if objects else None
    return subject_of(token)


def cut_inner_attribution(doc: Doc, cand: Candidate, cues: Cues) -> None:
    """A capped span holding its own attribution ('"Assange is free, the campaign said.') ends
    at the comma before that attribution."""
    for token in doc.char_span(cand.start, cand.end, alignment_mode="expand") or []:
        if not (is_cue(token, cues) and cues.reports(token.lemma_)):
            continue
        subject = cue_subject(token)
        if subject is None or subject.i > token.i or subject.left_edge.i == 0:
            continue
        comma = doc[subject.left_edge.i - 1]
        if comma.text == "," and comma.idx > cand.start:
            cand.end, cand.close_at = comma.idx, comma.idx
            return


def zones(doc: Doc, cand: Candidate, prev_end: int, next_start: int) -> tuple[Span, Span]:
    """The attribution text before and after a candidate, stopping at neighbouring quotes."""
    text = text_of(doc)
    opener = token_at(doc, cand.marked.open_at)
    lo = max(opener.sent.start_char, prev_end)
    # 'X told them:\n\n"'; 'X told the host "if you ..."', which the parser split at the mark
    introduced = text[:cand.marked.open_at].rstrip().endswith((":", ",")) or \
        text[:cand.marked.open_at].rstrip(" ")[-1:].isalnum()
    if introduced and not text[lo:cand.marked.open_at].strip() and opener.sent.start > 0:
        lo = max(doc[opener.sent.start - 1].sent.start_char, prev_end)
    before = doc.char_span(lo, cand.marked.open_at, alignment_mode="contract") or doc[0:0]
    after = doc[0:0]
    if cand.close_at is not None:
        a = cand.close_at + 1
        line_end = text.find("\n", a)
        line_end = len(text) if line_end < 0 else line_end
        first = token_at(doc, a)
        if first.idx >= a:
            b = min(first.sent.end_char, next_start, line_end)
            after = doc.char_span(a, b, alignment_mode="contract") or doc[0:0]
    return before, after


def attribute(doc: Doc, cand: Candidate, before: Span, after: Span, cues: Cues,
              previous: Candidate | None = None) -> None:
    """Speaker from a cue next to the marks, else from the verb governing the quoted words. A
    quotation opened inside a clause ('pointed out she had "...', 'as saying "..." and "..."')
    is part of that clause's report: its speaker is the one the clause names before it, or that
    of the quotation before it in the same sentence; a clause after it that opens a new sentence
    reports something else."""
    text = text_of(doc)
    content = text[cand.start:cand.end].rstrip()
    after_first = content.endswith((",", "?", "!", "—", "–")) or not content.endswith(".")
    if before and text[before.end_char:cand.marked.open_at].strip() == "" and \
            before.text.rstrip().endswith(":") and not _inverted_cue_after(after, cues):
        after_first = False
    embedded = _opens_inside_clause(doc, cand)
    if embedded:
        after_first = False
        if content.rstrip(" ])").endswith((".", "!", "?")):
            after = doc[0:0]
    orders = [(after, False), (before, True)] if after_first else [(before, True), (after, False)]
    if quotative_like(doc, cand):  # 'people are like, "..."' is that clause's report, not a cue before it
        return
    for zone, last in orders:
        # '"open aggression" and Moscow recalled ...': a new clause with its own subject is no
        # attribution; '"..." and called on ...' shares the subject named before the quote
        new_clause = not last and _opens_clause(zone)
        tokens = [t for t in zone if is_cue(t, cues)]
        for token in reversed(tokens) if last else tokens:
            subject = cue_subject(token)
            if subject is not None and new_clause and subject.idx > cand.marked.open_at:
                break
            if subject is not None and not last and subject.i < token.i and not content.endswith(",") and \
                    _introduces_next(zone, token):
                break  # '"...?" Cardinal Ouellet said. Archbishop Scicluna said, "...': the next quote's
            if subject is not None and not last and content.endswith((".", "!", "?")) and \
                    _reports_its_own_clause(doc, cand, token, subject):
                break  # '"..." As of Tuesday, 20 bodies were found, according to the sheriff.'
            if subject is not None:
                cand.speaker, cand.cue, cand.how = subject, token, "zone"
                return
        if last and embedded and previous is not None and previous.speaker is not None and \
                _same_sentence(doc, previous, cand) and acceptable(text, previous, cues):
            cand.speaker, cand.cue, cand.how = previous.speaker, previous.cue, "group"
            cand.speaker_tokens = previous.speaker_tokens
            return
    governing(doc, cand, cues)
    if cand.speaker is None:
        headline_speaker(doc, cand)
    if cand.speaker is None:
        introduced_by_clause(doc, cand, before)


def _opens_inside_clause(doc: Doc, cand: Candidate) -> bool:
    """The opening mark follows a word of its own sentence ('she had "...', 'and "...'), not a
    sentence start, a comma or a colon that introduce a quotation."""
    opener = token_at(doc, cand.marked.open_at)
    before = text_of(doc)[opener.sent.start_char:cand.marked.open_at].rstrip()
    return bool(before) and before[-1].isalnum()


def _same_sentence(doc: Doc, first: Candidate, then: Candidate) -> bool:
    """No sentence end or paragraph break between the two quotations."""
    between = text_of(doc)[first.outer[1]:then.marked.open_at]
    return first.outer[1] <= then.marked.open_at and "\n" not in between and \
        not any(mark in between for mark in (". ", "! ", "? "))


def _inverted_cue_after(zone: Span, cues: Cues) -> bool:
    """'...: "...," said Tedros': a cue verb right after the closing mark names the quotation's own
    speaker, over the clause that introduced it with a colon."""
    first = next((t for t in zone if not t.is_punct), None)
    return first is not None and is_cue(first, cues) and first.lemma_ != "according"


OPENING_MARKS = "\"“«„‘'"


def _introduces_next(zone: Span, cue: Token) -> bool:
    """The words after a quotation end with the cue (and the medium or the time it names), a
    comma or colon and another quotation ('... exempt?" Archbishop Scicluna said, "People must
    know."', '"..." He posted on Twitter, "..."'): a clause in the usual order introducing the
    next quotation, not this one."""
    text = text_of(zone.doc)
    between = text[cue.idx + len(cue):zone.end_char].strip()
    following = text[zone.end_char:zone.end_char + 3].lstrip()
    return between.endswith((",", ":")) and not any(t.pos_ in ("VERB", "AUX") for t in zone if t.idx > cue.idx) \
        and following[:1] in OPENING_MARKS


def _reports_its_own_clause(doc: Doc, cand: Candidate, cue: Token, subject: Token) -> bool:
    """After a quotation that closes its sentence, a new sentence that opens with words of its own
    before the cue and its source ('As of Tuesday, 20 bodies were found, according to Brown')
    reports those words, not the quotation ('"..." Brown said.' does)."""
    assert cand.close_at is not None
    lead = [t for t in doc[token_at(doc, cand.close_at + 1).i:min(cue.i, subject.left_edge.i)]
            if not (t.is_punct or t.is_space)]
    return any(t.pos_ in ("VERB", "AUX") for t in lead)


def _opens_clause(zone: Span) -> bool:
    """The words after a quotation open a clause of their own ('and Moscow recalled ...', ', while
    the governor indicated ...'); 'as X said' attributes the quotation."""
    first = next((t for t in zone if not t.is_punct), None)
    return first is not None and (first.pos_ == "CCONJ" or first.pos_ == "SCONJ" and first.lower_ != "as")


def introduced_by_clause(doc: Doc, cand: Candidate, before: Span) -> None:
    """'Senator Graham spoke on Fox News, "..."', 'Trump defended his decision, "..."': a
    clause of the same sentence ending in a comma or colon right before the opening mark
    introduces the quotation; its subject speaks, its verb is the cue."""
    text = text_of(doc)
    if not len(before) or not text[:cand.marked.open_at].rstrip().endswith((",", ":")):
        return
    if text[before.end_char:cand.marked.open_at].strip(" ,:") or "\n" in text[before.start_char:cand.marked.open_at]:
        return
    verbs = [t for t in before if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj") and t.head.i < cand.marked.open_at]
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None and subject.i < verb.i and subject.lower_ not in ("it", "there", "this"):
            cand.speaker, cand.cue, cand.how = subject, verb, "zone"
            return


QUOTATIVE_LIKE = re.compile(r"\blike,?\s*$", re.IGNORECASE)
NO_SPEAKER = {"it", "this", "that", "there", "what", "which"}


def quotative_like(doc: Doc, cand: Candidate) -> bool:
    """'And then she's like, "Stop offending people."', 'they were like "..."': a form of "be"
    with "like" right before the opening mark reports what its subject said or thought (the
    quotative of spoken English, common in interviews); its subject speaks, "like" is the cue."""
    text = text_of(doc)
    if not QUOTATIVE_LIKE.search(text[max(0, cand.marked.open_at - 12):cand.marked.open_at]):
        return False
    i = token_at(doc, cand.marked.open_at).i - 1
    while i > 0 and (doc[i].is_punct or doc[i].is_space):
        i -= 1
    like = doc[i]
    if like.lower_ != "like" or i == 0 or doc[i - 1].lemma_ != "be" or \
            not (like.head in (doc[i - 1], like) or like.head.i > like.i):  # 'like' may mark the quoted clause
        return False
    be = doc[i - 1]
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < be.i), None)
    if subject is not None and subject.lower_ == "who":
        subject = be.head if be.dep_ == "relcl" else None  # 'friends who are like, "..."'
    if subject is not None and subject.lower_ not in NO_SPEAKER and subject.pos_ in ("PRON", "NOUN", "PROPN"):
        cand.speaker, cand.cue, cand.how = subject, like, "zone"
        return True
    return False


HEADLINE_SPEAKER = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}:$")


def headline_speaker(doc: Doc, cand: Candidate) -> None:
    """'Zelensky: "We will not give up"': a name and a colon open the paragraph."""
    line_start = text_of(doc).rfind("\n", 0, cand.marked.open_at) + 1
    head = text_of(doc)[line_start:cand.marked.open_at].strip()
    if HEADLINE_SPEAKER.match(head):
        name = doc.char_span(line_start, line_start + len(head) - 1, alignment_mode="contract")
        if name is not None and len(name):
            cand.speaker, cand.how = name[-1], "zone"
            cand.speaker_tokens = (name.start, name.end)


def governing(doc: Doc, cand: Candidate, cues: Cues) -> None:
    """'said the deal was "a historic step"': the cue verb above the quoted words."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    root = span.root
    for token in root.ancestors:
        if is_cue(token, cues) and not (cand.start <= token.idx < cand.end):
            subject = cue_subject(token)
            if subject is not None and not (cand.start <= subject.idx < cand.end):
                cand.speaker, cand.cue, cand.how = subject, token, "syntax"
                return


def title_like(content: str) -> bool:
    """'Poseidon Archer', 'The Future of European Competitiveness': a name, not speech."""
    if content.rstrip().endswith(tuple(".!?,;:")):
        return False
    words = [w for w in WORD.findall(content) if w.lower() not in SMALL_WORDS]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def closes_clause(text: str, cand: Candidate) -> bool:
    """The closing mark ends a clause: punctuation, a line end or the text end follows."""
    if cand.close_at is None:
        return True
    rest = text[cand.close_at + 1:cand.close_at + 3]
    return not rest.strip() or rest.lstrip()[:1] in END_PUNCT or rest[:1] == "\n"


def acceptable(text: str, cand: Candidate, cues: Cues) -> bool:
    """Quotation or scare quote / title? Decided once the speaker search is done."""
    content = text[cand.start:cand.end]
    if SO_CALLED.search(text[max(0, cand.marked.open_at - 20):cand.marked.open_at]):
        return False
    if title_like(content):
        return False
    words = cand.word_count(text)
    naming = cand.cue is not None and cues.kind(cand.cue.lemma_) == "naming"
    if words <= SHORT_WORDS:
        if words > 1 and characterised(cand, cues):  # one word ('as a "triumph"') stays a scare quote
            return True
        complete = content.rstrip().endswith(tuple(END_PUNCT))
        own_cue = cand.how in ("zone", "syntax", "group") and not naming
        return own_cue and (complete or closes_clause(text, cand))
    if cand.speaker is not None:
        return True
    return cand.close_at is not None and content.rstrip().endswith((".", "!", "?", "…"))


def characterised(cand: Candidate, cues: Cues) -> bool:
    """'condemned the raids as "open aggression"': the quoted words are the "as" phrase of a
    naming cue, the speaker's own characterisation (not a scare quote on the object)."""
    if cand.cue is None:
        return False
    span = cand.cue.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    for token in span.root.ancestors:
        if token.dep_ == "prep" and token.lower_ == "as":
            head = token.head
            if head.dep_ == "dobj":  # the parser may hang "as" on the object
                head = head.head
            return head.pos_ == "VERB" and cues.kind(head.lemma_) == "naming" \
                and head.i != token.i and cue_subject(head) is not None
        if token.pos_ == "VERB":
            return False
    return False


def attributed_candidates(doc: Doc, cues: Cues) -> list[Candidate]:
    """Every marked span with the speaker its own sentence (or its group) names, if any."""
    candidates = [Candidate(m, m.start, m.end, m.close_at) for m in find_marked(text_of(doc))]
    for c in candidates:
        if c.close_at is None and not c.marked.continues:
            cut_inner_attribution(doc, c, cues)
    for i, c in enumerate(candidates):
        prev_end = candidates[i - 1].outer[1] if i else 0
        next_start = candidates[i + 1].marked.open_at if i + 1 < len(candidates) else len(text_of(doc))
        before, after = zones(doc, c, prev_end, next_start)
        attribute(doc, c, before, after, cues, candidates[i - 1] if i else None)
    share_within_groups(candidates)
    return candidates


def share_within_groups(candidates: list[Candidate]) -> None:
    """The pieces of a split or multi-paragraph quotation share the speaker one of them names."""
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        groups[c.marked.group].append(c)
    for pieces in groups.values():
        found = next((c for c in pieces if c.speaker is not None), None)
        for c in pieces:
            if found is not None and c.speaker is None:
                c.speaker, c.cue, c.how = found.speaker, found.cue, "group"
                c.speaker_tokens = found.speaker_tokens


def cue_text(cue: Token | None) -> str | None:
    """The cue as written: "said", "told reporters", "said in a statement", "according to"."""
    if cue is None:
        return None
    if cue.lower_ == "according":
        return "according to"
    words = [cue.text]
    for child in cue.rights:
        if child.dep_ == "dobj" and cue.lemma_ == "tell" and len(list(child.subtree)) <= 3:
            words.append(" ".join(t.text for t in child.subtree))
        if child.dep_ == "prep" and any(t.lemma_ in ("statement", "interview") for t in child.children):
            # without the reported clause the parser may hang on the medium ('in a statement that ...')
            clause = {t.i for m in child.children for c in m.children if c.dep_ in ("acl", "ccomp", "relcl")
                      for t in c.subtree}
            words.append(" ".join(t.text for t in child.subtree if t.i not in clause))
    return " ".join(words)


def cue_span(cue: Token | None) -> TextSpan | None:
    """The cue's own words: the verb with its particle ("pointed out"), "according to", the noun."""
    if cue is None:
        return None
    doc = cue.doc
    last = cue.i
    if cue.lower_ == "according":
        last = cue.i + 1
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == last + 1:
            last = child.i
    return TextSpan(doc[cue.i:last + 1].text, cue.idx, doc[last].idx + len(doc[last]))
