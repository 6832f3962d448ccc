"""Who makes an event: an event needs a political actor as its source or target (a state, a
government body, an office-holder, an international organisation, an armed group, a party, an
opposition or protest movement). Acts of private people in their own lives ("a resident fled her
town", "a man went abroad to fight") and of businesses or media among themselves are not events
an analyst codes (docs/annotation.md).

`is_political` is the one rule. It reads the kind and CAMEO sector of the resolved actor (from the
gazetteer and the mention's sector words), so that it follows the actors stage as it learns more
kinds and sectors; an unresolved phrase counts when its head noun names a political body or an
armed or protesting group ("officials", "troops", "rebels", "protesters").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..actors.gazetteer import load_gazetteer
from ..model import Mention, Participant

POLITICAL_KINDS = frozenset({"state", "igo"})
# CAMEO sectors of actors that act in their own lives, not as political actors.
PRIVATE_SECTORS = frozenset({"CVL", "BUS", "MED", "EDU", "HLH", "REF", "LAB", "CRM", "REL", "ELI", "NGO"})
POLITICAL_HEADS = frozenset("""government governments administration cabinet ministry minister ministers official
officials authority authorities parliament lawmaker lawmakers legislator legislators legislature congress senate
senator senators court courts judge judges prosecutor prosecutors police policeman policemen officer officers army
armies military troop troops soldier soldiers force forces navy militia militias militant militants rebel rebels
insurgent insurgents fighter fighters gunman gunmen jihadist jihadists guerrilla guerrillas junta regime party
parties opposition protester protesters demonstrator demonstrators activist activists diplomat diplomats embassy
envoy envoys ambassador president prime premier chancellor king queen leader leaders spokesman spokeswoman
spokesperson mayor governor council delegation negotiators state states country countries nation nations
coalition alliance bloc agency agencies""".split())


@lru_cache(maxsize=4096)
def _actor_political(actor_id: str) -> bool | None:
    """True/False from the actor's kind and sector; None when the gazetteer does not know it."""
    actor = load_gazetteer().actors.get(actor_id)  # with its sector, when the gazetteer gives one
    if actor is None:
        return None
    if actor.kind in POLITICAL_KINDS:
        return True
    if actor.sector is not None:
        return actor.sector not in PRIVATE_SECTORS
    return actor.kind != "person" or actor.role is not None or actor_id.startswith("person:")


# Heads that make a country word the nationality of a private person ("a Belgian man", "British
# tourists", "Canadian citizens"): the participant is the person, not the state.
PRIVATE_PEOPLE = frozenset("""man men woman women person people tourist traveller traveler resident citizen
national student worker family child boy girl teenager mother father husband wife son daughter businessman
businesswoman farmer doctor teacher pensioner passenger fan volunteer civilian couple expatriate expat
immigrant migrant refugee pilgrim hiker climber backpacker""".split())


def is_political(p: Participant, mention: Mention | None, doc: Doc) -> bool:
    """Is this participant a political actor? Private people (sector CVL, or a nationality word on a
    person: "a Belgian man") and unknown people with no office are not; states, IGOs, office-holders,
    government bodies and armed groups are."""
    sectors = set(mention.sectors) if mention is not None else set()
    if sectors and sectors <= PRIVATE_SECTORS:
        return False
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is not None and span.root.dep_ in ("amod", "compound", "nmod", "poss") and \
            span.root.head.lemma_.lower() in PRIVATE_PEOPLE:
        return False
    if p.actor:
        known = _actor_political(p.actor)
        if known is not None:
            return known
    if sectors:
        return True
    if span is None:
        return False
    return span.root.lemma_.lower() in POLITICAL_HEADS or span.root.lower_ in POLITICAL_HEADS
