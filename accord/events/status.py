"""Status (PLOVER's auxiliary modes) and reported speech, read off the clause above a trigger.

From the anchor (the trigger verb, or the verb that carries a noun trigger) we climb through
`xcomp` and non-speech `ccomp` links: auxiliaries and governing verbs on the way decide the status
("is expected to", "refused to", "pledged to", "would ... if"); a speech verb ("said") ends the
climb and makes the event reported, by the speech verb's subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

SPEECH = frozenset("""say tell state report claim add announce confirm insist note indicate stress emphasize
emphasise write tweet explain argue believe think suggest acknowledge reveal quote assert reiterate
""".split())
NEG_GOVERNORS = frozenset({"deny", "fail", "avoid", "cease", "stop", "abandon"})
FUTURE_GOVERNORS = frozenset({"expect", "plan", "intend", "prepare", "schedule", "set", "due", "aim", "hope",
                              "seek", "want", "propose", "poise", "slate", "likely", "go"})
# Deliberation is no intent: "is considering sending aid", "weighing sanctions" report an option under
# review (CAMEO 014, a statement PLOVER does not type), so the act considered is only a possibility:
# hypothetical, and never a promise (AGREE) (docs/annotation.md, status).
DELIBERATION_GOVERNORS = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "deliberate"})
# Governors that state a readiness, which PLOVER codes as an occurred AGREE ("is ready to resume talks").
WILLING_GOVERNORS = frozenset({"ready", "willing", "prepared", "eager", "open"})
ANNOUNCE_GOVERNORS = frozenset({"announce", "pledge", "vow", "promise", "commit", "undertake"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
FUTURE_ADJ = frozenset({"upcoming", "planned", "proposed", "future", "forthcoming", "expected", "scheduled",
                        "prospective", "next"})
HYPOTHETICAL_ADJ = frozenset({"possible", "potential", "hypothetical"})
# Nouns whose content clause a "no" denies ("there is no evidence that Chad attacked the post", "found
# no proof Serbian forces shelled the village"): the act in the clause is said not to be shown.
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "confirmation"})


@dataclass
class Clause:
    """What the climb from an anchor found."""

    negated: bool = False
    hypothetical: bool = False
    conditional: bool = False    # "if"/"unless": a threat stays an occurred THREATEN
    future: bool = False
    expected: bool = False       # the future is someone's expectation or plan ("is expected to")
    willing: bool = False
    announced: bool = False
    deliberated: bool = False    # under "consider", "weigh", "mull": an option, not a plan
    would: bool = False          # "would" alone: a conditional, or a reported "will" under a speech verb
    speech: Token | None = None  # the speech verb the event is reported under
    chain: list[Token] = field(default_factory=list)  # anchor and the governors climbed through

    def status(self, announced_entry: bool = False) -> str:
        if self.negated:
            return "negated"
        if self.hypothetical or self.deliberated or self.conditional or (self.would and self.speech is None):
            return "hypothetical"
        if self.announced or announced_entry:
            return "announced"
        return "anticipated" if self.future else "occurred"


def _mark_children(tok: Token, clause: Clause, governor: bool, aux_only: bool = False) -> None:
    for child in tok.children:
        if aux_only and child.dep_ not in ("aux", "auxpass"):
            continue
        dep, low = child.dep_, child.lower_
        if dep == "neg" or (dep == "det" and low == "no") or (dep == "preconj" and low == "neither" and not aux_only):
            clause.negated = True  # "China neither accepts nor recognises the ruling"
        elif dep in ("nsubj", "nsubjpass") and not aux_only and any(
                g.dep_ in ("preconj", "det") and g.lower_ == "neither" for g in child.children):
            clause.negated = True  # "neither the EU nor the US would endorse the result"
        elif dep in ("aux", "auxpass"):
            clause.future |= low in FUTURE_AUX or (low == "going" and governor)
            if low in ("would", "'d"):
                clause.would = True  # "said it would ...": the reported form of "will" (sequence of tenses)
            else:
                clause.hypothetical |= low in HYPOTHETICAL_AUX
        elif dep == "mark" and low in CONDITIONAL_MARKS:
            clause.conditional = True
        elif dep == "amod":
            clause.future |= child.lemma_.lower() in FUTURE_ADJ
            clause.hypothetical |= child.lemma_.lower() in HYPOTHETICAL_ADJ
        elif dep == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in child.children):
            clause.conditional = True


def _governs(tok: Token, clause: Clause) -> None:
    lemma = tok.lemma_.lower()
    clause.negated |= lemma in NEG_GOVERNORS
    if lemma in FUTURE_GOVERNORS and (lemma != "go" or tok.lower_ == "going"):
        clause.future = clause.expected = True
    clause.willing |= lemma in WILLING_GOVERNORS or tok.lower_ in WILLING_GOVERNORS
    clause.announced |= lemma in ANNOUNCE_GOVERNORS and lemma not in SPEECH


def _deliberates(tok: Token) -> bool:
    """"is considering", not the passive "is considered (to be)", which judges rather than deliberates."""
    return tok.lemma_.lower() in DELIBERATION_GOVERNORS and not any(c.dep_ == "auxpass" for c in tok.children)


def _unproven(verb: Token) -> bool:
    """Is the clause of `verb` the content of "no evidence", "no sign" and the like? The parser hangs
    such a clause on the noun as `acl`, or as `relcl` when "that" is left out; a relative clause
    proper ("no evidence that points to Chad") has no subject of its own."""
    noun = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") and c.lower_ != "that"
                      for c in verb.children)
    return verb.dep_ in ("acl", "relcl") and own_subject and noun.lemma_.lower() in EVIDENCE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def read_clause(anchor: Token, noun: Token | None = None) -> Clause:
    """Climb from `anchor` (and first look at the noun trigger `noun`, if any)."""
    clause = Clause()
    if noun is not None and noun is not anchor:
        _mark_children(noun, clause, governor=False)
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "without":
        clause.negated = True  # "gave the equipment without demanding payment": no demand was made
    if anchor.dep_ == "conj" and any(c.dep_ == "preconj" and c.lower_ == "neither" for c in anchor.head.children):
        clause.negated = True  # "neither accepts nor recognises": the "nor" verb is negated too
    tok, steps = anchor, 0
    while True:
        clause.chain.append(tok)
        _mark_children(tok, clause, governor=steps > 0)
        if steps or (noun is not None and noun is not anchor and noun.dep_ in ("nsubj", "nsubjpass")):
            _governs(tok, clause)
        if (steps or (noun is not None and noun.dep_ == "dobj" and noun.head == anchor)) and _deliberates(tok):
            clause.deliberated = True  # "weighing sanctions": the verb whose object is the noun deliberates
        head = tok.head
        if head is tok or steps > 6:
            break
        if _unproven(tok):
            clause.negated = True
            break
        if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH:
            clause.speech = head
            clause.future |= clause.would
            progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
            if head.lemma_.lower() == "announce" and (clause.future or progressive):  # "announced they were leaving"
                clause.announced = True
            break
        if tok.dep_ == "xcomp" and head.lemma_ == "be" and any(c.lower_ == "to" for c in tok.children):
            clause.future = clause.expected = True  # "troops are to pull back": a plan
        if tok.dep_ in ("xcomp", "ccomp", "acomp") or (tok.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):  # "expected to vote to suspend"
            tok, steps = head, steps + 1
            continue
        if tok.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            # "said it would open an embassy and ease restrictions": a conjunct without its own subject
            # shares the first verb's auxiliaries (unless it has its own) and what governs it
            if not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                _mark_children(head, clause, governor=False, aux_only=True)
            tok = head
            clause.chain.append(tok)
            head = tok.head
            if head is tok:
                break
            if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH:
                clause.speech = head
                clause.future |= clause.would
                break
            if tok.dep_ in ("xcomp", "ccomp", "acomp"):
                tok, steps = head, steps + 1
                continue
        break
    return clause


# Where coders do not take a sentence's main event from: an adverbial clause ("after the rebels shelled
# the town, the government recalled ...", "if asked"), a participle ("..., accusing X of ..."), a
# relative or participial clause on a noun ("warplanes backed by Moscow"), a gerund after a
# preposition of time or means ("by expelling ..."). A purpose infinitive ("sent troops to train
# ...") and a noun's content ("a plan to withdraw") belong to their clause's act, and speech content
# ("said X attacked Y") is what the sentence reports, so neither is subordinate here.
ADVERBIAL_PREPOSITIONS = frozenset({"after", "before", "by", "since", "upon", "on", "without", "despite", "while",
                                    "following", "amid", "through"})


def subordinate(tok: Token) -> bool:
    """Whether `tok` lies, at any depth, inside an adverbial, relative or participial clause."""
    for _ in range(len(tok.sent)):
        head = tok.head
        if head.i == tok.i:
            return False
        dep = tok.dep_
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if dep == "relcl" or (dep in ("advcl", "acl") and not infinitive) or (
                dep == "pcomp" and head.lower_ in ADVERBIAL_PREPOSITIONS):
            return True
        tok = head
    return False


def according_to(anchor: Token) -> Token | None:
    """The object of "according to X" in the anchor's sentence."""
    for tok in anchor.sent:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
    return None
