"""Office titles around a person's name, and coding a person with the role held on a date.

A title written next to a name overrides or confirms the office-holders file:
- "Canadian Prime Minister Mark Carney", "Canada's prime minister, Mark Carney", "President
  Trump", "NATO Secretary General Mark Rutte", "Prime Minister Mark Carney of Canada",
  "Ursula von der Leyen, president of the European Commission";
- "former president Trump" (also ex-, then-, late, outgoing... "former" only) removes the role;
- for a person absent from the file, the title and its country make a new person actor
  (`person:<slug>`, method "title").
A title with a country and no name ("the Canadian prime minister", "the Commission
president") is the office-holder of that date when the file knows one (method "description").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from .gazetteer import load_gazetteer, roles_on
from .places import place_of, region_country, region_named

PAST = frozenset({"former", "ex", "ex-", "late", "then", "then-", "erstwhile"})
# Titles that name their organisation: "Commission president" needs no country.
TITLE_COUNTRY = {
    "President of the European Commission": "EU",
    "President of the European Council": "EU",
    "President of the European Parliament": "EU",
    "High Representative": "EU",
}
# Offices held abroad: "to", "in" or "for" a state names where the holder is posted, not whose
# office it is ("the US ambassador to Japan", "special envoy for Syria").
POSTINGS = frozenset({"Ambassador", "Envoy", "Special Envoy", "Ambassador to the United Nations"})
POSTED_AT = frozenset({"to", "in", "for"})
MAX_TITLE = 5  # longest title phrase in tokens ("president of the european commission")


@dataclass
class TitleInfo:
    title: str
    sector: str
    country: str | None
    past: bool
    start: int  # first token of the title phrase (with its modifiers)
    end: int  # token after the title phrase
    plural: bool = False  # "Senators": the title of every name listed after it

    @property
    def home(self) -> bool:
        """An office of a state's courts, police, legislature or local government (scope `home`
        in titles.tsv), held in the state where the story happens."""
        return self.title in load_gazetteer().home_titles


def phrase(doc: Doc, start: int, end: int) -> str:
    return " ".join(t.lower_ for t in doc[start:end]).replace(" - ", "-")


def match_title_ending(doc: Doc, end: int, floor: int) -> tuple[int, tuple[str, str]] | None:
    """The longest title phrase ending at token `end` (exclusive) and starting >= floor."""
    titles = load_gazetteer().titles
    for n in range(MAX_TITLE, 0, -1):
        start = end - n
        if start < floor:
            continue
        found = titles.get(phrase(doc, start, end))
        if found:
            return start, found
    return None


def singular_title_ending(doc: Doc, end: int, floor: int) -> tuple[int, tuple[str, str]] | None:
    """A plural title ending at token `end` ("Senators", "Representatives", "District Judges"):
    the title phrase of its singular."""
    last = doc[end - 1] if end > floor else None
    if last is None or not last.is_title or not last.lower_.endswith("s") or last.lower_.endswith("ss"):
        return None
    titles = load_gazetteer().titles
    for n in range(MAX_TITLE, 0, -1):
        start = end - n
        if start >= floor and (found := titles.get(phrase(doc, start, end)[:-1])):
            return start, found
    return None


def match_title_starting(doc: Doc, start: int, ceiling: int, plural: bool = False) -> tuple[int, tuple[str, str]] | None:
    """The longest title phrase starting at token `start` and ending <= ceiling; `plural`: written
    in the plural ("Senators")."""
    titles = load_gazetteer().titles
    for n in range(MAX_TITLE, 0, -1):
        end = start + n
        if end > ceiling:
            continue
        words = phrase(doc, start, end)
        if plural and not (words.endswith("s") and doc[end - 1].is_title):
            continue
        found = titles.get(words[:-1] if plural else words)
        if found:
            return end, found
    return None


def title_before(doc: Doc, start: int, countries: dict[int, tuple[int, str]]) -> TitleInfo | None:
    """A title right before token `start`; `countries` maps the end token of each country/IGO
    mention to (its start token, its actor id), for "Canadian Prime Minister", "Canada's ..."."""
    sent_start = doc[start].sent.start if start < len(doc) else 0
    if start in countries and countries[start][0] - 1 > sent_start and doc[countries[start][0] - 1].lower_ in POSTED_AT:
        # "US Ambassador to Germany Richard Grenell": the state the office is held in is the one
        # before the title; the one after "to" is where its holder is posted
        start = countries[start][0] - 1
    found = match_title_ending(doc, start, sent_start)
    plural = found is None and (found := singular_title_ending(doc, start, sent_start)) is not None
    if found is None:
        return None
    j, (title, sector) = found
    country = TITLE_COUNTRY.get(title)
    past = False
    while j > sent_start:
        prev = doc[j - 1]
        if j in countries:
            if country is None:
                country = countries[j][1]
            j = countries[j][0]
            continue
        if prev.lower_.rstrip("-") in PAST:
            past = True
        elif country is None and prev.pos_ == "PROPN" and (region := _region_ending(doc, j, sent_start)) is not None:
            country = region  # "Texas Governor X", "New Jersey Governor X": a sub-state office is its state's
            break
        elif not (prev.text in ("'s", "\u2019s", "-") or prev.lower_ in ("acting", "interim", "incoming", "outgoing", "newly", "elected", "new")
                  or prev.pos_ == "ADJ" and prev.is_lower and j - 1 > sent_start and doc[j - 2].lower_.rstrip("-") in PAST):
            # "former federal prosecutor": an adjective between "former" and the title
            break
        j -= 1
    return TitleInfo(title, sector, country, past, j, start, plural)


def _region_ending(doc: Doc, end: int, floor: int) -> str | None:
    """The country of a state, province or county whose name of one to three proper nouns ends
    right before token `end` ("Texas", "New South Wales")."""
    for n in (3, 2, 1):
        words = doc[max(end - n, floor):end]
        if len(words) == n and all(t.pos_ == "PROPN" for t in words) and (region := region_named(words.text)):
            return region
    return None


def title_after(doc: Doc, end: int, countries_at: dict[int, tuple[int, str]]) -> TitleInfo | None:
    """", president of the European Commission," or "of Canada" right after a name ending at
    token `end`; `countries_at` maps the start token of each country/IGO mention to its id."""
    sent_end = doc[end - 1].sent.end
    i = end
    if i < sent_end and doc[i].text == ",":
        i += 1
        if i < sent_end and doc[i].lower_ in ("the", "a"):
            i += 1
        past = i < sent_end and doc[i].lower_ in PAST
        if past:
            i += 1
        framing = None
        if i in countries_at and countries_at[i][0] < sent_end:
            framing = countries_at[i][1]  # ", the United States special envoy for ...", ", the Canadian minister"
            i = countries_at[i][0]
        found = match_title_starting(doc, i, sent_end)
        if found is None:
            return None
        tend, (title, sector) = found
        country = TITLE_COUNTRY.get(title) or framing
        if framing is not None or title in POSTINGS and tend < sent_end and doc[tend].lower_ in POSTED_AT:
            pass  # "the US special envoy for Ukraine", "the ambassador to Japan": not Ukraine's, Japan's
        elif tend + 1 < sent_end and doc[tend].lower_ in ("of", "for") and tend + 1 in countries_at:
            country = countries_at[tend + 1][1]
        elif tend + 2 < sent_end and doc[tend].lower_ in ("of", "for") and doc[tend + 1].lower_ == "the" \
                and tend + 2 in countries_at:
            country = countries_at[tend + 2][1]  # "a spokeswoman for the Peruvian foreign ministry"
        elif country is None and tend < sent_end and doc[tend].lower_ in ("of", "for") and \
                title in load_gazetteer().home_titles:
            country = place_country(doc[tend])
            if country is None:
                return None  # "a representative of the company": an office of something other than a state
        return TitleInfo(title, sector, country, past, end, tend)
    if i + 1 < sent_end and doc[i].lower_ == "of" and i + 1 in countries_at:
        return TitleInfo("", "", countries_at[i + 1][1], False, end, countries_at[i + 1][0])
    return None


def place_country(prep: Token) -> str | None:
    """The country of the city, state or province a home office is "of" (", the mayor of Moscow,",
    ", the governor of Ohio,"): a local office is held in the state its place lies in."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    place = place_of(obj)
    return place.country if place is not None else region_country(obj)


def code_person(person: str, published: date | None, text: TitleInfo | None) -> tuple[str | None, str | None, str | None]:
    """(role, sector, country) of a known person on `published`, given a title in the text."""
    gaz = load_gazetteer()
    held = roles_on(person, published)
    known = gaz.actors.get(person)  # a person named only in this text has no gazetteer entry
    base = known.country if known else None
    if text is not None and text.past:
        # "former prime minister Putin" (2015): not that office, but maybe another one
        held = [t for t in held if t.title.replace("Acting ", "") != text.title]
    elif text is not None and text.title:
        for term in held:
            if term.title.replace("Acting ", "") == text.title:
                return term.title, term.sector, term.country
        if not held:
            country = text.country or base
            igo = country is not None and country in gaz.actors and gaz.actors[country].kind == "igo"
            return text.title, text.sector if text.sector != "IGO" or igo else "GOV", country
    if held:
        return held[0].title, held[0].sector, held[0].country
    return None, None, base


def holder_of(title: str, country: str, published: date | None) -> str | None:
    """The one person holding `title` in `country` on `published` (for "the Canadian prime
    minister"); None when nobody or several people hold it."""
    gaz = load_gazetteer()
    holders: set[str] = set()
    for person, terms in gaz.terms.items():
        for term in terms:
            if term.country == country and term.title.replace("Acting ", "") == title:
                if published is None and term.end is None:
                    holders.add(person)
                if published is not None and (term.start is None or term.start <= published) and (term.end is None or published < term.end):
                    holders.add(person)
    # an office several people hold at once ("the Kremlin spokesman" when the file lists more
    # than one Russian spokesperson) names nobody in particular: the country mention stays
    return holders.pop() if len(holders) == 1 else None
