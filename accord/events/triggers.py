"""Trigger matching on the dependency parse: which tokens start an event, with which lexicon
entry, and which tokens fill the source and target roles (before they become participants)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .lexicon import Entry, Lexicon

SUBJ = ("nsubj", "csubj")
TARGET_PREPS = frozenset({"with", "to", "against", "on", "at", "toward", "towards", "upon", "into", "over"})
REQUEST_PREPS = TARGET_PREPS | {"from", "of"}
NOUN_TARGET_PREPS = frozenset({"with", "against", "on", "to", "for", "toward", "towards", "at", "upon", "into", "from",
                               "over"})
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "force", "persuade", "order", "push", "press", "prompt", "tell",
                            "encourage", "invite", "allow", "help", "implore", "request", "require", "want"})
VERB_POS = ("VERB", "AUX")
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
    extra_contexts: list[str] = field(default_factory=list)


def _particles(tok: Token) -> set[str]:
    out = set()
    for child in tok.children:
        if child.dep_ in ("prt", "prep", "agent", "advmod", "dative"):
            out.add(child.lower_)
            out.update(g.lower_ for g in child.children if g.dep_ in ("prep", "prt"))
        elif child.dep_ == "xcomp" and any(a.lower_ == "to" for a in child.children if a.dep_ == "aux"):
            out.add("to")
    return out


def objects_of(tok: Token) -> list[Token]:
    """Direct objects, then objects of the verb's prepositions (and of particle+prep chains)."""
    direct = [c for c in tok.children if c.dep_ in ("dobj", "obj", "attr", "nsubjpass")]
    preps = [g for c in tok.children if c.dep_ in ("prep", "prt", "agent")
             for g in (*c.children, *(gg for p in c.children if p.dep_ == "prep" for gg in p.children))
             if g.dep_ == "pobj"]
    return direct + preps


def match_verb(tok: Token, entries: tuple[Entry, ...]) -> Entry | None:
    found = _particles(tok)
    lemmas = {o.lemma_.lower() for o in objects_of(tok)}
    for entry in entries:  # most specific first
        if all(p in found for p in entry.particles) and (not entry.objects or entry.objects & lemmas):
            return entry
    return None


def match_noun(tok: Token, entries: tuple[Entry, ...]) -> Entry | None:
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    for entry in entries:
        if all(m in mods for m in entry.modifiers) and all(p in preps for p in entry.particles):
            return entry
    return None


def noun_trigger(tok: Token, lex: Lexicon) -> Entry | None:
    if tok.pos_ not in NOUN_POS:
        return None
    entries = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    return match_noun(tok, entries) if entries else None


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN")


def subject_of(tok: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject phrase heads of verb `tok`, climbing through xcomp/conj/advcl (inherited=True)."""
    subj = [c for c in tok.children if c.dep_ in SUBJ or (depth and c.dep_ == "nsubjpass")]
    if subj or depth > 4:
        return subj, depth > 0
    head = tok.head
    if head is tok:
        return [], False
    if tok.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
        objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objs:
            return objs, True
    if tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and head.pos_ in VERB_POS + ("ADJ",):
        found, _ = subject_of(head, depth + 1)
        return found, True
    if tok.dep_ == "pcomp" and head.dep_ == "prep":
        found, _ = subject_of(head.head, depth + 1)
        return found, True
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return [head], True
    return [], False


def agent_of(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children if g.dep_ == "pobj"]


def prep_objects(tok: Token, preps: frozenset[str]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "prt") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
            out.extend(gg for p in c.children if p.dep_ == "prep" and p.lower_ in preps
                       for gg in p.children if gg.dep_ == "pobj")
    return out


def between(tok: Token) -> list[Token]:
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for g in c.children if g.dep_ == "pobj"]


def verb_candidate(tok: Token, entry: Entry) -> Candidate:
    cand = Candidate(entry=entry, head=tok, anchor=tok, trigger=[tok], kind="verb")
    cand.trigger += [c for c in tok.children if c.dep_ == "prt"]
    preps = REQUEST_PREPS if entry.type in ("REQUEST", "RETREAT") else TARGET_PREPS
    if is_passive(tok):
        cand.source = agent_of(tok)
        cand.target = [c for c in tok.children if c.dep_ == "nsubjpass"] or ([tok.head] if tok.dep_ == "acl" else [])
    else:
        cand.source, cand.inherited = subject_of(tok)
        cand.target = [c for c in tok.children if c.dep_ in ("dobj", "dative", "obj")]
    cand.target += [o for o in prep_objects(tok, preps) if o.head.lower_ != "with" or not _symmetric(entry)]
    cand.with_target = prep_objects(tok, frozenset({"with"})) if _symmetric(entry) else []
    if not cand.source:
        cand.source = [c for c in tok.children if c.dep_ == "poss"]
    return cand


def _symmetric(entry: Entry) -> bool:
    return entry.type in ("AGREE", "CONSULT", "COOPERATE") or "mutual" in entry.flags


def noun_candidate(noun: Token, entry: Entry, governor: Token | None) -> Candidate:
    anchor = governor or (noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and
                          noun.head.pos_ in VERB_POS else noun)
    trigger = [t for t in noun.children if t.dep_ in ("compound", "amod") and t.lemma_.lower() in entry.modifiers]
    cand = Candidate(entry=entry, head=noun, anchor=anchor, trigger=sorted(trigger + [noun], key=lambda t: t.i),
                     kind="support" if governor else "noun")
    cand.source = [c for c in noun.children if c.dep_ == "poss"]
    cand.source += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c not in trigger]
    cand.source += agent_of(noun) + [a for acl in noun.children if acl.dep_ == "acl" for a in agent_of(acl)]
    cand.target = prep_objects(noun, NOUN_TARGET_PREPS - ({"with"} if _symmetric(entry) else set()))
    cand.target += [o for acl in noun.children if acl.dep_ == "acl" for o in prep_objects(acl, NOUN_TARGET_PREPS)]
    cand.with_target = between(noun) + (prep_objects(noun, frozenset({"with"})) if _symmetric(entry) else [])
    if governor is not None:
        cand.trigger = sorted({governor, *cand.trigger}, key=lambda t: t.i)
        if is_passive(governor):
            cand.source += agent_of(governor)
        else:
            subj, cand.inherited = subject_of(governor)
            cand.source += subj
        cand.target += [c for c in governor.children if c.dep_ in ("dobj", "dative") and c is not noun]
        cand.target += prep_objects(governor, TARGET_PREPS - {"with"})
        if _symmetric(entry):
            cand.with_target += prep_objects(governor, frozenset({"with"}))
    return cand


CONTAINERS = frozenset({"round", "series", "set", "wave", "package", "number", "string", "raft", "batch", "new"})


def carried_noun(verb: Token, lex: Lexicon) -> tuple[Token, Entry] | None:
    """The noun trigger a verb carries as its object ("imposed sanctions", "entered into a pact",
    "held a round of talks"), or modifies ("a trade war initiated by the U.S.")."""
    if verb.dep_ == "acl" and (entry := noun_trigger(verb.head, lex)):
        return verb.head, entry
    objs = objects_of(verb)
    objs += [g for o in objs if o.lemma_.lower() in CONTAINERS for p in o.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for obj in objs:
        if obj.dep_ == "nsubjpass" and not is_passive(verb):
            continue
        if obj.dep_ == "pobj" and obj.head.lower_ not in ("into", "in", "with", "on", "to", "of"):
            continue
        entry = noun_trigger(obj, lex)
        if entry:
            return obj, entry
    return None


def sentence_candidates(sent: Span, lex: Lexicon) -> list[Candidate]:
    """Every trigger in the sentence; a noun carried by a verb trigger or support verb is merged."""
    out: list[Candidate] = []
    carried: set[int] = set()
    for tok in sent:
        if tok.pos_ not in VERB_POS and not (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.tag_.startswith("VB")):
            if not tok.tag_.startswith("VB"):
                continue
        lemma = tok.lemma_.lower()
        noun = carried_noun(tok, lex) if (lemma in lex.support or lemma in lex.verbs) else None
        entries = lex.verbs.get(lemma)
        entry = match_verb(tok, entries) if entries else None
        wanted = bool(entry and entry.objects and noun and noun[0].lemma_.lower() in entry.objects)
        if noun and (entry is None or lemma in lex.support) and not wanted and \
                (not _own_source(noun[0]) or tok.dep_ == "acl"):
            carried.add(noun[0].i)
            out.append(noun_candidate(noun[0], noun[1], tok))
        elif entry:
            cand = verb_candidate(tok, entry)
            if noun and (wanted or not _own_source(noun[0])):
                carried.add(noun[0].i)
                cand.noun = noun[0]
                cand.extra_contexts += list(noun[1].contexts)
            out.append(cand)
    for tok in sent:
        if tok.i not in carried and (entry := noun_trigger(tok, lex)):
            out.append(noun_candidate(tok, entry, None))
    return out


def _own_source(noun: Token) -> bool:
    """A noun with its own actor ("Trump's offer", "a U.S. invitation") makes its own event."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "compound" and c.pos_ == "PROPN")
               for c in noun.children) or \
        bool(agent_of(noun))
