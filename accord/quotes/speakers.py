"""Speakers: the subject of a cue verb, trimmed to the words that name it, resolved via mentions."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..actors.coref import quoted_ranges
from ..actors.fuzzy import same_word
from ..actors.gazetteer import (
    DEMONYM,
    IGO,
    METONYM,
    ORGANISATION,
    STATE,
    SURNAME,
    load_gazetteer,
    read_tsv,
    slugify,
    surname_of,
)
from ..actors.gazetteer import PERSON as PERSON_ENTRY
from ..actors.linker import (
    AGENT_ENDINGS,
    introduced_as_a_body,
    names_a_thing,
    place_in_name,
    state_body,
    stranded_object,
)
from ..actors.places import lookup, place_of
from ..actors.setting import leading_state, office_state, places_state, setting_state
from ..model import Mention, Participant
from ..nlp import text_of
from .cues import load_cues
from .interview import in_turn_name, interview_speaker

# Dependents that describe the speaker rather than name it ("Lammy, who visited Kyiv, said").
DROP_DEPS = {"appos", "relcl", "advcl", "punct", "parataxis"}
# Clauses whose subject is their head's: "..., stating", "and said", "echoed ..., highlighting".
CLIMB_DEPS = {"advcl", "xcomp", "conj", "acl", "pcomp"}
RELATIVE = {"who", "which", "that"}
QUOTING_VERBS = {"quote", "cite"}
# Laws speak for the state that made them ("The United States Constitution specifies ...").
LAW_NOUNS = {"constitution", "act", "law", "decree", "charter"}
# Heads that speak for the institution named inside them ("a spokesman for the ministry").
VOICE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "statement", "communique", "communiqué",
               "ministry", "government", "office", "department", "presidency", "military",
               "army", "embassy", "mission", "cabinet", "administration", "force", "forces",
               "secretariat", "commission", "council", "spokesmen", "spokespeople", "official",
               "officials", "authorities", "authority", "agency", "diplomat", "diplomats", "source",
               "sources", "police", "navy", "ministers", "leaders", "leadership", "guard",
               "prosecutor", "prosecutors", "prosecution", "court", "parliament", "corps", "institute", "center",
               "centre", "committee", "service", "bureau", "junta", "regime", "tribunal", "regulator",
               "watchdog", "legislature", "assembly", "senate"} | LAW_NOUNS
# Voices that are one person, who can be named again by the role ('the prosecutor said').
PERSON_VOICES = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "prosecutor"}
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "official", "officials"}
OFFICIAL_ACTS = {"proclamation", "decree", "order", "directive", "notice", "advisory"}
PARTS = {"part", "parts", "section", "excerpt", "portion", "passage"}
# The parts a law is cited by ('Article 9 of the constitution says'): the law speaks.
LAW_PARTS = {"article", "clause", "paragraph", "chapter", "subsection"}
MEDIA_NOUNS = {"media", "television", "tv", "radio", "broadcaster", "news", "outlet", "newspaper"}
# Documents that speak for their issuer (the tagger's lemma of 'data' is 'datum'; a court's
# decision, verdict or judgment is its ruling).
STATEMENT_NOUNS = {"statement", "guideline", "guidance", "communique", "communiqué", "readout", "release", "tweet",
                   "post", "letter", "message", "report", "interview", "speech", "remarks", "memo", "motion", "lawsuit", "petition",
                   "complaint", "resolution", "ruling", "declaration", "announcement", "document",
                   "proclamation", "notice", "directive", "advisory", "bulletin", "filing", "order",
                   "data", "datum", "figures", "statistics", "decision", "verdict", "judgment", "judgement",
                   "survey", "warning", "alert", "imaging", "imagery"}
# Where an organisation publishes ("the IMF's website said"): its owner named on it speaks, while
# "the website" alone is a medium, not a document some earlier issuer put out.
OWNED_OUTLETS = {"website", "site", "blog"}


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a cue verb, climbing participles and coordinated verbs."""
    start = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        # 'media quoted X as saying', 'X was quoted as saying': the one quoted speaks; the parser
        # may hang the 'as' phrase past the quoting verb ('cited X, chief of ..., as saying')
        quoting = [t for t in verb.doc[verb.sent.start:verb.head.i] if t.lemma_ in QUOTING_VERBS]
        if quoting:
            return next((c for c in quoting[-1].children if c.dep_ in ("dobj", "nsubjpass")), None)
    unable: Token | None = None  # a subject climbed to that cannot speak, kept only if nothing better is found
    quotation_before = False  # the cue follows the quoted clause the parser hung it on
    for _ in range(4):
        if verb is not start and start.tag_ == "VBG" and _after_comma(start) and \
                (clause := _subordinate_clause(verb)) is not None and clause.head is not clause:
            # 'X demanded an apology after the envoy walked out, calling ...': a participle set off
            # at the end of the sentence is controlled by the main clause's subject, not by that of
            # an adverbial clause ('after', 'as', 'when' ...) the parser hung it on
            verb = clause.head
            continue
        if verb is not start and verb.dep_ == "ccomp" and start.tag_ == "VBG" and verb.head is not verb and \
                not _opens_quotation_between(verb, verb.head):
            # '... said the use "costs ...," further saying': the participle goes with the
            # reporting verb, which the parser made the head of the reported clause
            verb = verb.head
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and same_paragraph(c, verb)]
        if any(_quoted_clause_subject(c, start) for c in subjects):
            subjects, quotation_before = [c for c in subjects if not _quoted_clause_subject(c, start)], True
        subjects = _whole_words(subjects)
        if not subjects and verb is not start and start.tag_ == "VBG" and verb.dep_ != "ccomp" and \
                not any(c.dep_ == "agent" for c in verb.children):
            # 'Rao was elected in 2012 but did not run again, citing his health': a passive clause
            # with no agent that the participle climbed to gives its subject (the cue's own
            # passive subject is the one told, not the speaker)
            subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")
                        and same_paragraph(c, verb)]
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and subjects and all(_mute(c) for c in subjects):
            subjects = []  # 'tweeted her reasoning saying ...' parsed with the object as the participle's subject
        if verb is not start and verb.dep_ == "ccomp" and verb.head is not verb and subjects and \
                all(_cannot_speak(c) for c in subjects):
            # 'X found the strike justified and called ...', 'the navy, who told it this was
            # unconfirmed and noted ...': a speech cue the parser coordinated inside a complement
            # clause whose subject cannot speak continues the clause that clause completes
            unable = unable or min(subjects, key=lambda c: abs(c.i - verb.i))
            verb = verb.head
            continue
        if not subjects and (agent := _passive_agent(verb)) is not None:
            return agent
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and _agent_noun(verb.head):
            # 'with officials saying ...', 'a statement saying ...'; 'Pompeo sent a letter
            # requesting ...': the one who issued the document
            document = verb.head
            # 'The governor tweeted her reasoning saying ...': an object that is no one speaks
            # through its verb's subject
            if document.dep_ == "dobj" and (document.lemma_.lower() in STATEMENT_NOUNS or _mute(document)) and \
                    (issuer := subject_of(document.head)) is not None:
                return issuer
            return document
        if subjects:
            nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
            before = sorted((c for c in subjects if c.i < verb.i), key=lambda c: c.i)
            if len(before) > 1 and before[0].pos_ == "PROPN" and \
                    any(c.dep_ == "cc" and c.lower_ == "and" for c in before[0].children):
                # 'Nestle, which makes ..., and Unilever, which makes ..., said': coordinated
                # sources the parser hung on the verb one by one; the first named speaks
                # (docs/annotation.md section 11). A description first ('His daughter, and member
                # of the party, Asha Rao wrote') is the name's, which follows it.
                nearest = before[0]
            if start.dep_ == "conj" and start.i > verb.i:
                # a verb coordinated after this one shares the clause's first subject, not one the
                # parser also hung here ('Garced, the successor should Pierluisi remain ..., has expressed')
                nearest = min(subjects, key=lambda c: c.i)
            return _relative_antecedent(nearest, verb)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX", "ADJ"):
            verb = verb.head.head  # 'was forceful in blaming Iran': the clause the phrase is in
            if verb.dep_ == "acomp":
                verb = verb.head
            continue
        if verb.dep_ not in CLIMB_DEPS or verb.head is verb:
            break
        if verb.dep_ == "xcomp" and (controller := _object_controller(verb)) is not None:
            return controller
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and continues_cue(verb.head.head, verb.head, verb):
            # 'X found the strike justified and called ...': the parser coordinated the cue with
            # the reported clause; it continues the reporting verb
            verb = verb.head.head
            continue
        verb = verb.head
    return _inverted_subject(verb) or (_inverted_subject(start) if quotation_before else None) or unable


# Determiners of a description that refers back to something named before.
DEFINITE = {"the", "this", "that", "these", "those"}
SUBORDINATORS = {"after", "before", "as", "when", "while", "because", "since", "until", "once", "although",
                 "though", "if", "whereas"}
DEMONSTRATIVES = {"this", "that", "these", "those"}


def _subordinate_clause(verb: Token) -> Token | None:
    """The adverbial clause `verb` heads or is coordinated in, when a subordinator opens it
    ('after the envoy walked out', 'as the market is saturated and margins are thin')."""
    for clause in (verb, verb.head if verb.dep_ == "conj" else None):
        if clause is not None and clause.dep_ == "advcl" and \
                any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in clause.children):
            return clause
    return None


def _whole_words(subjects: list[Token]) -> list[Token]:
    """The subjects without the pieces of a hyphenated word the parser made subjects of their own
    ('said study co-author Jane Smith' parsed with 'co', '-' and 'Smith' all subjects of 'said'),
    when a whole word is among them."""
    pieces = [c for c in subjects if c.text == "-" or (
        not c.whitespace_ and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-")]
    return [c for c in subjects if c not in pieces] if len(pieces) < len(subjects) else subjects


def _cannot_speak(subject: Token) -> bool:
    """A subject no speech cue takes: a thing ('the air strike', 'margins') or a demonstrative
    ('this was unconfirmed')."""
    return _mute(subject) or subject.pos_ == "PRON" and subject.lower_ in DEMONSTRATIVES


def _introduces_the_quotation(clause: Token) -> bool:
    """'Rossi concurred: "...", she added.' parsed with the first clause as the complement of the
    second: a clause that introduces the quotation its head closes, with a colon or a comma, is
    narrative, not what is reported ('Rossi is "a liar", she said' is)."""
    doc = clause.doc
    opening = next((t for t in doc[clause.i + 1:clause.head.i] if t.tag_ == "``"), None)
    return opening is not None and opening.i > 0 and doc[opening.i - 1].text in (":", ",") and \
        doc[opening.i - 1].head == clause


def _quoted_clause_subject(subject: Token, cue: Token) -> bool:
    """'"This will flood the coast", read the warning', '"I was right," he recalled': the subject
    of a verb inside the quotation is the quotation's own, never the speaker of a cue outside the
    marks that the parser hung on that verb. A name in quotation marks whose verb is outside them
    ('the "Islamic State" said') speaks."""
    quoted = _quoted(subject.doc)
    return not _within(cue.idx, quoted) and \
        any(a <= subject.idx < b and a <= subject.head.idx < b for a, b in quoted)


def _opens_quotation_between(verb: Token, head: Token) -> bool:
    """'Trump has yet to concede, saying ..., "I WON ..."' parsed with the quoted verb as the head of
    the narrative: a head past an opening quotation mark is the quotation's, not a reporting verb."""
    return head.i > verb.i and any(t.tag_ == "``" for t in verb.doc[verb.i:head.i])


def _passive_agent(verb: Token) -> Token | None:
    """'he was told by the minister of ...', 'it was announced by the ministry': a passive speech
    verb's 'by' agent speaks (its subject is the one told or what is said). A judgement's agent
    ('was condemned by the UN as "barbaric"') stays the naming cue's business, and a quoting
    verb's agent only reports the one it quotes ('was quoted by Reuters')."""
    if verb.lemma_ in QUOTING_VERBS or load_cues().kind(verb.lemma_) not in ("say", "object") or \
            not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    for agent in verb.children:
        if agent.dep_ == "agent":
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def continues_cue(cue: Token, complement: Token, conj: Token) -> bool:
    """A verb coordinated with the reported one but in the cue's own form ('said ... had been
    killed and ordered'), with no subject, auxiliary or 'that' of its own."""
    own = {c.dep_ for c in conj.children}
    if own & {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}:
        return False
    report_aux = any(c.dep_ in ("aux", "auxpass") for c in complement.children)
    return conj.tag_ == cue.tag_ and conj.tag_ in ("VBD", "VBZ") and \
        (report_aux or complement.tag_ != conj.tag_)


def _mute(noun: Token) -> bool:
    """A common noun that names no one who could speak: not a body, an office or a group of
    people the sectors data knows ('reasoning', 'decision'; not 'officials', 'witnesses')."""
    return noun.pos_ == "NOUN" and noun.ent_type_ == "" and not _voice(noun) and \
        noun.lower_ not in _title_words() and noun.lemma_.lower() not in load_gazetteer().sectors


def _agent_noun(noun: Token) -> bool:
    """A noun that can be the one doing a participle's speaking: not a place or medium it is
    said in ('a message on Twitter blaming Iran')."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.dep_ != "pobj" or noun.head.lower_ in ("with", "by", "from")


def same_paragraph(a: Token, b: Token) -> bool:
    """False across a line break: the parser sometimes runs a sentence over a paragraph end."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in text_of(a.doc)[lo:hi]


def _relative_antecedent(subject: Token, verb: Token) -> Token | None:
    if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if subject.lower_ == "there":
        return None
    return subject


# Verbs that make their object do what their infinitive says, done ('led the senator to apologise',
# 'forced the minister to admit'): the object speaks. A request's object has not yet done it
# ('urged Iran to deny'), and after other verbs an infinitive is the subject's purpose ('founded
# the party to oppose ...').
CAUSATIVES = {"lead", "force", "prompt", "cause", "drive", "compel", "persuade", "convince", "inspire"}


def _object_controller(infinitive: Token) -> Token | None:
    """The object of a causative verb an infinitive cue completes (object control), which speaks
    rather than the verb's subject ('Anger over the remark')."""
    verb = infinitive.head
    if verb.lemma_.lower() not in CAUSATIVES or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i and
                 c.pos_ in ("NOUN", "PROPN", "PRON") and not _mute(c)), None)


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," said Wang Yi' parsed with the name as an object; right after the closing mark (and
    a comma set outside it), a common noun too ('"...," said a protester using the pseudonym Katya')."""
    doc = verb.doc
    after_quote = verb.i > 0 and (doc[verb.i - 1].tag_ == "''" or
                                  verb.i > 1 and doc[verb.i - 1].text == "," and doc[verb.i - 2].tag_ == "''")
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "oprd") and \
                (child.pos_ == "PROPN" or after_quote and child.pos_ == "NOUN"):
            return child
    return None


def document_source(head: Token) -> Token:
    """'a statement from the ministry', 'a tweet by Pompeo': who issued the document, when named;
    'part of the judge's statement': the document."""
    if head.lower_ in PARTS | LAW_PARTS:
        whole = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and (o.lemma_.lower() in STATEMENT_NOUNS or o.lemma_.lower() in LAW_NOUNS)]
        if whole:
            head = whole[0]
    if head.lemma_.lower() in STATEMENT_NOUNS:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
                # 'imagery from 2017': a date is when, not who
                objects = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
                           and not c.like_num]
                if objects:
                    return objects[0]
    return head


def speaker_tokens(head: Token) -> tuple[int, int]:
    """Token range [start, end) naming the speaker whose syntactic head is `head`."""
    head = document_source(head)
    keep = [head.i]
    for child in head.children:
        # 'officials saying ...': the participle is the cue, not the speaker's name
        if child.dep_ in DROP_DEPS or child.dep_ == "acl" and (_after_comma(child) or child.tag_ == "VBG"):
            continue
        keep.extend(t.i for t in child.subtree)
    doc = head.doc
    start, end = min(keep), max(keep) + 1
    while start < head.i and (doc[start].is_punct or doc[start].pos_ == "CCONJ" or stranded_object(doc[start])):
        start += 1
    while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return start, end


NUMBER_WORDS = {"no", "no.", "number", "nr", "nr."}


def _numbered_law(head: Token) -> Token:
    """'Republic Act No. 3846 states', 'Executive Order No. 70 says': a law or an act cited by its
    number, which the parser makes the head, is the law that speaks (for the state that made it)."""
    if head.lower_ not in NUMBER_WORDS:
        return head
    return next((c for c in head.children if c.dep_ == "compound" and c.lemma_.lower() in LAW_NOUNS | OFFICIAL_ACTS),
                head)


def _after_comma(token: Token) -> bool:
    """'the spokesman, speaking on condition of anonymity,': a description set off by commas."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ","


def participant(doc: Doc, head: Token, mentions: list[Mention],
                tokens: tuple[int, int] | None = None) -> Participant:
    """The speaker as a contract participant; `actor` from the mention naming its head.
    `tokens` overrides the token range found from the head's dependents."""
    head = _named_in_apposition(document_source(head))
    start, end = tokens or speaker_tokens(head)
    span = doc[start:end]
    if (interviewed := interview_speaker(head, mentions)) is not None:
        return Participant(interviewed, span.text, span.start_char, span.end_char)
    head = _numbered_law(head)
    actor = _same_body_before(head, span, mentions) or _role_owner(head, mentions) or \
        resolve_actor(span.start_char, span.end_char, head, mentions)
    if actor is None or actor.startswith("person:") and actor not in load_gazetteer().actors:
        actor = _named_state_body(span, mentions) or actor
    if actor is not None and actor.startswith("person:"):
        actor = _named_otherwise(head, span, actor, mentions)
    elif head.pos_ == "NOUN" and (person := _person_named_before(head, span, mentions) or
                                  _office_holder_named_before(head, span, mentions)) is not None:
        # 'the Kremlin spokesman' after 'Kremlin spokesman Dmitry Peskov': the person, not the state
        actor = person
    elif _guessed_body(head, mentions) and (governing := _governing_state(head, mentions)) is not None:
        # the linker's guess from the last state named is weaker than the clause the body is in
        actor = governing
    unnamed_subject = False
    if head.lower_ in PERSONAL_PRONOUNS:
        found, subject = _subject_before(head, mentions)
        if found and subject is None:
            # it continues a person no id names ('Ghannouchi called it a coup. "...," he told
            # Reuters'): no one, rather than a person named before that one
            actor, unnamed_subject = None, True
        # coreference knew the person better when both name the same surname
        # ("Khamenei" as the office-holder and as "Sayyid Ali Hosseini Khamenei")
        elif subject is not None and (actor is None or actor.rsplit("-", 1)[-1] != subject.rsplit("-", 1)[-1]):
            actor = subject
        if actor is not None and _other_gender(head, actor):
            # 'Biden met Prime Minister Jacinda Ardern. She said ...': not the man coreference chose
            actor = _person_before(head, mentions)
    if actor is None and head.lower_ in ("it", "they"):
        actor = _institution_before(head, mentions, SUBJECT_WINDOW)
    if actor is None:
        actor = _person_with_word_before(head, mentions) or named_person(head, span) or _described_person(head) \
            or _untagged_name(head)
    if actor is not None and actor.startswith("person:") and actor not in load_gazetteer().actors and \
            head.dep_ == "appos" and load_gazetteer().sectors.get(head.head.lemma_.lower()) in NON_STATE and \
            not _voice(head.head) and head.head.lower_ not in _title_words() and not _described_closely(head):
        actor = None  # 'the airline, Jet Star Asia,': a company's name set after its kind is no person's
    if actor is None:
        actor = _titled_name(head, span, mentions) or _person_named_before(head, span, mentions) or \
            _person_of_age(head, span, mentions)
    if actor is None and head.lower_ in PERSONAL_PRONOUNS and not unnamed_subject:
        actor = _person_before(head, mentions)
    if actor is None and head.pos_ == "PROPN":
        actor = _spelled_out_before(head, mentions)
    if actor is None or head.lower_ in GROUP_PEOPLE:
        actor = _first_of_those_named(head, mentions) or actor
    if actor is None:
        actor = _organisation_named_before(head, span, mentions) or _whose(head, mentions)
    if actor is None:
        actor = _framing_state(head, span, mentions) or _the_country_s(head, span, mentions) or \
            _office_of_the_article_state(head, span, mentions) or _police_named_before(head, span, mentions)
    if actor is None or _guessed_body(head, mentions):
        actor = _placed_office(head) or actor
    if actor is not None and _guessed_body(head, mentions) and not _of_the_state(head):
        actor = None  # 'aid officials', 'hospital officials': no state's, whatever state was named last
    if actor is None and head.lemma_.lower() in STATEMENT_NOUNS and document_source(head).i == head.i:
        actor = _issued_by(head, mentions) or _earlier_issuer(head, mentions) or \
            _announcer_before(head, mentions) or \
            next((a for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                  and (a := _spelled_out_before(c, mentions)) is not None), None)  # 'the NDRRMC report'
        # a noun before it, not an adjective ('Stardom's official statement' is no official's)
        # or a state body's name ('an Air Force Reserve survey', 'a Coast Guard report')
        issuing = [sector for c in head.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                   for t in c.subtree if t.dep_ == "compound" and (sector := _state_sector(t)) is not None]
        if actor is None and issuing:
            # 'according to a police statement', 'court documents said', 'a fire service
            # statement': the public body of the state where the article's events happen
            actor = _story_state(issuing[0], mentions, head.doc)
        if actor is None and head.lemma_.lower() in OFFICIAL_ACTS and _issuer(head) is None:
            # 'The proclamation said', issued by no one the article names: a state's act, of the
            # state the article is about
            actor = _home_state(mentions, head.doc)
    if actor is None and _public_body(head) and head.lemma_.lower() not in STATEMENT_NOUNS and \
            _of_the_state(head) and not _international(head) and not _privately_named(head):
        # an international institution the gazetteer does not hold ('the International Olympic
        # Committee') is no state's, wherever it sits or whatever state the article names (police
        # and courts the gazetteer does not know, 'Thames Valley Police', the actors stage places)
        actor = _governing_state(head, mentions) or _story_state(_state_sector(head), mentions, head.doc)
    if actor is not None and (_speaks_for_a_non_state_body(head, actor, mentions) or _anonymous(head, mentions) or
                              _people_as_such(head, actor, mentions)):
        actor = None
    if actor is None:
        actor = _local_government(head, mentions) or _described_as_a_state_body(head, mentions) or \
            _state_medium(span) or _relative_named(head) or _relative_named_before(head, mentions) or \
            _state_media_at_home(head, span, mentions) or \
            _members_of_a_body(head, mentions) or _described_before_its_name(head, mentions) or \
            _igo_people(head, mentions) or _aides_of_an_office(head, mentions)
    if actor is None and (whole := _partitive_whole(head)) is not None:
        actor = participant(doc, whole, mentions).actor
    if actor is not None and actor.startswith("person:"):
        actor = _without_honorific(actor, head, mentions)
        actor = _family_name(actor, head, mentions)
    if actor is not None and len(_sides_of(head, mentions)) > 1:
        actor = None  # 'Japan and the United States said': no one actor's voice
    if actor is not None and (_minted_from_a_body(actor) or _minted_from_a_bodys_name(actor, head)):
        actor = None  # 'Maritime Bulletin said', 'Tesco said' after 'Tesco Polska': a body, no person
    return Participant(actor, span.text, span.start_char, span.end_char)


# Words that take a part of a group named after 'of' ('one of the officials', 'some of the
# ministry's staff').
PARTITIVES = {"one", "some", "two", "three", "four", "several", "many", "most", "all", "each", "both", "few"}


def _partitive_whole(head: Token) -> Token | None:
    """'One of the officials said', 'some of the police officers', 'one of the National Oceanic
    and Atmospheric Administration's "Hurricane Hunters"': a part of a group speaks as the group
    would, so its actor is the group's (the head of the words after 'of')."""
    if head.lower_ not in PARTITIVES:
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"), None)


def _sides_of(head: Token, mentions: list[Mention]) -> set[str]:
    """The states and international organisations that the coordinated sources of one
    attribution speak for ('both Saudi Arabia and the United States', 'the Greek foreign minister
    and UNESCO', 'the military governments of Mali and Burkina Faso'): a state or an IGO named in
    a conjunct, or the state a person of the gazetteer holds office for. Sources of several sides
    share the words but none of them is the speaker, as the gold codes them (null); sources of one
    side ('the Investigative Committee and the Federal Security Service', 'police and county
    officials') speak for it, and people of no side known keep the first named ('Trump and his
    legal team')."""
    gaz = load_gazetteer()
    owned = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    conjuncts = [head, *head.conjuncts] if head.conjuncts else [*owned[:1], *(owned[0].conjuncts if owned else ())]
    if len(conjuncts) < 2:
        return set()
    sides: set[str] = set()
    for conjunct in conjuncts:
        own = [t for t in conjunct.subtree if not any(a.dep_ in ("conj", "cc") and a.head.i == conjunct.i and
                                                     t.i in range(a.left_edge.i, a.right_edge.i + 1)
                                                     for a in conjunct.children)]
        lo, hi = own[0].idx, own[-1].idx + len(own[-1])
        for m in mentions:
            known = gaz.actors.get(m.actor or "")
            if known is None or not lo <= m.start < hi:
                continue
            side = known.country if known.kind == "person" else m.actor if known.kind in ("state", "igo") else None
            if side:
                sides.add(side)
                break
    return sides


# Words a body's capitalised name may hold in lower case ("Directorate General of Civil Aviation").
NAME_JOINERS = {"and", "of", "for", "the", "'s", "’s", "&"}


def _named_state_body(span: Span, mentions: list[Mention]) -> str | None:
    """'Vestland Fire and Rescue said', "The Polk County Sheriff's Office said": a capitalised name
    that names a state body by its head word (`state_body`), which the tagger missed or took for
    a person's, is of the state a place in its name is in or the state it names, else, for police
    and courts, of the state the story is set in, else of the state the article is about, as the
    actors stage places such names when the tagger finds them."""
    name = span[1:] if len(span) > 1 and span[0].dep_ == "det" else span
    if not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS or t.is_punct for t in name):
        return None
    state = _state_in_name(name, mentions)
    # 'the United States Geological Survey': the state's own name makes no name international
    body = state_body(name) or (state_body(name.doc[state[1]:name.end]) if state is not None else None)
    if body is None:
        return None
    sector, placed = body
    return placed or (state[0] if state is not None else None) or \
        (setting_state(span.doc) if sector in DOMESTIC_SECTORS else None) or _home_state(mentions, span.doc)


def _state_in_name(name: Span, mentions: list[Mention]) -> tuple[str, int] | None:
    """The state a body's name names ('the US Geological Survey', 'the Kenya Meteorological
    Department'), which it is a body of whatever state the article names most, with the index of
    the token after the state's name."""
    actors = load_gazetteer().actors
    for m in mentions:
        if name.start_char <= m.start and m.end <= name.end_char and m.actor in actors and \
                actors[m.actor or ""].kind == "state":
            return m.actor or "", next((t.i for t in name if t.idx >= m.end), name.end)
    return None


def _speaks_for_a_non_state_body(head: Token, actor: str, mentions: list[Mention]) -> bool:
    """'A spokesperson for the company', 'a Greenpeace spokesman', "its chief executive" after a
    firm: a person who speaks for a body the sentence names (after 'for', 'of' or 'at', before
    the noun, or 'its') speaks for that body; when the body is no state's (a company, a club, a
    medium, a party, an NGO, a name no state owns) the voice speaks for no state, whatever state
    the article names (companies and media are null participants, docs/annotation.md section 11)."""
    known = load_gazetteer().actors.get(actor)
    if known is None or known.kind != "state" or not _person_voice(head):
        return False
    owners = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
              for o in p.children if o.dep_ == "pobj"]
    owners += [c for c in head.lefts if c.dep_ in ("compound", "nmod", "poss")]
    return any(_non_state_owner(o, mentions) for o in owners)


# Divisions of a state: their officials are the state's ('a spokesman for the province').
ADMINISTRATIVE_UNITS = {"city", "town", "village", "province", "state", "region", "district", "county",
                        "municipality", "prefecture", "country", "nation", "capital"}


# Sectors of a state's people rather than its bodies: protesters (OPP), civilians and residents (CVL),
# refugees (REF).
PEOPLE_SECTORS = frozenset({"OPP", "CVL", "REF"})


def _people_as_such(head: Token, actor: str, mentions: list[Mention]) -> bool:
    """'Protesters said', 'Chinese citizens said': a group of a state's people, whom the actors
    stage codes with the state and a sector of people, speaks for no state (docs/annotation.md,
    "Attribution sources": unnamed individuals take null)."""
    known = load_gazetteer().actors.get(actor)
    at_head = [m for m in mentions if m.start <= head.idx < m.end and m.actor == actor]
    return known is not None and known.kind == "state" and bool(at_head) and bool(at_head[0].sectors) and \
        set(at_head[0].sectors) <= PEOPLE_SECTORS


def _person_voice(head: Token) -> bool:
    """A noun for people who speak for a body: a spokesperson, an official, a leader, a title
    (not a body itself, though a word of titles: 'ministry', 'police')."""
    if _voice(head) and head.lower_ not in SPOKESPEOPLE | PERSON_VOICES:
        return False
    return head.lower_ in SPOKESPEOPLE or head.lower_ in GROUP_PEOPLE or head.lower_ in _title_words()


def _non_state_owner(owner: Token, mentions: list[Mention]) -> bool:
    """A body no state owns: a noun of a non-state sector ('the company', 'hospital'), a name that
    is no state, IGO, office-holder or place ('Greenpeace', 'Qantas'), a body of no state named
    by a common noun after 'for' or 'of' ('the ferry operator', 'the football federation'), or
    'its' standing for one."""
    if owner.lower_ in ("its", "their"):
        subject = _subject_antecedent(owner)
        return subject is not None and _non_state_owner(subject, mentions)
    if owner.pos_ not in ("NOUN", "PROPN") or _voice(owner) or owner.lower_ in _title_words():
        return False
    sector = load_gazetteer().sectors.get(owner.lemma_.lower())
    if sector is not None:
        return sector not in STATE_SECTORS
    named = [m.actor for m in mentions if m.start <= owner.idx < m.end and m.actor]
    if named:
        # a person's voice ('a spokesman for Governor Ann Cole') speaks for whatever office the
        # person holds, which an id minted from the name does not tell
        known = load_gazetteer().actors.get(named[0])
        return not named[0].startswith("person:") and (known is None or known.kind not in ("state", "igo"))
    if owner.pos_ == "PROPN":
        return place_of(owner) is None and owner.ent_type_ not in ("GPE", "LOC", "FAC", "PERSON") and \
            (owner.dep_ != "compound" or _capitalised_as_a_name(owner))
    # a common noun before the voice names a domain as often as a body ('railway officials');
    # after 'for' or 'of' it is the body spoken for, a state's when a state frames it ('the
    # Saudi-led coalition', 'the Iranian delegation')
    gaz = load_gazetteer()
    lo, hi = owner.left_edge.idx, owner.idx + len(owner)
    framed = any(m.actor in gaz.actors and gaz.actors[m.actor].kind in ("state", "igo")
                 for m in mentions if m.actor and lo <= m.start and m.end <= hi)
    return owner.dep_ == "pobj" and owner.head.lower_ in ("for", "of") and not framed and \
        owner.lemma_.lower() not in ADMINISTRATIVE_UNITS


def _anonymous(head: Token, mentions: list[Mention]) -> bool:
    """'Sources report', 'its source said': a source that nothing in its phrase ties to a public
    body or a named actor is anonymous, and speaks for no one (docs/annotation.md section 11);
    'a German government source' and 'sources in the ministry' speak for the body. A possessive
    pronoun ('its') only says whose source it is, often a medium's."""
    if head.lower_ not in ANONYMOUS:
        return False
    framing = [t for t in head.subtree if t.i != head.i and t.pos_ != "PRON"]
    return not any(_public_body(t) or any(m.actor and m.start <= t.idx < m.end for m in mentions) for t in framing)


def _capitalised_as_a_name(token: Token) -> bool:
    """A capital that shows a name: not only the first word of a sentence ('Railway officials
    said': a common noun before a noun, which the tagger took for a name), or printed so
    elsewhere in the article."""
    return any(t.text == token.text and t.i != t.sent.start for t in token.doc)


def _subject_antecedent(pronoun: Token) -> Token | None:
    """The subject 'its' continues: the nearest one before it, in its sentence or the one before,
    that is no pronoun ('Tata Motors sold more trucks. Its chief executive said ...')."""
    doc = pronoun.doc
    first = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    return next((t for t in reversed(doc[first:pronoun.i]) if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"),
                None)


# Divisions of a state that govern themselves: one that speaks is its government ('the city said').
LOCAL_UNITS = ADMINISTRATIVE_UNITS - {"state", "country", "nation", "capital", "region"}


def _local_government(head: Token, mentions: list[Mention]) -> str | None:
    """'The city issued an advisory', 'the county said', 'according to the city of Arden': a town,
    county or province that speaks is its government, which as a sub-state government takes the
    code of its state (docs/annotation.md section 4): the state of the place named, else the
    state the story is set in."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in LOCAL_UNITS or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or not _of_the_state(head):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for place in prep.children:
                if place.dep_ == "pobj" and (location := place_of(place)) is not None:
                    return location.country
    return setting_state(head.doc) or _home_state(mentions, head.doc)


def _described_as_a_state_body(head: Token, mentions: list[Mention]) -> str | None:
    """'Roscosmos, the Russian space agency, announced', 'UOKiK, the Polish competition
    authority,': a name the gazetteer does not hold, described in apposition as a body of a
    state named in the description, speaks for that state."""
    if head.pos_ != "PROPN":
        return None
    gaz = load_gazetteer()
    for description in head.children:
        if description.dep_ != "appos" or description.pos_ != "NOUN" or not _public_body(description) or \
                not _of_the_state(description) or _international(description):
            continue
        lo = description.left_edge.idx
        hi = description.right_edge.idx + len(description.right_edge)
        states = [m.actor for m in mentions if m.actor in gaz.actors and gaz.actors[m.actor].kind == "state"
                  and lo <= m.start and m.end <= hi]
        if states:
            return states[0]
    return None


# Nouns of kinship: what is set in apposition to one ('his widow, Suharti,') is a person's name.
KIN_NOUNS = {"mother", "father", "parent", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
             "widower", "uncle", "aunt", "cousin", "grandmother", "grandfather", "grandson", "granddaughter",
             "nephew", "niece", "fiancé", "fiancée", "stepmother", "stepfather", "mum", "dad"}


def _relative_named(head: Token) -> str | None:
    """'His widow, Suharti, said', "the boys' mother, Nasreen, said": a relative named by one name
    in apposition is the person of that name (`person:suharti`), as the guidelines write the name
    the article prints as the slug; a place, a nationality or an actor of the gazetteer is no name."""
    name: Token | None = head
    if head.dep_ == "appos":
        kin = head.head
    else:
        # "Raza and Imran's mother, Nasreen,": the parser may make the first possessor the head
        # and coordinate the relative with it
        kin = next((c for c in head.children if c.dep_ == "conj" and c.lemma_.lower() in KIN_NOUNS
                    and any(p.dep_ == "poss" for p in c.children)), head)
        name = next((c for c in kin.children if c.dep_ == "appos" and c.i > kin.i), None)
    if name is None or kin.lemma_.lower() not in KIN_NOUNS or name.pos_ != "PROPN" or not name.is_title or \
            place_of(name) is not None or len(_name_tokens(name)) != 1:
        return None
    entry = load_gazetteer().surfaces.get(name.text)
    if entry is not None and entry.kind not in (PERSON_ENTRY, SURNAME):
        return None
    return "person:" + slugify(name.text)


def _relative_named_before(head: Token, mentions: list[Mention]) -> str | None:
    """'his daughter said' after 'confirmed by his daughter Mia Holt': a relative the article
    named once with the same kin noun and the same possessive (the name right after the noun, or
    set in apposition to it) is that person, as a role named again alone is; a relative never
    named stays no one."""
    kin = head.lemma_.lower()
    if head.pos_ != "NOUN" or kin not in KIN_NOUNS or head.tag_ != "NN":
        return None
    owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), None)
    for earlier in reversed(head.doc[:head.left_edge.i]):
        if earlier.lemma_.lower() != kin or earlier.pos_ != "NOUN" or \
                next((c.lower_ for c in earlier.children if c.dep_ == "poss"), None) != owner:
            continue
        following = [t for t in earlier.doc[earlier.i + 1:earlier.i + 3] if t.text != ","]
        name = next((t for t in following[:1] if t.pos_ == "PROPN" and t.is_title and t.ent_type_ == "PERSON"), None)
        if name is None:
            continue
        tokens = _name_tokens(name)
        linked = next((m.actor for m in mentions if m.actor and m.actor.startswith("person:")
                       and m.start <= tokens[-1].idx < m.end), None)
        return linked or "person:" + slugify(" ".join(t.text for t in tokens))
    return None


# Kin who usually carry the family name of the person they are named by ("his wife Mary").
FAMILY_KIN = {"wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father",
              "stepmother", "stepfather", "mum", "dad"}


def _family_name(actor: str, head: Token, mentions: list[Mention]) -> str:
    """'His wife Mary said', "Munk's son, Peter,": a relative named by a known given name alone,
    set by a kin noun beside a person the article named in full, is named in full with that
    person's family name (`person:mary-munk`), as the guidelines write a person's usual full name
    even where the article prints a shorter one. A name that is no known given name ("his widow,
    Suharti,": many names of the world stand alone) keeps the one word."""
    if actor in load_gazetteer().actors or actor != "person:" + slugify(head.text) or "-" in actor[7:] or \
            head.text not in load_gazetteer().genders:
        return actor
    kin = head.head if head.dep_ == "appos" else None
    if kin is None or kin.lemma_.lower() not in FAMILY_KIN or kin.i > head.i:
        return actor
    owner = next((c for c in kin.children if c.dep_ == "poss"), None)
    if owner is None:
        return actor
    person = next((m.actor for m in mentions if m.actor and m.actor.startswith("person:")
                   and m.start <= owner.idx < m.end), None)
    if person is None and owner.lower_ in POSSESSIVE_GENDER:
        # a "his" coreference left alone (the person last named outside quotation marks is
        # paragraphs back, as the subject of an obituary often is): that person, of that gender
        quoted = _quoted(head.doc)
        person = next((m.actor for m in sorted(mentions, key=lambda m: -m.start)
                       if m.end <= owner.idx and m.actor and m.actor.startswith("person:")
                       and not _within(m.start, quoted) and _gender(m.actor) in (None, POSSESSIVE_GENDER[owner.lower_])),
                      None)
    family = _family_name_of(person, mentions) if person else None
    return actor + "-" + family if family else actor


POSSESSIVE_GENDER = {"his": "m", "her": "f"}


def _gender(person: str) -> str | None:
    """The gender the given-names data gives a person's given name, if any."""
    known = load_gazetteer().actors.get(person)
    given = known.name.split()[0] if known is not None else person[len("person:"):].split("-")[0].title()
    return load_gazetteer().genders.get(given)


def _family_name_of(person: str, mentions: list[Mention]) -> str | None:
    """The family name (`gazetteer.surname_of`) of a person named in full in the article, as a
    slug; None for a person named by one word only."""
    known = load_gazetteer().actors.get(person)
    names = [known.name] if known else [m.text for m in mentions if m.actor == person and " " in m.text.strip()]
    if not names:
        return None
    return slugify(surname_of(max(names, key=len), (known.country or "") if known else ""))


STATE_MEDIA_PATH = Path(__file__).parent / "data" / "state_media.tsv"


@lru_cache(maxsize=1)
def _state_media() -> list[tuple[re.Pattern[str], str]]:
    """(name as a whole-word pattern, state) for each row of `data/state_media.tsv`."""
    return [(re.compile(r"(?<!\w)" + re.escape(row["name"]) + r"(?!\w)"), row["state"])
            for row in read_tsv(STATE_MEDIA_PATH)]


def _state_medium(span: Span) -> str | None:
    """'Xinhua reported', "Russia's state news agency TASS said": a news agency or broadcaster a
    state runs speaks for that state, as the guidelines code state media."""
    text = span.text.replace("\u2019", "'")
    return next((state for name, state in _state_media() if name.search(text)), None)


def _named_otherwise(head: Token, span: Span, actor: str, mentions: list[Mention]) -> str:
    """A person linked from the surname alone while the text prints a full name with another
    given name ("researcher Wai-ling Chan" is not the office-holder "Margaret Chan"): the person
    the full name names."""
    at_head = [m for m in mentions if m.start <= head.idx < m.end and m.actor == actor]
    full = named_person(head, span)
    if not at_head or len(at_head[0].text.split()) > 1 or full is None or full == actor or \
            "person:" + slugify(at_head[0].text) == full:
        return actor  # 'Bright-Adams' after 'Helen Bright-Adams': a hyphenated surname, no given name
    given, linked_given = full[len("person:"):].split("-")[0], actor[len("person:"):].split("-")[0]
    return actor if same_word(given, linked_given) else full


def _issuer(document: Token) -> Token | None:
    """Who issued a document, as the sentence says: 'a statement from the ministry', 'Pompeo's
    letter', 'the ministry issued a statement', 'Trump, in a statement, announced ...'."""
    source = document_source(document)
    if source.i != document.i:
        return source
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    # 'The ruling, written by Justice Ana Ruiz,', 'a lawsuit filed by the state': the agent of a
    # participle describing the document
    agents = [o for p in document.children if p.dep_ == "acl" and p.tag_ == "VBN" for a in p.children
              if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if agents:
        return agents[0]
    if document.dep_ == "dobj":
        return subject_of(document.head)
    if document.dep_ == "pobj" and document.head.lower_ == "in" and document.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(document.head.head)
    return None


def _issued_by(document: Token, mentions: list[Mention]) -> str | None:
    """The actor its own sentence says issued the document ('the ministry released a statement
    which said ...')."""
    issuer = _issuer(document)
    if issuer is None or issuer.i == document.i:
        return None
    issuer = _partitive_whole(issuer) or issuer  # 'data collected by one of the agency's aircraft'
    doc = document.doc
    start, end = speaker_tokens(issuer)
    if issuer.lower_ in ("it", "they"):  # 'They released a statement which said': the institution before
        return _institution_before(issuer, mentions)
    actor = resolve_actor(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), issuer, mentions) or \
        _described_earlier_as_a_state_body(issuer, mentions) or (_home_state(mentions, doc) if _voice(issuer) else None)
    owner = next((c for c in issuer.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if actor is None and owner is not None:
        # 'data collected by the Weather Service's balloons': what no one names is its owner's
        start, end = speaker_tokens(owner)
        actor = resolve_actor(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), owner, mentions) or \
            _named_state_body(doc[start:end], mentions)
    return actor


def _earlier_issuer(document: Token, mentions: list[Mention]) -> str | None:
    """'The statement said ...' with no issuer of its own: the issuer of the last document of
    that name before it in the article. A document speaks for the institution, so a person
    holding a state office speaks there for the state (the annotation rule of official sources).
    An indefinite one ('A 2015 court decision said', 'local reports said') is another document,
    not the one before."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss" for c in document.children):
        return None
    doc = document.doc
    for token in reversed(doc[:document.i]):
        if token.lemma_.lower() != document.lemma_.lower():
            continue
        issuer = _issuer(token) or token  # 'per WHO guidelines': the issuer named on the document
        start, end = speaker_tokens(issuer)
        actor = resolve_actor(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), issuer, mentions) or \
            _described_earlier_as_a_state_body(issuer, mentions)
        if actor is not None:
            return _state_of_office(actor)
    return None


def _described_earlier_as_a_state_body(name: Token, mentions: list[Mention]) -> str | None:
    """'Met Éireann, the national meteorological service for Ireland, issued alerts. [...] The
    warning issued by Met Éireann said': a name the gazetteer does not hold, which the article
    described in apposition as a body of a state where it named it first, is that state's body
    wherever it names it again (`_described_as_a_state_body`)."""
    if name.pos_ != "PROPN":
        return None
    return next((state for token in name.doc[:name.i + 1] if token.text == name.text and token.pos_ == "PROPN"
                 and (state := _described_as_a_state_body(token, mentions)) is not None), None)


def _announcer_before(document: Token, mentions: list[Mention]) -> str | None:
    """'The Bavarian health ministry confirmed a case on Monday. The man is in good condition, the
    report said.': 'the' document the article names for the first time is what the institution
    that is the subject of its sentence or the one before made public."""
    if document.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in document.children):
        return None  # 'preliminary reports', 'a statement': no document named before is meant
    actor = _institution_before(document, mentions)
    return _state_of_office(actor) if actor is not None else None


def _state_of_office(actor: str) -> str:
    """The state a gazetteer person holds office for ("person:recep-tayyip-erdogan" -> "TUR");
    any other actor unchanged."""
    known = load_gazetteer().actors.get(actor)
    return known.country if known is not None and known.kind == "person" and known.country else actor


PERSONAL_PRONOUNS = {"he", "she"}
POSSESSIVE_OF = {"he": "his", "she": "her"}
# Sentences back, besides its own, where a speaking "he" or "she" finds the subject it continues.
SUBJECT_WINDOW = 2
# Clauses inside a sentence whose subject is not what the sentence is about.
SUBORDINATE_CLAUSES = ("relcl", "advcl", "acl")
QUOTED_KEY = "accord.quoted_ranges"


def _quoted(doc: Doc) -> list[tuple[int, int]]:
    """The article's quotation ranges (`quoted_ranges`), found once per article: every speaking
    pronoun asks for them."""
    if QUOTED_KEY not in doc.user_data:
        doc.user_data[QUOTED_KEY] = quoted_ranges(text_of(doc))
    return doc.user_data[QUOTED_KEY]  # type: ignore[no-any-return]


def _narrative_start(pronoun: Token, back: int, quoted: list[tuple[int, int]]) -> int:
    """The first token of the `back` sentences of narrative before the pronoun's own. The sentences
    of a quotation are the speaker's words, not narrative, and are not counted: '«Our Europe is
    mortal. It can die.» he said' and 'The agency issued a statement: "... . ... ." It said' look
    back past them to who spoke."""
    doc = pronoun.doc
    first = pronoun.sent.start
    counted = 0
    while counted < back and first > 0:
        first = doc[first - 1].sent.start
        counted += not _within(doc[first].idx, quoted)
    return first


def _subject_before(pronoun: Token, mentions: list[Mention]) -> tuple[bool, str | None]:
    """'Pelosi called it a breach. "...," she announced.': a speaking pronoun continues the person
    who was last the subject of a clause outside quotation marks, in its sentence or the two
    before, rather than the person last named (often an object, or a name inside the quotation).
    A subject that is itself a pronoun of the other gender is passed over. Returns whether a
    person subject was found, and its id (None for a person named by a surname alone that no
    earlier name completes)."""
    doc = pronoun.doc
    quoted = _quoted(doc)
    first = _narrative_start(pronoun, SUBJECT_WINDOW, quoted)
    linked = {m.start: m for m in mentions if m.actor}
    people = {start: m for start, m in linked.items() if m.actor and m.actor.startswith("person:")}
    # 'The accusation against Biden is that, during his time as vice president, he called for
    # ...': a possessive before it in its own sentence, of a person named in that sentence, is
    # what it continues
    sentence = doc[pronoun.sent.start:pronoun.i]
    for token in reversed(sentence):
        if token.lower_ == POSSESSIVE_OF.get(pronoun.lower_) and not _within(token.idx, quoted) and \
                (named := _mention_at(token, people)) is not None and \
                any(m.actor == named.actor and sentence.start_char <= m.start < token.idx and m.start != token.idx
                    for m in people.values()):
            return True, named.actor
    # 'Mugabe agreed to power-sharing in which Tsvangirai became prime minister. "...," he declared',
    # 'Ruiz praised the reports Mendes had resigned. He said ...': the subject of a relative,
    # adverbial or noun-complement clause yields to its sentence's main subject (the subject of
    # the main clause is the likeliest antecedent, as centering theory ranks them)
    subordinate: tuple[bool, str | None] | None = None
    subordinate_sentence = -1
    for token in reversed(doc[first:pronoun.i]):
        if subordinate is not None and token.sent.start != subordinate_sentence:
            return subordinate
        found = _continued_subject(token, pronoun, people, linked, mentions, quoted)
        if found is None:
            continue
        if subordinate is None and token.head.dep_ in SUBORDINATE_CLAUSES and token.head.i > token.sent.root.i:
            subordinate, subordinate_sentence = found, token.sent.start
            continue
        return found
    return subordinate or (False, None)


def _continued_subject(token: Token, pronoun: Token, people: dict[int, Mention], linked: dict[int, Mention],
                       mentions: list[Mention], quoted: list[tuple[int, int]]) -> tuple[bool, str | None] | None:
    """(True, the person) when `token` is a subject a speaking pronoun can continue; None when it
    is no such subject."""
    # 'According to Dr. Tom Frieden, the pandemic is "unprecedented." He said ...': the source
    # of 'according to' is the one speaking there, as a subject is
    according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 and \
        token.doc[token.head.i - 1].lower_ == "according"
    if token.dep_ not in ("nsubj", "nsubjpass") and not according or _within(token.idx, quoted):
        return None
    if token.head.dep_ == "ccomp" and not _introduces_the_quotation(token.head):
        return None  # 'He said Zelensky is ...': Zelensky is what was said about
    if token.lower_ in PERSONAL_PRONOUNS and token.lower_ != pronoun.lower_:
        return None
    if token.lower_ == pronoun.lower_ and token.pos_ == "PRON":
        # 'Berg married Al Maddox. She later moved to Oslo. She said ...': a subject that is the
        # same pronoun is a link of the chain, which ends at the subject that pronoun continues
        # (centering's "continue" transition), not at whom coreference guessed for the link
        chained = _subject_before(token, mentions)
        if chained[0]:
            return chained
    named = _mention_at(token, people)
    if named is None and token.pos_ == "NOUN" and (name := _named_in_apposition(token)) is not token:
        # 'His colleague, Senator Amy Dunn, defended it': the subject is the person named beside it
        named = _mention_at(name, people)
    if named is not None:
        return None if _other_gender(pronoun, named.actor or "") else (True, named.actor)
    if token.pos_ != "PROPN":
        return _unnamed_person(token, pronoun, mentions)
    # resolved as a speaker's name is ('Detective Constable Daniel Dubé', which the tagger took
    # for an organisation)
    person = _by_surname(token, mentions) or named_person(token, token.doc[token.i:token.i + 1]) or \
        _described_person(token) or _untagged_name(token)
    resolved = _mention_at(token, linked) is not None
    if person is not None or not resolved and (token.ent_type_ == "PERSON" or _titled_apposition(token)):
        return True, person
    return None


# Nouns for one person, whoever it is ('the woman', 'one of the victims').
PERSON_NOUNS = {"man", "woman", "person", "victim", "survivor", "witness", "resident", "passenger", "driver",
                "suspect", "defendant", "patient", "student", "worker"}


NOUN_GENDER = {**dict.fromkeys(("man", "boy", "father", "son", "brother", "husband", "widower", "uncle", "nephew",
                                 "grandfather", "grandson", "stepfather", "dad"), "m"),
               **dict.fromkeys(("woman", "girl", "mother", "daughter", "sister", "wife", "widow", "aunt", "niece",
                                 "grandmother", "granddaughter", "stepmother", "mum"), "f")}


def _unnamed_person(subject: Token, pronoun: Token, mentions: list[Mention]) -> tuple[bool, str | None] | None:
    """'One of the victims chose to be named. She said ...', 'A witness saw the car. He said ...':
    a subject that is one person no name gives is the one a pronoun continues, so the pronoun
    names no one (the guidelines give unnamed individuals null); a description that refers to
    a person named before ('the teenager', after 'Ines Duarte, 15,') is that person."""
    noun = subject
    if subject.lower_ == "one":
        noun = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), subject)
    elif subject.tag_ != "NN" or not any(c.dep_ == "det" for c in subject.children) or \
            any(c.dep_ in ("appos", "poss") for c in subject.children):
        return None  # 'Rao's mother, Anwar,': a person a name or a possessor makes known
    lemma = noun.lemma_.lower()
    if lemma not in PERSON_NOUNS | KIN_NOUNS | set(AGE_NOUNS) or noun.pos_ != "NOUN" or \
            any(m.actor and m.start <= subject.idx < m.end for m in mentions) or \
            NOUN_GENDER.get(lemma, PRONOUN_GENDER[pronoun.lower_]) != PRONOUN_GENDER[pronoun.lower_]:
        return None
    span = subject.doc[subject.left_edge.i:subject.i + 1]
    return True, _person_named_before(subject, span, mentions) or _person_of_age(subject, span, mentions)


def _within(char: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= char < b for a, b in ranges)


def _mention_at(token: Token, people: dict[int, Mention]) -> Mention | None:
    for m in people.values():
        if m.start <= token.idx < m.end:
            return m
    return None


def _guessed_body(head: Token, mentions: list[Mention]) -> bool:
    """A body named by its noun alone ('officials', 'police') that the linker gave the state
    named last before it (a `description` mention at the head)."""
    return _voice(head) and any(m.method == "description" and m.start <= head.idx < m.end for m in mentions)


def _governing_state(head: Token, mentions: list[Mention]) -> str | None:
    """'Germany banned the airline, with officials saying ...': unnamed officials in a phrase of a
    clause whose subject is a state speak for that state."""
    gaz = load_gazetteer()
    for verb in head.ancestors:
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i != head.i):
            named = [m.actor for m in mentions if m.start <= subject.idx < m.end and m.actor]
            if named and named[0] in gaz.actors and gaz.actors[named[0]].kind == "state":
                return named[0]
    return None


# Sectors of the bodies that act only at home: the police (COP) and the courts (JUD).
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def _state_sector(word: Token) -> str | None:
    """The sector of the state body the words ending at `word` name by their function, by the
    sector terms curated for accord ('investigators', 'a court clerk', 'emergency services', 'a
    fire service statement'), when it is one of a state's own (STATE_SECTORS); else None."""
    gaz = load_gazetteer()
    doc = word.doc
    for n in (3, 2, 1):
        if word.i - n + 1 < word.sent.start:
            continue
        words = [t.lower_ for t in doc[word.i - n + 1:word.i + 1]]
        for term in (" ".join(words), " ".join(words[:-1] + [word.lemma_.lower()])):
            if term in gaz.curated_sectors:
                return gaz.sectors[term] if gaz.sectors[term] in STATE_SECTORS else None
    return None


def _public_body(head: Token) -> bool:
    """A body, an office or the people of a public service named by their function: a voice
    ('officials', 'the ministry') or a noun the sectors data gives a state's sector ('investigators',
    'rescuers', 'a court clerk'); a title is a person's, whom the resolvers of office-holders find."""
    return _voice(head) or head.pos_ == "NOUN" and head.lower_ not in _title_words() and \
        _state_sector(head) is not None


def _story_state(sector: str | None, mentions: list[Mention], doc: Doc) -> str | None:
    """The state a public body named by its function serves (docs/annotation.md section 11): the
    state the story is set in for police and courts, which act only at home, else the state the
    article is about (`setting.office_state`)."""
    return office_state(doc, _home_state(mentions, doc), at_home=sector in DOMESTIC_SECTORS)


def _home_state(mentions: list[Mention], doc: Doc) -> str | None:
    """'The Coast Guard said', 'police said' with no country named: the state the article is
    about (`setting.leading_state`, counting every mention resolved to a state); in an article that
    names no state as an actor ('A bomb hit a market in Kabul. Officials said ...'), the state its
    places are in."""
    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for m in mentions:
        if m.actor and m.actor in gaz.actors and gaz.actors[m.actor].kind == "state":
            counts[m.actor] = counts.get(m.actor, 0) + 1
    if not counts:
        return setting_state(doc) or places_state(doc)
    return leading_state(counts)


PRONOUN_GENDER = {"he": "m", "she": "f"}


def _other_gender(pronoun: Token, person: str) -> bool:
    """'she' for a person whose given name is a man's in the given-names data, or 'he' for a
    woman's (a name the data does not know agrees with either)."""
    if pronoun.lower_ not in PRONOUN_GENDER or not person.startswith("person:"):
        return False
    gender = _gender(person)
    return gender is not None and gender != PRONOUN_GENDER[pronoun.lower_]


def _person_before(pronoun: Token, mentions: list[Mention]) -> str | None:
    """'he' that coreference left unresolved: the person named last before it, within the
    paragraph before or its own: a linked person, or a name the tagger calls a person."""
    doc = pronoun.doc
    text = text_of(doc)
    paragraph = text.rfind("\n\n", 0, text.rfind("\n\n", 0, pronoun.idx))
    # the name opening an interview turn is the one saying "I" there, not whom 'he' or 'she' in it is
    named = [(m.start, m.actor) for m in mentions if m.actor and m.actor.startswith("person:")
             and paragraph < m.start < pronoun.idx and not _other_gender(pronoun, m.actor)
             and not in_turn_name(doc, m.start)]
    for token in reversed(doc[:pronoun.i]):
        if token.idx <= paragraph or named and token.idx <= max(named)[0]:
            break
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and not token.whitespace_ == "" \
                and not in_turn_name(doc, token.idx) \
                and (person := named_person(token, doc[token.i:token.i + 1])) is not None:
            named.append((token.idx, person))
            break
    return max(named)[1] if named else None


NAME_PARTICLES = {"de", "dela", "del", "da", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "di", "du"}
# Words of a title printed before a name ("Chief Superintendent Graciano Mijares", "AU trade
# commissioner Albert Muchanga"): never part of the person's name.
EXTRA_TITLE_WORDS = {"chief", "superintendent", "commandant", "admiral", "general", "colonel", "major",
                     "captain", "lieutenant", "sergeant", "commissioner", "chairperson", "chairman",
                     "chairwoman", "spokesperson", "spokesman", "spokeswoman", "director", "governor",
                     "senator", "representative", "ambassador", "judge", "justice", "mayor", "dr", "mr",
                     "mrs", "ms", "sir", "dame", "lord", "lady", "regional", "deputy", "acting", "former", "ceo",
                     "executive", "head", "leader", "president", "presidential", "secretary", "officer",
                     "prosecutor", "inspector", "detective", "constable", "commander",
                     "magistrate", "sheriff", "coroner", "councillor", "councilor", "councilman", "councilwoman",
                     "aide", "negotiator", "mp", "mep", "mla", "msp", "mpp",
                     # police and military ranks and their abbreviations ("Trooper Ana Ruiz", "Sgt. Li")
                     "trooper", "patrolman", "marshal", "warden", "corporal", "sgt", "lt", "det", "capt", "cpl",
                     "col", "gen", "maj", "adm", "insp", "supt", "cmdr"}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    words = {w for phrase in load_gazetteer().titles for w in phrase.replace("-", " ").split()}
    return frozenset(words | EXTRA_TITLE_WORDS)


def _name_tokens(head: Token) -> list[Token]:
    """The proper-noun run around `head` on its line ("Arnel dela Vega"), without the title
    words before the name; for a head the tagger calls a person, only words that are no place or
    organisation ('US Ambassador to Germany Richard Grenell')."""
    if head.pos_ != "PROPN":
        return []
    doc = head.doc
    person = head.ent_type_ == "PERSON"

    def part(t: Token) -> bool:
        if t.lower_ in NAME_PARTICLES or _joins_name(t):
            return True
        if t.is_punct or t.pos_ != "PROPN":
            return False
        return not person or t.ent_type_ in ("PERSON", "")

    first, last = head.i, head.i
    while first > 0 and part(doc[first - 1]) and "\n" not in doc[first - 1].whitespace_ and \
            not stranded_object(doc[first - 1]):
        first -= 1
    while last + 1 < len(doc) and part(doc[last + 1]) and "\n" not in doc[last].whitespace_:
        last += 1
    name = list(doc[first:last + 1])
    while name and _joins_name(name[-1]):
        name = name[:-1]
    # title words, particles and acronyms ('ABS-CBN CEO Carlo Katigbak') before the name
    while name and (name[0].lower_.rstrip(".") in _title_words() | HONORIFICS or name[0].lower_ in NAME_PARTICLES
                    or len(name[0]) > 1 and name[0].text.isupper()):
        name = name[1:]
    while name and name[-1].lower_ in NAME_PARTICLES:
        name = name[:-1]
    while len(name) > 2 and len(name[-1]) > 1 and name[-1].text.isupper():
        name = name[:-1]  # letters after a name ('Kama Melly QC', 'Jo Hart MP') are no part of it
    if len(name) > 2 and name[0].i > 0 and doc[name[0].i - 1].lower_ in ("of", "for") and place_of(name[0]):
        name = name[1:]  # 'Mayor of Kyiv Vitali Klitschko': the office's place is no part of the name
    # a portfolio before its title word ('Health Minister Olivier Véran'): the name follows the title
    titles = [k for k, t in enumerate(name[:-1]) if t.lower_.rstrip(".") in _title_words()]
    if titles:
        name = name[titles[-1] + 1:]
    return name


def _joins_name(token: Token) -> bool:
    """The hyphen of a hyphenated name ('Man-kei Tam'), glued to the words on both sides."""
    return token.text in ("-", "‐") and not token.whitespace_ and token.i > 0 and \
        not token.doc[token.i - 1].whitespace_ and token.doc[token.i - 1].pos_ == "PROPN"


def _full_name(name: list[Token]) -> str | None:
    """The slug of a name of two words or more with a word the tagger calls a person, or opened
    by a known given name ("Alexei Navalny" at the start of a sentence, which the tagger missed)
    or by an initial (`_initialled`), and no word it calls a place or an organisation ("Republic
    Act No" and "Revolutionary Guard Corps" are no one)."""
    gaz = load_gazetteer()
    if len(name) < 2 or not (any(t.ent_type_ == "PERSON" for t in name) or name[0].text in gaz.given or
                             name[0].text in gaz.genders or _initialled(name) or _after_honorific(name[0])):
        return None
    if any(t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC") for t in name):
        return None
    # middle initials are left out, as in the gold slugs and the office-holders data ("John R. Bolton");
    # a name in a script the slugs do not spell (Persian, Hindi) gives no id rather than "person:"
    return slugify("".join(t.text_with_ws for t in name if len(t.text.rstrip(".")) > 1 or _joins_name(t))) or None


def _after_honorific(first: Token) -> bool:
    """'Princess Amara Devi', 'Dr. Ilse Kruger': a courtesy word printed before a name shows it is
    a person's, whatever the tagger made of it."""
    return first.i > 0 and first.doc[first.i - 1].lower_.rstrip(".") in HONORIFICS


def _persons_name(token: Token) -> bool:
    """A word of a person's name: the tagger's person, or a proper noun in a run of capitalised
    words shaped as a full name (`_full_name`: a known given name, an initial or a courtesy word
    before it), which the tagger often misses on names from outside the English-speaking world
    ("chancellor, Pradeep Khosla")."""
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and _full_name(_name_tokens(token)) is not None


def _initialled(name: list[Token]) -> bool:
    """'K Ramesh Babu', 'J. Ana Mora': a name opened by an initial and two words or more is a
    person's, as bodies are not written so."""
    first = name[0].text.rstrip(".")
    return len(first) == 1 and first.isupper() and sum(t.is_title and len(t.text) > 1 for t in name[1:]) >= 2


def named_person(head: Token, span: Span) -> str | None:
    """`person:<slug>` for a speaker the gazetteer does not know, named as a person: a full name
    at the head ("Graciano Mijares") or closing the speaker's words ("US Ambassador to Germany
    Richard Grenell", parsed with the title as head), or a surname alone that a full name earlier
    in the article ends with. A speaker that looks like an organisation or a place stays unresolved."""
    slug = _full_name(_name_tokens(head))
    if slug is None:
        people = [t for t in span if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        slug = _full_name(_name_tokens(people[-1])) if people and head.lower_ in _title_words() else None
    if slug is not None:
        return "person:" + slug
    if not head.is_title or len(_name_tokens(head)) > 1:
        return None
    # a surname alone (the tagger may call it an organisation, or a noun): the person named in full before
    return _named_in_full_before(head)


def _named_in_full_before(word: Token) -> str | None:
    """The one person named in full earlier in the article with `word` in the name ('Sheikh
    Abdul Qasimi', then 'Sheikh Abdul said')."""
    earlier = {_full_name(_name_tokens(t)) for t in word.doc[:word.i] if t.lower_ == word.lower_}
    full = [slug for slug in earlier if slug]
    return "person:" + full[0] if len(full) == 1 else None


# Words of courtesy, rank by birth, religion or scholarship printed before a name ("Princess
# Anne", "Rev. Al Sharpton", "Professor Ng"): no part of the name and no office of a state.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "rep", "sen", "prof", "professor", "princess", "sheikh", "sheik",
              "rev", "reverend", "pastor", "bishop", "archbishop", "cardinal", "imam", "rabbi", "dame"}


def _without_honorific(actor: str, head: Token, mentions: list[Mention]) -> str:
    """An id minted from a name with its honorific or title ("person:ms-ardern" for "Ms Ardern",
    "person:king-maha-vajiralongkorn"): the person the name without it stands for: the one
    office-holder with that surname, or the person named in full before; else the name alone
    when two words are left."""
    words = actor[len("person:"):].split("-")
    if words[0] not in HONORIFICS and words[0] not in _title_words() or actor in load_gazetteer().actors:
        return actor
    rest = words[1:]
    if len(rest) == 1:
        entry = load_gazetteer().surfaces.get(head.text) if head.text.lower() == rest[0] else None
        if entry is not None and len(entry.people) == 1:
            return entry.people[0]
        return _by_surname(head, mentions) or \
            (_named_in_full_before(head) if head.lower_ == rest[0] else None) or actor
    return "person:" + "-".join(rest)


def _person_with_word_before(head: Token, mentions: list[Mention]) -> str | None:
    """'Prayut said', after 'Prayut Chan-o-cha', 'Vázquez said' after 'Wanda Vázquez Garced': one
    word of a name is the person named before with that word (a given name used alone, as Thai
    news does, or a first surname, as Spanish usage does), resolved or a name no one resolved."""
    if head.pos_ != "PROPN" or not head.is_title or len(_name_tokens(head)) != 1:
        return None
    for m in reversed([m for m in mentions if m.end <= head.idx and (m.actor is None or m.actor.startswith("person:"))]):
        words, _ = _without_title(m.text)
        if head.text in words[:-1] or [head.text] == words[-1:] and len(words) > 1:
            if m.actor is None and any(w.lower() in ORGANISATION_WORDS or w.lower() in MEDIA_NOUNS for w in words):
                continue  # 'Al Jazeera reported', after 'Al Jazeera': a medium, not a person's name
            return m.actor or _person_id(words)
    return None


# Words that make a capitalised name an organisation's or a medium's ("Al Jazeera", "Human Rights
# Watch", "Deutsche Welle"), not a person's.
ORGANISATION_WORDS = {"al", "international", "group", "party", "bank", "company", "corporation", "inc", "ltd",
                      "news", "times", "post", "press", "watch", "union", "association", "foundation",
                      "university", "club", "federation", "front", "movement", "network", "daily", "journal",
                      "magazine", "welle", "herald", "tribune", "gazette", "telegraph", "reuters", "associated",
                      "insider", "newspaper", "website", "site", "paper", "channel", "weekly"}


# Head words of the names of publications, companies and institutes in English and in the
# languages news names them in ("Manila Bulletin", "Kandilli Observatory", "Gazeta Wyborcza",
# "Agence France-Presse"), beyond ORGANISATION_WORDS.
BODY_NAME_WORDS = {"bulletin", "observatory", "observer", "institute", "agency", "survey", "laboratory", "services",
                   "gazeta", "agence", "zeitung"}


def _minted_from_a_body(actor: str) -> bool:
    """An id minted as a person's (`person:maritime-bulletin`, not the gazetteer's) from the words of
    a body's name: a word of a publication's, company's or institute's name, a word the gazetteer
    holds as an organisation's name ('Tesco Polska'), or a thing's name ('Harbour Avenue')."""
    gaz = load_gazetteer()
    if not actor.startswith("person:") or actor in gaz.actors:
        return False
    words = [w for w in actor[len("person:"):].split("-") if w not in NAME_PARTICLES]

    def of_a_body(word: str) -> bool:
        return word in BODY_NAME_WORDS or (entry := gaz.surfaces.get(word.title())) is not None and \
            entry.kind == ORGANISATION

    # a trade first may describe the person named after it ('Broadcaster Piers Morgan')
    return bool(words) and (of_a_body(words[0]) or names_a_thing(words) or
                            any(of_a_body(w) or w in ORGANISATION_WORDS or w in MEDIA_NOUNS for w in words[1:]))


def _minted_from_a_bodys_name(actor: str, head: Token) -> bool:
    """An id minted from a name the article introduces as a body's ('the software company Nova
    Lab announced ... Nova Lab said')."""
    words = _name_tokens(head)
    if not words or not actor.startswith("person:") or actor in load_gazetteer().actors:
        return False
    name = head.doc[words[0].i:words[-1].i + 1].text
    return "person:" + slugify(name) == actor and introduced_as_a_body(head.doc, name)


def _joined_words(name: list[Token]) -> list[str]:
    """The words of a name, a hyphenated one as one word ('Nils-Erik Haagenrud': two words)."""
    words: list[str] = []
    for t in name:
        if words and (_joins_name(t) or t.i > 0 and _joins_name(t.doc[t.i - 1])):
            words[-1] += t.text
        else:
            words.append(t.text)
    return words


def _untagged_name(head: Token) -> str | None:
    """'Regina Ip said', 'Gaspar Maroth said': a speaker named by two or three capitalised words
    that the tagger took for no person (or for an organisation, as it often does with names
    from outside the English-speaking world) is a person when no word is a place, a nationality,
    an actor of the gazetteer, or a word of an organisation's or medium's name."""
    name = _name_tokens(head)
    words = _joined_words(name)
    if not 2 <= len(words) <= 3 or any(t.ent_type_ in ("GPE", "NORP", "LOC", "FAC") or t.text.isupper() for t in name):
        return None
    before = name[0].nbor(-1) if name[0].i > 0 else None
    if any(c.dep_ == "det" for c in head.children) and not _after_a_persons_noun(name[0]) or \
            before is not None and before.pos_ == "PROPN" and before.lower_.rstrip(".") not in _title_words():
        return None  # 'the US Geological Survey': an article, or more of the name than a title before it
    described = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")]  # 'daily newspaper Magyar Nemzet'
    if any(w in ORGANISATION_WORDS or w in MEDIA_NOUNS for w in described):
        return None
    gaz = load_gazetteer()
    if any(w in gaz.surfaces and gaz.surfaces[w].kind not in (PERSON_ENTRY, SURNAME) or w.lower() in ORGANISATION_WORDS
           or w.lower() in VOICE_NOUNS or w.lower() in MEDIA_NOUNS for w in words):
        return None
    return _person_id(words)


def _after_a_persons_noun(first: Token) -> bool:
    """'an attendee Om Prakash', 'a villager Ram Das': a name right after a lower-case noun for a
    person (a doer's noun, a person noun, a title), whose article the noun's, not the name's."""
    noun = first.nbor(-1) if first.i > 0 else None
    return noun is not None and noun.pos_ == "NOUN" and noun.is_lower and noun.tag_ == "NN" and \
        not _voice(noun) and noun.lower_ not in MEDIA_NOUNS and \
        (noun.lower_.endswith(AGENT_ENDINGS) or noun.lower_ in PERSON_NOUNS or noun.lower_ in _title_words())


GROUP_PEOPLE = {"leaders", "presidents", "ministers", "men", "women", "heads"}
GROUP_STATES = {"countries", "nations", "states", "governments", "neighbours", "neighbors"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}


def _first_of_those_named(head: Token, mentions: list[Mention]) -> str | None:
    """'Putin and Erdogan met. The two leaders said ...', 'The three countries said': the first of
    the people (or states) last named, as the guidelines make the first named of several sources
    the speaker."""
    number = next((NUMBERS[c.lower_] for c in head.children if c.dep_ in ("nummod", "det", "predet")
                   and c.lower_ in NUMBERS), None)
    if number is None or head.lower_ not in GROUP_PEOPLE | GROUP_STATES:
        return None
    gaz = load_gazetteer()
    wanted: list[str] = []
    for actor in reversed([m.actor for m in mentions if m.end <= head.idx and m.actor]):
        person = actor.startswith("person:")
        state = actor in gaz.actors and gaz.actors[actor].kind == "state"
        if (person if head.lower_ in GROUP_PEOPLE else state) and actor not in wanted:
            wanted.append(actor)
        if len(wanted) == number:
            return wanted[-1]
    return None


def _whose(head: Token, mentions: list[Mention]) -> str | None:
    """'condemned by the United Nations, whose spokesman said ...': a voice or office owned by
    'whose' speaks for what the relative clause describes; a person's office for the person's state."""
    clause = head.head
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children) or clause.dep_ != "relcl":
        return None
    owner = clause.head
    named = [m.actor for m in mentions if m.start <= owner.idx < m.end and m.actor]
    return _state_of_office(named[0]) if named and _person_voice(head) else (named[0] if named else None)


# Nouns that name an organisation again by its kind ('The Taliban seized the town. The group
# said ...', 'The African Union suspended Mali. The body said ...'), with the kinds of actor each
# can stand for ("party": an organisation of sector PTY).
KIND_NOUNS = {"group": ("group",), "militia": ("group",), "movement": ("group", "organisation"),
              "organisation": ("organisation", "group", "igo"), "organization": ("organisation", "group", "igo"),
              "party": ("party",), "bloc": ("igo",), "alliance": ("igo",), "body": ("igo",)}


def _organisation_named_before(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """A definite noun of an organisation's kind ('the group', 'the militant group', 'the
    organisation') with no name of its own is the organisation of that kind last
    named before it, as a definite description refers back."""
    kinds = KIND_NOUNS.get(head.lemma_.lower())
    if kinds is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
            any(m.actor for m in mentions if span.start_char <= m.start < span.end_char):
        return None
    if kinds == ("igo",) and not _of_the_state(head):
        return None  # 'the opposition alliance' is no international organisation named before
    actors = load_gazetteer().actors
    for m in reversed([m for m in mentions if m.end <= span.start_char and m.actor in actors]):
        known = actors[m.actor or ""]
        if ("party" if known.sector == "PTY" else known.kind) in kinds:
            return known.id
    return None


def _spelled_out_before(acronym: Token, mentions: list[Mention]) -> str | None:
    """'Turkey's Disaster and Emergency Management Presidency (AFAD) said ... AFAD said', 'the
    Philippine Institute of Volcanology and Seismology (Phivolcs) ... according to Phivolcs': a
    short name speaks for what the name it abbreviated, in brackets earlier, speaks for, found
    as that name would be as a speaker."""
    doc = acronym.doc
    for token in doc[1:acronym.i]:
        if token.text == acronym.text and token.i + 1 < len(doc) and doc[token.i - 1].text == "(" and \
                doc[token.i + 1].text == ")" and token.head.i < token.i:
            return participant(doc, _whole_name(token.head), mentions).actor
    return _initials_before(acronym, mentions)


def _whole_name(word: Token) -> Token:
    """The head of the capitalised name `word` ends ('the Ministry of Roads and Public Works
    (MRPW)', bracketed after 'Works', which the parser hangs on 'Ministry' through 'of' and
    'and'): the name's head word, which names the body, not its last words ('Public Works')."""
    while word.dep_ in ("conj", "pobj", "prep") and word.head.i < word.i and \
            (word.head.is_title or word.head.lower_ in NAME_JOINERS):
        word = word.head
    return word


def _initials_before(acronym: Token, mentions: list[Mention]) -> str | None:
    """'The Occupational Safety and Health Administration fined the firm. OSHA said ...': an
    acronym of three letters or more whose letters are the initials of the capitalised words of a
    name resolved before it is that name's actor."""
    if len(acronym.text) < 3 or not acronym.text.isalpha() or not acronym.text.isupper():
        return None
    for m in reversed([m for m in mentions if m.end <= acronym.idx and m.actor]):
        if "".join(w[0] for w in m.text.split() if w[:1].isupper()) == acronym.text:
            return m.actor
    return None


def _described_person(head: Token) -> str | None:
    """'Gaspar Maroth, the government commissioner for defence, said': a name the tagger took for
    an organisation, given a person's title in apposition, is a person's."""
    return _person_id([t.text for t in _name_tokens(head)]) if _titled_apposition(head) else None


def _titled_apposition(head: Token) -> bool:
    """A proper name given a person's title in apposition ('Ghannouchi, the speaker of parliament,')."""
    return head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in _title_words()
                                        for c in head.children)


def _named_in_apposition(head: Token) -> Token:
    """'African Export-Import Bank president Okey Oramah' parsed as the bank with the person in
    apposition, or 'Merkel's spokesperson, Steffen Seibert,' with the role as head: the person
    speaks. Set off by a comma, the name must follow a role word ('the ministry, Lavrov's
    department,' is no person); a proper name after a description ('One of these groups, the
    Syrian Democratic Forces,') names the speaker too."""
    if head.ent_type_ == "PERSON":
        return head
    # 'The Attorney General of Mexico, Alejandro Gertz Manero,': a title the tagger calls a name
    role = head.pos_ in ("NOUN", "PROPN") and head.lower_ in _title_words()
    person = [c for c in head.children if c.dep_ == "appos" and _persons_name(c)
              and (role or "," not in head.doc[head.i:c.i].text)]
    if person:
        return person[0]
    # "the news site Daily Xtra's editorial director, Rachel Giese, said": a description, the role
    # set beside it, then the name of the one who holds that role
    for title in head.children:
        if title.dep_ == "appos" and title.pos_ == "NOUN":
            named = [c for c in title.children if c.dep_ == "appos" and _persons_name(c) and c.i > title.i]
            if named:
                return named[0]
    if role:  # 'A spokesman for Hamas, Fawzi Barhoum, said': the name hung on the body the role is of
        named = [a for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children
                 if o.dep_ == "pobj" for a in o.children if a.dep_ == "appos" and _persons_name(a)]
        if named:
            return named[0]
    # "The Institute of ...'s director, Dr. Anthony Fauci, said", parsed with the role as a conjunct
    for conj in head.children:
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and conj.lower_ in _title_words():
            named = [c for c in conj.children if c.dep_ == "appos" and _persons_name(c)]
            if named:
                return named[0]
    # 'One of these groups, the Syrian Democratic Forces, said': a description, then the name
    # 'a Republican, Mark Amodei,': a party member or a national, then the name
    if head.ent_type_ == "NORP" and (person := [c for c in head.children if c.dep_ == "appos" and
                                                _persons_name(c) and c.i > head.i]):
        return person[0]
    if head.pos_ in ("NOUN", "NUM", "PRON") and head.ent_type_ in ("", "CARDINAL"):
        named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i
                 and c.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")]
        if named:
            return named[0]
    return _name_closing_description(head) or _name_after_description(head) or _name_after_role_word(head) or head


def _described_closely(name: Token) -> bool:
    """'writer and producer Ana Ruiz': a name the tagger calls a person's, printed right after the
    noun it is in apposition to with no comma, as a person's trade is printed before the name
    ('the airline, Jet Star Asia,' sets a company's name off by a comma)."""
    words = _name_tokens(name)
    return _persons_name(name) and bool(words) and name.head.i < words[0].i and \
        "," not in name.doc[name.head.i:words[0].i].text


def _name_after_description(head: Token) -> Token | None:
    """'Longtime Late Show writer and performer Ana Ruiz tweeted': a person's name printed right
    after the nouns that describe its holder, with no comma, which the parser joined to the first
    noun as a conjunct (or in apposition): the named person speaks, not the description. The
    name must hang on the description by conjuncts, appositions and compounds alone ('the wife
    of Ana Ruiz' names someone else) and the description must be one person's."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or _voice(head) and head.lower_ not in PERSON_VOICES or \
            head.lemma_.lower() in STATEMENT_NOUNS:
        return None
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=head)
    if not _persons_name(last) or last.pos_ != "PROPN" or last.i <= head.i:
        return None
    name = _name_tokens(last)
    before = head.doc[name[0].i - 1] if name and name[0].i > 0 else None
    if before is None or before.pos_ != "NOUN" or not before.is_lower:
        return None
    step = last
    while step.i != head.i:
        if step.dep_ not in ("conj", "appos", "compound") or step.head.i == step.i:
            return None
        step = step.head
    return last


def _name_after_role_word(head: Token) -> Token | None:
    """'Longtime Night Desk writer and performer Ana Ruiz said', parsed with the show's name as the
    subject and the rest hung on it: a person's name that closes the subject's words right after a
    lower-case noun for a person (a trade, a title) is the one who speaks, the capitalised words
    before it only describe that person."""
    if head.pos_ != "PROPN" or _persons_name(head):
        return None
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=head)
    if last.i <= head.i or last.pos_ != "PROPN" or not _persons_name(last):
        return None
    name = _name_tokens(last)
    return last if name and name[-1].i == last.i and _after_a_persons_noun(name[0]) else None


def _name_closing_description(head: Token) -> Token | None:
    """'The delegate to the House of Representatives, Ana Ruiz, said', 'the party's frontrunner
    and the nominee of another party, Ana Ruiz, said': a person's name set off by a comma that
    closes the description of a role (a noun for no body or document), which the parser hung on
    the last noun before it, not on the role: the one the role describes, who speaks."""
    if head.pos_ != "NOUN" or _voice(head) and head.lower_ not in PERSON_VOICES or \
            head.lemma_.lower() in STATEMENT_NOUNS:
        return None  # a body or a document is no role a person holds
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i, default=head)
    name = last if _persons_name(last) else None
    while name is not None and name.dep_ != "appos" and _persons_name(name.head) and \
            head.i < name.head.i != name.i:
        # the name's head word ('Ruiz' of 'Ana Ruiz'); a broken parse (of text in another script)
        # may put a root, its own head, inside the subtree
        name = name.head
    if name is None or name.dep_ != "appos" or name.head.i == head.i or \
            head.doc[name.left_edge.i - 1].text != ",":
        return None
    return name


def names_a_person(head: Token) -> bool:
    """The speaker headed by `head` is one person: a person's name (after its role: "the site's
    editor, Jane Doe,"), a title or a noun for a person."""
    head = _named_in_apposition(document_source(head))
    title = head.lower_ in _title_words() and not _voice(head)  # 'minister', not 'ministry' or 'police'
    return head.ent_type_ == "PERSON" or title or head.lower_ in PERSON_VOICES or head.lemma_.lower() in PERSON_NOUNS


def _institution_before(pronoun: Token, mentions: list[Mention], back: int = 1) -> str | None:
    """'The ministry rejected the report. "...," it said.': "it" is the subject of a clause of
    narrative in its sentence or the `back` sentences before (a speaking pronoun looks as far
    back as a speaking "he" does), when that subject resolves to a state or an organisation;
    the subject of a reported clause ('said the storm had ...') or of a quotation is what was
    said about, not who spoke. "They" continues only the nearest plural subject ('Saudi
    officials ... They said'): a group of people left unresolved ('protesters') is not passed
    over for an institution before it."""
    doc = pronoun.doc
    quoted = _quoted(doc)
    first = _narrative_start(pronoun, back, quoted)
    for token in reversed(doc[first:pronoun.i]):
        if not _narrative_subject(token, quoted):
            continue
        actor = _body_named(token, mentions)
        if actor is not None and not actor.startswith("person:"):
            return actor
        if pronoun.lower_ == "they" and token.tag_ in ("NNS", "NNPS"):
            return None
    return None


def _narrative_subject(token: Token, quoted: list[tuple[int, int]]) -> bool:
    """The subject of a clause of narrative, outside quotation marks and no pronoun: the subject
    of a verb, the source of 'according to', or the agent of a passive ('a curfew was imposed by
    the government'); not the subject of a reported clause ('said the storm had ...'), though a
    statement quoted after a colon, which the parser makes the main clause ('The agency issued a
    statement: "..."'), leaves the clause that introduces it narrative."""
    if token.pos_ == "PRON" or _within(token.idx, quoted):
        return False
    if token.dep_ == "pobj":
        return token.head.dep_ == "agent" or token.head.lower_ == "to" and token.head.i > 0 and \
            token.doc[token.head.i - 1].lower_ == "according"
    return token.dep_ in ("nsubj", "nsubjpass") and \
        (token.head.dep_ != "ccomp" or _within(token.head.head.idx, quoted))


def _body_named(subject: Token, mentions: list[Mention]) -> str | None:
    """The actor a subject names as a body: its mentions, else the body it names again ('The
    Department', after 'the Ohio Department of Health'), else a state body's capitalised name;
    a body framed by a place is of the place's state; a state's people as such are no body."""
    doc = subject.doc
    start, end = speaker_tokens(subject)
    span = doc[start:end]
    actor = resolve_actor(span.start_char, span.end_char, subject, mentions) or \
        _same_body_before(subject, span, mentions) or _named_state_body(span, mentions)
    if actor is None or _guessed_body(subject, mentions):
        actor = _placed_office(subject) or actor  # 'Officials in Quito', not the state named last
    return None if actor is not None and _people_as_such(subject, actor, mentions) else actor


# Words that frame a capitalised name as a public body's ('National Emergency Operations Centre').
PUBLIC_NAME_WORDS = {"national", "federal", "state", "provincial", "regional", "municipal", "city", "county",
                     "central", "royal", "public", "government", "presidential", "republic"}


# Bodies of research, as often a university's or a foundation's as a state's.
RESEARCH_BODIES = {"center", "centre", "institute"}


def _privately_named(head: Token) -> bool:
    """'The Carter Center', 'Johns Hopkins Center for Systems Science': a capitalised name of a
    centre or an institute with words of its own name before it, none of which frames it as public
    (a place, a state, 'National', 'Federal'), is a body named by its name, not by a public
    function."""
    gaz = load_gazetteer()
    if head.pos_ != "PROPN" or head.lower_ not in RESEARCH_BODIES:
        return False
    name = [t for c in head.lefts if c.dep_ in ("compound", "amod") for t in c.subtree if t.is_title]
    if not name:
        return False
    framed = any(t.lower_ in PUBLIC_NAME_WORDS or t.text in gaz.surfaces and gaz.surfaces[t.text].kind in (STATE, DEMONYM)
                 for t in name)
    return not framed and place_in_name(head.doc[name[0].i:head.i]) is None


def _state_media_at_home(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'State media reported', 'state broadcaster KTV said': a medium a state runs speaks for the
    state named with it, else for the state the story is about, as a public body named by its
    function (docs/annotation.md, "Attribution sources")."""
    if not any(_state_run(t) for t in span):
        return None
    actors = load_gazetteer().actors
    named = [m.actor for m in mentions if span.start_char <= m.start < span.end_char and m.actor in actors]
    if named:
        return named[0] if actors[named[0]].kind == "state" else None
    return _story_state(None, mentions, head.doc)


def _described_before_its_name(head: Token, mentions: list[Mention]) -> str | None:
    """'The Brazilian health regulator Anvisa said': a name the gazetteer does not hold, after a
    description of a body of a state named in the description, speaks for that state (as the
    description set after the name does, `_described_as_a_state_body`)."""
    if head.pos_ != "PROPN":
        return None
    actors = load_gazetteer().actors
    # the description the parser made a compound of the name, or the head of the name set beside it
    descriptions = [c for c in head.lefts if c.dep_ == "compound"]
    if head.dep_ == "appos" and head.head.i < head.i:
        descriptions.append(head.head)
    for description in descriptions:
        if description.pos_ != "NOUN" or not _public_body(description) or not _of_the_state(description) or \
                _international(description):
            continue
        lo, hi = description.left_edge.idx, description.idx + len(description)
        states = [m.actor for m in mentions if lo <= m.start and m.end <= hi and m.actor in actors
                  and actors[m.actor or ""].kind == "state"]
        if states:
            return states[0]
    return None


# People an international organisation sends or appoints: 'UN experts', 'IAEA inspectors'.
IGO_PEOPLE = {"expert", "investigator", "inspector", "monitor", "observer", "peacekeeper", "rapporteur"}


def _igo_people(head: Token, mentions: list[Mention]) -> str | None:
    """'UN human rights experts said', 'IAEA inspectors reported': experts, inspectors or monitors
    an international organisation names before them speak for it, as its unnamed officials do
    (docs/annotation.md, "Attribution sources")."""
    if head.lemma_.lower() not in IGO_PEOPLE:
        return None
    actors = load_gazetteer().actors
    framing = [t for c in head.lefts if c.dep_ in ("compound", "nmod", "poss") for t in c.subtree]
    igos = [m.actor for t in framing for m in mentions if m.start <= t.idx < m.end and m.actor in actors
            and actors[m.actor or ""].kind == "igo"]
    return igos[0] if igos else None


# The staff of an office-holder or a state's seat of government.
AIDE_NOUNS = {"aide", "adviser", "advisor", "staffer"}


def _aides_of_an_office(head: Token, mentions: list[Mention]) -> str | None:
    """"Ruto's aides", 'aides to the president', 'Kremlin aides', and 'Aides denied it' after
    an office-holder: the staff of a state office speak for the state, as its unnamed officials
    do; whose aides they are is said before them or after 'to', else they are the aides of the
    person holding a state office on the day who was named last, in their sentence or the one
    before."""
    if head.lemma_.lower() not in AIDE_NOUNS or head.tag_ != "NNS":
        return None
    owners = [t for c in head.lefts if c.dep_ in ("poss", "compound", "nmod") for t in c.subtree] + \
        [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for o in p.subtree]
    bare = not owners
    if bare:
        doc = head.doc
        first = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
        owners = list(doc[first:head.i])[::-1]
    gaz = load_gazetteer()
    for token in owners:
        named = next((m for m in mentions if m.start <= token.idx < m.end and m.actor in gaz.actors), None)
        if named is None:
            continue
        known = gaz.actors[named.actor or ""]
        if known.kind in ("state", "igo") and not bare:
            return known.id
        if known.kind == "person" and known.country and STATE_SECTORS & set(named.sectors):
            return known.country
    return None


# People who belong to a body: 'members of the assembly', 'staff at the ministry'.
MEMBER_NOUNS = {"member", "people", "staff", "staffer", "aide", "employee", "worker", "insider"}


def _members_of_a_body(head: Token, mentions: list[Mention]) -> str | None:
    """'People in the Ruto administration said', 'members of the National Assembly said': people
    who belong to a state body speak for the state the body is of, as its unnamed officials do;
    a body of no state ('members of the opposition party') leaves them unresolved."""
    if head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    bodies = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "at", "from", "within")
              for o in p.children if o.dep_ == "pobj" and _voice(o) and _of_the_state(o) and not _international(o)]
    if not bodies:
        return None
    actor = _body_named(bodies[0], mentions)
    known = load_gazetteer().actors.get(_state_of_office(actor)) if actor is not None else None
    return known.id if known is not None and known.kind in ("state", "igo") else None


def _state_run(head: Token) -> bool:
    """'state media', 'the state-run daily', "the country's state news": a medium a state runs."""
    return (head.lemma_.lower() in MEDIA_NOUNS or head.lower_ in MEDIA_NOUNS) and \
        any(t.lower_ == "state" for c in head.lefts for t in c.subtree)


def resolve_actor(start: int, end: int, head: Token, mentions: list[Mention]) -> str | None:
    inside = [m for m in mentions if m.start < end and start < m.end]
    at_head = [m for m in inside if m.start <= head.idx < m.end]
    if at_head and (at_head[0].actor or not _voice(head)):
        return at_head[0].actor
    # an unresolved institution speaks for the state or body that owns it ("Russia's Foreign
    # Ministry", "Beijing's Foreign Ministry"): fall through to the mentions inside the span
    # a person's office speaks for the person's state ("a statement released by Erdogan's office")
    # 'Iranian state media' speak for the state (other media are no voice of it)
    speaks_for = _voice(head) or _state_run(head)
    resolved = [m for m in inside if m.actor]
    if speaks_for and resolved and resolved[0].actor:
        if resolved[0].actor.startswith("person:") and not _of_the_state(head):
            return None  # 'Biden campaign officials': the campaign's voice, not the state's
        return _state_of_office(resolved[0].actor)
    if head.lemma_.lower() in STATEMENT_NOUNS or head.lemma_.lower() in OWNED_OUTLETS:
        # 'a NATO press release', 'the White House readout': the issuer named on the document
        # (the parser takes an upper-case 'WHO' before the noun for a pronoun subject)
        issuers = [m.actor for m in resolved for c in head.lefts
                   if c.dep_ in ("compound", "poss", "nmod", "amod", "nsubj")
                   for t in c.subtree if m.start <= t.idx < m.end]
        return issuers[0] if issuers else None
    return None


NON_STATE = frozenset({"OPP", "REB", "PTY", "BUS", "MED", "NGO", "CRM", "UAF", "INS", "LAB", "EDU", "REL"})


LEADER_WORDS = {"leader", "head", "chief"}
# Sectors of a state's own bodies: 'police', 'prosecutors', 'defence' officials speak for it, while
# 'hospital officials' (HLH) or 'party officials' (PTY) do not.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "DIP", "CBK"})
# Unnamed voices that speak for no state wherever they are ('sources in Kabul', 'witnesses in Lagos').
ANONYMOUS = {"source", "sources"}


def _framing_state(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """An unnamed office-holder framed by a state or an organisation ("Saudi Arabia's energy
    minister", "a senior EU official") speaks for it, unless a word makes the role a non-state
    one ("Venezuela's opposition leader"). "The Kenyan leader" is the last office-holder of that
    state named before, when there is one. Holders of a title framed so speak for it together
    ("several Chilean admirals")."""
    gaz = load_gazetteer()
    if head.lower_ not in _title_words() and head.lemma_.lower() not in _title_words() or \
            any(gaz.sectors.get(t.lemma_.lower()) in NON_STATE for t in span):
        return None
    framing = [m.actor for m in mentions if m.actor and not m.actor.startswith("person:")
               and span.start_char <= m.start and m.end <= span.end_char]
    if not framing:
        return None
    if head.lower_ in LEADER_WORDS:
        holders = [m.actor for m in mentions if m.end <= span.start_char and m.actor
                   and any(term.country == framing[0] for term in gaz.terms.get(m.actor, ()))]
        if holders:
            return holders[-1]
    return framing[0]


def _of_the_state(head: Token) -> bool:
    """No word before the noun makes it a body of no state ('hospital officials', 'party
    officials', 'Buckeye News Service': a word of the institutions data that makes a name a
    private one); 'police', 'defence' or 'senior' ones may speak for a state."""
    gaz = load_gazetteer()
    modifiers = [t for c in head.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    return all(gaz.sectors.get(t.lemma_.lower(), "GOV") in STATE_SECTORS and gaz.institutions.get(t.lower_) != "-"
               for t in modifiers)


# Words that place an office at a level of a state's government ('the local health minister',
# 'the state attorney general'): an office of that state all the same.
LEVELS = {"local", "regional", "provincial", "state", "district", "county", "city", "municipal", "federal",
          "national"}


def _office_of_the_article_state(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'At the time, the prime minister called for ...' in an article about Samoa that names no
    prime minister: a state's office named by its title alone, held by no one named before, is
    held for the state the article is about; an unnamed office-holder takes that state's code
    (docs/annotation.md section 11)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    gaz = load_gazetteer()
    words = [t for t in span if t.dep_ != "det" and t.lower_ not in LEVELS]
    title = gaz.titles.get(" ".join(t.lower_ for t in words))
    if title is None and all(t.is_lower and t.is_alpha and gaz.sectors.get(t.lemma_) not in NON_STATE
                             and gaz.institutions.get(t.lower_) != "-" for t in words):
        # 'the local health minister': a government title after the words of its field, which the
        # titles data need not list, when none of them makes it a party's or a firm's
        title = gaz.titles.get(head.lower_)
        title = title if title is not None and title[1] == "GOV" else None
    if title is None or title[1] not in STATE_SECTORS:
        return None
    return _home_state(mentions, head.doc)


# Plural nouns for members of a police force: 'officers', 'detectives' named alone refer to the
# police the story has named, as a bridging description refers to the group its members belong to.
POLICE_MEMBERS = {"officers", "detectives", "deputies", "troopers", "investigators", "agents"}


def _police_named_before(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'Police sealed off the mall. Officers said ...': members of a police force named alone (no
    word before them, no name in their phrase) are of the police named last before them."""
    if head.lower_ not in POLICE_MEMBERS or any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in head.lefts) or \
            any(m.actor for m in mentions if span.start_char <= m.start < span.end_char):
        return None
    actors = load_gazetteer().actors
    police = [m.actor for m in mentions if m.end <= span.start_char and "COP" in m.sectors and m.actor in actors
              and actors[m.actor or ""].kind == "state"]
    return police[-1] if police else None


COUNTRY_NOUNS = {"country", "nation"}


def _the_country_s(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """"The country's foreign ministry", "the nation's president": the office or body of the state
    named last before it, as an unnamed office-holder framed by that state."""
    gaz = load_gazetteer()
    # a body or an office ('president', 'mayor'), not a word of one ('the country's largest bank')
    if not (_voice(head) or head.lower_ in gaz.titles or head.lower_ in EXTRA_TITLE_WORDS or _state_run(head)) or \
            not _of_the_state(head):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in COUNTRY_NOUNS and
                  any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
    if owner is None:
        return None
    actors = gaz.actors
    states = [m.actor for m in mentions if m.end <= span.start_char and m.actor in actors
              and actors[m.actor or ""].kind == "state"]
    return states[-1] if states else None


# Words that name an institution as no state's ('the Permanent Court of Arbitration in The Hague',
# 'the International Criminal Court'): it only sits in its city.
INTERNATIONAL_WORDS = {"international", "permanent", "world", "global", "european", "african", "arab",
                       "inter-american", "united"}


def _international(head: Token) -> bool:
    words = [t for c in head.children if c.dep_ in ("compound", "amod") or c.dep_ == "prep" and c.lower_ == "of"
             for t in c.subtree]
    return any(t.lower_ in INTERNATIONAL_WORDS for t in words)


def _placed_office(head: Token) -> str | None:
    """'Police in Lagos', 'officials in Kabul', 'a court in Istanbul', 'the mayor of Mosul', 'the
    Ministry of Health in Gaza': an unnamed state body or office-holder framed by a place speaks
    for the state the place is in (docs/annotation.md section 11: unnamed officials framed by a
    state take its code). A word before the noun that makes it a body of no state ('hospital
    officials', 'opposition leader') keeps it unresolved, and an international institution only
    sits there."""
    if head.lower_ in ANONYMOUS or head.lemma_.lower() in STATEMENT_NOUNS or _international(head) or \
            not (_public_body(head) or head.pos_ == "NOUN" and head.lower_ in _title_words()):
        return None
    if not _of_the_state(head):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
            for place in prep.children:
                if place.dep_ == "pobj" and (location := place_of(place)) is not None:
                    return location.country
    # "Chelyabinsk's governor", "Karachi's police chief": a place owning the office
    for owner in head.children:
        if owner.dep_ == "poss" and owner.pos_ == "PROPN" and (location := place_of(owner)) is not None:
            return location.country
    # 'the Toronto Police Service', 'Multan district officials': a place named in the body's name
    # (the whole name: 'Thames Valley Police' is no police of Anguilla's The Valley)
    name = " ".join(t.text for c in head.lefts if c.dep_ == "compound" for t in c.subtree
                    if t.pos_ == "PROPN" and not _voice(t) and t.lemma_.lower() not in load_gazetteer().sectors)
    if name and (location := lookup(name)) is not None:
        return location.country
    return None


def _same_body_before(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'The Indian foreign ministry summoned the Pakistani envoy. ... the ministry said': a body
    named again by its noun alone is the one named before with a state, not the state named last;
    so is the body a spokesman is named by ('a ministry spokesman said', after 'the Foreign
    Ministry in Beijing')."""
    if any(m.actor for m in mentions if span.start_char <= m.start and m.end <= span.end_char and
           not m.start <= head.idx < m.end and m.method != "description"):
        return None  # (the linker's guess for the body from the state named last is no name)
    if _voice(head) and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        body = head
    else:
        # 'a ministry spokesman', "the ministry's spokesman"
        bodies = [c for c in head.lefts if c.dep_ in ("compound", "poss") and _voice(c) and c.lower_ not in SPOKESPEOPLE]
        if head.lower_ not in SPOKESPEOPLE or not bodies:
            return None
        body = bodies[-1]
    doc = head.doc
    for token in reversed(doc[:body.i]):
        if token.lemma_.lower() == body.lemma_.lower() and token.pos_ in ("NOUN", "PROPN"):
            # the body with what frames it: 'the Indian foreign ministry', 'the ministry in Beijing'
            framing = [c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("of", "in", "for")]
            last = max([token.i] + [c.right_edge.i for c in framing])
            start, end = doc[token.left_edge.i].idx, doc[last].idx + len(doc[last])
            named = [m.actor for m in mentions if m.actor and start <= m.start and m.end <= end
                     and not m.actor.startswith("person:")]
            if named:
                return named[-1]
    return None


def _voice(head: Token) -> bool:
    return head.lemma_.lower() in VOICE_NOUNS or head.lower_ in VOICE_NOUNS


def _person_id(words: list[str]) -> str | None:
    """`person:<slug>` for a name of two or three capitalised words with no title word among them."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    if any(w.lower() in _title_words() or w.lower() in VOICE_NOUNS for w in words):
        return None
    return "person:" + slugify(" ".join(words))


def _without_title(text: str) -> tuple[list[str], bool]:
    """The words of a mention after the title words printed before the name, and whether it had any."""
    words = text.split()
    name = list(words)
    while name and name[0].lower().rstrip(".") in _title_words() | HONORIFICS:
        name = name[1:]
    return name, len(name) < len(words)


def _titled_name(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """A name the tagger missed, closing a speaker that a title introduces: "Presidential
    Spokesperson Harry Roque", or "Former US Ambassador to the United Nations Nikki Haley"
    parsed with the title as head. The title is the evidence that the name is a person's."""
    for m in mentions:
        if m.actor is None and span.start_char <= m.start and m.end == span.end_char:
            words = head.doc.char_span(m.start, m.end, alignment_mode="expand")
            if words is not None and words.root.dep_ == "pobj" and words.root.head.lower_ in ("for", "at") and \
                    words.root.head.head == head:
                continue  # 'a spokesperson for Delta Air Lines': the body the title is of, not a name
            name, titled = _without_title(m.text)
            if titled or head.lower_ in _title_words() and head.idx < m.start:
                return _person_id(name)
    return None


# Words that make a title another office than the bare title ("deputy governor", "vice president").
LESSER = {"deputy", "vice", "assistant", "former", "acting", "ex", "under"}


def _by_surname(word: Token, mentions: list[Mention]) -> str | None:
    """The person last named in full before `word` whose surname it is, in any spelling."""
    if not word.text[:1].isupper():
        return None
    for m in reversed([m for m in mentions if m.end <= word.idx]):
        if m.actor is None or m.actor.startswith("person:"):
            name, _ = _without_title(m.text)
            if len(name) > 1 and same_word(name[-1], word.text):
                return m.actor or _person_id(name)
    return None


def _person_named_before(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """A surname alone ("Saree said", after "Yahya Sarea"; any spelling of it) or a role alone
    ("The commissioner said"): the person last named with that role earlier in the article. The
    role is a title word anywhere in the few words before the name ("trade commissioner Albert
    Muchanga", "deputy governor" is not "the governor"), or any noun the article set before the
    name ("archbishop Jorge Scheinig") or after it in apposition ("Gaspar Maroth, the government
    commissioner"). A role framed by a state or body ("the Chinese ambassador") takes only a
    person named with that framing, or holding office for it."""
    if head.pos_ == "PROPN" and len(span) == 1:
        return _by_surname(head, mentions)
    if not _role_noun(head) or any(t.ent_type_ == "PERSON" for t in span) or \
            any(c.dep_ == "det" and c.lower_ not in DEFINITE for c in head.children):
        return None  # 'a protester said' introduces someone; only 'the protester' refers back
    framing = {m.actor for m in mentions if m.actor and not m.actor.startswith("person:")
               and span.start_char <= m.start and m.end <= span.end_char}
    doc = head.doc
    role = [t.lower_ for t in doc[span.start:head.i]]
    office = _office_words(role)
    people = [m for m in mentions if m.end <= span.start_char and (m.actor is None or m.actor.startswith("person:"))]
    for m in reversed(people):
        before = doc.char_span(m.start, m.end, alignment_mode="expand")
        if before is None:
            continue
        context = doc[max(before.start - 4, before.sent.start):before.start]
        words = [t.lower_ for t in context] + [w.lower() for w in m.text.split()]
        # "deputy governor Oleg Klimov" is not "the governor", nor "President Trump" "the vice president"
        titled = head.lower_ in _title_words() and \
            any(w == head.lower_ and _office_words(words[:i]) == office and _same_portfolio(words[:i], role)
                for i, w in enumerate(words))
        described = [t for t in _role_words(before.root) if t.lemma_.lower() == head.lemma_.lower()
                     and _office_words([w.lower_ for w in doc[max(t.i - 2, 0):t.i]]) == office
                     and _same_portfolio([w.lower_ for w in doc[max(t.i - 3, 0):t.i]], role)]
        if not (titled or described):
            continue
        if framing:
            lo = min([context.start_char] + [t.left_edge.idx for t in described])
            hi = max([before.end_char] + [t.idx + len(t) for t in described])
            around = {a.actor for a in mentions if a.actor and lo <= a.start and a.end <= hi}
            known = load_gazetteer().actors.get(m.actor or "")
            if not framing & (around | ({known.country} if known and known.country else set())):
                continue
        name, _ = _without_title(m.text)
        while name and name[0].lower() == head.lower_:  # 'Duchess Amalia Vranckx': the role is no name
            name = name[1:]
        return m.actor or _person_id(name)
    return None if framing else _titled_name_before(head, span, role)


# Nouns that describe a person by an age band: 'the teenager' is a person named with an age in it.
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19), "boy": (0, 17), "girl": (0, 17), "child": (0, 17),
             "toddler": (1, 3), "pensioner": (60, 120), "octogenarian": (80, 89), "nonagenarian": (90, 99),
             "centenarian": (100, 120)}


def _person_of_age(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'Pavel Novak, 45, was arrested ... The 45-year-old said', 'Sofia Marin, 16, ... the
    teenager told police': a definite description by age, naming no one, is the person named
    last before it with an age that fits (news gives a person's age once, by the name, and then
    uses it to refer back)."""
    band = _described_age(head)
    if band is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
            any(t.pos_ == "PROPN" for t in span):
        return None
    doc = head.doc
    people = {m.start: m.actor for m in mentions if m.actor and m.actor.startswith("person:")}
    names = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in mentions if m.start in people]
    names += [ent for ent in doc.ents if ent.label_ == "PERSON"]
    for name in sorted((n for n in names if n is not None and n.end_char <= span.start_char),
                       key=lambda n: -n.start_char):
        age = _age_given(name)
        if age is not None and band[0] <= age <= band[1]:
            return people.get(name.start_char) or _person_id(_without_title(name.text)[0])
    return None


def _described_age(head: Token) -> tuple[int, int] | None:
    """The ages a description allows: 'the 45-year-old (man)' 45 to 45, 'the teenager' 13 to 19."""
    if head.lemma_.lower() in AGE_NOUNS and head.tag_ == "NN":
        return AGE_NOUNS[head.lemma_.lower()]
    words = [head] + [t for c in head.lefts if c.dep_ in ("amod", "compound") for t in c.subtree] \
        if head.lower_ != "old" else list(head.subtree)
    age = _years_old(words)
    return (age, age) if age is not None else None


def _years_old(tokens: list[Token]) -> int | None:
    """N of 'N-year-old' among the tokens."""
    for t in tokens:
        if t.text.isdigit() and [w.lower_ for w in t.doc[t.i + 1:t.i + 5]] == ["-", "year", "-", "old"]:
            return int(t.text)
    return None


def _age_given(name: Span) -> int | None:
    """The age printed with a name: 'Pavel Novak, 45,', 'Pavel Novak (45)', '45-year-old Pavel Novak'."""
    doc = name.doc
    after = doc[name.end:name.end + 3]
    if len(after) >= 2 and after[0].text in (",", "(") and after[1].text.isdigit() and \
            (len(after) < 3 or after[2].text in (",", ")", ".", ";")):
        return int(after[1].text)
    return _years_old(list(doc[max(name.start - 6, name.sent.start):name.start]))


def _titled_name_before(head: Token, span: Span, role: list[str]) -> str | None:
    """'Princess Ubolratana Mahidol' that no mention holds (the tagger saw no name in it), then
    'the princess': the name the role word (`role`: the words before it) stood before, in the
    same office."""
    doc = head.doc
    for token in reversed(doc[:span.start]):
        before = [t.lower_ for t in doc[max(token.i - 3, 0):token.i]]
        if token.dep_ == "compound" and token.lower_ == head.lower_ and token.head.pos_ == "PROPN" and \
                _office_words(before) == _office_words(role) and _same_portfolio(before, role):
            name = [t.text for t in _name_tokens(token.head) if t.i > token.i]
            if (person := _person_id(name)) is not None:
                return person
    return None


def _role_owner(document: Token, mentions: list[Mention]) -> str | None:
    """"the judge's statement" after "Judge Gray Miller": a document of a role named again is the
    person named with the role."""
    if document.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    owner = next((c for c in document.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if owner is None or owner.lower_ not in _title_words():
        return None
    return _person_named_before(owner, owner.doc[owner.left_edge.i:owner.i + 1], mentions)


def _office_holder_named_before(head: Token, span: Span, mentions: list[Mention]) -> str | None:
    """'Lavrov met Blinken. ... the Russian minister said': a title framed by one state is the
    person named last before it who holds an office of that state with that title word."""
    if head.lower_ not in _title_words():
        return None
    inside = [m for m in mentions if span.start_char <= m.start and m.end <= span.end_char and m.actor]
    states = {m.actor for m in inside}
    if len(states) != 1 or any(m.actor.startswith("person:") for m in inside if m.actor):
        return None
    terms = load_gazetteer().terms
    for m in reversed([m for m in mentions if m.end <= span.start_char and m.actor and m.actor.startswith("person:")]):
        if any(t.country in states and head.lower_ in t.title.lower().split() for t in terms.get(m.actor or "", ())):
            return m.actor
    return None


def _office_words(before: list[str]) -> set[str]:
    """The words right before a title that make it another office ("vice", "deputy"), when
    former or acting only date it."""
    office: set[str] = set()
    for word in reversed(before[-2:]):
        if word not in LESSER:
            break
        office.add(word)
    return office - {"former", "acting", "ex"}


# Words between an article and a title that say nothing of the office's field.
NO_PORTFOLIO = {"the", "a", "an", "'s", "’s", "of", "and", "new", "then", "current", "outgoing", "incoming", "top"}


def _portfolio(before: list[str]) -> set[str]:
    """The words right before a title that name the office's field or level ("health", "civil
    aviation", "local", "state"), without the state framing it ("Chinese") or a lesser rank."""
    gaz = load_gazetteer()
    field: set[str] = set()
    for word in reversed(before[-3:]):
        if not word.isalpha() or word in NO_PORTFOLIO:
            break
        entry = gaz.surfaces.get(word.capitalize())
        if word not in LESSER and not (entry is not None and entry.kind in (STATE, DEMONYM, IGO, METONYM)):
            field.add(word)
    return field


def _same_portfolio(before: list[str], role: list[str]) -> bool:
    """'the local health minister' is not 'Civil Aviation Minister Hardeep Singh Puri': when both
    print the office's field, they share a word of it; 'the minister' is any minister."""
    named, referred = _portfolio(before), _portfolio(role)
    return not named or not referred or bool(named & referred)


def _role_noun(head: Token) -> bool:
    """A singular noun for a person's role: a title word, or a common noun with an article or a
    possessive ('the archbishop', "Chelyabinsk's governor"), but not a body ('the ministry')."""
    if _voice(head) and head.lemma_.lower() not in PERSON_VOICES:
        return False  # 'police', 'the government': a body, though a word of titles ('police chief')
    if head.lower_ in _title_words():
        return True
    return head.pos_ == "NOUN" and head.tag_ == "NN" and not _voice(head) and \
        any(c.dep_ in ("det", "poss") for c in head.children)


def _role_words(name: Token) -> list[Token]:
    """The common nouns a name is given as its role: compounds before it ('archbishop Jorge
    Scheinig') and the head of its apposition ('Maroth, the government commissioner')."""
    # the tagger often calls a role before a name a proper noun ('bishop Andrzej Nowak',
    # 'Princess Ubolratana'): the caller compares them with a common noun
    words = [c for c in name.lefts if c.dep_ == "compound"]
    words += [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > name.i]
    return words
