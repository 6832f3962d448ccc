"""Trigger matching on the dependency parse: which tokens start an event, with which lexicon
entry, and which tokens fill the source and target roles (before they become participants)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from .judgements import (
    APPROVE,
    AUTHORING,
    DISAPPROVE,
    RELATIVE,
    Judgement,
    epithet_bearer,
    judgeable,
    made_by,
    naming_judgement,
)
from .lexicon import Entry, Lexicon
from .political import POLITICAL_HEADS, PRIVATE_PEOPLE
from .status import SPEECH

SUBJ = ("nsubj", "csubj")
TARGET_PREPS = frozenset({"with", "to", "against", "on", "at", "toward", "towards", "upon", "into", "over"})
REQUEST_PREPS = TARGET_PREPS | {"from", "of"}
NOUN_TARGET_PREPS = frozenset({"with", "against", "on", "to", "for", "toward", "towards", "at", "upon", "into", "from",
                               "over"})
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "force", "persuade", "order", "push", "press", "pressure", "prompt", "tell",
                            "encourage", "invite", "allow", "help", "implore", "request", "require", "want"})
VERB_POS = ("VERB", "AUX")
# Nouns of speech acts and gifts, whose "from" phrase names the source, not the target.
FROM_SOURCE_TYPES = frozenset({"AID", "REQUEST", "AGREE", "ACCUSE", "SUPPORT", "THREATEN", "REJECT", "SANCTION",
                               "ASSAULT"})  # "missile attacks from Armenia": where the fire comes from
# Verbs whose subject answers an offer, request or invitation, or draws a reaction: the addressee.
RESPONSE_VERBS = frozenset("""reject decline dismiss turn accept rebuff welcome refuse ignore spurn answer snub
consider heed embrace draw prompt provoke trigger spark earn attract face""".split())
NOUN_POS = ("NOUN", "PROPN")


@dataclass
class Candidate:
    """A matched trigger: `head` is the verb or event noun, `anchor` the verb of its clause."""

    entry: Entry
    head: Token
    anchor: Token
    trigger: list[Token]
    kind: str                              # verb, noun, support
    source: list[Token] = field(default_factory=list)   # phrase heads
    target: list[Token] = field(default_factory=list)
    with_target: list[Token] = field(default_factory=list)  # "with X"/"between X and Y": symmetric partners
    inherited: bool = False                # source found through a governing clause
    noun: Token | None = None              # the noun trigger carried by a verb, if any
    absorbed: list[Candidate] = field(default_factory=list)
    merged: list[Candidate] = field(default_factory=list)   # restatements whose targets add to ours
    conditions: list[Candidate] = field(default_factory=list)  # "if/unless" clauses, not events
    extra_contexts: list[str] = field(default_factory=list)
    of_source: bool = False                # source only from an "of" phrase ("the withdrawal of X's troops")
    mutual: bool = False                   # the parties are named by a "between" phrase: a mutual act


def _particles(tok: Token) -> set[str]:
    out = set()
    for child in tok.children:
        if child.dep_ == "prep" and _when(child):
            continue  # "called off the search on Tuesday", "called his counterpart on Monday": a time is no particle
        if child.dep_ in ("prt", "prep", "agent", "advmod", "dative"):
            out.add(child.lower_)
            out.update(g.lower_ for g in child.children if g.dep_ in ("prep", "prt"))
        elif child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children if a.dep_ == "aux"):
            out.add("to")
        elif for_clause(child):  # "called for Serbia to recognise ...": "call for"
            out.add("for")
    if _as_on_object(tok):
        out.add("as")
    return out


def _as_on_object(tok: Token) -> list[Token]:
    """The objects of an "as" phrase the parse hung on the verb's direct object ("hold families as human
    shields", "condemned the attack as a crime"): the verb's own "as" complement."""
    return [g for o in tok.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep" and p.lower_ == "as"
            for g in p.children if g.dep_ == "pobj"]


def _when(prep: Token) -> bool:
    """Is the preposition's object a date or a time ("on Tuesday", "at noon")? A time adjunct is no
    particle of the verb ("call on" asks someone; "on Tuesday" asks no one)."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def for_clause(clause: Token) -> bool:
    """Is `clause` a "for X to do" clause ("called for Serbia to recognise Kosovo")?"""
    return clause.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for"
                                                             for m in clause.children)


# Multi-word prepositions that state a circumstance, not a party: "agreed in response to Trump's
# calls", "according to Kyiv", "due to Russian pressure". Nothing below them is a participant.
CIRCUMSTANCE_PREPS = frozenset({"according", "due", "owing", "prior", "thanks", "contrary"})
CIRCUMSTANCE_NOUNS = frozenset({"response", "reply", "reaction", "addition", "contrast", "line", "face",
                                "light", "view", "spite", "wake", "lieu", "accordance", "retaliation"})


def circumstance(prep: Token) -> bool:
    """Is `prep` a preposition of circumstance ("in response to", "according to")?"""
    if prep.lower_ in CIRCUMSTANCE_PREPS:
        return True
    return any(obj.dep_ == "pobj" and obj.lower_ in CIRCUMSTANCE_NOUNS for obj in prep.children)


# Adverbs of direction that the parse makes modifiers rather than particles, with the preposition under
# them ("backed away from its demand", "pulled back from the border").
PARTICLE_ADVERBS = frozenset({"away", "back", "out", "off", "down"})


def objects_of(tok: Token) -> list[Token]:
    """Direct objects, then objects of the verb's prepositions (and of particle+prep chains)."""
    direct = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass")]
    preps = [g for c in tok.children if c.dep_ in ("prep", "prt", "agent") or (
                 c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS)
             for g in (*c.children, *(gg for p in c.children if p.dep_ == "prep" for gg in p.children))
             if g.dep_ == "pobj"]
    return direct + preps


QUANTITIES = frozenset({"tonne", "ton", "convoy", "shipment", "batch", "consignment", "load", "plane", "planeload",
                        "truck", "truckload", "package", "dose", "million", "billion", "worth", "amount", "supply",
                        "dozen", "hundred", "thousand", "collection", "pair", "team", "percent", "portion",
                        "share", "half", "rest", "bulk", "remainder", "some", "most", "much", "many", "all",
                        "several", "increase", "boost",
                        "doses"})  # not "part": "as part of" is a circumstance; "doses": the tagger's lemma is "dos"


def _object_lemmas(tok: Token, particle: str | None, modifiers: bool) -> set[str]:
    """The lemmas an entry's `=object` list is checked against: the direct object, or the object of
    the entry's last particle ("withdraw from =treaty"), through quantities ("tonnes of wheat");
    with `modifiers` (hand-written entries), also the nouns that modify it ("provided a loan
    guarantee", "sent an aid convoy": the modifier names what is given)."""
    objs = [o for o in objects_of(tok) if o.dep_ != "pobj" or (particle and o.head.lower_ == particle)]
    if particle == "as":
        objs += _as_on_object(tok)
    if modifiers and not particle and tok.lemma_.lower() in JUDGING and predicates(tok):
        objs = []  # "described the threat as imminent": the verdict is the predicate, not what is judged
        # (without a predicate of its own the parse may have made the verdict the object: "called the
        # deal null and void")
    for _ in range(2):  # "sent a convoy of 50,000 tonnes of wheat": the object is the wheat
        objs += measured(objs)
    if modifiers:
        objs += [m for o in objs for m in o.children if m.dep_ == "compound" and m.pos_ == "NOUN"]
        if not particle:  # "called the expulsions a provocative gesture": the predicate and its adjectives
            objs += [t for p in predicates(tok) for t in (p, *p.children, *p.conjuncts) if t is p or t.dep_ in ("amod", "conj")]
            # "called the stabbing an act of barbarity": the act the predicate names
            objs += [g for p in predicates(tok) if p.lemma_.lower() == "act" for q in p.children
                     if q.dep_ == "prep" and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
            objs += clause_predicates(tok)  # "ruled that the decree was unconstitutional"
    return {o.lemma_.lower() for o in objs} | {key for o in objs for key in modified_names(o)}


def modified_names(noun: Token) -> list[str]:
    """A noun with its modifiers, joined as the compiled dictionary writes several-word objects:
    "a new joint military operation" -> military_operation, joint_military_operation,
    new_joint_military_operation; "no evidence" -> no_evidence."""
    key, out = noun.lemma_.lower(), []
    for modifier in sorted((c for c in noun.children if c.i < noun.i and (
            c.dep_ in ("compound", "amod") or c.dep_ == "det" and c.lower_ == "no")), key=lambda c: -c.i):
        key = f"{modifier.lemma_.lower()}_{key}"
        out.append(key)
    return out


def predicates(verb: Token) -> list[Token]:
    """What a verb says of its object in a small clause ("found the mayor guilty", "held Moscow
    responsible", "allowed UN agencies access"), which the parser hangs on the verb as an adjective
    or noun complement, a clause whose subject is the object, or an adjective after the object). A
    negated one says the opposite ("found not guilty": acquitted) and names no act of the entry."""
    found = [c for c in verb.children if c.dep_ in ("oprd", "acomp") or
             (c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN") and any(s.dep_ == "nsubj" for s in c.children))] + [
        # the parse may hang a predicate after the object on the object ("called Peru's decision
        # \"a grave mistake\"", "branded the closure illegal")
        a for o in verb.children if o.dep_ == "dobj" for a in o.children
        if a.i > o.i and (a.dep_ == "amod" or a.dep_ in ("acl", "appos") and a.pos_ in ("ADJ", "NOUN"))] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"  # "described the sanctions as illegal"
        for g in p.children if g.dep_ in ("pobj", "amod", "acomp", "pcomp")]
    return [p for p in found if not any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in p.children)]


def clause_predicates(verb: Token) -> list[Token]:
    """What a verb's complement clause says of its subject, a ruling's finding: the adjective or noun
    after a copula ("ruled that the decree was unconstitutional") or the clause's own verb ("ruled the
    ban violated the constitution"). A negated clause finds the opposite and names none."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(s.dep_ in ("nsubj", "nsubjpass") for s in clause.children) or \
                any(c.dep_ == "neg" for c in clause.children):
            continue
        if clause.lemma_.lower() == "be":
            found += [p for a in clause.children if a.dep_ in ("acomp", "attr") for p in (a, *a.conjuncts)]
        else:
            found.append(clause)
    return found


def predicated(verb: Token) -> list[Token]:
    """The object of a small clause the parser made a clause of its own ("found [Ruiz] guilty",
    "allowed [UN agencies] access"): its subject."""
    return [s for c in predicates(verb) if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]


# Nouns whose "of" phrase says what is meant: "a state of emergency", "a state of siege".
FRAMES = frozenset({"state"})


def _frame(tok: Token) -> bool:
    """ "a state of emergency": the state is no party ("the state of Palestine" is)."""
    return tok.lemma_.lower() in FRAMES and any(c.dep_ == "prep" and c.lower_ == "of" and not any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in tok.children)


def measured(objs: list[Token]) -> list[Token]:
    """What quantities measure: "a convoy of wheat", "$2 million in assistance"; what a frame
    names: "a state of emergency"."""
    return [g for o in objs if o.lemma_.lower() in QUANTITIES | FRAMES or o.lower_ in QUANTITIES or o.like_num or
            o.ent_type_ in ("MONEY", "QUANTITY")
            for p in o.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children
            if g.dep_ == "pobj"]


def match_verb(tok: Token, entries: tuple[Entry, ...]) -> Entry | None:
    found = _particles(tok)
    # per particle and kind: a verb may have a hundred compiled patterns
    objects: dict[tuple[str | None, bool], set[str]] = {}
    first: Entry | None = None  # the first entry an object matches by its head noun alone
    for entry in entries:  # most specific first
        if not all(p in found for p in entry.particles):
            continue
        if not entry.objects:
            return first or entry
        if entry.any_thing:
            if _thing_object(tok):
                return first or entry
            continue
        key = (entry.particles[-1] if entry.particles else None, not entry.compiled)
        if key not in objects:
            objects[key] = _object_lemmas(tok, *key)
        matched = entry.objects & objects[key]
        if any("_" in name for name in matched):
            return entry  # "launched a joint military operation": the modified noun, not any operation
        if matched and first is None:
            first = entry
    return first


# Named entities that are people, groups or places, and people held, never a thing handed over.
PARTY_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG", "LOC", "FAC"})
HELD_PEOPLE = frozenset({"prisoner", "hostage", "detainee", "captive", "suspect", "fugitive"})


def _thing_object(tok: Token) -> bool:
    """Has the verb a direct object (a passive subject) that is a thing: not a pronoun, a named
    party, a person or group noun, nor a force ("returned the stolen paintings", "the relics were
    returned"; not "returned its ambassador", "returned them", "returned the migrants")?"""
    passive = is_passive(tok)
    objs = [c for c in tok.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))]
    return bool(objs) and all(o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTS and
                              o.lemma_.lower() not in POLITICAL_HEADS | PRIVATE_PEOPLE | HELD_PEOPLE | FORCES for o in objs)


def match_noun(tok: Token, entries: tuple[Entry, ...]) -> Entry | None:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    for entry in entries:
        if all(m in mods for m in entry.modifiers) and all(p in preps for p in entry.particles):
            return entry
    return None


# Event nouns that, with these modifiers, name a state of affairs no one enacts: a "government
# shutdown" is a lapse in funding, not a government's order to shut services down.
LAPSES = {"shutdown": frozenset({"government", "federal"})}


# Where a word tagged as an adjective stands as a noun: "the regime offensive on X has displaced ...",
# whose "offensive" the tagger reads as an adjective though it is the subject.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def noun_trigger(tok: Token, lex: Lexicon) -> Entry | None:
    if tok.pos_ not in NOUN_POS and not (tok.pos_ == "ADJ" and tok.dep_ in NOMINAL_DEPS):
        return None
    if any(c.dep_ in ("compound", "amod") and c.lower_ in LAPSES.get(tok.lemma_.lower(), ()) for c in tok.children):
        return None
    entries = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    return match_noun(tok, entries) if entries else None


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")


def _main_verb_as_participle(tok: Token) -> bool:
    """ "The air force carried out strikes ...", parsed as a noun phrase with a participle clause: a
    participle with a direct object is no passive, so it is the sentence's verb, and the noun it
    hangs on, the root, its subject."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "ROOT" and \
        any(c.dep_ == "dobj" for c in tok.children)


def subject_of(tok: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject phrase heads of verb `tok`, climbing through xcomp/conj/advcl (inherited=True)."""
    if (enacted := _enacted_by(tok)) is not None:
        return enacted, True
    subj = [c for c in tok.children if c.dep_ in SUBJ or (depth and c.dep_ == "nsubjpass")]
    # a parse that hangs the subject on the auxiliary ("The United Kingdom and France however have opposed")
    subj = subj or _subject_on_auxiliary(tok) or _acronym_subject(tok)
    subj += [m for s in subj for m in included(s)]
    if subj or depth > 4:
        return subj, depth > 0
    head = tok.head
    if head is tok:
        return [], False
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objs:
            return objs, True
    if tok.dep_ in ("conj", "advcl") and is_passive(head) and head.pos_ in VERB_POS and not _main_verb_as_participle(head):
        return agent_of(head), True  # "X was attacked by Y, killing ...": Y killed
    if tok.dep_ == "conj" and (shared := [c for c in head.children if c.dep_ in SUBJ]):
        return shared, True  # "the government rejects and condemns ...", "rejects" mis-tagged as a noun
    if _main_verb_as_participle(tok):
        return [head], True
    if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and head.pos_ in VERB_POS + ("ADJ",):
        found, _ = subject_of(head, depth + 1)
        return found, True
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        if head.lower_ in ("for", "of", "with") and head.head.pos_ in VERB_POS and not is_passive(head.head) \
                and not _thing_object(head.head) and (judged := [c for c in head.head.children if c.dep_ == "dobj"]):
            # "sentenced the couple for torturing ...", "thanked Kenya for sending troops": the act the
            # object is judged for is the object's
            return judged, True
        found, _ = subject_of(head.head, depth + 1)
        return found, True
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.lemma_.lower() in DOCUMENTS:
            head = head.head.head  # "posted a message on Twitter blaming Iran": the message blames
        if head.lemma_.lower() in DOCUMENTS and head.dep_ in ("dobj", "pobj") and head.head.pos_ in VERB_POS:
            # "issued a statement urging Iran to ...": the statement's author urges
            found, _ = subject_of(head.head if head.dep_ == "dobj" else head.head.head, depth + 1)
            return found, True
        return [head], True
    return [], False


# Acts of law and the verbs by which a body makes them law: the act a law does is the enacting
# body's act ("parliament passed a bill that decriminalises abortion": parliament decriminalises).
LAWS = frozenset("""bill law legislation act decree amendment ordinance measure statute""".split())
ENACTING = frozenset("""pass approve adopt enact sign vote""".split())


def _enacted_by(tok: Token) -> list[Token] | None:
    """The subject of the verb that enacts the law whose clause `tok` heads, when the law itself is
    the clause's subject ("a bill that legalises ...", "a law legalising ..."), else None."""
    law = tok.head
    if tok.dep_ == "relcl":
        if not any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children):
            return None
    elif not (tok.dep_ == "acl" and tok.tag_ == "VBG"):
        return None
    if law.lemma_.lower() not in LAWS or law.dep_ != "dobj" or law.head.lemma_.lower() not in ENACTING:
        return None
    return subject_of(law.head)[0]


def _enacts_a_law(verb: Token) -> bool:
    """Is what the verb passes, approves or signs a law, a bill or a decree ("signed a decree",
    "the decree signed by the Pope", "the bill was approved")?"""
    laws = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    laws += [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
    return any(law.lemma_.lower() in LAWS for law in laws)


# What an actor issues, whose participle clause is the author's act ("a statement calling on ...").
DOCUMENTS = frozenset("""statement report letter message communique communiqué declaration resolution tweet post
video note memo appeal release""".split())


# "by" phrases that give the means or the time, not the agent ("signed by video link", "by June 30").
MEANS = frozenset("""phone telephone video link videolink videoconference conference call letter email mail
satellite radio air sea land road rail boat plane helicopter truck force means way vote majority margin decree
end time deadline midnight noon""".split())
# Verbs that with a secondary predicate mean "cause to be", not their event sense.
RESULTATIVE = frozenset({"leave"})
# "a deal brokered by Qatar", "a swap mediated by Turkey": mediators are no participants (annotation).
MEDIATION = frozenset({"broker", "mediate", "facilitate", "sponsor", "arrange", "negotiate"})
# Verbs whose agent is a circumstance that weighs on an event, not its author ("talks dominated by the
# war", "a summit overshadowed by the crisis", "a visit marred by protests").
CIRCUMSTANCE_VERBS = frozenset({"dominate", "overshadow", "mar", "cloud", "shadow", "hamper", "complicate",
                                "disrupt", "derail", "stall", "hit", "affect", "prompt", "spark", "trigger",
                                "fuel", "drive", "threaten", "delay", "interrupt"})
# Prepositional objects that frame the time or occasion, never a participant ("on the sidelines of").
NOT_ROLES = frozenset("""sideline sidelines margin margins occasion eve anniversary basis condition day night
morning evening week month year weekend ground grounds""".split())
NOT_AGENT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


INCLUDING = frozenset({"including", "like", "notably", "especially", "particularly"})


def included(head: Token) -> list[Token]:
    """The members a group phrase names ("critics, including the European Commission", "Western
    states such as France and Germany"): they act with the group."""
    if head.pos_ != "NOUN":
        return []  # a name stands for itself
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in INCLUDING]
    preps += [p for c in head.children if c.dep_ == "amod" and c.lower_ == "such" for p in c.children
              if p.dep_ == "prep" and p.lower_ == "as"]
    preps += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "as" and any(
        a.lower_ == "such" for a in c.children if a.dep_ in ("amod", "advmod"))]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _subject_on_auxiliary(tok: Token) -> list[Token]:
    """A subject the parse hangs on the verb's auxiliary ("The United Kingdom and France however have
    opposed ...", "his government is committed to ...")."""
    return [g for a in tok.children if a.dep_ in ("aux", "auxpass") for g in a.children if g.dep_ in SUBJ]


def _acronym_subject(tok: Token) -> list[Token]:
    """An acronym before a verb with no subject that the tagger took for a modifier ("USAID deployed
    seven teams", parsed as an adverb): the subject. An acronym is no adverb."""
    return [c for c in tok.children if c.dep_ in ("advmod", "npadvmod", "amod") and c.i < tok.i and
            len(c.text) >= 2 and c.text.isupper() and c.is_alpha]


def agent_of(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in MEANS
            and g.ent_type_ not in NOT_AGENT_ENTS]


def authors(noun: Token) -> list[Token]:
    """Who made what an act answers or judges: "rejected accusations by the U.S.", "welcomed
    Japan's decision", "dismissed a request from Kyiv", "rejected an appeal lodged by the
    opposition" -> the U.S., Japan, Kyiv, the opposition (the act's target)."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] + agent_of(noun) + [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"] + [
        a for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in AUTHORING
        for a in agent_of(acl)] + made_by(noun)


def _absolute(obj: Token) -> bool:
    """ "with China's envoy standing between them": an absolute construction, a circumstance, not a partner."""
    return obj.head.lower_ == "with" and any(c.tag_ in ("VBG", "VBN") and c.dep_ in ("acl", "relcl")
                                             for c in obj.children)


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "prt", "dative") and c.lower_ in preps:  # "sent aid to Nepal": "to" is a dative
            out.extend(g for g in c.children if g.dep_ == "pobj" and not _absolute(g))
            out.extend(gg for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                       for gg in p.children if gg.dep_ == "pobj")
    return out


# Diplomatic premises: a protest outside/at/in front of "the Russian embassy" is aimed at Russia.
VENUES = frozenset({"embassy", "consulate", "mission", "legation", "chancery", "consulate-general"})
VENUE_PREPS = frozenset({"outside", "at", "near", "before", "in", "to", "toward", "towards", "against", "on", "by"})


def venue_targets(tok: Token) -> list[Token]:
    """The diplomatic premises a protest is held at ("outside the U.S. embassy", "in front of the
    Chinese consulate"): their owner is the protest's target (docs/events.md)."""
    out = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in VENUE_PREPS:
            continue
        for g in c.children:
            if g.dep_ == "pobj" and g.lemma_.lower() == "front":  # "in front of the embassy"
                g = next((gg for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                          for gg in p.children if gg.dep_ == "pobj"), g)
            if g.dep_ == "pobj" and g.lemma_.lower() in VENUES:
                out.append(g)
    return out


# Event nouns whose "of" phrase names the one acted upon ("Russia's invasion of Ukraine", "the
# expulsion of Russian diplomats", "Japan's condemnation of North Korea"), and those whose "of"
# phrase names the actor ("the withdrawal of Russian troops", "the deployment of U.S. troops").
OF_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SUPPORT", "SANCTION", "REJECT", "CONCEDE"})
OF_SOURCE_TYPES = frozenset({"MOBILIZE", "RETREAT"})
# Prepositions of an adjunct telling on whose request or order something is done ("at the request of").
ON_WHOSE_REQUEST = frozenset({"at", "on", "upon"})


def between(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in NOT_AGENT_ENTS]  # not "between 10 p.m. and 4 a.m."


MEDIATE = "045"  # CAMEO: mediate


def parties_between(tok: Token) -> list[Token]:
    """The phrases of a "between A and B" phrase naming two parties or more ("a truce between Peru
    and Ecuador"): the parties of a mutual act, whoever announced, arranged or brokered it."""
    found = between(tok)
    named = [w for g in found for w in (g, *g.conjuncts)]
    return found if len(named) >= 2 and all(w.pos_ == "PROPN" or w.ent_type_ in PARTY_ENTS for w in named) else []


MOVERS = frozenset({"MOBILIZE", "AID"})  # types whose object is what moves to the target
# People an aid takes in or brings out, who are whom it helps ("accepted 2,000 Syrian refugees",
# "took in refugees from Sudan", "evacuated families"): the target, not what moves.
RECEIVED_PEOPLE = frozenset("""refugee migrant asylum-seeker seeker evacuee orphan exile expatriate person family
civilian citizen""".split())
DISPLACED = frozenset({"refugee", "migrant", "asylum-seeker", "seeker", "exile"})  # "from X": where they fled
FORCES = frozenset("""troop soldier force army police policeman marine unit battalion brigade platoon contingent
detachment peacekeeper personnel team""".split())  # "deployed troops to the border": not the target


# CAMEO 0842, return or release property: what is returned (a painting, an island, remains) moves to
# the target, as what is sent does; the "to" phrase names whom it is returned to.
RETURNED_PROPERTY = "0842"
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def returned_to(verb: Token) -> list[Token]:
    """Whom a thing is returned to: the verb's "to" phrase, or one the parser hung on a participle
    describing the thing, or on a phrase of that participle ("returned a painting that was stolen
    in 1989 to the museum", "returned a manuscript, missing since 1943, to the town", "returned a
    statue looted from Benin to Nigeria")."""
    direct = prep_objects(verb, frozenset({"to"}))
    if direct:
        return direct
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    clauses = [x for h in heads for x in h.children if x.dep_ in ("acl", "relcl", "advcl") and x.tag_ in PARTICIPLE_TAGS]
    return [o for x in clauses for p in x.subtree if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]


# Consultation verbs whose object is the matter talked about, never a party ("met to discuss
# Libya-Turkey relations", "will negotiate Pyongyang's nuclear programme"): the parties are the
# subjects and the "with" phrase (docs/annotation.md, "Voice and construction"). Likewise the
# "on/over/about" phrase of a talk ("talks on Venezuela's crisis") names its matter.
TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate"})
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})


def topical(tok: Token, entry: Entry) -> bool:
    """Is `tok` a consultation whose object or "on" phrase is a matter talked about, not a party?"""
    return entry.type == "CONSULT" and (tok.pos_ not in VERB_POS or tok.lemma_.lower() in TOPIC_VERBS)


def verb_candidate(tok: Token, entry: Entry) -> Candidate:
    cand = Candidate(entry=entry, head=tok, anchor=tok, trigger=[tok], kind="verb")
    cand.trigger += [c for c in tok.children if c.dep_ == "prt"]
    preps = REQUEST_PREPS if entry.type in ("REQUEST", "RETREAT") else \
        TARGET_PREPS | {"near", "along", "toward", "towards"} if entry.type == "MOBILIZE" else TARGET_PREPS
    # "his government is committed to ...": a participle with a subject, not a passive, states what
    # the subject does
    if is_passive(tok) and not any(c.dep_ == "nsubj" for c in tok.children) and not _subject_on_auxiliary(tok):
        # "were threatened with expulsion by Sri Lanka": the agent may hang on the object phrase
        cand.source = agent_of(tok) or [a for o in prep_objects(tok, TARGET_PREPS) for a in agent_of(o)]
        cand.target = [c for c in tok.children if c.dep_ == "nsubjpass"] or ([tok.head] if tok.dep_ == "acl" else []) \
            or shared_subject(tok)
        cand.target = [described(t) for t in cand.target]
    else:
        cand.source, cand.inherited = subject_of(tok)
        cand.inherited = cand.inherited and "adjective" not in entry.flags  # the copula's subject is the adjective's own
        # what is sent or given ("deployed troops", "sent aid") is part of the act, not its target
        cand.target = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj") and (
            c.dep_ == "dative" or entry.type not in MOVERS or c.lemma_.lower() not in entry.objects | FORCES
            or (entry.type == "AID" and c.lemma_.lower() in RECEIVED_PEOPLE)) and not _frame(c)
            and not (c.dep_ != "dative" and topical(tok, entry))]
    cand.target += [o for o in prep_objects(tok, preps | ATTITUDE_PREPS if "adjective" in entry.flags else preps)
                    if (o.head.lower_ != "with" or not _symmetric(entry)) and o.lemma_.lower() not in NOT_ROLES]
    if entry.cameo == RETURNED_PROPERTY and (recipients := returned_to(tok)):
        # "returned the stolen painting to Italy", "was returned by US officials to Spanish
        # authorities": the thing moves, whom it is returned to is the target
        cand.target = recipients
    if not entry.compiled and entry.objects & {p.lemma_.lower() for p in predicates(tok)}:
        cand.target += predicated(tok)  # "found Ruiz guilty": Ruiz
    if entry.type == "AID" and any(t.lemma_.lower() in DISPLACED for t in cand.target):
        cand.target += prep_objects(tok, frozenset({"from"}))  # "accept refugees from Belarus": whose they are
    if not entry.compiled and entry.objects & {p.lemma_.lower() for p in clause_predicates(tok)}:
        # "ruled that the ministry's decree was unconstitutional": the ministry's decree
        cand.target += [s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if entry.type == "REQUEST":  # "called for Serbia to recognise Kosovo": Serbia is asked
        cand.target += [s for c in tok.children if for_clause(c) for s in c.children if s.dep_ == "nsubj"]
    if entry.type == "PROTEST" and (venues := venue_targets(tok)):
        cand.target = venues  # "protested outside the U.S. embassy against ...": the rest is the topic
    cand.with_target = prep_objects(tok, frozenset({"with"})) if _symmetric(entry) else []
    if _symmetric(entry):  # "signed the pact between A and B", "the agreement with X, signed on ..."
        cand.with_target += [w for t in cand.target if t.pos_ == "NOUN" for w in between(t) + prep_objects(t, frozenset({"with"}))]
    if not cand.source:
        cand.source = [c for c in tok.children if c.dep_ == "poss"]
    if entry.type == "ASSAULT" and ((is_passive(tok) and not cand.source) or "swap" in entry.flags):
        # "six farmers were killed in a police raid", "died in an Israeli airstrike": the attack's doer
        # (for a code of the act done to the subject, the target the roles swap into the source)
        doers = [d for o in prep_objects(tok, frozenset({"in", "during"})) for d in attack_doers(o)]
        if "swap" in entry.flags:
            cand.target = doers + cand.target
        else:
            cand.source = doers
    if tok.lemma_.lower() in MEDIATION and (parties := between(tok)):
        # "negotiators from Egypt mediated between the two sides": the talks are the parties'; mediators
        # are no participants (docs/annotation.md)
        cand.source, cand.target, cand.with_target, cand.inherited = parties, [], [], False
    return cand


# Attacks named as where a harm came about ("were killed in a police raid", "died in a Saudi airstrike").
ATTACKS = frozenset("""attack airstrike strike raid bombing bombardment shelling firing fire offensive operation ambush
assault crackdown""".split())


def attack_doers(noun: Token) -> list[Token]:
    """Who does an attack its noun phrase names: its possessor, a name or nationality on it ("an
    Israeli airstrike", "a U.S. drone strike"), an armed body modifying it ("a police raid") or its
    "by" agent ("an attack by rebels"); [] for a phrase naming no attack ("in a fire", "in a crash")."""
    if noun.lemma_.lower() in ARMED_BODIES and any(a.dep_ == "acl" and a.lemma_.lower() in ATTACKS for a in noun.children):
        return [noun]  # "in police firing", parsed as the police with a participle
    if noun.lemma_.lower() not in ATTACKS:
        return []
    return [c for c in noun.children if (c.dep_ == "poss" and c.pos_ != "PRON") or (
        c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")))
        or (c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN" and c.lemma_.lower() in ARMED_BODIES)] + agent_of(noun)


def described(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the minister, who was charged": the minister), else `tok`."""
    clause = tok.head
    return clause.head if tok.lower_ in RELATIVE and tok.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl" \
        else tok


def shared_subject(verb: Token) -> list[Token]:
    """The subject a passive verb shares with the verb it is coordinated with ("founded a party but
    was arrested", "returned to Kampala and was detained"): who undergoes the act."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS:
        verb = verb.head
        if found := [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]:
            return found
    return []


# Verbs whose subject is a third party helping others to an act ("brokered a truce between ...",
# "mediated a peace deal between ..."): mediators are no participants (docs/annotation.md, section 4).
MEDIATORS = frozenset({"broker", "mediate", "facilitate"})


def mediated_event(noun: Token, entry: Entry, verb: Token) -> Candidate | None:
    """The event a mediator helps two parties to, when the text names them ("mediated a ceasefire
    agreement between Israel and Hamas", "brokered a prisoner exchange between Russia and Ukraine"):
    the noun's own event, between those parties, the mediator only in the mode of talks; None when the
    parties are not named there (the mediator's own act stays)."""
    parties = between(noun) or between(verb)
    if not parties:
        return None
    # what is done between two parties is done by both (docs/annotation.md: reciprocal, the first named
    # the source): a truce, a swap, a pact
    entry = replace(entry, mode="third-party" if entry.type == "CONSULT" else entry.mode,
                    flags=entry.flags | {"mutual"})
    cand = noun_candidate(noun, _retype(verb.lemma_.lower(), noun, entry), None)
    cand.trigger = sorted({verb, *cand.trigger}, key=lambda t: t.i)
    mediators = {t.i for s in subject_of(verb)[0] for t in s.subtree}
    cand.source = [s for s in cand.source if s.i not in mediators]
    if not between(noun):
        cand.with_target += parties
    return cand


def _symmetric(entry: Entry) -> bool:
    return entry.type in ("AGREE", "CONSULT", "COOPERATE") or "mutual" in entry.flags


# Nouns that say who an act is aimed at when something "is" one of them ("was the target of an attack").
AIM_NOUNS = frozenset({"target", "subject", "victim", "object", "focus"})


UNDERGOING = frozenset({"come", "fall", "be", "remain"})  # "came under attack", "was under fire"


def aimed_at(noun: Token) -> list[Token]:
    """ "Abqaiq was the target of an Al-Qaeda attack", "the airline has been the subject of US
    sanctions": the subject of the copula is who the act named in the "of" phrase is aimed at;
    "Kharkiv came under heavy shelling", "the convoy was under attack": the subject undergoes it."""
    frame = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and frame.lemma_.lower() in UNDERGOING:
        return [s for s in frame.children if s.dep_ == "nsubj"]  # "Kharkiv came under heavy shelling"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or frame.dep_ != "attr" or frame.lemma_.lower() not in AIM_NOUNS:
        return []
    return [s for s in frame.head.children if s.dep_ == "nsubj"]


def noun_candidate(noun: Token, entry: Entry, governor: Token | None) -> Candidate:
    anchor = governor or (noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and
                          noun.head.pos_ in VERB_POS else noun)
    trigger = [t for t in noun.children if t.dep_ in ("compound", "amod") and t.lemma_.lower() in entry.modifiers]
    cand = Candidate(entry=entry, head=noun, anchor=anchor, trigger=sorted(trigger + [noun], key=lambda t: t.i),
                     kind="support" if governor else "noun")
    cand.source = [c for c in noun.children if c.dep_ == "poss"]
    cand.source += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c not in trigger
                    and (c.pos_ == "PROPN" or c.ent_type_ or c.text[:1].isupper())]  # not "membership talks"
    # a noun has no subject: an armed body parsed as one ("a government offensive") is a modifier
    cand.source += [c for c in noun.children if c.dep_ in ("compound", "nsubj") and c not in trigger + cand.source
                    and _armed_body(c, entry)]
    cand.source += agent_of(noun) + [a for acl in noun.children if acl.dep_ == "acl" and
                                     acl.lemma_.lower() not in MEDIATION | CIRCUMSTANCE_VERBS for a in agent_of(acl)]
    preps = NOUN_TARGET_PREPS - ({"with"} if _symmetric(entry) else set()) - (TOPIC_PREPS if topical(noun, entry) else set())
    if entry.type in FROM_SOURCE_TYPES:  # "a request from Washington", "condemnation from Turkey"
        if not any(c.dep_ == "poss" for c in noun.children):  # not "Egypt's tariffs on steel from Turkey"
            cand.source += prep_objects(noun, frozenset({"from"}))
        preps = preps - {"from"}
        if governor is None and (arrival := _came(noun)) is not None:  # "condemnation came from Turkey"
            cand.source += prep_objects(arrival, frozenset({"from"}))
    cand.target = prep_objects(noun, preps) + aimed_at(noun)
    if entry.type == "PROTEST" and (venues := venue_targets(noun)):
        cand.target = venues
    of_phrase = prep_objects(noun, frozenset({"of"}))
    if of_phrase and entry.type == "REQUEST" and noun.dep_ == "pobj" and noun.head.lower_ in ON_WHOSE_REQUEST:
        # "resigned at the request of the prime minister", "acted on the orders of the governor": an
        # adjunct saying on whose request the clause's act is done; the "of" phrase makes the request
        if not cand.source:
            cand.source, cand.of_source = of_phrase, True
    elif of_phrase and entry.type in OF_SOURCE_TYPES and entry.mode != "release":
        if not cand.source:
            cand.source, cand.of_source = of_phrase, True
    elif of_phrase and (entry.type in OF_TARGET_TYPES or entry.mode == "release"):
        cand.target += of_phrase
    if _undergone(noun, entry, of_phrase):  # "Navalny's arrest", "his release": who undergoes the act
        owners = [c for c in noun.children if c.dep_ == "poss"]
        cand.source = [s for s in cand.source if s not in owners]
        cand.target += owners
    if governor is None and not cand.source and (claimant := claimed_by(noun)) is not None:
        cand.source, cand.inherited = subject_of(claimant)[0], True  # "X claimed responsibility for the attack"
    if governor is None and not cand.source and entry.type == "AID" and (giver := described_as(noun)) is not None:
        cand.source, cand.inherited = subject_of(giver)[0], True  # "Japan is the largest donor to ..."
    if governor is None and not cand.source and (answerable := held_responsible(noun)) is not None:
        cand.source, cand.inherited = subject_of(answerable)[0], True  # "the LRA is responsible for killings"
    if governor is None and not cand.source and (entry.type in ("CONSULT", "COOPERATE") or
                                                  prep_objects(noun, frozenset({"with"}))):
        # "flew to Caracas for talks with Chavez", "backed Ukraine's bid during a visit to Kyiv",
        # "gathered for two days of talks": the travellers are the subject of the clause
        tok = noun
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "during", "in", "at", "on", "after", "following") and \
                tok.head.head.pos_ in VERB_POS:
            cand.source, cand.inherited = subject_of(tok.head.head)[0], True
    verb = noun.head
    if governor is None and noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ in VERB_POS and \
            verb.lemma_.lower() in RESPONSE_VERBS:
        # "X rejected Y's offer": the offer was made to X; "..., drawing condemnation from Y": of X
        cand.target += agent_of(verb) if is_passive(verb) else subject_of(verb)[0]
        if entry.type in FROM_SOURCE_TYPES:  # "drew condemnation from Turkey" (attached to the verb)
            cand.source += prep_objects(verb, frozenset({"from"}))
    if governor is None:
        cand.target += reaction_to(noun)  # "the plan was met with criticism from Brussels": aimed at the plan
    box = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head if noun.dep_ == "compound" \
        else None
    if box is not None and box.lemma_.lower() in CONTAINERS:
        # "the EU's sixth package of sanctions on Russia", "China's assistance package", "an aid package
        # proposed by the Commission": the package's author
        cand.source += [c for c in box.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")]
        cand.source += agent_of(box) + [a for acl in box.children if acl.dep_ == "acl" and
                                        acl.lemma_.lower() not in MEDIATION for a in agent_of(acl)]
    cand.target += [o for acl in noun.children if acl.dep_ == "acl" for o in prep_objects(acl, NOUN_TARGET_PREPS)]
    cand.with_target = between(noun) + (prep_objects(noun, frozenset({"with"})) if _symmetric(entry) else [])
    if governor is not None and entry.cameo != MEDIATE and (parties := parties_between(noun)):
        # "announced a peace deal between Sudan and Chad", "helped arrange a meeting between A and B": the
        # parties are those between whom it is; who announces or arranges it is no party (docs/annotation.md:
        # mediators and speakers are not participants). A mediation itself ("launched a mediation effort
        # between A and B", CAMEO 045) is the mediator's act on the parties.
        cand.trigger = sorted({governor, *cand.trigger}, key=lambda t: t.i)
        cand.source, cand.target, cand.with_target, cand.mutual = [], [], parties, True
    elif governor is not None:
        cand.trigger = sorted({governor, *cand.trigger}, key=lambda t: t.i)
        if is_passive(governor):
            cand.source += agent_of(governor)
        else:
            subj, cand.inherited = subject_of(governor)
            # "The EU would step up its efforts": the subject, whom the possessive pronoun takes up, names
            # the doer; the pronoun goes after it, so the subject's words stand for them both
            pronouns = [c for c in cand.source if c.dep_ == "poss" and c.pos_ == "PRON"]
            cand.source = subj + [c for c in cand.source if c not in pronouns] + pronouns
        cand.target += [c for c in governor.children if c.dep_ in ("dobj", "dative") and c.i != noun.i]
        cand.target += prep_objects(governor, TARGET_PREPS - {"with"})
        if _symmetric(entry):
            cand.with_target += prep_objects(governor, frozenset({"with"}))
    return cand


# Bodies that wield a state's or a group's force, named as a noun modifier of the act they do: "a
# government offensive", "a police crackdown", "army shelling", "rebel attacks", "a regime offensive".
ARMED_BODIES = frozenset("""government regime army military police navy junta rebel militant insurgent guerrilla
militia jihadist""".split())
FORCE_USED = frozenset({"ASSAULT", "COERCE"})


def _armed_body(mod: Token, entry: Entry) -> bool:
    """Is a compound noun on an attack or coercion noun the body doing it ("the Syrian regime
    offensive", "a police raid")? Only for force used (ASSAULT, COERCE): the modifier of a protest
    is often what it is against ("government protests"), that of a grant only whose money it is
    ("applied for government grants"), and that of an act done to people who undergoes it ("rebel
    arrests")."""
    return mod.pos_ == "NOUN" and mod.lemma_.lower() in ARMED_BODIES and entry.type in FORCE_USED and \
        entry.mode not in UNDERGONE_MODES


# Modes of acts done to a person: a person's possessive on their noun names who undergoes the act, not
# who does it, when no "of" phrase names someone else ("Navalny's arrest", "his release", "the envoy's
# assassination"; but "China's arrest of two Canadians").
UNDERGONE_MODES = frozenset({"arrest", "deport", "release", "abduct", "targeted"})
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their"})


def _undergone(noun: Token, entry: Entry, of_phrase: list[Token]) -> bool:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return bool(owners) and not of_phrase and entry.mode in UNDERGONE_MODES and all(map(personal_owner, owners))


def personal_owner(tok: Token) -> bool:
    """Is a possessive a person's: "his", "their", a name of no place or people ("Navalny's")?"""
    return tok.lower_ in PERSONAL_POSSESSIVES or (tok.pos_ == "PROPN" and tok.ent_type_ not in NOT_PERSONS)


NOT_PERSONS = frozenset({"GPE", "NORP", "LOC", "FAC"})  # names of no person (the tagger calls some people ORG)


# Verbs that tell where words or gestures came from: "condemnation came swiftly from the EU", "statements
# of support poured in from Asia": the "from" phrase names who said them.
ARRIVALS = frozenset({"come", "pour", "flood", "arrive"})


def _came(noun: Token) -> Token | None:
    """The verb of arrival whose subject is the noun, or the noun's container ("statements of
    condemnation have come from ...")."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "nsubj":
        tok = tok.head.head
    return tok.head if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ARRIVALS else None


CONTAINERS = frozenset({"round", "series", "set", "wave", "package", "number", "string", "raft", "batch", "new",
                        "article"})  # "passed two articles of impeachment"
CLAIMING = frozenset({"claim", "take", "accept", "admit", "assume"})


COPULAS = frozenset({"be", "remain", "become", "stay"})


def described_as(noun: Token) -> Token | None:
    """The copula of "X is the largest donor (of aid)", "X remains one of the biggest contributors":
    its subject is the one the noun describes."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "one of the largest donors"
    head = noun.head
    return head if noun.dep_ == "attr" and head.lemma_.lower() in COPULAS else None


def held_responsible(noun: Token) -> Token | None:
    """The verb or adjective of "X is responsible for the killings", "X was blamed for the attack"
    (passive): its subject did the act the noun names."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    head = noun.head.head
    if head.lemma_.lower() in ("responsible", "guilty", "culpable") and head.pos_ == "ADJ" and not any(
            a.lemma_.lower() in SPEECH for a in head.ancestors):
        return head  # said by someone else ("said Russia was responsible for the attack"), it is their accusation
    return None


def claimed_by(noun: Token) -> Token | None:
    """The verb of "claimed responsibility for the attack" / "claimed the bombing": its subject
    did the act the noun names."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head.head if head.head.dep_ == "dobj" else head.head
    elif noun.dep_ == "pobj" and head.lower_ in ("for", "on") and head.head.pos_ in VERB_POS and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in head.head.children):
        head = head.head  # "claimed responsibility on Sunday for the attacks"
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in VERB_POS and head.lemma_.lower() in CLAIMING and (
        noun.dep_ != "dobj" or head.lemma_.lower() == "claim") else None


def carried_noun(verb: Token, lex: Lexicon) -> tuple[Token, Entry] | None:
    """The noun trigger a verb carries as its object ("imposed sanctions", "entered into a pact",
    "held a round of talks"), or modifies ("a trade war initiated by the U.S.")."""
    if verb.dep_ == "acl" and verb.lemma_.lower() not in CIRCUMSTANCE_VERBS and (entry := noun_trigger(verb.head, lex)):
        return verb.head, entry  # not "talks dominated by the war": a circumstance carries no event
    if any(c.dep_ == "oprd" for c in verb.children):
        return None  # "called the war a mistake", "branded the expulsions a provocation": a judgement
    objs = objects_of(verb)
    objs += [g for o in objs if o.lemma_.lower() in CONTAINERS for p in o.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    objs += [g for g in measured(objs) if g not in objs]  # "provided $2 million in assistance"
    for obj in objs:
        if obj.dep_ == "nsubjpass" and not is_passive(verb):
            continue
        if obj.dep_ == "pobj" and (obj.head.lower_ not in ("into", "in", "with", "on", "to", "of") or
                                   (obj.head.head.i == verb.i and obj.head.i < verb.i)):
            continue  # a phrase fronted before the verb is a circumstance ("In cooperation with X, Y provided ...")
        entry = noun_trigger(obj, lex)
        if entry:
            return obj, entry
        if (found := _trigger_compound(obj, lex)) is not None:
            return found
    return None


def _trigger_compound(obj: Token, lex: Lexicon) -> tuple[Token, Entry] | None:
    """The event noun that modifies a direct object that is none ("extended the curfew order",
    "lifted the sanctions regime"): the object names the act through it. Not a noun that is an
    event only when carried ("war crimes"), nor one modifying people ("held aid workers")."""
    if obj.dep_ not in ("dobj", "obj", "nsubjpass") or obj.lemma_.lower() in POLITICAL_HEADS | PRIVATE_PEOPLE | \
            HELD_PEOPLE:
        return None
    for mod in obj.children:
        if mod.dep_ == "compound" and mod.pos_ == "NOUN" and (entry := noun_trigger(mod, lex)) is not None \
                and "carried" not in entry.flags:
            return mod, entry
    return None


def sentence_candidates(sent: Span, lex: Lexicon) -> list[Candidate]:
    """Every trigger in the sentence; a noun carried by a verb trigger or support verb is merged."""
    out: list[Candidate] = []
    carried: set[int] = set()
    lemmas = [(tok, verb_lemma(tok, lex)) for tok in sent]  # one string lookup per token
    for tok, lemma in lemmas:
        if lemma not in lex.verbs and lemma not in lex.support:
            continue  # no verb or support entry: nothing to match (cheap test first)
        if tok.pos_ not in VERB_POS and not (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.tag_.startswith("VB")):
            if not tok.tag_.startswith("VB") and not _verb_mistagged(tok) and not _attitude(tok, lex):
                continue
        if _blocked_content(tok):
            continue  # "blocked a statement condemning the crackdown": no one condemned it
        noun = carried_noun(tok, lex) if (lemma in lex.support or lemma in lex.verbs) else None
        if noun and lemma in RESPONSE_VERBS and lemma not in lex.support and noun[0].dep_ == "dobj":
            noun = None  # "drawing sanctions from Australia", "faces sanctions": the noun's own event, aimed at the subject
        entries = lex.verbs.get(lemma)
        entry = match_verb(tok, entries) if entries else None
        if entry is not None and tok.dep_ == "amod":
            entry = None  # a participle describing a noun ("the internationally recognised government",
            # "visiting Saudi envoys", "striking teachers"): a property, not an act told
        named = _named_judgement(tok, lex) if lemma in JUDGING and (entry is None or entry.compiled) and \
            tok.dep_ != "amod" else None
        if named is not None:  # "called Trump a clown", "described the raid as dastardly"
            entry = replace(NAMED_JUDGEMENTS[named.polarity], lemma=lemma)
        if entry is not None and entry.mode == "release" and _published(tok):
            entry = None  # "released a report", "a statement released by": published, not freed
        if entry is not None and lemma == "agree" and (_agrees_with_a_view(tok) or _holds_a_view(tok)):
            entry = None  # "the governor agreed, saying ...", "said she agrees with Ruiz that ...": an opinion
        if entry is not None and entry.type == "ASSAULT" and (_against_a_problem(tok) or _on_animals(tok)):
            entry = None  # "fight the epidemic", "combat poverty", "culled the chickens": no one is attacked
        if entry is not None and entry.type == "ASSAULT" and _at_law(tok):
            entry = replace(entry, type="ACCUSE", mode="allege", cameo="115")  # "vowed to fight the ruling in court"
        if entry is not None and entry.compiled and any(c.dep_ == "oprd" for c in tok.children):
            entry = None  # "called the election a turning point": a judgement of the object, not calling one
        if entry is not None and lemma in THING_SENSES and entry.type == THING_SENSES[lemma] and _takes_a_thing(tok):
            entry = None  # "executed a planned shutdown", "received an honorary degree": no killing, no host
        if entry is not None and lemma in HOLDING and _holds_an_election(tok):
            entry = None  # "Canada held a general election", "both parties are to hold primaries": the
            # regular course of a state's politics, no promise of new leaders (CAMEO 0341) nor a concession
        if entry is not None and lemma == "attend" and entry.type == "CONSULT" and _attends_school(tok):
            entry = None  # "attended a drama academy": schooling, no meeting
        if entry is not None and lemma == "meet" and entry.type == "CONSULT" and _meets_a_standard(tok):
            entry = None  # "on track to meet the goal", "failed to meet the deadline": no meeting
        if entry is not None and entry.type == "CONSULT" and _met_with_a_reaction(tok, lex):
            entry, noun = None, None  # "the plan was met with criticism from Brussels": a reaction, no
            # meeting; the reaction is an event of its own, aimed at what it answers (`reaction_to`)
        if entry is None and lemma == "call" and _calls_a_person(tok) and (phoned := lex.verbs.get("phone")):
            entry = phoned[0]  # "Tillerson called Lavrov to discuss ...", "called his counterpart on Tuesday"
        if entry is not None and entry.mode == "phone" and tok.pos_ in VERB_POS and _phones_a_number(tok):
            entry = None  # "phoned 911", "called the hotline": no party is consulted
        if entry is not None and lemma == "leave" and entry.type == "RETREAT" and _leaves_a_trace(tok):
            entry = None  # "left an indelible mark", "leave room for": no withdrawal
        if entry is not None and entry.type == "ACCUSE" and _reflexive(tok):
            entry = None  # "Congress must hold itself accountable": no one else is accused
        if entry is not None and entry.type == "ASSAULT" and (_attacks_words(tok) or lemma in VERBAL_BLOWS and _attacks_for_conduct(tok)):
            entry = replace(entry, type="ACCUSE", mode="disapprove", cameo="111")  # "attacked the ruling",
            # "attacked Trump for the tweet", "attacked Drudge as a consistent opponent"
        if entry is not None and entry.type in ("SUPPORT", "AGREE") and lemma in ENACTING and _enacts_a_law(tok):
            entry = None  # "signed a decree", "the bill approved by parliament": lawmaking, no pact or
            # backing of anyone; what the law does is the enacting body's act (_enacted_by)
        stopped = entry is not None and entry.type in STOPPED_VERBS and stopped_act(tok)
        if stopped and entry is not None:
            entry = _retyped(entry, STOPPED[entry.type])  # "stopped funding the ministry": a cut in aid
        if entry is not None and (entry.type, entry.mode) == ("RETREAT", "withdraw") and _drops_an_aim(tok):
            entry = replace(entry, type="CONCEDE", mode=None, cameo="080", contexts=())
        if lemma in RESULTATIVE and _resultative(tok):
            entry = None  # "left 20 soldiers dead", "left rates unchanged": no withdrawal
        if noun and entry is None and lemma in JUDGING and (lemma != "call" or predicates(tok)):
            noun = None  # "described the attacks as cowardly": the attacks are judged, not carried out by the judge
        if entry is not None and entry.compiled and entry.type == "CONSULT" and _goes_nowhere(tok, entry):
            entry = None  # "the war has come to an end", "turnover comes from this segment": no journey
        if entry is not None and lemma == "call" and any(c.dep_ == "dobj" for c in tok.children) and \
                any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            entry = None  # "called Nevada for Biden (on Wednesday)": declared for someone, no call for anything
        if entry is not None and lemma == "question" and _questions_someone(tok):
            entry = None  # "police questioned the driver": an interview, no criticism
        if entry is not None and entry.type == "CONCEDE" and lemma == "find" and _a_finding(tok):
            entry = None  # "investigators found evidence that ...": what an inquiry found, no one yields
        if entry is not None and _going_to(tok):
            entry = None  # "this is going to lead to ...": the future of "lead", no one goes anywhere
        # a hand-written noun trigger carried by the verb decides over a compiled verb pattern
        wanted = bool(entry and entry.objects and not entry.compiled and noun and
                      noun[0].lemma_.lower() in entry.objects)
        if noun and (entry is None or lemma in lex.support) and noun[1].type == "ASSAULT" and _all_animals(prep_objects(noun[0], frozenset({"of"}))):
            carried.add(noun[0].i)  # "ordered the killing of 300,000 pigs": no party is attacked
            continue
        if noun and lemma in MEDIATORS and tok.dep_ != "acl" and (mediated := mediated_event(noun[0], noun[1], tok)):
            carried.add(noun[0].i)  # "Qatar brokered a truce between Israel and Hamas": the truce is theirs
            out.append(mediated)
            continue
        if noun and (entry is None or lemma in lex.support) and not wanted and \
                (not _own_source(noun[0], noun[1]) or tok.dep_ == "acl" or _breaks_ceasefire(lemma, noun[0])):
            carried.add(noun[0].i)
            cand = noun_candidate(noun[0], _retype(lemma, noun[0], noun[1]), tok)
            if _breaks_ceasefire(lemma, noun[0]):  # "violated Sudan's ceasefire": Sudan's, not the violator
                owners = [s for s in cand.source if s.head.i == noun[0].i]
                cand.source = [s for s in cand.source if s not in owners]
                cand.target += owners
            out.append(cand)
        elif entry and not (tok.dep_ == "acl" and lemma in MEDIATION):
            cand = verb_candidate(tok, entry)
            if _natural(cand):
                continue  # "an earthquake struck the south", "the storm destroyed the port": no one acts
            if stopped:  # the act is the stopping: its clause ("did not stop funding"), its words
                cand.anchor, cand.trigger = tok.head, [tok.head, *cand.trigger]
            if named is not None and named.judged is not None and named.judged not in cand.target:
                cand.target.append(named.judged)  # 'called Trump a "clown"' parsed as one phrase
            if noun and (wanted or not _own_source(noun[0], noun[1])):
                carried.add(noun[0].i)
                cand.noun = noun[0]
                cand.extra_contexts += list(noun[1].contexts)
            out.append(cand)
    for tok, lemma in lemmas:
        if lemma not in lex.nouns and tok.lower_ not in lex.nouns:
            continue  # not a noun trigger (noun_trigger looks up the lemma, then the form)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i > sent.start and any(
                t.pos_ == "PROPN" for t in (*tok.children, tok.head) if t is not tok):
            continue  # part of a name: "the North American Free Trade Agreement", "Partnership for Peace"
        if tok.i not in carried and (entry := noun_trigger(tok, lex)) and not (entry.mode == "release" and _published(tok)) \
                and not (entry.type == "ASSAULT" and _all_animals(prep_objects(tok, frozenset({"of"})))) \
                and ("carried" not in entry.flags or held_responsible(tok) is not None or
                     (entry.type == "AID" and described_as(tok) is not None) or any(
                o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG")
                for o in prep_objects(tok, frozenset({"on", "against", "with", "between"})))):
            out.append(noun_candidate(tok, entry, None))
    for cand in out:
        if cand.entry.type == "PROTEST":
            cand.target = protested_against(cand)
    return out


# "in protest against the new law", "in response to the company's decision": what a protest is against
PROTEST_FRAMES = frozenset({"protest", "response", "opposition", "reaction", "objection", "retaliation"})
PROTESTED_PREPS = frozenset({"against", "at", "over", "to", "of"})


def protested_against(cand: Candidate) -> list[Token]:
    """Whom a protest is against: what the phrase framing it as a reaction names ("began a hunger
    strike in protest against laws passed by parliament", "stopped work in response to the firm's
    decision"), else its own target; a decision, law or arrest protested against is its maker's
    when the text names who made it ("the arrest of a journalist by police": the police). A date
    is no target ("went on strike on Monday")."""
    heads = dict.fromkeys((cand.head, cand.anchor, *objects_of(cand.head)))
    frames = [o for h in heads for o in prep_objects(h, frozenset({"in"})) if o.lemma_.lower() in PROTEST_FRAMES]
    against = [o for f in frames for o in prep_objects(f, PROTESTED_PREPS)] or cand.target
    return [a for o in against if o.ent_type_ not in NOT_AGENT_ENTS for a in authors(o) or [o]]


VERB_ENDINGS = ("ed", "es", "ing")


def verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The token's lemma, mended when it is no trigger but the verb is: the silent "e" the
    lemmatiser drops from some verbs put back ("staged" -> "stag", "waged" -> "wag"), and a form
    the tagger took for a present tense read through the dictionary's verb forms ("overran", whose
    lemma stays "overran")."""
    lemma = tok.lemma_.lower()
    if lemma in lex.verbs or lemma in lex.support or not tok.tag_.startswith("VB"):
        return lemma
    fixed = lemma + "e"
    if (fixed in lex.verbs or fixed in lex.support) and tok.lower_ in {lemma + end for end in VERB_ENDINGS}:
        return fixed
    return lex.forms.get(tok.lower_, lemma)


ATTITUDE_PREPS = frozenset({"of", "about", "over", "on", "toward", "towards"})


def _attitude(tok: Token, lex: Lexicon) -> bool:
    """An adjective of attitude said of the subject through a copula ("said it is sceptical of the
    plan", "remained sceptical about the deal"): a predicate like a verb, when the lexicon flags it
    `adjective` (as the dictionary's "REMAIN * SCEPTICAL"; "the border is open" is no opening). Not
    one describing a noun ("a sceptical reception")."""
    return tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.head.lemma_.lower() in COPULAS and \
        any("adjective" in e.flags for e in lex.verbs.get(tok.lemma_.lower(), ()))


def _verb_mistagged(tok: Token) -> bool:
    """A present-tense verb the tagger took for a noun, as the root of its clause with a subject and
    an object or particle ("EU and UN hand over supplies to ...", "Kenya trains Somali police")."""
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and "nsubj" in deps and bool(deps & {"dobj", "prt"})


# What is released by being published, not freed (prisoners, hostages and property are freed).
PUBLISHED = DOCUMENTS | frozenset("""plan data figure detail result list record return film album song image photo
photograph footage transcript budget schedule book version update information tape recording guideline finding
study survey poll forecast estimate draft text recommendation name press news comment summary readout excerpt
document dossier minute statistic audio""".split())


def _published(tok: Token) -> bool:
    """Is what a "release" verb or noun releases a document or information ("released a report", "a
    statement released by the ministry", "a press release"), not people or property?"""
    objs = [o for o in tok.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    objs += [tok.head] if tok.dep_ == "acl" else []
    objs += [o for o in tok.children if o.dep_ == "compound"] if tok.pos_ in NOUN_POS else []
    return any(o.lemma_.lower() in PUBLISHED for o in objs)


def _agrees_with_a_view(verb: Token) -> bool:
    """Does "agree" voice one party's opinion (CAMEO 019, no PLOVER event) rather than an agreement
    between parties: no act agreed to or on, one singular subject, and the view given in a speech
    participle or as agreement with someone's view ("the governor agreed, saying ...", "she agrees
    with Ruiz that ...")? "EU leaders agreed that ..." stays an agreement."""
    deps = {c.dep_ for c in verb.children}
    agreed_on = any(c.dep_ == "prep" and c.lower_ in ("on", "to", "upon", "over") for c in verb.children)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENTS and "xcomp" not in deps and not agreed_on:
        return True  # "issued a statement agreeing the issue should be decided by Congress": a text holds a view
    if deps & {"xcomp", "dobj", "obj"} or agreed_on:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    saying = any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH for c in verb.children)
    with_view = "ccomp" in deps and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    return saying or with_view


def _holds_a_view(verb: Token) -> bool:
    """Is "agree with" in the present tense, of no act agreed to or on ("officials said they agree with
    the recommendation", "both ministers agree with the governor")? A state of opinion, whoever
    holds it; an agreement reached is told as done or to be done ("agreed with Kyiv to ...")."""
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ in ("VBP", "VBZ") and not deps & {"xcomp", "dobj", "obj", "aux", "auxpass"} and \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("on", "to", "upon", "over") for c in verb.children)


# Verbs whose event sense takes a person or party as object ("executed two prisoners", "received the
# Chinese delegation") and whose other sense takes a thing ("executed the plan", "received an award").
THING_SENSES = {"execute": "ASSAULT", "receive": "CONSULT"}
# Nouns for the people one receives as guests, beside political heads and private people.
GUESTS = frozenset({"counterpart", "colleague", "guest", "visitor", "delegate", "member", "representative",
                    "host", "dignitary"})


# Heads of the names of honours ("the National Medal of Science", "the Order of Lenin", "Hero of the
# Soviet Union"): a thing one receives, though written as a name.
HONOURS = frozenset({"medal", "prize", "award", "honour", "honor", "order", "hero", "trophy", "cross", "star",
                     "doctorate", "degree", "fellowship", "laureate", "decoration"})
# Places and courses of study: "attended Howard University", "attended a drama academy" is schooling,
# not a meeting one takes part in ("attended the summit").
SCHOOLING = frozenset({"school", "university", "college", "academy", "institute", "seminary", "conservatory",
                       "polytechnic", "course", "class", "classes", "lecture", "lectures", "workshop", "camp"})


def _takes_a_thing(verb: Token) -> bool:
    """Is each object of the verb a common noun for a thing, or the name of an honour, not a
    person, a group or another name?"""
    objs = [o for o in verb.children if o.dep_ in (("nsubjpass",) if is_passive(verb) else ("dobj", "obj"))]
    people = POLITICAL_HEADS | PRIVATE_PEOPLE | HELD_PEOPLE | FORCES | GUESTS
    return bool(objs) and all(o.lower_ in HONOURS or (
        o.pos_ == "NOUN" and o.ent_type_ not in PARTY_ENTS and o.lemma_.lower() not in people and o.lower_ not in people
        and o.lemma_.lower() not in HOW_MANY_PEOPLE) for o in objs)


# Holding an election, a primary or a referendum: what the dictionary codes as a promise of new leaders
# or a concession to demands for them ("HOLD * ELECTION [0341]", "HOLD * POLLS [0831]") is, in news,
# the scheduled course of a state's or a party's politics. A promise to hold one is the promise verb's
# event ("pledged to hold elections"), which stays.
HOLDING = frozenset({"hold", "conduct", "organise", "organize", "stage"})
ELECTIONS = frozenset({"election", "elections", "poll", "polls", "primary", "primaries", "caucus", "caucuses",
                       "referendum", "by-election", "runoff", "run-off", "plebiscite", "vote", "ballot"})


def _holds_an_election(verb: Token) -> bool:
    """Is what the verb holds an election, a primary or a referendum ("held primary elections")?"""
    objs = [o for o in verb.children if o.dep_ in (("nsubjpass",) if is_passive(verb) else ("dobj", "obj"))]
    return bool(objs) and all(o.lemma_.lower() in ELECTIONS or o.lower_ in ELECTIONS for o in objs)


def _attends_school(verb: Token) -> bool:
    """Is what the verb's subject attends a school or a course ("attended Howard University")?"""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    return bool(objs) and all(o.lower_ in SCHOOLING or o.lemma_.lower() in SCHOOLING for o in objs)


# Verbs that judge their object by a predicate ("called the raid unprovoked", "described the talks as
# useful"): the object's act is another's, whatever the judgement; only "call" is also a light verb
# ("called a ceasefire", "called a strike").
JUDGING = frozenset({"call", "describe", "label", "brand", "dub", "term", "refer", "characterise", "characterize"})


# What a naming verb is when what it calls its object judges the object (judgements.py): criticism
# (CAMEO 111) or praise (CAMEO 051), as the hand-written "call =..." lines of lexicon.tsv have it.
NAMED_JUDGEMENTS = {DISAPPROVE: Entry("verb", "call", "ACCUSE", "disapprove", (), "111", 0.6),
                    APPROVE: Entry("verb", "call", "SUPPORT", None, ("diplomatic",), "051", 0.55)}


def _named_judgement(verb: Token, lex: Lexicon) -> Judgement | None:
    """The judgement a naming verb makes when what it calls its object judges it ("called Trump a
    clown, a racist", 'labeled the report as "fake news"', "described the attacks as dastardly"),
    when the object is something one can judge: a party, or an act (`judgements.judgeable`)."""
    named = naming_judgement(verb)
    if named is None or named.polarity not in NAMED_JUDGEMENTS or named.judged is None or \
            not (epithet_bearer(named.judged) or judgeable(named.judged, False, lex.nouns)):
        return None
    return named


# Whom one calls on the phone: a named person or a head of state or government, an envoy.
CALLED_PEOPLE = frozenset("""counterpart president minister premier chancellor king queen leader ambassador envoy emir
prince sultan secretary""".split())


def _calls_a_person(verb: Token) -> bool:
    """Is "call" a phone call: a person as its only object, no judgement of them ("called him a liar"),
    no particle ("called on", "called for", "called off")?"""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    return len(objs) == 1 and (objs[0].ent_type_ == "PERSON" or objs[0].lemma_.lower() in CALLED_PEOPLE) and \
        not predicates(verb) and not any(c.dep_ in ("prt", "oprd", "ccomp") for c in verb.children) and \
        not any(c.dep_ == "prep" and not _when(c) for c in verb.children)


def _phones_a_number(verb: Token) -> bool:
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj") or (o.dep_ == "npadvmod" and o.like_num)]
    return bool(objs) and all(o.like_num or o.pos_ == "NUM" or o.lemma_.lower() in ("hotline", "number", "line")
                              for o in objs)


# What a party may back away from that it held against another: a demand, a goal, an objection, a
# stance. Dropping one is a verbal concession (PLOVER CONCEDE: "withdrawing a demand"; docs/annotation.md
# section 2: "dropping an objection or demand"), not troops leaving a place.
AIMS = frozenset("""goal aim objective demand insistence objection opposition condition precondition
stance claim bid candidacy veto""".split())


def _drops_an_aim(verb: Token) -> bool:
    """Does a verb of withdrawing leave an aim or a course of action rather than a place ("retreated from
    its goal of ousting the president", "withdrew from backing the candidate")?"""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        (o.dep_ == "pobj" and o.lemma_.lower() in AIMS) or (o.dep_ == "pcomp" and o.tag_ == "VBG")
        for o in c.children) for c in verb.children)


# What one leaves that is no place one withdraws from: a trace, a legacy, an opening.
TRACES = frozenset("""mark legacy impression imprint trace scar stamp room space door gap void message note""".split())


def _leaves_a_trace(verb: Token) -> bool:
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    return bool(objs) and all(o.lemma_.lower() in TRACES for o in objs)


# Quantities that count people ("executed dozens of prisoners").
HOW_MANY_PEOPLE = frozenset({"dozen", "hundred", "thousand", "score", "number", "group", "handful"})


# Natural forces and accidents that "strike", "hit" or "destroy" without anyone acting.
HAZARDS = frozenset("""earthquake quake aftershock tremor storm typhoon hurricane cyclone tornado flood flooding
tsunami landslide mudslide avalanche wildfire bushfire fire blaze eruption volcano drought heatwave rain rainfall
snowstorm blizzard lightning wave explosion""".split())


def _natural(cand: Candidate) -> bool:
    """Is every subject of the act a natural force or an accident ("a magnitude 6.3 earthquake that
    struck the south", "the typhoon hit Luzon")? A relative clause's "that" stands for its noun."""
    heads = [s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s for s in cand.source]
    # "an earthquake with magnitude 6.3 that struck ...": the clause may hang on the hazard's modifier
    named = [[h] + ([h.head.head] if h.dep_ == "pobj" and h.head.dep_ == "prep" else []) for h in heads]
    return bool(heads) and cand.kind == "verb" and all(any(n.lemma_.lower() in HAZARDS for n in ns) for ns in named)


# What one meets without meeting anyone: a goal, a need, a condition ("met the deadline", "meet the
# costs"). Demands met are a concession ("meet =demand" in lexicon.tsv).
STANDARDS = frozenset("""goal target deadline need requirement standard criterion criteria expectation obligation
quota threshold benchmark cost expense bill commitment challenge test condition responsibility""".split())


def _resultative(verb: Token) -> bool:
    """Has the verb a secondary predicate, what its object is left as: a complement ("left 20
    soldiers dead") or an adjective the parser hung after the object ("left its rates unchanged")?"""
    return any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in verb.children) or any(
        a.dep_ == "amod" and a.i > o.i for o in verb.children if o.dep_ == "dobj" for a in o.children)


# The prepositions of a journey's end or start ("flew to Caracas", "headed for Moscow", "came from Kyiv").
JOURNEY_PREPS = frozenset({"to", "for", "from", "into"})
# Where a journey ends when no name says so: places, bodies and meetings ("came to the capital").
DESTINATIONS = POLITICAL_HEADS | frozenset("""city capital town village region province border area front zone
base camp airport port embassy consulate palace headquarters site island meeting summit talks conference
session funeral ceremony""".split())


def _goes_nowhere(verb: Token, entry: Entry) -> bool:
    """Does a movement pattern of the CAMEO dictionary ("come to", "head for") lead to a common noun
    that is no place, party or meeting ("has come to an end", "comes from this segment")? Only a
    journey to somewhere, or to someone, is a visit."""
    if not entry.particles or entry.particles[-1] not in JOURNEY_PREPS:
        return False
    ends = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in JOURNEY_PREPS
            for o in c.children if o.dep_ == "pobj"]  # "returned from ... to Brazil" goes to Brazil
    return bool(ends) and all(o.pos_ == "NOUN" and not o.ent_type_ and o.lemma_.lower() not in DESTINATIONS
                              for o in ends)


# People questioned by police or a court are interviewed ("questioned the driver", "questioned him").
QUESTIONED = frozenset("""suspect witness owner driver passenger victim survivor relative employee staff crew""".split())


def _questions_someone(verb: Token) -> bool:
    """Is what "question" takes a person (an interview: "police questioned the car's owner",
    "questioned him for hours"), not a claim, a decision or a party's conduct?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lower_ in ("him", "her", "them", "he", "she", "they") or o.ent_type_ == "PERSON"
                              or o.lemma_.lower() in PRIVATE_PEOPLE | HELD_PEOPLE | QUESTIONED for o in objs)


# Verbs that stop a document from being issued: what it would have said was never said.
BLOCKING = frozenset({"block", "veto", "reject", "scuttle", "stall", "derail", "kill", "withdraw", "shelve"})


def _blocked_content(verb: Token) -> bool:
    """Is the verb a participle telling what a blocked document says ("blocked a statement
    condemning the coup", "vetoed a resolution calling for a truce"; the parser may hang the
    participle on the blocking verb itself)?"""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.lemma_.lower() in DOCUMENTS and head.dep_ in ("dobj", "nsubjpass") and \
            head.head.lemma_.lower() in BLOCKING
    return head.lemma_.lower() in BLOCKING and any(
        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in DOCUMENTS for o in head.children)


FINDINGS = frozenset({"evidence", "proof", "ground", "grounds", "cause", "attestation"})


def _a_finding(verb: Token) -> bool:
    """Is what "find" takes evidence, proof or grounds an inquiry or a court found ("found evidence of
    bribery", "found reasonable grounds to believe ...")? Only common ground found is a concession."""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in FINDINGS and not any(
        a.lower_ == "common" for a in o.children if a.dep_ in ("amod", "compound")) for o in objs)


def _going_to(verb: Token) -> bool:
    """ "is going to lead", "are going to get worse": "going" with an infinitive is the future
    auxiliary, not a journey (status.py reads it as the future of the infinitive's act)."""
    return verb.lower_ in ("going", "gon") and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ in ("to", "na") for a in x.children)
        for x in verb.children)


# What a proposal, a decision or a visitor is met or greeted with, beside the event nouns of the lexicon
# ("met with criticism", "greeted with protests"): how people received it, no one met.
RECEPTIONS = frozenset("""applause anger outrage fury dismay scepticism skepticism resistance opposition silence
derision enthusiasm approval disapproval hostility suspicion indifference concern alarm relief cheer jeer boo
praise acclaim ridicule""".split())
RECEIVING = frozenset({"meet", "greet"})


def _met_with_a_reaction(verb: Token, lex: Lexicon) -> bool:
    """Is the verb a passive "was met/greeted with" a reaction ("the plan was met with protests",
    "was greeted with scepticism"), which tells how something was received, not of a meeting?"""
    if verb.lemma_.lower() not in RECEIVING or not is_passive(verb):
        return False
    received = prep_objects(verb, frozenset({"with"}))
    return bool(received) and all(o.pos_ == "NOUN" and (o.lemma_.lower() in RECEPTIONS or o.lemma_.lower() in lex.nouns)
                                  for o in received)


def reaction_to(noun: Token) -> list[Token]:
    """What a reaction noun answers when something "was met/greeted with" it ("the plan was met with
    criticism from Brussels": the plan): the passive verb's subject."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return []
    verb = noun.head.head
    if verb.lemma_.lower() not in RECEIVING or not is_passive(verb):
        return []
    return [s for s in verb.children if s.dep_ == "nsubjpass"]


def _meets_a_standard(verb: Token) -> bool:
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(objs) and all(o.lemma_.lower() in STANDARDS for o in objs)


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself",
                        "yourselves", "oneself"})


def _reflexive(verb: Token) -> bool:
    """Is the verb's object its own subject ("hold itself accountable", "blamed themselves")?"""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")] + predicated(verb)
    return bool(objs) and all(o.lower_ in REFLEXIVES for o in objs)


# What one attacks with words: decisions, texts and positions ("attacked the subpoena as a political ploy").
SAID_OR_DECIDED = (DOCUMENTS - {"post", "mission"}) | frozenset("""decision ruling policy plan proposal bill law legislation subpoena
idea remark comment claim speech deal agreement move strategy approach stance verdict budget reform
measure order investigation inquiry probe impeachment proclamation announcement decree ban sanction tariff
handling response recognition annexation designation nomination candidacy appointment""".split())


def _attacks_words(verb: Token) -> bool:
    """Is what the verb attacks a decision, text or position, criticised rather than struck?"""
    objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    return bool(objs) and all(o.lemma_.lower() in SAID_OR_DECIDED for o in objs)


# Verbs of a blow that news also uses for words ("attacked", "hit", "blasted" a rival).
VERBAL_BLOWS = frozenset({"attack", "hit", "blast", "strike"})
# Nouns of a stretch of time: "for hours", "for the second time", "for three days" say how long or how
# often a blow fell, not what it answers.
SPELLS = frozenset({"time", "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "while",
                    "period", "moment", "spell"})


def _attacks_for_conduct(verb: Token) -> bool:
    """Is an attack on a person or party a verbal one: aimed at a name, a pronoun or an office, for what
    they did or said ("attacked Trump for the tweet", "attacked her for not denouncing the violence")
    or as what they are said to be ("attacked Drudge as a consistent opponent")? Criticism (PLOVER
    ACCUSE disapprove), not a blow; a blow on a place or a force ("attacked the village for hours",
    "attacked rebel positions") stays one."""
    aimed = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
    if not aimed or not all(epithet_bearer(o) and o.ent_type_ not in ("LOC", "FAC") for o in aimed):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "as")):
        said = [o for o in prep.children if o.dep_ in ("pobj", "pcomp", "amod", "acomp")]
        if prep.lower_ == "as" and said:
            return True
        if any(o.tag_ == "VBG" or (o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")
                                   and o.lemma_.lower() not in SPELLS and not o.like_num) for o in said):
            return True
    return False


# What one fights, combats or tackles that is no party: diseases, disasters and social ills.
PROBLEMS = frozenset("""epidemic pandemic disease virus outbreak infection ebola malaria cholera polio aids hiv covid
covid-19 coronavirus cancer wildfire blaze bushfire flood drought famine hunger poverty malnutrition inflation
unemployment corruption crime climate change warming pollution emission addiction drug trafficking cause
problem illiteracy disinformation misinformation racism discrimination inequality""".split())


def _against_a_problem(verb: Token) -> bool:
    """Is what the verb fights a problem, not a party ("fight the root causes of migration")?"""
    objs = [o for o in objects_of(verb) if o.dep_ in ("dobj", "obj") or o.head.lower_ == "against"]
    return bool(objs) and all(o.lemma_.lower() in PROBLEMS or o.lower_ in PROBLEMS for o in objs)


# Where and by what means a fight is at law: "fight the ruling in court", "keep fighting with court cases"
# ("in the case the army attacks" is a condition, so a case counts only as a means).
LAW_PLACES = frozenset({"court", "tribunal", "judge"})
LAW_MEANS = LAW_PLACES | frozenset({"case", "lawsuit", "suit", "litigation", "appeal", "petition"})


def _at_law(verb: Token) -> bool:
    """Is the fight fought before a court or with legal actions, an action at law (ACCUSE `allege`)
    rather than violence?"""
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in (
        LAW_PLACES if c.lower_ in ("in", "before") else LAW_MEANS if c.lower_ in ("with", "through") else ())
        for g in c.children) for c in verb.children)


ANIMALS = frozenset("""animal chicken poultry bird cattle livestock cow pig hog swine boar sheep goat horse dog cat
elephant rhino tiger lion wolf bear deer whale dolphin shark fish mink""".split())


def _on_animals(verb: Token) -> bool:
    """Are the verb's objects animals ("by killing animals", "culled 40,000 chickens")? Violence is done
    to people or to a party's forces and property."""
    return _all_animals([o for o in objects_of(verb) if o.dep_ in ("dobj", "obj", "nsubjpass")])


def _all_animals(objs: list[Token]) -> bool:
    """Are all these objects animals, or quantities of them ("the killing of 300,000 pigs")?"""
    return bool(objs) and all(any(n.lemma_.lower() in ANIMALS for n in (o, *measured([o]))) for o in objs)


# A support verb that changes what its noun denotes: a "protest" lodged with a government is a
# diplomatic complaint (ACCUSE), a declared ceasefire a verbal concession, a staged strike a protest,
# a sanction given an approval.
SUPPORT_RETYPE = {
    **{(v, "protest"): ("ACCUSE", "disapprove", "114") for v in ("lodge", "file", "register", "issue", "deliver")},
    **{(v, n): ("CONCEDE", None, "0871") for v in ("declare", "announce", "offer", *MEDIATORS)
       for n in ("ceasefire", "truce", "cessation")},
    **{(v, "strike"): ("PROTEST", "strike", "143") for v in ("stage", "hold")},
    # "gave sanction for the strikes": sanction in its sense of approval
    **{(v, "sanction"): ("SUPPORT", None, "051") for v in ("give", "grant")},
    # a petition filed is an action at law (docs/annotation.md: "file a case at a court" is ACCUSE `allege`)
    ("file", "petition"): ("ACCUSE", "allege", "115"),
}


# Verbs that stop what their noun names: ending talks or a mediation is a rejection, ending aid or
# cooperation a sanction (CAMEO 12 and 16: "ended mediation efforts", "halted cooperation").
TERMINATING = frozenset({"end", "halt", "suspend", "cancel", "abandon", "scrap", "freeze", "stop", "terminate",
                         "discontinue", "cease"})
STOPPED = {"CONSULT": ("REJECT", "meet", "125"), "AGREE": ("REJECT", None, "120"), "SUPPORT": ("REJECT", None, "120"),
           "COOPERATE": ("SANCTION", "discontinue", "160"), "AID": ("SANCTION", "discontinue", "162"),
           "ASSAULT": ("RETREAT", "ceasefire", "0871")}  # "halted the attacks": a ceasefire observed
# Verbs that lessen what their noun names: reducing aid or cooperation is a sanction as well (CAMEO 162
# "reduce or stop material aid": "cut military aid to X", "slashed funding for ...").
REDUCING = frozenset({"reduce", "cut", "slash", "curtail", "decrease", "withhold", "trim", "lower"})
REDUCED = {t: STOPPED[t] for t in ("COOPERATE", "AID")}


# Verbs that undo a restriction their noun names ("removed the sanctions on X", "reduced tariffs on Y").
EASING = frozenset({"remove", "reduce", "cut", "lower", "ease", "relax", "scrap", "drop", "waive", "lift", "end",
                    "suspend", "halt", "abandon", "cancel", "repeal", "rescind", "roll", "loosen"})
# Breaking a ceasefire is fighting (CAMEO 196, violate ceasefire): "violated the truce by shelling ...".
VIOLATING = frozenset({"violate", "breach", "break"})
CEASEFIRES = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})


def _breaks_ceasefire(verb: str, noun: Token) -> bool:
    """ "violated Sudan's ceasefire": the breaker fights, whoever's ceasefire it was."""
    return verb in VIOLATING and (noun.lemma_.lower() in CEASEFIRES or any(
        c.lemma_.lower() in CEASEFIRES for c in noun.children if c.dep_ in ("compound", "amod")))


# The types whose stopped verb is read as its stopping. A stopped fight stays a fight under the
# status rules ("stopped shelling" is a negated assault; read as a ceasefire it cost a held-out
# triple); only an agreement to stop it is told apart (extract._agreed_act).
STOPPED_VERBS = frozenset(STOPPED) - {"ASSAULT"}


def stopped_act(verb: Token) -> bool:
    """Is the verb's act what a verb of ending stops ("stopped fighting", "ceased shelling the town",
    "halted supplying arms"): the gerund complement of a TERMINATING verb, as the nouns they carry
    ("halted the attacks")?"""
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp", "dobj", "obj") and \
        verb.head.lemma_.lower() in TERMINATING and not any(c.dep_ == "prt" for c in verb.head.children)
    # "ended up buying the missiles": a particle makes another verb, which stops nothing


def _retyped(entry: Entry, new: tuple[str, str | None, str]) -> Entry:
    return replace(entry, type=new[0], mode=new[1], cameo=new[2])


def _retype(verb: str, noun: Token, entry: Entry) -> Entry:
    new = SUPPORT_RETYPE.get((verb, noun.lemma_.lower()))
    if new is None and _breaks_ceasefire(verb, noun):
        new = ("ASSAULT", None, "196")
    if new is None and verb in EASING and entry.type in ("SANCTION", "COERCE"):
        new = ("CONCEDE", None, "085")  # "removed the sanctions", "reduced tariffs": an easing (CAMEO 085)
    if new is None and verb in TERMINATING:
        new = STOPPED.get(entry.type)
    if new is None and verb in REDUCING:
        new = REDUCED.get(entry.type)
    return entry if new is None else _retyped(entry, new)


def _own_source(noun: Token, entry: Entry | None = None) -> bool:
    """A noun with its own actor ("Trump's offer", "a U.S. invitation", "a request from Washington")
    makes its own event."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "compound" and c.pos_ == "PROPN")
               for c in noun.children) or \
        bool(agent_of(noun)) or \
        bool(entry and entry.type in FROM_SOURCE_TYPES and prep_objects(noun, frozenset({"from"})))
