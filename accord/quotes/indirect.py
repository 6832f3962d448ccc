"""Reported speech, beliefs and intentions: the content a cue reports, with its source.

"X said (that) ...", "X warned/told ... that ...", "according to X, ...", "X highlighted the ...",
"X echoed these sentiments, highlighting the ...", "X believes ...", "X wants to ...", "X urged Y
to ...", "X urged restraint", "X called for ...", "X vowed to ...", "X's claim that ...", "X's
demands for ...", "X said in a statement that ...", a judgement
("X called the raids unlawful", "X considers the treaty a mistake") and, around a quoted
fragment, "X called the plan 'a betrayal'". Clauses reporting a question ("whether", "if") and negated or passive cues
are skipped. What the content does with the direct quotations it touches (none: indirect; some
inside it: mixed) is decided by the caller (`accord.quotes.extract_quotes`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import Cues
from .speakers import QUOTING_VERBS, continues_cue, names_a_person, same_paragraph, subject_of

QUESTION_MARKS = {"whether", "if"}
ABOUT = {"of", "about", "against"}  # what a speech cue is about: 'warned of', 'cautioned against'
POINTS = {"point": "to"}  # cues whose own preposition introduces what they say: 'pointed to ...'
OBJECT_PREPS = {"for", "of", "over", "as"}  # what an object cue says of its object
# object cues that say something of their object only with their own preposition: 'credited the
# crew with saving the ship', 'ascribed the crash to fatigue', 'likened the vote to a coup'
# ('credited the account', 'attributed the quote' state nothing)
LINKING = {"credit": "with", "ascribe": "to", "attribute": "to", "liken": "to"}
RELATIVE = {"who", "which", "that", "whom"}
BLOCKING_DEPS = {"neg", "nsubjpass", "auxpass"}
REFUSING = {"decline", "refuse", "fail"}  # a speech act not performed
# verbs whose subject speaks the noun cue they take ('expressed hope that ...', 'made the claim that ...')
VOICING = {"make", "issue", "repeat", "voice", "express"}
# nouns for those a report rests on: 'citing sources', 'quoting witnesses'
AUTHORITIES = {"source", "official", "witness", "group", "resident", "expert", "analyst", "diplomat", "report"}
# directives whose bare object is what they ask for ('urged restraint'); the object of others is
# an act performed ('ordered an offensive', 'appealed the ruling')
URGING = {"urge", "advise", "implore"}
# cues whose object is a figure they state ('reported 40 deaths', 'confirmed a total of 12 cases');
# their other objects are acts ('reported the damage to the utility', 'confirmed the nominee')
TALLYING = {"report", "confirm", "estimate"}
FIGURES = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
EDGE_SKIP_DEPS = {"mark", "punct", "cc"}
CLOSING = ('"', "”", "»", "’", "'")  # a closing mark ends a mixed content with its quoted fragment


@dataclass
class Reported:
    start: int  # character offsets of the reported content
    end: int
    cue: Token
    speaker: Token
    fragment_only: bool = False  # a naming cue: an attribution only around a quoted fragment


def _trim(doc: Doc, first: int, last: int, words: int = 2) -> tuple[int, int] | None:
    """Character span of tokens first..last without a leading 'that' or edge punctuation, if at
    least `words` tokens are left."""
    while first <= last and (doc[first].dep_ in EDGE_SKIP_DEPS or doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_space or doc[last].is_punct and doc[last].text not in CLOSING):
        last -= 1
    if last - first < words - 1:
        return None
    if first > 0 and _opening_mark(doc[first - 1]) and any(_closing_mark(t) for t in doc[first:last + 1]):
        first -= 1  # 'said "three terrorists" were killed': the fragment keeps its opening mark
    return doc[first].idx, doc[last].idx + len(doc[last])


def _opening_mark(token: Token) -> bool:
    """A double quotation mark glued to the word after it."""
    return token.text in ('"', "“", "«") and not token.whitespace_


def _closing_mark(token: Token) -> bool:
    return token.text in ('"', "”", "»") and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _according(token: Token) -> Reported | None:
    """'According to X, ...': the clause the phrase modifies, without the phrase."""
    objects = [c for c in token.nbor().children if c.dep_ == "pobj"]
    clause = token.head
    if not objects or clause is token:
        return None
    phrase = {t.i for t in token.subtree}
    rest = [t.i for t in clause.subtree if t.i not in phrase]
    if not rest:
        return None
    # the clause runs on the side of the phrase holding its verb
    side = [i for i in rest if (i < token.i) == (clause.i < token.i)]
    span = _trim(token.doc, min(side), max(side))
    return Reported(span[0], span[1], token, objects[0]) if span else None


def _complement(token: Token, cues: Cues) -> Token | None:
    children = list(token.children)
    # the clause after the cue first: in 'The strike follows attacks; Insider reported that ...'
    # the parser may hang the clause before the semicolon on the cue too
    clauses = sorted((c for c in children if c.dep_ == "ccomp"), key=lambda c: (c.i < token.i, c.i))
    for child in clauses[:1]:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        return None if marks & QUESTION_MARKS or _depicted(child, marks) or _beyond_semicolon(token, child) else child
    if (clause := _clause_of_medium(token)) is not None:
        return clause
    kind = cues.kind(token.lemma_)
    if kind == "object":
        for child in children:
            # 'expressed hope that ...': the noun cue reports the clause for the verb's subject,
            # the verb nothing more ('denied claims by X that ...' reports X's claim and the denial)
            if child.dep_ == "dobj" and not _authority(token, child) and not _withheld(token) and \
                    _linked(token) and \
                    not (token.lemma_ in VOICING and cues.introduces(child.lemma_) and _that_clauses(child)):
                return child
    if kind == "say":
        for child in children:
            if child.dep_ == "dobj" and child.i > token.i and (_misparsed_clause(child) or
                                                                token.lemma_ in TALLYING and _figure(child)):
                return child
        for child in children:  # 'warned of a second wave', 'cautioned against haste'
            if child.dep_ == "prep" and (child.lower_ in ABOUT or POINTS.get(token.lemma_) == child.lower_) and \
                    child.i == token.i + 1 and \
                    any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                return child
    if _calls_on(token):
        kind = "directive"
    if kind in ("object", "intend", "directive"):  # 'wants to ...', 'pledged converting ...'
        for child in children:
            if child.dep_ == "xcomp" and child.tag_ in ("VB", "VBG"):
                return child
    if kind == "directive":
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "for":
                return child
        if (clause := _for_clause(token)) is not None:
            return clause
        for child in children:  # 'urged restraint': what is asked for, not whom
            if child.dep_ == "dobj" and token.lemma_ in URGING and _requested(child):
                return child
    return None


def _asks_addressee(cue: Token) -> bool:
    """'What do you think the council should do?', 'Do you expect to win?': an interviewer's
    question about what the one addressed thinks states nothing; the answer is the attribution."""
    sentence = [t for t in cue.sent if not t.is_space]
    subject = subject_of(cue)
    return bool(sentence) and sentence[-1].text == "?" and subject is not None and subject.lower_ == "you"


def _depicted(clause: Token, marks: set[str]) -> bool:
    """'the video showed the car burn', 'the camera shows the crowd scatter': a bare infinitive
    clause under the cue is a scene seen, not a claim ('showed (that) the car had burned' is one)."""
    return "that" not in marks and clause.tag_ == "VB" and \
        not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _beyond_semicolon(cue: Token, clause: Token) -> bool:
    """'a search of the van found a knife; inside the house was a bag': the parser may hang the
    clause after a semicolon on the cue, but a semicolon ends what the cue reports."""
    return clause.i > cue.i and any(t.text == ";" for t in cue.doc[cue.i:clause.left_edge.i])


def _authority(cue: Token, obj: Token) -> bool:
    """'citing anonymous sources', 'quoting local officials': a quoting verb's object that would
    speak itself is the authority the report rests on, not what is reported; with an 'as' phrase
    ('cited the minister as saying ...', 'cited the audit as the reason') the two are the content."""
    if cue.lemma_ not in QUOTING_VERBS or any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children):
        return False
    return obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lemma_ in AUTHORITIES


def _linked(cue: Token) -> bool:
    """A linking cue ('credit', 'liken') has the preposition that says what it holds of its object."""
    prep = LINKING.get(cue.lemma_)
    return prep is None or any(c.dep_ == "prep" and c.lower_ == prep for c in cue.children)


def _withheld(cue: Token) -> bool:
    """'denied bail to the suspects', 'denied him entry': a denial with a recipient withholds
    something, it states nothing ('denied any role in the attack' does)."""
    return cue.lemma_ == "deny" and any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to"
                                        for c in cue.children)


def _requested(obj: Token) -> bool:
    """A directive's object that is the thing requested ('urged restraint', 'encouraged
    dialogue'), not the addressee ('urged Iran', 'asked them', 'instructed officials')."""
    return obj.pos_ == "NOUN" and not obj.ent_type_ and obj.tag_ == "NN" and \
        not any(c.dep_ in ("relcl", "acl") for c in obj.children)


def _misparsed_clause(obj: Token) -> bool:
    """'said the strike targeted depots', parsed with 'depots' as the object: a noun then a verb
    before the object's head, or a subject inside it, is a clause all the same ('said a prayer',
    'reported the damaged lines' are objects)."""
    words = list(obj.subtree)
    if any(t.dep_ in ("nsubj", "nsubjpass") and not _in_clause_of(t, obj) for t in words):
        return True
    before = [t for t in words if t.i < obj.i]
    return any(v.tag_ in ("VBD", "VBN", "VBZ", "VBP") and any(n.pos_ in ("NOUN", "PROPN") and n.i < v.i for n in before)
               for v in before)


def _figure(obj: Token) -> bool:
    """'40 deaths', 'a total of 5,600 cases', 'a value of $470 a ton': an object that counts or
    measures, outside a clause of its own ('the report that 3 officials wrote' counts nothing)."""
    return any(t.ent_type_ in FIGURES and t.like_num and not _in_clause_of(t, obj) for t in obj.subtree)


def _in_clause_of(token: Token, noun: Token) -> bool:
    """`token` belongs to a clause that modifies `noun` ('a deal that Australia fears')."""
    while token.i != noun.i and token.head.i != token.i:
        if token.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        token = token.head
    return False


def _clause_of_medium(token: Token) -> Token | None:
    """'said in a statement that ...', 'wrote in a letter on Monday that ...': the parser hangs
    the reported clause on the medium the cue names."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for medium in prep.children:
            for clause in medium.children:
                if clause.dep_ in ("acl", "ccomp", "relcl") and clause.i > medium.i and \
                        any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def _calls_on(token: Token) -> bool:
    """'called for a ceasefire', 'called on Israel to ...', 'called for members to pay more': a
    request, not a naming."""
    if token.lemma_ != "call" or any(c.dep_ == "dobj" for c in token.children):
        return False  # 'called a meeting for Friday' summons
    return any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in token.children) or _for_clause(token) is not None


def _for_clause(token: Token) -> Token | None:
    """'called for NATO members to increase spending', parsed as a clause opened by 'for'."""
    return next((c for c in token.children if c.dep_ == "advcl" and c.i > token.i and
                 any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)), None)


def _reported(token: Token, cues: Cues) -> Reported | None:
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return _according(token)
    if token.pos_ == "NOUN":
        return _noun_cue(token) if cues.introduces(token.lemma_) else None
    if token.pos_ != "VERB" or token.dep_ in ("amod", "compound"):
        return None
    if any(c.dep_ in BLOCKING_DEPS and same_paragraph(c, token) for c in token.children):
        return None
    if token.dep_ == "xcomp" and token.head.lemma_ in REFUSING:  # 'declined to say how many ...'
        return None
    if _asks_addressee(token):
        return None
    if cues.kind(token.lemma_) == "naming" and not _calls_on(token):
        return _naming(token)
    if not (cues.reports(token.lemma_) or _calls_on(token)):
        return None
    complement = _complement(token, cues)
    if complement is None:
        return _interrupting(token) or _parenthetical(token)
    speaker = subject_of(token)
    if speaker is None or complement.dep_ == "ccomp" and _relative_gap(token, speaker):
        return None
    speaker = _bound_antecedent(token, speaker, cues)
    first, last = _bounds(token, complement, cues)
    if complement.dep_ == "xcomp" and (cues.kind(token.lemma_) == "directive" or _calls_on(token)):
        objects = [c for c in token.children if c.dep_ in ("dobj", "prep") and c.i < complement.i]
        first = min([first] + [o.left_edge.i for o in objects])  # 'urged locals to assist ...'
    elif complement.dep_ == "prep":
        first = complement.i + 1  # 'called for a ceasefire', 'warned of a wave': the request, not 'for'
    elif complement.dep_ == "dobj":  # 'blamed Iran for the attacks', 'accused Kyiv of shelling'
        for prep in token.rights:
            if prep.dep_ == "prep" and (prep.lower_ in OBJECT_PREPS or LINKING.get(token.lemma_) == prep.lower_) and \
                    prep.left_edge.i == last + 1:
                last = prep.right_edge.i
    # an object or a request may be one word ('claimed responsibility', 'called for calm'); a
    # clause, or what a speech cue is about, is at least two
    requests = complement.dep_ == "prep" and complement.lower_ == "for"
    span = _trim(token.doc, first, last, 1 if complement.dep_ == "dobj" or requests else 2)
    return Reported(span[0], span[1], token, speaker) if span else None


BOUND_PRONOUNS = {"he", "she", "it", "they"}


def _bound_antecedent(cue: Token, speaker: Token, cues: Cues) -> Token:
    """'The committee said they believe ...', 'Smith told reporters he believed ...': a pronoun
    subject of a cue inside what another cue reports is bound by that cue's subject, which the
    source's words name, when the two agree ('The manager said they want ...' is his firm)."""
    if speaker.lower_ not in BOUND_PRONOUNS or cue.dep_ != "ccomp" or not cues.reports(cue.head.lemma_):
        return speaker
    outer = subject_of(cue.head)
    return outer if outer is not None and outer.pos_ in ("NOUN", "PROPN") and _agrees(speaker, outer) else speaker


def _agrees(pronoun: Token, antecedent: Token) -> bool:
    """'he'/'she' for one person, 'it' for one thing or body, 'they' for several or a body."""
    person = names_a_person(antecedent)
    several = antecedent.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in antecedent.children)
    if pronoun.lower_ in ("he", "she"):
        return person and not several
    if pronoun.lower_ == "it":
        return not person and not several
    return several or not person


def _naming(token: Token) -> Reported | None:
    """'X called the plan "a betrayal"', 'described the attacks as a "dastardly act"': the object
    and what the cue calls it, kept only when that holds a quoted fragment (else the naming is
    an act, not speech to attribute)."""
    speaker = subject_of(token)
    parts = [c for c in token.rights if c.dep_ in ("dobj", "ccomp", "oprd") or c.dep_ == "prep" and c.lower_ == "as"]
    if speaker is None or not parts:
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    doc = token.doc
    if last + 1 < len(doc) and doc[last + 1].is_quote and any(t.is_quote for t in doc[first:last + 1]):
        last += 1  # 'called the vote "a farce"' with the closing mark hung on the cue
    span = _trim(doc, first, last)
    judged = _judges(parts) or _named_by_relative(token, parts)
    return Reported(span[0], span[1], token, speaker, fragment_only=not judged) if span else None


def _named_by_relative(token: Token, parts: list[Token]) -> bool:
    """'what Washington called an attempt to ...', 'the move, which commentators called a snub':
    the object is the relative word, and the common noun or adjective the cue gives it is the
    speaker's own characterisation ('what locals call Little Havana' names a place)."""
    relative = any(c.dep_ == "dobj" and c.i < token.i and c.lower_ in RELATIVE | {"what"} for c in token.children)
    return relative and any(p.dep_ == "oprd" and p.pos_ in ("NOUN", "ADJ") for p in parts)


def _judges(parts: list[Token]) -> bool:
    """What the naming cue calls its object is an evaluation of it, quoted or not: an adjective
    ('called the raids unlawful', 'described the vote as fair', 'considers the treaty illegal').
    A noun names or classes the object ('called the operation Desert Shield', 'labelled the group
    a terrorist organisation'), a designation more than a reported claim: it is attributed only
    around a quotation."""
    # 'called its actions defensive', 'called Trump's order swift', parsed with the adjective
    # hanging on the object
    after = [c for p in parts if p.dep_ in ("dobj", "oprd") for c in p.rights
             if c.dep_ in ("acl", "amod") and c.pos_ == "ADJ"]
    judged = bool(after) or any(p.dep_ == "dobj" or p.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in p.children)
                                for p in parts)
    complements = [p for p in parts if p.dep_ in ("oprd", "ccomp")] + after
    complements += [c for p in parts if p.dep_ == "prep" for c in p.children]  # 'as a failure', 'as fair'
    return judged and any(c.pos_ == "ADJ" or _indefinite(c) for c in complements)


def _indefinite(noun: Token) -> bool:
    """'called the vote a farce', 'deemed it a failure of policy': a common noun with 'a'/'an'
    classes its object as one of a kind, which is a judgement of it; a name or a definite noun
    designates it ('called the operation Desert Shield')."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _noun_cue(token: Token) -> Reported | None:
    """'his claim that ...', 'the ministry's warning that ...', 'a statement saying ...': the
    clause the noun introduces, the source from its possessor, its 'by'/'from' phrase, or the
    subject of the verb it is the object of ('X rejected the claim that' is no attribution to X)."""
    clauses = _that_clauses(token)
    if not clauses:
        return _noun_phrase_cue(token)
    clause = clauses[0]
    speaker = next((c for c in token.children if c.dep_ == "poss"), None)
    if speaker is None:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                speaker = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if speaker is None and token.dep_ == "dobj" and token.head.lemma_ in VOICING:
        speaker = subject_of(token.head)
    if speaker is None:
        return None
    span = _trim(token.doc, clause.left_edge.i, clause.right_edge.i)
    return Reported(span[0], span[1], token, speaker) if span else None


def _that_clauses(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _noun_phrase_cue(token: Token) -> Reported | None:
    """'the president's claims of widespread fraud', 'the protesters' demands for an inquiry',
    'Palestinian demands to close the tunnel': what a possessor (or a people or state named by
    its adjective) claims, asks or promises, by an 'of' or 'for' phrase or a 'to' clause (with no
    possessor, 'the demand for oil' is no one's speech)."""
    speaker = next((c for c in token.children if c.dep_ == "poss" or
                    c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
    if speaker is None:
        return None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and any(c.dep_ == "pobj" for c in child.children) or \
                child.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            first = child.i + 1 if child.dep_ == "prep" else child.left_edge.i
            span = _trim(token.doc, first, child.right_edge.i)
            return Reported(span[0], span[1], token, speaker) if span else None
    return None


def _relative_gap(token: Token, speaker: Token) -> bool:
    """'the ruling, which they said was binding': the cue sits in a relative clause whose
    relative word is inside the reported clause; what was said is about the antecedent."""
    return token.dep_ == "relcl" and speaker.lower_ not in RELATIVE and speaker.i != token.head.i


def _bounds(cue: Token, complement: Token, cues: Cues) -> tuple[int, int]:
    """Token range of the reported clause, without what belongs to the reporting clause:
    a date right after the cue ('said on Tuesday it had ...'), a speech participle after a
    comma at its end ('..., saying ...', '..., confirming ...') and a bare coordinated verb that
    continues the cue rather than the report ('said 137 had been killed and ordered ...')."""
    doc = complement.doc
    first, last = complement.left_edge.i, complement.right_edge.i
    for child in complement.lefts:
        if child.dep_ in ("prep", "npadvmod") and child.left_edge.i == first and \
                first == cue.i + 1 and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            first = child.right_edge.i + 1
    tail = [c for c in complement.rights if c.dep_ == "conj" and continues_cue(cue, complement, c)]
    for conj in complement.rights:
        if conj.dep_ == "conj":
            tail += [c for c in conj.rights if c.dep_ == "advcl"]
    tail += [c for c in complement.rights if c.dep_ == "advcl"]
    # '... despite the website claiming ...': another source's attribution, not this one's content
    tail += [c for c in complement.rights if c.dep_ == "prep" and _another_source(c, cues)]
    for cut in sorted(tail, key=lambda c: c.left_edge.i):
        if cut.left_edge.i <= first or cut.right_edge.i != last:
            continue
        if cut.dep_ == "advcl" and not (cut.tag_ == "VBG" and cues.kind(cut.lemma_) and _after_comma(cut)):
            continue
        last = cut.left_edge.i - 1
        while last > first and (doc[last].dep_ == "cc" or doc[last].is_punct and doc[last].text not in CLOSING):
            last -= 1
        break
    return first, last


def _another_source(prep: Token, cues: Cues) -> bool:
    """A phrase whose object speaks itself: a reporting cue with a content of its own under a
    noun of the phrase ('despite the website claiming a source described ...')."""
    return any(t.dep_ == "acl" and t.head.head.i == prep.i and cues.reports(t.lemma_) and
               any(c.dep_ == "ccomp" for c in t.children) for t in prep.subtree)


def _after_comma(participle: Token) -> bool:
    """', saying', ', further saying', '," saying': a participle set off by a comma (or a comma
    and a closing quotation mark), with nothing but adverbs before it."""
    doc = participle.doc
    first = participle.left_edge.i
    if any(t.pos_ != "ADV" for t in doc[first:participle.i]):
        return False
    before = first - 1
    if before > 0 and doc[before].is_quote:
        before -= 1
    return before >= 0 and doc[before].text == ","


def _interrupting(cue: Token) -> Reported | None:
    """'The bridge, the engineers said, would reopen in May', 'the detainees, whom, the ministry
    said, Lima refused to take back': a reporting clause set off by commas inside the clause it
    reports (the parser's parataxis) reports that whole clause, or, when the clause opens with the
    reporting one (after an adverb or a relative word), the part after it."""
    host, doc = cue.head, cue.doc
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    if cue.dep_ != "parataxis" or host is cue or not subjects or host.right_edge.i <= cue.i:
        return None
    opening = subjects[-1].left_edge.i - 1
    closing = max([cue.i] + [c.right_edge.i for c in cue.rights if c.dep_ not in ("ccomp", "xcomp", "advcl", "punct")]) + 1
    if opening < 1 or closing >= len(doc) or doc[opening].text != "," or doc[closing].text != ",":
        return None
    # 'However, she added, ...', 'whom, the ministry said, ...': with no words of its own before
    # (an adverb, a conjunction, a relative word), the clause is what follows
    own = [t for t in doc[host.left_edge.i:opening]
           if not (t.is_punct or t.pos_ in ("ADV", "CCONJ", "SCONJ") or t.lower_ in RELATIVE)]
    first = host.left_edge.i if own else closing + 1
    span = _trim(doc, first, host.right_edge.i)
    return Reported(span[0], span[1], cue, subjects[-1]) if span else None


def _parenthetical(token: Token) -> Reported | None:
    """'The talks stalled, the official said.' when the parser left the clause unattached:
    the content runs from the sentence start to the comma before the subject."""
    subjects = [c for c in token.lefts if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children):
        return None
    comma = subjects[-1].left_edge.i - 1
    first = _clause_start(token)
    if comma <= first + 1 or token.doc[comma].text != ",":
        return None
    if any(t.is_quote or t.text == ":" for t in token.doc[token.i:token.sent.end]):
        return None  # 'X said: "..."' introduces a direct quotation
    if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in token.doc[first:comma]):
        return None  # 'Asked about troops, X said' is no reported clause
    span = _trim(token.doc, first, comma - 1)
    return Reported(span[0], span[1], token, subjects[-1]) if span else None


def _clause_start(token: Token) -> int:
    """Start of the sentence, mending a split the parser made without a full stop."""
    doc, sent = token.doc, token.sent
    start = sent.start
    while start > 0 and doc[start - 1].text not in (".", "!", "?") and "\n" not in doc[start - 1].text_with_ws:
        start = doc[start - 1].sent.start
    return start


class Blocked:
    """Sorted, non-overlapping character ranges (the direct quotations), queried by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]

    def free(self, a: int, b: int) -> bool:
        i = bisect_left(self.starts, b) - 1
        return i < 0 or self.ranges[i][1] <= a

    def inside(self, a: int, b: int) -> list[tuple[int, int]]:
        """The ranges overlapping a..b."""
        i = bisect_left(self.starts, b)
        return [r for r in self.ranges[:i] if r[1] > a]


def find_reported(doc: Doc, cues: Cues, quoted: Blocked) -> list[Reported]:
    """Reported speech in `doc` whose cue and source lie outside the `quoted` ranges (direct
    quotations: what is said inside a quotation belongs to it)."""
    found: list[Reported] = []
    for token in doc:
        if cues.kind(token.lemma_) is None and token.lower_ != "according":
            continue
        if not quoted.free(token.idx, token.idx + 1):
            continue
        reported = _reported(token, cues)
        if reported is not None and quoted.free(reported.speaker.idx, reported.speaker.idx + 1):
            found.append(reported)
    return found
