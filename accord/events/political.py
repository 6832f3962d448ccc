"""Who makes an event: an event needs a political actor as its source or target (a state, a
government body, an office-holder, an international organisation, an armed group, a party, an
opposition or protest movement). Acts of private people in their own lives ("a resident fled her
town", "a man went abroad to fight") and of businesses or media among themselves are not events
an analyst codes (docs/annotation.md).

`is_political` applies the actors stage's rule (`accord.actors.is_political`: kind and CAMEO
sector) to an event's participant: to its resolved actor, else to the sector words of its mention;
an unresolved phrase counts when its head noun names a political body or an armed or protesting
group ("officials", "troops", "rebels", "protesters"), when an office title stands before or
beside its name ("Mayor Ana Ruiz", "Ruiz, the governor": docs/actors.md, a person a title describes
is political), or when it is a group an adjective makes armed or political ("the separatist
group Red Dawn"); a nationality word on a private person ("a Belgian man") is the person, not
the state.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..actors import POLITICAL_SECTORS
from ..actors import is_political as is_political_actor
from ..actors.gazetteer import find_actor, load_gazetteer
from ..model import Mention, Participant

POLITICAL_HEADS = frozenset("""government governments administration cabinet ministry minister ministers official
officials authority authorities parliament lawmaker lawmakers legislator legislators legislature congress senate
senator senators court courts judge judges prosecutor prosecutors police policeman policemen officer officers army
armies military troop troops soldier soldiers force forces navy militia militias militant militants rebel rebels
insurgent insurgents fighter fighters gunman gunmen jihadist jihadists guerrilla guerrillas junta regime party
parties opposition protester protesters demonstrator demonstrators activist activists diplomat diplomats embassy
envoy envoys ambassador president prime premier chancellor king queen leader leaders spokesman spokeswoman
spokesperson mayor governor council delegation negotiators state states country countries nation nations
coalition alliance bloc agency agencies ministry cartel cartels guard guards warden wardens jury juries""".split())
# Guards a private employer hires ("a security guard", "private guards"), not the state's prison,
# border or coast guards.
PRIVATE_GUARDS = frozenset({"security", "private", "body", "night", "museum", "store", "bank"})
# Heads of a government body's name, political when written as part of a name ("the Department of
# Fisheries", "the Trade Commission", "the Office of Inspector General"), not as a common noun ("the
# hospital's emergency department").
BODY_WORDS = frozenset({"department", "bureau", "commission", "directorate", "inspectorate", "office"})
# Office titles news puts before or beside a name that the actors' title list (titles.tsv) does not
# hold: abbreviations and local or military offices ("Sen. Ana Ruiz", "Mayor Ruiz", "Col. Ruiz").
TITLE_WORDS = frozenset("""mayor sen. rep. gov. governor senator congressman congresswoman representative
legislator lawmaker mp councillor councilor councilman councilwoman commander colonel col. lieutenant lt.
admiral adm. gen. general brigadier marshal sheikh emir prince king queen president minister premier
chancellor ambassador envoy diplomat judge prosecutor spokesman spokeswoman spokesperson""".split())
# Adjectives that make a "group" or "movement" an armed or political organisation.
GROUP_NOUNS = frozenset({"group", "groups", "movement", "organisation", "organization", "faction", "front",
                         "network", "cell", "outfit", "wing"})
POLITICAL_GROUP_ADJ = frozenset("""separatist rebel armed militant opposition terrorist terror jihadist islamist
extremist insurgent guerrilla guerilla paramilitary secessionist resistance political""".split())


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
national student worker family child boy girl teenager mother father parent husband wife son daughter businessman
businesswoman farmer doctor teacher pensioner passenger fan volunteer civilian couple expatriate expat
immigrant migrant refugee pilgrim hiker climber backpacker coach player footballer athlete referee striker
goalkeeper cyclist runner swimmer skier boxer golfer driver rider jockey singer actor actress artist musician
author writer novelist filmmaker""".split())


# Heads that make a country word the nationality of a company or a private outlet ("Iranian airline
# Mahan Air", "a South Korean studio"): companies and media are `null` participants even when a
# country frames them (docs/annotation.md, section 11); a state's own ("state television") is the state.
COMPANY_NOUNS = frozenset("""company firm airline carrier studio bank corporation conglomerate manufacturer maker
producer exporter importer operator broadcaster newspaper publisher startup insurer retailer supplier
contractor developer miner automaker carmaker shipbuilder refiner investor lender""".split())
STATE_OWNED = frozenset({"state", "state-owned", "state-run", "government", "government-owned", "public"})


def company(head: Token) -> bool:
    """Does the phrase `head` name one company or private outlet ("a mining company", "airline Mahan
    Air"), not one its state owns ("state television")? A plural names a sector of the state's
    economy ("sanctions on Russian banks"), which stands for the state."""
    nouns = [head] + [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return any(n.lemma_.lower() in COMPANY_NOUNS and n.tag_ == "NN" and not any(
        c.lower_ in STATE_OWNED for c in n.children if c.dep_ in ("amod", "compound", "nmod")) for n in nouns)


# Sectors of organisations.tsv whose bodies trade and report, not NGOs, whose relief work news tells as aid.
COMMERCIAL_SECTORS = frozenset({"BUS", "MED"})
# Heads that make a phrase a news outlet ("the newspaper", "a local broadcaster") beside COMPANY_NOUNS.
NEWS_NOUNS = frozenset({"newspaper", "broadcaster", "outlet", "magazine", "channel", "website", "publisher"})


def private_body(p: Participant, doc: Doc) -> bool:
    """Is this participant a company or a news outlet: one organisations.tsv lists as such (the
    event stage sees them as bare names: `accord.actors.bare_private_bodies`), or a phrase whose head
    or whose noun in apposition says so ("the Boeing airframe company", "Acme, a drone maker")?"""
    if p.actor is None and p.text and (known := _private_name(p.text)) is not None:
        return known
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    around = [root] + [c for c in root.children if c.dep_ == "appos"] + \
        ([root.head] if root.dep_ in ("compound", "appos") else [])
    return any(company(h) or (h.lemma_.lower() in NEWS_NOUNS and h.tag_ == "NN") for h in around)


@lru_cache(maxsize=4096)
def _private_name(text: str) -> bool | None:
    """Whether a name the gazetteer knows is a company or a news outlet; None if it is unknown."""
    actor = find_actor(text)
    return None if actor is None else actor.kind == "organisation" and actor.sector in COMMERCIAL_SECTORS


def is_political(p: Participant, mention: Mention | None, doc: Doc) -> bool:
    """Is this participant a political actor? Private people (sector CVL, or a nationality word on a
    person: "a Belgian man") and unknown people with no office are not; states, IGOs, office-holders,
    government bodies and armed groups are."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is not None and (titled(span) or _named_group(span)):
        return True  # what the text says the name is outweighs the actors stage's guess of a private person
    sectors = set(mention.sectors) if mention is not None else set()
    if sectors and not sectors & POLITICAL_SECTORS:
        return False
    if span is not None and span.root.dep_ in ("amod", "compound", "nmod", "poss") and \
            (span.root.head.lemma_.lower() in PRIVATE_PEOPLE or company(span.root.head)):
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
    heads = [span.root] + ([span.root.head] if span.root.dep_ in ("amod", "compound", "nmod", "appos") else [])
    return any((h.lemma_.lower() in POLITICAL_HEADS or h.lower_ in POLITICAL_HEADS) and not _private_guard(h) or
               (h.lemma_.lower() in BODY_WORDS and h.text[:1].isupper()) for h in heads)


def _private_guard(head: Token) -> bool:
    return head.lemma_.lower() == "guard" and any(c.dep_ in ("compound", "amod") and c.lower_ in PRIVATE_GUARDS
                                                  for c in head.children)


def _named_group(span: Span) -> bool:
    """A name the text calls an armed or political group ("the separatist group Iron Dawn",
    "Iron Dawn, a rebel movement")."""
    root = span.root
    around = [root] + [c for c in root.children if c.dep_ in ("compound", "appos")] + \
        ([root.head] if root.dep_ in ("appos", "compound") else [])
    return any(_political_group(t) for t in around)


def _political_group(tok: Token) -> bool:
    """ "the separatist group", "an armed movement": a group an adjective makes political."""
    return tok.lower_ in GROUP_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ in POLITICAL_GROUP_ADJ
                                             for c in tok.children)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Every office title, one word or several, of political sector (titles.tsv and TITLE_WORDS)."""
    listed = {phrase for phrase, (_title, sector) in load_gazetteer().titles.items() if sector in POLITICAL_SECTORS}
    return frozenset(listed | TITLE_WORDS)


def titled(span: Span) -> bool:
    """Does an office title describe the person a name names: before it in its noun phrase
    ("Gloversville Mayor Ana Ruiz", "U.S. Sen. Ruiz"), in an appositive ("Ruiz, the governor",
    "the governor, Ana Ruiz") or in a relative clause ("Ruiz, who was the envoy")? Only names:
    "the mayor's wife" is not the mayor."""
    root = span.root
    titles = _titles()
    if root.pos_ in ("PROPN", "PRON") and _office_taken(root, titles):
        return True
    if root.pos_ != "PROPN":
        return False
    words = [t.lower_ for t in root.doc[root.left_edge.i:root.i] if t.dep_ in ("compound", "amod", "nmod", "punct")
             or t.pos_ == "PROPN" or t.lower_ in titles]
    phrases = [root.doc[c.left_edge.i:c.i + 1] for c in root.children if c.dep_ == "appos"]
    # "McGurk, who was Trump's special envoy": the title of a relative clause with "be"
    phrases += [root.doc[a.left_edge.i:a.i + 1] for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
                for a in c.children if a.dep_ == "attr"]
    if root.dep_ == "appos":
        phrases.append(root.doc[root.head.left_edge.i:root.head.i + 1])
    words += [t.lower_ for ph in phrases for t in ph]
    return _has_title(words, titles)


def _has_title(words: list[str], titles: frozenset[str]) -> bool:
    return any(" ".join(words[i:i + n]) in titles for n in (1, 2, 3) for i in range(len(words)))


# Verbs whose "as" phrase names an office their subject holds, takes or leaves ("resigned as
# governor of ...", "was sworn in as prime minister", "served as foreign minister").
OFFICE_VERBS = frozenset("""resign step quit retire serve remain continue stay sworn swear elect appoint name
install reinstate inaugurate take return succeed replace""".split())


def _office_taken(root: Token, titles: frozenset[str]) -> bool:
    """Does the clause say that the person a name or pronoun names holds, takes or leaves an office:
    "Ana Ruiz resigned as governor of the province", "he was sworn in as prime minister"? Who leaves
    an office held it (docs/actors.md: a person a title describes is political)."""
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OFFICE_VERBS and verb.lower_ not in OFFICE_VERBS:
        return False
    offices = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    offices += [g for c in verb.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep" and p.lower_ == "as"
                for g in p.children if g.dep_ == "pobj"]  # "sworn in as"
    return any(_has_title([t.lower_ for t in root.doc[o.left_edge.i:o.i + 1] if t.dep_ != "poss"], titles)
               for o in offices)
