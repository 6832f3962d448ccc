"""Tributes to the dead: praise of a person the article reports dead ("X died on Saturday ... Y
called him an incomparable mathematician", "mourned the late minister as an iconic leader") is a
eulogy, ceremonial praise no analyst codes as SUPPORT, whoever speaks (docs/annotation.md, section
11: the Mukherjee, Mubarak and Iyambo lines). A foreign state's condolences to the dead person's
state stay SUPPORT between the states ("He made a great contribution to your country", said by
another country's president): that is diplomacy, not a eulogy.

A person is reported dead when a mention of them is the subject of a verb of dying ("Conway died",
"who passed away"), owns or is the "of"/"for" object of a noun of death ("his death", "the funeral
of Ruiz", "mourning for Ruiz") or is "the late" someone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Doc, Token

from ..model import Event, Mention
from .discourse import party_of

DYING = frozenset({"die", "succumb", "perish"})
DEATH_NOUNS = frozenset({"death", "funeral", "passing", "mourning", "obituary", "burial", "demise", "loss"})


def _dead(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and (head.lemma_.lower() in DYING or (
            head.lemma_.lower() == "pass" and any(c.dep_ == "prt" and c.lower_ == "away" for c in head.children))):
        return True
    if tok.dep_ == "poss" and head.lemma_.lower() in DEATH_NOUNS:
        return True
    if tok.dep_ == "pobj" and head.lower_ in ("of", "for") and head.head.lemma_.lower() in DEATH_NOUNS:
        return True
    return any(c.dep_ == "amod" and c.lower_ == "late" for c in tok.children)


def reported_dead(doc: Doc, mentions: Iterable[Mention]) -> frozenset[str]:
    """The ids of the people whose death the article reports."""
    dead = set()
    for m in mentions:
        if m.actor is None or not m.actor.startswith("person:"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _dead(span.root):
            dead.add(m.actor)
    return frozenset(dead)


def is_tribute(event: Event, dead: frozenset[str], country_of: Mapping[str, str]) -> bool:
    """Is a SUPPORT event praise of people the article reports dead, by no foreign state?"""
    if event.type != "SUPPORT" or not event.target or not all(p.actor in dead for p in event.target):
        return False
    mourned = {party_of(p.actor, country_of) for p in event.target}
    speakers = {party_of(p.actor, country_of) for p in event.source} - {None}
    return not (speakers and None not in mourned and speakers - mourned)
