"""Link a parsed article's actor mentions to actors coded for the article's date.

`link_actors(doc, published)` reads the gazetteer matches the `accord_gazetteer` component left
in `doc.spans["accord_gaz"]` and the statistical entities, then:
1. resolves gazetteer matches through the ambiguity rules (`rules.py`): countries, demonyms and
   organisations (method "gazetteer"), capitals and seats of power ("metonym"), office-holders'
   full names ("officeholder"), surnames ("officeholder", or "coref" after a full mention);
2. splits hyphenated compounds the tokenizer keeps whole ("U.S.-led", "U.K.-EU");
3. attaches sector words to countries ("Serbian army and special police" -> SRB, MIL + COP);
4. codes people with the role held on `published`, a title in the text overriding it
   (`titles.py`; unknown people with a title get a `person:<slug>` actor, method "title");
5. turns statistical PERSON/ORG/GPE/NORP entities the gazetteer missed into actors by fuzzy
   matching (method "fuzzy", thresholds in `fuzzy.py`) or into unresolved mentions (actor None,
   method "ner"), dropping ORG entities that contain a gazetteer actor or are title-case
   fragments of a headline-like line;
6. resolves pronouns, short names and definite descriptions within the article (`coref.py`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..clean import is_headline
from ..model import Actor, Mention
from ..nlp import text_of
from . import rules
from .aliases import Alias, AliasMatch, find_aliases
from .cands import Cand
from .coref import DESCRIPTIONS, resolve_references
from .fuzzy import fuzzy_name, fuzzy_person, same_person_name
from .gazetteer import (
    BLOCK,
    DEMONYM,
    GROUP,
    IGO,
    METONYM,
    ORGANISATION,
    PARTY,
    PERSON,
    PREFIX,
    STATE,
    SURNAME,
    WEAK_SURNAMES,
    Entry,
    load_gazetteer,
    roles_on,
    slugify,
)
from .places import lookup, region_country, region_named
from .ruler import SPANS_KEY
from .sectors import sector_at, sector_words
from .setting import leading_state, office_state, setting_state, story_state
from .titles import (
    TitleInfo,
    code_person,
    match_title_starting,
    title_after,
    title_before,
)

SPEECH_VERBS = frozenset({"say", "tell", "announce", "warn", "insist", "add", "argue", "claim", "vow",
                          "urge", "deny", "reject", "write", "tweet", "declare", "pledge", "promise"})
NAME_PARTICLES = frozenset({"arap", "bin", "bint", "al", "el", "de", "da", "van", "von", "der", "den", "la", "le", "du", "ibn", "abu"})

# Words between an office and its place ("Mayor of Kyiv", "Senator from Vermont").
OFFICE_PLACE = frozenset({"of", "for", "from"})

METHOD_OF = {STATE: "gazetteer", DEMONYM: "gazetteer", IGO: "gazetteer", METONYM: "metonym",
             PERSON: "officeholder", PREFIX: "gazetteer"}


@dataclass
class LinkedActors:
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def cand_from_span(span: Span, actor: str | None, kind: str, method: str, **kw: object) -> Cand:
    return Cand(span.start, span.end, span.start_char, span.end_char, span.text, actor, kind, method, **kw)  # type: ignore[arg-type]


class Linker:
    """The state of linking one article."""

    def __init__(self, doc: Doc, published: date | None) -> None:
        self.doc = doc
        self.published = published
        self.gaz = load_gazetteer()
        self.cands: list[Cand] = []
        self.covered: set[int] = set()  # tokens covered by any gazetteer match (kept or not)
        self.headlines = headline_ranges(doc)
        if len(doc) and not doc.has_annotation("SENT_START"):
            for token in doc:  # no parser or senter: the whole text is one sentence
                token.is_sent_start = token.i == 0
        self.sent_starts = [s.start for s in doc.sents]

    # ---- 1. gazetteer matches ---------------------------------------------------------
    def gazetteer(self) -> None:
        spans = list(self.doc.spans[SPANS_KEY]) if SPANS_KEY in self.doc.spans else []
        person_names = self.person_name_parts()
        surnames: list[tuple[Span, Entry]] = []
        for span in spans:
            entry = self.gaz.surfaces.get(span.label_)
            if entry is None:
                continue
            self.covered.update(range(span.start, span.end))
            if entry.kind == SURNAME:
                surnames.append((span, entry))
                continue
            cand = self.resolve(span, entry, person_names)
            if cand is not None:
                self.cands.append(cand)
        self.hyphenated()
        self.cands.sort(key=lambda c: c.cstart)
        for span, entry in surnames:
            cand = self.surname(span, entry)
            if cand is not None:
                self.cands.append(cand)

    def resolve(self, span: Span, entry: Entry, person_names: set[str]) -> Cand | None:
        if entry.kind == BLOCK:
            return None
        if entry.kind == PREFIX:
            nxt = self.doc[span.end] if span.end < len(self.doc) else None
            return cand_from_span(span, entry.actor, "state", "gazetteer") if nxt is not None and nxt.text == "-" else None
        if entry.kind == PERSON:
            return cand_from_span(span, entry.actor, "person", "officeholder", full=True)
        if entry.kind in (GROUP, PARTY, ORGANISATION):
            return self.organisation(span, entry)
        actor = entry.actor
        if entry.rule == "seat" and rules.seat_is_place(span):
            return None
        if span.text in rules.AMBIGUOUS_NAMES or entry.rule in ("capital", "diplomatic"):
            actor = self.disambiguate(span, entry, person_names)
            if actor is None:
                return None
        kind = "igo" if entry.kind == IGO else self.kind_of(actor)
        sectors = [entry.sector] if entry.sector else []
        return cand_from_span(span, actor, kind, METHOD_OF[entry.kind], sectors=sectors)

    def organisation(self, span: Span, entry: Entry) -> Cand | None:
        """An armed group, a party or another organisation. A party's or an organisation's name
        inside a larger name is not that body ("Democratic Alliance" in "the National Democratic
        Alliance", "The Guardian" in "The Guardian Council"); a name several parties share goes to
        the one whose country the article names, else the first listed."""
        actor = entry.actor
        if entry.kind in (PARTY, ORGANISATION) and not self.in_headline(span.start_char) \
                and rules.inside_ner_entity(self.with_article(span)):
            return None
        if entry.kind == PARTY:
            if actor is None:
                named = self.states_named()
                actor = next((p for p in entry.people if self.gaz.actors[p].country in named), entry.people[0])
        known = self.gaz.actors[actor or ""]
        if span[0].lower_ == "the" and len(span) > 1:
            span = span[1:]  # "The Washington Post": the name, as a statistical entity's mention is
        return cand_from_span(span, actor, known.kind, "gazetteer", sectors=[known.sector] if known.sector else [])

    def with_article(self, span: Span) -> Span:
        """The name with the words the statistical model counts into an entity around it but that
        make it no larger a name: "the" before it, "'s" after it ("the Liberal Party's")."""
        doc = self.doc
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
        end = span.end + 1 if span.end < len(doc) and doc[span.end].text in ("'s", "\u2019s") else span.end
        return doc[start:end]

    def states_named(self) -> set[str]:
        """The states the article names (by any gazetteer country mention, linked or not)."""
        spans = self.doc.spans.get(SPANS_KEY, [])
        return {e.actor for s in spans if (e := self.gaz.surfaces.get(s.label_)) is not None
                and e.kind in (STATE, DEMONYM) and e.actor}

    def kind_of(self, actor: str | None) -> str:
        known = self.gaz.actors.get(actor or "")
        return known.kind if known else "state"

    def disambiguate(self, span: Span, entry: Entry, person_names: set[str]) -> str | None:
        headline = self.in_headline(span.start_char)
        if not headline and rules.inside_ner_entity(span):
            return None
        name = span.text.title()
        if name in rules.PERSON_LIKE and rules.person_like(span, person_names):
            return None
        if name == "Georgia" and rules.georgia_is_us_state(self.doc):
            return None
        if name == "Congo":
            return rules.congo_code(self.doc)
        if entry.rule == "capital" and rules.is_locative(span):
            return None
        if entry.rule == "diplomatic" and not rules.diplomatic_context(span, self.coordinated(span)):
            return None
        return entry.actor

    def coordinated(self, span: Span) -> bool:
        """"Paris and Berlin", "Berlin and Paris": next to another government actor."""
        doc, spans = self.doc, self.doc.spans.get(SPANS_KEY, [])
        ends = {s.end: s for s in spans}
        starts = {s.start: s for s in spans}
        if span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", ",") and span.end + 1 in starts:
            return True
        return span.start >= 2 and doc[span.start - 1].lower_ in ("and", ",") and span.start - 1 in ends

    def person_name_parts(self) -> set[str]:
        """Words of multi-word PERSON entities ("Michael Jordan" -> Michael, Jordan), rule 3."""
        parts: set[str] = set()
        for ent in self.doc.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                parts.update(t.text for t in ent)
        return parts

    def hyphenated(self) -> None:
        """Parts of tokens the tokenizer keeps whole: "U.S.-led", "U.K.-EU"."""
        for token in self.doc:
            if "-" not in token.text or token.i in self.covered or len(token.text) < 4:
                continue
            offset = 0
            for part in token.text.split("-"):
                entry = self.gaz.surfaces.get(part)
                if entry is not None and entry.actor and entry.kind in (STATE, DEMONYM, IGO, PREFIX):
                    start = token.idx + offset
                    kind = "igo" if entry.kind == IGO else "state"
                    self.cands.append(Cand(token.i, token.i + 1, start, start + len(part), part,
                                           entry.actor, kind, "gazetteer"))
                offset += len(part) + 1

    def surname(self, span: Span, entry: Entry) -> Cand | None:
        """A bare surname links to a gazetteer person only on evidence in the article: the full
        name before it (coref), or a title before it that matches an office the person holds on
        the article's date ("President Macron"; "former President Obama" for an office held
        before). Without such evidence it is left to the NER and coreference: a namesake named
        in full earlier ("Maria Lopez ... Lopez") takes it, else it stays unresolved."""
        for cand in reversed(self.cands):
            if cand.full and cand.cstart < span.start_char and cand.actor in entry.people:
                return cand_from_span(span, cand.actor, "person", "coref")
        if self.longer_name(span) or self.inside_a_name(span):
            return None
        title = title_before(self.doc, span.start, self.country_ends())
        if title is not None and title.title:
            fitting = [p for p in entry.people if self.held(p, title)]
            if len(fitting) > 1:
                fitting = self.in_context(fitting) or fitting
            if fitting:
                return cand_from_span(span, self.latest(fitting), "person", "officeholder")
        if self.namesake_before(span, entry.people):
            return cand_from_span(span, None, "person", "ner")  # coreference gives it the namesake
        if title is not None and title.title:
            return None  # "Judge Miller", "President Lopez": an office no one of that surname holds
        sitting = self.sitting_office_holder(span, entry)
        return cand_from_span(span, sitting, "person", "officeholder") if sitting else None

    def sitting_office_holder(self, span: Span, entry: Entry) -> str | None:
        """The evidence a bare surname gives alone, for the one person of that surname (of
        several in office, the one whose country the article names; "Harris" in an article about
        Dublin is Simon Harris): in office on the article's date ("Putin said"), or, for a person
        out of office on that date, used as a name (the NER's PERSON or the subject of a speech
        verb) and not introduced by a description ("the prisoner's father, Abe,"). Never a given name ("Hasina", "Theresa"), never the end of another person's name
        ("Hunter Biden"); a surname that is also a common word ("May", "Rose") only for a person in
        office, with the NER's PERSON or a speech verb after it ("May said")."""
        if span.text in self.gaz.given and span.text not in WEAK_SURNAMES or self.after_article(span):
            return None
        sitting = [p for p in entry.people if roles_on(p, self.published)]
        people = sitting or list(entry.people)
        if len(people) > 1:
            people = self.in_context(people)
        if len(people) != 1:
            return None
        ent = self.ner_entity(span)
        if ent is not None and ent.label_ == "PERSON" and len(ent) > len(span) \
                and not same_person_name(ent.text, self.gaz.actors[people[0]].name):
            return None
        named = ent is not None and ent.label_ == "PERSON" or self.speaks(span)
        if span.text in WEAK_SURNAMES:  # only a sitting office-holder, and only as a name
            return people[0] if sitting and named and not (ent is not None and ent.label_ in ("GPE", "LOC")) else None
        if sitting:
            return people[0]
        return people[0] if named and not self.introduced(span) else None

    def after_article(self, span: Span) -> bool:
        """"went to the Moon", "a trip to the Rice fields": a bare surname with "the" before it and no
        noun after it to modify ("the Trump administration") is a thing or a place, never a person."""
        i = span.start
        return i > 0 and self.doc[i - 1].lower_ == "the" and span.root.dep_ != "compound"

    def introduced(self, span: Span) -> bool:
        """"The prisoner's father, Abe, said": a name in apposition to a common noun introduces
        someone the article describes, not a known office-holder."""
        i = span.start
        return i >= 2 and self.doc[i - 1].text == "," and self.doc[i - 2].pos_ == "NOUN" and self.doc[i - 2].is_lower

    def namesake_before(self, span: Span, people: tuple[str, ...]) -> bool:
        """Another person named in full earlier with this surname, none of `people` ("Maria Lopez
        ... Lopez"): also as the first of two family names ("Wanda Vázquez Garced ... Vázquez", even
        when the entity recogniser took the name for an organisation) and a listed person whose
        bare name is not indexed ("Carrie Lam ... Lam", family name first)."""
        for ent in self.doc.ents:
            if ent.start >= span.start:
                return False
            same = [token for token in ent[1:] if token.text == span.text]
            if ent.end <= span.start and same and (ent.label_ == "PERSON" or any(map(self.continues_a_name, same))):
                listed = self.gaz.surfaces.get(ent.text, None)
                if listed is None or listed.kind == PERSON and listed.actor not in people:
                    return True
        return False

    def held(self, person: str, title: TitleInfo) -> bool:
        """Whether `person` holds `title` on the article's date (or held it before, for
        "former"), in the title's country when the text names one."""
        terms = self.gaz.terms.get(person, [])
        if title.past:
            day = self.published or date.max
            terms = [t for t in terms if t.start is not None and t.start < day]
        else:
            terms = roles_on(person, self.published)
        return any(t.title.replace("Acting ", "") == title.title and (title.country is None or t.country == title.country)
                   for t in terms)

    def longer_name(self, span: Span) -> bool:
        """"Howard Lutnick", "Wang Wenbin", "Dar es Salaam": the surname is followed by more of a
        name (a capitalised proper noun, or a lower-case particle and one), so it is not alone."""
        doc = self.doc
        if span.end >= len(doc) or self.in_headline(span.start_char):
            return False
        nxt = doc[span.end]
        if nxt.lower_ in NAME_PARTICLES | {"es", "y", "bin"} and span.end + 1 < len(doc) \
                and doc[span.end + 1].is_title and nxt.text.islower():
            return True
        return (nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("", "PERSON")
                and nxt.i not in self.covered and not nxt.is_sent_start)

    def inside_a_name(self, span: Span) -> bool:
        """"Wanda Vázquez Garced" taken by the entity recogniser as one entity of any label: the
        surname continues a name a proper noun began before it, so it is not alone."""
        return span[0].ent_iob_ == "I" and self.continues_a_name(span[0])

    def continues_a_name(self, token: Token) -> bool:
        """A word of an entity right after a proper noun that is neither a title nor a listed name."""
        if token.i == 0:
            return False
        before = self.doc[token.i - 1]
        return before.is_title and before.pos_ == "PROPN" and before.i not in self.covered \
            and before.lower_ not in self.gaz.titles

    def in_context(self, people: list[str]) -> list[str]:
        """The people whose country (of any term held) the article names: states, IGOs and the
        countries of other people linked so far."""
        named: set[str] = set()
        for cand in self.cands:
            if not cand.actor:
                continue
            known = self.gaz.actors.get(cand.actor)
            if cand.kind in ("state", "igo"):
                named.add(cand.actor)
                if known is not None and known.country:
                    named.add(known.country)
            elif cand.kind == "person" and known is not None and known.country:
                named.update(t.country for t in self.gaz.terms.get(cand.actor, []))
        return [p for p in people if {t.country for t in self.gaz.terms.get(p, [])} & named]

    def speaks(self, span: Span) -> bool:
        """"Sybiha said ...", "Lammy, who visited Kyiv, said ...": a surname used as the subject
        of a speech verb."""
        nxt = self.doc[span.end] if span.end < len(self.doc) else None
        root = span.root
        return nxt is not None and nxt.lemma_ in SPEECH_VERBS or root.dep_ == "nsubj" and root.head.lemma_ in SPEECH_VERBS

    def latest(self, people: list[str]) -> str:
        """Of several people with one surname, the one whose last term started most recently
        before the article date."""
        def last_start(p: str) -> date:
            terms = [t for t in self.gaz.terms.get(p, []) if self.published is None or (t.start or date.min) <= self.published]
            return max((t.start or date.min for t in terms), default=date.min)
        return max(people, key=last_start)

    def ner_label(self, span: Span) -> str:
        return span[0].ent_type_

    def ner_entity(self, span: Span) -> Span | None:
        for ent in self.doc.ents:
            if ent.start <= span.start and span.end <= ent.end:
                return ent
            if ent.start > span.start:
                break
        return None

    # ---- 3. sectors -------------------------------------------------------------------
    def sectors(self) -> None:
        for cand in self.cands:
            if cand.kind == "state" and cand.method in ("gazetteer", "metonym"):
                for code in sector_words(self.doc, cand.start, cand.end, self.gaz.sectors):
                    if code not in cand.sectors:
                        cand.sectors.append(code)
        states = [c for c in self.cands if c.kind == "state" and c.method in ("gazetteer", "metonym")]
        for cand in states:
            named = None if cand.sectors else self.institution_named(cand)
            if named is not None:
                cand.sectors.append(named)
        for first, second in zip(reversed(states[:-1]), reversed(states[1:])):
            # "Belgian and Luxembourgish ministers": the first shares the second's sector words
            between = self.doc[first.end:second.start]
            if not first.sectors and len(between) == 1 and between[0].lower_ in ("and", ",", "or"):
                first.sectors = list(second.sectors)

    def institution_named(self, cand: Cand) -> str | None:
        """The sector of the state body whose name a state's name or demonym begins ("the United
        States Department of Transportation", "the Iranian Expediency Discernment Council", "the
        US Geological Survey"): the name's head word is an institution word (`institutions.tsv`),
        and no word in it makes the body private or international ("Hungarian Development Bank")."""
        last = self.doc[cand.end - 1]
        head = last.head
        if last.dep_ not in ("compound", "amod", "nmod") or head.i < cand.end or not head.is_title:
            return None
        name = self.doc[cand.end:head.i + 1]
        if not all(t.is_title or t.lower_ in ("of", "and", "for") for t in name):
            return None
        words = self.gaz.institutions
        sector = words.get(head.lower_)
        if sector in (None, "-") or any(words.get(t.lower_) == "-" for t in name):
            return None
        return next((words[t.lower_] for t in name if words.get(t.lower_) not in (None, "GOV")), sector)

    def bodies(self) -> None:
        """A state body named by its sector noun alone ("police said", "the government denied")
        is the body of the state the context names: a state in a phrase on the noun ("police in
        Germany"), else the last state named before it in this or the previous sentence, else the
        one state the article named before it (a state named after it is too often the other
        party: "prosecutors ... charged Iranian officials").
        Titles ("the president")
        are people (coref), and a noun with another determiner ("a soldier", "his government")
        or already tied to a state ("Serbian army", "the government of Canada") is left alone."""
        # An entity the statistical model found but nothing resolved, made only of the body's own
        # words ("the senate", "Congress", "the National Assembly"), is that body too.
        bare = {c.end: c for c in self.cands if c.actor is None and c.method == "ner" and c.kind != "person"}
        taken = {i for c in self.cands for i in range(c.start, c.end)}
        states = sorted((c for c in self.cands if c.kind == "state" and c.actor), key=lambda c: c.start)
        state_at = {i: c.actor for c in states for i in range(c.start, c.end)}
        actor_at = {i for c in self.cands if c.actor for i in range(c.start, c.end)}
        titles = self.gaz.titles
        sectors = {token.i: hit for token in self.doc if (hit := self.body_sector(token)) is not None}
        legislatures = self.legislatures_named(sectors)
        for token in self.doc:
            hit = sectors.get(token.i)
            chamber = self.bare_chamber(token, legislatures)
            if chamber:
                hit = (token.i, "LEG")
            if hit is None:
                continue
            named = bare.get(token.i + 1)
            if named is not None and hit[0] > named.start:
                named = None  # the entity holds more than the body's words
            if named is not None:
                self.cands.remove(named)
                taken.difference_update(range(named.start, named.end))
            lower = token.is_lower or token.is_sent_start and token.is_title  # "Police said ..."
            if token.i in taken or token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "amod") or \
                    not (lower or named is not None or chamber):
                continue
            start, code = hit
            words = self.doc[start:token.i + 1]
            if words.text.lower() in titles or token.lemma_ in titles or any(i in taken for i in range(start, token.i)):
                continue
            if self.international_named(token, code):
                continue  # "the court" after "the International Criminal Court": coreference's
            if any(c.dep_ in ("det", "poss") and c.lower_ != "the" for c in token.children):
                continue
            if any(c.i in taken for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")) or \
                    any(t.i in actor_at for c in token.children if c.lower_ == "of" for o in c.children
                        for t in (o, *(m for x in o.children if x.dep_ in ("compound", "amod", "nmod", "poss")
                                       for m in x.subtree))):
                # "Serbian army", "Houthi leaders", "the government of Canada", "of Hadi" or "leaders of
                # African Union member states": their actor's
                continue
            if any(c.dep_ == "nummod" for c in token.children):
                continue  # "100,000 troops", "two police officers": a number of people, not the body
            country = self.chamber_state(token.i, legislatures) if chamber else None
            country = country or self.context_country(
                token, states, state_at, alone=code not in BODY_SECTORS or named is not None or chamber,
                home=code in HOME_SECTORS)
            if country is not None:
                self.cands.append(Cand(start, token.i + 1, words.start_char, words.end_char, words.text, country,
                                       "state", "coref" if chamber else "description", [code]))
                taken.update(range(start, token.i + 1))

    def legislatures_named(self, sectors: dict[int, tuple[int, str]]) -> list[tuple[int, str | None, str | None]]:
        """(first token, state written before it, state in it) of each legislature the article names
        by its noun or its name ("Mexico's Chamber of Deputies", "the U.S. House of Representatives",
        "Congress"), in order; `sectors` holds the `body_sector` of each token that ends one."""
        found = []
        states = [c for c in self.cands if c.kind == "state" and c.actor]
        for i, (start, code) in sorted(sectors.items()):
            token = self.doc[i]
            if code != "LEG" or token.lower_ not in CHAMBER_NOUNS and not (start < token.i and token.is_title):
                continue  # "lawmakers", "senators": its members, not the legislature by a name
            # a state written before the phrase wins over one its name implies ("Canada's House of Commons")
            owner = [c.actor for c in states if c.end == start or c.end == start - 1 and self.doc[c.end].lower_ == "'s"]
            inside = [c.actor for c in states if start <= c.start <= token.i]
            found.append((start, owner[-1] if owner else None, inside[-1] if inside else None))
        return found

    def bare_chamber(self, token: Token, legislatures: list[tuple[int, str | None, str | None]]) -> bool:
        """Is `token` a chamber of a legislature named by its noun alone, capitalised as a name
        ("the House", "the Senate", "the Assembly", "Congress"), in an article that has named a
        legislature before it ("the House of Representatives ... the House impeached the president")?
        A legislature is the state's (docs/annotation.md); without a legislature named before, a
        capitalised "the House" is as likely a family, a building or a firm, and "the White House",
        "the Opera House" and "the House of Fraser" are other names."""
        if not token.is_title or token.is_sent_start and token.lower_ != "house" or \
                token.lower_ not in CHAMBER_NOUNS or not any(start < token.i for start, _, _ in legislatures):
            return False
        if token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "of":
            return False
        before = self.doc[token.i - 1] if token.i else None
        return token.lower_ in ("congress", "parliament") and (before is None or not before.is_title) or \
            before is not None and before.lower_ == "the"

    def chamber_state(self, i: int, legislatures: list[tuple[int, str | None, str | None]]) -> str | None:
        """The state of the legislature named last before token `i`, when the text gave it one: a
        state written before a legislature's name first ("the Canadian Parliament ... the House of
        Commons ... the House": Canada's, not the Commons of Britain the name alone implies)."""
        before = [(owner, inside) for start, owner, inside in legislatures if start < i]
        return next((owner for owner, _ in reversed(before) if owner), None) or \
            next((inside for _, inside in reversed(before) if inside), None)

    def body_sector(self, token: Token) -> tuple[int, str] | None:
        """(first token, sector) of the longest sector phrase ending at `token` naming a state body."""
        if token.lower_ not in self.gaz.sector_ends and token.lemma_.lower() not in self.gaz.sector_ends:
            return None  # most nouns: no phrase to look up
        for n in (3, 2, 1):
            start = token.i - n + 1
            if start < token.sent.start:
                continue
            hit = sector_at(self.doc, start, token.i + 1, self.gaz.sectors)
            if hit is not None and hit[1] == token.i + 1:
                crowd = hit[0] == "OPP" and token.lemma_.lower() in CROWD_NOUNS
                return (start, hit[0]) if hit[0] in BODY_SECTORS or crowd else None
        return None

    def context_country(self, token: Token, states: list[Cand], state_at: dict[int, str | None],
                        alone: bool = False, home: bool = False) -> str | None:
        """The state a body noun belongs to (see `bodies`). `alone`: only a state in a phrase on the
        noun, named before it in its sentence, or the one state the article has named up to this
        sentence ("protesters"; a body the statistical model took for a name: "the Court")."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "from"):
                for obj in child.children:
                    if obj.i in state_at:
                        return state_at[obj.i]
        sent = self.sentence_of(token.i)
        if self.multilateral(token.i, states):
            return None
        if home and not any(c.end <= token.i and self.sentence_of(c.start) == sent and not self.nationality(c)
                            for c in states) and (where := setting_state(self.doc)) is not None:
            return where  # police and courts act where the story happens, whoever was named before
        if alone:
            here = [c for c in states if c.end <= token.i and self.sentence_of(c.start) == sent]
            if here:
                return here[-1].actor
            named = {c.actor for c in states if self.sentence_of(c.start) <= sent}
            return named.pop() if len(named) == 1 else self.home_state()
        before = [c for c in states if c.end <= token.i]
        near = [c for c in before if self.sentence_of(c.start) >= sent - 1]
        if near:
            return near[-1].actor
        earlier = {c.actor for c in before}
        return earlier.pop() if len(earlier) == 1 else self.home_state()  # an article about one state so far

    def home_state(self) -> str | None:
        """The state a body with no state of its own belongs to (`setting.story_state`), by the
        article's names and office-holders."""
        return story_state(self.state_counts(), self.doc)

    def nationals(self) -> None:
        """People the text names with no nationality, in an article about one state by both its
        names and its places, are of that state, as the guidelines code private people located in
        a country ("worshippers in Kunduz": AFG). Names alone are not enough: a story about US
        politics and Ukraine names the US most, but its private people are of either."""
        home = self.most_named_state()
        if home is None or home != setting_state(self.doc):
            return
        for cand in self.cands:
            if cand.kind == "person" and cand.actor and cand.actor not in self.gaz.actors and cand.country is None:
                cand.country = home

    def institutions(self) -> None:
        """A capitalised name the gazetteer does not hold that names a state body (`state_body`:
        "the National Search and Rescue Agency", "Kamloops Police", "the Ministry of Foreign
        Affairs") is a body of the state a place in its name is in, else, for police and courts,
        of the state the article is set in, else of the state the article is about (`home_state`)."""
        for cand in self.cands:
            if cand.actor is not None or cand.method != "ner" or cand.kind not in ("organisation", "state") or \
                    self.in_headline(cand.cstart):
                continue
            body = state_body(self.doc[cand.start:cand.end])
            if body is None:
                continue
            sector, placed = body
            country = placed or (setting_state(self.doc) if sector in HOME_SECTORS else None) or \
                self.only_state(cand.start) or self.home_state()
            if country is not None:
                cand.actor, cand.kind, cand.method, cand.sectors = country, "state", "description", [sector]

    def nationality(self, cand: Cand) -> bool:
        """A demonym describing a person or a thing ("a Polish chef", "Iranian missiles"), not a
        state body ("Polish police")."""
        word = self.doc[cand.end - 1]
        return word.dep_ == "amod" and not cand.sectors and \
            self.gaz.sectors.get(word.head.lemma_.lower()) not in BODY_SECTORS

    def international_named(self, token: Token, code: str) -> bool:
        """"the court", "the agency" after an international organisation of that kind was named
        ("the International Criminal Court ... the court's jurisdiction"): the organisation, which
        coreference resolves, not a body of a state; so are judges and prosecutors right after
        an international court was named ("The judges in The Hague found ...")."""
        kinds = DESCRIPTIONS.get(token.lower_)
        if kinds is not None and any(c.actor in kinds[1] and c.end <= token.i for c in self.cands):
            return True
        sent = self.sentence_of(token.i)
        return code == "JUD" and any(c.actor in DESCRIPTIONS["court"][1] and c.end <= token.i and
                                     self.sentence_of(c.start) >= sent - 2 for c in self.cands)

    def multilateral(self, i: int, states: list[Cand]) -> bool:
        """An international organisation named before token `i` in its sentence, after any state:
        the body noun is its members' ("the NATO summit is expected to see leaders agree ...",
        "at the EU meeting, ministers backed ..."), not the state named earlier."""
        sent = self.sentence_of(i)
        igos = [c.start for c in self.cands if c.kind == "igo" and c.end <= i and self.sentence_of(c.start) == sent]
        return bool(igos) and not any(max(igos) < c.start < i for c in states)

    # ---- 4. people --------------------------------------------------------------------
    def country_ends(self) -> dict[int, tuple[int, str]]:
        return {c.end: (c.start, c.actor) for c in self.cands if c.actor and c.kind in ("state", "igo")}

    def country_starts(self) -> dict[int, tuple[int, str]]:
        return {c.start: (c.end, c.actor) for c in self.cands if c.actor and c.kind in ("state", "igo")}

    def title_of(self, start: int, end: int) -> TitleInfo | None:
        before = title_before(self.doc, start, self.country_ends()) or self.listed_title(start, end)
        after = title_after(self.doc, end, self.country_starts())
        if before is None:
            return after if after is not None and after.title else None
        if after is not None and before.country is None:
            before.country = after.country
        return before

    def listed_title(self, start: int, end: int) -> TitleInfo | None:
        """A plural title before a list of names is the title of each ("Senators Ana Ruiz of
        Ohio, Tom Lee and Jo Park"): the title of the list's first name, when it is plural."""
        head = self.doc[end - 1]
        while head.dep_ in ("conj", "appos") and head.head.i < head.i:
            head = head.head
        if head.i >= start:
            return None
        first = head.i
        while first > 0 and self.doc[first - 1].dep_ == "compound" and self.doc[first - 1].head.i == head.i:
            title = title_before(self.doc, first, self.country_ends())
            if title is not None:
                return title if title.plural else None
            first -= 1
        return None

    def home_country(self, title: TitleInfo, ent: Span) -> str | None:
        """The state of an office the text names without one: a state or region right after the
        name ("Ana Ruiz of Ohio"); for an office of a state's courts, police or local government
        ("Judge Ana Ruiz", "Police director Ivo Kral"), the state the article is set in, else the
        state it names most; for a legislator or a former holder of such an office, the state the
        article names most, else the one it is set in (`setting.office_state`); for any other
        office, the one state the article has named so far."""
        if title.sector == "IGO":
            return None
        doc = self.doc
        if ent.end + 1 < ent.sent.end and doc[ent.end].lower_ == "of" and (
                region := region_country(doc[ent.end + 1])) is not None:
            return region
        if not title.home:
            return self.only_state(ent.start)
        # a legislature sits at home, wherever the story happens; a former office-holder acts in no
        # office, as a national of the state
        return office_state(doc, self.most_named_state(), at_home=not (title.sector == "LEG" or title.past))

    def most_named_state(self) -> str | None:
        """The state the article names most, by its names and by its office-holders, if one leads
        (`setting.leading_state`: any lead, as an office-holder's state needs)."""
        return leading_state(self.state_counts())

    def state_counts(self) -> dict[str, int]:
        """How often the article names each state, by its names and by its office-holders."""
        counts: dict[str, int] = {}
        for c in self.cands:
            if c.kind == "state" and c.actor and c.method in ("gazetteer", "metonym"):
                state: str | None = c.actor
            elif c.kind == "person" and c.actor in self.gaz.terms:
                state = c.country or self.gaz.actors[c.actor].country
            else:
                continue
            if state is not None and self.kind_of(state) == "state":
                counts[state] = counts.get(state, 0) + 1
        return counts

    def people(self) -> None:
        for cand in self.cands:
            if cand.kind != "person" or cand.actor not in self.gaz.terms:
                continue
            title = self.title_of(cand.start, cand.end)
            cand.role, cand.sector, cand.country = code_person(cand.actor, self.published, title)

    # ---- 5. statistical entities ------------------------------------------------------
    def statistical(self) -> None:
        kept = {i for c in self.cands for i in range(c.start, c.end)}
        for ent in self.doc.ents:
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            if all(i in self.covered for i in range(ent.start, ent.end)):
                continue
            if any(i in kept for i in range(ent.start, ent.end)):
                continue  # overlaps a linked gazetteer mention: the gazetteer wins
            cand = self.entity(ent)
            if cand is not None:
                self.cands.append(cand)

    def title_people(self) -> None:
        """Names right after a capitalised title that the statistical NER missed
        ("Kenyan President Daniel arap Moi", "Senators Ana Ruiz, ...")."""
        taken = {i for c in self.cands for i in range(c.start, c.end)}
        doc, heads = self.doc, title_heads()
        for token in doc:
            if not token.is_title or token.i in taken or token.lower_ not in heads and token.lower_[:-1] not in heads:
                continue
            found = match_title_starting(doc, token.i, token.sent.end) or \
                match_title_starting(doc, token.i, token.sent.end, plural=True)
            if found is None:
                continue
            end = found[0]
            name_end = end
            while name_end < token.sent.end and name_end not in taken and (
                    doc[name_end].is_title and doc[name_end].pos_ == "PROPN"
                    or doc[name_end].lower_ in NAME_PARTICLES and name_end > end):
                name_end += 1
            while name_end > end and doc[name_end - 1].lower_ in NAME_PARTICLES:
                name_end -= 1
            if name_end - end >= 2:
                cand = self.person_entity(doc[end:name_end])
                if cand is not None and cand.actor is not None:
                    self.cands.append(cand)
                    taken.update(range(cand.start, cand.end))

    def entity(self, ent: Span) -> Cand | None:
        text = ent.text
        if ent.label_ == "PERSON":
            return self.person_entity(ent)
        if ent.label_ == "ORG" and self.in_headline(ent.start_char) and title_case(ent):
            return None
        if ent.label_ == "GPE" and rules.is_locative(ent):
            return None
        if self.named_after_office_place(ent):
            return self.person_entity(ent)
        found = fuzzy_name(text)
        if found:
            kind = self.kind_of(found)
            return cand_from_span(ent, found, kind, "fuzzy")
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]
        kind = {"ORG": "organisation", "NORP": "group"}.get(ent.label_, "state")
        return cand_from_span(ent, None, kind, "ner")

    def person_entity(self, ent: Span) -> Cand | None:
        if ent[0].lower_ in ("he", "she", "they"):
            return None
        if ent[-1].text in ("'s", "\u2019s"):
            ent = ent[:-1]
        while len(ent) > 1 and stranded_object(ent[0]):
            ent = ent[1:]
        while len(ent) > 2 and len(ent[-1]) > 1 and ent[-1].text.isupper():
            ent = ent[:-1]  # letters after a name ("Kama Melly QC", "Jo Hart MP") are no part of it
        while len(ent) > 2 and ent[0].lower_ in self.gaz.sectors and is_full_name(ent[1:]):
            ent = ent[1:]  # "Lawyer Alan Dershowitz", "Bishop Desmond Tutu": the description is no part of the name
        while len(ent) > 2 and self.described_at_sentence_start(ent):
            ent = ent[1:]  # "Virologist Anna Berg said": a trade capitalised only as the sentence's first word
        while len(ent) > 2 and (lead := match_title_starting(self.doc, ent.start, ent.end - 2)
                                or match_title_starting(self.doc, ent.start, ent.end - 2, plural=True)) \
                and is_full_name(self.doc[lead[0]:ent.end]):
            ent = self.doc[lead[0]:ent.end]  # "Representatives Ana Ruiz": the title is no part of the name
        if self.named_after_office_place(ent):
            ent = ent[1:]  # "Mayor of Kyiv Vitali Klitschko": the place of the office is no part of the name
        found = fuzzy_person(ent.text)
        if found:
            return cand_from_span(ent, found, "person", "fuzzy", full=len(ent) > 1)
        if names_a_thing([t.text for t in ent]) or self.introduced_as_a_body(ent):
            return cand_from_span(ent, None, "organisation", "ner")
        title = self.title_of(ent.start, ent.end)
        if title is not None and title.title and not title.past and len(ent) > 1:
            pid = "person:" + slugify(ent.text)
            country = title.country or self.home_country(title, ent)
            sector = title.sector if title.sector != "IGO" else ("IGO" if country in self.gaz.actors and self.gaz.actors[country].kind == "igo" else "GOV")
            return cand_from_span(ent, pid, "person", "title", role=title.title, sector=sector,
                                  country=country, full=True)
        if title is not None and title.title and title.past and len(ent) > 1 and is_full_name(ent):
            # "Ana Ruiz, former president of Chile": no office now, but a national of that state
            # and one of its political elite (ELI), as event coders code former office-holders
            return cand_from_span(ent, "person:" + slugify(ent.text), "person", "title", sector="ELI",
                                  country=title.country or self.home_country(title, ent), full=True)
        if is_full_name(ent):
            # a person the gazetteer does not hold: a stable id from the name, a private person
            # (CVL) unless a title says otherwise, of the country a demonym before the name gives
            nationality, described = self.described_before(ent.start)
            return cand_from_span(ent, "person:" + slugify(ent.text), "person", "name", sector=described or "CVL",
                                  country=nationality, full=True)
        return cand_from_span(ent, None, "person", "ner", full=len(ent) > 1)

    def introduced_as_a_body(self, ent: Span) -> bool:
        return introduced_as_a_body(self.doc, ent.text)

    def described_at_sentence_start(self, ent: Span) -> bool:
        """The first word of a sentence, shaped as a noun for a doer ('-ist', '-er', '-or', '-ian',
        '-ee'), before a name opened by a known given name ("Virologist Anna Berg", "Broadcaster
        Ana Ruiz"): a trade capitalised by its place, no part of the name, unless it is a given
        name itself ("Christopher Ana Ruiz" is not so split)."""
        first, given = ent[0], ent[1]
        return first.i == first.sent.start and first.lower_.endswith(AGENT_ENDINGS) and \
            first.text not in self.gaz.given and first.text not in self.gaz.genders and \
            len(given.text) > 2 and given.text in self.gaz.given and is_full_name(ent[1:])

    def named_after_office_place(self, ent: Span) -> bool:
        """A place closing an office's title and a full name after it, taken as one entity ("Mayor
        of Kyiv Vitali Klitschko", "Senator from Vermont Ana Ruiz", which the recogniser may call an
        organisation): the name is a person's, without the place."""
        if len(ent) < 3 or ent.start < 2 or ent.doc[ent.start - 1].lower_ not in OFFICE_PLACE or \
                ent.doc[ent.start - 2].lower_ not in self.gaz.sectors or not is_full_name(ent[1:]):
            return False
        return ent.label_ == "PERSON" or lookup(ent[0].text) is not None or region_named(ent[0].text) is not None

    def only_state(self, i: int) -> str | None:
        """The one state the article has named up to the sentence of token `i`, if only one: the
        country of an office its text names without one ("Solicitor General Jose Calida")."""
        sent = self.sentence_of(i)
        named = {c.actor for c in self.cands if c.kind == "state" and c.actor and c.method in ("gazetteer", "metonym")
                 and self.sentence_of(c.start) <= sent}
        return named.pop() if len(named) == 1 else None

    def described_before(self, start: int) -> tuple[str | None, str | None]:
        """(country, sector) of the words right before a name: "British-Iranian aid worker
        Nazanin Zaghari-Ratcliffe" -> GBR; "Saudi journalist Jamal Khashoggi" -> SAU, MED."""
        ends = self.country_ends()
        i, words = start, 0
        while i > 0 and words < MAX_DESCRIPTION and i not in ends:
            prev = self.doc[i - 1]
            if not (prev.is_lower and prev.pos_ in ("ADJ", "NOUN") or prev.text == "-"):
                return None, None
            i, words = i - 1, words + 1
        if i not in ends:
            return None, None
        first = i
        while ends[first][0] > 0 and self.doc[ends[first][0] - 1].text == "-" and ends[first][0] - 1 in ends:
            first = ends[first][0] - 1  # "British-Iranian": the first nationality named
        described = sector_at(self.doc, i, start, self.gaz.sectors) if i < start else None
        return ends[first][1], described[0] if described is not None and described[1] == start else None

    # ---- helpers ----------------------------------------------------------------------
    def in_headline(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.headlines)

    def sentence_of(self, token: int) -> int:
        return bisect.bisect_right(self.sent_starts, token) - 1

    def result(self) -> LinkedActors:
        self.cands.sort(key=lambda c: (c.cstart, -c.cend))
        self.cands.extend(resolve_references(self))
        self.cands.sort(key=lambda c: (c.cstart, -c.cend))
        actors: dict[str, Actor] = {}
        mentions: list[Mention] = []
        seen: set[tuple[int, int, str | None]] = set()
        for c in self.cands:
            key = (c.cstart, c.cend, c.actor)
            if key in seen:
                continue
            seen.add(key)
            sectors = tuple(c.sectors) or ((c.sector,) if c.kind == "person" and c.sector else ())
            mentions.append(Mention(c.actor, c.text, c.cstart, c.cend, self.sentence_of(c.start),
                                    c.method, sectors))
            if c.actor is not None:
                self.add_actor(actors, c)
        return LinkedActors(list(actors.values()), mentions)

    def add_actor(self, actors: dict[str, Actor], c: Cand) -> None:
        """One actor per id; a person takes the first role any of their mentions was coded with."""
        actor_id = c.actor or ""
        current = actors.get(actor_id)
        known = self.gaz.actors.get(actor_id)
        if current is None:
            if c.kind == "person":
                country = c.country or (known.country if known else None)
                actors[actor_id] = Actor(actor_id, known.name if known else c.text, "person", country,
                                         c.sector, c.role)
            elif known is not None:
                actors[actor_id] = Actor(known.id, known.name, known.kind, known.country, known.sector)
            else:
                actors[actor_id] = Actor(actor_id, c.text, "organisation", None)
        elif c.kind == "person" and current.role is None and c.role is not None:
            current.role, current.sector = c.role, c.sector
            current.country = c.country or current.country


MAX_NAME_TOKENS = 5
# Sectors of the state bodies a sector noun names alone ("police", "the government").
# Rebels and the opposition are no body of the state they fight: they are coded only when the text
# names their country ("Syrian rebels", through the demonym).
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Protesters are the people of the state they protest in (docs/annotation.md, "Sectors": OPP), when
# the text ties them to one: "protesters in Chile", or an article that has named only Chile.
CROWD_NOUNS = frozenset({"protester", "protestor", "demonstrator"})
# Bodies that act only at home, where the story happens: the police and the courts ("a Polish chef
# fought him off ... Police said", in a story set in London, is the British police).
HOME_SECTORS = frozenset({"COP", "JUD"})
# Nouns for a legislature or one of its chambers that news capitalises alone as the name of the one
# named before ("the House", "the Senate"): `Linker.bare_chamber`.
CHAMBER_NOUNS = frozenset({"house", "senate", "assembly", "chamber", "congress", "parliament", "legislature"})
MAX_DESCRIPTION = 4  # words between a demonym and a name: "British-Iranian aid worker ..."


# Adjectives set after the noun they qualify in names of French or Latin pattern ("Directorate
# General of Civil Aviation", "Procurator General"): the noun before them heads the name.
POSTPOSITIVE = frozenset({"general"})


def state_body(name: Span) -> tuple[str, str | None] | None:
    """(sector, country of a place in the name) when a capitalised name the gazetteer does not hold
    names a body of a state by its head word (`institutions.tsv`: "Agency", "Ministry (of Foreign
    Affairs)", "Directorate (General of ...)", "(Fire and) Rescue", "(Sheriff's) Office"); the sector
    of a more specific word before it wins ("Toronto Police Service" is the police). A word that
    makes it private or international ("World", "News", "University") makes it none."""
    words = load_gazetteer().institutions
    head = name.root
    if head.lower_ in POSTPOSITIVE:
        head = next((c for c in reversed(list(head.lefts)) if c.dep_ == "compound"), head)
    # "Vestland Fire and Rescue": the last of coordinated heads names the service
    head = next((c for c in reversed(list(head.rights)) if c.dep_ == "conj" and c.i < name.end), head)
    sector = words.get(head.lower_)
    if sector in (None, "-") or len(name) < 2 or any(words.get(t.lower_) == "-" for t in name):
        return None
    sector = next((words[t.lower_] for t in name if words.get(t.lower_) not in (None, "GOV")), sector)
    return sector, place_in_name(name.doc[name.start:head.i])


def place_in_name(words: Span) -> str | None:
    """The country of a city named at the start of an institution's name, by the city's own
    name ("Toronto Police Service", "Bradford Council"; "Thames Valley Police" is not in
    Anguilla's The Valley), or of a state or province in it ("Ontario Provincial Police")."""
    for end in range(len(words), 0, -1):
        where = lookup(words[:end].text)
        if where is not None and where.name.lower() == words[:end].text.lower():
            return where.country
    return next((region for t in words if (region := region_country(t)) is not None), None)


# Nouns for the kind of a body, printed before its name ('software company', 'law firm', 'rock
# band'): the name they introduce is no person's.
BODY_KIND_NOUNS = ("company", "companies", "firm", "corporation", "startup", "group", "organisation",
                   "organization", "band", "supergroup", "airline", "retailer", "publisher", "party", "charity",
                   "foundation", "manufacturer", "carmaker", "distribution", "label", "studio", "brand", "club")
# Endings of English nouns for a doer of a trade ('virologist', 'broadcaster', 'editor', 'historian',
# 'attendee').
AGENT_ENDINGS = ("ist", "er", "or", "ian", "ee")
THING_HEADS_PATH = Path(__file__).parent / "data" / "thing_heads.txt"


@lru_cache(maxsize=1)
def _thing_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(words that end a thing's name, words that open one as its kind) from `data/thing_heads.txt`."""
    lines = [line.strip() for line in THING_HEADS_PATH.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return (frozenset(w for w in lines if not w.startswith("first:")),
            frozenset(w[len("first:"):] for w in lines if w.startswith("first:")))


def stranded_object(token: Token) -> bool:
    """'On Instagram Drake accused ...': the object of a preposition that opens a clause with no
    comma after it, which the parser took for the first word of the subject's name, leaving the
    preposition with no object of its own: no part of the name."""
    if token.i == 0 or token.dep_ != "compound" or token.head.i <= token.i:
        return False
    preposition = token.doc[token.i - 1]
    return preposition.pos_ == "ADP" and preposition.dep_ == "prep" and \
        not any(c.dep_ in ("pobj", "pcomp") for c in preposition.children)


def introduced_as_a_body(doc: Doc, name: str) -> bool:
    """A name the article prints anywhere right after a noun for a body's kind ('software
    company Nova Lab', 'the law firm Baker Lane', 'the band Silver Fern'): a body's name
    wherever it recurs, however the tagger labels it."""
    for found in re.finditer(r"\b(?:" + "|".join(BODY_KIND_NOUNS) + r") (" + re.escape(name) + r")\b", text_of(doc)):
        span = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
        # 'the company Ana Ruiz founded': the subject of a clause on the noun, no name of the body
        if span is not None and not (span.root.dep_ == "nsubj" and span.root.head.dep_ in ("relcl", "acl")):
            return True
    return False


def names_a_thing(words: Sequence[str]) -> bool:
    """A capitalised name closed by the head word of a place, structure, product or field ('Karl
    Marx Avenue', 'Space Shuttle') or opened by a kind ('County Mayo', 'Typhoon Haiyan'): no
    person's name, though the tagger may call it one."""
    last, first = _thing_heads()
    lowered = [w.lower() for w in words if w.strip("'’.")]
    return len(lowered) > 1 and (lowered[-1].strip("'’") in last or lowered[0] in first)


def is_full_name(ent: Span) -> bool:
    """Two to five capitalised words, particles allowed ("Maria Lopez", "Daniel arap Moi"):
    a name; not one word (a given name or a surname alone) and not a statistical misfire with
    digits or lower-case words."""
    words = [t for t in ent if not t.is_punct]
    if not 2 <= len(words) <= MAX_NAME_TOKENS or not words[0].is_title or not words[-1].is_title:
        return False
    return all(t.is_title or t.lower_ in NAME_PARTICLES for t in words) and bool(slugify(ent.text))


def title_case(span: Span) -> bool:
    words = [t for t in span if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.text[0].isupper() for t in words)


def headline_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of headline-like lines: no final stop, mostly capitalised words."""
    out = []
    pos = 0
    for line in text_of(doc).split("\n"):
        if is_headline(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """First words of the title phrases ("president", "prime", "secretary" ...)."""
    return frozenset(phrase.split()[0].split("-")[0] for phrase in load_gazetteer().titles)


def link_actors(doc: Doc, published: date | None, aliases: Sequence[Alias] = ()) -> LinkedActors:
    """Every actor mention in `doc`, resolved to actors coded for the date `published`; the
    team's `aliases` (aliases.py) win over the rules."""
    linker = Linker(doc, published)
    linker.gazetteer()
    linker.sectors()
    linker.statistical()
    linker.title_people()
    adopt_aliases(linker, find_aliases(doc, aliases))
    linker.people()
    linker.bodies()
    linker.institutions()
    linker.nationals()
    return linker.result()


def adopt_aliases(linker: Linker, found: list[AliasMatch]) -> None:
    """The team's aliases win over every rule above: each occurrence becomes a mention of its
    actor (method "alias"), and the candidates it overlaps are dropped."""
    if not found:
        return
    added = []
    for f in found:
        known, alias = linker.gaz.actors.get(f.alias.actor), f.alias
        added.append(Cand(f.start, f.end, f.cstart, f.cend, f.text, alias.actor, alias.kind, "alias",
                          sectors=[alias.sector] if alias.sector and alias.kind != "person" else [],
                          role=alias.role, sector=alias.sector,
                          country=alias.country or (known.country if known else None), full=alias.kind == "person"))
    linker.cands = [c for c in linker.cands if not any(a.cstart < c.cend and c.cstart < a.cend for a in added)] + added
    linker.covered.update(i for c in added for i in range(c.start, c.end))
