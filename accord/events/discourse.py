"""Roles the whole article settles and a sentence alone does not (docs/events.md, "Discourse").

An article about one state's domestic politics (its government, parliament, courts, parties,
police and protesters) codes an act of that state's actors with no other party as aimed at the
state itself, X -> X (docs/annotation.md, section 4, "Domestic events"): "Barr and Ross refused
to hand over the documents" in a story of a congressional subpoena, "the president did not
concede" in a story of an election dispute. The sentence often names no target because the other
party was named sentences before or is the state's politics as a whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Doc, Span, Token

from ..actors.gazetteer import load_gazetteer
from ..actors.setting import TOPIC_MENTIONS, TOPIC_SHARE, setting_state
from ..actors.setting import topic_state as setting_topic_state
from ..model import Event, Mention, Participant
from .lexicon import load_lexicon
from .political import PRIVATE_PEOPLE, titled

# A story of two parties' dealings: the two states or organisations it names most make up at
# least this share of its mentions of them (and neither is the one state of a domestic story).
PAIR_SHARE = 0.7
# Acts that stay without a party when none is named: a state moving its own forces (MOBILIZE;
# "troops were put on alert") and help to its own citizens (not coded, docs/annotation.md).
UNDIRECTED = frozenset({"MOBILIZE", "AID"})
# Heads of a phrase naming a body or office of a state ("Congress", "the senate", "a federal judge",
# "protesters"); not armed groups, whose members the guidelines code apart from the state, nor
# diplomats, who in a story of one state's politics are often another's.
STATE_HEADS = frozenset("""government administration cabinet ministry minister ministers official officials
authority authorities parliament lawmaker lawmakers legislator legislators legislature congress senate senator
senators house assembly court courts judge judges jury juries prosecutor prosecutors police policeman policemen army military
president premier chancellor governor mayor council commission opposition party parties protester protesters demonstrator
demonstrators""".split())
# Bodies that act where the story happens (docs/annotation.md, "Attribution sources": public bodies named
# only by their function serve the state the story is set in): police, courts, juries, prosecutors.
HOME_HEADS = frozenset("""court courts judge judges jury juries prosecutor prosecutors police policeman policemen""".split())
# People the guidelines code apart from the state they are in: who attacked, or is held for an attack
# (docs/annotation.md, section 4: armed groups and their members are null).
PERPETRATOR_HEADS = frozenset("""suspect suspects attacker attackers assailant assailants gunman gunmen perpetrator
perpetrators bomber bombers militant militants terrorist terrorists hijacker hijackers kidnapper kidnappers""".split())
# Mentions that write a state's name ("Kenya", "Kenyan", "Nairobi"), not one of its bodies or people.
NAMING = frozenset({"gazetteer", "metonym"})


def party_of(actor: str | None, country_of: Mapping[str, str]) -> str | None:
    """The state or international organisation an actor id stands for (a person or body for its
    state, an IGO's agency for the IGO); None for groups, companies and unknown names."""
    if not actor:
        return None
    actors = load_gazetteer().actors
    found = actors.get(actor)
    if found is None:
        code = country_of.get(actor)  # a person the actors stage placed ("Nepalese Prime Minister ...")
        found = actors.get(code) if code else None
    elif found.kind not in ("state", "igo"):
        found = actors.get(found.country or "") if found.kind == "person" else None
    if found is None or found.kind not in ("state", "igo"):
        return None
    return found.country or found.id


def _counts(mentions: Iterable[Mention], country_of: Mapping[str, str], states_only: bool) -> Counter[str]:
    actors = load_gazetteer().actors
    return Counter(code for m in mentions if not repeats(m) and (code := party_of(m.actor, country_of)) is not None
                   and (not states_only or actors[code].kind == "state"))


def repeats(m: Mention) -> bool:
    """Does the mention refer back to an actor already named without naming it again: a surname
    after the full name, or a state's pronoun or short noun ("its", "the House" after "the House of
    Representatives")? A story is no more about a state for repeating it; a person's short name
    ("Trump") still counts for the person's state, as news names people by it."""
    return m.method == "surname" or m.method == "coref" and m.actor is not None and \
        getattr(load_gazetteer().actors.get(m.actor), "kind", None) == "state"


def topic_state(mentions: Iterable[Mention], country_of: Mapping[str, str]) -> str | None:
    """The one state the article is about alone (`setting.topic_state`), counting its mentions of
    states, of their people and of their bodies."""
    return setting_topic_state(_counts(mentions, country_of, states_only=True))


def story_pair(mentions: Iterable[Mention], country_of: Mapping[str, str]) -> tuple[str, str] | None:
    """The two parties a story of their dealings is about, when it is one (`PAIR_SHARE`)."""
    counts = _counts(mentions, country_of, states_only=False)
    total = sum(counts.values())
    if total < TOPIC_MENTIONS or len(counts) < 2:
        return None
    (first, n1), (second, n2) = counts.most_common(2)
    if n1 >= TOPIC_SHARE * total or n1 + n2 < PAIR_SHARE * total:
        return None
    return first, second


def _others(mentions: list[Mention], state: str, country_of: Mapping[str, str]) -> dict[int, set[str]]:
    """Sentence index -> the states and organisations other than `state` that it names."""
    others: dict[int, set[str]] = {}
    for m in mentions:
        if (code := party_of(m.actor, country_of)) is not None and code != state:
            others.setdefault(m.sentence, set()).add(code)
    return others


def state_body(p: Participant, doc: Doc) -> bool:
    """Does an unresolved participant name a body or an office-holder of a state: a political
    head noun ("Congress", "a federal judge") or a name with its office ("Judge Ana Ruiz", "Ruiz,
    the special envoy")?"""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None:
        return False
    return span.root.lemma_.lower() in STATE_HEADS or span.root.lower_ in STATE_HEADS or titled(span)


def topic_parties(events: list[Event], doc: Doc, mentions: list[Mention], country_of: Mapping[str, str]) -> None:
    """In an article about one state, the bodies and office-holders it names without their state
    ("Congress", "a federal judge", "Judge Ana Ruiz"), and the private people its acts are aimed
    at ("police detained 40 people", "a former aide was convicted"), in a sentence that names no
    other state or organisation, are that state's (docs/annotation.md, section 4: people located in
    a country take its code). Who attacked, or is held for an attack, stays apart."""
    state = topic_state(mentions, country_of)
    if state is not None:
        _locate(events, doc, state, _others(mentions, state, country_of), state_body, named=True)


def home_bodies(events: list[Event], doc: Doc, mentions: list[Mention], country_of: Mapping[str, str]) -> None:
    """A court, a jury, prosecutors or police the text ties to no state ("a jury convicted Ana Ruiz",
    "a grand jury indicted him") serve the state the story is set in (`setting.setting_state`), and
    the private people an act is aimed at there ("police detained eight people", "arrested a
    local man"; not a name, which may be a visitor's) are located in it (docs/annotation.md,
    section 4), in a sentence that names no other state or organisation; the article need not be
    about that state alone, as `topic_parties` asks of other bodies. Who attacked, or is held for an attack, stays apart."""
    home = setting_state(doc)
    if home is not None:
        _locate(events, doc, home, _others(mentions, home, country_of), _home_body, named=False)


def _locate(events: list[Event], doc: Doc, state: str, others: Mapping[int, set[str]],
            body: Callable[[Participant, Doc], bool], named: bool) -> None:
    """Give `state` to the unresolved participants that are one of its bodies (`body`), or private
    people an act is aimed at (`_private`), outside the sentences in `others`. The article's attackers
    are looked for only when an unresolved target needs them."""
    attackers: set[str] | None = None

    def private(p: Participant) -> bool:
        nonlocal attackers
        if attackers is None:
            attackers = _attackers(doc)
        return _private(p, doc, attackers, named)

    for e in events:
        if e.sentence.index in others:
            continue
        for side in (e.source, e.target):
            side[:] = [Participant(state, p.text, p.start, p.end) if p.actor is None and (
                body(p, doc) or side is e.target and private(p)) else p for p in side]


def _home_body(p: Participant, doc: Doc) -> bool:
    span = doc.char_span(p.start, p.end, alignment_mode="expand")
    return span is not None and (span.root.lemma_.lower() in HOME_HEADS or span.root.lower_ in HOME_HEADS)


def _attackers(doc: Doc) -> set[str]:
    """The names the article has attacking ("Ali Khan stabbed two guards": "khan"), whether or not
    the attack was coded (a private person's attack is not)."""
    verbs = load_lexicon().verbs
    return {c.lower_ for t in doc if t.pos_ == "VERB" and any(e.type == "ASSAULT" for e in verbs.get(t.lemma_.lower(), ())[:1])
            for c in t.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"}


def _private(p: Participant, doc: Doc, attackers: set[str], named: bool = True) -> bool:
    """Does an unresolved participant name private people ("40 people", "a Cheltenham man", or with
    `named` "Ana Ruiz") who are not among the article's attackers or the suspects of an attack?"""
    span: Span | None = doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or p.text.split()[-1].lower() in attackers:
        return False
    root = span.root
    if root.lemma_.lower() in PERPETRATOR_HEADS or root.lower_ in PERPETRATOR_HEADS:
        return False
    return root.lemma_.lower() in PRIVATE_PEOPLE or (named and root.pos_ == "PROPN" and root.ent_type_ == "PERSON")


def domestic_targets(events: list[Event], mentions: list[Mention], country_of: Mapping[str, str]) -> None:
    """In an article about one state, an act of that state's actors with no target, in a sentence
    that names no other state or organisation, is aimed at the state itself (X -> X). The target
    points at the state's name where the article last gives it before the act, outside the source
    itself, else where it first gives it."""
    state = topic_state(mentions, country_of)
    if state is None:
        return
    others = _others(mentions, state, country_of)
    own = sorted((m for m in mentions if m.actor == state), key=lambda m: m.start)
    named = [m for m in own if m.method in NAMING] or own  # "Kenya", not "the ministry"
    for e in events:
        if e.target or e.reciprocal or e.type in UNDIRECTED or e.sentence.index in others or not e.source:
            continue
        if {party_of(p.actor, country_of) for p in e.source} != {state}:
            continue
        apart = [m for m in named if not any(p.start < m.end and m.start < p.end for p in e.source)]
        before = [m for m in apart if m.start < e.trigger.start]
        if apart:
            m = before[-1] if before else apart[0]
            e.target = [Participant(actor=state, text=m.text, start=m.start, end=m.end)]


def _named_before(mentions: list[Mention], code: str, e: Event) -> Participant | None:
    """Where the article names `code` last before the act, outside its source, else first."""
    own = sorted((m for m in mentions if m.actor == code), key=lambda m: m.start)
    named = [m for m in own if m.method in NAMING] or own
    apart = [m for m in named if not any(p.start < m.end and m.start < p.end for p in e.source)]
    before = [m for m in apart if m.start < e.trigger.start]
    m = before[-1] if before else apart[0] if apart else None
    return Participant(actor=code, text=m.text, start=m.start, end=m.end) if m is not None else None


def counterpart_targets(events: list[Event], mentions: list[Mention], country_of: Mapping[str, str]) -> None:
    """In a story of two parties' dealings, an act of one of them with no target, in a sentence that
    names no third party, is aimed at the other ("India would not tolerate neighbours who ...",
    said in a story of India and Pakistan; "Washington would ease restrictions on travel", in one of
    the United States and Cuba)."""
    pair = story_pair(mentions, country_of)
    if pair is None:
        return
    third: set[int] = {m.sentence for m in mentions if (code := party_of(m.actor, country_of)) and code not in pair}
    for e in events:
        if e.target or e.reciprocal or e.sentence.index in third:
            continue
        doers = {party_of(p.actor, country_of) for p in e.source} - {None}
        if len(doers) != 1 or not doers <= set(pair):
            continue
        other = pair[1] if pair[0] in doers else pair[0]
        if (found := _named_before(mentions, other, e)) is not None:
            e.target = [found]


# Reactions: acts that judge another party's act, whose target is the party that did it
# (docs/annotation.md, section 11: opposing another party's act is ACCUSE at that party).
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
# Nouns by which a reaction names, with a definite article, the act it answers ("criticised the
# move", "welcomed the decision", "opposed the withdrawal") without saying whose it was.
ACT_NOUNS = frozenset("""move decision step action measure announcement plan withdrawal proclamation declaration
order policy""".split())
DEFINITE = frozenset({"the", "this", "that"})


def reaction_targets(events: list[Event], doc: Doc, country_of: Mapping[str, str]) -> None:
    """A reaction with no target that names the act it answers by a definite noun alone ("the
    United Nations criticised the move") answers the news the article leads with: its target is
    whoever did the article's first act with a state or an organisation as its source. A news story
    states its main act first and reports reactions to it after; "the move" names that act as a
    known one without repeating who did it."""
    ordered = sorted(events, key=lambda e: e.trigger.start)
    lead = next((e for e in ordered if any(party_of(p.actor, country_of) for p in e.source)), None)
    if lead is None:
        return
    doers = [p for p in lead.source if party_of(p.actor, country_of)]
    for e in ordered:
        if e.type not in REACTIONS or e.target or e.trigger.start <= lead.trigger.start or e.reciprocal:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is not None and any(_names_an_act(t) for t in span) and \
                {p.actor for p in e.source} != {p.actor for p in doers}:
            e.target = list(doers)


def _names_an_act(trigger: Token) -> bool:
    """Is the trigger's object a definite act noun that says nothing of whose act it is ("the move",
    not "Iran's move" or "the move by Iran")?"""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("to", "against")
                for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in ACT_NOUNS and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children)
               and not any(c.dep_ in ("poss", "prep", "acl", "relcl", "compound", "amod") for c in o.children)
               for o in objects)
