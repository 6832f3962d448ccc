"""Within-article references: pronouns, short names and definite descriptions.

Deliberately simple, rule-based and local:
- he/him/his, she/her/hers -> the most recent person mention (this sentence or the two
  before) of compatible gender; gender comes from `given_names.tsv`, else from an earlier
  pronoun resolved to that person, else any. A possessive in a fronted phrase points forward
  when a person follows in the same sentence ("During his tenure, Trump ..."). "it", "they"
  and "their" are skipped: too often non-referential or plural groups of mixed actors.
  The bracketed name opening a turn of an interview transcript ("((Ana Ruiz))  He wanted ...")
  is who says "I" there, never whom "he" or "she" in the turn is.
- its -> the most recent state/organisation mention in this or the previous sentence.
- A short name ("Vieira") after a full name of a person found by title or NER ("Mauro Vieira")
  takes that person (office-holders' surnames are handled by the linker).
- Definite descriptions (`DESCRIPTIONS`): "the bloc" -> the last bloc-like IGO named (EU by
  default), "the alliance" -> NATO, "the two countries" -> one mention per each of the last two
  states named, "the Canadian prime minister" / "the Commission president" -> the holder of
  that office on the article's date, "the president" -> the last person named with that role.
Each reference gets method "coref" (pronouns, short names) or "description".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..nlp import text_of
from ..quotation_marks import find_marked
from .cands import Cand, Linking
from .gazetteer import load_gazetteer
from .titles import TITLE_COUNTRY, code_person, holder_of, match_title_starting, title_before

MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
WINDOW = 2  # sentences back to look for a pronoun's antecedent

# head noun after "the" -> (default actor, actors it may refer to when named recently)
DESCRIPTIONS = {
    "bloc": ("EU", ("EU", "ASEAN", "AU", "GCC", "ECOWAS", "MERCOSUR", "BRICS", "OPEC", "ARL", "SADC", "EAC",
                    "ECCAS", "IGAD", "CARICOM", "PIF", "SCO", "CIS", "OIC", "APEC")),
    "alliance": ("NATO", ("NATO", "AUKUS", "QUAD", "CSTO")),
    "forum": (None, ("PIF", "APEC")),
    "union": ("EU", ("EU", "AU")),
    "commission": ("EU", ("EU",)),
    "organisation": (None, ("UN", "WHO", "WTO", "OPEC", "NATO", "OSCE", "OAS", "IAEA", "INTERPOL")),
    "organization": (None, ("UN", "WHO", "WTO", "OPEC", "NATO", "OSCE", "OAS", "IAEA", "INTERPOL")),
    "agency": (None, ("IAEA", "UNHCR", "WFP", "UNICEF", "UNRWA", "WHO")),
    "fund": (None, ("IMF",)),
    "lender": (None, ("IMF", "WB")),
    "watchdog": (None, ("IAEA",)),
    "court": (None, ("ICC", "ICJ")),
}
PAIRS = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "governments", "sides"})
HOW_MANY_STATES = {"two": 2, "three": 3, "four": 4}
# Where a noun stands in a clause: a word there that the tagger took for a verb or an adjective may be a name.
NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr"})
# Words of courtesy before a surname ("Dr Martens said").
COURTESIES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame"})


def resolve_references(linker: Linking) -> list[Cand]:
    out: list[Cand] = []
    out.extend(short_names(linker))
    out.extend(descriptions(linker))
    out.extend(pronouns(linker, out))
    return out


def gender_of(linker: Linking, cand: Cand, learned: dict[str, str]) -> str | None:
    genders = load_gazetteer().genders
    if cand.actor and cand.actor in learned:
        return learned[cand.actor]
    known = linker.gaz.actors.get(cand.actor or "")
    name = known.name if known else cand.text
    return genders.get(name.split()[0]) if name else None


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, marks included, as the quote stage pairs them."""
    return [(m.open_at, m.close_at + 1 if m.close_at is not None else m.end) for m in find_marked(text)]


# A turn of an interview transcript opens a line with its speaker's name in double brackets
# ("((Ana Ruiz))  I think ...", "((WN))  Why ...?"), as Wikinews prints interviews.
TURN = re.compile(r"^[ \t]*\(\(([^()\n]{1,60})\)\)", re.MULTILINE)


def turn_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of the names that open the turns of an interview transcript: labels of
    the transcript, not people named in what is said."""
    return [m.span(1) for m in TURN.finditer(text)]


def inside(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in ranges)


def pronouns(linker: Linking, extra: list[Cand]) -> list[Cand]:
    """A pronoun outside quotation marks never takes a person named only inside a quotation
    ("He said: 'Biden is wrong'" -> not Biden); the most recent compatible person outside."""
    doc = linker.doc
    quoted = quoted_ranges(text_of(doc))
    labels = turn_names(text_of(doc))
    people = sorted((c for c in linker.cands + extra if c.kind == "person" and c.actor), key=lambda c: c.start)
    others = sorted((c for c in linker.cands + extra if c.kind != "person" and c.actor), key=lambda c: c.start)
    learned: dict[str, str] = {}
    out: list[Cand] = []
    described = {c.start for c in extra if c.method == "description"}  # "its" of "its foreign minister"
    for token in doc:
        low = token.lower_
        if low not in MALE and low not in FEMALE and low != "its" or token.i in described:
            continue
        if low == "its":
            ante = last_before(others, token.i, linker.sentence_of(token.i) - 1, linker)
        else:
            want = "m" if low in MALE else "f"
            pool = [c for c in people if not inside(labels, c.cstart)]
            pool = pool if inside(quoted, token.idx) else [c for c in pool if not inside(quoted, c.cstart)]
            ante = forward(linker, pool, token, want, learned) or \
                last_person(linker, pool, token.i, want, learned)
            if ante is not None and ante.actor:
                learned.setdefault(ante.actor, want)
        if ante is None:
            continue
        out.append(Cand(token.i, token.i + 1, token.idx, token.idx + len(token), token.text, ante.actor,
                        ante.kind, "coref", list(ante.sectors), ante.role, ante.sector, ante.country))
    return out


def last_before(cands: list[Cand], i: int, min_sent: int, linker: Linking) -> Cand | None:
    for cand in reversed(cands):
        if cand.end <= i:
            return cand if linker.sentence_of(cand.start) >= min_sent else None
    return None


def last_person(linker: Linking, people: list[Cand], i: int, want: str, learned: dict[str, str]) -> Cand | None:
    floor = linker.sentence_of(i) - WINDOW
    for cand in reversed(people):
        if cand.end > i:
            continue
        if linker.sentence_of(cand.start) < floor:
            return None
        gender = gender_of(linker, cand, learned)
        if gender is None or gender == want:
            return cand
    return None


def forward(linker: Linking, people: list[Cand], token, want: str, learned: dict[str, str]) -> Cand | None:  # type: ignore[no-untyped-def]
    """Cataphora: "During his tenure, Trump ..." (pronoun before the first comma)."""
    sent = token.sent
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or token.i > comma or token.lower_ not in ("his", "her"):
        return None
    for cand in people:
        if comma < cand.start < sent.end and cand.start - comma <= 3:
            gender = gender_of(linker, cand, learned)
            return cand if gender in (None, want) else None
    return None


def short_names(linker: Linking) -> list[Cand]:
    """Unresolved one-word PERSON mentions that end an earlier resolved full name; also a
    hyphenated surname alone, which the linker took for a name of two words ("Helen
    Bright-Adams ... Bright-Adams said" is Helen Bright-Adams, not `person:bright-adams`)."""
    full = [c for c in linker.cands if c.kind == "person" and c.actor and c.full]
    for cand in linker.cands:
        if cand.kind == "person" and " " not in cand.text and \
                (cand.actor is None or cand.method == "name" and "-" in cand.text):
            title = title_before(linker.doc, cand.start, {})
            for ante in reversed(full):
                # the surname, or any word of the name after the title the person was named with
                # ("Prime Minister Tuilaepa" after "Prime Minister Tuilaepa Sailele Malielegaoi")
                if ante.start < cand.start and (ante.text.split()[-1] == cand.text or title is not None and
                                                title.title == ante.role and cand.text in ante.text.split()):
                    cand.actor, cand.method = ante.actor, "coref"
                    cand.role, cand.sector, cand.country = ante.role, ante.sector, ante.country
                    break
    return surnames_alone(linker, full)


def surnames_alone(linker: Linking, full: list[Cand]) -> list[Cand]:
    """A surname alone that ends the full name of exactly one person named before it, which the
    entity recogniser took for an organisation or a place ("Vlada Stamenković led the study.
    Stamenković told ...") or did not tag at all ("Adam Kokesh spoke. Kokesh ran ..."): that
    person, so that pronouns and speakers after it find them (method "surname"). A hyphenated
    surname is one word, as the name printed it ("Ana Ruiz-Tagle ... Ruiz-Tagle said"). Relinks
    the unresolved mention, or returns a new one for an untagged name."""
    doc = linker.doc
    taken = {i for c in linker.cands for i in range(c.start, c.end)}
    bare: dict[int, Cand] = {}
    for c in linker.cands:
        if c.actor is not None or c.method != "ner":
            continue
        first = c.start
        while first < c.end - 1 and doc[first].lower_.rstrip(".") in COURTESIES:
            first += 1  # "Stamenković", "Dr Stamenković"
        if hyphenated_end(doc, first) == c.end:
            bare[first] = c
    words = {t.text for t in doc if t.is_lower}
    out: list[Cand] = []
    for token in doc:
        if not _capitalised(token) or _joined_before(token):
            continue  # a name's word; not "Lazo" of "Gallego-Lazo", whose word starts at "Gallego"
        end = hyphenated_end(doc, token.i)
        if not _lone_name_word(token, words, doc[end - 1]) or \
                any(i in taken for i in range(token.i, end)) and token.i not in bare:
            continue
        text = doc[token.i:end].text
        named = {c.actor: c for c in full if c.end <= token.i and c.text.split()[-1] == text
                 and _reliable_name(linker, c, words)}
        if len(named) != 1:
            continue  # "Cornelius Vanderbilt ... Gloria Vanderbilt ... Vanderbilt": which of them is unknown
        ante = next(iter(named.values()))
        cand = bare.get(token.i) or Cand(token.i, end, token.idx, doc[end - 1].idx + len(doc[end - 1]), text,
                                         None, "person", "surname")
        cand.actor, cand.kind, cand.method = ante.actor, "person", "surname"
        cand.role, cand.sector, cand.country = ante.role, ante.sector, ante.country
        if token.i not in bare:
            out.append(cand)
    return out


def hyphenated_end(doc, i: int) -> int:  # type: ignore[no-untyped-def]
    """The end of the word that hyphens join to token `i` with no space ("Gallego-Lazo", which the
    tokeniser splits in three), or `i + 1`."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and _capitalised(doc[end + 1]):
        end += 2
    return end


def _joined_before(token: Token) -> bool:
    """A capitalised word a hyphen joins to the word before it with no space ("Lazo" of "Gallego-Lazo")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ and \
        not doc[token.i - 2].whitespace_ and _capitalised(doc[token.i - 2]) and _capitalised(token)


def _reliable_name(linker: Linking, name: Cand, words: set[str]) -> bool:
    """A full name a surname alone may take up: a listed person's, or one opened by a known given
    name or by a proper noun the article never writes in lower case; not a phrase the recogniser
    took for a name ("Make Melbourne Safe", "Female Grand Master", "Regarding Ashodaya, ...")."""
    first = linker.doc[name.start]
    return name.actor in linker.gaz.actors or first.text in linker.gaz.given or first.text in linker.gaz.genders \
        or first.pos_ == "PROPN" and first.lower_ not in words


def _lone_name_word(token: Token, words: set[str], last: Token | None = None) -> bool:
    """A capitalised word standing alone as a name ("Wendling", "DeWine", after a title or a
    courtesy: "Dr Wendling"): a proper noun, or a word the tagger took for another part of speech
    that the article never writes in lower case (`words`), in a noun's place ("Wendling ran", not
    "Greener streets"); not one word of a longer name ("the Doris Day Show") nor a noun after an
    article ("the West"). `last` is the word's last token when hyphens join several."""
    doc = token.doc
    last = last or token
    if not _capitalised(token) or token.pos_ != "PROPN" and (token.lower_ in words or token.dep_ not in NOMINAL):
        return False
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if before is not None and (before.lower_ in ("the", "a", "an") or
                               _capitalised(before) and before.pos_ == "PROPN" and "\n" not in before.whitespace_
                               and before.lower_.rstrip(".") not in COURTESIES and title_before(doc, token.i, {}) is None):
        return False
    return after is None or not (_capitalised(after) and after.pos_ == "PROPN" and "\n" not in last.whitespace_)


def _capitalised(token: Token) -> bool:
    """A word written with a capital first and in lower case after ("Kokesh", "DeWine"), not in capitals."""
    return token.text[:1].isupper() and any(c.islower() for c in token.text)


def descriptions(linker: Linking) -> list[Cand]:

    doc = linker.doc
    taken = {i for c in linker.cands for i in range(c.start, c.end)}
    out: list[Cand] = []
    countries = linker.country_starts()
    for token in doc:
        if token.i in countries and (token.i == 0 or doc[token.i - 1].lower_ != "the"):
            # "Iran's foreign minister" with no article: the holder of the office on the date
            end = countries[token.i][0]
            if end < len(doc) and doc[end].text in ("'s", "\u2019s"):
                office = office_description(linker, token.i, taken, at=token.i)
                if office is not None:
                    out.append(office)
            continue
        if token.lower_ == "its" and token.i + 1 < len(doc):
            # "Iran played down the strike. Its foreign minister said ...": the office of the
            # state "its" stands for, as the pronoun rule resolves it
            office = its_office(linker, token.i, taken)
            if office is not None:
                out.append(office)
            continue
        if token.lower_ == "all":
            out.extend(pair_description(linker, token.i))  # "all three nations"
            continue
        if token.lower_ not in ("the", "both") or token.i + 1 >= len(doc):
            continue
        nxt = doc[token.i + 1]
        if token.lower_ == "the" and nxt.lower_ in DESCRIPTIONS and token.i + 1 not in taken:
            cand = group_description(linker, token.i, nxt)
            if cand is not None:
                out.append(cand)
                continue
        out.extend(pair_description(linker, token.i))
        if (country := country_description(linker, token.i, taken)) is not None:
            out.append(country)
            continue
        office = office_description(linker, token.i, taken)
        if office is not None:
            out.append(office)
    return out


def group_description(linker: Linking, i: int, head) -> Cand | None:  # type: ignore[no-untyped-def]
    default, allowed = DESCRIPTIONS[head.lower_]
    if head.lower_ in ("union", "commission") and not head.text[0].isupper():
        return None
    follower = linker.doc[head.i + 1].lower_ if head.i + 1 < len(linker.doc) else ""
    if follower in ("of", "between", "with", "among", "against") or (follower == "president" and head.lower_ != "commission"):
        return None  # "the alliance of ...", "the Union president": not the bare description
    actor = next((c.actor for c in reversed(linker.cands) if c.end <= i and c.actor in allowed), default)
    if actor is None:
        return None
    span = linker.doc[i:head.i + 1]
    kind = linker.kind_of(actor)
    return Cand(span.start, span.end, span.start_char, span.end_char, span.text, actor, kind, "description")


def pair_description(linker: Linking, i: int) -> list[Cand]:
    """"the two countries", "both nations", "all three states" -> the last two (three) states named
    before."""
    doc = linker.doc
    if doc[i].lower_ in ("the", "all") and i + 2 < len(doc) and doc[i + 1].lower_ in HOW_MANY_STATES and \
            doc[i + 2].lower_ in PAIRS:
        span, count = doc[i:i + 3], HOW_MANY_STATES[doc[i + 1].lower_]
    elif doc[i].lower_ == "both" and i + 1 < len(doc) and doc[i + 1].lower_ in PAIRS:
        span, count = doc[i:i + 2], 2
    else:
        return []
    states = named_together(linker, i, count)
    if not states:
        for cand in sorted(linker.cands, key=lambda c: -c.start):
            if cand.end <= i and cand.kind == "state" and cand.actor and cand.actor not in states:
                states.insert(0, cand.actor)
            if len(states) == count:
                break
    return [Cand(span.start, span.end, span.start_char, span.end_char, span.text, s, "state", "description")
            for s in states] if len(states) == count else []


def named_together(linker: Linking, i: int, count: int) -> list[str]:
    """The nearest `count` states named together in one coordination ("Canada and Mexico") before
    token `i`, in this sentence or the `WINDOW` before: a plural description ("the two neighbours")
    takes up a plural antecedent, not the last states named apart ("Canada and Mexico vowed to
    retaliate against U.S. tariffs ... goods from the two neighbours")."""
    doc = linker.doc
    first = doc[i].sent.start
    for _ in range(WINDOW):
        if first > 0:
            first = doc[first - 1].sent.start
    state_at = {t: cand.actor for cand in linker.cands if cand.kind == "state" and cand.actor and cand.end <= i
                for t in range(cand.start, cand.end)}
    for cand in sorted(linker.cands, key=lambda c: -c.start):
        if cand.start < first or cand.end > i or cand.start not in state_at:
            continue
        head = doc[cand.end - 1]
        group = [head, *head.conjuncts]
        states = list(dict.fromkeys(state_at.get(t.i) for t in sorted(group, key=lambda t: t.i)))
        if len(group) == count and len(states) == count and None not in states:
            return [s for s in states if s is not None]
    return []


COUNTRY_NOUNS = frozenset({"country", "nation"})


def country_description(linker: Linking, i: int, taken: set[int]) -> Cand | None:
    """ "the country", "the war-torn nation" -> the last state named before it ("aid to Haiti
    ... the impoverished country": HTI). Not "the country of ...", which names its own state, nor
    "the country's ...", whose head decides whether it is the state's (an office) or not (a bank)."""
    doc = linker.doc
    j = i + 1
    while j < doc[i].sent.end and doc[j].dep_ in ("amod", "advmod", "punct", "compound", "npadvmod"):
        j += 1  # "the economically troubled nation", "the war-torn country", "the small island nation"
    if j >= doc[i].sent.end or doc[j].lower_ not in COUNTRY_NOUNS or j in taken or \
            (j + 1 < len(doc) and doc[j + 1].lower_ in ("of", "that", "which", "where", "whose", "'s", "\u2019s")):
        return None  # "the country's ...": the speakers stage tells its offices from its businesses
    # the subject of its own clause is not meant: that would be "it" ("Canada sent aid to the country")
    verb = doc[j]
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = {t.i for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    state = next((c.actor for c in sorted(linker.cands, key=lambda c: -c.start)
                  if c.end <= i and c.kind == "state" and c.actor and c.start not in subject), None)
    if state is None:
        return None
    span = doc[i:j + 1]
    return Cand(span.start, span.end, span.start_char, span.end_char, span.text, state, "state", "description")


def office_description(linker: Linking, i: int, taken: set[int], at: int | None = None) -> Cand | None:
    """"the Canadian prime minister", "the Commission president", "the president", and from
    `at` (the country's first token, no article before it) "Iran's foreign minister"."""
    doc = linker.doc
    limit = doc[i].sent.end
    j = i + 1 if at is None else at
    countries = linker.country_starts()
    country = None
    if j in countries:
        country = countries[j][1]
        j = countries[j][0]
        if j < limit and doc[j].text in ("'s", "\u2019s"):
            j += 1
    found = match_title_starting(doc, j, limit)
    if found is None:
        return None
    end, (title, _sector) = found
    if end < limit and (doc[end].ent_type_ == "PERSON" or end in taken and doc[end].is_title):
        return None  # a name follows: the title belongs to it
    country = country or TITLE_COUNTRY.get(title)
    if end < limit and doc[end].lower_ in ("of", "for") and end + 1 in countries:
        country = countries[end + 1][1]
        end = countries[end + 1][0]
    span = doc[i:end]
    if country is not None:
        person = holder_of(title, country, linker.published)
        if person is None:
            return None
        cand = Cand(span.start, span.end, span.start_char, span.end_char, span.text, person, "person", "description")
        cand.role, cand.sector, cand.country = code_person(person, linker.published, None)
        return cand
    # "the president" after a person named in the article with that title, who may be a person
    # the office-holders file does not hold: the description takes the antecedent's coding
    ante = recent_with_role(linker, i, title)
    if ante is None:
        return None
    return Cand(span.start, span.end, span.start_char, span.end_char, span.text, ante.actor, "person",
                "description", role=ante.role, sector=ante.sector, country=ante.country)


def its_office(linker: Linking, i: int, taken: set[int]) -> Cand | None:
    """"its foreign minister" -> the holder of the office on the date in the state named last,
    in this sentence or the one before (the antecedent "its" takes)."""
    doc = linker.doc
    states = sorted((c for c in linker.cands if c.kind == "state" and c.actor), key=lambda c: c.start)
    ante = last_before(states, i, linker.sentence_of(i) - 1, linker)
    found = match_title_starting(doc, i + 1, doc[i].sent.end)
    if ante is None or ante.actor is None or found is None:
        return None
    end, (title, _sector) = found
    if end < len(doc) and (doc[end].ent_type_ == "PERSON" or end in taken and doc[end].is_title):
        return None  # a name follows: the title belongs to it
    person = holder_of(title, ante.actor, linker.published)
    if person is None:
        return None
    span = doc[i:end]
    cand = Cand(span.start, span.end, span.start_char, span.end_char, span.text, person, "person", "description")
    cand.role, cand.sector, cand.country = code_person(person, linker.published, None)
    return cand


def recent_with_role(linker: Linking, i: int, title: str) -> Cand | None:
    floor = linker.sentence_of(i) - 3
    for cand in reversed(linker.cands):
        if cand.end <= i and cand.kind == "person" and cand.actor and cand.role and cand.role.replace("Acting ", "") == title:
            return cand if linker.sentence_of(cand.start) >= floor else None
    return None


__all__ = ["resolve_references"]
