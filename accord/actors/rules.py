"""Ambiguity rules: when a gazetteer match is not the actor its name suggests.

Every rule looks only at the article itself (the match, its sentence, the statistical NER and
cue words anywhere in the text), in this order:

1. Longest match wins (the phrase matcher keeps the longest span): "Papua New Guinea" (PNG)
   over "Guinea", "Guinea-Bissau" (GNB), "Equatorial Guinea" (GNQ), "North Korea" (PRK) over
   "Korea" (bare "Korea" is KOR), "Republic of China" (TWN) inside "People's Republic of China"
   (CHN), "Democratic Republic of the Congo" (COD) over "Republic of the Congo" (COG).
   Blocking phrases in metonyms.tsv ("Latin America", "Washington state", "George Washington",
   "Washington Post", "New Mexico", "Paris Agreement") match longer and are dropped.
2. A match inside a larger statistical PERSON, ORG, FAC or WORK_OF_ART entity is not the
   actor when its name is ambiguous ("Michael Jordan", "Chad Smith", "Washington Post"),
   except on a headline-like line, where the statistical ORG is not trusted.
3. Person-like names (Jordan, Chad, Georgia): followed by a capitalised non-gazetteer word
   ("Chad Daybell") or equal to a name part of a person mentioned earlier ("Jordan said" after
   "Michael Jordan") -> not the country.
4. Georgia: US-state cues in the article (Atlanta, Savannah, "Georgia Governor", "Senate race",
   "Peach State", a US-state word next to it ...) and no country cue (Tbilisi, Georgian,
   Abkhazia, South Ossetia, Caucasus, Kobakhidze ...) -> not GEO.
5. Congo: bare "Congo" is COD unless the article names Brazzaville / "Republic of the Congo"
   and nothing of the DRC (Kinshasa, DRC, "Democratic Republic") -> COG.
6. Capitals ("capital" rule): the government, unless locative ("in Moscow", "to Beijing",
   "Moscow-based", "Moscow, Russia"). Paris ("diplomatic" rule): the government only with a
   verb of saying/agreeing or a government word within three words, or coordinated with
   another government actor; otherwise a location.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..nlp import text_of

AMBIGUOUS_NAMES = frozenset({"Georgia", "Jordan", "Chad", "Congo", "GEORGIA", "JORDAN", "CHAD"})
PERSON_LIKE = frozenset({"Jordan", "Chad", "Georgia"})
VETO_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})

LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "visit", "visited",
                      "visiting", "visits", "via", "through", "inside", "arrived", "landed",
                      "downtown"})
# "to Beijing", "from Moscow", "for Moscow" are places only after a verb or noun of motion ("flew to
# Beijing", "a trip to Moscow", "headed for Moscow"); "supplying weapons to Moscow" keeps the government.
DIRECTIONAL = frozenset({"to", "from", "into", "toward", "towards", "for"})
MOTION = frozenset({"fly", "travel", "go", "come", "arrive", "return", "head", "move", "flee", "trip",
                    "visit", "journey", "flight", "road", "drive", "march", "sail", "walk", "way",
                    "evacuate", "deport", "train", "ride", "voyage", "tour", "mission", "delegation",
                    "send", "relocate", "escape", "commute", "route", "bound"})
DIPLOMATIC = frozenset({
    "say", "said", "says", "agree", "agreed", "agrees", "announce", "announced", "reject",
    "rejected", "warn", "warned", "urge", "urged", "sign", "signed", "insist", "insisted",
    "want", "wants", "accuse", "accused", "condemn", "condemned", "back", "backed", "support",
    "supported", "oppose", "opposed", "demand", "demanded", "deny", "denied", "threaten",
    "threatened", "recall", "recalled", "summon", "summoned", "protest", "protested", "government",
    "diplomat", "diplomats", "official", "officials", "foreign", "minister", "ministry",
    "relations", "ties", "talks", "negotiators", "envoy", "ambassador", "sanctions", "stance",
    "position", "pushed", "push", "called", "calls", "responded", "vowed", "welcomed", "hopes",
})

GEORGIA_US = re.compile(
    r"\b(Atlanta|Savannah|Augusta|Macon|Peach State|Georgia (?:Governor|governor|Senate|House|"
    r"Republicans?|Democrats?|voters|Tech|Bulldogs|Power|Secretary of State|state)|"
    r"governor of Georgia|Senate race|Senate runoff|Kemp|Raffensperger|Fulton County|"
    r"county|counties|Republican|Democrat|U\.S\. state|US state|[Ss]tate of Georgia|"
    r"Georgia, U\.?S\.?|midterms?)\b")
GEORGIA_COUNTRY = re.compile(
    r"\b(Tbilisi|Georgian|Abkhazia|South Ossetia|Caucasus|Kobakhidze|Ivanishvili|"
    r"Saakashvili|Zourabichvili|Batumi|Georgian Dream|former Soviet)\b")
CONGO_DRC = re.compile(r"\b(Kinshasa|DRC|D\.R\.C\.|Democratic Republic|DR Congo|Goma|Kivu|Tshisekedi|M23)\b")
CONGO_ROC = re.compile(r"\b(Brazzaville|Republic of (?:the )?Congo|Congo-Brazzaville|Sassou)\b")


def inside_ner_entity(span: Span) -> bool:
    """True when a statistical entity strictly larger than `span` covers it (rule 2). Walks the
    IOB tags around the span rather than all of `doc.ents`, which costs the whole document."""
    doc, first = span.doc, span[0]
    if first.ent_iob_ not in ("B", "I"):
        return False
    start = first.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    covers = start <= span.start and span.end <= end and end - start > len(span)
    return covers and first.ent_type_ in VETO_LABELS


def person_like(span: Span, person_names: set[str]) -> bool:
    """Rule 3: "Chad Daybell", or "Jordan" after a person named Jordan."""
    if span.text in person_names:
        return True
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ not in ("GPE", "ORG", "NORP")


def georgia_is_us_state(doc: Doc) -> bool:
    """Rule 4, decided once per article."""
    text = text_of(doc)
    return bool(GEORGIA_US.search(text)) and not GEORGIA_COUNTRY.search(text)


def congo_code(doc: Doc) -> str:
    """Rule 5: the code of a bare "Congo"."""
    text = text_of(doc)
    return "COG" if CONGO_ROC.search(text) and not CONGO_DRC.search(text) else "COD"


PLACE_NOUNS = frozenset({"outskirt", "outskirts", "street", "streets", "centre", "center", "suburb",
                         "suburbs", "city", "heart", "edge", "north", "south", "east", "west",
                         "airport", "mayor", "resident", "residents", "people", "part", "parts"})
# Nouns a city's name stands in apposition to when it is named as a place ("the capital, Riyadh").
CITY_NOUNS = frozenset({"capital", "city"})
SEAT_LOCATIVE = frozenset({"in", "at", "inside", "outside", "near", "into", "on", "entered", "left"})


# People who work at a body: "officials at the CDC", "scientists at NASA" are of the body, not
# standing in its building.
STAFF_NOUNS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "scientist", "researcher",
                         "expert", "staff", "staffer", "aide", "employee", "source", "doctor", "analyst",
                         "officer", "agent", "investigator", "lawyer", "director", "head", "chief", "worker"})


def seat_is_place(span: Span) -> bool:
    """"a treaty signed in the Kremlin", "he said at the White House": the building; "officials at
    the Pentagon" are the body's staff."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0 or doc[i].lower_ not in SEAT_LOCATIVE:
        return False
    prep = doc[i]
    return not (prep.dep_ == "prep" and prep.head.lemma_.lower() in STAFF_NOUNS)


def is_dateline(span: Span) -> bool:
    """"BRUSSELS (Reuters) -", "KYIV, Ukraine (AP) -": the place a story was filed from."""
    doc = span.doc
    at_line_start = span.start == 0 or doc[span.start - 1].text_with_ws.endswith("\n")
    if not at_line_start or not span.text.isupper():
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text in ("(", ",", "-", "\u2014", "\u2013", ":")


def is_locative(span: Span) -> bool:
    """Rule 6: "in Moscow", "Moscow-based", "Moscow, Russia"."""
    doc = span.doc
    if is_dateline(span):
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in ("the",) and span.start > 1:
        prev = doc[span.start - 2]
    if prev is not None and prev.lower_ in LOCATIVE:
        return True
    if prev is not None and prev.lower_ in DIRECTIONAL and prev.head.lemma_.lower() in MOTION:
        return True
    if prev is not None and prev.lower_ == "of" and prev.i > 0 and doc[prev.i - 1].lemma_.lower() in PLACE_NOUNS:
        return True
    if named_as_city(span):
        return True
    after = doc[span.end: span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in ("based", "area", "region"):
        return True
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE"


def named_as_city(span: Span) -> bool:
    """"the capital, Riyadh", "the Serbian capital Belgrade", "the capital city Tehran": a city
    in apposition to the noun "capital" or "city" is named as the place it is."""
    i = span.start - 1
    if i >= 0 and span.doc[i].text == ",":
        i -= 1
    return i >= 0 and span.doc[i].lower_ in CITY_NOUNS


def diplomatic_context(span: Span, coordinated_with_actor: bool) -> bool:
    """Rule 6 for Paris: a verb of saying/agreeing or a government word within three words."""
    if is_locative(span):
        return False
    doc = span.doc
    window = doc[max(span.sent.start, span.start - 3): min(span.sent.end, span.end + 3)]
    if any(t.lower_ in DIPLOMATIC or t.lemma_ in DIPLOMATIC for t in window):
        return True
    if coordinated_with_actor:
        return True
    return span.end < len(doc) and doc[span.end].text in ("'s", "\u2019s") and doc[span.end + 1: span.end + 2].text.lower() in DIPLOMATIC
