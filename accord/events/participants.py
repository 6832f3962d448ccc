"""Participants: the actor mentions inside the noun phrases that fill an event's roles."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..actors.gazetteer import load_gazetteer
from ..actors.places import lookup, region_named
from ..model import Mention, Participant
from .political import PRIVATE_PEOPLE, company
from .triggers import agent_of, authors, circumstance, is_passive

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
crowd mob terrorist jihadist separatist faction camp side power colleague counterpart junta guard
tribe tribesman clan clansman donor jury
""".split())
# Organised non-state groups: where they are does not make them that state (gold writes null).
NON_STATE_NOUNS = frozenset("""rebel militant insurgent gunman fighter protester demonstrator jihadist terrorist
separatist guerrilla militia group company firm faction organisation organization party""".split())
# Places and buildings: "in X" tells whose they are ("villages in Vanuatu", "the dam in southern Ukraine").
PLACE_NOUNS = frozenset("""village town city district area region province site dam plant facility embassy
consulate base border camp school hospital building port airport road territory home house neighbourhood
neighborhood capital target position installation""".split())
# Named entities that are never participants: a date, a time, an amount ("on Friday", "$10 billion").
NOT_AGENT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


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
        seen: dict[tuple[int, int, str | None], Mention] = {}
        for tok in tokens:
            for m in self.by_token.get(tok.i, ()):  # "the three countries" is one mention per state
                seen.setdefault((m.start, m.end, m.actor), m)
        return sorted(seen.values(), key=lambda m: m.start)

    def covers(self, tok: Token) -> bool:
        return tok.i in self.by_token


# Participles that name an owner or user, who stands for the thing as a possessor does ("oil
# facilities belonging to Saudi Arabia's Aramco", "a ship operated by the Iranian navy", "bases used
# by the militia").
OWNING = frozenset({"belong", "own", "operate", "run", "use"})


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without its conjuncts, clauses and
    prepositional phrases other than "of"/"from" ("the president of the Commission")."""
    return [t for tier in np_tiers(head)[:4] for t in tier]


def np_tiers(head: Token) -> list[list[Token]]:
    """The noun phrase's tokens in order of how directly they name its referent: the head and
    its name parts; then modifiers ("Chinese counterpart"); then "of/from" phrases ("leaders
    of Egypt, Jordan and Iraq"); then possessors ("his counterpart")."""
    name = [head] + [c for c in head.children if c.dep_ in ("flat", "appos") or
                     (c.dep_ == "compound" and c.pos_ == "PROPN")]
    name += [cj for c in head.children if c.dep_ == "appos" for cj in c.conjuncts]  # "A, B, C and D" mis-parsed
    mods: list[Token] = [t for c in name[1:] for t in c.subtree if t not in name]  # "Iranian [General] X"
    for c in head.children:
        if c.dep_ in ("amod", "nmod", "compound", "npadvmod", "nummod") and c not in name:
            mods.extend(t for t in c.subtree if t.dep_ != "cc")
    poss = [t for c in head.children if c.dep_ == "poss" for t in c.subtree]
    # a possessor names whose a thing is; a "from" phrase beside it, where its goods come from ("Trump's
    # duties on goods from the two neighbours"), not who people are ("its ambassador from Togo")
    origin = bool(poss) and head.lemma_.lower() not in AGENT_NOUNS
    ofs = [t for c in head.children if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "from" and not origin))
           for obj in c.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts) for t in np_tokens(o)]
    if _related(head):  # "his critics", "critics of the president": not who they are tied to
        ofs, poss = [], []
    if company(head):  # "Iranian airline Mahan Air": the company, not its country
        mods = []
    poss += [t for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in OWNING  # "facilities owned by X"
             for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "by")
             for obj in p.children if obj.dep_ == "pobj" for t in np_tokens(obj)]
    locs: list[Token] = []  # "prosecutors in Buenos Aires", "the dam in southern Ukraine", "villages in Vanuatu"
    lemma = head.lemma_.lower()
    if lemma in PLACE_NOUNS or (lemma in AGENT_NOUNS | TARGET_NOUNS and lemma not in NON_STATE_NOUNS):
        locs = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "inside", "across")
                for obj in c.children if obj.dep_ == "pobj" for o in (obj, *obj.conjuncts) for t in np_tokens(o)]
    return [name, mods, ofs, poss, locs]


# People named by their tie to someone else ("his critics", "the minister's lawyers", "Russia's
# allies", "her counterpart"): the possessor names who they are tied to, not who they are.
RELATION_NOUNS = frozenset("""critic opponent rival associate supporter follower ally friend family relative
lawyer counterpart victim accuser""".split())


def _related(head: Token) -> bool:
    return head.pos_ == "NOUN" and head.lemma_.lower() in RELATION_NOUNS


def _participant(m: Mention) -> Participant:
    return Participant(actor=m.actor or _place_country(m.text), text=m.text, start=m.start, end=m.end)


def _place_country(name: str) -> str | None:
    """A capitalised place name left unresolved by the linker stands for its country: the host of
    a visit ("visit Washington"), the country attacked ("shelled districts of Kharkiv"), also a
    state or province ("sent a team to Alabama", "villages in Zamfara State")."""
    if not name[:1].isupper():
        return None
    location = lookup(name)
    return location.country if location else region_named(name)


def _unresolved(head: Token) -> Participant | None:
    if head.ent_type_ in NOT_AGENT_ENTS:
        return None
    if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.lemma_.lower() in AGENT_NOUNS) or _related(head) \
            or company(head):
        left = min(t.i for t in head.subtree if t.dep_ in NP_DEPS or t is head)
        left = max(left, head.left_edge.i)
        span = head.doc[left:head.i + 1]
        while len(span) > 1 and span[0].dep_ in ("det", "punct", "case"):
            span = span[1:]
        actor = _place_country(span.text) or (_place_country(head.text) if head.pos_ == "PROPN" else None)
        return Participant(actor=actor, text=span.text, start=span.start_char, end=span.end_char)
    return None


# What else an act is aimed at, beside people (AGENT_NOUNS) and places (PLACE_NOUNS): premises,
# vehicles, the people held or harmed ("stormed a police headquarters", "detained several suspects").
TARGET_NOUNS = frozenset("""suspect supporter member journalist reporter child woman man victim prisoner detainee
hostage captive inmate candidate critic dissident pastor priest cleric monk bishop officer guard farmer
headquarters building mosque church temple office station court parliament ministry market
enclave stronghold bastion outpost checkpoint convoy vehicle bus car ambulance ship vessel boat tanker plane
aircraft jet helicopter drone train household community family population bank executive supplier provider
institution university newspaper broadcaster network channel citizen national foreigner tourist
driver trucker teacher lecturer doctor nurse miner fisherman sailor seafarer crew pilot lawyer employee staff trader
villager pilgrim worshipper voter opponent defector deserter smuggler trafficker kidnapper hijacker attacker
assailant perpetrator volunteer individual youth""".split())
# Quantities whose "of" phrase names who is meant ("dozens of demonstrators", "a group of activists").
HOW_MANY = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                      "score", "scores", "tens", "number", "group", "handful", "several", "some", "many", "most",
                      "all"})


def counted(head: Token) -> Token:
    """The noun a quantity's "of" phrase names ("dozens of demonstrators": demonstrators), else `head`."""
    if head.lemma_.lower() in HOW_MANY or head.like_num:
        return next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), head)
    return head


def object_participant(head: Token) -> Participant | None:
    """The phrase an act is aimed at when it names no known actor ("detained several suspects",
    "stormed a regional police headquarters", "detained dozens of demonstrators"): an unresolved
    target, as analysts mark it. Only phrases for people, groups, places, premises and vehicles;
    not an amount, a date, a pronoun (coreference names those) or a thing ("lifted the curfew")."""
    noun = counted(head)
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in NOT_AGENT_ENTS or not (
            noun.pos_ == "PROPN" or lemma in AGENT_NOUNS or lemma in PLACE_NOUNS or lemma in TARGET_NOUNS
            or lemma in PRIVATE_PEOPLE):
        return None
    left = head.left_edge.i
    while left < noun.i and head.doc[left].dep_ in ("det", "punct", "case", "cc", "predet"):
        left += 1
    span = head.doc[left:noun.i + 1]
    return Participant(actor=None, text=span.text, start=span.start_char, end=span.end_char)


# Nouns of what a party says or asks for, whose "of" phrase names who said or asked it when it
# names people ("the demands of the truck drivers", "the proposal of the commission"); the "of"
# phrase of an act names what is acted on ("the expulsion of diplomats"), that of a charge its
# content ("charges of corruption").
CLAIMS = frozenset({"demand", "request", "call", "appeal", "plea", "proposal", "offer", "ultimatum", "complaint",
                    "accusation", "allegation", "charge", "claim", "criticism", "suggestion"})


def author_phrases(noun: Token) -> list[Token]:
    """The heads of the phrases naming who made what an act answers or judges: `authors`, and
    for a claim the "of" phrase that names people or groups ("accepted the demands of the
    workers") or the "by" phrase the parser hung on the active verb ("denied charges by the
    opposition")."""
    found = authors(noun)
    if noun.lemma_.lower() in CLAIMS:
        found += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.lemma_.lower() in AGENT_NOUNS)]
        verb = noun.head
        if not found and noun.dep_ == "dobj" and not is_passive(verb):
            found = [o for o in agent_of(verb) if o.i > noun.i]
    return found


def phrase_participants(head: Token, index: MentionIndex) -> list[Participant]:
    """The participants named by the phrase `head` and its conjuncts ("Canada and the EU")."""
    out: list[Participant] = []
    group = (head, *head.conjuncts)
    for tok in group:
        if len(group) > 1 and head.dep_ in ("nsubj", "nsubjpass") and _attribute_noun(tok):
            continue  # "America's role ..., Canada and the EU are enhancing": the role acts not
        token_tiers = np_tiers(tok)
        tiers = [index.at(tier) for tier in token_tiers]
        best = next((t for t in tiers if any(m.actor or _place_country(m.text) for m in t)), None) or \
            next((t for t in tiers[:4] if t), None)
        if best:
            out.extend(_participant(m) for m in best)
        elif (p := _unresolved(tok)) is not None and p.actor:
            out.append(p)

        elif (place := _place_in(token_tiers)) is not None:
            out.append(place)
        elif p is not None:
            out.append(p)
    return dedupe(out)


# A state's own bodies and leaders, which a possessive pronoun ties to the state it refers to ("Chinese
# citizens criticised their government", "Peru says its army ...").
OWN_BODIES = frozenset("""government administration regime authority leader leadership president premier
parliament congress army military police ministry minister court""".split())
POSSESSIVE_PRONOUNS = frozenset({"their", "its", "his", "her", "our"})


def owned(parts: list[Participant], doc: Doc, index: MentionIndex) -> list[Participant]:
    """Unresolved participants that name a state's body by a possessive pronoun ("their
    government"), as the state the pronoun refers to (`_owner_state`), once each."""
    out = []
    for p in parts:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if p.actor is None else None
        owner = _owner_state(span.root, index) if span is not None else None
        out.append(Participant(actor=owner, text=p.text, start=p.start, end=p.end) if owner else p)
    known = {(p.start, p.end) for p in out if p.actor}
    return dedupe([p for p in out if p.actor or (p.start, p.end) not in known])


def _owner_state(head: Token, index: MentionIndex) -> str | None:
    """The state a possessive pronoun on a state's body refers to: the one state the subject of its
    clause names ("Iranian students denounced their government" -> IRN; docs/annotation.md: a
    possessive "their government" is the possessor's state), None when the subject names none or
    several, or the body is inside the subject itself."""
    if head.lemma_.lower() not in OWN_BODIES or not any(
            c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in head.children):
        return None
    clause = head
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and clause.head is not clause:
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or head in subject.subtree:
        return None
    actors = load_gazetteer().actors
    states = {m.actor for tier in np_tiers(subject)[:2] for m in index.at(tier)
              if m.actor in actors and actors[m.actor].kind == "state"}
    return states.pop() if len(states) == 1 else None


# Abstract nouns for what an actor has, which cannot act: in "America's role ..., Canada and the EU
# are enhancing" (a common mis-parse) the possessor of "role" is no party of the event.
ATTRIBUTE_NOUNS = frozenset({"role", "economy", "decision", "policy", "relationship", "relation", "tie",
                             "interest", "future", "position", "stance", "influence", "security",
                             "commitment", "reputation", "image", "standing", "credibility", "approach"})


def _attribute_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ATTRIBUTE_NOUNS


def _place_in(tiers: list[list[Token]]) -> Participant | None:
    """A place named in the phrase ("residential districts of Kharkiv"), standing for its country."""
    for tier in tiers[1:]:
        for tok in tier:
            if tok.pos_ == "PROPN" and (tok.dep_ not in ("compound", "flat") or tok.head not in tier):
                span = tok.doc[min(t.i for t in tok.subtree if t.pos_ == "PROPN" or t is tok):tok.i + 1]
                country = _place_country(span.text) or _place_country(tok.text)
                if country:
                    return Participant(actor=country, text=span.text, start=span.start_char, end=span.end_char)
    return None


def deep_participants(head: Token, index: MentionIndex, preps: frozenset[str], limit: int = 5) -> list[Participant]:
    """Participants in prepositional phrases below `head` (depth <= `limit`): "threats of military
    action against Iran" -> Iran. Used when a role's own phrase names no actor."""
    frontier = [head]
    for _ in range(limit):
        nxt = []
        for tok in frontier:
            for child in tok.children:
                if child.dep_ in ("relcl", "advcl", "ccomp", "punct", "cc", "conj"):
                    continue
                if child.dep_ == "prep" and circumstance(child):
                    continue
                if child.dep_ == "prep" and child.lower_ in preps:
                    found = [p for obj in child.children if obj.dep_ == "pobj"
                             for p in phrase_participants(obj, index) if p.actor]
                    if found:
                        return found
                nxt.append(child)
        frontier = nxt
    return []


def resolved_first(parts: list[Participant], heads: Iterable[Token] = ()) -> list[Participant]:
    """A role that names a known actor drops its unresolved phrases, but not those coordinated with
    a known actor's phrase among `heads` ("both the council and the government", "sanctions on
    Maduro, Rodriguez and Cabello"): each conjunct is a party of its own (docs/annotation.md,
    coordinated subjects)."""
    known = [p for p in parts if p.actor]
    if not known:
        return parts
    spans = [[(t.left_edge.idx, t.idx + len(t)) for t in (h, *h.conjuncts)] for h in heads if h.conjuncts]

    def conjunct(p: Participant) -> int | None:
        return next((i for group in spans for i, (a, b) in enumerate(group) if a <= p.start and p.end <= b), None)

    def coordinated(p: Participant) -> bool:
        mine = conjunct(p)
        return mine is not None and any(conjunct(k) not in (None, mine) for k in known)

    return [p for p in parts if p.actor or coordinated(p)]


def dedupe(parts: list[Participant]) -> list[Participant]:
    """One participant per actor (or per text, for unresolved ones), in order."""
    seen, out = set(), []
    for p in parts:
        key = p.actor or ("?", p.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
