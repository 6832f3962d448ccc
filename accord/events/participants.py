"""Participants: the actor mentions inside the noun phrases that fill an event's roles."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..model import Mention, Participant

# Dependents that stay inside a noun phrase ("the NATO member countries", "Canada's E.U. partners").
NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "flat", "appos", "nummod", "case", "npadvmod",
                     "quantmod", "predet"})
# Nouns that name people or groups: an unresolved participant is kept only for these or names.
AGENT_NOUNS = frozenset("""
leader official minister president premier chancellor king queen prince emir sheikh government
administration ministry parliament congress senate lawmaker legislator diplomat ambassador envoy
negotiator delegation spokesman spokeswoman spokesperson commander general army military force troop
soldier police policeman militia militant rebel insurgent fighter guerrilla gunman protester
demonstrator activist opposition party coalition country nation state ally partner member neighbour
neighbor regime authority prosecutor judge court investigator agency organisation organization group
union bloc council commission company firm worker student refugee migrant civilian people resident
crowd mob terrorist jihadist separatist faction camp side power colleague counterpart
""".split())


class MentionIndex:
    """Token index -> the mentions that overlap the token."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention]):
        self.by_token: dict[int, list[Mention]] = {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, []).append(m)

    def at(self, tokens: Iterable[Token]) -> list[Mention]:
        seen: dict[tuple[int, int], Mention] = {}
        for tok in tokens:
            for m in self.by_token.get(tok.i, ()):
                seen.setdefault((m.start, m.end), m)
        return sorted(seen.values(), key=lambda m: m.start)

    def covers(self, tok: Token) -> bool:
        return tok.i in self.by_token


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without its conjuncts, clauses and
    prepositional phrases other than "of"/"from" ("the president of the Commission")."""
    return [t for tier in np_tiers(head) for t in tier]


def np_tiers(head: Token) -> list[list[Token]]:
    """The noun phrase's tokens in order of how directly they name its referent: the head and
    its name parts; then modifiers ("Chinese counterpart"); then "of/from" phrases ("leaders
    of Egypt, Jordan and Iraq"); then possessors ("his counterpart")."""
    name = [head] + [c for c in head.children if c.dep_ in ("flat", "appos") or
                     (c.dep_ == "compound" and c.pos_ == "PROPN")]
    mods: list[Token] = []
    for c in head.children:
        if c.dep_ in ("amod", "nmod", "compound", "npadvmod", "nummod") and c not in name:
            mods.extend(t for t in c.subtree if t.dep_ != "cc")
    ofs = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
           for t in c.subtree]
    poss = [t for c in head.children if c.dep_ == "poss" for t in c.subtree]
    return [name, mods, ofs, poss]


def _participant(m: Mention) -> Participant:
    return Participant(actor=m.actor, text=m.text, start=m.start, end=m.end)


def _unresolved(head: Token) -> Participant | None:
    if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.lemma_.lower() in AGENT_NOUNS):
        left = min(t.i for t in head.subtree if t.dep_ in NP_DEPS or t is head)
        left = max(left, head.left_edge.i)
        span = head.doc[left:head.i + 1]
        while len(span) > 1 and span[0].dep_ in ("det", "punct", "case"):
            span = span[1:]
        return Participant(actor=None, text=span.text, start=span.start_char, end=span.end_char)
    return None


def phrase_participants(head: Token, index: MentionIndex) -> list[Participant]:
    """The participants named by the phrase `head` and its conjuncts ("Canada and the EU")."""
    out: list[Participant] = []
    for tok in (head, *head.conjuncts):
        tiers = [index.at(tier) for tier in np_tiers(tok)]
        best = next((t for t in tiers if any(m.actor for m in t)), None) or next((t for t in tiers if t), None)
        if best:
            out.extend(_participant(m) for m in best)
        elif (p := _unresolved(tok)) is not None:
            out.append(p)
    return dedupe(out)


def deep_participants(head: Token, index: MentionIndex, preps: frozenset[str], limit: int = 3) -> list[Participant]:
    """Participants in prepositional phrases below `head` (depth <= `limit`): "threats of military
    action against Iran" -> Iran. Used when a role's own phrase names no actor."""
    frontier = [head]
    for _ in range(limit):
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in ("relcl", "advcl", "ccomp", "punct", "cc", "conj"):
                    continue
                if child.dep_ == "prep" and child.lower_ in preps:
                    found = [p for obj in child.children if obj.dep_ == "pobj"
                             for p in phrase_participants(obj, index) if p.actor]
                    if found:
                        return found
                nxt.append(child)
        frontier = nxt
    return []


def resolved_first(parts: list[Participant]) -> list[Participant]:
    """A role that names a known actor drops its unresolved phrases."""
    known = [p for p in parts if p.actor]
    return known or parts


def dedupe(parts: list[Participant]) -> list[Participant]:
    """One participant per actor (or per text, for unresolved ones), in order."""
    seen, out = set(), []
    for p in parts:
        key = p.actor or ("?", p.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
