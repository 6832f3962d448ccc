"""Judgements said by a speaker: criticism and praise carried by what an attribution says, not by a
verb of blame.

"The ruling is unconstitutional, the governor said", "'It is a sad day for democracy,' the senator
said", "according to the agency, the cull was completely unnecessary", "she said he made the right
decision": the saying itself is the act (docs/annotation.md, section 2), criticism (ACCUSE
disapprove, CAMEO 111) or praise (SUPPORT, CAMEO 051) by the speaker. A content is a judgement when
a word of the judgement lexicon (`data/judgements.tsv`) is the predicate of its main clause (the
complement of "be", "seem", "remain", "become"; the object of "constitute", "represent", "mark",
"amount to"), the object of a light verb whose subject did the judged act ("made a mistake", "took
a historic step"), or what a naming cue calls its object ("called the deal null and void"). An
epithet of a person or party ("called Trump a clown", "he is a model of honesty") the judgement
lexicon lacks is judged by how strongly it is felt in the VADER valence lexicon (`load_valence`). The
target is whoever is responsible for what is judged: the judged actor, the doer of the judged act,
the owner of the judged decision; nobody when the text gives none.

Not judgements: a judgement of something nobody did ("the weather was terrible"), a negated,
questioned, conditional or future one ("the ban would be illegal"), and a plain account of an act
("X said the army killed ten"), which is the reported act itself.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Span, Token

from .lexicon import load_lexicon
from .ontology import data_rows, load_ontology
from .political import TITLE_WORDS

DISAPPROVE, APPROVE, ACT, ALLEGE = "disapprove", "approve", "act", "allege"
# type, mode, CAMEO code of the event a judgement is
EVENTS = {DISAPPROVE: ("ACCUSE", "disapprove", "111"), APPROVE: ("SUPPORT", None, "051"),
          ALLEGE: ("ACCUSE", "allege", "112")}
# Predicates that make their subject answer for an act ("the United States was behind the coup
# attempt", "the militia is responsible for the attack", "foreign agents were involved in the
# riots"): the speaker alleges it (PLOVER ACCUSE allege, CAMEO 112 "accuse"), when what they are
# behind, responsible for or involved in is an act of material conflict (`_harm`), not a school or a
# proposal ("the party is behind the proposal" backs it).
RESPONSIBILITY = {"behind": None, "responsible": "for", "involved": "in"}
# Nouns that make their subject the doer of an act ("the rebels are the suspected perpetrators").
CULPRITS = frozenset({"perpetrator", "culprit", "mastermind", "orchestrator"})
COPULAS = frozenset({"be", "seem", "remain", "appear", "become", "prove", "look", "sound"})
STATING = frozenset({"constitute", "represent", "mark"})  # "constitutes a blow to ...", "marked a sad day"
DOING = frozenset({"make", "take"})  # "made the right decision", "took a historic step": the subject did it
OPINION = frozenset({"think", "believe", "feel", "understand", "find"})  # "I think it was a mistake"
PREDICATES = frozenset({"acomp", "attr", "oprd", "dobj"})
MANNERS = frozenset({"way", "manner", "fashion"})  # "in a grossly unlawful way"
NAMING = frozenset({"call", "brand", "label", "describe", "dub", "term", "deem", "consider", "characterise",
                    "characterize"})
# What may be judged besides an actor and an act: a pronoun pointing back at what was done ("it is
# unacceptable", "this is a betrayal").
POINTING = frozenset({"it", "this", "that", "these", "those", "which", "what"})
# Endings of English nouns of action made from verbs ("deportation", "decision", "treatment", "handling").
ACTION_SUFFIXES = ("tion", "sion", "ment", "ing")
SELF = frozenset({"i", "we", "me", "us", "myself", "ourselves"})  # a speaker judging itself defends itself
# Nouns of an act done to someone, whose "of" phrase names whom it was done to ("the killing of three
# journalists"), not who did it, as it does for a decision ("the decision of the court").
HARMS = frozenset({"killing", "attack", "murder", "stabbing", "shooting", "bombing", "raid", "arrest", "detention",
                   "execution", "abduction", "kidnapping", "assault", "treatment", "cull", "act", "coup",
                   "violence", "unrest", "riot", "massacre", "explosion", "blast", "poisoning"})


# Words that name a person or party the way an epithet is said of it ("called him a liar", "called
# Trump a clown", "called the Argentine president a coward"): a name, a pronoun of a person or
# group, an office or a governing body.
PARTY_PRONOUNS = frozenset({"him", "her", "them", "he", "she", "they", "you", "himself", "herself"})
OFFICES = TITLE_WORDS | frozenset({"leader", "counterpart", "official", "government", "administration", "regime",
                                   "opposition", "party", "candidate", "nominee", "rival"})
# How strongly a word must be felt, on VADER's scale of -4 (most negative) to +4, to make an epithet
# a judgement: "a racist" (-3.0), "an embarrassment" (-1.9), "a hero" (+2.6), not "swift" (+0.8).
VALENCE_MIN = 1.5


@dataclass(frozen=True)
class JudgementLexicon:
    words: dict[str, str]  # lemma or "modifier head" -> disapprove | approve
    adjectives: frozenset[str]  # words that judge only as adjectives ("the right decision", not "a right")
    acts: frozenset[str]   # nouns of acts, judged by their modifiers ("a courageous decision")


@lru_cache(maxsize=1)
def load_judgements() -> JudgementLexicon:
    words: dict[str, str] = {}
    acts: set[str] = set()
    adjectives: set[str] = set()
    for _, row in data_rows("judgements.tsv"):
        phrase, judgement = row[0].lower(), row[1]
        if judgement == ACT:
            acts.add(phrase)
        else:
            words[phrase] = judgement
        if row[2:] == ["adjective"]:
            adjectives.add(phrase)
    return JudgementLexicon(words, frozenset(adjectives), frozenset(acts))


@lru_cache(maxsize=1)
def load_valence() -> dict[str, float]:
    """The VADER sentiment lexicon (package vadersentiment, MIT licence, C.J. Hutto; Hutto and Gilbert,
    ICWSM 2014): about 7,500 English words, each with the mean valence ten raters gave it, from -4
    to +4. It judges the epithet said of a person or party in a naming frame (`naming_judgement`),
    where what the words say of whom is settled by the frame and only their direction is asked."""
    table = (files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    return {word: float(mean) for word, mean, *_ in (line.split("\t") for line in table.splitlines() if line)}


def epithet_polarity(word: Token) -> str | None:
    """disapprove / approve if an epithet, or the modifier or "of" phrase that makes it one, judges in
    the judgement lexicon ("a decent man") or is strongly felt in the valence lexicon ("the worst
    president", "a national embarrassment", "a model of honesty", "a hero"; not "a swift response")."""
    if word.pos_ not in ("ADJ", "NOUN", "PROPN") or _negated(word):
        return None
    words = (word, *(c for c in word.children if c.dep_ in ("amod", "compound") and c.i < word.i),
             *(o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"  # "a model of honesty"
               for o in p.children if o.dep_ == "pobj"))
    if (judged := next((found for t in words if (found := polarity(t)) is not None), None)) is not None:
        return judged
    valence = load_valence()
    felt = [v for t in words for v in (valence.get(t.lower_), valence.get(t.lemma_.lower())) if v is not None]
    strongest = max(felt, key=abs, default=0.0)
    return None if abs(strongest) < VALENCE_MIN else DISAPPROVE if strongest < 0 else APPROVE


def party(tok: Token) -> bool:
    """Does `tok` name a person or party by a name or a personal pronoun ("Trump", "him")?"""
    return tok.pos_ == "PROPN" or tok.lower_ in PARTY_PRONOUNS


def epithet_bearer(tok: Token) -> bool:
    """Can an epithet be said of `tok`: a party by name or pronoun, or by its office ("the Argentine
    president", "the government")?"""
    return party(tok) or (tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFICES)


@dataclass(frozen=True)
class Judgement:
    """A judgement word predicated of `judged` (None: the content names nothing it judges). `doer`:
    `judged` did the judged act ("he made the right decision") rather than being it."""

    polarity: str
    word: Token
    clause: Token  # the verb or word heading the judging clause, whose status decides
    judged: Token | None
    doer: bool = False


def polarity(word: Token, depth: int = 1) -> str | None:
    """disapprove / approve if `word` judges: a lexicon word ("unlawful", "a betrayal"), a lexicon pair
    with one of its modifiers ("a sad day"), or an act noun with a judging modifier ("a courageous
    decision", "an act of barbarity", "a step in the right direction")."""
    lex = load_judgements()
    lemma = word.lemma_.lower()
    if word.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or _negated(word):
        return None
    modifiers = [c for c in word.children if c.dep_ in ("amod", "compound")]
    for m in modifiers:
        if (found := lex.words.get(f"{m.lemma_.lower()} {lemma}")) is not None:
            return found
    if lemma in lex.words and word.pos_ != "VERB" and (word.pos_ == "ADJ" or lemma not in lex.adjectives):
        return lex.words[lemma]
    if lemma in lex.acts and depth:
        inner = modifiers + [o for p in word.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                             for o in p.children if o.dep_ == "pobj"]
        return next((found for m in inner if (found := polarity(m, depth - 1)) is not None), None)
    return None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    return [t for tok in toks for t in (tok, *tok.conjuncts)]


def _first(word_candidates: list[Token]) -> tuple[str, Token] | None:
    for w in word_candidates:
        if (found := polarity(w)) is not None:
            return found, w
    return None


def _subject(verb: Token) -> Token | None:
    """The subject, also a clause ("leaving them to die is a mistake")."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)


def clause_judgement(root: Token) -> Judgement | None:
    """The judgement a clause headed by `root` makes: a judging predicate of its subject ("the ruling is
    unfair", "marked a sad day", "made the right decision"), a judging manner of its subject's act
    ("acted recklessly", "in a grossly unlawful way"), or a judged act as its subject or object ("this
    impulsive decision by the president has undone ..."); through a verb of opinion ("I think it was a
    mistake")."""
    lemma = root.lemma_.lower()
    if _negated(root) or root.pos_ not in ("AUX", "VERB"):
        return None
    subject = _subject(root)
    if (alleged := _responsibility(root)) is not None and subject is not None:
        return Judgement(ALLEGE, alleged, root, subject, doer=True)
    if lemma in COPULAS:
        preds = _with_conjuncts([c for c in root.children if c.dep_ in ("acomp", "attr", "oprd")])
        judged, doer = subject, False
    elif lemma in STATING:
        preds, judged, doer = [c for c in root.children if c.dep_ == "dobj"], subject, False
    elif lemma == "amount":  # "amounts to a betrayal"
        preds = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                 if o.dep_ == "pobj"]
        judged, doer = subject, False
    elif lemma in DOING:
        preds, judged, doer = [c for c in root.children if c.dep_ == "dobj"], subject, True
    elif lemma in OPINION and subject is not None and subject.lower_ in SELF:
        return next((j for c in root.children if c.dep_ == "ccomp" and (j := clause_judgement(c)) is not None), None)
    elif (manner := _manner(root)) is not None and subject is not None and subject.dep_ == "nsubj":
        return Judgement(manner[0], manner[1], root, subject, doer=True)
    else:  # a judged act as the subject or object of the clause: the act is what is judged
        acts = [c for c in root.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in load_judgements().acts]
        found = _first(acts)
        return Judgement(found[0], found[1], root, found[1]) if found is not None else None
    found = _first(preds)
    if found is None and lemma in COPULAS and judged is not None and epithet_bearer(judged):
        # "Zelensky is a model of honesty", "he was a great leader": an epithet of a person or party
        found = next(((p, e) for e in preds if e.dep_ == "attr" and e.pos_ == "NOUN"
                      and (p := epithet_polarity(e)) is not None), None)
    if found is None:
        return None
    if judged is not None and judged.dep_ == "expl":  # "it is unacceptable that ...": what "that" says
        judged = next((c for c in root.children if c.dep_ == "ccomp"), judged)
        judged = _subject(judged) if judged.pos_ in ("VERB", "AUX") else judged
    return Judgement(found[0], found[1], root, judged, doer)


def _responsibility(root: Token) -> Token | None:
    """The word by which a clause makes its subject answer for an act: "was behind the attack", "is
    responsible for the killings", "were involved in the riots" (a copula's complement, or the
    passive "involved"), "are the perpetrators"."""
    if root.lemma_.lower() in COPULAS:
        culprits = [c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in CULPRITS and not _negated(c)]
        if culprits:
            return culprits[0]
        words = [c for c in root.children if c.dep_ in ("prep", "acomp") and c.lower_ in RESPONSIBILITY]
    elif root.lower_ == "involved" and any(c.dep_ == "auxpass" for c in root.children):
        words = [root]
    else:
        return None
    for word in words:
        prep = RESPONSIBILITY[word.lower_]
        acts = [word] if prep is None else [p for p in word.children if p.dep_ == "prep" and p.lower_ == prep]
        if any(o.dep_ == "pobj" and any(_harm(n) for n in (o, *(c for c in o.children if c.dep_ == "compound")))
               for a in acts for o in a.children):  # "the coup attempt"
            return word
    return None


@lru_cache(maxsize=1)
def _conflict_nouns() -> frozenset[str]:
    onto = load_ontology()
    return frozenset(lemma for lemma, entries in load_lexicon().nouns.items()
                     if any(onto.types[e.type].quad_class == 4 for e in entries))


def _harm(noun: Token) -> bool:
    """Is `noun` an act of material conflict, something one can be accused of being behind ("the
    attack", "the riots", "the coup"), not a proposal one stands behind?"""
    return noun.lemma_.lower() in HARMS or noun.lemma_.lower() in _conflict_nouns()


def _manner(verb: Token) -> tuple[str, Token] | None:
    """A judging manner of an act: an adverb from a judging adjective ("acted recklessly", "unlawfully
    detained") or "in a ... way" ("in a grossly unlawful way"); not of a passive ("was wrongly
    convicted": the judged act is someone else's)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    lex = load_judgements()
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_.endswith("ly") and not _negated(c):
            word = c.lower_[:-2] + ("e" if c.lower_.endswith(("ibly", "ably")) else "")
            if (judgement := lex.words.get(word)) is not None:
                return judgement, c
        if c.dep_ == "prep" and c.lower_ == "in":
            ways = [o for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in MANNERS]
            if (found := _first([m for w in ways for m in w.children if m.dep_ == "amod"])) is not None:
                return found
    return None


def naming_judgement(cue: Token) -> Judgement | None:
    """What a naming cue calls its object ("called the agreement null and void", "described the raid
    as an act of barbarity")."""
    if cue.lemma_.lower() not in NAMING:
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    obj = objects[0] if objects else None
    # a second object is what the first is called ('calling it "an aggression"')
    preds = objects[1:] + [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
    preds += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    # the small parser often reads 'called the deal "a betrayal"' as a clause whose subject is the object
    for p in list(preds):
        if p.pos_ in ("AUX", "VERB") and (inner := clause_judgement(p)) is not None:
            return inner
        if obj is None and (subj := _subject(p)) is not None:
            obj = subj
    if obj is None and len(preds) > 1 and party(preds[0]):  # 'called Trump a "climate arsonist"' read as two complements
        obj, preds = preds[0], preds[1:]
    if obj is None:  # 'called Trump a "clown"' read as one phrase whose head is the epithet
        obj = next((c for p in preds if p.pos_ == "NOUN" for c in p.children if c.dep_ == "compound" and party(c)), None)
    if obj is None:
        return None
    preds += [c for c in obj.children if c.dep_ in ("appos", "oprd", "amod")
              and c.i > obj.i]  # "called the deal a betrayal" read as apposition
    # "a clown, a racist, and the worst president": each epithet of a list
    epithets = [e for p in _with_conjuncts(preds) for e in (p, *_with_conjuncts([a for a in p.children if a.dep_ == "appos"]))]
    found = _first(epithets)
    if found is None and epithet_bearer(obj):  # an epithet of a person or party judges it by how it is felt
        found = next(((judged, e) for e in epithets if (judged := epithet_polarity(e)) is not None), None)
    if found is None:
        return None
    return Judgement(found[0], found[1], cue, obj)


def content_roots(span: Span) -> list[Token]:
    """The heads of the clauses an attribution's content is made of (one per sentence of a long quotation)."""
    inside = range(span.start, span.end)
    return [t for t in span if t.head.i not in inside or t.head.i == t.i]


def judgements_in(content: Span, cue: Token | None) -> list[Judgement]:
    """The judgements an attribution's content makes: of its main clauses, or of a naming cue's object."""
    if cue is not None and cue.lemma_.lower() in OPINION and cue.tag_ == "VBG":
        return []  # "refused talks, believing the government illegitimate": a motive, not a statement
    if cue is not None and (named := naming_judgement(cue)) is not None:
        return [named]
    out = []
    for root in content_roots(content):
        # a quoted fragment ('marked a "sad day for the state"'): the clause it completes judges
        clause = root.head if root.pos_ in ("NOUN", "ADJ", "PROPN") and root.dep_ in PREDICATES else root
        for head in (clause, *[c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("AUX", "VERB")]):
            if (j := clause_judgement(head)) is not None:
                out.append(j)
                break
    return out


def judgeable(judged: Token, names_actor: bool, event_nouns: Collection[str] = ()) -> bool:
    """Can `judged` be something someone did or someone: a phrase naming a known actor, a pronoun pointing back, an
    act noun (of the judgement lexicon or `event_nouns`, the event lexicon's: "the seizure"; or a
    noun of action by its ending: "the termination", "the handling"), a person or group? Not the
    weather, a virus, a match."""
    return (names_actor or judged.lower_ in POINTING or judged.pos_ in ("PROPN", "PRON", "VERB", "AUX")
            or act_noun(judged, event_nouns)
            or any(c.dep_ in ("poss", "agent") or (c.dep_ == "prep" and c.lower_ == "by") for c in judged.children))


PLACES = frozenset({"GPE", "LOC", "FAC"})


def act_noun(noun: Token, event_nouns: Collection[str] = ()) -> bool:
    """Does `noun` name an act: an act noun of the judgement lexicon, a harm, a noun of the event
    lexicon (`event_nouns`: "the seizure"), or a noun of action by its ending ("the termination")?"""
    lemma = noun.lemma_.lower()
    return lemma in load_judgements().acts or lemma in HARMS or lemma in event_nouns or (
        noun.pos_ == "NOUN" and lemma.endswith(ACTION_SUFFIXES))


# Participles naming who made a claim, proposal or measure ("an appeal lodged by", "a resolution
# presented by", "sanctions imposed by"); not who attends, hosts or oversees something.
AUTHORING = frozenset("""lodge file submit propose present issue make table draft sponsor raise level bring put
announce adopt pass sign order impose introduce launch initiate demand request offer extend send declare""".split())
RELATIVE = frozenset({"who", "which", "that"})  # a relative clause's subject: the noun it describes


def made_by(noun: Token) -> list[Token]:
    """The subject of an object relative clause that makes the noun ("the tariffs that Canada
    imposed", "the bill the senate passed"): who made it. Not a clause whose subject is the noun
    itself ("the sanctions, which hit exports") nor one that says what happens to it."""
    return [s for r in noun.children if r.dep_ == "relcl" and r.lemma_.lower() in AUTHORING and
            not any(o.dep_ == "dobj" and o.lower_ not in RELATIVE for o in r.children)
            for s in r.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE]


def owners(judged: Token, acted_on: Collection[str] = ()) -> list[Token]:
    """The phrases naming who is responsible for a judged thing: its possessor, its "by" agent (also
    of a participle: "the curfew imposed by the army", "the raid carried out by police"), its naming
    modifier, or the "of" phrase of a decision ("the decision of the court"), not of a harm ("the
    killing of three journalists"; `acted_on`: more nouns of acts done to someone, "the shelling of
    villages")."""
    harm = judged.lemma_.lower() in HARMS or judged.lemma_.lower() in acted_on
    out = []
    for c in judged.children:
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")):
            out.append(c)
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out += [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of") and (
                c.lower_ == "by" or not harm):  # "the proclamation of the Golan Heights": a place is what is acted on
            out += [o for o in c.children if o.dep_ == "pobj" and (c.lower_ == "by" or o.ent_type_ not in PLACES)]
        elif c.dep_ == "relcl":  # "the tariffs that Canada imposed"
            out += [s for s in made_by(judged) if s.head is c]
    if harm:  # "Nabil's murder": the victim, not the killer
        out = [o for o in out if o.dep_ != "poss"]
    return out
