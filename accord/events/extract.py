"""From matched triggers to Events: participants, status, date, location, contexts, scores,
confidence; then merging of the same event stated twice in an article."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cached_property
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..actors.gazetteer import load_gazetteer
from ..actors.places import LOCATIVE_PREPS, locative_places, place_of, region_country
from ..actors.sectors import sector_at
from ..clean import is_headline
from ..dates import DateMention, find_dates
from ..model import Actor, DatePrecision, Event, Location, Mention, Participant, Quote, SentenceRef, Status, TextSpan
from .confidence import Features, confidence, raw_score
from .discourse import (
    NAMING,
    counterpart_targets,
    domestic_targets,
    home_bodies,
    party_of,
    reaction_targets,
    topic_parties,
    topic_state,
)
from .judgements import (
    ALLEGE,
    EVENTS,
    POINTING,
    RELATIVE,
    SELF,
    Judgement,
    act_noun,
    epithet_bearer,
    judgeable,
    judgements_in,
    load_judgements,
    owners,
)
from .lexicon import Entry, Lexicon, context_cues, load_lexicon
from .ontology import Ontology, load_ontology
from .participants import (
    AGENT_NOUNS,
    PLACE_NOUNS,
    TARGET_NOUNS,
    MentionIndex,
    author_phrases,
    counted,
    dedupe,
    deep_participants,
    np_tokens,
    object_participant,
    owned,
    phrase_participants,
    resolved_first,
)
from .political import GROUP_NOUNS, POLITICAL_HEADS, PRIVATE_PEOPLE, is_political, private_body
from .status import Clause, according_to, read_clause, subordinate
from .tributes import is_tribute, reported_dead
from .triggers import (
    CONTAINERS,
    DOCUMENTS,
    HELD_PEOPLE,
    LAWS,
    NOUN_TARGET_PREPS,
    RETURNED_PROPERTY,
    TARGET_PREPS,
    TOPIC_PREPS,
    Candidate,
    circumstance,
    for_clause,
    is_passive,
    measured,
    objects_of,
    personal_owner,
    prep_objects,
    returned_to,
    sentence_candidates,
    stopped_act,
    topical,
)

EXTRACTOR_VERSION = "events/1"
ABSORBERS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT", "ACCUSE"})  # "accused X of ...": no 2nd event
INTENT_TYPES = {"CONSULT": "036", "COOPERATE": "031", "AID": "033", "SUPPORT": "032"}  # future -> AGREE
# The AGREE mode of an offered, promised or stated-willing act of a cooperative type (modes.tsv).
PROMISED_MODES = {t: t.lower() for t in ("CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT")}
THREAT_MODES = {"SANCTION": "restrict", "COERCE": "restrict", "ASSAULT": "violence", "MOBILIZE": "violence"}
REQUEST_MODES = {"CONSULT": "meet", "AGREE": "meet", "RETREAT": "yield", "CONCEDE": "yield", "AID": "assist",
                 "COOPERATE": "assist"}
# A cooperative act its own source declares it will not do -> REJECT, with the CAMEO code of the refusal.
REFUSALS = {"AGREE": "120", "SUPPORT": "120", "CONSULT": "125", "COOPERATE": "121", "AID": "122", "CONCEDE": "124",
            "RETREAT": "124"}
MIN_CONFIDENCE = 0.15
JUDGEMENT_PRIOR = 0.6  # a judgement said of an act (judgements.py), as "called X a disgrace" in lexicon.tsv
# Modes of going somewhere or leaving it: a private party's trip or departure is its own affair, whatever
# the state it goes to or leaves ("a man travelled to Syria", "the retailer is leaving Poland").
PRIVATE_MOVES = frozenset({"visit", "withdraw"})
FIRST_PERSON = frozenset({"i", "we"})  # a quoted speaker's own acts
CROWDS = frozenset({"protester", "demonstrator", "rioter", "crowd", "mob"})  # violence of a protest
COURTS = frozenset({"court", "judge", "justice", "tribunal", "magistrate"})
# A party's actions at law that a court rules on.
LEGAL_ACTIONS = frozenset({"lawsuit", "suit", "case", "appeal", "petition", "challenge", "complaint", "motion",
                           "claim"})
ASSASSINATION = "186"  # assassinations and executions: killings for political ends
ADMINISTRATIVE_SANCTIONS = "172"  # bans, restrictions, closures (not repression, 175, nor censorship, 1721)
SHOW_OF_FORCE, MILITARY_COOPERATION = "152", "062"  # military exercises; joint ones
WITH = frozenset({"with"})
# Modal verbs of obligation: what a speaker says another party must, should or ought to do it demands of it.
OBLIGING = frozenset({"must", "should", "ought"})
# Promises, made to others ("pledged funds", "offered assistance", "vowed support").
PROMISES = frozenset({"pledge", "promise", "vow", "offer"})
OFFERS = frozenset({"offer", "volunteer", "propose"})  # forces offered to a party help it
# Verbs of giving one's word: "would not" before them tells a refusal even in narrative, the past of
# "will not" ("Trump would not commit to a peaceful transfer of power", "the rebels would not agree to
# disarm"), where "would not" before other verbs may be only a forecast ("the deal meant Iran would not
# enrich uranium").
PLEDGING = frozenset({"commit", "agree", "accept", "promise", "pledge", "guarantee", "vow", "undertake"})
# CAMEO's appeals (02) ask for cooperation only; a request for material conflict (sanctions, force) is a demand (10).
DEMAND = "100"
# What a refusal to speak refuses ("declined to comment", "refused to elaborate"), or to judge ("declined
# to call the attack an invasion", "refused to condemn it"): no rejection of anything.
NO_COMMENT = frozenset({"comment", "elaborate", "confirm", "speculate", "disclose", "specify", "discuss", "say",
                        "call", "describe", "characterise", "characterize", "label", "condemn", "criticise",
                        "criticize", "blame", "name"})
# People with no group or office of their own, whom the place they are in describes (section 4).
CIVILIANS = frozenset("""people person civilian resident villager worshipper student pupil child woman man family
household inhabitant bystander pedestrian passenger shopper""".split())
# The public at large whom authorities warn, beside CIVILIANS.
THE_PUBLIC = frozenset("""public citizen countryman countrymen population local motorist driver commuter traveller
traveler tourist visitor consumer""".split())
# Acts done in a place rather than to a party, whose place is their target when no party is named.
PLACED_TYPES = frozenset({"CONCEDE", "RETREAT", "AID", "COERCE", "SANCTION", "AGREE", "MOBILIZE", "ASSAULT"})
# Object nouns that name no one an act is aimed at ("took part in the talks", "gave a speech").
NOT_TARGETS = frozenset("""part place effect action step measure speech statement remark comment way time""".split())
# Participles saying whom something is meant for ("aid earmarked for Ukraine", "funds slated for Gaza");
# matched by lemma or by the participle less its "d" (the lemmatiser reads "slated" as "slat").
EARMARKING = frozenset({"earmark", "slate", "destine", "mean", "intend", "allocate", "bound", "budget", "set"})
HOMELANDS = frozenset({"country", "nation", "homeland"})  # "the people of his country"
# Measures one party keeps against another, whose "against"/"on" phrase names whom they are aimed at.
MEASURES = frozenset("""sanction embargo ban restriction tariff blockade boycott penalty curb duty
freeze""".split())
# What "a state of ..." declared or lifted names: a condition, in which "state" is no state.
CONDITIONS = frozenset({"emergency", "siege", "war", "alert", "calamity", "disaster", "mourning", "readiness"})


def _condition(head: Token) -> bool:
    """Does the phrase name a condition ("the state of emergency", "a state of siege"), no party?"""
    return head.lemma_.lower() == "state" and any(
        o.lemma_.lower() in CONDITIONS for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj")


# Plural nouns that, with "both" or "two", refer back to the two parties of the story ("the two sides").
PAIR_NOUNS = frozenset("""side leader government country nation party neighbour neighbor capital state president
foe rival""".split())


# Verbs of giving and promising, whose object's possessor is the giver ("pledged its support").
GIVING = frozenset({"pledge", "promise", "offer", "vow", "extend", "give", "send", "provide", "lend", "contribute",
                    "commit", "grant"})
# Verbs of a purpose clause whose object is who an aid is for ("... to help Haiti recover").
HELPING = frozenset({"help", "assist", "support", "aid", "benefit", "relieve"})


def _beneficiaries(c: Candidate) -> list[Token]:
    """Who a gift is for, named in its purpose clause: the object of "to help/assist/support"
    ("pledged $5 million to help farmers in Niger") or the subject of what they are helped to do
    ("sent aid to help North Korea cope with the floods")."""
    purposes = [v for h in dict.fromkeys((c.head, c.anchor)) for v in h.children if v.dep_ in ("advcl", "xcomp")
                and v.lemma_.lower() in HELPING and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
    return [o for v in purposes for o in v.children if o.dep_ in ("dobj", "dative")] + [
        s for v in purposes for x in v.children if x.dep_ in ("ccomp", "xcomp") for s in x.children if s.dep_ == "nsubj"]


# Nouns of "in a bid to ...", "in an effort to ...", "in order to ...": the clause after them is a purpose.
AIM_NOUNS = frozenset({"bid", "effort", "attempt", "order", "move", "push"})


def _aims(heads: list[Token]) -> list[Token]:
    """The verbs of purpose clauses on `heads`: "to halt the fighting" (also parsed as a relative
    clause), "in a bid to stem the epidemic", "in order to reach ..."."""
    def infinitive(v: Token) -> bool:
        return v.dep_ in ("acl", "relcl", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                      for a in v.children)
    framed = [n for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
              for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in AIM_NOUNS]
    return [v for h in [*heads, *framed] for v in h.children if infinitive(v)]


def _clause_below(tok: Token, top: Token) -> bool:
    """Is `tok` the verb of a clause that completes `top` ("agreed to lay down ...", "promised to
    send ... and to rebuild ..."), not one inside a phrase of time or cause ("resigned after being
    accused ...")?"""
    while tok.i != top.i:
        if tok.dep_ not in ("xcomp", "ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


# The links from an agreed act up to the verb of agreeing: the act is the complement clause itself, its
# object, or the object of "to"/"on" ("agreed to suspend the talks", "agreed to impose sanctions",
# "agreed on a ban"), not a word deeper in a noun phrase or clause of its own ("agreed to add two
# members to the police oversight council", "agreed to set up a panel to investigate ...").
AGREED_LINKS = frozenset({"xcomp", "ccomp", "conj", "dobj", "obj", "pobj", "pcomp", "nsubjpass"})


def _agreed_act(tok: Token, top: Token) -> bool:
    """Is `tok` the act agreed to by `top`, whose type the agreement then takes ("agreed to suspend
    aid": a sanction), rather than a word that only describes what was agreed?"""
    if stopped_act(tok):
        return False  # "agreed to halt fighting": a ceasefire agreed, no fight
    while tok.i != top.i:
        if tok.head.i == tok.i or not (tok.dep_ in AGREED_LINKS or (tok.dep_ == "prep" and tok.lower_ in ("to", "on")) or
                                       _in_a_package(tok)):
            return False
        tok = tok.head
    return True


def _in_a_package(tok: Token) -> bool:
    """Is `tok` what a package, round or set of measures holds ("agreed a package freezing Russian
    assets", "agreed a new round of sanctions", "agreed a sanctions package")?"""
    return (tok.dep_ in ("acl", "compound") or (tok.dep_ == "prep" and tok.lower_ == "of")) and \
        tok.head.lemma_.lower() in CONTAINERS


def _asked(tok: Token) -> bool:
    """Is `tok` the one asked to act: the subject of a "for X to do" clause ("called for Britain to
    stay") or the object of a verb that asks it to do something ("urged France to stay calm")?"""
    return (tok.dep_ == "nsubj" and for_clause(tok.head)) or (
        tok.dep_ in ("dobj", "dative") and any(x.dep_ == "xcomp" for x in tok.head.children))


def _answered(obj: Token) -> bool:
    """Is `obj` what an act answers or judges, whose author the act is aimed at: its direct object
    ("rejected the request by ..."), the object of "to" ("conceded to the demands of ...") or of
    "against" ("a lawsuit against the tariffs that Canada imposed")? Not what is given or promised
    ("pledged Washington's support"), whose author is the giver."""
    if obj.dep_ == "dobj":
        return obj.head.lemma_.lower() not in GIVING
    return obj.dep_ == "pobj" and obj.head.lower_ in ("to", "against")


def is_question(sent: Span) -> bool:
    """A direct question ("Will Germany apologise?", "Who benefits from the deal?"): it asks
    whether an act happens, it does not report one."""
    return sent.text.rstrip().rstrip("\"'\u201d\u2019)").rstrip().endswith("?")


def _in_subtree(tok: Token, root: Token) -> bool:
    return root.left_edge.i <= tok.i <= root.right_edge.i and (tok.i == root.i or root in tok.ancestors)


def _complement(tok: Token, root: Token) -> bool:
    """Is `tok` inside what `root` is about (object, complement, purpose clause), rather than in a
    clause of its own ("..., accusing him of bias", "and France condemned it")?"""
    while tok.i != root.i:
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "parataxis") or (tok.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            return False
        if tok.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        tok = tok.head
    return True


def _purpose(verb: Token) -> bool:
    """A purpose clause: "to support ...", "in order to help ..." (an infinitive complement or adverbial)."""
    return verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_condition(tok: Token, root: Token) -> bool:
    """Is `tok` in an "if/unless" clause of `root`, or in the "until" clause of a refusal or a
    future act: the condition of another act, not an event of its own ("would lift its veto if
    Stockholm cracked down", "will not lift the embargo until Minsk frees the prisoners")?"""
    while tok.i != root.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and (m.lower_ in ("if", "unless") or (
                m.lower_ in ("until", "till") and _refused_or_future(tok.head))) for m in tok.children):
            return True
        tok = tok.head
    return False


def _refused_or_future(verb: Token) -> bool:
    """ "will not end the strike", "would stay": the clause an "until" condition hangs on."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("will", "wo", "would", "'ll", "shall"))
               for c in verb.children)


def _same_act(a: Candidate, c: Candidate) -> bool:
    """`c` restates `a`: "a U.S. drone strike killed X" (the strike is the killing's subject),
    "X was attacked by gunmen, killing the ambassador" (a participle of the same type), "Australian
    aid supported two million girls" (what aid does is the aid)."""
    if c.kind == "verb" and a.kind != "verb" and (a.entry.type, c.entry.type) == ("AID", "SUPPORT") and \
            any(s.i == a.head.i for s in c.source):
        return True
    if a.entry.type != c.entry.type or c.kind != "verb":
        return False
    if a.kind != "verb" and any(s.i == a.head.i for s in c.source):
        return True
    if a.kind == "support" and _purpose(c.head) and c.head.head.i in (a.anchor.i, a.head.i) and \
            not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.head.children):
        return True  # "launched a hunger strike to protest against X": the strike is the protest
    return a.kind == "verb" and c.head.dep_ == "advcl" and c.head.tag_ == "VBG" and c.head.head.i == a.head.i


LATER = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "thereafter"})


def _own_time(verb: Token) -> bool:
    """Does the verb carry a time of its own ("on November 17", "later", "in 2018")?"""
    return any(c.dep_ in ("prep", "npadvmod", "advmod", "tmod") and (
        c.lower_ in LATER or any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in verb.children)


def _coordinated(tok: Token, root: Token) -> bool:
    """Is verb `tok` a conjunct of verb `root` ("accused X of ... and levied sanctions"), a verb
    phrase of its own that shares the subject?"""
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.pos_ in ("VERB", "AUX"):
        tok = tok.head
        if tok.i == root.i:
            return True
    return False


def _told_apart(tok: Token, root: Token) -> bool:
    """Is verb `tok` coordinated with verb `root` and set at a time of its own ("declared an emergency
    on November 15, shut the schools as of November 17 and later banned gatherings")? Then it tells
    another act; without one, coordinated acts of one type are one measure ("closed the borders,
    froze its assets and suspended transactions")."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        if verb.i == root.i:
            return _own_time(tok)
    return False


def _owns(a: Candidate, c: Candidate) -> bool:
    if _in_condition(c.head, a.head):
        return True
    if not _complement(c.head, a.head) or (a.kind == c.kind == "verb" and _told_apart(c.head, a.head)):
        return False
    if a.kind == "verb" and a.entry.type != c.entry.type and _coordinated(c.anchor, a.head):
        return False  # "condemned the war and demanded that it be halted": a second act, not what is condemned
    own = bool(c.source) and not c.of_source  # "required the withdrawal of Turkish troops": not its own
    if a.entry.type == "AID" and c.entry.type == "SUPPORT" and c.inherited and _purpose(c.head):
        return True  # "mobilised funds to support peace building": what the aid is for
    # what is threatened is not coded again, whoever would do it ("warned that U.N. sanctions could be
    # reimposed", "were threatened with expulsion by Sri Lanka": docs/annotation.md, section 5)
    threatened = a.entry.type == "THREATEN" and a.kind == "verb"
    return (a.entry.type in ABSORBERS and a.kind == "verb" and (c.kind != "noun" or not own or threatened)) \
        or not own or (a.entry.type == c.entry.type and a.kind == "verb")


def absorb(cands: list[Candidate]) -> list[Candidate]:
    """Requests, threats, promises and refusals swallow the events they are about ("urged Russia
    to withdraw": one REQUEST, no RETREAT); a noun with its own actor stays separate; so does a
    participle clause ("..., accusing Moscow of ..."). An event restated inside another of the same
    type ("met ... to discuss", "attend the summit") is one event."""
    kept = []
    for c in cands:
        owner = next((a for a in cands if a is not c and _same_act(a, c)), None)
        if owner is not None:
            owner.merged.append(c)
        owner = owner or next((a for a in cands if a is not c and _in_subtree(c.head, a.head)
                               and (not a.entry.compiled or c.entry.compiled)  # a hand-written trigger stays
                               and not any(_in_subtree(c.head, s) for s in a.source)
                               and not _via_circumstance(c.head, a.head) and _owns(a, c)), None)
        if owner is None:
            kept.append(c)
        elif _in_condition(c.head, owner.head):
            owner.conditions.append(c)  # a condition: neither its targets nor its type count
        elif c not in owner.merged:
            owner.absorbed.append(c)
    return kept


def _via_circumstance(tok: Token, top: Token) -> bool:
    """Is `tok` below `top` through a preposition of circumstance ("agreed ... in response to
    Trump's calls": the calls are their own event, not what was agreed)?"""
    while tok.i != top.i and tok.head.i != tok.i:  # spaCy makes a new Token object per access
        if tok.dep_ == "prep" and circumstance(tok):
            return True
        tok = tok.head
    return False


RESIGNING = frozenset({"resign", "resignation", "quit", "step"})


def _resignation_offered(c: Candidate) -> bool:
    """Is what an offer offers its maker's resignation ("offered to resign", "an offer to step down",
    "offered his resignation")?"""
    if any(a.entry.mode == "resign" for a in c.absorbed):
        return True
    return any(t.dep_ in ("xcomp", "acl", "dobj", "obj") and t.lemma_.lower() in RESIGNING for t in c.head.children)


def _mode(c: Candidate) -> str | None:
    if c.entry.mode or not c.absorbed:
        return c.entry.mode
    inner = c.absorbed[0].entry
    if c.entry.type == "THREATEN":
        return "expel" if inner.mode == "expel" else THREAT_MODES.get(inner.type)
    if c.entry.type in ("REQUEST", "REJECT"):
        return REQUEST_MODES.get(inner.type, "change")
    return None


def _contexts(c: Candidate, sent: Span) -> list[str]:
    out = list(c.entry.contexts) + c.extra_contexts + [x for a in c.absorbed for x in a.entry.contexts]
    cues = context_cues()
    skip = {t.i for s in c.source for t in s.subtree}
    for tok in c.head.subtree:
        if tok.i not in skip and (ctx := cues.get(tok.lemma_.lower())):
            out.append(ctx)
    return list(dict.fromkeys(out))


class ArticleExtractor:
    def __init__(self, doc: Doc, mentions: list[Mention], published: date | None,
                 lex: Lexicon | None = None, onto: Ontology | None = None, actors: Sequence[Actor] = (),
                 quotes: Sequence[Quote] = ()):
        self.doc, self.published = doc, published
        self.quotes = [q for q in quotes if q.kind == "direct" and q.speaker is not None and q.speaker.actor]
        self.attributions = [q for q in quotes if q.speaker is not None]
        self.country_of = {a.id: a.country for a in actors if a.country}  # people known by their title
        self.lex, self.onto = lex or load_lexicon(), onto or load_ontology()
        self.acted_on = _material_nouns(self.lex, self.onto)
        self.index = MentionIndex(doc, mentions)
        self.linked = {(m.start, m.end) for m in mentions if m.actor}
        self.mentions = {(m.start, m.end): m for m in mentions}
        self.narrative: set[int] = set()
        self.trips: dict[str, set[str]] = {}  # visits and attendances that may prove trips at home: their places' states
        self.pair: list[Participant] = []  # the last two parties named together ("the two sides")
        self.pair_reciprocal = False  # events told in the simple past with no date of their own

    def run(self) -> list[Event]:
        events: list[Event] = []
        for s_index, sent in enumerate(self.doc.sents):
            if is_headline(sent.text) or is_question(sent):  # a headline's parse is unreliable, and
                continue  # the body restates it; a question reports no act
            cands = absorb(sentence_candidates(sent, self.lex))
            if not cands:
                continue
            dates = find_dates(sent.text, self.published, offset=sent.start_char)
            for cand in cands:
                event = self.build(cand, sent, s_index, dates)
                if event is not None:
                    events.append(event)
                    self.remember_pair(event)
                    if _narrative_past(cand, event):
                        self.narrative.add(id(event))
        carry_dates(events, self.narrative)
        self.criticised_owners(events)
        judged, background = self.judgements(events)
        dead = reported_dead(self.doc, self.mentions.values())  # praise of them is a eulogy, not SUPPORT
        merged = merge([e for e in events + judged if id(e) not in background and
                        not is_tribute(e, dead, self.country_of)])
        for e in merged:  # "their government": the state the pronoun refers to, whichever step found the phrase
            e.source, e.target = owned(e.source, self.doc, self.index), owned(e.target, self.doc, self.index)
        topic_parties(merged, self.doc, list(self.mentions.values()), self.country_of)
        home_bodies(merged, self.doc, list(self.mentions.values()), self.country_of)  # after: the topic state first
        domestic_targets(merged, list(self.mentions.values()), self.country_of)  # after: distinct acts stay apart
        reaction_targets(merged, self.doc, self.country_of)  # before: the answered act's doer, not the story's other party
        counterpart_targets(merged, list(self.mentions.values()), self.country_of)
        # "Trump travelled to South Dakota", "Obama attended the funeral": a trip at home meets no party
        return [e for e in merged if e.id not in self.trips or not _at_home(e.source, e.target, self.trips[e.id])]

    def judgements(self, events: list[Event]) -> tuple[list[Event], set[int]]:
        """ACCUSE disapprove / SUPPORT by a speaker whose attribution judges an act or an actor
        (judgements.py); a judgement an event of the sentence codes already (a naming cue: "called
        the raid barbaric") only gives that event the target it lacks. Also the ids of the events
        that are only what a judgement is about ("the seizure was illegal"): background, no act of
        their own (docs/annotation.md, section 1)."""
        out: list[Event] = []
        background: set[int] = set()
        for q in self.attributions:
            assert q.speaker is not None
            content = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            cue_words = self.doc.char_span(q.cue_span.start, q.cue_span.end, alignment_mode="expand") \
                if q.cue_span is not None else None
            if content is None or not (q.speaker.actor or self.political(q.speaker)) or self.court(q.speaker):
                continue  # a court's words are its finding, coded as its ruling (docs/annotation.md, section 11)
            if q.cue_span is not None and any(e.trigger.start < q.cue_span.end and q.cue_span.start < e.trigger.end
                                              and e.type not in EVENTS_OF_JUDGEMENT for e in events):
                continue  # the saying is an act of its own ("the court ruled the decree unconstitutional")
            for j in judgements_in(content, cue_words.root if cue_words is not None else None):
                event = self.judgement_event(j, q.speaker, cue_words, events + out, background)
                if event is not None:
                    out.append(event)
        return out, background

    def court(self, p: Participant) -> bool:
        words = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        return words is not None and any(t.lemma_.lower() in COURTS for t in words)

    def judgement_event(self, j: Judgement, speaker: Participant, cue: Span | None,
                        events: list[Event], background: set[int]) -> Event | None:
        sent = j.word.sent
        judged = j.judged
        if judged is None or judged.lower_ in SELF or is_question(sent) or is_headline(sent.text) or \
                (j.polarity != ALLEGE and  # who is behind an act is a party by what it is said to have done
                 not judgeable(judged, any(m.actor for m in self.index.at(np_tokens(judged))), self.lex.nouns)) or \
                read_clause(j.clause).status() != "occurred":
            return None
        type_, mode, cameo = EVENTS[j.polarity]
        if not j.doer:
            first, last = judged.left_edge.idx, judged.right_edge.idx + len(judged.right_edge.text)
            background |= {id(e) for e in events if e.sentence.start == sent.start_char and
                           first <= e.trigger.start < last and e.type not in EVENTS_OF_JUDGEMENT}
        tgt = [p for p in self.responsible(j, sent, events) if p.actor != speaker.actor and (p.actor or self.political(p))]
        if not tgt and epithet_bearer(judged) and not j.doer and j.polarity != ALLEGE:
            return None  # a person judged who is no political actor: "called the mathematician a pleasant neighbour"
        # the speaker's criticism or praise coded already, from a verb ("X condemned the raid") or an
        # earlier judgement: the quoted words are its content, not another act
        speaker_key = speaker.actor or speaker.text.lower()
        coded = [e for e in events if e.type == type_ and speaker_key in {p.actor or p.text.lower() for p in e.source}]
        named = [e for e in events if e.type == type_ and cue is not None and  # "called Trump a clown": the
                 e.trigger.start < cue.end_char and cue.start_char < e.trigger.end]  # naming verb's own event
        for e in named:
            if speaker.actor and not any(p.actor for p in e.source):
                e.source = [speaker]  # the attribution's speaker, resolved ("Sanders" -> the senator)
        coded += named
        if coded:
            for e in coded:
                if e.sentence.start == sent.start_char:  # "called the raid barbaric": whose raid
                    e.target = e.target or tgt
            return None
        feats = Features(kind="judgement", prior=JUDGEMENT_PRIOR, source_resolved=speaker.actor is not None,
                         target_resolved=any(p.actor for p in tgt), has_source=True, has_target=bool(tgt))
        if raw_score(feats) < MIN_CONFIDENCE:
            return None
        date, precision = self.published.isoformat() if self.published else None, "published" if self.published else None
        if cue is not None:
            dates = find_dates(sent.text, self.published, offset=sent.start_char)
            said = self._own_date({t.i for t in cue}, None, "occurred", dates)
            if said is not None and (redo := find_dates(said.text, self.published, -1)):
                date, precision = redo[0].value, redo[0].precision
        index = self.sentence_numbers[sent.start]
        places = locative_places(list(sent))
        return Event(
            id=event_id(sent.start_char, j.word.idx, type_), type=type_, mode=mode, contexts=[], source=[speaker],
            target=tgt, date=date, date_precision=cast(DatePrecision | None, precision), status="occurred",
            location=places[0][1] if places else None,
            trigger=TextSpan(j.word.text, j.word.idx, j.word.idx + len(j.word.text)),
            sentence=SentenceRef(index, sent.start_char, sent.end_char), confidence=confidence(feats),
            cameo=cameo, quad_class=self.onto.types[type_].quad_class, goldstein=self.onto.goldstein_for(cameo, type_),
            plover_score=self.onto.plover_score(type_, mode), reciprocal=False, reported_by=None)

    def criticised_owners(self, events: list[Event]) -> None:
        """The target of a verb or noun of criticism whose object is an act ("condemned the killing of
        protesters by the security forces", "spoke out against the attack") is who answers for the act
        (`answerable`), not whom or where the act was done to (PLOVER ACCUSE: "criticize ...
        responsible parties"): "condemned the attack on the mosque" names no one it is against."""
        for e in events:
            if e.type != "ACCUSE" or e.mode != "disapprove":
                continue
            trigger = self.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            act = _criticised_act(trigger, self.lex) if trigger is not None else None
            if act is None or self.index.covers(act) or any(m.actor for m in self.index.at([act])):
                continue
            sources = {p.actor for p in e.source if p.actor}
            owners_ = [p for p in self.answerable(act, act.sent, events)  # not the source, nor the state
                       if p.actor is None or (p.actor not in sources and not _own_state(p, e.source))]  # it serves
            # whom, where or what the act was done to goes ("the attack on the embassy in X")
            done_to = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in act.children
                       if t.dep_ == "prep" and t.lower_ != "by"]
            kept = [p for p in e.target if not any(first <= p.start < last for first, last in done_to)]
            if owners_:  # named: the act's owner, and what else its phrase says of whose act it is ("US")
                first, last = act.left_edge.idx, act.right_edge.idx + len(act.right_edge.text)
                kept = [p for p in kept if first <= p.start < last]
            e.target = dedupe(kept + owners_)

    def responsible(self, j: Judgement, sent: Span, events: list[Event]) -> list[Participant]:
        """Who answers for what a judgement judges: the judged actor or the doer ("he made the right
        decision"), else who answers for the judged thing (`answerable`)."""
        judged = j.judged
        assert judged is not None
        if j.doer or self.index.covers(judged):
            return phrase_participants(judged, self.index)
        return self.answerable(judged, sent, events)

    def answerable(self, judged: Token, sent: Span, events: list[Event]) -> list[Participant]:
        """Who answers for a judged or criticised thing: the doer of an act the article codes inside
        its phrase ("the stabbing"), its owner (`judgements.owners`: "the court's ruling", "the
        killing of three journalists by soldiers"); for "it", "this" or an act noun with no owner
        ("the ruling"), the doer of the act told just before; nobody otherwise."""
        first, last = judged.left_edge.idx, judged.right_edge.idx + len(judged.right_edge.text)
        acts = [e for e in events if e.type not in SPEECH_ACTS]
        done = [p for e in acts if e.sentence.start == sent.start_char and first <= e.trigger.start < last
                for p in e.source]
        owned = dedupe([p for o in owners(judged, self.acted_on) for p in phrase_participants(o, self.index)])
        if done or owned or not (judged.lower_ in POINTING or judged.lemma_.lower() in load_judgements().acts or
                                 judged.lemma_.lower() in self.lex.nouns):
            return done or owned
        # "it was completely unnecessary", "the ruling is unfair": the act told just before
        index = self.sentence_numbers[sent.start]
        told = [e for e in acts if index - 1 <= e.sentence.index <= index and e.trigger.end <= judged.idx and (
            judged.lower_ in POINTING or _same_stem(judged.lower_, e.trigger.text.split()[0].lower()))]
        return [p for p in told[-1].source if p.actor] if told else []

    def phrase(self, head: Token) -> list[Participant]:
        """The participants a phrase names; "the two sides", "both leaders" are the last two parties
        the article set against or beside each other."""
        if self.pair and head.lemma_.lower() in PAIR_NOUNS and any(
                (c.dep_ in ("det", "predet") and c.lower_ == "both") or (c.dep_ == "nummod" and c.lower_ == "two")
                for c in head.children):
            return [Participant(actor=p.actor, text=head.doc[head.left_edge.i:head.i + 1].text,
                                start=head.doc[head.left_edge.i].idx, end=head.idx + len(head.text))
                    for p in self.pair]
        return phrase_participants(head, self.index)

    def measure_on(self, head: Token) -> list[Participant]:
        """The parties a measure acted on is against ("EU sanctions against Belarus were lifted",
        "lifted the US embargo on Cuba": Belarus, Cuba), not its author its modifier names; else
        the participants the phrase names."""
        if head.lemma_.lower() in MEASURES:
            aimed = [p for x in head.children if x.dep_ == "prep" and x.lower_ in ("against", "on")
                     for o in x.children if o.dep_ == "pobj" for p in self.phrase(o) if p.actor]
            if aimed:
                return aimed
        return self.phrase(head)

    def known(self, head: Token) -> bool:
        """Does a known actor's mention cover the head of a phrase?"""
        return any(m.actor for m in self.index.at([head]))

    def political(self, p: Participant) -> bool:
        return is_political(p, self.mentions.get((p.start, p.end)), self.doc)

    def remember_pair(self, e: Event) -> None:
        parties = dedupe([p for p in e.source + e.target if p.actor])
        if len(parties) == 2 and (e.reciprocal or not self.pair_reciprocal):
            self.pair, self.pair_reciprocal = parties, e.reciprocal

    def roles(self, c: Candidate) -> tuple[list[Participant], list[Participant], bool, bool]:
        """(source, target, reciprocal, deep) participants of a candidate."""
        src = resolved_first(dedupe([p for h in c.source for p in self.phrase(h)]), c.source)
        if not any(p.actor for p in src) and len(c.source) == 1 and _taking_up(c.source[0]):
            # "Egypt and Greece met. They called on Turkey to ...", "... The ministers agreed to ..."
            src = self.plural_antecedent(c.source[0]) or src
        tgt = resolved_first(dedupe(self.recipients_first(c, [p for h in c.target + [t for m in c.merged for t in m.target]
                                                              if not _condition(h) for p in self.measure_on(h)])), c.target)
        if c.kind == "verb" and c.head.lemma_.lower() in GIVING:
            # "pledged his country's full support for X", "promised Washington's support for ...": the
            # possessor of what is given is the giver, not whom it is for
            given = {t.i for h in c.target if h.dep_ == "dobj" for x in h.children if x.dep_ == "poss" for t in x.subtree}
            tgt = [p for p in tgt if not any(t.i in given for t in self.doc.char_span(p.start, p.end,
                                                                                      alignment_mode="expand") or ())]
        partners = resolved_first(dedupe([p for h in c.with_target for p in self.phrase(h)]), c.with_target)
        deep = False
        src_keys = {p.actor for p in src if p.actor}
        # "lifted its ban on ...", "Trump questioned America's commitment to ...": no target; but
        # "Trump vetoed Congress's bill" is a domestic event USA -> USA
        tgt = [p for p in tgt if not self.own_side(p, src, c)]
        if c.merged and not any(p.actor for p in tgt):  # "staged a strike to protest a law passed by X"
            tgt = resolved_first(dedupe(tgt + [p for m in c.merged for p in self.roles(m)[1] if p.actor]))
        # a talk's matter is no party ("talks on Iran's nuclear programme", "met to discuss the dam")
        topic = topical(c.head, c.entry)
        noun_preps = NOUN_TARGET_PREPS - TOPIC_PREPS if topic else NOUN_TARGET_PREPS
        # whom a thing is returned to, named, is the target, not who is named in the thing's
        # description ("returned a portrait by a Belgian artist to its owner")
        returned = c.kind == "verb" and c.entry.cameo == RETURNED_PROPERTY and bool(returned_to(c.head))
        if not [p for p in tgt if p.actor or (c.entry.type in ABSORBERS and self.political(p))] and not returned:
            # an addressee named but not resolved ("urged officials to let the convoys through") is
            # the target; what is asked of them does not supply another
            inner = [p for a in c.absorbed for h in a.target for p in phrase_participants(h, self.index)
                     if p.actor and p.actor not in src_keys]  # not "its" ban: the source's own
            inner = inner or [p for h in c.target if _answered(h) for a in author_phrases(h)
                              for p in phrase_participants(a, self.index) if p.actor and p.actor not in src_keys]
            if c.entry.type == "REQUEST":  # "called for G7 action", "asked for Bolton's resignation": of them
                inner = inner or [p for h in objects_of(c.head) if h.dep_ == "dobj" or h.head.lower_ == "for"
                                  for a in h.children if (a.dep_ == "poss" and a.pos_ != "PRON") or
                                  (a.dep_ == "compound" and a.pos_ == "PROPN")
                                  for p in phrase_participants(a, self.index) if p.actor and p.actor not in src_keys]
            inner = inner or [p for h in c.target for p in deep_participants(h, self.index, noun_preps)]
            # "agreed to lift its ban on US poultry": the target of what is agreed, inside its object
            inner = inner or [p for a in c.absorbed for h in a.target
                              for p in deep_participants(h, self.index, noun_preps) if p.actor not in src_keys]
            inner = inner or [p for x in c.head.children if x.dep_ == "xcomp" or (x.dep_ == "dobj" and not topic)
                              for p in deep_participants(x, self.index, TARGET_PREPS)]
            if c.kind == "verb":  # "withdrew from the treaty with Iran": inside the object of the entry's particle
                inner = inner or [p for x in c.head.children if x.dep_ == "prep" and x.lower_ in c.entry.particles
                                  for o in x.children if o.dep_ == "pobj"
                                  for p in deep_participants(o, self.index, noun_preps) if p.actor not in src_keys]
            if c.kind != "verb":  # "threats of military action against Iranian nuclear sites"
                inner = inner or [p for p in deep_participants(c.head, self.index, noun_preps)
                                  if p.actor not in src_keys]
            if c.entry.type == "AID":  # "sent aid to help North Korea cope", "... to assist farmers in Niger"
                inner = inner or [p for o in _beneficiaries(c) for p in phrase_participants(o, self.index)
                                  if p.actor and p.actor not in src_keys]
            # "froze aid that had been earmarked for Ukraine": whom what is acted on was meant for
            inner = inner or [p for h in c.target if h.dep_ == "dobj" for r in h.subtree
                              if r.dep_ in ("relcl", "acl") and EARMARKING & {r.lemma_.lower(), r.lower_[:-1]}
                              for p in deep_participants(r, self.index, frozenset({"for"}), limit=1)
                              if p.actor not in src_keys]
            if c.entry.type == "ACCUSE":  # "alleged that Russian troops had shelled the plant": the accused
                inner = inner or [p for v in c.head.children if v.dep_ == "ccomp" for sj in v.children
                                  if sj.dep_ == "nsubj" for p in phrase_participants(sj, self.index)
                                  if p.actor and p.actor not in src_keys]
            inner = inner or [p for v in _complement_verbs(c.head) for o in objects_of(v) if o.dep_ != "nsubjpass"
                              for p in phrase_participants(o, self.index) if p.actor and p.actor not in src_keys]
            if not inner and c.anchor.dep_ == "advcl" and c.anchor.tag_ == "VBG" and any(
                    t.pos_ == "PRON" for t in c.target):  # "cut ties with Qatar, accusing it of ...": it = Qatar
                inner = [p for o in objects_of(c.anchor.head) for p in phrase_participants(o, self.index)
                         if p.actor and p.actor not in src_keys]
            inner = [p for p in inner if not self.own_side(p, src, c)]
            if inner:
                tgt, deep = dedupe(inner), True
        if not tgt and "swap" not in c.entry.flags:
            # a known actor left out above (the source's own side: "withdrew the US from ...") is no
            # unresolved target either
            tgt = dedupe([p for t in c.target for h in (t, *t.conjuncts) if h.i != c.head.i and
                          h.lemma_.lower() not in NOT_TARGETS and not _condition(h) and not self.known(h) and
                          (p := object_participant(h)) is not None])  # "will not free prisoners and detainees"
            # "accepted the demands of the miners", "denied charges by opposition lawmakers": who made
            # what the act answers, a party the text names but no known actor
            tgt = tgt or dedupe([p for h in c.target if _answered(h) for a in author_phrases(h)
                                 if not self.known(a) and (p := object_participant(a)) is not None])
            if c.entry.type == "REQUEST":  # "called for sanctions against the court": whom the demanded
                # hostile act is aimed at, when no addressee is named (a call for a release or for talks
                # names no one it is against)
                tgt = tgt or dedupe([p for a in c.absorbed if self.onto.types[a.entry.type].quad_class == 4
                                     and _asked_for(a.head, c.head) for t in a.target for h in (t, *t.conjuncts)
                                     if not self.known(h) and (p := object_participant(h)) is not None])
            # "continued their attacks on the rebel-held region", "eased restrictions on foreign workers"
            tgt = tgt or dedupe([p for h in c.target + ([c.head] if c.kind != "verb" else []) for x in h.children
                                 if x.dep_ == "prep" and x.lower_ in noun_preps | {"of"} and not circumstance(x)
                                 for o in x.children if o.dep_ == "pobj" and o not in c.source
                                 and (p := object_participant(o)) is not None])
        if "swap" in c.entry.flags:
            src, tgt = tgt, src
        reciprocal = False
        visit = c.entry.mode == "visit" and not partners  # visitors -> host is one-directional
        if (self.onto.types[c.entry.type].symmetric or "mutual" in c.entry.flags or c.mutual) and \
                "swap" not in c.entry.flags and not visit:
            everyone = dedupe(src + partners + tgt)
            if len(src) >= 2 and (tgt or self.promise_to_others(c)) and not partners:
                pass  # "Canada and the EU pledged aid to Ukraine": joint actors towards a third party
            elif len(everyone) >= 2 and (len(src) >= 2 or partners or c.kind == "verb"):
                src, tgt, reciprocal = everyone[:1], everyone[1:], True
            elif partners:
                tgt = dedupe(tgt + partners)
        else:
            tgt = dedupe(tgt + partners)
        tgt = [p for p in tgt if not self.own_side(p, src, c)] if not reciprocal else tgt
        return src, tgt, reciprocal, deep

    def promise_to_others(self, c: Candidate) -> bool:
        """Is the act a promise made to others, though the text leaves them unnamed ("Japan, Canada and
        Mexico have pledged funds")? Its coordinated makers are joint sources, not parties to each
        other; a promise to do together what only two can do ("vowed to deepen their cooperation")
        is mutual."""
        return c.head.lemma_.lower() in PROMISES and not any(
            self.onto.types[a.entry.type].symmetric or "mutual" in a.entry.flags for a in c.absorbed)

    def recipients_first(self, c: Candidate, tgt: list[Participant]) -> list[Participant]:
        """A known recipient ("to the government of Iraq", "gave Kenya ...") leaves out the state a
        thing given is named by, which is where it comes from ("returned six Iraqi artifacts to
        Kuwait", "sold Russian oil to India"): its modifier is its origin, not whom the act is for."""
        if c.kind != "verb":
            return tgt
        recipients = [h for h in c.target if h.dep_ == "dative" or (h.dep_ == "pobj" and h.head.lower_ == "to")]
        if not any(p.actor for h in recipients for p in self.phrase(h)):
            return tgt
        things = [h for h in c.target if h.dep_ == "dobj" and h.pos_ == "NOUN" and h.lemma_.lower() not in
                  AGENT_NOUNS | TARGET_NOUNS | PLACE_NOUNS]
        inside = {t.idx for h in things for t in h.subtree if t.i != h.i}
        return [p for p in tgt if p.start not in inside]

    def own_side(self, p: Participant, src: list[Participant], c: Candidate) -> bool:
        """Is target `p` the source itself ("lifted its ban on ..."), or the state a source
        office-holder serves named as such ("Trump questioned America's commitment to ...")? A body of
        the same state named apart from the source ("the senate", "police", "the government") is
        another party of a domestic event, coded X -> X (docs/annotation.md, section 4), unless the act
        moves the source's own forces ("Kenya deployed police officers in Haiti")."""
        if not p.actor or (p.actor not in {s.actor for s in src if s.actor} and not _own_state(p, src)):
            return False
        if c.entry.type in OWN_FORCES_TYPES:
            return True
        if c.entry.type == "REQUEST" and p.actor not in {s.actor for s in src if s.actor} and \
                (span := self.doc.char_span(p.start, p.end, alignment_mode="expand")) is not None and \
                _asked(span.root):
            return False  # "May called for Britain to stay", "urged France to ...": the state asked is a party
        mention = self.mentions.get((p.start, p.end))
        body = mention is not None and mention.method == "description" and bool(set(mention.sectors) & DOMESTIC_BODIES) \
            and p.text.split()[-1].lower().rstrip("s") not in PLACE_NOUNS | PENAL  # "sentenced him to prison"
        return not body or any(s.text.lower() == p.text.lower() for s in src)

    def countries(self, parts: list[Participant]) -> set[str]:
        """`_countries`, with the country the actors stage gave people the gazetteer does not hold."""
        return {self.country_of.get(code, code) for code in _countries(parts)}

    @cached_property
    def sentence_numbers(self) -> dict[int, int]:
        """The token index each sentence starts at -> the sentence's number."""
        return {s.start: i for i, s in enumerate(self.doc.sents)}

    @cached_property
    def topic(self) -> str | None:
        """The one state the article is about alone (`discourse.topic_state`), if any."""
        return topic_state(self.mentions.values(), self.country_of)

    def protest_home(self, c: Candidate, sent: Span) -> list[Participant]:
        """The protesters of a protest whose doers the text leaves unnamed, as the state it happens
        in: the one country of the places the sentence names ("riots in Nadi", "protests filled the
        streets of Lima", "unrest spread across the nation"), else, when the sentence names no
        state, the one state the article is about (docs/annotation.md, section 4: protesters framed
        by a country are its own; domestic events are X -> X). [] when that is unclear."""
        states = {place.country for t in sent if t.pos_ == "PROPN" and (place := place_of(t)) is not None and place.country}
        states |= {state for t in sent if t.dep_ == "pobj" and (state := self.state_named(t)) is not None}
        actors = load_gazetteer().actors
        named = [m for m in self.index.at(sent) if m.method in NAMING and (a := actors.get(m.actor or "")) is not None
                 and a.kind == "state"]
        states |= {m.actor for m in named if m.actor}
        mentioned = {party_of(m.actor, self.country_of) for m in self.index.at(sent) if m.actor} - {None}
        if not states and not mentioned - {self.topic}:
            states = {self.topic} if self.topic else set()
        if len(states) != 1:
            return []
        phrase = _noun_phrase(c.head)
        return [Participant(next(iter(states)), phrase.text, phrase.start, phrase.end)]

    def one_state(self, parts: list[Participant]) -> str | None:
        """The state the participants all belong to, when there is exactly one and it is a state."""
        states = self.countries(parts)
        actors = load_gazetteer().actors
        state = next(iter(states)) if len(states) == 1 else None
        return state if state in actors and actors[state].kind == "state" else None

    def domestic_target(self, c: Candidate, src: list[Participant]) -> list[Participant]:
        """The state whose domestic institution or its product an act with no other target is
        aimed at ("vetoed the budget", "declared a state of emergency", "should accept the election
        result"): the source's own state, when the sentence names no other (docs/annotation.md)."""
        actors = load_gazetteer().actors
        if c.entry.mode == "resign":  # "resigned as president of Indonesia": the state of the office left
            office = [p for x in c.head.children if x.dep_ == "prep" and x.lower_ == "as" for o in x.children
                      if o.dep_ == "pobj" for p in phrase_participants(o, self.index)
                      if p.actor and (a := actors.get(p.actor)) is not None and a.kind == "state"]
            if office:
                return office[:1]
        if (state := self.one_state(src)) is None:
            return []
        if c.entry.mode == "resign":  # an office-holder leaves an office of their state: the state it names
            own = {t.i for h in c.source for t in h.subtree}  # not "Kyrgyz" in "Kyrgyz President X resigned"
            return [Participant(m.actor, m.text, m.start, m.end) for m in self.index.at(
                [t for t in c.head.sent if t.i not in own]) if m.actor == state][:1]
        heads = [h for h in c.target + (objects_of(c.head) if c.kind == "verb" else [c.head])
                 if h.dep_ != "pobj" or (h.head.lower_ not in SETTING_PREPS and not circumstance(h.head))]
        obj = next((h for h in heads if _domestic(h)), None)
        if obj is None:  # "the congress approved a bill, but it was dismissed by the senate": it = the bill
            obj = next((found for h in heads if h.lower_ == "it" and (found := _antecedent(h)) is not None), None)
        if obj is None:
            return []
        # what the product does is no owner of it ("withdrew a bill that would have let China ...")
        clauses = {t.i for x in obj.children if x.dep_ in ("relcl", "acl") for t in x.subtree}
        named = self.countries([Participant(m.actor, m.text, m.start, m.end) for m in self.index.at(
            [t for t in c.head.sent if t.i not in clauses]) if m.actor])
        if named - {state}:
            return []  # "the US rejected the election result" in a story of another country's vote
        if c.entry.type in PLACED_TYPES and (place := self.place_acted_on(c, home=state)) is not None:
            return [place]  # "lifted the state of emergency in three provinces": where it is lifted
        left = obj.left_edge.i
        while left < obj.i and obj.doc[left].dep_ in ("det", "punct", "predet"):
            left += 1
        end = max([obj.i, *(p.right_edge.i for p in obj.children if p.dep_ == "prep" and p.lower_ == "of")]) + 1
        span = obj.doc[left:end]
        return [Participant(actor=state, text=span.text, start=span.start_char, end=span.end_char)]

    def build(self, c: Candidate, sent: Span, s_index: int, dates: list[DateMention]) -> Event | None:
        src, tgt, reciprocal, deep = self.roles(c)
        clause = read_clause(c.anchor, c.head if c.kind != "verb" else None)
        if not any(p.actor or self.political(p) for p in src) and c.source and all(t.pos_ == "PRON" for t in c.source) and \
                clause.speech is not None:
            # "X announced that they were leaving ...", "Ruiz, the mayor, said she would sue": an unresolved
            # pronoun is the speaker, whether or not the actors stage kept a mention of it
            src = [p for t in clause.speech.children if t.dep_ == "nsubj" and all(_may_refer(s, t) for s in c.source)
                   for p in phrase_participants(t, self.index)] or src
        if not src and c.source:  # "teachers went on strike", "nurses said they would not end the strike"
            src = self.protesters(c, clause)
        if not src and c.source and any(not p.actor and self.political(p) for p in tgt):
            # "the LetUsSpeak movement urged the state government to ...": a party the text names acts
            # on a political body, though neither resolves to a known actor
            src = dedupe([_noun_phrase(h) for h in c.source if not self.known(h) and (
                h.pos_ == "PROPN" or h.lemma_.lower() in AGENT_NOUNS | GROUP_NOUNS)])  # not "the plan calls for"
        unclaimed = not src and _unclaimed_protest(c)
        if unclaimed:  # "protests filled the streets of San Juan": the protesters of where it happens
            src = self.protest_home(c, sent)
            tgt = tgt if any(p.actor for p in tgt) else src  # "the decision was met with protests": at home
        by_authorities = not src and _by_authorities(c)  # "was arrested", "was sentenced": by the state
        if by_authorities:
            src = self.reporting_authority(c, clause)  # "police said 40 people were detained": by them
        if not src and not any((p.start, p.end) in self.linked for p in tgt) and not by_authorities:
            return None  # no actor at all: "a fire destroyed the facility", "killed 12 workers"
        if not src and c.source and all(t.lower_ in RELATIVE and t.head.dep_ == "relcl" and (
                t.head.head.pos_ == "PROPN" or t.head.head.lemma_.lower() in AGENT_NOUNS) for t in c.source):
            # "Kenyan President William Ruto, who accused Uganda of ...": the noun the clause describes.
            # Only for an act with a party named: a clause that describes someone often tells of
            # their past or their errands ("Netanyahu, who cut short a European tour")
            src = resolved_first(dedupe([p for t in c.source for p in self.phrase(t.head.head)]))
        if not src and c.source and all(t.lower_ in FIRST_PERSON for t in c.source):
            # "I strongly reject the US measure", the minister tweeted: the speaker. Only for an act with
            # a party named: a quotation's "we went", "we are going to" name none
            src = self.quoted_speaker(c.source)
        if c.entry.type == "REJECT" and any(x.dep_ == "xcomp" and x.lemma_.lower() in NO_COMMENT for x in c.head.children):
            return None  # "declined to comment": CAMEO 011, a statement PLOVER does not code
        # protesting makes its doers protesters, a political actor (docs/annotation.md): "workers went on strike"
        political_source = unclaimed or any(self.political(p) for p in src) or _protesting(c, src) or (
            bool(src) and _only_authorities_do(c))
        if not political_source and not by_authorities and \
                (not any(self.political(p) for p in tgt) or ((src or _thing_moving(c, clause)) and c.entry.mode in PRIVATE_MOVES)):
            # private people in their own lives: "a resident fled her town", "a man travelled to Syria";
            # a firm, a family or a storm ("as it left the Bahamas") going to or leaving a country
            # does not act on that state
            return None
        if _warns_own_public(c, src, tgt):
            return None  # "police warned residents to stay inside": public-safety advice, no threat
        if _mishap_inquiry(c, sent) or _leaves_race(c) or _tally(c) or _nothing_attended(c) or _idiom(c):
            # "investigators began investigations of the crash": an accident inquiry accuses no one;
            # "Ruiz suspended her campaign", "Ruiz received 12 delegates": a race's course and its
            # tally are no act on a party; "police and an ambulance attended": services at an incident
            return None
        if _standing(c, clause) or _habitual(c):
            return None  # "states that recognise Taiwan", "the group is banned in Turkey": no act (section 11)
        if c.entry.type == "THREATEN":
            clause.conditional = False  # "threatened to ... if ...": the threat itself occurred
        status = clause.status("announced" in c.entry.flags)
        if clause.speech is not None and status == "anticipated" and not clause.expected and \
                _own_announcement(clause, src, self.index):
            status = "announced"
        type_, cameo, mode = c.entry.type, c.entry.cameo, _mode(c)
        if type_ == "REQUEST" and (cameo or "").startswith("02") and any(
                self.onto.types[a.entry.type].quad_class == 4 and _asked_for(a.head, c.head) for a in c.absorbed):
            cameo = DEMAND  # a call for a hostile act ("called for sanctions against X") is no appeal
        # "is willing to withdraw if ...": the stated willingness occurred, only the act is conditional
        willing = status != "negated" and (status != "hypothetical" or (clause.conditional and not clause.hypothetical
                                                                       and not clause.would))
        if clause.willing and willing and type_ in PROMISED_MODES:
            # stated willingness is a promise (PLOVER): AGREE, the promised act as mode, announced
            type_, cameo, mode, status = "AGREE", INTENT_TYPES.get(type_, "035"), PROMISED_MODES[type_], "announced"
        if status in ("anticipated", "announced", "hypothetical") and type_ in INTENT_TYPES and not clause.deliberated:
            type_, cameo, mode = "AGREE", INTENT_TYPES[type_], PROMISED_MODES[type_]
        cannot = any(a.dep_ == "aux" and a.lower_ in ("can", "ca") for a in c.anchor.children)  # "cannot accept"
        said_now = c.kind == "verb" and _simple_present(c.head) and (clause.speech is not None or _quoted(c.head))
        if status == "negated" and type_ in REFUSALS and (clause.future or cannot or said_now or (clause.would and (
                clause.speech or (c.head.lemma_.lower() in PLEDGING and not clause.conditional)))) and \
                not clause.hypothetical and _own_announcement(clause, src, self.index):
            # "X will not lift the embargo", "said it would not release them", "'China neither accepts nor
            # recognises it,' Liu said": a declared refusal, an occurred REJECT of what is refused
            # (docs/annotation.md: refusing is REJECT, not a negation)
            type_, cameo, mode, status = "REJECT", REFUSALS[type_], REQUEST_MODES.get(type_, "change"), "occurred"
        if status == "announced" and type_ == "RETREAT" and mode != "resign":
            # an announced withdrawal, release or disarmament is a verbal concession (CAMEO 035); an
            # announced resignation stays a resignation (docs/annotation.md)
            type_, cameo, mode = "CONCEDE", "035", None
        if type_ == "AGREE" and c.head.lemma_.lower() in OFFERS and c.absorbed and \
                c.absorbed[0].entry.type == "MOBILIZE" and any(p.actor for p in tgt):
            # "offered to send troops to Uganda": forces promised to a party are military aid (CAMEO 0332)
            mode, cameo = "aid", "0332"
        elif type_ == "AGREE" and c.kind == "verb" and c.absorbed and _agreed_act(c.absorbed[0].head, c.head) and \
                self.onto.types[(inner := c.absorbed[0].entry).type].quad_class in (3, 4):
            type_, cameo, mode = inner.type, inner.cameo, inner.mode  # "agreed to suspend ...": a sanction
        elif type_ == "AGREE" and c.head.lemma_.lower() in OFFERS and _resignation_offered(c):
            # "offered to resign", "Honcharuk's offer to resign": a concession (docs/annotation.md)
            type_, cameo, mode = "CONCEDE", "080", None
        elif type_ == "AGREE" and mode is None and c.absorbed and c.absorbed[0].entry.type == "ASSAULT" and \
                stopped_act(c.absorbed[0].head):
            mode = "retreat"  # "agreed to stop fighting": a ceasefire promised
        elif type_ == "AGREE" and mode is None and c.absorbed and c.absorbed[0].entry.type in PROMISED_MODES:
            mode = PROMISED_MODES[c.absorbed[0].entry.type]  # "offered to release the hostages": retreat
        if type_ == "CONSULT" and src and not tgt and (host := self.host(c, src)) is not None:
            tgt = [host]  # "AU leaders met in Niamey": Niger hosts them
        elif type_ in PLACED_TYPES and src and not tgt and \
                (place := self.place_acted_on(c, agreed=type_ == "AGREE")) is not None:
            tgt = [place]  # "declared a ceasefire in Idlib", "lifted the state of emergency in Jonglei"
        elif (type_ == "AID" or (cameo or "").startswith(PROMISED_AID)) and src and not tgt and \
                (place := self.aided_place(c)) is not None:
            tgt = [place]  # "the largest donor of humanitarian assistance in Iraq": Iraq is helped
        elif src and not tgt and not reciprocal and "swap" not in c.entry.flags:
            tgt = self.domestic_target(c, src)  # "vetoed the budget": the source's own state
        if src and not tgt and not reciprocal and "swap" not in c.entry.flags:
            tgt = self.phrase_actor(c, src)  # "called for new elections in Belarus": Belarus
        if type_ == "COERCE" and mode == "restrict" and cameo == ADMINISTRATIVE_SANCTIONS and \
                _between_states(src, tgt + self.framing(tgt)):
            # restrictions one state puts on another are a sanction (docs/annotation.md); COERCE restricts
            # a population. The CAMEO code stays: CAMEO files bans and closures under coercion (17).
            type_, mode = "SANCTION", "discontinue"
        if type_ == "MOBILIZE" and cameo == SHOW_OF_FORCE and (joint := self.exercising_together(c, src, tgt)):
            # "war games staged by U.S. marines and Jordanian forces", "held exercises with Belarus": an
            # exercise of several states' forces together is military cooperation (CAMEO 062), as
            # "joint exercises" are
            type_, cameo, mode = "COOPERATE", MILITARY_COOPERATION, None
            src, tgt, reciprocal = joint[:1], joint[1:], True
        if type_ == "ASSAULT" and src and all(self.crowd(p) for p in src):
            # protesters clashing with police or throwing rocks: a violent protest, not an armed
            # attack (PLOVER PROTEST riot; docs/annotation.md: protesters are a protest movement)
            type_, cameo, mode = "PROTEST", "145", "riot"
        if type_ in ("REJECT", "SANCTION") and mode != "convict" and self.court_rules_against(c, src):
            # a court dismissing a party's lawsuit or appeal rules against it (docs/annotation.md,
            # section 11: a court ruling against a party is SANCTION convict)
            type_, cameo, mode = "SANCTION", "163", "convict"
        if type_ == "REJECT" and _judges_act(c):
            type_, cameo, mode = "ACCUSE", "111", "disapprove"  # "opposed the withdrawal": criticism, not refusal
        if type_ == "MOBILIZE" and _peacekeeping(c):
            type_, cameo, mode = "AID", "074", None  # peacekeepers sent are protection given (CAMEO 074)
        elif type_ == "MOBILIZE" and _sent_to_train(c):
            type_, cameo, mode = "AID", MILITARY_AID, None  # "deployed to train Nigerian soldiers" (CAMEO 072)
        elif (type_ == "MOBILIZE" or (type_, cameo) == ("AID", "070") and _sends_a_team(c)) and _relief_teams(c):
            type_, cameo, mode = "AID", HUMANITARIAN_AID, None  # "deployed search-and-rescue teams" (CAMEO 073)
        elif type_ == "RETREAT" and mode == "withdraw" and _peacekeeping(c):
            type_, cameo = "SANCTION", "166"  # protection withdrawn: CAMEO 1661, withdraw peacekeepers
        if self.onto.types[type_].quad_class in COOPERATIVE_CLASSES and (self.commercial(src) or (
                type_ == "CONSULT" and any(private_body(p, self.doc) for p in tgt))):
            # "the firm is collaborating with NASA": commerce; "spoke with Wikinews to discuss the
            # Supreme Court": an interview, whatever else its topics name. A state's own agreement with
            # a firm ("agreed with Airbus to open a factory") is its policy, as gold codes it
            return None
        if not reciprocal:
            tgt = self.coordinated_places(tgt)  # "peacekeeping operations in Afghanistan and Iraq": both
        tgt = [self.named_as(p, sent, src) for p in tgt]  # "called Erdogan and urged him": Erdogan
        tgt = dedupe([self.described(p) for p in tgt])  # "arrested a Cheltenham man": the man
        tgt = [self.own_people(p, src) for p in tgt]  # "apologised to the people of his country"
        tgt = self.located(c, tgt)  # "stabbed several people in London": the people are GBR
        if type_ == "COERCE" and (cameo or "").startswith(ADMINISTRATIVE_SANCTIONS):
            tgt = self.at_home(c, src, tgt)  # "prohibited travel for children": the state's own people
        if type_ in ENFORCED_IN_PLACE and src and not tgt and not reciprocal and \
                (place := self.place_acted_on(c, unknown=True)) is not None:
            tgt = [place]  # "declared a state of siege in Katanga", "troops remained on alert in the north region"
        if (type_ == "AID" or mode == "aid") and (served := self.served(c)):
            tgt = served  # "sent troops to the UN mission in Mali": the aid is Mali's, the mission its means
        demand = self.demand(c, clause, src)
        if demand:  # "the EU must mediate, Paet said": Paet demands it of the EU
            type_, cameo, mode, status = "REQUEST", "100", REQUEST_MODES.get(type_, "change"), "occurred"
            src, tgt, reciprocal = demand, src, False
        reporter = self.reporter(clause, c.anchor)
        feats = Features(kind=c.kind, prior=c.entry.prior, source_resolved=any(p.actor for p in src),
                         target_resolved=any(p.actor for p in tgt), has_source=bool(src), has_target=bool(tgt),
                         inherited=c.inherited, deep=deep, reported=reporter is not None,
                         subordinate=subordinate(c.head), status=status)
        if raw_score(feats) < MIN_CONFIDENCE:
            return None
        conf = confidence(feats)
        value, precision = self.date_for(c, clause, status, dates)
        trig = self.doc[c.trigger[0].i:c.trigger[-1].i + 1]
        eid = event_id(sent.start_char, trig.start_char, type_)
        if type_ == "CONSULT" and mode in ("visit", "multilateral") and not reciprocal and _a_trip(c):
            self.trips[eid] = _trip_places(c)  # dropped if, once the article has settled its roles, it met no one (run)
        return Event(
            id=eid,
            type=type_, mode=mode, contexts=_contexts(c, sent), source=src, target=tgt,
            date=value, date_precision=cast(DatePrecision | None, precision), status=cast(Status, status),
            location=self.location(c, sent),
            trigger=TextSpan(trig.text, trig.start_char, trig.end_char),
            sentence=SentenceRef(s_index, sent.start_char, sent.end_char), confidence=conf,
            cameo=cameo, quad_class=self.onto.types[type_].quad_class,
            goldstein=self.onto.goldstein_for(cameo, type_), plover_score=self.onto.plover_score(type_, mode),
            reciprocal=reciprocal, reported_by=reporter,
        )

    def commercial(self, parts: list[Participant]) -> bool:
        """Is every participant of a side a company or a news outlet (docs/annotation.md, section 1:
        company news stays out; what a firm sells an agency, or tells a reporter, is no act of state)?"""
        return bool(parts) and all(private_body(p, self.doc) for p in parts)

    def exercising_together(self, c: Candidate, src: list[Participant], tgt: list[Participant]) -> list[Participant]:
        """The forces of two or more states an exercise is held by, or with ("with Belarus"), when it
        is aimed at no one else; [] otherwise."""
        partners = dedupe([p for h in prep_objects(c.head, WITH) +
                           (prep_objects(c.anchor, WITH) if c.anchor is not c.head else [])
                           for p in self.phrase(h)])
        if [p for p in tgt if p not in partners]:
            return []  # "exercises near the Ukrainian border": a show of force at someone
        everyone = dedupe(src + partners)
        return everyone if len(self.countries(everyone)) >= 2 else []
    def court_rules_against(self, c: Candidate, src: list[Participant]) -> bool:
        """Does a court or judge dismiss, reject or throw out a party's legal action ("a federal judge
        dismissed the lawsuit", "the Supreme Court rejected the government's appeal")?"""
        judicial = bool(src) and bool(c.source) and all(  # "a federal judge", "Judge Ana Ruiz", "the High Court of X"
            any(t.lemma_.lower() in COURTS for t in self.doc[h.left_edge.i:h.i + 1]) for h in c.source)
        return judicial and c.kind == "verb" and any(
            o.dep_ == "dobj" and o.lemma_.lower() in LEGAL_ACTIONS for o in c.head.children)

    def protesters(self, c: Candidate, clause: Clause) -> list[Participant]:
        """The people a protest's unresolved subject names ("teachers went on strike", "hundreds of
        nurses marched"; "they" of a speaker's "said they would not end the strike"): protesting
        together makes them a party of their own (docs/annotation.md: protesters are a political
        actor), though no actor resolves them."""
        heads = [next((s for s in clause.speech.children if s.dep_ == "nsubj"), t)
                 if t.pos_ == "PRON" and clause.speech is not None else t for t in c.source]
        if not heads or not _protesting(replace(c, source=heads), []):
            return []
        return dedupe([p for h in heads if h.pos_ in ("NOUN", "PROPN")
                       and (p := object_participant(h) or _noun_phrase(h)) is not None])

    def crowd(self, p: Participant) -> bool:
        """Is the participant a protesting crowd ("the protesters", "demonstrators", "a mob")?"""
        span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in CROWDS

    def quoted_speaker(self, pronouns: list[Token]) -> list[Participant]:
        """ "I" and "we" in a direct quotation are its speaker (the innermost quotation holding them)."""
        out = []
        for tok in pronouns:
            holding = [q for q in self.quotes if q.start <= tok.idx < q.end]
            if holding and (speaker := min(holding, key=lambda q: q.end - q.start).speaker) is not None:
                out.append(Participant(speaker.actor, tok.text, tok.idx, tok.idx + len(tok.text)))
        return out

    def framing(self, parts: list[Participant]) -> list[Participant]:
        """The actors named inside unresolved participants: the state of a foreign company ("banned
        Iranian airline Mahan Air"), which the company's phrase names but does not stand for."""
        spans = [span for p in parts if p.actor is None
                 and (span := self.doc.char_span(p.start, p.end, alignment_mode="expand")) is not None]
        return [Participant(m.actor, m.text, m.start, m.end) for span in spans for m in self.index.at(span) if m.actor]

    def host(self, c: Candidate, src: list[Participant]) -> Participant | None:
        """The country a meeting with no named partner is held in ("met in Niamey", "gathered at
        Sochi"), when it is not the meeting's own side: the host is its target (docs/annotation.md)."""
        own = _countries(src)
        preps = [t for h in dict.fromkeys((c.anchor, c.head)) for t in h.children if t.dep_ == "prep"]
        for prep, place in locative_places(preps):
            obj = next(o for o in prep.children if o.dep_ == "pobj")
            if place.country and place.country not in own:
                span = self.doc[obj.left_edge.i:obj.i + 1]
                return Participant(actor=place.country, text=span.text, start=span.start_char, end=span.end_char)
        return None

    def place_acted_on(self, c: Candidate, agreed: bool = False, home: str | None = None,
                       unknown: bool = False) -> Participant | None:
        """The known place an act with no other target is done in ("a ceasefire in Idlib", "eased the
        curfew in Amman", "suspended aid deliveries in Borno"): the act is aimed at that place.
        `agreed`: only a place in what is agreed ("agreed to a truce in Khartoum"); where the
        agreeing is done ("a summit in The Hague") hosts it and is no target. `home`: the state a
        place the gazetteer does not know is taken to be in ("extended the curfew in Maungtaw
        district", said of a state's own authorities). `unknown`: a named place whose state is not
        known is the target all the same, unresolved ("declared a state of siege in Katanga")."""
        heads = {} if agreed else dict.fromkeys((c.anchor, c.head, *[t for t in c.target if t.pos_ == "NOUN"]))
        # "provided $40 million for assistance in northern Iraq": in what is given, or what it is for
        # what is agreed, promised or asked may be a clause of its own ("agreed to lay down their
        # weapons in Iraq"): the acts it holds count as the act itself
        inner = [a.head for a in c.absorbed if _clause_below(a.head, c.head)]
        acts = (c.anchor, c.head, *inner)
        given = [x for h in acts for x in h.children if x.dep_ == "dobj"] + \
            [o for h in acts for x in h.children if x.dep_ == "prep" and x.lower_ == "to"
             for o in x.children if o.dep_ == "pobj"]  # "agreed to a ceasefire in Hodeidah"
        heads.update(dict.fromkeys(inner))
        heads.update(dict.fromkeys(given + [g for x in given for p in x.children if p.dep_ == "prep" and
                                            p.lower_ in ("for", "of") for g in p.children if g.dep_ == "pobj"]))
        # a modifier of what is given or declared carries its scope ("a ceasefire effective from
        # Sunday in Somalia", "curfew hours imposed in parts of Sinai")
        heads.update(dict.fromkeys(m for x in given for m in x.children if m.dep_ in ("amod", "acl")))
        # what it is for: "a ceasefire initiative to halt the fighting in Yemen", "a truce in a bid to
        # stem the epidemic in the country"
        aims = _aims([*acts, *given])
        heads.update(dict.fromkeys(aims + [o for v in aims for o in v.children if o.dep_ == "dobj"]))
        preps = [t for h in heads for t in h.children if t.dep_ == "prep" and t.lower_ in WITHIN]
        for prep in preps:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                named = list(dict.fromkeys((obj, counted(obj))))  # "in four of the country's states"
                for _ in range(2):  # "in northern parts of South Sudan", "in parts of the city of Ahmedabad"
                    named += [w for x in named[-1].children if named[-1].lemma_.lower() in PART_NOUNS and
                              x.dep_ == "prep" and x.lower_ == "of" for w in x.children if w.dep_ == "pobj"][:1]
                place = next((found for w in named if (found := place_of(w)) is not None and found.country), None)
                country = place.country if place is not None else \
                    next((region for w in named if (region := region_country(w))), None) or \
                    self.state_of_place(named[-1]) or self.state_named(named[-1])
                if not country and (named[-1].pos_ == "PROPN" or named[-1].lemma_.lower() in PLACE_NOUNS | PART_NOUNS):
                    country = home
                if country or (unknown and _named_place(named[-1])):
                    end = max(w.i for w in named) + 1
                    span = self.doc[obj.left_edge.i:end]
                    return Participant(actor=country, text=span.text, start=span.start_char, end=span.end_char)
        return None

    def phrase_actor(self, c: Candidate, src: list[Participant]) -> list[Participant]:
        """The known actors of the first phrase after the trigger, inside the act's own phrase, that
        names one not on the source's side ("called for new elections in Belarus", "ended its
        mediation in the dispute between Sudan and Chad"): as CAMEO coders read a verb phrase, whom
        an act with no other target is aimed at. Not a clause of its own, a doer ("by X"), or a
        phrase of time or circumstance ("after the raid by X", "in response to Y's crackdown")."""
        source = {t.i for h in c.source for t in h.subtree}
        end = c.trigger[-1].i
        for phrase in c.head.children:
            if phrase.i <= end or not self.within_act(phrase, source):
                continue
            tokens, frontier = [phrase], [phrase]
            while frontier:
                frontier = [t for tok in frontier for t in tok.children if self.within_act(t, source)]
                tokens += frontier
            found = [p for m in self.index.at(tokens) if m.actor
                     and not self.own_side(p := Participant(m.actor, m.text, m.start, m.end), src, c)]
            if found:
                return dedupe(found)
        return []

    @staticmethod
    def within_act(tok: Token, source: set[int]) -> bool:
        """Is `tok` still inside the act's own phrase (`phrase_actor`)?"""
        if tok.dep_ in PHRASE_STOPS or tok.i in source or (tok.dep_ == "conj" and tok.pos_ in VERBS):
            return False
        return not (tok.dep_ == "prep" and (circumstance(tok) or tok.lower_ in NOT_AIMED_PREPS))

    def aided_place(self, c: Candidate) -> Participant | None:
        """The known place help with no recipient named is given in, anywhere in the act's phrase
        ("paid for humanitarian aid for those affected in Yemen", "the largest donor of assistance in
        Iraq"): material help benefits where it is given (docs/annotation.md, AID)."""
        found = locative_places(list(c.head.subtree))
        if not found:
            return None
        prep, place = found[0]
        obj = next(o for o in prep.children if o.dep_ == "pobj")
        span = self.doc[obj.left_edge.i:obj.i + 1]
        return Participant(actor=place.country, text=span.text, start=span.start_char, end=span.end_char)

    def coordinated_places(self, tgt: list[Participant]) -> list[Participant]:
        """The target places with the known places coordinated with them ("a ceasefire in Idlib and
        Hama", "troops serving in Afghanistan and Iraq"): each conjunct is a place the act is aimed at,
        as each conjunct of a named party is a party (`participants.resolved_first`). A place read
        off its phrase's head alone (`place_acted_on`, `aided_place`) would keep the first."""
        out = list(tgt)
        for p in tgt:
            span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in LOCATIVE_PREPS:
                continue
            for conj in span.root.conjuncts:
                place = place_of(conj)
                if place is None or not place.country or any(q.start <= conj.idx < q.end for q in out):
                    continue
                part = self.doc[conj.left_edge.i:conj.i + 1]
                out.append(Participant(actor=place.country, text=part.text, start=part.start_char, end=part.end_char))
        return dedupe(out)

    def located(self, c: Candidate, tgt: list[Participant]) -> list[Participant]:
        """Unnamed civilians and places an act is aimed at take the country it is done in ("killed
        12 people in Kabul", "stabbed several people at a hall in London", "schools were closed
        across the country"), as those described by their place do ("worshippers in Kunduz",
        "villages in Vanuatu"; docs/annotation.md, section 4). Organised groups, whom where they are
        does not make that state's, stay unresolved."""
        people = [p for p in tgt if p.actor is None and (span := self.doc.char_span(
            p.start, p.end, alignment_mode="expand")) is not None and counted(span.root).lemma_.lower() in
            CIVILIANS | PLACE_NOUNS]
        if not people:
            return tgt
        preps = [t for h in dict.fromkeys((c.head, c.anchor)) for t in h.subtree
                 if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS]
        places = [place_of(w) for p in preps for o in p.children if o.dep_ == "pobj" for w in (o, *o.conjuncts)]
        countries = {loc.country for loc in places if loc is not None and loc.country}
        countries |= {state for p in preps for o in p.children if o.dep_ == "pobj"  # "across the country"
                      if (state := self.state_named(o)) is not None}
        if len(countries) != 1:
            return tgt
        country = next(iter(countries))
        return [Participant(country, p.text, p.start, p.end) if p in people else p for p in tgt]

    def named_as(self, p: Participant, sent: Span, src: list[Participant]) -> Participant:
        """A pronoun target ("urged him", "backed its decision") shown by the phrase that names the
        same actor earlier in its sentence, outside the source ("called President Erdogan on
        Wednesday and urged him ...": the target reads "President Erdogan"); the actor is unchanged."""
        if not p.actor or p.text.lower() not in PRONOUNS:
            return p
        names = [m for m in self.mentions.values() if m.actor == p.actor and sent.start_char <= m.start < p.start
                 and m.text.lower() not in PRONOUNS and not any(s.start < m.end and m.start < s.end for s in src)]
        last = max(names, key=lambda m: m.start, default=None)
        return Participant(p.actor, last.text, last.start, last.end) if last is not None else p

    def at_home(self, c: Candidate, src: list[Participant], tgt: list[Participant]) -> list[Participant]:
        """A state's restrictions, bans, closures and curfews (CAMEO 172, administrative sanctions)
        fall on its own population when the sentence names no other state: unnamed people they
        restrict ("banned gatherings of more than ten people", "prohibited travel for children") and
        a restriction with no one named ("cancelled all university classes") are that state's
        (docs/annotation.md, section 4: an act on a state's own institution or its product, such as
        imposing a curfew, targets that state)."""
        if (state := self.one_state(src)) is None:
            return tgt
        if self.countries([Participant(m.actor, m.text, m.start, m.end) for m in self.index.at(c.head.sent)
                           if m.actor]) - {state}:
            return tgt  # "banned imports from China": another state's people or goods
        if not tgt:
            things = [o for o in objects_of(c.head) if o.dep_ in ("dobj", "nsubjpass") and o.pos_ == "NOUN"] \
                if c.kind == "verb" else [c.head]  # "executed a shutdown of public services": the shutdown's
            return [Participant(state, span.text, span.start_char, span.end_char) for span in (
                self.doc[next(t.i for t in o.subtree if t.dep_ not in ("det", "punct")):
                         max([o.i, *(x.right_edge.i for x in o.children if x.dep_ == "prep" and x.lower_ == "of")]) + 1]
                for o in things[:1])]
        return [Participant(state, p.text, p.start, p.end) if p.actor is None and (
            span := self.doc.char_span(p.start, p.end, alignment_mode="expand")) is not None and
            counted(span.root).lemma_.lower() in CIVILIANS | PRIVATE_PEOPLE | PLACE_NOUNS else p for p in tgt]

    def own_people(self, p: Participant, src: list[Participant]) -> Participant:
        """The people of "his country", "their nation" are the citizens of the source's own state
        ("the prime minister apologised to the people of his country"): a domestic target X -> X."""
        span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        states = self.countries(src)
        if p.actor or span is None or len(states) != 1 or counted(span.root).lemma_.lower() not in CIVILIANS | PRIVATE_PEOPLE:
            return p
        own = any(o.lemma_.lower() in HOMELANDS and any(d.dep_ == "poss" and d.pos_ == "PRON" for d in o.children)
                  for x in counted(span.root).children if x.dep_ == "prep" and x.lower_ == "of"
                  for o in x.children if o.dep_ == "pobj")
        return Participant(next(iter(states)), p.text, p.start, p.end) if own else p

    def described(self, p: Participant) -> Participant:
        """An unresolved name that only describes the people acted on ("arrested a 36-year-old
        Cheltenham man", "detained two Oakland teenagers": where they are from) gives way to the
        phrase for those people, whom the article's state may then claim (`topic_parties`)."""
        span = self.doc.char_span(p.start, p.end, alignment_mode="expand")
        if p.actor or span is None or span.root.dep_ not in ("compound", "amod", "nmod"):
            return p
        people = span.root.head
        if people.pos_ != "NOUN" or counted(people).lemma_.lower() not in PRIVATE_PEOPLE | TARGET_NOUNS:
            return p
        return object_participant(people) or p

    def served(self, c: Candidate) -> list[Participant]:
        """The state a mission or force that receives aid serves, named by its "in" phrase
        ("deployed troops to the UN peacekeeping mission in Mali", "air support to the AU force in
        Somalia"): the aid goes to that state; the organisation running the mission is its channel."""
        heads = [h for h in c.target + [t for a in c.absorbed for t in a.target] if h.lemma_.lower() in MISSIONS]
        return dedupe([p for h in heads for x in h.children if x.dep_ == "prep" and x.lower_ == "in"
                       for o in x.children if o.dep_ == "pobj" for p in phrase_participants(o, self.index)
                       if p.actor and (a := load_gazetteer().actors.get(p.actor)) is not None and a.kind == "state"])

    def state_named(self, noun: Token) -> str | None:
        """The state a description resolved by the actors stage stands for ("in the war-torn country")."""
        actors = load_gazetteer().actors
        return next((m.actor for m in self.index.at([noun]) if m.method == "description" and m.actor
                     and (a := actors.get(m.actor)) is not None and a.kind == "state"), None)

    def state_of_place(self, noun: Token) -> str | None:
        """The state a place noun's own modifier names ("in all Libyan territories", "across
        Sudanese towns"): whose the place is."""
        if noun.lemma_.lower() not in PLACE_NOUNS:
            return None
        actors = load_gazetteer().actors
        states = {m.actor for m in self.index.at([t for t in noun.children if t.dep_ in ("amod", "compound")])
                  if m.actor and (a := actors.get(m.actor)) is not None and a.kind == "state"}
        return next(iter(states)) if len(states) == 1 else None

    def demand(self, c: Candidate, clause: Clause, src: list[Participant]) -> list[Participant]:
        """The speaker of "X must do ..." ("should", "ought to") when the speaker is another party than
        X: a demand the speaker makes of X (CAMEO 10), not X's own act or promise."""
        if clause.speech is None or clause.negated or not src or c.kind == "noun" or \
                not any(a.dep_ == "aux" and a.lower_ in OBLIGING for v in clause.chain for a in v.children):
            return []
        if c.anchor.tag_ in ("VBD", "VBZ"):
            return []  # a modal governs a bare verb: "said Nauru should reflect ... and accused the host" tells
            # of an accusation made, whatever the conjunct before it
        speakers = resolved_first(dedupe([p for t in clause.speech.children if t.dep_ == "nsubj"
                                          for p in phrase_participants(t, self.index)]))
        said_by, obliged = _countries(speakers), _countries(src)
        if said_by & obliged:
            return []  # "Macron said France must ...": a statement of the speaker's own side
        if not said_by and not any(self.political(p) for p in speakers):
            return []  # "a pronoun or a private person said": no party of its own to demand anything
        return speakers

    def plural_antecedent(self, subject: Token) -> list[Participant]:
        """The known actors "they" or "the ministers", the subject of a sentence, continues from the
        subject of a sentence before, when that subject names several parties ("Egypt's foreign
        minister and his Greek counterpart met in Cairo. They called on Turkey to ..."): a subject
        pronoun or description takes up the previous sentence's subject (centering), and a plural
        needs a plural one."""
        sent = subject.sent
        if subject.dep_ != "nsubj" or any(t.dep_ in ("nsubj", "nsubjpass") for t in self.doc[sent.start:subject.i]):
            return []
        words = self.doc[subject.left_edge.i:subject.i + 1]
        for _ in range(THEY_WINDOW):
            if sent.start == 0:
                return []
            sent = self.doc[sent.start - 1].sent
            subjects = [t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) != 1 or sent.root.pos_ not in ("VERB", "AUX"):
                return []
            parts = [p for p in self.phrase(subjects[0]) if p.actor]
            if subjects[0].lower_ == "they" or (len(parts) == 1 and (parts[0].actor or "").startswith("person:")):
                continue  # "They concluded ...", "The Italian minister joined as an observer.": further back
            if len(parts) < 2 and subjects[0].tag_ not in ("NNS", "NNPS"):
                return []  # "Kenya sent troops. They ...": "they" is the troops, not Kenya
            return [Participant(actor=p.actor, text=words.text, start=words.start_char, end=words.end_char)
                    for p in parts]
        return []

    def reporting_authority(self, c: Candidate, clause: Clause) -> list[Participant]:
        """The state whose police, court or their spokesperson reports an agentless arrest, charge or
        sentence ("a police spokesman confirmed that two suspects were arrested", "police said 40
        people were detained"): the text names the doer elsewhere in the sentence (docs/annotation.md,
        section 4). Only when the sentence names no other state the act could be done in or by."""
        teller = self.reporter(clause, c.anchor)
        if c.entry.mode not in AUTHORITY_MODES or teller is None or not teller.actor or clause.speech is None:
            return []
        if (state := self.one_state([teller])) is None:
            return []
        speaker = [t for t in clause.speech.children if t.dep_ in ("nsubj", "nsubjpass")]
        words = [t for h in speaker for t in h.subtree]
        sectors = {code for t in words for m in self.index.at([t]) for code in m.sectors}
        sectors |= {hit[0] for t in words if (hit := sector_at(self.doc, t.i, t.i + 1, load_gazetteer().sectors))}
        if not sectors & LAW_ENFORCERS:
            return []  # a minister saying citizens of theirs were detained does not say where or by whom
        patients = {t.i for p in _patients(c.head) for t in p.subtree}
        named = self.countries([Participant(m.actor, m.text, m.start, m.end) for m in self.index.at(
            [t for t in c.head.sent if t.i not in patients]) if m.actor])
        named |= {place.country for _, place in locative_places(c.head.sent) if place.country}
        if named - {state}:
            return []  # "Kenyan police said two Ugandans were arrested in Kampala"
        return [Participant(actor=state, text=teller.text, start=teller.start, end=teller.end)]

    def reporter(self, clause: Clause, anchor: Token) -> Participant | None:
        heads: list[Token] = []
        if clause.speech is not None:
            heads = [t for t in clause.speech.children if t.dep_ in ("nsubj", "nsubjpass")]
        elif (obj := according_to(anchor)) is not None:
            heads = [obj]
        parts = [p for h in heads for p in phrase_participants(h, self.index)]
        return parts[0] if parts else None

    def date_for(self, c: Candidate, clause: Clause, status: str, dates: list[DateMention]) -> tuple[str | None, str | None]:
        own = {t.i for t in clause.chain} | {c.head.i}
        tok = c.head  # a noun's own phrase up to its verb ("a shipment of aid ... arrived on Thursday")
        while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and tok.dep_ not in ("relcl", "advcl"):
            own |= {tok.i} | {ch.i for ch in tok.children if ch.dep_ == "acl"}  # "sanctions, adopted on Friday"
            tok = tok.head
        own.add(tok.i)
        if c.anchor.dep_ == "advcl" and c.anchor.tag_ == "VBG":  # "cut ties on Monday, accusing Qatar of ..."
            own.add(c.anchor.head.i)
        speech = clause.speech
        direction = 1 if clause.future else 0 if status == "hypothetical" else -1
        best = self._own_date(own, speech, status, dates)
        if best is None and speech is None and status == "occurred":
            # a clause with no date of its own shares that of the clause it is coordinated with or
            # subordinate to ("ordered a halt on Tuesday, and Russia later accepted ...", "cut ties in
            # 2016 after protesters stormed its embassy", "signing a declaration on Monday")
            up = clause.chain[-1] if tok in clause.chain else tok
            outer: set[int] = set()
            while up.dep_ in ("conj", "advcl", "pcomp", "pobj", "prep") and up.head.i != up.i and len(outer) < 6:
                if up.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "before", "until", "since")
                                              for m in up.children):
                    break
                up = up.head
                if up.pos_ in ("VERB", "AUX"):
                    outer.add(up.i)
            if outer:
                best = self._own_date(outer, None, status, dates)
        if best is not None:
            redo = find_dates(best.text, self.published, direction)
            if redo:
                return redo[0].value, redo[0].precision
        if self.published is None:
            return None, None
        return self.published.isoformat(), "published"

    def _own_date(self, own: set[int], speech: Token | None, status: str,
                  dates: list[DateMention]) -> DateMention | None:
        """The first date expression whose nearest governing verb is one of `own` (not the speech verb,
        except for announced and hypothetical events, whose speaker's date is the announcement's)."""
        best = None
        for d in dates:
            if d.text.lower().startswith(("since", "until")):
                continue  # "for the first time since 1998": the start of a span, not the act's date
            tok = self.doc.char_span(d.start, d.end, alignment_mode="expand")
            if tok is None:
                continue
            root = tok.root
            ancestors = [root, *root.ancestors]
            nearest_verb_side = next((a for a in ancestors if a.i in own or a is speech), None)
            if nearest_verb_side is not None and nearest_verb_side is not speech:
                return d
            if speech is not None and nearest_verb_side is speech and status in ("announced", "hypothetical"):
                best = best or d
        return best

    def location(self, c: Candidate, sent: Span) -> Location | None:
        for scope in (c.head, c.anchor):
            found = locative_places(list(scope.subtree))
            if found:
                return found[0][1]
        cache = self.__dict__.setdefault("_sentence_places", {})  # the same for every event of a sentence
        if sent.start not in cache:
            found = locative_places(list(sent))
            cache[sent.start] = found[0][1] if found else None
        return cache[sent.start]


# Speech acts are reactions told as of the report ("Saakashvili accused Moscow ..."): they keep their own date.
REACTIONS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})


EVENTS_OF_JUDGEMENT = frozenset({"ACCUSE", "SUPPORT"})
# Acts of saying, which a judgement's "it" or "the decision" does not point back to.
SPEECH_ACTS = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN", "AGREE"})


def _material_nouns(lex: Lexicon, onto: Ontology) -> frozenset[str]:
    """The event lexicon's nouns of material acts (QuadClass 2 or 4: "the shelling", "the arrest",
    "the withdrawal"), whose "of" phrase names what or whom the act was done to, not its doer."""
    return frozenset(lemma for lemma, entries in lex.nouns.items()
                     if any(onto.types[e.type].quad_class in (2, 4) for e in entries))


# What a verb of criticism criticises: its object, or the object of "against" ("spoke out against the
# raid"); of a noun of criticism ("condemnation of the raid"), its "of" or "against" phrase.
CRITICISED_PREPS = frozenset({"against", "of"})


def _criticised_act(trigger: Span, lex: Lexicon) -> Token | None:
    """The act a verb or noun of criticism criticises ("condemned the killing", "criticism of the
    decision"), when its object is a noun of an act (`judgements.act_noun`), not an actor or a thing,
    nor the criticism itself ("lodged a protest", "launched legal action against X": a noun the
    trigger's pattern names, or a noun of criticism)."""
    head = trigger.root
    objects = [c for c in head.children if c.dep_ == "dobj"] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ in CRITICISED_PREPS
        and (p.lower_ == "against" or head.pos_ == "NOUN") for o in p.children if o.dep_ == "pobj"]
    act = next(iter(objects), None)
    if act is None or act.pos_ != "NOUN" or act in trigger or not act_noun(act, lex.nouns):
        return None
    lemma = act.lemma_.lower()
    patterns = [e for e in lex.verbs.get(head.lemma_.lower(), ()) if e.type == "ACCUSE"]
    criticising = any(not e.objects for e in patterns)  # "condemn", "criticise": a verb of criticism alone
    if any(e.type == "ACCUSE" for e in lex.nouns.get(lemma, ())) or (
            not criticising and any(lemma in e.objects for e in patterns)):
        return None
    return act


def _same_stem(noun: str, verb: str) -> bool:
    """Does a noun name the act of a verb ("the ruling" of "ruled", "the cull" of "culled", "the
    attack" of "attacked")? A shared start of four letters, or of all but the last two letters of
    the shorter word, and never fewer than three."""
    shorter = min(len(noun), len(verb))
    common = next((i for i, (a, b) in enumerate(zip(noun, verb)) if a != b), shorter)
    return common >= max(3, min(4, shorter - 2))


def _narrative_past(c: Candidate, e: Event) -> bool:
    """An act told in the simple past, not reported, with no date expression of its own ("Germany,
    France and Poland each expelled four diplomats", "The agreement was signed by ...")."""
    if e.date_precision != "published" or e.status != "occurred" or e.reported_by is not None \
            or e.type in REACTIONS:
        return False
    verb = c.anchor if c.anchor.pos_ in ("VERB", "AUX") else c.anchor.head
    if verb.tag_ != "VBD" and not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in verb.children):
        return False
    return not any(a.lemma_ == "have" and a.dep_ == "aux" for a in verb.children)


def _codes(parts: list[Participant]) -> frozenset[str]:
    return frozenset(p.actor for p in parts if p.actor)


def carry_dates(events: list[Event], narrative: set[int]) -> None:
    """A dateless act in the simple past that continues an earlier dated act of the article (the same
    type against the same target, or the same quad class between the same parties: "agreed on Friday
    to restore ties ... The agreement was signed by ..."), happened when that act did
    ("expelled Russian diplomats on Monday. ... Germany, France and Poland each expelled four")."""
    dated: list[Event] = []
    carried: dict[int, Event] = {}  # sentence index -> the dated act one of its acts continues
    for e in events:
        if id(e) in narrative:
            tgt, everyone = _codes(e.target), _codes(e.source) | _codes(e.target)
            for d in reversed(dated):
                d_everyone = _codes(d.source) | _codes(d.target)
                if (d.type == e.type and tgt and tgt == _codes(d.target)) or (
                        len(everyone) >= 2 and everyone == d_everyone and d.quad_class == e.quad_class):
                    e.date, e.date_precision = d.date, d.date_precision
                    carried[e.sentence.index] = d
                    break
        elif e.date_precision == "day" and e.status == "occurred":
            dated.append(e)
    for e in events:  # the other simple-past acts of such a sentence are part of the same account
        lead = carried.get(e.sentence.index)
        if id(e) in narrative and e.date_precision == "published" and lead is not None:
            e.date, e.date_precision = lead.date, lead.date_precision


PROTESTS = frozenset({"strike", "protest", "demonstration", "boycott", "sit-in", "blockade", "rally", "walkout"})
# Nouns of a group of people acting together, as protesters do.
COLLECTIVES = frozenset("""union group movement association federation crowd community coalition alliance
organisation organization committee""".split())


def _protesting(c: Candidate, src: list[Participant]) -> bool:
    """Do people protest together, or act on their protest ("workers went on strike", "said they will
    not end the strike")? Protesters are a political actor (docs/annotation.md); one person's act
    ("she protested alone", "it demonstrates") is not a collective protest."""
    doc = c.head.doc
    heads = c.source + [span.root for p in src
                        if (span := doc.char_span(p.start, p.end, alignment_mode="expand")) is not None]
    collective = any(t.tag_ in ("NNS", "NNPS") or t.lemma_.lower() in COLLECTIVES or t.lower_ in ("they", "we") or
                     any(m.lemma_.lower() in COLLECTIVES for m in t.children if m.dep_ == "compound") for t in heads)
    return collective and (c.entry.type == "PROTEST" or any(a.entry.type == "PROTEST" for a in c.absorbed) or any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in PROTESTS for h in [c.head, *(a.head for a in c.absorbed)]
        for o in h.children))


# Nouns of a span of time, whose "of" phrase says what filled it ("sixteen weeks of protests"): the
# protests are told as a duration, a background to what happens in it.
SPANS_OF_TIME = frozenset({"day", "week", "month", "year", "night", "hour", "decade"})
DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _unclaimed_protest(c: Candidate) -> bool:
    """Is the trigger a protest noun whose doers the text does not name ("protests filled the
    streets", "the bill sparked protests", "riots broke out in Kenosha", "protests were held in
    Lima", "the decision was met with protests"), telling of protests of its
    own? "The protests" with no word of its own ("since the protests began", "involved in the
    protests") refers back to protests told already, "weeks of protests" and "during riots" are a
    time, a stance "against protests" has them as its topic, and "a day without protests" tells
    of none."""
    head = c.head
    held = c.kind == "support" and head.dep_ == "nsubjpass"  # "protests were held in Lima": no one named
    if c.entry.type != "PROTEST" or c.source or not (c.kind == "noun" or held):
        return False
    own_words = any(x.dep_ in ("amod", "compound", "nummod", "prep", "acl", "relcl") for x in head.children)
    if not own_words and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in head.children):
        return False
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in ("during", "against", "without"):
        return False  # "hid during riots": a time; "stances against protests": a topic; "a day without protests"
    return not (first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in SPANS_OF_TIME)


def _noun_phrase(head: Token) -> Participant:
    """A noun phrase as an unresolved participant, from its first word after the determiner."""
    left = head.left_edge.i
    while left < head.i and head.doc[left].dep_ in ("det", "punct", "predet"):
        left += 1
    span = head.doc[left:head.i + 1]
    return Participant(actor=None, text=span.text, start=span.start_char, end=span.end_char)


# Verbal and material cooperation (PLOVER quad classes 1 and 2), which a company's deals and a
# reporter's interviews take the words of.
COOPERATIVE_CLASSES = frozenset({1, 2})
# What goes wrong with no one's intent: an inquiry into one accuses no party (docs/annotation.md, section 1:
# accidents with no political actor are no event). Not "incident", a word news uses of crimes too.
MISHAPS = frozenset("""crash accident collision derailment sinking capsizing fire blaze wildfire explosion blast
collapse leak spill outbreak malfunction failure breakdown""".split())
# Aspects of a mishap or a death an inquiry looks into ("the cause of the crash", "the conditions leading up to
# his death"): how someone died, not who killed them ("investigating the killing", "the death of the journalist").
ASPECTS = frozenset({"cause", "circumstance", "condition", "specific", "detail", "reason", "origin", "factor"})
DEATHS = frozenset({"death", "drowning", "disappearance"})
INQUIRY_PREPS = frozenset({"of", "into", "on", "about"})


def _mishap_inquiry(c: Candidate, sent: Span) -> bool:
    """Is the act an inquiry into a mishap ("NTSB investigators are investigating the crash", "began
    an investigation into the cause of the fire"), or one that names nothing it looks into in a sentence
    about a mishap ("inquiries have been launched by both agencies" beside "the crash site")? An
    inquiry accuses a party only when it looks into someone's act (docs/annotation.md, ACCUSE investigate)."""
    if c.entry.mode != "investigate":
        return False
    heads = {c.head, *c.trigger} | ({c.noun} if c.noun is not None else set())
    if any(x.dep_ in ("ccomp", "xcomp") for h in heads for x in h.children):
        return False  # "to investigate who leaked the recording": a doer is sought
    # what is looked into: the object, or the subject of a passive ("the crash was being investigated")
    looked_into = [x for h in heads for x in h.children if x.dep_ in ("dobj", "nsubjpass") and x not in heads] + \
        [o for h in heads for x in h.children if x.dep_ == "prep" and x.lower_ in INQUIRY_PREPS
         for o in x.children if o.dep_ == "pobj"]
    if looked_into:
        return all(_mishap(o) for o in looked_into)
    return not c.target and any(t.lemma_.lower() in MISHAPS for t in sent)


def _mishap(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in MISHAPS or (lemma in ASPECTS and any(t.lemma_.lower() in MISHAPS | DEATHS for t in noun.subtree))


# A candidate's own race: "suspended her campaign", "suspended his presidential bid"; not a military or
# bombing campaign, a campaign of strikes or a bid to join the EU, which other words qualify.
CANDIDACIES = frozenset({"campaign", "candidacy", "bid", "run"})
ELECTORAL = frozenset({"presidential", "election", "electoral", "reelection", "re-election", "mayoral",
                       "gubernatorial", "senate", "congressional", "primary", "own"})


def _leaves_race(c: Candidate) -> bool:
    """Does a candidate suspend or cut off their own candidacy ("Ruiz suspended her campaign", "they
    suspended their presidential bids")? No party is sanctioned. Dropping a bid a protest demands is
    a concession (CAMEO 080), another type."""
    objects = [x for x in c.head.children if x.dep_ in ("dobj", "nsubjpass")]
    return c.kind == "verb" and c.entry.type in ("SANCTION", "RETREAT") and bool(objects) and all(
        o.lemma_.lower() in CANDIDACIES and any(x.dep_ == "poss" and x.pos_ == "PRON" for x in o.children) and
        all(x.dep_ in ("poss", "det") or x.lower_ in ELECTORAL or x.like_num for x in o.children) for o in objects)


# Objects that make a verb of taking or seizing an idiom ("seize the opportunity", "grab the chance").
OPPORTUNITIES = frozenset({"opportunity", "chance", "moment", "occasion", "initiative"})


def _idiom(c: Candidate) -> bool:
    """Is what the verb takes an opportunity ("Melbourne can seize the opportunity to ...")? Nothing
    is seized from anyone."""
    objects = [x for x in c.head.children if x.dep_ in ("dobj", "nsubjpass")]
    return c.kind == "verb" and bool(objects) and all(o.lemma_.lower() in OPPORTUNITIES for o in objects)


# What a candidate wins in a vote, which "received" and "won" count, not a visitor received.
TALLIES = frozenset({"vote", "delegate", "ballot", "seat", "percent", "%", "point", "elector"})


def _tally(c: Candidate) -> bool:
    """Is a meeting verb's object an election tally ("received the other delegate", "received 40% of
    the vote")? A candidate's count is no visit."""
    objects = [x for x in c.head.children if x.dep_ == "dobj"]
    return c.kind == "verb" and c.entry.type == "CONSULT" and bool(objects) and all(
        o.lemma_.lower() in TALLIES or o.lower_ in TALLIES for o in objects)


# Gatherings a bare "attended" may refer back to ("The summit opened on Monday. Twelve ministers attended.").
GATHERINGS = frozenset("""summit meeting conference talk assembly session ceremony funeral inauguration forum
congress convention gathering rally celebration parade commemoration memorial signing""".split())


def _nothing_attended(c: Candidate) -> bool:
    """Does a verb of taking part in a gathering name no gathering, in its sentence or the one before
    ("police, the ambulance service and an air ambulance also attended": at an incident)? A summit
    is attended; a scene is attended to."""
    if c.kind != "verb" or c.entry.type != "CONSULT" or c.entry.mode != "multilateral" or c.target or \
            c.with_target or any(x.dep_ in ("dobj", "prep", "xcomp", "ccomp", "advcl") for x in c.head.children):
        return False
    sent = c.head.sent
    before = c.head.doc[sent.start - 1].sent if sent.start > 0 else sent
    return not any(t.lemma_.lower() in GATHERINGS for t in c.head.doc[before.start:sent.end])


# Acts only a state's office-holders and forces, or an armed group, do: moving troops or police,
# declaring martial law or a state of siege, imposing a curfew.
STATE_ONLY_TYPES = frozenset({"MOBILIZE"})
STATE_ONLY_MODES = frozenset({"martial-law", "curfew"})


def _may_refer(pronoun: Token, noun: Token) -> bool:
    """Can a singular pronoun stand for the speaker's noun phrase: "it" for a state, a body or the body
    a spokesperson speaks for ("Russia said it would leave", "the Royal Marines said it will not
    release the tanker", "the group's spokesman said it had carried out the attack"), not for several
    people a common noun counts ("officials confirmed it has killed three": the virus)?"""
    plural = noun.tag_ == "NNS" or any(x.dep_ == "conj" for x in noun.children)
    return not plural or pronoun.lower_ not in ("it", "he", "she")


def _only_authorities_do(c: Candidate) -> bool:
    """Does the act make its doer an authority, though no actor or title resolves them ("Ruiz declared
    a state of siege and sent in 300 troops")? Hand-written triggers only: the dictionary files shops
    closed under curfews."""
    if c.entry.compiled:
        return False
    # moving forces, not things: "sent in 300 troops", "began deploying", not "dispatched a research
    # ship" or "tested its rocket"
    moved = [x for h in (c.head, *c.trigger) for x in h.children if x.dep_ in ("dobj", "nsubjpass")]
    return c.entry.mode in STATE_ONLY_MODES or c.entry.type in STATE_ONLY_TYPES and (not moved or any(
        n.lemma_.lower() in POLITICAL_HEADS or n.lower_ in POLITICAL_HEADS for n in (*moved, *measured(moved))))


def _asked_for(act: Token, request: Token) -> bool:
    """Is `act` what `request` asks for itself ("called for sanctions", "urged them to strike"), not
    something inside it ("asked NATO to help patrol", "asked them to end the boycott")?"""
    tok = act.head
    while tok.i != request.i:
        if tok.pos_ != "ADP" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _complement_verbs(head: Token, depth: int = 2) -> list[Token]:
    """The verbs of what a threat, warning or request is about ("threatened to turn Seoul into ...",
    "warned that Beijing would ... stop Taiwan"), two clause levels down, without conditions."""
    out, frontier = [], [head]
    for _ in range(depth):
        frontier = [x for t in frontier for x in t.children if x.dep_ in ("xcomp", "ccomp") or
                    (x.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children))]
        out += frontier
    return out


# Another party's acts and words, which one opposes or rejects by criticising them, not by refusing
# them: "opposed the withdrawal", "strongly reject the new blockade measure" (docs/annotation.md,
# section 11: REJECT is the refusal of an offer, request or proposal addressed to the rejecter).
JUDGED_ACTS = frozenset("""statement remark comment speech decision move measure policy withdrawal proceeding
proceedings action step declaration proclamation announcement ban blockade crackdown""".split())
OPPOSING = frozenset({"oppose", "reject"})


def _judges_act(c: Candidate) -> bool:
    """Does a refusal verb take another party's act or words as its object ("Bolsonaro opposed
    Macron's statement"), which it criticises rather than refuses?"""
    if c.kind != "verb" or c.head.lemma_.lower() not in OPPOSING:
        return False
    objs = [o for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in JUDGED_ACTS for o in objs)


PEACEKEEPING = frozenset({"peacekeeping", "peacekeeper", "peacekeepers"})


# A purpose that makes a deployment peacekeeping: "to monitor the ceasefire", "to keep the peace".
TRUCE_KEEPING = frozenset({"monitor", "observe", "supervise", "keep", "enforce", "oversee", "verify", "police"})
TRUCES = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "peace", "cessation"})


# A purpose that makes a deployment military aid: "deployed to train the Nigerian army".
TRAINING = frozenset({"train", "advise", "mentor", "instruct"})
MILITARY_AID = "072"


def _sent_to_train(c: Candidate) -> bool:
    """Is a deployment's purpose to train or advise another force ("soldiers deployed to Nigeria
    to train 200 Nigerian soldiers")?"""
    return any(x.lemma_.lower() in TRAINING and _purpose(x) for v in {c.head, c.anchor} for x in v.children)


# What makes a team deployed a humanitarian one ("search-and-rescue teams", "medical units").
RELIEF = frozenset({"rescue", "relief", "medical", "humanitarian", "aid", "rescuer", "medic", "doctor"})
HUMANITARIAN_AID = "073"
PROMISED_AID = "033"  # AGREE: intent to provide aid (0331 economic ... 0334 protection)


def _relief_teams(c: Candidate) -> bool:
    """Are the people a deployment sends rescuers, medics or relief workers ("deployed seven
    search-and-rescue teams", "sent medical teams")?"""
    sent = [o for o in c.head.children if o.dep_ in ("dobj", "obj")] if c.kind == "verb" else []
    return any(t.lemma_.lower() in RELIEF for o in sent for t in o.subtree if t.i <= o.i)


def _sends_a_team(c: Candidate) -> bool:
    """Does the act send a team ("sent a medical team"), which its modifiers type, rather than goods
    ("sent military aid": "aid" says nothing of the kind of help)?"""
    return c.kind == "verb" and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "team" for o in c.head.children)


def _peacekeeping(c: Candidate) -> bool:
    """Does a deployment send peacekeepers ("deployed 300 troops to the UN peacekeeping mission",
    "Russian peacekeepers began deploying", "announced the deployment of troops to Liberia on a
    peacekeeping mission", "approved the deployment of a team to monitor the truce")?"""
    tokens = [*c.head.subtree, *(t for s in c.source for t in s.subtree)]
    if c.anchor is not c.head:  # what the carrying verb says of the deployment
        tokens += [t for x in c.anchor.children if x.dep_ == "prep" for t in x.subtree]
    purposes = [x for v in {c.head, c.anchor} for x in v.children if x.dep_ in ("xcomp", "advcl", "acl", "relcl")]
    return any(t.lemma_.lower() in PEACEKEEPING or t.lower_ in PEACEKEEPING for t in tokens) or any(
        v.lemma_.lower() in TRUCE_KEEPING and any(o.dep_ == "dobj" and o.lemma_.lower() in TRUCES for o in v.children)
        for v in purposes)


# Legal acts only authorities do: arresting, detaining, deporting, charging, convicting (not suing,
# CAMEO 115, which anyone may do).
AUTHORITY_MODES = frozenset({"arrest", "convict", "deport", "allege"})
# Sentences back a subject "they" may take up its plural antecedent through: past other "they"
# subjects and single persons, whom it cannot stand for.
THEY_WINDOW = 3
# Sectors of those who arrest, charge and try people, and speak for it: police and courts.
LAW_ENFORCERS = frozenset({"COP", "JUD"})
LAWSUIT = "115"


# What a government closes or cancels for its population: schools and their classes (docs/annotation.md,
# section 11: a government's measures on its own population).
SCHOOLING = frozenset({"school", "college", "university", "kindergarten", "class", "classroom", "lesson", "exam",
                       "examination", "study"})
# CAMEO 172x: administrative sanctions (bans, closures), curfews, states of emergency or calamity.
RESTRICTIONS = "172"


def _patients(verb: Token) -> list[Token]:
    """Who a passive verb acts on: its passive subject, or the subject of the clause it is
    coordinated with or raised from ("Ruiz was arrested and was imprisoned", "Ruiz is to be
    sentenced in May")."""
    tok = verb
    for _ in range(4):
        found = [t for t in tok.children if t.dep_ == "nsubjpass" or (tok is not verb and t.dep_ == "nsubj")]
        if found or tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return found
        tok = tok.head
    return []


def authority_act(entry: Entry) -> bool:
    """Is the act one only public authorities do: arresting, detaining, deporting, charging,
    convicting (not suing, CAMEO 115, which anyone may do), or declaring a curfew or an emergency?"""
    return ("legal" in entry.contexts and entry.mode in AUTHORITY_MODES and entry.cameo != LAWSUIT) or \
        entry.mode in STATE_ONLY_MODES


def _by_authorities(c: Candidate) -> bool:
    """Is the trigger an agentless passive of a legal act only the state does ("more than 1000 people
    have been arrested", "he was sentenced to ten years", "he was arrested and imprisoned"), a
    closure of schools or classes ("many schools were closed"), the release of people held ("he
    was released in 2018", "the hostages were freed"), or an assassination or execution of people
    ("the scientist was assassinated near Tehran": CAMEO 186, a killing for political ends)? Its
    unnamed doer is the state's police, courts or government, the captors or the killers, political
    actors: the event stands with no source (docs/annotation.md: an agentless passive's source is [])."""
    if c.kind == "noun":  # "Navalny's arrest in May", "his 2016 release": a past act with its own time anchor
        # (docs/annotation.md, background acts); not an "of" phrase: "secure the release of ..." is an aim
        return not c.source and bool(c.target) and all(t.dep_ == "poss" and personal_owner(t) for t in c.target) and \
            any(t.ent_type_ == "DATE" for t in c.head.subtree) and (
            authority_act(c.entry) or c.entry.mode == "release" or c.entry.cameo == ASSASSINATION)
    if c.kind != "verb" or c.entry.compiled or not is_passive(c.head) or c.source or c.head.dep_ == "amod":
        return False  # the curated verbs only: the dictionary's "hold", "keep", "take" have other senses
    patients = _patients(c.head)
    elided = not patients and c.head.dep_ == "conj"  # "..., but was arrested in 1963": the subject is shared
    if c.entry.mode == "release":
        return bool(patients) and all(_person(t) for t in patients)
    if c.entry.cameo == ASSASSINATION:  # office-holders are people too: "the governor was assassinated"
        return bool(patients) and all(_person(t) or t.lemma_.lower() in POLITICAL_HEADS for t in patients)
    if c.entry.type == "COERCE" and (c.entry.cameo or "").startswith(RESTRICTIONS) and c.entry.mode == "restrict":
        return bool(patients) and all(  # "dozens of schools were closed": what the quantity counts
            any(n.lemma_.lower() in SCHOOLING for n in (t, *measured([t]))) for t in patients)
    return (bool(patients) or elided) and authority_act(c.entry)


def _thing_moving(c: Candidate, clause: Clause) -> bool:
    """Is the mover "it", unresolved and reported by no one ("the storm weakened as it left the
    Bahamas")? A state is "it" under a speech verb ("Russia said it would leave"), which names it."""
    return bool(c.source) and all(t.lower_ == "it" for t in c.source) and clause.speech is None and \
        "swap" not in c.entry.flags  # "the conference it hosted": the host is no mover


def _quoted(tok: Token) -> bool:
    """Does the token stand inside quotation marks its sentence opens?"""
    marks = [t for t in tok.sent if t.i < tok.i and (t.tag_ in ("``", "''") or t.text in QUOTE_MARKS)]
    return len(marks) % 2 == 1


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _simple_present(verb: Token) -> bool:
    """ "recognises", "do not recognise", "is banned": the simple present, active or passive."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    if verb.tag_ == "VB":
        return all(a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    return verb.tag_ == "VBN" and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)


# Adverbs of frequency: what is usually done is a practice, no act (docs/annotation.md, section 11).
HABITUAL = frozenset({"usually", "often", "typically", "generally", "normally", "regularly", "traditionally",
                      "routinely", "frequently", "customarily", "habitually"})


# What authorities ask the public to do to keep safe in a disaster, a storm or an epidemic.
SAFETY_ACTS = frozenset("""evacuate shelter flee stay remain avoid prepare boil heed isolate quarantine
self-isolate""".split())


def _warns_own_public(c: Candidate, src: list[Participant], tgt: list[Participant]) -> bool:
    """Is this a warning that authorities give the public of their own state ("police warned
    residents to stay inside", "officials warned motorists of black ice")? That is public-safety
    advice, no threat against a party (docs/annotation.md: disasters and accidents with no political
    actor); a warning to another state's citizens ("Iran warned American citizens") names that
    state and stays an event. An appeal to one's own public ("urged locals to help the police") is
    a REQUEST the gold codes, and stays; one to keep safe ("urged residents to evacuate", "asked
    citizens to avoid going out") is the same advice as a warning."""
    if c.entry.type not in ("THREATEN", "REQUEST") or not c.target or c.with_target:
        return False
    if c.entry.type == "REQUEST" and not any(v.lemma_.lower() in SAFETY_ACTS for v in _complement_verbs(c.head)
                                             for v in (v, *v.conjuncts)):
        return False
    if not all(t.lemma_.lower() in THE_PUBLIC | CIVILIANS or t.lower_ in THE_PUBLIC for t in c.target):
        return False
    return {p.actor for p in tgt if p.actor} <= {p.actor for p in src if p.actor}


def _habitual(c: Candidate) -> bool:
    """ "the court often hears such cases", "G7 meetings usually center on politics": a practice, told
    on the act's verb or on the verb an event noun is the subject of."""
    verbs = [c.anchor] + ([c.head.head] if c.kind == "noun" and c.head.dep_ in ("nsubj", "nsubjpass") else [])
    return any(a.dep_ == "advmod" and a.lower_ in HABITUAL for v in verbs for a in v.children)


# Verbs that name a state of affairs when told in the simple present ("both sides oppose the rebels").
STATIVE = frozenset({"recognise", "recognize", "support", "back", "oppose", "occupy", "control", "ally", "align",
                     "govern", "administer", "ban", "prohibit"})
DONE_BY_SAYING = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # acts done by saying them, in any tense


def _standing(c: Candidate, clause: Clause) -> bool:
    """Is the act a standing situation, told in the simple present with no date by the writer
    ("Nauru, one of the states that recognise Taiwan", "the PKK is banned in Turkey", "both sides
    oppose the rebels")? docs/annotation.md (section 11) codes no standing situation. What someone
    says in the present is an act of saying ("'We reject the ruling,' the minister said"; "in the
    letter, he asks Kyiv to ..."), what a law or a text does is the act of whoever enacts or issues
    it, and a present tense in an adverbial clause may tell a future act ("before the envoy leaves"),
    so none of them counts."""
    verb = c.head
    if c.kind != "verb" or c.entry.type in DONE_BY_SAYING or clause.speech is not None or _quoted(verb) or \
            not _simple_present(verb):
        return False
    if verb.dep_ == "conj":  # "neither accepts nor recognises": the tense of the first verb
        verb = verb.head
    if verb.dep_ in ("advcl", "ccomp", "xcomp", "pcomp") or any(c.dep_ == "mark" for c in verb.children):
        return False
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in LAWS | DOCUMENTS:
        return False  # "passed a bill that decriminalises abortion": what the law does is enacted
    # a main clause's simple present may be a headline's news ("Ghana and Togo agree to reopen the
    # border"): there only verbs of a state tell a standing situation
    described = verb.dep_ == "relcl" or is_passive(c.head)
    return (described or c.head.lemma_.lower() in STATIVE) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "his", "her", "their"})
PRONOUNS = PERSONAL_PRONOUNS | frozenset({"him", "her", "them", "it", "its", "his", "their", "me", "us", "our", "my"})


def _person(tok: Token) -> bool:
    """A person or people: a personal pronoun, a person's name, a noun for people ("the hostages")."""
    noun = counted(tok).lemma_.lower()  # "dozens of prisoners"
    return tok.lower_ in PERSONAL_PRONOUNS or tok.ent_type_ == "PERSON" or noun in AGENT_NOUNS | TARGET_NOUNS | HELD_PEOPLE


def _own_state(p: Participant, src: list[Participant]) -> bool:
    """Is `p` the very state a source office-holder serves? An office-holder acting on their own
    country names no target: the act is about something of that state's ("questioned America's
    commitment to defend the allies"). An armed group or party acting against its state does
    name it ("the Taliban accused the Afghan army")."""
    actors = load_gazetteer().actors
    state = actors.get(p.actor or "")
    if state is None or state.kind != "state":
        return False
    return any((a := actors.get(s.actor or "")) is not None and a.kind == "person" and a.country == p.actor for s in src)


# The bodies of a state another of its actors acts on in domestic politics ("the senate",
# "police", "the government"); not the army, whose words are often its weapons ("pounded them with
# artillery").
DOMESTIC_BODIES = frozenset({"GOV", "LEG", "JUD", "COP", "OPP"})
# Places of punishment a sector list may name as police ("prison"): a place, not a party.
PENAL = frozenset({"prison", "jail"})
# What an act's own phrase does not reach into: clauses of their own, its subject, a doer ("an attack
# by X"), and the phrases of time and circumstance ("after the raid by X", "despite protests from Y").
PHRASE_STOPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj", "nsubj", "nsubjpass", "punct", "cc",
                          "mark", "appos", "acl", "agent"})
VERBS = frozenset({"VERB", "AUX"})  # "dropped his guns and surrendered in X": another act's phrase
NOT_AIMED_PREPS = frozenset({"by", "after", "before", "during", "since", "until", "amid", "ahead", "despite",
                             "following", "throughout", "within", "like", "unlike", "except", "besides"})
# Prepositions of an act's time, place or agent, not of what it is aimed at ("before the election").
SETTING_PREPS = frozenset({"before", "after", "during", "since", "until", "amid", "ahead", "in", "at", "by", "from",
                           "despite", "over", "within", "throughout", "under"})
# What aid can be sent to that acts in a country on others' behalf ("the UN mission in Mali").
MISSIONS = frozenset({"mission", "force", "operation", "contingent", "deployment"})
# Prepositions of the place an act is done in or over ("a curfew in ...", "blockades around ...").
WITHIN = frozenset({"in", "across", "throughout", "around", "inside"})
# Acts done to a place, whose target is the place they are done in even when its state is not
# known ("imposed blockades in parts of Darfur", "declared a state of siege in the town", "put
# troops on alert in the region"): coercion and shows of force (CAMEO 17x, 15x). Not attacks,
# aid or agreements, whose place is often only where they happen.
ENFORCED_IN_PLACE = frozenset({"COERCE", "MOBILIZE"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _named_place(noun: Token) -> bool:
    """Does `noun` name a place: a place name or a place noun ("Katanga", "the town", "the region")?"""
    return (noun.pos_ == "PROPN" and noun.ent_type_ in PLACE_ENTS) or noun.lemma_.lower() in PLACE_NOUNS | PART_NOUNS


# Nouns for a part of a place ("parts of South Sudan", "areas of Darfur").
PART_NOUNS = frozenset({"part", "area", "region", "province", "district", "city", "town", "village", "state",
                        "county"})
# Acts whose object is the source's own people or forces ("deployed police", "sent troops").
OWN_FORCES_TYPES = frozenset({"MOBILIZE", "AID"})
# Domestic institutions and their products: an act on one of these is aimed at the state whose it
# is ("the senate dismissed the bill", "eased lockdown measures", "refused the subpoena").
DOMESTIC_OBJECTS = frozenset("""bill budget law legislation constitution amendment election referendum
emergency siege calamity curfew lockdown impeachment subpoena decree motion""".split())


def _domestic(head: Token) -> bool:
    """Does the noun phrase `head` name a domestic institution's product ("the budget", "lockdown
    measures", "the results of the election", "a state of emergency")?"""
    words = [head, *(t for t in head.children if t.dep_ in ("compound", "amod", "nmod")),
             *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    return any(w.lemma_.lower() in DOMESTIC_OBJECTS for w in words)


# Plural nouns for office-holders that, made definite, take up a group named before ("the ministers").
OFFICIALS = frozenset({"minister", "leader", "president", "official", "diplomat", "envoy", "delegate", "negotiator",
                       "counterpart", "premier", "chief"})


def _taking_up(subject: Token) -> bool:
    """Is the subject "they", or a definite plural of office-holders no state frames ("the foreign
    ministers", not "the Greek ministers" nor "the ministers of Greece"), which name no one of
    their own and take up parties named before?"""
    if subject.lower_ == "they":
        return True
    return subject.tag_ == "NNS" and subject.lemma_.lower() in OFFICIALS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) and \
        not any(c.dep_ in ("prep", "poss", "compound", "appos") or (c.dep_ == "amod" and c.pos_ == "PROPN")
                for c in subject.children)


def _antecedent(pronoun: Token) -> Token | None:
    """The domestic product "it" refers back to: the nearest one named before it in its sentence or
    the one before ("Congress passed the budget. It must also be signed by the president")."""
    sent = pronoun.sent
    start = sent.start if sent.start == 0 else pronoun.doc[sent.start - 1].sent.start
    before = [t for t in pronoun.doc[start:pronoun.i] if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod")]
    return next((t for t in reversed(before) if _domestic(t)), None)


# Gatherings of parties: attending one is taking part in talks (CAMEO 040) wherever it is held.
MEETINGS = frozenset("""summit meeting conference talk talks assembly session forum congress convention
negotiation negotiations consultation consultations dialogue council""".split())


def _a_trip(c: Candidate) -> bool:
    """Is a visit or an attendance told with no partner "with" and, for an attendance, what is
    attended no meeting ("attended the funeral", not "attended a session of the assembly"; a
    gathering named as the act, "the AU summit", is one of parties wherever it is held)?"""
    if c.with_target or (c.kind != "verb" and c.entry.mode == "multilateral"):
        return False
    return not (c.entry.mode == "multilateral" and any(o.lemma_.lower() in MEETINGS or o.lower_ in MEETINGS
                                                       for o in c.head.children if o.dep_ in ("dobj", "obj")))


def _trip_places(c: Candidate) -> set[str]:
    """The states of the places a trip names "in/at/to" ("attended a rally in Tulsa", "in Ohio")."""
    heads = list(dict.fromkeys((c.anchor, c.head)))
    objs = [o for h in heads for o in h.children if o.dep_ in ("dobj", "obj")]  # "a rally in Tulsa"
    preps = [t for h in heads for t in h.children if t.dep_ == "prep"] + \
        [t for o in objs for t in o.subtree if t.dep_ == "prep"]
    found = {place.country for _, place in locative_places(preps) if place.country}
    found |= {state for p in preps for o in p.children if o.dep_ == "pobj" and (state := region_country(o))}
    return found


def _at_home(src: list[Participant], tgt: list[Participant], places: set[str]) -> bool:
    """Is a trip one of a party within its own state: its targets only phrases no known actor names
    and the source's own state ("the president travelled to South Dakota", "visited Kenosha"), or,
    with no target, the places it names all in that state ("attended a rally in Tulsa")? PLOVER
    CONSULT is an exchange between parties; a trip at home is domestic politics. A visit to a person
    ("visited Governor Newsom") or abroad stays one, and so does a trip whose destination is not known."""
    home = _countries(src)
    actors = load_gazetteer().actors
    if not home:
        return False
    if not tgt:
        return bool(places) and places <= home
    return all(p.actor is None or (p.actor in home and (a := actors.get(p.actor)) is not None and a.kind == "state")
               for p in tgt)


def _between_states(src: list[Participant], tgt: list[Participant]) -> bool:
    """Do states (their governments) act on other states: a resolved state on both sides, none shared?"""
    actors = load_gazetteer().actors

    def states(parts: list[Participant]) -> set[str]:
        return {p.actor for p in parts if p.actor and (a := actors.get(p.actor)) is not None and a.kind == "state"}

    ours, theirs = states(src), states(tgt)
    return bool(ours) and bool(theirs) and not ours & theirs


def _countries(parts: list[Participant]) -> set[str]:
    """The states (or organisations) the participants' actors belong to: a person or body stands for
    its country ("Macron" -> FRA)."""
    actors = load_gazetteer().actors
    out = set()
    for p in parts:
        if p.actor:
            actor = actors.get(p.actor)
            out.add((actor.country if actor is not None else None) or p.actor)
    return out


def _own_announcement(clause: Clause, src: list[Participant], index: MentionIndex) -> bool:
    """Is a future event reported by its own source ("France will ..., Macron said")? A speaker
    that is another state or organisation makes it a forecast instead."""
    if clause.speech is None:
        return True
    speakers = [m for t in clause.speech.children if t.dep_ == "nsubj" for m in index.at(t.subtree)]
    codes = {m.actor for m in speakers if m.actor and not m.actor.startswith("person:")}
    return not codes or bool(codes & {p.actor for p in src})


def event_id(sentence_start: int, trigger_start: int, type_: str) -> str:
    return hashlib.sha1(f"{sentence_start}:{trigger_start}:{type_}".encode()).hexdigest()[:16]


def _key(e: Event) -> tuple:
    src = frozenset(p.actor or p.text.lower() for p in e.source)
    tgt = frozenset(p.actor or p.text.lower() for p in e.target)
    sides = (src | tgt, frozenset()) if e.reciprocal else (src, tgt)
    return (e.type, *sides, e.date, e.status)


PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "published": 3, None: 4}


# Criticism and praise told in sentences apart are distinct acts ("Biden called Trump a clown ...
# Biden attacked Trump for the tweet"), as annotators code them (docs/annotation.md, section 1: one
# event for each distinct action); told again in the next sentence, they are one act restated.
SAID_APART = frozenset({"ACCUSE", "SUPPORT"})


def _restatements(group: list[Event]) -> list[list[Event]]:
    """A group of same-keyed events, split into runs of the same act: all of them, or for criticism
    and praise, those told in consecutive sentences."""
    if group[0].type not in SAID_APART:
        return [group]
    runs: list[list[Event]] = []
    for e in sorted(group, key=lambda e: e.sentence.index):
        if runs and e.sentence.index - runs[-1][-1].sentence.index <= 1:
            runs[-1].append(e)
        else:
            runs.append([e])
    return runs


def merge(events: list[Event]) -> list[Event]:
    """The same event (type, source, target, date, status) said twice becomes one, with the other
    sentences as evidence; the best-dated, most confident statement leads. Criticism and praise
    only merge with their restatement in the next sentence (`_restatements`)."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        groups.setdefault(_key(e), []).append(e)
    out = []
    for group in (run for same in groups.values() for run in _restatements(same)):
        group.sort(key=lambda e: (PRECISION_RANK[e.date_precision], -e.confidence))
        lead = group[0]
        seen = {lead.sentence.index}
        for other in group[1:]:
            if other.sentence.index not in seen:
                seen.add(other.sentence.index)
                lead.evidence.append(other.sentence)
            lead.contexts = list(dict.fromkeys(lead.contexts + other.contexts))
            lead.confidence = max(lead.confidence, other.confidence)
        out.append(lead)
    return sorted(out, key=lambda e: (e.sentence.start, e.trigger.start))
