"""Who makes an event: an event needs a political actor as its source or target (a state, a
government body, an office-holder, an international organisation, an armed group, a party, an
opposition or protest movement). Acts of private people in their own lives ("a resident fled her
town", "a man went abroad to fight") and of businesses or media among themselves are not events
an analyst codes (docs/annotation.md).

`is_political` applies the actors stage's rule (`accord.actors.is_political`: kind and CAMEO
sector) to an event's participant: to its resolved actor, else to the sector words of its mention;
an unresolved phrase counts when its head noun names a political body or an armed or protesting
group ("officials", "troops", "rebels", "protesters"), and a nationality word on a private
person ("a Belgian man") is the person, not the state.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ..actors import POLITICAL_SECTORS
from ..actors import is_political as is_political_actor
from ..actors.gazetteer import load_gazetteer
from ..model import Mention, Participant

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
    """The actors stage's rule for a gazetteer actor; None when the gazetteer does not know it."""
    actor = load_gazetteer().actors.get(actor_id)
    if actor is None:
        return None
    # the gazetteer's people are office-holders, political whichever office the date gives them
    return actor.kind == "person" or is_political_actor(actor)


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
    if sectors and not sectors & POLITICAL_SECTORS:
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
    # "Rohingya Muslim insurgents", "Houthi fighters": an unknown name on a political head is that body
    heads = [span.root] + ([span.root.head] if span.root.dep_ in ("amod", "compound", "nmod") else [])
    return any(h.lemma_.lower() in POLITICAL_HEADS or h.lower_ in POLITICAL_HEADS for h in heads)
